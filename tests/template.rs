//! The SAM template read as data, and its promises checked against the code: log groups keep
//! logs no longer than the log retention, the table expires items on the attribute the code
//! writes, the bucket's lifecycle matches the report, export and audit retentions, the region rule
//! refuses anything outside the UK/EU, no policy allows every action or resource, every function
//! is built from its own binary for arm64, and alarms cover errors, throttles and dead letters.

use serde_yaml::Value;
use serde_yaml::value::TaggedValue;
use shared::config;
use std::collections::BTreeSet;

fn template() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../template.yaml");
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The resources of `kind`, by logical id.
fn resources<'a>(template: &'a Value, kind: &str) -> Vec<(&'a str, &'a Value)> {
    let all = template["Resources"].as_mapping().unwrap();
    all.iter()
        .filter(|(_, r)| r["Type"].as_str() == Some(kind))
        .map(|(id, r)| (id.as_str().unwrap(), &r["Properties"]))
        .collect()
}

/// `!Tag value` as (tag, value).
fn tagged(value: &Value) -> Option<(String, &Value)> {
    match value {
        Value::Tagged(t) => {
            let TaggedValue { tag, value } = t.as_ref();
            Some((tag.to_string().trim_start_matches('!').to_owned(), value))
        }
        _ => None,
    }
}

/// Whether `value` is `!Ref name`.
fn is_ref(value: &Value, name: &str) -> bool {
    tagged(value).is_some_and(|(tag, v)| tag == "Ref" && v.as_str() == Some(name))
}

fn functions(template: &Value) -> Vec<(&str, &Value)> {
    resources(template, "AWS::Serverless::Function")
}

#[test]
fn every_function_has_a_log_group_kept_no_longer_than_the_log_retention() {
    let t = template();
    let groups = resources(&t, "AWS::Logs::LogGroup");
    assert!(!groups.is_empty());
    for (id, group) in &groups {
        assert!(
            is_ref(&group["RetentionInDays"], "LogRetentionDays"),
            "{id} keeps logs for {:?}",
            group["RetentionInDays"]
        );
    }
    for (function, _) in functions(&t) {
        let name = format!("/aws/lambda/${{{function}}}");
        let found =
            groups.iter().filter(|(_, g)| tagged(&g["LogGroupName"]).is_some_and(|(_, v)| v.as_str() == Some(&name)));
        assert_eq!(found.count(), 1, "{function} has one log group named {name}");
    }
    // CloudWatch only takes some values: the parameter offers only those.
    let allowed: Vec<u64> = t["Parameters"]["LogRetentionDays"]["AllowedValues"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert!(
        allowed.contains(&30) && allowed.iter().all(|d| [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365].contains(d))
    );
    assert_eq!(t["Parameters"]["LogRetentionDays"]["Default"].as_u64(), Some(30));
}

#[test]
fn the_table_expires_turns_on_the_attribute_the_code_writes() {
    let t = template();
    let (_, table) = resources(&t, "AWS::DynamoDB::Table").pop().unwrap();
    assert_eq!(
        table["TimeToLiveSpecification"]["AttributeName"].as_str(),
        Some(shared::store::dynamodb::TTL_ATTRIBUTE)
    );
    assert_eq!(table["TimeToLiveSpecification"]["Enabled"].as_bool(), Some(true));
    let keys: Vec<(&str, &str)> = table["KeySchema"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|k| (k["AttributeName"].as_str().unwrap(), k["KeyType"].as_str().unwrap()))
        .collect();
    assert_eq!(keys, [("pk", "HASH"), ("sk", "RANGE")]);
    assert_eq!(table["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"].as_bool(), Some(true));
    assert_eq!(table["SSESpecification"]["SSEEnabled"].as_bool(), Some(true));
    assert_eq!(table["BillingMode"].as_str(), Some("PAY_PER_REQUEST"));
    assert!(
        resources(&t, "AWS::DynamoDB::GlobalTable").is_empty() && table["GlobalSecondaryIndexes"].is_null(),
        "no index"
    );
}

#[test]
fn the_buckets_lifecycle_matches_the_report_export_and_audit_retentions() {
    let t = template();
    let (_, bucket) = resources(&t, "AWS::S3::Bucket").pop().unwrap();
    let rules = bucket["LifecycleConfiguration"]["Rules"].as_sequence().unwrap();
    let expiry = |prefix: &str| {
        let rule = rules
            .iter()
            .find(|r| r["Prefix"].as_str() == Some(prefix))
            .unwrap_or_else(|| panic!("no rule for {prefix}"));
        assert_eq!(rule["Status"].as_str(), Some("Enabled"));
        &rule["ExpirationInDays"]
    };
    assert!(is_ref(expiry("reports/"), "ReportRetentionDays"));
    assert_eq!(t["Parameters"]["ReportRetentionDays"]["Default"].as_u64(), Some(365));
    assert_eq!(expiry("exports/").as_u64(), Some(u64::from(shared::rights::EXPORT_RETENTION_DAYS)));
    assert_eq!(expiry("audit/").as_u64(), Some(u64::from(shared::rights::AUDIT_RETENTION_DAYS)));
    assert!(rules.iter().all(|r| r["Prefix"].as_str() != Some("aggregates/")), "anonymised aggregates are kept");
    assert!(rules.iter().any(|r| r["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"].as_u64() == Some(1)));
    // Encrypted, private, owner-enforced; TLS only.
    assert!(!bucket["BucketEncryption"].is_null());
    let block = &bucket["PublicAccessBlockConfiguration"];
    for setting in ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"] {
        assert_eq!(block[setting].as_bool(), Some(true), "{setting}");
    }
    assert_eq!(bucket["OwnershipControls"]["Rules"][0]["ObjectOwnership"].as_str(), Some("BucketOwnerEnforced"));
    let (_, policy) = resources(&t, "AWS::S3::BucketPolicy").pop().unwrap();
    let deny = &policy["PolicyDocument"]["Statement"][0];
    assert_eq!(deny["Effect"].as_str(), Some("Deny"));
    assert_eq!(deny["Condition"]["Bool"]["aws:SecureTransport"].as_str(), Some("false"));
}

#[test]
fn the_region_rule_accepts_the_uk_and_eu_and_rejects_anything_else() {
    let t = template();
    let assertion = &t["Rules"]["UkOrEuRegionOnly"]["Assertions"][0]["Assert"]["Fn::Contains"];
    let allowed: Vec<&str> = assertion[0].as_sequence().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert!(is_ref(&assertion[1], "AWS::Region"));
    let accepts = |region: &str| allowed.contains(&region);
    for region in ["eu-west-2", "eu-west-1", "eu-central-1"] {
        assert!(accepts(region), "{region}");
    }
    for region in ["us-east-1", "us-west-2", "ap-southeast-2", "ca-central-1", "me-central-1"] {
        assert!(!accepts(region), "{region} must be refused");
    }
    assert_eq!(allowed, shared::aws::UK_EU_REGIONS, "the template and the functions' start-up check agree");
    let samconfig = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../infra/samconfig.toml")).unwrap();
    let regions: Vec<&str> = samconfig.lines().filter(|l| l.starts_with("region")).collect();
    assert_eq!(regions, ["region = \"eu-west-2\"", "region = \"eu-west-2\""], "default and prod deploy to London");
    assert!(samconfig.contains("[default.") && samconfig.contains("[prod."));
}

/// SAM policy templates the functions may use: each is scoped to one named resource.
const POLICY_TEMPLATES: &[&str] = &["SQSSendMessagePolicy", "DynamoDBWritePolicy"];

fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Sequence(items) => items.iter().flat_map(strings).collect(),
        Value::Tagged(t) => strings(&t.value),
        _ => Vec::new(),
    }
}

#[test]
fn no_policy_allows_every_action_or_every_resource() {
    let t = template();
    let mut statements = 0;
    for (function, properties) in functions(&t) {
        for policy in properties["Policies"].as_sequence().unwrap() {
            let map =
                policy.as_mapping().unwrap_or_else(|| panic!("{function}: managed policy {policy:?} is not allowed"));
            for (name, body) in map {
                let name = name.as_str().unwrap();
                if name != "Statement" {
                    assert!(POLICY_TEMPLATES.contains(&name), "{function}: policy template {name}");
                    continue;
                }
                for statement in body.as_sequence().unwrap() {
                    statements += 1;
                    assert_eq!(statement["Effect"].as_str(), Some("Allow"));
                    for action in strings(&statement["Action"]) {
                        assert!(!action.contains('*'), "{function}: action {action}");
                    }
                    for resource in strings(&statement["Resource"]) {
                        assert!(resource != "*" && !resource.ends_with(":*"), "{function}: resource {resource}");
                    }
                }
            }
        }
    }
    assert!(statements >= 10, "the statements were found ({statements})");
    // The only statement with a wildcard action is the bucket policy's deny.
    for (id, resource) in t["Resources"].as_mapping().unwrap() {
        let kind = resource["Type"].as_str().unwrap();
        assert!(!kind.starts_with("AWS::IAM::"), "{id:?}: IAM resources are left to SAM's policies");
    }
}

#[test]
fn every_function_is_built_from_its_own_binary_for_arm64() {
    let t = template();
    let globals = &t["Globals"]["Function"];
    assert_eq!(globals["Runtime"].as_str(), Some("provided.al2023"));
    assert_eq!(globals["Architectures"][0].as_str(), Some("arm64"));
    assert_eq!(globals["LoggingConfig"]["LogFormat"].as_str(), Some("JSON"));
    assert_eq!(globals["Tracing"].as_str(), Some("Active"));
    let all = t["Resources"].as_mapping().unwrap();
    let mut binaries = BTreeSet::new();
    for (id, _) in functions(&t) {
        let metadata = &all[id]["Metadata"];
        assert_eq!(metadata["BuildMethod"].as_str(), Some("rust-cargolambda"), "{id}");
        binaries.insert(metadata["BuildProperties"]["Binary"].as_str().unwrap());
        assert_eq!(all[id]["Properties"]["CodeUri"].as_str(), Some("."), "{id} builds from the workspace root");
    }
    assert_eq!(binaries, BTreeSet::from(["aggregator", "redactor", "transcript-logger", "webhook"]));
    // Every variable the template sets is one the code reads.
    let known = [
        config::TRANSCRIPTS_TABLE,
        config::REPORTS_BUCKET,
        config::TRANSCRIPT_QUEUE_URL,
        config::DEAD_LETTER_QUEUE_URL,
        config::EVENTS_API_KEY_PARAMETER,
        config::BOT_CONFIG,
        config::WEBHOOK_API_KEY_PARAMETER,
        config::SUBJECT_KEY_PARAMETER,
        config::MAX_LOG_RETENTION_DAYS,
        config::MAX_REPORT_RETENTION_DAYS,
        config::COLLECT_FREE_TEXT,
        config::COLLECT_USER_AGENT,
        config::COLLECT_IP,
    ];
    let globals_env = globals["Environment"]["Variables"].as_mapping().unwrap();
    for (id, properties) in functions(&t) {
        for (name, _) in properties["Environment"]["Variables"].as_mapping().unwrap().iter().chain(globals_env) {
            assert!(known.contains(&name.as_str().unwrap()), "{id} sets {name:?}, which no code reads");
        }
    }
    // The deployment's limits reach every function.
    assert!(is_ref(&globals_env["MAX_LOG_RETENTION_DAYS"], "LogRetentionDays"));
    assert!(is_ref(&globals_env["MAX_REPORT_RETENTION_DAYS"], "ReportRetentionDays"));
    assert!(is_ref(&globals_env["COLLECT_IP"], "CollectIp"));
}

#[test]
fn the_schedule_and_the_queue_events_are_wired_as_promised() {
    let t = template();
    let all = t["Resources"].as_mapping().unwrap();
    let nightly = &all["AggregatorFunction"]["Properties"]["Events"]["Nightly"];
    assert_eq!(nightly["Type"].as_str(), Some("ScheduleV2"));
    let schedule = &nightly["Properties"];
    assert_eq!(schedule["ScheduleExpression"].as_str(), Some("cron(0 2 * * ? *)"));
    assert_eq!(schedule["ScheduleExpressionTimezone"].as_str(), Some("Europe/London"));
    assert!(schedule["RetryPolicy"]["MaximumRetryAttempts"].as_u64().unwrap() >= 1);
    assert!(!schedule["DeadLetterConfig"]["Arn"].is_null());
    let sqs = &all["TranscriptLoggerFunction"]["Properties"]["Events"]["Transcripts"]["Properties"];
    assert_eq!(sqs["FunctionResponseTypes"][0].as_str(), Some("ReportBatchItemFailures"));
    for (id, queue) in resources(&t, "AWS::SQS::Queue") {
        assert_eq!(queue["SqsManagedSseEnabled"].as_bool(), Some(true), "{id} is encrypted");
    }
    let permission = &all["WebhookLexPermission"]["Properties"];
    assert_eq!(permission["Principal"].as_str(), Some("lexv2.amazonaws.com"));
    assert!(is_ref(&permission["SourceArn"], "LexBotAliasArn"));
    assert_eq!(all["RedactorFunction"]["Properties"]["FunctionUrlConfig"]["AuthType"].as_str(), Some("AWS_IAM"));
}

#[test]
fn alarms_cover_errors_throttles_and_dead_letters_and_reach_the_topic() {
    let t = template();
    let alarms = resources(&t, "AWS::CloudWatch::Alarm");
    let watching = |metric: &str, dimension: &Value| {
        alarms
            .iter()
            .any(|(_, a)| a["MetricName"].as_str() == Some(metric) && a["Dimensions"][0]["Value"] == *dimension)
    };
    for (function, _) in functions(&t) {
        let reference = Value::Tagged(Box::new(TaggedValue {
            tag: serde_yaml::value::Tag::new("Ref"),
            value: Value::String(function.to_owned()),
        }));
        assert!(watching("Errors", &reference), "{function} errors");
        assert!(watching("Throttles", &reference), "{function} throttles");
    }
    for (queue, _) in resources(&t, "AWS::SQS::Queue").into_iter().filter(|(id, _)| id.contains("DeadLetter")) {
        let name = Value::Tagged(Box::new(TaggedValue {
            tag: serde_yaml::value::Tag::new("GetAtt"),
            value: Value::String(format!("{queue}.QueueName")),
        }));
        assert!(watching("ApproximateNumberOfMessagesVisible", &name), "{queue} depth");
    }
    for (id, alarm) in &alarms {
        assert!(is_ref(&alarm["AlarmActions"][0], "AlarmTopic"), "{id} notifies the topic");
    }
    let (_, subscription) = resources(&t, "AWS::SNS::Subscription").pop().unwrap();
    assert!(is_ref(&subscription["Endpoint"], "AlarmEmail"));
}
