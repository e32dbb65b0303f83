//! Dialogflow CX (API v3): the `WebhookRequest` the agent sends and the `WebhookResponse` it
//! expects, in their JSON form.
//!
//! A turn is a missed utterance when the webhook was called for a no-match event (a
//! `sys.no-match-*` trigger event) or from a handler whose tag follows the no-match convention:
//! a tag of `no-match`, or starting with `no-match-` or `no-match.`.

use super::{
    Identity, Inbound, Outcome, PlatformError, Reply, ReplyContext, Target, last_segment, non_empty, parse_json,
    path_segment,
};
use crate::model::{Platform, SessionId, TurnId};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

const NAME: &str = "Dialogflow CX";

/// The parts of a CX `WebhookRequest` the backend reads; everything else is ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WebhookRequest {
    pub detect_intent_response_id: Option<String>,
    pub intent_info: Option<IntentInfo>,
    pub page_info: Option<Value>,
    pub session_info: Option<SessionInfo>,
    pub fulfillment_info: Option<FulfillmentInfo>,
    pub payload: Option<Map<String, Value>>,
    pub sentiment_analysis_result: Option<Sentiment>,
    pub text: Option<String>,
    pub transcript: Option<String>,
    pub trigger_intent: Option<String>,
    pub trigger_event: Option<String>,
    pub dtmf_digits: Option<String>,
    pub language_code: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct IntentInfo {
    pub last_matched_intent: Option<String>,
    pub display_name: Option<String>,
    pub parameters: BTreeMap<String, IntentParameter>,
    pub confidence: Option<f32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct IntentParameter {
    pub original_value: Option<String>,
    pub resolved_value: Value,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SessionInfo {
    pub session: Option<String>,
    pub parameters: BTreeMap<String, Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FulfillmentInfo {
    pub tag: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Sentiment {
    pub score: Option<f32>,
}

/// Parses a CX webhook request and normalises it.
pub fn parse(body: &[u8]) -> Result<Inbound, PlatformError> {
    let request: WebhookRequest = parse_json(body, NAME)?;
    normalise(request)
}

fn normalise(request: WebhookRequest) -> Result<Inbound, PlatformError> {
    let SessionInfo { session: session_path, parameters: session_parameters } =
        request.session_info.unwrap_or_default();
    let session_path =
        non_empty(session_path).ok_or(PlatformError::Missing { platform: NAME, field: "sessionInfo.session" })?;
    let invalid = PlatformError::Invalid { platform: NAME, field: "sessionInfo.session" };
    let agent = path_segment(&session_path, "agents").ok_or(invalid.clone())?;
    let session = last_segment(&session_path).and_then(|s| SessionId::parse(s).ok()).ok_or(invalid)?;
    let tag = request.fulfillment_info.and_then(|f| non_empty(f.tag));
    let no_match_event = request.trigger_event.as_deref().is_some_and(|e| e.starts_with("sys.no-match"));
    let no_match_tag = tag.as_deref().is_some_and(is_no_match_tag);
    let (intent, confidence, mut parameters) = match request.intent_info {
        Some(info) => {
            let params = info.parameters.into_iter().map(|(k, p)| (k, resolved(p))).collect();
            (non_empty(info.display_name), info.confidence, params)
        }
        None => (None, None, BTreeMap::new()),
    };
    for (name, value) in &session_parameters {
        parameters.entry(name.clone()).or_insert_with(|| value.clone());
    }
    let mut template_parameters = session_parameters;
    template_parameters.extend(parameters.iter().map(|(k, v)| (k.clone(), v.clone())));
    Ok(Inbound {
        platform: Platform::DialogflowCx,
        identity: Identity::DialogflowCx { agent: agent.to_owned() },
        session,
        turn: request.detect_intent_response_id.and_then(|id| TurnId::parse(id).ok()),
        user_text: non_empty(request.text).or(non_empty(request.transcript)),
        intent,
        confidence,
        matched: !(no_match_event || no_match_tag),
        tag,
        parameters,
        session_parameters: template_parameters,
        language: non_empty(request.language_code),
        channel: request.payload.as_ref().and_then(channel),
        sentiment: request.sentiment_analysis_result.and_then(|s| s.score),
        context: ReplyContext::DialogflowCx,
    })
}

fn resolved(parameter: IntentParameter) -> Value {
    match (parameter.resolved_value, parameter.original_value) {
        (Value::Null, Some(original)) => Value::String(original),
        (value, _) => value,
    }
}

/// The no-match tag convention (documented in the README).
fn is_no_match_tag(tag: &str) -> bool {
    tag == "no-match" || tag.starts_with("no-match-") || tag.starts_with("no-match.")
}

/// Telephony when the telephony gateway's payload is there, else a `channel` or `source` the
/// integration put into the payload.
fn channel(payload: &Map<String, Value>) -> Option<String> {
    if payload.contains_key("telephony") {
        return Some("telephony".to_owned());
    }
    ["channel", "source"].iter().find_map(|k| payload.get(*k)?.as_str()).map(str::to_owned)
}

/// The CX `WebhookResponse`, built strictly: only the fields set, in the API's names.
#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WebhookResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fulfillment_response: Option<FulfillmentResponse>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_info: Option<ResponseSessionInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_page: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_flow: Option<String>,
}

#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FulfillmentResponse {
    pub messages: Vec<ResponseMessage>,
    pub merge_behavior: MergeBehavior,
}

/// CX's `ResponseMessage` with its `text` field set.
#[derive(Debug, Serialize, PartialEq)]
pub struct ResponseMessage {
    pub text: Text,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Text {
    pub text: Vec<String>,
}

#[derive(Debug, Serialize, PartialEq, Clone, Copy)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MergeBehavior {
    Append,
    Replace,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct ResponseSessionInfo {
    pub parameters: BTreeMap<String, Value>,
}

/// The response for `reply`. A delegated turn answers `{}`: the agent's own fulfilment stands.
pub fn respond(reply: &Reply) -> WebhookResponse {
    let fulfillment_response =
        (!reply.messages.is_empty() && reply.outcome != Outcome::Delegate).then(|| FulfillmentResponse {
            messages: reply.messages.iter().map(|m| ResponseMessage { text: Text { text: vec![m.clone()] } }).collect(),
            merge_behavior: MergeBehavior::Replace,
        });
    let session_info =
        (!reply.set_parameters.is_empty()).then(|| ResponseSessionInfo { parameters: reply.set_parameters.clone() });
    let (target_page, target_flow) = match &reply.target {
        Some(Target::Page(page)) => (Some(page.clone()), None),
        Some(Target::Flow(flow)) => (None, Some(flow.clone())),
        None => (None, None),
    };
    WebhookResponse { fulfillment_response, session_info, target_page, target_flow }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(extra: Value) -> Vec<u8> {
        let mut base = json!({
            "detectIntentResponseId": "resp-1",
            "sessionInfo": {"session": "projects/p/locations/europe-west2/agents/agent-7/sessions/sess-1", "parameters": {"party": 4}},
            "fulfillmentInfo": {"tag": "book"},
            "text": "table for four",
            "languageCode": "en-gb"
        });
        base.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        serde_json::to_vec(&base).unwrap()
    }

    #[test]
    fn a_request_normalises_into_a_turn() {
        let body = request(json!({
            "intentInfo": {"displayName": "book.table", "confidence": 0.93, "parameters": {"name": {"originalValue": "Jane", "resolvedValue": {"name": "Jane"}}}},
            "sentimentAnalysisResult": {"score": -0.4, "magnitude": 0.4},
            "payload": {"telephony": {"caller_id": "+447700900123"}},
            "someFutureField": {"x": 1}
        }));
        let inbound = parse(&body).unwrap();
        assert_eq!(inbound.identity, Identity::DialogflowCx { agent: "agent-7".into() });
        assert_eq!(inbound.session.as_str(), "sess-1");
        assert_eq!(inbound.turn.unwrap().as_str(), "resp-1");
        assert_eq!(inbound.user_text.as_deref(), Some("table for four"));
        assert_eq!((inbound.intent.as_deref(), inbound.confidence), (Some("book.table"), Some(0.93)));
        assert_eq!(inbound.tag.as_deref(), Some("book"));
        assert_eq!(inbound.parameters["name"], json!({"name": "Jane"}));
        assert_eq!(inbound.parameters["party"], json!(4));
        assert_eq!(inbound.channel.as_deref(), Some("telephony"));
        assert_eq!(inbound.sentiment, Some(-0.4));
        assert!(inbound.matched);
    }

    #[test]
    fn speech_uses_the_transcript() {
        let body = request(json!({"text": null, "transcript": "hello there"}));
        assert_eq!(parse(&body).unwrap().user_text.as_deref(), Some("hello there"));
    }

    #[test]
    fn no_match_events_and_tags_are_missed_utterances() {
        assert!(!parse(&request(json!({"triggerEvent": "sys.no-match-default"}))).unwrap().matched);
        assert!(!parse(&request(json!({"fulfillmentInfo": {"tag": "no-match-2"}}))).unwrap().matched);
        assert!(parse(&request(json!({"fulfillmentInfo": {"tag": "no-matchless"}}))).unwrap().matched);
    }

    #[test]
    fn a_request_without_a_usable_session_is_refused() {
        let err = parse(br#"{"text": "hi"}"#).unwrap_err();
        assert_eq!(err, PlatformError::Missing { platform: NAME, field: "sessionInfo.session" });
        let err = parse(&request(json!({"sessionInfo": {"session": "projects/p/agent/sessions/s"}}))).unwrap_err();
        assert_eq!(err, PlatformError::Invalid { platform: NAME, field: "sessionInfo.session" });
        assert!(matches!(parse(&request(json!({"text": 5}))), Err(PlatformError::Shape { .. })));
    }

    #[test]
    fn responses_have_the_exact_api_shape() {
        let reply = Reply {
            messages: vec!["Booked.".into(), "See you soon.".into()],
            set_parameters: BTreeMap::from([("booked".into(), json!(true))]),
            outcome: Outcome::Fulfilled,
            target: Some(Target::Page("projects/p/locations/l/agents/a/flows/f/pages/done".into())),
        };
        assert_eq!(
            serde_json::to_value(respond(&reply)).unwrap(),
            json!({
                "fulfillmentResponse": {
                    "messages": [{"text": {"text": ["Booked."]}}, {"text": {"text": ["See you soon."]}}],
                    "mergeBehavior": "REPLACE"
                },
                "sessionInfo": {"parameters": {"booked": true}},
                "targetPage": "projects/p/locations/l/agents/a/flows/f/pages/done"
            })
        );
        assert_eq!(serde_json::to_value(respond(&Reply::default())).unwrap(), json!({}));
    }
}
