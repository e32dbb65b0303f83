//! The transcript-logger function end to end: SQS batches and widget events through the real
//! handler, turns into DynamoDB Local, unstorable messages into a dead-letter queue on moto.
//! Write failures are injected into the DynamoDB client by an interceptor.

use aws_sdk_dynamodb::config::interceptors::BeforeTransmitInterceptorContextRef;
use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
use blackbox::endpoints;
use serde_json::value::RawValue;
use serde_json::{Value, json};
use shared::fulfil::BotsConfig;
use shared::model::{BotId, Platform, RedactedText, SessionId, TimeZone, Timestamp, Turn, TurnId, UserAgent};
use shared::secrets::Secret;
use shared::store::dynamodb::DynamoDbTranscripts;
use shared::store::encode_envelope;
use shared::store::sqs::SqsDeadLetters;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

/// Fails every BatchWriteItem call that carries a turn whose id contains `poison`, before it is
/// sent, and remembers the turn ids of every call it failed.
#[derive(Debug, Default, Clone)]
struct PoisonedWrites {
    failed: Arc<Mutex<BTreeSet<String>>>,
}

impl Intercept for PoisonedWrites {
    fn name(&self) -> &'static str {
        "PoisonedWrites"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let request = context.request();
        let batch = request.headers().get("x-amz-target").is_some_and(|t| t.ends_with(".BatchWriteItem"));
        let body = request.body().bytes().unwrap_or_default();
        if !batch || !String::from_utf8_lossy(body).contains("poison") {
            return Ok(());
        }
        let json: Value = serde_json::from_slice(body)?;
        let mut failed = self.failed.lock().unwrap();
        for writes in json["RequestItems"].as_object().into_iter().flat_map(|t| t.values()) {
            for write in writes.as_array().into_iter().flatten() {
                let sk = write["PutRequest"]["Item"]["sk"]["S"].as_str().unwrap_or_default();
                failed.insert(sk.rsplit('#').next().unwrap_or_default().to_owned());
            }
        }
        Err("injected write failure".into())
    }
}

const BOTS: &str = r#"{"bots": [
    {"id": "open-bot", "policy": {"collect_ip": "truncated"}},
    {"id": "strict-bot", "policy": {"log_retention_days": 7, "collect_free_text": false, "collect_user_agent": false, "collect_ip": "none"}}
]}"#;

struct Harness {
    service: transcript_logger::Service,
    dynamodb: aws_sdk_dynamodb::Client,
    table: String,
    sqs: aws_sdk_sqs::Client,
    dlq: String,
}

async fn harness(poison: Option<PoisonedWrites>) -> Harness {
    let dynamodb = endpoints::dynamodb().await;
    let table = endpoints::create_table(&dynamodb, false).await;
    let sqs = endpoints::sqs().await;
    let dlq = endpoints::create_queue(&sqs).await;
    let mut config = dynamodb.config().to_builder();
    if let Some(poison) = poison {
        config = config.interceptor(poison);
    }
    let writer = DynamoDbTranscripts::new(aws_sdk_dynamodb::Client::from_conf(config.build()), &table);
    let bots = BotsConfig::from_json(BOTS.as_bytes()).unwrap();
    let service =
        shared::logger::Logger::new(bots, writer, SqsDeadLetters::new(sqs.clone(), &dlq), Secret::new("events-key"))
            .without_metrics();
    Harness { service, dynamodb, table, sqs, dlq }
}

fn turn(bot: &str, session: &str, id: &str) -> Turn {
    let mut turn = Turn::new(
        BotId::parse(bot).unwrap(),
        SessionId::parse(session).unwrap(),
        TurnId::parse(id).unwrap(),
        Timestamp::now(),
        TimeZone::LONDON,
        Platform::DialogflowCx,
    );
    // Raw personal data the webhook should have caught: the logger redacts again.
    turn.user_text = Some(RedactedText::from_redacted(format!("{id}: my email is jo.bloggs@example.com")));
    turn.bot_text = Some(RedactedText::from_redacted("Thanks!"));
    turn.parameters.insert("note".into(), RedactedText::from_redacted("call 07700 900123"));
    turn.user_agent = Some(UserAgent { browser: Some("Chrome 131".into()), os: Some("Windows 10".into()) });
    turn.ip = Some("203.0.113.77".parse().unwrap());
    turn.intent = Some("faq".into());
    turn
}

fn sqs_event(records: &[(String, String)]) -> Box<RawValue> {
    let records: Vec<Value> = records
        .iter()
        .map(|(id, body)| {
            json!({
                "messageId": id, "receiptHandle": format!("rh-{id}"), "body": body,
                "attributes": {"ApproximateReceiveCount": "1"}, "messageAttributes": {},
                "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:eu-west-2:000000000000:transcripts", "awsRegion": "eu-west-2"
            })
        })
        .collect();
    RawValue::from_string(json!({"Records": records}).to_string()).unwrap()
}

async fn items(harness: &Harness) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
    let out = harness.dynamodb.scan().table_name(&harness.table).send().await.unwrap();
    out.items().to_vec()
}

fn text(
    item: &std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>,
    name: &str,
) -> Option<String> {
    item.get(name).and_then(|v| v.as_s().ok()).cloned()
}

#[tokio::test]
async fn a_batch_of_fifty_reports_exactly_the_records_that_could_not_be_stored() {
    let poison = PoisonedWrites::default();
    let harness = harness(Some(poison.clone())).await;
    // 44 distinct turns (2 poisoned) on two bots, 5 duplicates, 1 undecodable: 50 records.
    let mut records = Vec::new();
    for i in 0..44 {
        let bot = if i % 2 == 0 { "open-bot" } else { "strict-bot" };
        let id = if i == 7 || i == 30 { format!("poison-{i}") } else { format!("t-{i}") };
        records.push((format!("m-{i}"), encode_envelope(&turn(bot, &format!("s-{}", i % 5), &id))));
    }
    for i in [3, 7, 12, 30, 40] {
        records.push((format!("dup-{i}"), records[i].1.clone()));
    }
    records.push(("garbled".to_owned(), "{\"v\": 1, \"turn\": {\"bot\": 42}".to_owned()));
    assert_eq!(records.len(), 50);

    let out = transcript_logger::handle(&harness.service, &sqs_event(&records)).await.unwrap();
    let reported: BTreeSet<String> = out["batchItemFailures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["itemIdentifier"].as_str().unwrap().to_owned())
        .collect();

    // Every turn in a failed write, and only those, is reported: by each message that carried it.
    let failed_turns = poison.failed.lock().unwrap().clone();
    assert!(failed_turns.contains("poison-7") && failed_turns.contains("poison-30"));
    let expected: BTreeSet<String> = records
        .iter()
        .filter(|(_, body)| {
            let turn: Value = serde_json::from_str(body).unwrap_or(Value::Null);
            turn["turn"]["turn"].as_str().is_some_and(|id| failed_turns.contains(id))
        })
        .map(|(id, _)| id.clone())
        .collect();
    assert_eq!(reported, expected);
    assert!(!reported.contains("garbled"), "an undecodable record never blocks the batch");

    // The rest is stored once each, redacted again, cut to each bot's policy, with its TTL.
    let stored = items(&harness).await;
    assert_eq!(stored.len(), 44 - failed_turns.len());
    for item in &stored {
        let all = format!("{item:?}");
        assert!(!all.contains("jo.bloggs") && !all.contains("900123"), "{all}");
        let pk = text(item, "pk").unwrap();
        let expires_at: i64 = item["expires_at"].as_n().unwrap().parse().unwrap();
        let days = (expires_at - Timestamp::now().seconds()) as f64 / 86_400.0;
        if pk.starts_with("open-bot#") {
            assert!(text(item, "user_text").unwrap().ends_with("my email is [EMAIL]"));
            assert!(item.contains_key("ua"));
            assert_eq!(text(item, "ip").as_deref(), Some("203.0.113.0"));
            assert!((29.9..=30.1).contains(&days), "30-day retention, got {days}");
        } else {
            for absent in ["user_text", "bot_text", "params", "ua", "ip"] {
                assert!(!item.contains_key(absent), "strict-bot keeps no {absent}: {all}");
            }
            assert_eq!(text(item, "intent").as_deref(), Some("faq"), "metadata stays");
            assert!((6.9..=7.1).contains(&days), "7-day retention, got {days}");
        }
    }

    // The undecodable record is parked once, with its reason.
    let parked = harness
        .sqs
        .receive_message()
        .queue_url(&harness.dlq)
        .max_number_of_messages(10)
        .message_attribute_names("All")
        .send()
        .await
        .unwrap();
    assert_eq!(parked.messages().len(), 1);
    let attributes = parked.messages()[0].message_attributes().unwrap();
    assert_eq!(attributes["original_message_id"].string_value(), Some("garbled"));
    assert!(attributes["reason"].string_value().is_some_and(|r| r.contains("line 1")));
}

#[tokio::test]
async fn redelivering_a_stored_batch_is_harmless() {
    let harness = harness(None).await;
    let records: Vec<(String, String)> =
        (0..10).map(|i| (format!("m-{i}"), encode_envelope(&turn("open-bot", "s", &format!("t-{i}"))))).collect();
    for _ in 0..2 {
        let out = transcript_logger::handle(&harness.service, &sqs_event(&records)).await.unwrap();
        assert_eq!(out, json!({"batchItemFailures": []}));
    }
    assert_eq!(items(&harness).await.len(), 10);
}

fn widget_event(body: Value, user_agent: &str, ip: &str) -> Box<RawValue> {
    let event = json!({
        "version": "2.0", "rawPath": "/events", "rawQueryString": "",
        "headers": {"content-type": "application/json", "x-api-key": "events-key", "user-agent": user_agent},
        "requestContext": {"http": {"method": "POST", "path": "/events", "sourceIp": ip, "userAgent": user_agent}},
        "body": body.to_string(), "isBase64Encoded": false
    });
    RawValue::from_string(event.to_string()).unwrap()
}

#[tokio::test]
async fn widget_events_round_trip_with_user_agent_family_and_truncated_ip() {
    let harness = harness(None).await;
    let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";
    let cases = [
        (
            json!({"bot": "open-bot", "session": "w-1", "platform": "dialogflow_es", "type": "feedback", "rating": "up", "id": "ev-1"}),
            "198.51.100.200",
            "198.51.100.0",
        ),
        (
            json!({"bot": "open-bot", "session": "w-1", "platform": "dialogflow_es", "type": "card", "card": "Opening hours", "id": "ev-2"}),
            "2001:db8:abcd:12::1",
            "2001:db8:abcd::",
        ),
    ];
    for (body, ip, _) in &cases {
        let out = transcript_logger::handle(&harness.service, &widget_event(body.clone(), iphone, ip)).await.unwrap();
        assert_eq!(out["statusCode"], 202, "{out}");
    }
    let stored = items(&harness).await;
    assert_eq!(stored.len(), 2);
    for (body, _, truncated) in &cases {
        let id = body["id"].as_str().unwrap();
        let item = stored.iter().find(|i| text(i, "sk").unwrap().ends_with(id)).unwrap();
        assert_eq!(text(item, "kind").as_deref(), Some("widget"));
        assert_eq!(text(item, "ip").as_deref(), Some(*truncated));
        let ua = item["ua"].as_m().unwrap();
        assert_eq!(ua["browser"].as_s().unwrap(), "Safari 17");
        assert_eq!(ua["os"].as_s().unwrap(), "iOS 17");
    }
    let unauthorised = json!({"bot": "open-bot", "session": "w", "platform": "lex_v2", "type": "session"});
    let mut event: Value = serde_json::from_str(widget_event(unauthorised, iphone, "192.0.2.1").get()).unwrap();
    event["headers"]["x-api-key"] = json!("wrong");
    let out =
        transcript_logger::handle(&harness.service, &RawValue::from_string(event.to_string()).unwrap()).await.unwrap();
    assert_eq!(out["statusCode"], 401);
    assert_eq!(items(&harness).await.len(), 2);
}
