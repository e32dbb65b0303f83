use super::*;
use serde_json::json;

fn event(intent: Value, source: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "messageVersion": "1.0",
        "invocationSource": source,
        "inputMode": "Text",
        "sessionId": "lex-session-1",
        "inputTranscript": "I'd like a callback on 07700 900123",
        "bot": {"id": "BOT123", "name": "Support", "localeId": "en_GB", "version": "DRAFT", "aliasId": "TSTALIASID", "aliasName": "Test"},
        "interpretations": [
            {"intent": {"name": "Other"}, "nluConfidence": 0.1},
            {"intent": {"name": intent["name"]}, "nluConfidence": 0.87, "interpretationSource": "Lex",
             "sentimentResponse": {"sentiment": "POSITIVE", "sentimentScore": {"positive": 0.9, "negative": 0.1, "neutral": 0, "mixed": 0}}}
        ],
        "sessionState": {
            "sessionAttributes": {"visits": "2"},
            "intent": intent,
            "originatingRequestId": "req-42"
        },
        "requestAttributes": {"x-amz-lex:channels:platform": "web"}
    }))
    .unwrap()
}

fn callback_intent() -> Value {
    json!({
        "name": "RequestCallback",
        "state": "ReadyForFulfillment",
        "confirmationState": "None",
        "slots": {
            "phone": {"shape": "Scalar", "value": {"originalValue": "07700 900123", "interpretedValue": "07700900123", "resolvedValues": ["07700900123"]}},
            "days": {"shape": "List", "values": [{"shape": "Scalar", "value": {"originalValue": "mon", "interpretedValue": "Monday"}}]},
            "notes": null
        },
        "kendraResponse": {"ignored": true}
    })
}

#[test]
fn an_event_normalises_into_a_turn() {
    let inbound = parse(&event(callback_intent(), "FulfillmentCodeHook")).unwrap();
    assert_eq!(inbound.identity, Identity::LexV2 { bot: "BOT123".into(), alias: "TSTALIASID".into() });
    assert_eq!((inbound.session.as_str(), inbound.turn.as_ref().unwrap().as_str()), ("lex-session-1", "req-42"));
    assert_eq!(inbound.intent.as_deref(), Some("RequestCallback"));
    assert_eq!(inbound.confidence, Some(0.87));
    assert_eq!(inbound.tag.as_deref(), Some("FulfillmentCodeHook"));
    assert_eq!(inbound.parameters["phone"], json!("07700900123"));
    assert_eq!(inbound.parameters["days"], json!(["Monday"]));
    assert!(!inbound.parameters.contains_key("notes"));
    assert_eq!(inbound.session_parameters["visits"], json!("2"));
    assert_eq!((inbound.language.as_deref(), inbound.channel.as_deref()), (Some("en_GB"), Some("text")));
    assert!((inbound.sentiment.unwrap() - 0.8).abs() < 1e-6);
    assert!(inbound.matched);
}

#[test]
fn the_fallback_intent_is_a_missed_utterance_and_labels_join_the_tag() {
    let mut body: Value =
        serde_json::from_slice(&event(json!({"name": "FallbackIntent", "slots": {}}), "DialogCodeHook")).unwrap();
    body["invocationLabel"] = json!("ask-again");
    let inbound = parse(&serde_json::to_vec(&body).unwrap()).unwrap();
    assert!(!inbound.matched);
    assert_eq!(inbound.tag.as_deref(), Some("DialogCodeHook:ask-again"));
}

#[test]
fn events_without_session_bot_or_source_are_refused() {
    assert_eq!(parse(b"{}").unwrap_err(), PlatformError::Missing { platform: NAME, field: "sessionId" });
    assert_eq!(
        parse(br#"{"sessionId": "s"}"#).unwrap_err(),
        PlatformError::Missing { platform: NAME, field: "bot.id" }
    );
    let no_source = br#"{"sessionId": "s", "bot": {"id": "B"}}"#;
    assert_eq!(parse(no_source).unwrap_err(), PlatformError::Missing { platform: NAME, field: "invocationSource" });
    let bad_session = br#"{"sessionId": "a#b", "bot": {"id": "B"}, "invocationSource": "DialogCodeHook"}"#;
    assert_eq!(parse(bad_session).unwrap_err(), PlatformError::Invalid { platform: NAME, field: "sessionId" });
}

fn echo_of(body: &[u8]) -> Echo {
    match parse(body).unwrap().context {
        ReplyContext::LexV2(echo) => echo,
        other => panic!("not a Lex context: {other:?}"),
    }
}

#[test]
fn a_fulfilled_reply_closes_the_intent_with_string_attributes() {
    let echo = echo_of(&event(callback_intent(), "FulfillmentCodeHook"));
    assert!(echo.is_fulfilment());
    let reply = Reply {
        messages: vec!["We'll call you.".into()],
        set_parameters: BTreeMap::from([("lead_sent".into(), json!(true)), ("ref".into(), json!("AB12"))]),
        outcome: Outcome::Fulfilled,
        target: None,
    };
    let response = serde_json::to_value(respond(&reply, &echo)).unwrap();
    let intent = callback_intent();
    assert_eq!(
        response,
        json!({
            "sessionState": {
                "sessionAttributes": {"visits": "2", "lead_sent": "true", "ref": "AB12"},
                "dialogAction": {"type": "Close"},
                "intent": {"name": "RequestCallback", "slots": intent["slots"], "state": "Fulfilled", "confirmationState": "None"}
            },
            "messages": [{"contentType": "PlainText", "content": "We'll call you."}]
        })
    );
}

#[test]
fn fallback_elicits_an_intent_and_delegate_hands_back_without_messages() {
    let echo = echo_of(&event(json!({"name": "FallbackIntent"}), "DialogCodeHook"));
    let fallback = Reply { messages: vec!["Sorry?".into()], outcome: Outcome::Fallback, ..Reply::default() };
    assert_eq!(
        serde_json::to_value(respond(&fallback, &echo)).unwrap(),
        json!({
            "sessionState": {"sessionAttributes": {"visits": "2"}, "dialogAction": {"type": "ElicitIntent"}},
            "messages": [{"contentType": "PlainText", "content": "Sorry?"}]
        })
    );
    let delegate = Reply { messages: vec!["ignored".into()], ..Reply::default() };
    assert_eq!(
        serde_json::to_value(respond(&delegate, &echo)).unwrap(),
        json!({
            "sessionState": {"sessionAttributes": {"visits": "2"}, "dialogAction": {"type": "Delegate"}, "intent": {"name": "FallbackIntent"}}
        })
    );
}
