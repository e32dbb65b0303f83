//! [`Turn`]: one user message and the bot's answer, as it is queued, stored and reported.

use super::{BotId, Day, SessionId, TimeZone, Timestamp, TurnId};
use serde::{Deserialize, Serialize};
use std::{collections::BTreeMap, fmt, net::IpAddr};

/// The NLU platform a turn came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    DialogflowCx,
    DialogflowEs,
    LexV2,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DialogflowCx => "dialogflow_cx",
            Self::DialogflowEs => "dialogflow_es",
            Self::LexV2 => "lex_v2",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Self::DialogflowCx, Self::DialogflowEs, Self::LexV2].into_iter().find(|p| p.as_str() == name)
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a stored item records: a turn of the conversation, or an event from the chat widget
/// (feedback, a card chosen, the session's browser) that reports count but not as a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TurnKind {
    #[default]
    Message,
    Widget,
}

impl TurnKind {
    pub fn is_message(&self) -> bool {
        *self == Self::Message
    }
}

/// Text that has been through redaction: only redacted text is queued or stored.
///
/// The redaction engine makes these; the constructor exists for text that was redacted before it
/// reached this process (a queued envelope, an item read back from the store), and the logger
/// redacts again anyway.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RedactedText(String);

impl RedactedText {
    /// Wraps text that already went through redaction upstream.
    pub fn from_redacted(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Thumbs up or down from the chat widget or a feedback intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Up,
    Down,
}

/// A user's verdict on an answer, with an optional (redacted) comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub rating: Rating,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<RedactedText>,
}

/// Browser and OS family with major version ("Firefox 128", "iOS 17"), never the raw header.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UserAgent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub browser: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
}

/// One user message and the bot's answer. Free text and parameter values are redacted; the IP
/// and user agent are what the bot's data policy allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub bot: BotId,
    pub session: SessionId,
    pub turn: TurnId,
    /// When the user spoke (UTC, milliseconds).
    pub at: Timestamp,
    /// The calendar day of `at` in the bot's time zone: the partition the turn is stored under
    /// and the report it counts towards.
    pub day: Day,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "TurnKind::is_message")]
    pub kind: TurnKind,
    /// Where the user spoke: web widget, telephony, a messenger, Lex's input mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_text: Option<RedactedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_text: Option<RedactedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    /// False for a missed utterance (no-match, fallback intent).
    pub matched: bool,
    /// The fulfilment tag the platform asked for (CX tag, ES action, Lex invocation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Parameters and slots, personal values removed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parameters: BTreeMap<String, RedactedText>,
    /// The response card or button the user chose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<Feedback>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<UserAgent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<IpAddr>,
    /// Sentiment score from -1 (negative) to 1 (positive), where the platform gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<f32>,
    /// How many values of each entity type (`EMAIL`, `PHONE`, ...) were redacted.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub redactions: BTreeMap<String, u32>,
    /// Keyed hashes of the email addresses and phone numbers redacted from the turn
    /// (`shared::subject`): how a data subject's turns are found for erasure. Never the values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<String>,
    /// When the turn must be gone (epoch seconds): DynamoDB's TTL attribute.
    pub expires_at: i64,
}

impl Turn {
    /// A matched turn with every optional field empty, stored under `at`'s day in `tz`; callers
    /// fill in what the platform gave and set `expires_at` from the bot's data policy.
    pub fn new(bot: BotId, session: SessionId, turn: TurnId, at: Timestamp, tz: TimeZone, platform: Platform) -> Self {
        Self {
            bot,
            session,
            turn,
            at,
            day: Day::of(at, tz),
            platform,
            kind: TurnKind::Message,
            channel: None,
            language: None,
            user_text: None,
            bot_text: None,
            intent: None,
            confidence: None,
            matched: true,
            tag: None,
            parameters: BTreeMap::new(),
            card: None,
            feedback: None,
            user_agent: None,
            ip: None,
            sentiment: None,
            redactions: BTreeMap::new(),
            subjects: Vec::new(),
            expires_at: 0,
        }
    }

    /// Whether the turn is past its retention at `now`, whether or not a store has deleted it.
    pub fn is_expired(&self, now: Timestamp) -> bool {
        self.expires_at <= now.seconds()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turn_json_round_trips_and_omits_empty_fields() {
        let at = Timestamp::from_millis(1_780_000_000_000).unwrap();
        let mut turn = Turn::new(
            BotId::parse("bot").unwrap(),
            SessionId::parse("s1").unwrap(),
            TurnId::parse("t1").unwrap(),
            at,
            TimeZone::LONDON,
            Platform::LexV2,
        );
        turn.feedback = Some(Feedback { rating: Rating::Down, comment: None });
        turn.ip = Some("203.0.113.0".parse().unwrap());
        let json = serde_json::to_value(&turn).unwrap();
        assert_eq!(json["platform"], "lex_v2");
        assert_eq!(json["feedback"]["rating"], "down");
        assert!(json.get("user_text").is_none());
        assert_eq!(serde_json::from_value::<Turn>(json).unwrap(), turn);
    }

    #[test]
    fn platforms_have_stable_names() {
        for p in [Platform::DialogflowCx, Platform::DialogflowEs, Platform::LexV2] {
            assert_eq!(Platform::parse(p.as_str()), Some(p));
            assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
        }
        assert_eq!(Platform::parse("alexa"), None);
    }
}
