//! The monthly anonymised aggregate, recomputed from the month's daily reports: sums and rates,
//! no missed-utterance text, no card values, no channels or browsers, no session ids. It is what
//! is left of a month once its daily reports expire.

use super::schema::{
    Confidence, DailyReport, Fallback, FeedbackCounts, MonthlyAggregate, SCHEMA_VERSION, add_counts, rate, round4,
};
use crate::model::{BotId, Month};
use std::collections::BTreeMap;

/// The aggregate of `days` (the month's daily reports, any order).
pub fn aggregate(bot: &BotId, month: Month, days: &[DailyReport]) -> MonthlyAggregate {
    let mut sorted: Vec<&DailyReport> = days.iter().collect();
    sorted.sort_by_key(|d| d.date);
    let sum = |f: fn(&DailyReport) -> u64| sorted.iter().map(|d| f(d)).sum::<u64>();
    let (sessions, turns, missed) = (sum(|d| d.sessions), sum(|d| d.turns), sum(|d| d.fallback.missed));
    let (up, down) = (sum(|d| d.feedback.up), sum(|d| d.feedback.down));
    let confidence_turns = sum(|d| d.confidence.turns);
    let confidence_sum: f64 = sorted.iter().map(|d| d.confidence.mean.unwrap_or(0.0) * d.confidence.turns as f64).sum();

    let mut intents = BTreeMap::new();
    let mut platforms = BTreeMap::new();
    let mut redactions = BTreeMap::new();
    let mut turns_by_hour = vec![0; 24];
    for day in &sorted {
        add_counts(&mut intents, day.intents.top.iter().map(|e| (e.name.clone(), e.count)));
        add_counts(&mut platforms, day.platforms.iter().map(|(k, &v)| (k.clone(), v)));
        add_counts(&mut redactions, day.redactions.iter().map(|(k, &v)| (k.clone(), v)));
        for (slot, n) in turns_by_hour.iter_mut().zip(&day.turns_by_hour) {
            *slot += n;
        }
    }
    MonthlyAggregate {
        schema_version: SCHEMA_VERSION,
        bot: bot.clone(),
        month,
        days: sorted.iter().map(|d| d.date).collect(),
        sessions,
        turns,
        turns_per_session_mean: (sessions > 0).then(|| round4(turns as f64 / sessions as f64)),
        fallback: Fallback { missed, rate: rate(missed, turns) },
        feedback: FeedbackCounts { up, down, positive_rate: rate(up, up + down) },
        intents,
        platforms,
        turns_by_hour,
        confidence: Confidence {
            mean: (confidence_turns > 0).then(|| round4(confidence_sum / confidence_turns as f64)),
            turns: confidence_turns,
        },
        redactions,
    }
}
