//! Identifiers that parse instead of validate: a [`BotId`], [`SessionId`] or [`TurnId`] that exists
//! is safe to put into a storage key (no separator characters, bounded length).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a string is not a valid identifier. Carries no part of the rejected value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("{kind} is empty")]
    Empty { kind: &'static str },
    #[error("{kind} is longer than {max} characters")]
    TooLong { kind: &'static str, max: usize },
    #[error("{kind} contains a character that is not allowed")]
    BadCharacter { kind: &'static str },
}

/// Defines a string newtype checked by `allowed` on every character, with serde going through
/// the same check.
macro_rules! identifier {
    ($(#[$doc:meta])* $name:ident, $kind:literal, max = $max:literal, allowed = $allowed:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Parses `value`, refusing empty, over-long or separator-carrying strings.
            pub fn parse(value: impl Into<String>) -> Result<Self, IdError> {
                let value = value.into();
                check(&value, $kind, $max, $allowed)?;
                Ok(Self(value))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(value: String) -> Result<Self, IdError> {
                Self::parse(value)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

fn check(value: &str, kind: &'static str, max: usize, allowed: fn(char) -> bool) -> Result<(), IdError> {
    if value.is_empty() {
        return Err(IdError::Empty { kind });
    }
    if value.chars().count() > max {
        return Err(IdError::TooLong { kind, max });
    }
    if !value.chars().all(allowed) {
        return Err(IdError::BadCharacter { kind });
    }
    Ok(())
}

/// Bot ids appear in S3 keys (`bot={bot}`) and partition keys: letters, digits, `-` and `_`.
fn bot_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Session and turn ids come from the platforms (UUIDs, Lex's `[0-9a-zA-Z._:-]`, phone-gateway
/// ids): any visible ASCII except `#`, the key separator, and `/`, the path separator.
fn platform_char(c: char) -> bool {
    c.is_ascii_graphic() && c != '#' && c != '/'
}

identifier!(
    /// The deployment's name for one bot; the first part of every storage key of its data.
    BotId, "bot id", max = 64, allowed = bot_char
);
identifier!(
    /// One conversation, as the platform names it (the last segment of a Dialogflow session
    /// path, Lex's `sessionId`).
    SessionId, "session id", max = 128, allowed = platform_char
);
identifier!(
    /// One turn: the platform's response id where it has one, so a redelivered turn is stored
    /// under the same key (idempotent writes); otherwise a generated UUID.
    TurnId, "turn id", max = 128, allowed = platform_char
);

impl TurnId {
    /// A fresh random id, for platforms whose requests carry no response id.
    pub fn generate() -> Self {
        Self(uuid::Uuid::new_v4().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_platform_shaped_ids() {
        assert!(SessionId::parse("a1b2c3d4-e5f6-7890-abcd-ef1234567890").is_ok());
        assert!(SessionId::parse("us-east-1:abc.def_1").is_ok());
        assert!(BotId::parse("acme_dental-uk").is_ok());
        assert_eq!(TurnId::generate().as_str().len(), 36);
    }

    #[test]
    fn refuses_key_separators_and_bad_lengths() {
        assert_eq!(SessionId::parse("abc#def"), Err(IdError::BadCharacter { kind: "session id" }));
        assert_eq!(SessionId::parse("a/b"), Err(IdError::BadCharacter { kind: "session id" }));
        assert_eq!(BotId::parse("has space"), Err(IdError::BadCharacter { kind: "bot id" }));
        assert_eq!(BotId::parse("bot.dot"), Err(IdError::BadCharacter { kind: "bot id" }));
        assert_eq!(TurnId::parse(""), Err(IdError::Empty { kind: "turn id" }));
        assert_eq!(BotId::parse("b".repeat(65)), Err(IdError::TooLong { kind: "bot id", max: 64 }));
        assert!(BotId::parse("b".repeat(64)).is_ok());
    }

    #[test]
    fn serde_goes_through_the_same_check() {
        let ok: SessionId = serde_json::from_str("\"s-1\"").unwrap();
        assert_eq!(ok.as_str(), "s-1");
        assert!(serde_json::from_str::<SessionId>("\"s#1\"").is_err());
        assert_eq!(serde_json::to_string(&ok).unwrap(), "\"s-1\"");
    }
}
