//! Amazon Lex V2: the Lambda input event and the response Lex expects back.
//!
//! A turn is a missed utterance when Lex routed it to the built-in `FallbackIntent`. The tag is
//! the invocation source, with the invocation label after a colon when the bot set one
//! (`FulfillmentCodeHook:send-lead`).

use super::{Identity, Inbound, Outcome, PlatformError, Reply, ReplyContext, display_value, non_empty, parse_json};
use crate::model::{Platform, SessionId, TurnId};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

const NAME: &str = "Lex V2";
/// Lex's built-in intent for utterances no other intent matched.
pub const FALLBACK_INTENT: &str = "FallbackIntent";
/// The code hook called to fulfil an intent (the other is the dialog code hook).
pub const FULFILLMENT_CODE_HOOK: &str = "FulfillmentCodeHook";

/// The parts of a Lex V2 event the backend reads; everything else is ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct LexEvent {
    pub message_version: Option<String>,
    pub invocation_source: Option<String>,
    pub input_mode: Option<String>,
    pub session_id: Option<String>,
    pub input_transcript: Option<String>,
    pub invocation_label: Option<String>,
    pub bot: Option<Bot>,
    pub interpretations: Vec<Interpretation>,
    pub session_state: Option<SessionState>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Bot {
    pub id: Option<String>,
    pub alias_id: Option<String>,
    pub locale_id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Interpretation {
    pub intent: Option<IntentName>,
    pub nlu_confidence: Option<Confidence>,
    pub sentiment_response: Option<SentimentResponse>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IntentName {
    pub name: Option<String>,
}

/// Documented as a number; older events wrap it as `{"score": n}`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Confidence {
    Number(f32),
    Wrapped { score: f32 },
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SentimentResponse {
    pub sentiment_score: Option<SentimentScore>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SentimentScore {
    pub positive: f32,
    pub negative: f32,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SessionState {
    pub session_attributes: BTreeMap<String, String>,
    /// Kept as JSON: the response repeats it.
    pub intent: Option<Map<String, Value>>,
    pub originating_request_id: Option<String>,
}

/// What a Lex response repeats from the event.
#[derive(Debug, Clone, PartialEq)]
pub struct Echo {
    intent: Map<String, Value>,
    session_attributes: BTreeMap<String, String>,
    fulfilment: bool,
}

/// Parses a Lex V2 event and normalises it.
pub fn parse(body: &[u8]) -> Result<Inbound, PlatformError> {
    let event: LexEvent = parse_json(body, NAME)?;
    let session = event.session_id.as_deref().ok_or(PlatformError::Missing { platform: NAME, field: "sessionId" })?;
    let session =
        SessionId::parse(session).map_err(|_| PlatformError::Invalid { platform: NAME, field: "sessionId" })?;
    let bot = event.bot.unwrap_or_default();
    let bot_id = non_empty(bot.id).ok_or(PlatformError::Missing { platform: NAME, field: "bot.id" })?;
    let source = non_empty(event.invocation_source)
        .ok_or(PlatformError::Missing { platform: NAME, field: "invocationSource" })?;
    let state = event.session_state.unwrap_or_default();
    let intent = state.intent.unwrap_or_default();
    let intent_name = intent.get("name").and_then(Value::as_str).map(str::to_owned);
    let interpretation = event
        .interpretations
        .iter()
        .find(|i| i.intent.as_ref().and_then(|n| n.name.as_deref()) == intent_name.as_deref());
    let parameters = slots(&intent);
    let mut session_parameters: BTreeMap<String, Value> =
        state.session_attributes.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();
    session_parameters.extend(parameters.iter().map(|(k, v)| (k.clone(), v.clone())));
    let tag = match non_empty(event.invocation_label) {
        Some(label) => format!("{source}:{label}"),
        None => source.clone(),
    };
    Ok(Inbound {
        platform: Platform::LexV2,
        identity: Identity::LexV2 { bot: bot_id, alias: non_empty(bot.alias_id).unwrap_or_default() },
        session,
        turn: state.originating_request_id.and_then(|id| TurnId::parse(id).ok()),
        user_text: non_empty(event.input_transcript),
        matched: intent_name.as_deref() != Some(FALLBACK_INTENT),
        intent: intent_name,
        confidence: interpretation.and_then(|i| match i.nlu_confidence.as_ref()? {
            Confidence::Number(n) | Confidence::Wrapped { score: n } => Some(*n),
        }),
        tag: Some(tag),
        parameters,
        session_parameters,
        language: non_empty(bot.locale_id),
        channel: non_empty(event.input_mode).map(|m| m.to_ascii_lowercase()),
        sentiment: interpretation
            .and_then(|i| i.sentiment_response.as_ref()?.sentiment_score.as_ref())
            .map(|s| s.positive - s.negative),
        context: ReplyContext::LexV2(Echo {
            intent,
            session_attributes: state.session_attributes,
            fulfilment: source == FULFILLMENT_CODE_HOOK,
        }),
    })
}

/// The filled slots: a scalar slot's interpreted value (else the original), a list slot's values.
fn slots(intent: &Map<String, Value>) -> BTreeMap<String, Value> {
    let Some(slots) = intent.get("slots").and_then(Value::as_object) else { return BTreeMap::new() };
    slots.iter().filter_map(|(name, slot)| Some((name.clone(), slot_value(slot)?))).collect()
}

fn slot_value(slot: &Value) -> Option<Value> {
    if let Some(values) = slot.get("values").and_then(Value::as_array).filter(|v| !v.is_empty()) {
        return Some(Value::Array(values.iter().filter_map(slot_value).collect()));
    }
    let value = slot.get("value")?;
    value.get("interpretedValue").or_else(|| value.get("originalValue")).filter(|v| v.is_string()).cloned()
}

/// The Lex V2 response, built strictly: `dialogAction.type` always present, session attribute
/// values always strings.
#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LexResponse {
    pub session_state: ResponseSessionState,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<Message>,
}

#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ResponseSessionState {
    pub session_attributes: BTreeMap<String, String>,
    pub dialog_action: DialogAction,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intent: Option<Map<String, Value>>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct DialogAction {
    #[serde(rename = "type")]
    pub kind: DialogActionType,
}

#[derive(Debug, Serialize, PartialEq, Clone, Copy)]
pub enum DialogActionType {
    Close,
    Delegate,
    ElicitIntent,
}

#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    pub content_type: ContentType,
    pub content: String,
}

#[derive(Debug, Serialize, PartialEq, Clone, Copy)]
pub enum ContentType {
    PlainText,
}

/// The response for `reply`: a fulfilled or failed turn closes the intent, a fallback asks for
/// a new intent, anything else hands the dialog back to Lex.
pub fn respond(reply: &Reply, echo: &Echo) -> LexResponse {
    let mut session_attributes = echo.session_attributes.clone();
    for (name, value) in &reply.set_parameters {
        let text = if value.is_string() { display_value(value) } else { value.to_string() };
        session_attributes.insert(name.clone(), text);
    }
    let (kind, state) = match reply.outcome {
        Outcome::Fulfilled => (DialogActionType::Close, Some("Fulfilled")),
        Outcome::Failed => (DialogActionType::Close, Some("Failed")),
        Outcome::Fallback => (DialogActionType::ElicitIntent, None),
        Outcome::Delegate => (DialogActionType::Delegate, None),
    };
    let intent = match (kind, state) {
        (DialogActionType::ElicitIntent, _) => None,
        (_, state) => Some(echo_intent(&echo.intent, state)),
    };
    let messages = if kind == DialogActionType::Delegate {
        Vec::new()
    } else {
        reply.messages.iter().map(|m| Message { content_type: ContentType::PlainText, content: m.clone() }).collect()
    };
    LexResponse {
        session_state: ResponseSessionState { session_attributes, dialog_action: DialogAction { kind }, intent },
        messages,
    }
}

/// The event's intent with only the fields a response may carry, and the new state if any.
fn echo_intent(intent: &Map<String, Value>, state: Option<&str>) -> Map<String, Value> {
    let mut out: Map<String, Value> = ["name", "slots", "state", "confirmationState"]
        .iter()
        .filter_map(|k| Some(((*k).to_owned(), intent.get(*k)?.clone())))
        .collect();
    if let Some(state) = state {
        out.insert("state".to_owned(), Value::String(state.to_owned()));
    }
    out
}

impl Echo {
    /// Whether Lex called the fulfilment code hook (the intent is ready to be fulfilled), not
    /// the dialog code hook (slots are still being elicited).
    pub fn is_fulfilment(&self) -> bool {
        self.fulfilment
    }
}

#[cfg(test)]
mod tests;
