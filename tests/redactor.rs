//! The redactor function's data-subject operations against DynamoDB Local (a table without TTL,
//! so expired items are physically there) and moto's S3, through the function's own handler:
//! export, erase, scrub and erase_subject, their audit records, and Function URL calls.

use blackbox::endpoints::{self, unique};
use blackbox::fixtures::{bot, conversation, noon, session, today};
use serde_json::value::RawValue;
use serde_json::{Value, json};
use shared::fulfil::BotsConfig;
use shared::logger::redact_again;
use shared::model::{BotId, DayRange, RedactedText, SessionId, Timestamp, Turn, TurnId};
use shared::redact::Redactor;
use shared::rights::Rights;
use shared::secrets::Secret;
use shared::store::dynamodb::DynamoDbTranscripts;
use shared::store::s3::S3Reports;
use shared::store::{KeyPrefix, ReportSource, TranscriptReader, TranscriptWriter};
use shared::subject::SubjectKey;
use std::io::{Read, Write};

struct Deployment {
    service: Rights<DynamoDbTranscripts, S3Reports>,
    store: DynamoDbTranscripts,
    objects: S3Reports,
    dynamodb: aws_sdk_dynamodb::Client,
    table: String,
    bot: BotId,
    other_bot: BotId,
    key: SubjectKey,
}

async fn deployment() -> Deployment {
    let dynamodb = endpoints::dynamodb().await;
    let table = endpoints::create_table(&dynamodb, false).await;
    let s3 = endpoints::s3().await;
    let bucket = endpoints::create_bucket(&s3).await;
    let (bot, other_bot) = (bot(&unique("clinic")), bot(&unique("garage")));
    let config = json!({"bots": [{"id": bot.as_str()}, {"id": other_bot.as_str()}]});
    let bots = BotsConfig::from_json(config.to_string().as_bytes()).unwrap();
    let store = DynamoDbTranscripts::new(dynamodb.clone(), &table);
    let objects = S3Reports::new(s3, &bucket);
    let key = SubjectKey::new(Secret::new(unique("subject-key")));
    let service = Rights::new(bots, store.clone(), objects.clone(), Some(key.clone()));
    Deployment { service, store, objects, dynamodb, table, bot, other_bot, key }
}

impl Deployment {
    /// Invokes the function directly, as an operator's script would.
    async fn invoke(&self, request: Value) -> Result<Value, String> {
        let payload = RawValue::from_string(request.to_string()).unwrap();
        redactor::handle(&self.service, &payload, &unique("req"), Timestamp::now())
            .await
            .map_err(|e| lambda_runtime::Diagnostic::from(e).error_message)
    }

    /// Every raw item of the table, expired or not, as text.
    async fn raw_items(&self) -> Vec<String> {
        let scan = self.dynamodb.scan().table_name(&self.table).send().await.unwrap();
        scan.items().iter().map(|item| format!("{item:?}")).collect()
    }

    async fn audit_records(&self) -> Vec<Value> {
        let mut records = Vec::new();
        for key in self.objects.list(&KeyPrefix::audit_records()).await.unwrap() {
            records.push(serde_json::from_slice(&self.objects.get(&key).await.unwrap().unwrap()).unwrap());
        }
        records
    }
}

fn window() -> DayRange {
    DayRange::retention_window(today(), 30)
}

/// GETs a URL on the local endpoint; answers the status and body.
fn get(url: &str) -> (u16, Vec<u8>) {
    let rest = url.strip_prefix("http://").expect("the local endpoint is plain HTTP");
    let (host, path) = rest.split_at(rest.find('/').unwrap());
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nhost: {host}\r\nconnection: close\r\n\r\n").unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let status = String::from_utf8_lossy(&answer[..split]).split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, answer[split + 4..].to_vec())
}

#[tokio::test]
async fn export_holds_the_sessions_live_turns_only_and_erase_then_export_is_empty() {
    let d = deployment().await;
    let (mine, other) = (session(&unique("mine")), session(&unique("other")));
    let mut turns = conversation(&d.bot, &mine, noon(today()), 3);
    for mut older in conversation(&d.bot, &mine, noon(today().minus_days(4)), 2) {
        older.turn = TurnId::parse(unique("older")).unwrap();
        turns.push(older);
    }
    turns[4].expires_at = Timestamp::now().seconds() - 60;
    turns.extend(conversation(&d.bot, &other, noon(today()), 2));
    assert_eq!(d.store.write(&turns).await.failed, vec![]);

    let answer = d.invoke(json!({"op": "export_session", "bot": d.bot, "session": mine})).await.unwrap();
    assert_eq!(answer["turns"], 4, "{answer}");
    assert_eq!(answer["expires_in_seconds"], 3600);
    let url = answer["url"].as_str().unwrap();
    assert!(url.contains("X-Amz-Expires=3600") && url.contains("X-Amz-Signature="), "a pre-signed URL: {url}");
    let key = answer["key"].as_str().unwrap();
    assert!(key.starts_with(&format!("exports/bot={}/session={mine}/", d.bot)), "{key}");
    let (status, body) = get(url);
    assert_eq!(status, 200);
    let export: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(export["session"], mine.as_str());
    let exported: Vec<&str> = export["turns"].as_array().unwrap().iter().map(|t| t["turn"].as_str().unwrap()).collect();
    let live: Vec<String> = [3, 0, 1, 2].iter().map(|&i| turns[i].turn.to_string()).collect();
    assert_eq!(exported, live.iter().map(String::as_str).collect::<Vec<_>>(), "oldest first, the expired one left out");
    let text = String::from_utf8_lossy(&body);
    assert!(
        !text.contains(other.as_str()) && !text.contains(turns[4].turn.as_str()),
        "nothing of another session or expired"
    );
    assert!(!text.contains("subjects"), "subject hashes are not exported");

    let erased = d.invoke(json!({"op": "erase_session", "bot": d.bot, "session": mine})).await.unwrap();
    assert_eq!(erased, json!({"deleted": 5}), "the expired item too");
    let again = d.invoke(json!({"op": "export_session", "bot": d.bot, "session": mine})).await.unwrap();
    assert_eq!(again["turns"], 0);
    let (_, body) = get(again["url"].as_str().unwrap());
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap()["turns"], json!([]));
    assert_eq!(
        d.invoke(json!({"op": "erase_session", "bot": d.bot, "session": mine})).await.unwrap(),
        json!({"deleted": 0})
    );
    assert_eq!(
        d.store.session_turns(&d.bot, &other, window()).await.unwrap().len(),
        2,
        "the other session is untouched"
    );

    // Asking for the other session under the other bot is refused, and nothing is deleted.
    let refused = d.invoke(json!({"op": "erase_session", "bot": d.other_bot, "session": other})).await.unwrap_err();
    assert!(refused.contains(&format!("it belongs to bot {}", d.bot)), "{refused}");
    assert_eq!(d.store.session_turns(&d.bot, &other, window()).await.unwrap().len(), 2);

    // Every operation left an audit record, with counts and without the session or any text.
    let records = d.audit_records().await;
    let ops: Vec<(&str, &str)> =
        records.iter().map(|r| (r["op"].as_str().unwrap(), r["outcome"].as_str().unwrap())).collect();
    for expected in [("export_session", "done"), ("erase_session", "done"), ("erase_session", "refused")] {
        assert!(ops.contains(&expected), "{expected:?} in {ops:?}");
    }
    assert!(records.iter().any(|r| r["op"] == "erase_session" && r["counts"]["deleted"] == 5));
    let text = serde_json::to_string(&records).unwrap();
    assert!(
        !text.contains(mine.as_str()) && !text.contains(other.as_str()) && !text.contains("book a check-up"),
        "{text}"
    );
}

#[tokio::test]
async fn scrub_removes_every_personal_value_and_keeps_the_counts() {
    let d = deployment().await;
    let s = session(&unique("scrub"));
    let mut turns = conversation(&d.bot, &s, noon(today()), 3);
    // What the recognizers of the day missed: a rare name, and a value only the requester knows.
    turns[0].user_text = Some(RedactedText::from_redacted("Zebedee Quill here, booking for my daughter"));
    turns[1].parameters.insert("child".into(), RedactedText::from_redacted("Zebedee Quill"));
    turns[2].user_text = Some(RedactedText::from_redacted("email zq@example.org about it"));
    assert_eq!(d.store.write(&turns).await.failed, vec![]);

    let answer = d
        .invoke(json!({"op": "scrub_session", "bot": d.bot, "session": s, "values": ["Zebedee Quill"]}))
        .await
        .unwrap();
    assert_eq!(answer, json!({"turns": 3, "rewritten": 3, "redacted": 3}));
    let after = d.store.session_turns(&d.bot, &s, window()).await.unwrap();
    assert_eq!(after.len(), 3, "no turn lost");
    for (before, after) in turns.iter().zip(&after) {
        assert_eq!(
            (&before.turn, &before.intent, before.matched, before.at),
            (&after.turn, &after.intent, after.matched, after.at)
        );
        assert_eq!(before.expires_at, after.expires_at, "the expiry is kept");
    }
    assert_eq!(after[0].user_text.as_ref().unwrap().as_str(), "[NAME] here, booking for my daughter");
    assert_eq!(after[1].parameters["child"].as_str(), "[NAME]");
    assert_eq!(after[2].user_text.as_ref().unwrap().as_str(), "email [EMAIL] about it");
    assert_eq!(after[0].redactions["NAME"], 1);
    for item in d.raw_items().await {
        assert!(!item.contains("Zebedee") && !item.contains("zq@example.org"), "{item}");
    }
    // Scrubbing again changes nothing.
    let again = d
        .invoke(json!({"op": "scrub_session", "bot": d.bot, "session": s, "values": ["Zebedee Quill"]}))
        .await
        .unwrap();
    assert_eq!(again, json!({"turns": 3, "rewritten": 0, "redacted": 0}));
}

/// A turn of `bot`/`session` on `day` whose user text carries raw personal data, put through the
/// logger's redaction (as every stored turn is), which hashes its emails and phones.
fn raw_turn(d: &Deployment, s: &SessionId, days_ago: u32, n: usize, text: &str) -> Turn {
    let mut turn = conversation(&d.bot, s, noon(today().minus_days(days_ago)), n + 1).pop().unwrap();
    turn.user_text = Some(RedactedText::from_redacted(text));
    turn.subjects.clear();
    redact_again(&mut turn, &Redactor::default(), &[], Some(&d.key));
    turn
}

#[tokio::test]
async fn erase_subject_finds_one_persons_turns_across_sessions_and_days() {
    let d = deployment().await;
    let (s1, s2, s3) = (session(&unique("a")), session(&unique("b")), session(&unique("c")));
    let theirs = [
        raw_turn(&d, &s1, 0, 0, "I'm on 07700 900123"),
        raw_turn(&d, &s1, 0, 1, "or email Tom.Baker@Example.com"),
        raw_turn(&d, &s2, 6, 0, "call +44 (0)7700 900123 after 5"),
        raw_turn(&d, &s3, 20, 0, "my email is tom.baker@example.com"),
    ];
    let others = [
        raw_turn(&d, &s1, 0, 2, "what time do you open?"),
        raw_turn(&d, &s2, 6, 1, "my partner is on 07700 900456"),
        raw_turn(&d, &s3, 20, 1, "jane@example.com please"),
    ];
    assert!(theirs.iter().chain(&others).all(|t| !format!("{t:?}").contains("example.com")), "stored redacted");
    let all: Vec<Turn> = theirs.iter().chain(&others).cloned().collect();
    assert_eq!(d.store.write(&all).await.failed, vec![]);

    let by_phone = d.invoke(json!({"op": "erase_subject", "phone": "+447700900123", "bot": d.bot})).await.unwrap();
    assert_eq!(by_phone["deleted"], 2, "{by_phone}");
    assert_eq!(by_phone["sessions"], 2);
    let by_email = d.invoke(json!({"op": "erase_subject", "email": "TOM.BAKER@example.com"})).await.unwrap();
    assert_eq!(by_email["deleted"], 2, "{by_email}");
    assert_eq!(by_email["days_searched"], 2 * 31, "both bots' whole retention window");
    let again = d.invoke(json!({"op": "erase_subject", "email": "tom.baker@example.com"})).await.unwrap();
    assert_eq!(again["deleted"], 0);

    let mut left = Vec::new();
    for s in [&s1, &s2, &s3] {
        left.extend(d.store.session_turns(&d.bot, s, window()).await.unwrap());
    }
    let mut left: Vec<String> = left.iter().map(|t| t.turn.to_string()).collect();
    let mut expected: Vec<String> = others.iter().map(|t| t.turn.to_string()).collect();
    left.sort();
    expected.sort();
    assert_eq!(left, expected, "only that person's turns are gone");
    let text = serde_json::to_string(&d.audit_records().await).unwrap();
    assert!(!text.contains("tom.baker") && !text.contains("7700"), "{text}");
}

/// A Function URL event (IAM auth) carrying `request` as its body.
fn url_event(request: &Value, signed_by: Option<&str>) -> Box<RawValue> {
    let mut context = json!({"http": {"method": "POST", "path": "/", "sourceIp": "10.0.0.1"}, "requestId": "r"});
    if let Some(arn) = signed_by {
        context["authorizer"] = json!({"iam": {"userArn": arn, "accountId": "123456789012"}});
    }
    let event = json!({"version": "2.0", "rawPath": "/", "headers": {}, "requestContext": context, "body": request.to_string(), "isBase64Encoded": false});
    RawValue::from_string(event.to_string()).unwrap()
}

#[tokio::test]
async fn function_url_calls_need_iam_and_their_caller_is_audited() {
    let d = deployment().await;
    let arn = "arn:aws:sts::123456789012:assumed-role/DataProtectionOfficer/jo";
    let request = json!({"op": "redact", "text": "call 07700 900123"});
    let answer =
        redactor::handle(&d.service, &url_event(&request, Some(arn)), "req-url", Timestamp::now()).await.unwrap();
    assert_eq!(answer["statusCode"], 200);
    let body: Value = serde_json::from_str(answer["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["text"], "call [PHONE]");

    let unsigned = redactor::handle(&d.service, &url_event(&request, None), "req-2", Timestamp::now()).await.unwrap();
    assert_eq!(unsigned["statusCode"], 401);
    let bad = json!({"op": "export_session", "bot": d.bot});
    let refused = redactor::handle(&d.service, &url_event(&bad, Some(arn)), "req-3", Timestamp::now()).await.unwrap();
    assert_eq!(refused["statusCode"], 400);
    assert!(refused["body"].as_str().unwrap().contains("missing field `session`"));

    let records = d.audit_records().await;
    assert_eq!(records.len(), 2, "the unsigned call did nothing, not even an operation");
    assert!(records.iter().all(|r| r["requester"] == arn));
    assert!(
        records.iter().any(|r| r["op"] == "redact" && r["counts"]["findings"] == 1 && r["request_id"] == "req-url")
    );
    // A direct invocation is refused as a Lambda error naming the problem.
    let err = d.invoke(json!({"op": "export_everything"})).await.unwrap_err();
    assert!(err.contains("unknown variant `export_everything`"), "{err}");
}
