//! Each scripted step as the request its platform would send: a Dialogflow CX or ES
//! `WebhookRequest`, or a Lex V2 Lambda event, for the example bot's identities.

use super::script::Step;
use serde_json::{Map, Value, json};
use shared::model::Platform;

/// The example bot's Dialogflow CX agent, ES project and Lex bot (`infra/bots/example.json`).
const CX_AGENT: &str = "5f1c2a7e-3b8d-4c1e-9a2f-0d6b7e8c9f10";
const ES_PROJECT: &str = "acme-dental-es";
const LEX_BOT: &str = "ACMEBOT01";
const LEX_ALIAS: &str = "TSTALIASID";

/// The path the request goes to on the local server, and its body.
pub fn request(platform: Platform, session: &str, turn: &str, step: &Step) -> (&'static str, Value) {
    match platform {
        Platform::DialogflowCx => ("/dialogflow/cx", cx(session, turn, step)),
        Platform::DialogflowEs => ("/dialogflow/es", es(session, turn, step)),
        Platform::LexV2 => ("/lex/v2", lex(session, turn, step)),
    }
}

fn parameters(step: &Step) -> Map<String, Value> {
    step.parameters.iter().map(|(name, value)| ((*name).to_owned(), json!(value))).collect()
}

fn cx(session: &str, turn: &str, step: &Step) -> Value {
    let agent = format!("projects/acme-dental/locations/europe-west2/agents/{CX_AGENT}");
    let mut request = json!({
        "detectIntentResponseId": turn,
        "sessionInfo": {"session": format!("{agent}/environments/draft/sessions/{session}"), "parameters": parameters(step)},
        "fulfillmentInfo": {"tag": step.tag.unwrap_or_default()},
        "text": step.text,
        "languageCode": "en-gb",
        "payload": {"channel": "web"},
    });
    if let Some(intent) = step.intent {
        request["intentInfo"] = json!({
            "lastMatchedIntent": format!("{agent}/intents/{intent}"),
            "displayName": intent,
            "confidence": step.confidence,
        });
    }
    request
}

fn es(session: &str, turn: &str, step: &Step) -> Value {
    json!({
        "responseId": turn,
        "session": format!("projects/{ES_PROJECT}/agent/sessions/{session}"),
        "queryResult": {
            "queryText": step.text,
            "action": step.tag.unwrap_or_default(),
            "parameters": parameters(step),
            "allRequiredParamsPresent": true,
            "intent": {
                "name": format!("projects/{ES_PROJECT}/agent/intents/{}", step.intent.unwrap_or("none")),
                "displayName": step.intent.unwrap_or_default(),
                "isFallback": step.missed,
            },
            "intentDetectionConfidence": step.confidence,
            "languageCode": "en-gb",
        },
        "originalDetectIntentRequest": {"source": "web", "payload": {}},
    })
}

fn lex(session: &str, turn: &str, step: &Step) -> Value {
    let slots: Map<String, Value> = step
        .parameters
        .iter()
        .map(|(name, value)| {
            let slot = json!({"shape": "Scalar", "value": {"originalValue": value, "interpretedValue": value, "resolvedValues": [value]}});
            ((*name).to_owned(), slot)
        })
        .collect();
    let intent = json!({
        "name": step.intent.unwrap_or("FallbackIntent"),
        "slots": slots,
        "state": "ReadyForFulfillment",
        "confirmationState": "None",
    });
    json!({
        "messageVersion": "1.0",
        "invocationSource": step.tag.unwrap_or("FulfillmentCodeHook"),
        "inputMode": "Text",
        "responseContentType": "text/plain; charset=utf-8",
        "sessionId": session,
        "inputTranscript": step.text,
        "bot": {"id": LEX_BOT, "name": "AcmeDental", "localeId": "en_GB", "version": "DRAFT", "aliasId": LEX_ALIAS, "aliasName": "TestBotAlias"},
        "interpretations": [{"interpretationSource": "Lex", "intent": intent, "nluConfidence": step.confidence}],
        "requestAttributes": {},
        "sessionState": {"sessionAttributes": {}, "activeContexts": [], "intent": intent, "originatingRequestId": turn},
    })
}
