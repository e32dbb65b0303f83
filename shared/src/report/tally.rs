//! [`DayTally`]: a day's turns folded, one at a time, into the counts a [`DailyReport`] is made
//! of. Memory does not grow with the number of turns: sessions are followed one at a time (a
//! partition delivers a session's turns together), distributions are histograms over small
//! integers, and rankings are [`TopCounts`].
//!
//! Each partition is folded into a tally of its own, concurrently; the tallies are then merged.

use super::schema::{
    Confidence, DailyReport, Duration, Fallback, FeedbackCounts, SCHEMA_VERSION, TurnsPerSession, add_counts, rate,
    round4,
};
use super::top::TopCounts;
use super::utterance::normalise;
use crate::model::{BotId, Day, Platform, Rating, SessionId, TimeZone, Timestamp, Turn, TurnKind};
use chrono::Timelike;
use std::collections::BTreeMap;

/// How many names each ranking keeps counting, and how many the report lists.
const INTENTS: (usize, usize) = (500, 50);
const MISSED: (usize, usize) = (1_000, 25);
const CARDS: (usize, usize) = (200, 25);
const FAMILIES: (usize, usize) = (100, 20);

const UNKNOWN: &str = "unknown";

/// The session being followed: the turns of one session arrive together.
#[derive(Debug, Clone)]
struct OpenSession {
    id: SessionId,
    turns: u64,
    first: Timestamp,
    last: Timestamp,
    browser: Option<String>,
    os: Option<String>,
}

/// A day's counts so far.
#[derive(Debug, Clone)]
pub struct DayTally {
    tz: TimeZone,
    open: Option<OpenSession>,
    sessions: u64,
    turns: u64,
    missed: u64,
    /// Sessions by their number of turns.
    session_turns: BTreeMap<u64, u64>,
    /// Sessions by their span in whole seconds (at most ~90,000 distinct values a day).
    session_seconds: BTreeMap<u64, u64>,
    intents: TopCounts,
    missed_texts: TopCounts,
    cards: TopCounts,
    channels: TopCounts,
    browsers: TopCounts,
    operating_systems: TopCounts,
    platforms: BTreeMap<Platform, u64>,
    by_hour: [u64; 24],
    confidence_sum: f64,
    confidence_turns: u64,
    up: u64,
    down: u64,
    redactions: BTreeMap<String, u64>,
}

impl DayTally {
    /// An empty tally for a day in `tz`.
    pub fn new(tz: TimeZone) -> Self {
        Self {
            tz,
            open: None,
            sessions: 0,
            turns: 0,
            missed: 0,
            session_turns: BTreeMap::new(),
            session_seconds: BTreeMap::new(),
            intents: TopCounts::new(INTENTS.0),
            missed_texts: TopCounts::new(MISSED.0),
            cards: TopCounts::new(CARDS.0),
            channels: TopCounts::new(FAMILIES.0),
            browsers: TopCounts::new(FAMILIES.0),
            operating_systems: TopCounts::new(FAMILIES.0),
            platforms: BTreeMap::new(),
            by_hour: [0; 24],
            confidence_sum: 0.0,
            confidence_turns: 0,
            up: 0,
            down: 0,
            redactions: BTreeMap::new(),
        }
    }

    /// Counts one stored item: a turn, or a chat-widget event (feedback, a card, the browser).
    /// Items of one session must come together, as a partition delivers them.
    pub fn add(&mut self, turn: &Turn) {
        if self.open.as_ref().is_none_or(|s| s.id != turn.session) {
            self.close_session();
            self.open = Some(OpenSession {
                id: turn.session.clone(),
                turns: 0,
                first: turn.at,
                last: turn.at,
                browser: None,
                os: None,
            });
        }
        if let Some(session) = &mut self.open {
            if let Some(ua) = &turn.user_agent {
                session.browser = ua.browser.clone().or(session.browser.take());
                session.os = ua.os.clone().or(session.os.take());
            }
            if turn.kind == TurnKind::Message {
                if session.turns == 0 {
                    (session.first, session.last) = (turn.at, turn.at);
                }
                session.turns += 1;
                session.first = session.first.min(turn.at);
                session.last = session.last.max(turn.at);
            }
        }
        if let Some(feedback) = &turn.feedback {
            match feedback.rating {
                Rating::Up => self.up += 1,
                Rating::Down => self.down += 1,
            }
        }
        if let Some(card) = &turn.card {
            self.cards.add(card);
        }
        for (entity, n) in &turn.redactions {
            match self.redactions.get_mut(entity.as_str()) {
                Some(total) => *total += u64::from(*n),
                None => {
                    self.redactions.insert(entity.clone(), u64::from(*n));
                }
            }
        }
        if turn.kind == TurnKind::Message {
            self.add_message(turn);
        }
    }

    fn add_message(&mut self, turn: &Turn) {
        self.turns += 1;
        *self.platforms.entry(turn.platform).or_insert(0) += 1;
        self.channels.add(turn.channel.as_deref().unwrap_or(UNKNOWN));
        self.by_hour[self.tz.local(turn.at).hour() as usize] += 1;
        if let Some(intent) = &turn.intent {
            self.intents.add(intent);
        }
        if let Some(confidence) = turn.confidence.filter(|c| c.is_finite()) {
            self.confidence_sum += f64::from(confidence);
            self.confidence_turns += 1;
        }
        if !turn.matched {
            self.missed += 1;
            if let Some(text) = &turn.user_text {
                let key = normalise(text.as_str());
                if !key.is_empty() {
                    self.missed_texts.add(&key);
                }
            }
        }
    }

    /// Counts the session being followed, if it had any turns.
    fn close_session(&mut self) {
        let Some(session) = self.open.take() else { return };
        if session.turns == 0 {
            return;
        }
        self.sessions += 1;
        *self.session_turns.entry(session.turns).or_insert(0) += 1;
        let seconds = u64::try_from((session.last.millis() - session.first.millis()) / 1_000).unwrap_or(0);
        *self.session_seconds.entry(seconds).or_insert(0) += 1;
        self.browsers.add(session.browser.as_deref().unwrap_or(UNKNOWN));
        self.operating_systems.add(session.os.as_deref().unwrap_or(UNKNOWN));
    }

    /// Adds another partition's tally to this one.
    pub fn merge(mut self, mut other: Self) -> Self {
        self.close_session();
        other.close_session();
        self.sessions += other.sessions;
        self.turns += other.turns;
        self.missed += other.missed;
        add_counts(&mut self.session_turns, other.session_turns);
        add_counts(&mut self.session_seconds, other.session_seconds);
        self.intents.merge(other.intents);
        self.missed_texts.merge(other.missed_texts);
        self.cards.merge(other.cards);
        self.channels.merge(other.channels);
        self.browsers.merge(other.browsers);
        self.operating_systems.merge(other.operating_systems);
        add_counts(&mut self.platforms, other.platforms);
        for (hour, n) in self.by_hour.iter_mut().zip(other.by_hour) {
            *hour += n;
        }
        self.confidence_sum += other.confidence_sum;
        self.confidence_turns += other.confidence_turns;
        self.up += other.up;
        self.down += other.down;
        add_counts(&mut self.redactions, other.redactions);
        self
    }

    /// The report. `redact` runs over the missed utterances listed, once more, before they are
    /// written anywhere (they were redacted when stored; recognizers may have improved since).
    pub fn report(mut self, bot: &BotId, date: Day, redact: impl Fn(&str) -> String) -> DailyReport {
        self.close_session();
        let mut missed_utterances = self.missed_texts.ranking(MISSED.1);
        for entry in &mut missed_utterances.top {
            entry.name = redact(&entry.name);
        }
        let platforms = [Platform::DialogflowCx, Platform::DialogflowEs, Platform::LexV2]
            .into_iter()
            .map(|p| (p.as_str().to_owned(), self.platforms.get(&p).copied().unwrap_or(0)))
            .collect();
        DailyReport {
            schema_version: SCHEMA_VERSION,
            bot: bot.clone(),
            date,
            time_zone: self.tz.name().to_owned(),
            sessions: self.sessions,
            turns: self.turns,
            turns_per_session: TurnsPerSession {
                mean: (self.sessions > 0).then(|| round4(self.turns as f64 / self.sessions as f64)),
                median: nearest_rank(&self.session_turns, 50),
                p90: nearest_rank(&self.session_turns, 90),
            },
            session_duration_seconds: Duration { median: nearest_rank(&self.session_seconds, 50) },
            intents: self.intents.ranking(INTENTS.1),
            fallback: Fallback { missed: self.missed, rate: rate(self.missed, self.turns) },
            missed_utterances,
            feedback: FeedbackCounts {
                up: self.up,
                down: self.down,
                positive_rate: rate(self.up, self.up + self.down),
            },
            cards: self.cards.ranking(CARDS.1),
            platforms,
            channels: self.channels.ranking(FAMILIES.1),
            browsers: self.browsers.ranking(FAMILIES.1),
            operating_systems: self.operating_systems.ranking(FAMILIES.1),
            turns_by_hour: self.by_hour.to_vec(),
            confidence: Confidence {
                mean: (self.confidence_turns > 0).then(|| round4(self.confidence_sum / self.confidence_turns as f64)),
                turns: self.confidence_turns,
            },
            redactions: self.redactions,
        }
    }
}

/// The nearest-rank `p`th percentile of a histogram (value -> how many): the smallest value
/// with at least `p`% of the observations at or below it.
fn nearest_rank(histogram: &BTreeMap<u64, u64>, p: u64) -> Option<u64> {
    let total: u64 = histogram.values().sum();
    if total == 0 {
        return None;
    }
    let rank = (total * p).div_ceil(100).max(1);
    let mut seen = 0;
    histogram.iter().find_map(|(&value, &n)| {
        seen += n;
        (seen >= rank).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let h: BTreeMap<u64, u64> = [(1, 5), (2, 3), (10, 2)].into();
        // Sorted: 1 1 1 1 1 2 2 2 10 10
        assert_eq!(nearest_rank(&h, 50), Some(1));
        assert_eq!(nearest_rank(&h, 60), Some(2));
        assert_eq!(nearest_rank(&h, 90), Some(10));
        assert_eq!(nearest_rank(&h, 100), Some(10));
        assert_eq!(nearest_rank(&BTreeMap::new(), 50), None);
    }
}
