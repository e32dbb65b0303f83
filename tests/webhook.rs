//! The webhook function end to end: the sample events under `infra/events/` go through the real
//! handler (Function URL events for Dialogflow, Lex events for Lex), turns go to SQS on the moto
//! server, leads and bookings to a real HTTP endpoint on 127.0.0.1.

use blackbox::endpoints;
use blackbox::receiver::{Answer, Receiver};
use serde_json::value::RawValue;
use serde_json::{Value, json};
use shared::fulfil::{BotsConfig, HttpsDelivery, Secrets, sign};
use shared::secrets::{Secret, SecretRef};
use shared::store::sqs::SqsTurnQueue;
use shared::webhook::Webhook;
use std::time::{Duration, Instant};

const API_KEY: &str = "local-dev-key";
const CRM_KEY: &[u8] = b"crm-signing-key";
const BOOKINGS_KEY: &[u8] = b"bookings-signing-key";

/// Every personal value the sample events carry, in the forms they appear in.
const PERSONAL: &[&str] = &[
    "Priya",
    "Shah",
    "07700 900123",
    "07700900123",
    "900123",
    "priya.shah",
    "Tom Baker",
    "tom.baker",
    "900456",
    "SW1A",
];

struct Harness {
    service: webhook::Service,
    sqs: aws_sdk_sqs::Client,
    queue_url: String,
}

async fn harness(endpoint: &Receiver, timeout_ms: u64) -> Harness {
    let sqs = endpoints::sqs().await;
    let queue_url = endpoints::create_queue(&sqs).await;
    let mut bots = BotsConfig::from_json(&std::fs::read("../infra/bots/example.json").unwrap()).unwrap();
    for endpoint_config in bots.bots[0].endpoints.values_mut() {
        endpoint_config.url = endpoint.url.clone();
        endpoint_config.timeout_ms = timeout_ms;
    }
    let mut secrets = Secrets::new();
    secrets.insert(SecretRef::Ssm("/chatbot/acme-dental/crm-signing-secret".into()), Secret::new(CRM_KEY));
    secrets.insert(SecretRef::Ssm("/chatbot/acme-dental/bookings-signing-secret".into()), Secret::new(BOOKINGS_KEY));
    let queue = SqsTurnQueue::new(sqs.clone(), &queue_url);
    let service = Webhook::new(bots, secrets, Secret::new(API_KEY), queue, HttpsDelivery::new().unwrap());
    Harness { service, sqs, queue_url }
}

fn sample(name: &str) -> Value {
    serde_json::from_slice(&std::fs::read(format!("../infra/events/{name}.json")).unwrap()).unwrap()
}

async fn invoke(harness: &Harness, event: &Value) -> Result<Value, webhook::EventError> {
    let raw = RawValue::from_string(event.to_string()).unwrap();
    webhook::handle(&harness.service, &raw).await
}

/// The platform's JSON reply to an event: a Function URL response's body, or Lex's answer.
async fn reply(harness: &Harness, event: &Value) -> Value {
    let out = invoke(harness, event).await.expect("an answer");
    match out.get("statusCode") {
        Some(status) => {
            assert_eq!(status, 200, "{out}");
            assert_eq!(out["headers"]["content-type"], "application/json");
            serde_json::from_str(out["body"].as_str().unwrap()).unwrap()
        }
        None => out,
    }
}

/// The message bodies on the queue, taken off it.
async fn drain(harness: &Harness) -> Vec<String> {
    let mut bodies = Vec::new();
    loop {
        let out = harness
            .sqs
            .receive_message()
            .queue_url(&harness.queue_url)
            .max_number_of_messages(10)
            .send()
            .await
            .unwrap();
        if out.messages().is_empty() {
            return bodies;
        }
        for message in out.messages() {
            bodies.push(message.body().unwrap().to_owned());
            let receipt = message.receipt_handle().unwrap();
            harness.sqs.delete_message().queue_url(&harness.queue_url).receipt_handle(receipt).send().await.unwrap();
        }
    }
}

fn cx_text(messages: &[&str]) -> Value {
    json!({"messages": messages.iter().map(|m| json!({"text": {"text": [m]}})).collect::<Vec<_>>(), "mergeBehavior": "REPLACE"})
}

fn es_reply(message: &str, delivered: Option<&str>) -> Value {
    let mut out = json!({"fulfillmentText": message, "fulfillmentMessages": [{"text": {"text": [message]}}]});
    if let Some(flag) = delivered {
        out["outputContexts"] = json!([{
            "name": "projects/acme-dental-es/agent/sessions/es-session-0042/contexts/chatbot-session",
            "lifespanCount": 50,
            "parameters": {flag: true}
        }]);
    }
    out
}

fn lex_close(event: &Value, message: &str, attributes: Value) -> Value {
    let intent = &event["sessionState"]["intent"];
    json!({
        "sessionState": {
            "sessionAttributes": attributes,
            "dialogAction": {"type": "Close"},
            "intent": {"name": intent["name"], "slots": intent["slots"], "state": "Fulfilled", "confirmationState": "None"}
        },
        "messages": [{"contentType": "PlainText", "content": message}]
    })
}

const HOURS: &str = "We're open 8am to 6pm, Monday to Saturday.";
const FALLBACK: &str =
    "Sorry, I didn't catch that. You can ask about opening hours, book an appointment or ask for a callback.";
const THANKS: &str = "Thanks for telling us.";

#[tokio::test]
async fn every_sample_event_gets_the_exact_platform_reply_and_queues_a_clean_turn() {
    let endpoint = Receiver::start(Answer::Status(200)).await;
    let harness = harness(&endpoint, 2_000).await;
    let booked_cx = "You're booked in for 2026-12-03 at 14:30. We've emailed you the details.";
    let web = json!({"channel": "web"});
    let cases: Vec<(&str, Value, &str, Option<&str>, bool)> = vec![
        (
            "dialogflow-cx-reply",
            json!({"fulfillmentResponse": cx_text(&[HOURS])}),
            "cx-session-0042",
            Some("opening.hours"),
            true,
        ),
        (
            "dialogflow-cx-lead",
            json!({"fulfillmentResponse": cx_text(&["Thanks Priya Shah, someone will call you back today."]), "sessionInfo": {"parameters": {"lead_delivered": true}}}),
            "cx-session-0042",
            Some("request.callback"),
            true,
        ),
        (
            "dialogflow-cx-booking",
            json!({"fulfillmentResponse": cx_text(&[booked_cx]), "sessionInfo": {"parameters": {"booking_delivered": true}}}),
            "cx-session-0042",
            Some("book.appointment"),
            true,
        ),
        (
            "dialogflow-cx-feedback",
            json!({"fulfillmentResponse": cx_text(&[THANKS])}),
            "cx-session-0042",
            Some("give.feedback"),
            true,
        ),
        (
            "dialogflow-cx-no-match",
            json!({"fulfillmentResponse": cx_text(&[FALLBACK])}),
            "cx-session-0042",
            None,
            false,
        ),
        (
            "dialogflow-es-reply",
            es_reply("We're open 8am to 6pm, Monday to Saturday.", None),
            "es-session-0042",
            Some("opening.hours"),
            true,
        ),
        (
            "dialogflow-es-lead",
            es_reply("Thanks Priya Shah, someone will call you back today.", Some("lead_delivered")),
            "es-session-0042",
            Some("request.callback"),
            true,
        ),
        (
            "dialogflow-es-booking",
            es_reply(booked_cx, Some("booking_delivered")),
            "es-session-0042",
            Some("book.appointment"),
            true,
        ),
        ("dialogflow-es-feedback", es_reply(THANKS, None), "es-session-0042", Some("give.feedback"), true),
        ("dialogflow-es-no-match", es_reply(FALLBACK, None), "es-session-0042", Some("Default Fallback Intent"), false),
        (
            "lex-v2-reply",
            lex_close(&sample("lex-v2-reply"), HOURS, web.clone()),
            "lex-session-0042",
            Some("OpeningHours"),
            true,
        ),
        (
            "lex-v2-lead",
            lex_close(
                &sample("lex-v2-lead"),
                "Thanks, someone will call you back today.",
                json!({"channel": "web", "lead_delivered": "true"}),
            ),
            "lex-session-0042",
            Some("RequestCallback"),
            true,
        ),
        (
            "lex-v2-booking",
            lex_close(
                &sample("lex-v2-booking"),
                "You're booked in for 2026-12-03. We've emailed you the details.",
                json!({"channel": "web", "booking_delivered": "true"}),
            ),
            "lex-session-0042",
            Some("BookAppointment"),
            true,
        ),
        (
            "lex-v2-feedback",
            lex_close(&sample("lex-v2-feedback"), THANKS, web.clone()),
            "lex-session-0042",
            Some("GiveFeedback"),
            true,
        ),
        (
            "lex-v2-fallback",
            json!({
                "sessionState": {"sessionAttributes": web.clone(), "dialogAction": {"type": "ElicitIntent"}},
                "messages": [{"contentType": "PlainText", "content": FALLBACK}]
            }),
            "lex-session-0042",
            Some("FallbackIntent"),
            false,
        ),
    ];
    for (name, expected, session, intent, matched) in cases {
        let event = sample(name);
        assert_eq!(reply(&harness, &event).await, expected, "{name}");
        let bodies = drain(&harness).await;
        assert_eq!(bodies.len(), 1, "{name}: one turn queued");
        for value in PERSONAL {
            assert!(
                !bodies[0].to_lowercase().contains(&value.to_lowercase()),
                "{name}: {value:?} in the queued turn {}",
                bodies[0]
            );
        }
        let queued: Value = serde_json::from_str(&bodies[0]).unwrap();
        let turn = &queued["turn"];
        assert_eq!(queued["v"], 1, "{name}");
        assert_eq!(turn["session"], session, "{name}");
        assert_eq!(turn["intent"].as_str(), intent, "{name}");
        assert_eq!(turn["matched"], matched, "{name}");
        assert_eq!(turn["bot"], "acme-dental", "{name}");
        assert!(turn["user_text"].as_str().is_some_and(|t| !t.is_empty()), "{name}: the redacted text is kept");
        if name.ends_with("feedback") {
            assert_eq!(turn["feedback"]["rating"], "down", "{name}");
            assert_eq!(turn["feedback"]["comment"], "too slow, ring me on [PHONE]", "{name}");
        }
        if name.ends_with("lead") {
            assert_eq!(turn["parameters"]["callback_number"], "[PHONE]", "{name}");
        }
        if name.ends_with("booking") {
            assert!(turn.get("parameters").is_none(), "{name}: a booking's fields stay out of the log: {turn}");
        }
    }
    // Leads and bookings reached the endpoint, signed, once each per platform.
    let received = endpoint.requests();
    assert_eq!(received.len(), 6);
    for request in &received {
        assert_eq!(request.request_line, "POST /hook HTTP/1.1");
        assert_eq!(request.header("content-type"), Some("application/json"));
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        let key = if body["kind"] == "lead" { CRM_KEY } else { BOOKINGS_KEY };
        assert_eq!(request.header("x-chatbot-signature"), Some(sign(key, &request.body).as_str()));
        assert_eq!(body["bot"], "acme-dental");
        assert!(
            request.header("x-chatbot-delivery").is_some_and(|id| id.ends_with("-lead") || id.ends_with("-booking"))
        );
    }
    let lead: Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(lead["fields"]["callback_number"], "07700 900123", "the lead itself carries the number, on purpose");
}

#[tokio::test]
async fn a_failed_delivery_answers_with_the_apology_and_still_logs_the_turn() {
    let apology = "Sorry, we couldn't pass that on just now. Please call us on the number on our website.";
    for (answer, timeout_ms) in [(Answer::Status(503), 2_000), (Answer::Stall(Duration::from_secs(5)), 300)] {
        let endpoint = Receiver::start(answer).await;
        let harness = harness(&endpoint, timeout_ms).await;
        let started = Instant::now();
        let got = reply(&harness, &sample("dialogflow-cx-lead")).await;
        assert!(started.elapsed() < Duration::from_millis(1_500), "{answer:?} took {:?}", started.elapsed());
        assert_eq!(got, json!({"fulfillmentResponse": cx_text(&[apology])}), "{answer:?}");
        let lex = reply(&harness, &sample("lex-v2-lead")).await;
        assert_eq!(lex["sessionState"]["intent"]["state"], "Failed");
        assert_eq!(lex["messages"][0]["content"], apology);
        assert_eq!(drain(&harness).await.len(), 2, "{answer:?}: both turns are logged");
        assert_eq!(endpoint.requests().len(), 2);
    }
}

#[tokio::test]
async fn the_reply_goes_out_when_the_queue_is_gone() {
    let endpoint = Receiver::start(Answer::Status(200)).await;
    let harness = harness(&endpoint, 2_000).await;
    harness.sqs.delete_queue().queue_url(&harness.queue_url).send().await.unwrap();
    let started = Instant::now();
    let got = reply(&harness, &sample("dialogflow-es-reply")).await;
    assert_eq!(got, es_reply(HOURS, None));
    assert!(started.elapsed() < Duration::from_secs(2), "took {:?}", started.elapsed());
}

/// A Function URL event for `path` with the given method, headers and raw body.
fn url_event(method: &str, path: &str, headers: Value, body: &str, base64: bool) -> Value {
    let mut event = sample("dialogflow-cx-reply");
    event["rawPath"] = json!(path);
    event["requestContext"]["http"]["method"] = json!(method);
    event["headers"] = headers;
    event["body"] = json!(body);
    event["isBase64Encoded"] = json!(base64);
    event
}

#[tokio::test]
async fn bad_requests_get_a_clear_status_and_nothing_is_queued() {
    let endpoint = Receiver::start(Answer::Status(200)).await;
    let harness = harness(&endpoint, 2_000).await;
    let good_body = sample("dialogflow-cx-reply")["body"].as_str().unwrap().to_owned();
    let key = json!({"x-api-key": API_KEY});
    let es_body = sample("dialogflow-es-reply")["body"].as_str().unwrap().to_owned();
    let mut stranger: Value = serde_json::from_str(&good_body).unwrap();
    stranger["sessionInfo"]["session"] = json!("projects/x/locations/l/agents/someone-elses-agent/sessions/s");
    let cases = [
        ("no credentials", url_event("POST", "/dialogflow/cx", json!({}), &good_body, false), 401, "unauthorized"),
        (
            "wrong key",
            url_event("POST", "/dialogflow/cx", json!({"x-api-key": "guess"}), &good_body, false),
            401,
            "unauthorized",
        ),
        (
            "wrong basic",
            url_event("POST", "/dialogflow/cx", json!({"authorization": "Basic dTpndWVzcw=="}), &good_body, false),
            401,
            "unauthorized",
        ),
        (
            "oversize",
            url_event("POST", "/dialogflow/cx", key.clone(), &"x".repeat(64 * 1024 + 1), false),
            413,
            "payload_too_large",
        ),
        ("not JSON", url_event("POST", "/dialogflow/cx", key.clone(), "{\"text\": ", false), 400, "bad_request"),
        (
            "another platform's body",
            url_event("POST", "/dialogflow/cx", key.clone(), &es_body, false),
            400,
            "bad_request",
        ),
        ("bad base64", url_event("POST", "/dialogflow/es", key.clone(), "%%%", true), 400, "bad_request"),
        ("unknown path", url_event("POST", "/alexa", key.clone(), &good_body, false), 404, "not_found"),
        ("wrong method", url_event("GET", "/dialogflow/cx", key.clone(), "", false), 405, "method_not_allowed"),
        (
            "unknown bot",
            url_event("POST", "/dialogflow/cx", key.clone(), &stranger.to_string(), false),
            403,
            "unknown_bot",
        ),
    ];
    for (name, event, status, code) in cases {
        let out = invoke(&harness, &event).await.expect("an HTTP answer");
        assert_eq!(out["statusCode"], status, "{name}: {out}");
        let body: Value = serde_json::from_str(out["body"].as_str().unwrap()).unwrap();
        assert_eq!(body["error"]["code"], code, "{name}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(
            !message.is_empty() && !message.contains("opening") && !message.contains("Saturday"),
            "{name}: {message}"
        );
    }
    assert!(drain(&harness).await.is_empty(), "nothing refused is queued");

    let missing_field = url_event("POST", "/dialogflow/cx", key.clone(), &es_body, false);
    let out = invoke(&harness, &missing_field).await.unwrap();
    assert!(out["body"].as_str().unwrap().contains("sessionInfo.session"), "the error names the problem: {out}");
    let method = invoke(&harness, &url_event("GET", "/dialogflow/cx", key.clone(), "", false)).await.unwrap();
    assert_eq!(method["headers"]["allow"], "POST");

    // Basic auth with the key as password is accepted; base64 bodies are decoded.
    use base64::Engine;
    let basic = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("dialogflow:{API_KEY}")));
    let encoded = base64::engine::general_purpose::STANDARD.encode(&good_body);
    let out = invoke(&harness, &url_event("POST", "/dialogflow/cx/", json!({"authorization": basic}), &encoded, true))
        .await
        .unwrap();
    assert_eq!(out["statusCode"], 200, "{out}");
}

#[tokio::test]
async fn lex_events_for_unknown_bots_and_unknown_events_are_errors() {
    let endpoint = Receiver::start(Answer::Status(200)).await;
    let harness = harness(&endpoint, 2_000).await;
    let mut stranger = sample("lex-v2-reply");
    stranger["bot"]["id"] = json!("SOMEONEELSE");
    let err = invoke(&harness, &stranger).await.unwrap_err();
    assert_eq!(err.to_string(), "this deployment does not serve that bot");
    let mut broken = sample("lex-v2-reply");
    broken.as_object_mut().unwrap().remove("sessionId");
    assert_eq!(invoke(&harness, &broken).await.unwrap_err().to_string(), "the Lex V2 request has no sessionId");
    let err = invoke(&harness, &json!({"Records": []})).await.unwrap_err();
    assert!(matches!(err, webhook::EventError::Unsupported));
    assert!(drain(&harness).await.is_empty());
}

#[tokio::test]
async fn secrets_are_read_from_ssm_parameter_store_decrypted() {
    let ssm = endpoints::ssm().await;
    let names: Vec<String> = (0..12).map(|i| format!("/{}/key-{i}", endpoints::unique("chatbot"))).collect();
    for (i, name) in names.iter().enumerate() {
        ssm.put_parameter()
            .name(name)
            .value(format!("secret-{i}"))
            .r#type(aws_sdk_ssm::types::ParameterType::SecureString)
            .send()
            .await
            .unwrap();
    }
    let refs: Vec<SecretRef> = names.iter().cloned().map(SecretRef::Ssm).collect();
    let found = shared::secrets::resolve(&refs, Some(&ssm)).await.unwrap();
    assert_eq!(found.len(), 12, "more than one GetParameters batch");
    assert_eq!(found[&refs[11]].expose(), b"secret-11");
    let absent = SecretRef::Ssm(format!("/{}/absent", endpoints::unique("chatbot")));
    let err = shared::secrets::resolve([&refs[0], &absent], Some(&ssm)).await.unwrap_err();
    assert_eq!(err, shared::secrets::SecretError::Missing(absent));
}
