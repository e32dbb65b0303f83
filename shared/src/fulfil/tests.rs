use super::*;
use crate::platform::{cx, lex};
use crate::subject::{Identifier, SubjectKey};
use serde_json::json;
use std::sync::Mutex;

/// Records what would have been posted, and answers with a fixed result.
struct Recorder {
    answer: Result<(), DeliveryError>,
    seen: Mutex<Vec<DeliveryRequest>>,
}

impl Recorder {
    fn answering(answer: Result<(), DeliveryError>) -> Self {
        Self { answer, seen: Mutex::new(Vec::new()) }
    }
    fn requests(&self) -> Vec<DeliveryRequest> {
        self.seen.lock().unwrap().clone()
    }
}

impl Deliver for Recorder {
    async fn deliver(&self, request: DeliveryRequest) -> Result<(), DeliveryError> {
        self.seen.lock().unwrap().push(request);
        self.answer.clone()
    }
}

fn bot() -> BotConfig {
    BotsConfig::from_json(include_bytes!("../../../infra/bots/example.json")).unwrap().bots.remove(0)
}

fn secrets() -> Secrets {
    let mut secrets = Secrets::new();
    secrets.insert(SecretRef::Ssm("/chatbot/acme-dental/crm-signing-secret".into()), Secret::new("crm-key"));
    secrets.insert(SecretRef::Ssm("/chatbot/acme-dental/bookings-signing-secret".into()), Secret::new("booking-key"));
    secrets
}

fn cx_turn(tag: &str, text: &str, parameters: Value) -> Inbound {
    cx::parse(
        &serde_json::to_vec(&json!({
            "detectIntentResponseId": "resp-9",
            "sessionInfo": {"session": "projects/p/locations/l/agents/5f1c2a7e-3b8d-4c1e-9a2f-0d6b7e8c9f10/sessions/s-1", "parameters": parameters},
            "fulfillmentInfo": {"tag": tag},
            "text": text
        }))
        .unwrap(),
    )
    .unwrap()
}

fn at() -> Timestamp {
    Timestamp::from_millis(1_795_000_000_000).unwrap()
}

async fn run(inbound: &Inbound, deliver: &Recorder) -> Fulfilment {
    fulfil(&bot(), &secrets(), deliver, inbound, &TurnId::parse("resp-9").unwrap(), at()).await
}

#[tokio::test]
async fn reply_renders_its_template() {
    let inbound = cx_turn("opening-hours", "when are you open", json!({}));
    let out = run(&inbound, &Recorder::answering(Ok(()))).await;
    assert_eq!(out.action, Some(ActionKind::Reply));
    assert_eq!(out.reply.messages, vec!["We're open 8am to 6pm, Monday to Saturday."]);
    assert_eq!(out.reply.outcome, Outcome::Fulfilled);
}

#[tokio::test]
async fn a_valid_lead_is_delivered_signed_and_its_values_marked_personal() {
    let params = json!({"patient_name": "Priya Shah", "callback_number": "07700 900123"});
    let inbound = cx_turn("callback", "call me on 07700 900123", params);
    let recorder = Recorder::answering(Ok(()));
    let out = run(&inbound, &recorder).await;
    assert_eq!(out.reply.messages, vec!["Thanks Priya Shah, someone will call you back today."]);
    assert_eq!(out.reply.set_parameters["lead_delivered"], json!(true));
    let sent = recorder.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].url, "https://crm.acme-dental.example/hooks/chatbot-leads");
    assert_eq!(sent[0].signature, sign(b"crm-key", &sent[0].body));
    assert_eq!(sent[0].delivery_id, "resp-9");
    let body: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert_eq!(body["kind"], "lead");
    assert_eq!(body["fields"], json!({"patient_name": "Priya Shah", "callback_number": "07700 900123"}));
    assert_eq!(body["session"], "s-1");
    assert!(out.personal.contains(&(EntityType::Phone, "07700 900123".to_owned())));
    assert!(out.removed_parameters.is_empty());
}

#[tokio::test]
async fn invalid_or_missing_details_are_not_delivered() {
    let recorder = Recorder::answering(Ok(()));
    for params in [json!({"callback_number": "12"}), json!({"patient_name": "Priya"})] {
        let out = run(&cx_turn("callback", "call me", params), &recorder).await;
        assert_eq!(out.reply.outcome, Outcome::Failed);
        assert_eq!(out.reply.messages, bot().messages.invalid_details);
    }
    let bad_email = json!({"callback_number": "07700900123", "contact_email": "priya at example"});
    assert_eq!(run(&cx_turn("callback", "x", bad_email), &recorder).await.reply.outcome, Outcome::Failed);
    assert!(recorder.requests().is_empty());
}

#[tokio::test]
async fn a_failed_delivery_apologises_and_keeps_the_reason() {
    let params =
        json!({"patient_name": "Ann Lee", "contact_email": "ann@example.com", "date": "2026-12-01", "time": "10:00"});
    let inbound = cx_turn("book-appointment", "book me in", params);
    let out = run(&inbound, &Recorder::answering(Err(DeliveryError::Status(503)))).await;
    assert_eq!(out.reply.outcome, Outcome::Failed);
    assert_eq!(out.reply.messages, bot().messages.apology);
    assert_eq!(out.delivery, Some(Err(DeliveryError::Status(503))));
    assert_eq!(out.removed_parameters, vec!["patient_name", "contact_email", "date", "time"]);
}

#[tokio::test]
async fn feedback_reads_rating_and_comment_parameters() {
    let inbound = cx_turn("feedback", "thumbs down", json!({"rating": "down", "comment": "too slow"}));
    let out = run(&inbound, &Recorder::answering(Ok(()))).await;
    assert_eq!(out.feedback, Some((Rating::Down, Some("too slow".to_owned()))));
    let unknown = cx_turn("feedback", "meh", json!({"rating": "meh"}));
    assert_eq!(run(&unknown, &Recorder::answering(Ok(()))).await.feedback, None);
}

#[tokio::test]
async fn missed_utterances_get_the_fallback_and_unrouted_turns_delegate() {
    let mut missed = cx_turn("whatever", "asdfgh", json!({}));
    missed.matched = false;
    let out = run(&missed, &Recorder::answering(Ok(()))).await;
    assert_eq!((out.action, out.missed, out.reply.outcome), (Some(ActionKind::Fallback), true, Outcome::Fallback));
    assert_eq!(out.reply.messages, bot().messages.fallback);
    let by_tag = run(&cx_turn("no-match", "asdfgh", json!({})), &Recorder::answering(Ok(()))).await;
    assert!(by_tag.missed);
    let unrouted = run(&cx_turn("unknown-tag", "hello", json!({})), &Recorder::answering(Ok(()))).await;
    assert_eq!((unrouted.action, unrouted.reply.outcome), (None, Outcome::Delegate));
}

#[tokio::test]
async fn lex_dialog_code_hooks_do_not_fulfil() {
    let event = |source: &str| {
        lex::parse(
            &serde_json::to_vec(&json!({
                "invocationSource": source, "sessionId": "s", "bot": {"id": "ACMEBOT01", "aliasId": "TSTALIASID"},
                "sessionState": {"intent": {"name": "RequestCallback", "slots": {"callback_number": {"value": {"interpretedValue": "07700900123"}}}}}
            }))
            .unwrap(),
        )
        .unwrap()
    };
    let recorder = Recorder::answering(Ok(()));
    assert_eq!(run(&event("DialogCodeHook"), &recorder).await.action, None);
    assert!(recorder.requests().is_empty());
    assert_eq!(run(&event("FulfillmentCodeHook"), &recorder).await.action, Some(ActionKind::Lead));
    assert_eq!(recorder.requests().len(), 1);
}

#[tokio::test]
async fn the_recorded_turn_holds_no_personal_value() {
    let params = json!({"patient_name": "Priya Shah", "callback_number": "07700 900123", "party": 2});
    let inbound = cx_turn("callback", "I'm Priya Shah, call 07700 900123 or priya.shah@example.com", params);
    let out = run(&inbound, &Recorder::answering(Ok(()))).await;
    let key = SubjectKey::new(Secret::new("subject-key"));
    let turn = record(&bot(), Some(&key), &inbound, &out, TurnId::parse("resp-9").unwrap(), at());
    let json = serde_json::to_string(&turn).unwrap();
    for value in ["Priya", "Shah", "07700", "900123", "priya.shah"] {
        assert!(!json.contains(value), "{value} in {json}");
    }
    // The email and the phone number (however written) are findable by their keyed hashes only.
    let mut expected: Vec<String> = ["+44 7700 900123", "Priya.Shah@example.com"]
        .iter()
        .map(|raw| key.hash(&Identifier::parse(raw).unwrap()))
        .collect();
    expected.sort();
    assert_eq!(turn.subjects, expected);
    let without_key = record(&bot(), None, &inbound, &out, TurnId::parse("resp-9").unwrap(), at());
    assert!(without_key.subjects.is_empty());
    assert_eq!(turn.parameters["callback_number"].as_str(), "[PHONE]");
    assert_eq!(turn.parameters["party"].as_str(), "2");
    assert_eq!(turn.redactions["EMAIL"], 1);
    assert!(turn.redactions["NAME"] >= 2, "{:?}", turn.redactions);
    assert_eq!(turn.expires_at, bot().policy.expires_at(at(), bot().time_zone));
    assert_eq!(turn.bot_text.as_ref().unwrap().as_str(), "Thanks [NAME], someone will call you back today.");
}

#[tokio::test]
async fn the_bots_own_terms_are_kept_and_its_personal_values_redacted_all_the_same() {
    // The example bot's assistant is "Molly", a term its config never redacts; a patient of
    // that name, given as a personal parameter, is redacted wherever it appears.
    let inbound = cx_turn("callback", "Thanks Molly! I'm Priya Shah", json!({}));
    let out = run(&inbound, &Recorder::answering(Ok(()))).await;
    let turn = record(&bot(), None, &inbound, &out, TurnId::parse("resp-9").unwrap(), at());
    assert_eq!(turn.user_text.as_ref().unwrap().as_str(), "Thanks Molly! I'm [NAME]");
    let inbound = cx_turn("callback", "Thanks Molly! I'm Molly Shah", json!({"patient_name": "Molly Shah"}));
    let turn = record(&bot(), None, &inbound, &out, TurnId::parse("resp-9").unwrap(), at());
    assert_eq!(turn.user_text.as_ref().unwrap().as_str(), "Thanks Molly! I'm [NAME]");
    let inbound = cx_turn("callback", "I'm Molly", json!({"patient_name": "Molly"}));
    let turn = record(&bot(), None, &inbound, &out, TurnId::parse("resp-9").unwrap(), at());
    assert_eq!(turn.user_text.as_ref().unwrap().as_str(), "I'm [NAME]");
}

#[tokio::test]
async fn a_booking_leaves_its_fields_out_of_the_log() {
    let params =
        json!({"patient_name": "Ann Lee", "contact_email": "ann@example.com", "date": "2026-12-01", "time": "10:00"});
    let inbound = cx_turn("book-appointment", "Ann Lee, ann@example.com, 1 Dec at 10", params);
    let out = run(&inbound, &Recorder::answering(Ok(()))).await;
    assert_eq!(out.reply.outcome, Outcome::Fulfilled);
    let turn = record(&bot(), None, &inbound, &out, TurnId::parse("resp-9").unwrap(), at());
    assert!(turn.parameters.is_empty(), "{:?}", turn.parameters);
    let json = serde_json::to_string(&turn).unwrap();
    assert!(!json.contains("Ann") && !json.contains("ann@"), "{json}");
}
