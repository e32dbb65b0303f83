//! The domain model: one [`Turn`] is one user message and the bot's answer, keyed by the
//! identifiers of its bot, session and turn, and stored under the calendar [`Day`] it happened on
//! in the bot's time zone.

mod ids;
mod time;
mod turn;
mod user_agent;

pub use ids::{BotId, IdError, SessionId, TurnId};
pub use time::{Day, DayError, DayRange, Month, TimeZone, Timestamp};
pub use turn::{Feedback, Platform, Rating, RedactedText, Turn, TurnKind, UserAgent};
