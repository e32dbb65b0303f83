//! The queue message body: a versioned JSON envelope around one turn,
//! `{"v": 1, "turn": {...}}`. The version is read first, so a message from a newer producer is
//! refused as such instead of being half-understood.

use crate::model::Turn;
use serde::{Deserialize, Serialize};

/// The envelope version this code writes and reads.
pub const ENVELOPE_VERSION: u32 = 1;

/// Why a message body is not a turn. Never carries the body or a part of it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("message body is not a JSON envelope (line {line}, column {column})")]
    Malformed { line: usize, column: usize },
    #[error("envelope version {0} is not supported (expected {ENVELOPE_VERSION})")]
    UnsupportedVersion(u64),
    #[error("envelope holds no valid turn (line {line}, column {column})")]
    BadTurn { line: usize, column: usize },
}

#[derive(Serialize)]
struct Outgoing<'a> {
    v: u32,
    turn: &'a Turn,
}

#[derive(Deserialize)]
struct Version {
    v: u64,
}

#[derive(Deserialize)]
struct Incoming {
    turn: Turn,
}

pub fn encode_envelope(turn: &Turn) -> String {
    serde_json::to_string(&Outgoing { v: ENVELOPE_VERSION, turn })
        .unwrap_or_else(|_| unreachable!("a Turn has only string keys and finite values"))
}

pub fn decode_envelope(body: &str) -> Result<Turn, EnvelopeError> {
    let version: Version =
        serde_json::from_str(body).map_err(|e| EnvelopeError::Malformed { line: e.line(), column: e.column() })?;
    if version.v != u64::from(ENVELOPE_VERSION) {
        return Err(EnvelopeError::UnsupportedVersion(version.v));
    }
    let incoming: Incoming =
        serde_json::from_str(body).map_err(|e| EnvelopeError::BadTurn { line: e.line(), column: e.column() })?;
    Ok(incoming.turn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BotId, Platform, RedactedText, SessionId, TimeZone, Timestamp, TurnId};

    fn turn() -> Turn {
        let mut t = Turn::new(
            BotId::parse("b").unwrap(),
            SessionId::parse("s").unwrap(),
            TurnId::parse("t").unwrap(),
            Timestamp::from_millis(1_780_000_000_000).unwrap(),
            TimeZone::LONDON,
            Platform::DialogflowEs,
        );
        t.user_text = Some(RedactedText::from_redacted("my email is [EMAIL]"));
        t
    }

    #[test]
    fn round_trips_with_its_version() {
        let body = encode_envelope(&turn());
        assert!(body.starts_with(r#"{"v":1,"turn":{"#));
        assert_eq!(decode_envelope(&body), Ok(turn()));
    }

    #[test]
    fn refuses_other_versions_garbage_and_bad_turns_without_echoing_them() {
        let newer = encode_envelope(&turn()).replacen(r#""v":1"#, r#""v":2"#, 1);
        assert_eq!(decode_envelope(&newer), Err(EnvelopeError::UnsupportedVersion(2)));
        assert!(matches!(decode_envelope("secret@example.com"), Err(EnvelopeError::Malformed { .. })));
        let bad = decode_envelope(r#"{"v":1,"turn":{"bot":"secret@example.com"}}"#).unwrap_err();
        assert!(matches!(bad, EnvelopeError::BadTurn { .. }));
        assert!(!bad.to_string().contains("secret"));
    }
}
