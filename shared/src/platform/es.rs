//! Dialogflow ES (API v2): the `WebhookRequest` the agent sends and the `WebhookResponse` it
//! expects, in their JSON form.
//!
//! A turn is a missed utterance when ES matched a fallback intent (`intent.isFallback`), or the
//! default fallback's `input.unknown` action.

use super::{
    Identity, Inbound, Outcome, PlatformError, Reply, ReplyContext, last_segment, non_empty, parse_json, path_segment,
};
use crate::model::{Platform, SessionId, TurnId};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

const NAME: &str = "Dialogflow ES";

/// The context the backend keeps its session parameters in.
const SESSION_CONTEXT: &str = "chatbot-session";
/// How many turns that context lives: long enough for any conversation.
const SESSION_CONTEXT_LIFESPAN: u32 = 50;

/// The parts of an ES `WebhookRequest` the backend reads; everything else is ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WebhookRequest {
    pub response_id: Option<String>,
    pub session: Option<String>,
    pub query_result: Option<QueryResult>,
    pub original_detect_intent_request: Option<OriginalRequest>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct QueryResult {
    pub query_text: Option<String>,
    pub language_code: Option<String>,
    pub action: Option<String>,
    pub parameters: BTreeMap<String, Value>,
    pub output_contexts: Vec<Context>,
    pub intent: Option<Intent>,
    pub intent_detection_confidence: Option<f32>,
    pub sentiment_analysis_result: Option<SentimentAnalysis>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Intent {
    pub name: Option<String>,
    pub display_name: Option<String>,
    pub is_fallback: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Context {
    pub name: Option<String>,
    pub parameters: BTreeMap<String, Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SentimentAnalysis {
    pub query_text_sentiment: Option<Score>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Score {
    pub score: Option<f32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OriginalRequest {
    pub source: Option<String>,
}

/// Parses an ES webhook request and normalises it.
pub fn parse(body: &[u8]) -> Result<Inbound, PlatformError> {
    let request: WebhookRequest = parse_json(body, NAME)?;
    let session_path = request.session.as_deref().unwrap_or_default();
    if session_path.is_empty() {
        return Err(PlatformError::Missing { platform: NAME, field: "session" });
    }
    let project =
        path_segment(session_path, "projects").ok_or(PlatformError::Invalid { platform: NAME, field: "session" })?;
    let session = last_segment(session_path)
        .and_then(|s| SessionId::parse(s).ok())
        .ok_or(PlatformError::Invalid { platform: NAME, field: "session" })?;
    let result = request.query_result.ok_or(PlatformError::Missing { platform: NAME, field: "queryResult" })?;
    let intent = result.intent.unwrap_or_default();
    let action = non_empty(result.action);
    let missed = intent.is_fallback || action.as_deref() == Some("input.unknown");
    let mut session_parameters = BTreeMap::new();
    for context in &result.output_contexts {
        for (name, value) in &context.parameters {
            // ES mirrors each parameter's raw text as `name.original`; the value itself is enough.
            if !name.ends_with(".original") {
                session_parameters.insert(name.clone(), value.clone());
            }
        }
    }
    session_parameters.extend(result.parameters.iter().map(|(k, v)| (k.clone(), v.clone())));
    Ok(Inbound {
        platform: Platform::DialogflowEs,
        identity: Identity::DialogflowEs { project: project.to_owned() },
        session,
        turn: request.response_id.and_then(|id| TurnId::parse(id).ok()),
        user_text: non_empty(result.query_text),
        intent: non_empty(intent.display_name),
        confidence: result.intent_detection_confidence,
        matched: !missed,
        tag: action,
        parameters: result.parameters,
        session_parameters,
        language: non_empty(result.language_code),
        channel: request.original_detect_intent_request.and_then(|o| non_empty(o.source)),
        sentiment: result.sentiment_analysis_result.and_then(|s| s.query_text_sentiment?.score),
        context: ReplyContext::DialogflowEs { session_path: session_path.to_owned() },
    })
}

/// The ES `WebhookResponse`, built strictly: only the fields set, in the API's names.
#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WebhookResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fulfillment_text: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fulfillment_messages: Vec<Message>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub output_contexts: Vec<OutputContext>,
}

/// ES's `Intent.Message` with its `text` field set.
#[derive(Debug, Serialize, PartialEq)]
pub struct Message {
    pub text: Text,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Text {
    pub text: Vec<String>,
}

#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OutputContext {
    pub name: String,
    pub lifespan_count: u32,
    pub parameters: BTreeMap<String, Value>,
}

/// The response for `reply` in the session at `session_path`. A delegated turn answers `{}`: the
/// intent's own responses stand.
pub fn respond(reply: &Reply, session_path: &str) -> WebhookResponse {
    let speak = !reply.messages.is_empty() && reply.outcome != Outcome::Delegate;
    let output_contexts = if reply.set_parameters.is_empty() {
        Vec::new()
    } else {
        vec![OutputContext {
            name: format!("{session_path}/contexts/{SESSION_CONTEXT}"),
            lifespan_count: SESSION_CONTEXT_LIFESPAN,
            parameters: reply.set_parameters.clone(),
        }]
    };
    WebhookResponse {
        fulfillment_text: speak.then(|| reply.messages.join("\n")),
        fulfillment_messages: if speak {
            reply.messages.iter().map(|m| Message { text: Text { text: vec![m.clone()] } }).collect()
        } else {
            Vec::new()
        },
        output_contexts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(query_result: Value) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "responseId": "r-1",
            "session": "projects/acme-bot/agent/environments/live/users/u/sessions/s-1",
            "queryResult": query_result,
            "originalDetectIntentRequest": {"source": "facebook", "payload": {}}
        }))
        .unwrap()
    }

    #[test]
    fn a_request_normalises_into_a_turn() {
        let inbound = parse(&request(json!({
            "queryText": "call me on 07700 900123",
            "action": "callback.request",
            "parameters": {"phone-number": "07700 900123"},
            "outputContexts": [{"name": "x", "parameters": {"city": "Leeds", "city.original": "leeds"}}],
            "intent": {"name": "projects/acme-bot/agent/intents/1", "displayName": "callback"},
            "intentDetectionConfidence": 0.8,
            "languageCode": "en",
            "sentimentAnalysisResult": {"queryTextSentiment": {"score": 0.5}}
        })))
        .unwrap();
        assert_eq!(inbound.identity, Identity::DialogflowEs { project: "acme-bot".into() });
        assert_eq!((inbound.session.as_str(), inbound.turn.unwrap().as_str()), ("s-1", "r-1"));
        assert_eq!(inbound.intent.as_deref(), Some("callback"));
        assert_eq!(inbound.tag.as_deref(), Some("callback.request"));
        assert_eq!(inbound.channel.as_deref(), Some("facebook"));
        assert_eq!((inbound.confidence, inbound.sentiment), (Some(0.8), Some(0.5)));
        assert_eq!(inbound.session_parameters["city"], json!("Leeds"));
        assert!(!inbound.session_parameters.contains_key("city.original"));
        assert!(inbound.matched);
    }

    #[test]
    fn fallback_intents_are_missed_utterances() {
        let by_flag = request(
            json!({"queryText": "qwerty", "intent": {"displayName": "Default Fallback Intent", "isFallback": true}}),
        );
        assert!(!parse(&by_flag).unwrap().matched);
        let by_action = request(json!({"queryText": "qwerty", "action": "input.unknown"}));
        assert!(!parse(&by_action).unwrap().matched);
    }

    #[test]
    fn a_request_without_session_or_query_result_is_refused() {
        assert_eq!(parse(b"{}").unwrap_err(), PlatformError::Missing { platform: NAME, field: "session" });
        let body = br#"{"session": "projects/p/agent/sessions/s"}"#;
        assert_eq!(parse(body).unwrap_err(), PlatformError::Missing { platform: NAME, field: "queryResult" });
    }

    #[test]
    fn responses_have_the_exact_api_shape() {
        let reply = Reply {
            messages: vec!["Thanks!".into()],
            set_parameters: BTreeMap::from([("lead_sent".into(), json!(true))]),
            outcome: Outcome::Fulfilled,
            target: None,
        };
        assert_eq!(
            serde_json::to_value(respond(&reply, "projects/p/agent/sessions/s")).unwrap(),
            json!({
                "fulfillmentText": "Thanks!",
                "fulfillmentMessages": [{"text": {"text": ["Thanks!"]}}],
                "outputContexts": [{
                    "name": "projects/p/agent/sessions/s/contexts/chatbot-session",
                    "lifespanCount": 50,
                    "parameters": {"lead_sent": true}
                }]
            })
        );
        assert_eq!(serde_json::to_value(respond(&Reply::default(), "s")).unwrap(), json!({}));
    }
}
