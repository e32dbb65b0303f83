//! The report documents as written to S3: the [`DailyReport`] (kept a year) and the
//! [`MonthlyAggregate`] (counts and rates only, kept). Both carry a `schema_version`; the README
//! documents every field. A change that removes or re-means a field raises the version.

use crate::model::{BotId, Day, Month};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the daily report and monthly aggregate documents this code writes.
pub const SCHEMA_VERSION: u32 = 1;

/// One bot's day: what its users asked, what it missed, what they thought of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DailyReport {
    pub schema_version: u32,
    pub bot: BotId,
    pub date: Day,
    /// The bot's time zone: the day's boundaries and `turns_by_hour` are in it.
    pub time_zone: String,
    /// Sessions with at least one turn on the day.
    pub sessions: u64,
    /// Turns (user messages and the bot's answers); chat-widget events are not turns.
    pub turns: u64,
    pub turns_per_session: TurnsPerSession,
    pub session_duration_seconds: Duration,
    pub intents: Ranking,
    pub fallback: Fallback,
    /// Missed utterances, redacted, grouped after normalisation (lower case, punctuation dropped,
    /// whitespace collapsed; placeholders such as `[EMAIL]` kept).
    pub missed_utterances: Ranking,
    pub feedback: FeedbackCounts,
    /// Response cards and buttons chosen.
    pub cards: Ranking,
    /// Turns per platform; every platform is listed, with 0 when it had none.
    pub platforms: BTreeMap<String, u64>,
    /// Turns per channel (`unknown` when the platform gave none).
    pub channels: Ranking,
    /// Sessions per browser family and major version (`unknown` when not collected).
    pub browsers: Ranking,
    /// Sessions per OS family and major version (`unknown` when not collected).
    pub operating_systems: Ranking,
    /// Turns in each hour of the local day, 0-23. On the autumn DST change the repeated hour
    /// counts into the same slot; in spring the skipped hour stays 0.
    pub turns_by_hour: Vec<u64>,
    pub confidence: Confidence,
    /// Values redacted, by entity type (`EMAIL`, `PHONE`, ...), over the day's turns and events.
    pub redactions: BTreeMap<String, u64>,
}

/// Nearest-rank statistics of the turns per session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnsPerSession {
    pub mean: Option<f64>,
    pub median: Option<u64>,
    pub p90: Option<u64>,
}

/// A session's span, first turn to last, in whole seconds (nearest-rank median).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Duration {
    pub median: Option<u64>,
}

/// The most frequent names, with what the rest add up to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ranking {
    /// Most frequent first; ties in name order.
    pub top: Vec<Ranked>,
    /// The count of everything not listed.
    pub other: u64,
    /// False when the day had so many distinct names that counts were kept for the most
    /// frequent only: a listed count may then be high by at most the ranking's total divided
    /// by the names kept (see the README).
    pub exact: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranked {
    pub name: String,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fallback {
    /// Turns the bot did not understand (no-match, fallback intent).
    pub missed: u64,
    /// `missed / turns`; null on a day without turns.
    pub rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackCounts {
    pub up: u64,
    pub down: u64,
    /// `up / (up + down)`; null without feedback.
    pub positive_rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confidence {
    /// Mean intent confidence over the turns that had one.
    pub mean: Option<f64>,
    pub turns: u64,
}

/// A bot's month, recomputed from its daily reports: counts and rates only, no free text, no
/// session ids, nothing that names a person. It outlives the daily reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonthlyAggregate {
    pub schema_version: u32,
    pub bot: BotId,
    pub month: Month,
    /// The days that had a daily report when the aggregate was computed.
    pub days: Vec<Day>,
    pub sessions: u64,
    pub turns: u64,
    pub turns_per_session_mean: Option<f64>,
    pub fallback: Fallback,
    pub feedback: FeedbackCounts,
    /// Intent names are the bot's own labels; counts are the sum of the daily rankings.
    pub intents: BTreeMap<String, u64>,
    pub platforms: BTreeMap<String, u64>,
    pub turns_by_hour: Vec<u64>,
    pub confidence: Confidence,
    pub redactions: BTreeMap<String, u64>,
}

/// Adds every count of `from` to `into`, name by name.
pub(crate) fn add_counts<K: Ord>(into: &mut BTreeMap<K, u64>, from: impl IntoIterator<Item = (K, u64)>) {
    for (key, n) in from {
        *into.entry(key).or_insert(0) += n;
    }
}

/// A rate rounded to four decimals, so reports read well and re-runs write the same bytes.
pub(crate) fn rate(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| round4(part as f64 / whole as f64))
}

pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
