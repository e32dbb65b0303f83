//! Platform adapters: one serde model per NLU platform, because Dialogflow CX, Dialogflow ES and
//! Lex V2 are different shapes.
//!
//! Each adapter parses its platform's webhook request **leniently** (the platforms add fields
//! without notice, so unknown fields are ignored and optional ones default) into an [`Inbound`]
//! turn, and builds its response **strictly** from a platform-neutral [`Reply`]: only fields the
//! specification defines, camelCase, enums as their string names.
//!
//! An [`Inbound`] still carries the user's raw words: it lives only for the request, and only
//! redacted text leaves it (see `fulfil::record`).

pub mod cx;
pub mod es;
pub mod lex;
mod value;

pub use value::{display_value, leaf_strings};

use crate::model::{Platform, SessionId, TurnId};
use serde_json::Value;
use std::collections::BTreeMap;

/// Which bot a request is for, in the platform's own terms; the bot config maps it to a bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// The agent id from the CX session path.
    DialogflowCx { agent: String },
    /// The Google Cloud project id from the ES session path.
    DialogflowEs { project: String },
    /// The Lex bot id and the alias it was called through.
    LexV2 { bot: String, alias: String },
}

/// One platform request, normalised. Holds the user's raw text and parameter values: it is never
/// stored, queued or logged as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Inbound {
    pub platform: Platform,
    pub identity: Identity,
    pub session: SessionId,
    /// The platform's id for this turn (CX/ES response id, Lex originating request id).
    pub turn: Option<TurnId>,
    pub user_text: Option<String>,
    pub intent: Option<String>,
    pub confidence: Option<f32>,
    /// False for a missed utterance: CX no-match, ES fallback intent, Lex `FallbackIntent`.
    pub matched: bool,
    /// The fulfilment tag: CX tag, ES action, Lex invocation source (and label).
    pub tag: Option<String>,
    /// Parameters or slots the NLU extracted for this turn.
    pub parameters: BTreeMap<String, Value>,
    /// Everything a reply template may use: session parameters, then this turn's parameters.
    pub session_parameters: BTreeMap<String, Value>,
    pub language: Option<String>,
    pub channel: Option<String>,
    /// -1 (negative) to 1 (positive).
    pub sentiment: Option<f32>,
    /// What the platform's response must echo back.
    pub context: ReplyContext,
}

/// The parts of a request that its response repeats.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplyContext {
    DialogflowCx,
    /// The session path, which names the contexts the response sets.
    DialogflowEs {
        session_path: String,
    },
    /// The intent as Lex sent it, the session attributes, and which code hook was called.
    LexV2(lex::Echo),
}

impl ReplyContext {
    /// The platform's JSON response for `reply`.
    pub fn respond(&self, reply: &Reply) -> Value {
        let response = match self {
            Self::DialogflowCx => serde_json::to_value(cx::respond(reply)),
            Self::DialogflowEs { session_path } => serde_json::to_value(es::respond(reply, session_path)),
            Self::LexV2(echo) => serde_json::to_value(lex::respond(reply, echo)),
        };
        // The response types hold only strings, numbers and maps with string keys.
        response.unwrap_or_else(|_| Value::Object(Default::default()))
    }
}

/// What the bot answers, before it is put in a platform's shape.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reply {
    pub messages: Vec<String>,
    /// Session parameters to set (CX session parameters, ES context parameters, Lex session
    /// attributes).
    pub set_parameters: BTreeMap<String, Value>,
    pub outcome: Outcome,
    /// Where a CX conversation goes next; ignored by the other platforms.
    pub target: Option<Target>,
}

/// How the turn ends, which decides the platform's dialog action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Outcome {
    /// Nothing to do here: the platform carries on with its own configuration.
    #[default]
    Delegate,
    /// The request was fulfilled.
    Fulfilled,
    /// The request could not be fulfilled; the messages apologise.
    Failed,
    /// The utterance was not understood; the messages ask again.
    Fallback,
}

/// A CX transition target: a page or a flow, never both (the API refuses both).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    Page(String),
    Flow(String),
}

/// Why a request body is not the platform's request. Never quotes the body: it holds chat text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlatformError {
    #[error("the body is not valid JSON (line {line}, column {column})")]
    Json { line: usize, column: usize },
    #[error("the body is not a {platform} request (line {line}, column {column})")]
    Shape { platform: &'static str, line: usize, column: usize },
    #[error("the {platform} request has no {field}")]
    Missing { platform: &'static str, field: &'static str },
    #[error("the {platform} request's {field} is not usable")]
    Invalid { platform: &'static str, field: &'static str },
}

/// Parses `body` as `T`, mapping serde's error to one that names a position but no content.
pub(crate) fn parse_json<'a, T: serde::Deserialize<'a>>(
    body: &'a [u8],
    platform: &'static str,
) -> Result<T, PlatformError> {
    serde_json::from_slice(body).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        match e.classify() {
            serde_json::error::Category::Data => PlatformError::Shape { platform, line, column },
            _ => PlatformError::Json { line, column },
        }
    })
}

/// The segment after `marker` in a resource path such as `projects/p/agent/sessions/s`.
pub(crate) fn path_segment<'a>(path: &'a str, marker: &str) -> Option<&'a str> {
    let mut parts = path.split('/');
    while let Some(part) = parts.next() {
        if part == marker {
            return parts.next().filter(|s| !s.is_empty());
        }
    }
    None
}

/// The last segment of a session path: the session id.
pub(crate) fn last_segment(path: &str) -> Option<&str> {
    path.rsplit('/').next().filter(|s| !s.is_empty())
}

/// A text without surrounding whitespace, or nothing if that leaves it empty.
pub(crate) fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_found_by_their_marker() {
        let path = "projects/p1/locations/europe-west2/agents/a-1/environments/draft/sessions/s-9";
        assert_eq!(path_segment(path, "agents"), Some("a-1"));
        assert_eq!(path_segment(path, "projects"), Some("p1"));
        assert_eq!(path_segment(path, "flows"), None);
        assert_eq!(last_segment(path), Some("s-9"));
        assert_eq!(last_segment("projects/p/agent/sessions/"), None);
    }

    #[test]
    fn json_errors_name_a_position_and_never_the_content() {
        let err = parse_json::<Value>(b"{\"text\": \"jane@example.com\"", "Dialogflow CX").unwrap_err();
        assert!(matches!(err, PlatformError::Json { line: 1, .. }));
        assert!(!err.to_string().contains("jane"));
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Shape {
            n: u32,
        }
        let err = parse_json::<Shape>(br#"{"n": "jane@example.com"}"#, "Dialogflow CX").unwrap_err();
        assert!(matches!(err, PlatformError::Shape { .. }));
        assert!(!err.to_string().contains("jane"));
    }
}
