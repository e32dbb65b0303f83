//! The aggregation job: which bots and days a request asks for; each day's turns read partition
//! by partition, concurrently, into a report written as JSON and HTML; then the month's
//! anonymised aggregate recomputed from its daily reports. Re-running a day overwrites the same
//! keys with the same bytes.

use super::html;
use super::monthly;
use super::schema::{DailyReport, SCHEMA_VERSION};
use super::tally::DayTally;
use crate::fulfil::{BotConfig, BotsConfig};
use crate::model::{BotId, Day, Month, TimeZone, Timestamp};
use crate::store::{
    KeyPrefix, ObjectKey, ReportFormat, ReportSink, ReportSource, StoreError, TranscriptReader, TurnStream,
};
use futures::TryStreamExt;
use serde::Deserialize;
use std::collections::BTreeSet;

/// What to aggregate. An empty payload (`{}` or `null`) means yesterday, in each bot's own time
/// zone, for every bot; `date` picks the day, `bot` one bot.
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateRequest {
    #[serde(default)]
    pub date: Option<Day>,
    #[serde(default)]
    pub bot: Option<BotId>,
}

impl AggregateRequest {
    /// Reads an invocation payload.
    pub fn parse(payload: &str) -> Result<Self, AggregateError> {
        let payload = payload.trim();
        if payload.is_empty() || payload == "null" {
            return Ok(Self::default());
        }
        serde_json::from_str(payload).map_err(|e| {
            // serde's message names the field and the expected form, never more than the value.
            AggregateError::BadRequest(format!(
                "{e}; expected {{}}, {{\"date\": \"YYYY-MM-DD\"}} or {{\"date\": \"YYYY-MM-DD\", \"bot\": \"...\"}}"
            ))
        })
    }
}

/// Why a request was refused (nothing written), or which of its days failed.
#[derive(Debug, thiserror::Error)]
pub enum AggregateError {
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("bot {0} is not in the bot config")]
    UnknownBot(BotId),
    #[error("{date} has not begun yet in bot {bot}'s time zone")]
    Future { bot: BotId, date: Day },
    #[error(
        "the turns of {date} for bot {bot} have expired, in part or in full (kept {days} days): its report is \
         left as it was"
    )]
    Expired { bot: BotId, date: Day, days: u32 },
    #[error("failed: {}; written: [{}]", .failed.join("; "), .written.join(", "))]
    Incomplete { failed: Vec<String>, written: Vec<String> },
}

/// Builds reports from stored turns and writes them where reports live.
#[derive(Debug)]
pub struct Aggregator<R, S> {
    bots: BotsConfig,
    reader: R,
    reports: S,
}

impl<R: TranscriptReader, S: ReportSink + ReportSource> Aggregator<R, S> {
    pub fn new(bots: BotsConfig, reader: R, reports: S) -> Self {
        Self { bots, reader, reports }
    }

    /// The store turns are read from.
    pub fn reader(&self) -> &R {
        &self.reader
    }

    /// Runs `request` as of `now`: answers every key written, or which days failed (the others
    /// are written all the same; re-running is harmless).
    pub async fn run(&self, request: &AggregateRequest, now: Timestamp) -> Result<Vec<ObjectKey>, AggregateError> {
        let jobs = self.jobs(request, now)?;
        let mut written = Vec::new();
        let mut failed = Vec::new();
        let mut months = BTreeSet::new();
        for (bot, day) in &jobs {
            match self.day(bot, *day).await {
                Ok(keys) => {
                    written.extend(keys);
                    months.insert((&bot.id, day.month()));
                }
                Err(err) => {
                    tracing::error!(bot = %bot.id, date = %day, error = %err, "daily report failed");
                    failed.push(format!("{} {day}: {err}", bot.id));
                }
            }
        }
        for (bot, month) in months {
            match self.month(bot, month).await {
                Ok(key) => written.push(key),
                Err(err) => {
                    tracing::error!(bot = %bot, month = %month, error = %err, "monthly aggregate failed");
                    failed.push(format!("{bot} {month}: {err}"));
                }
            }
        }
        if failed.is_empty() {
            Ok(written)
        } else {
            Err(AggregateError::Incomplete { failed, written: written.iter().map(ToString::to_string).collect() })
        }
    }

    /// The (bot, day) pairs a request names, each checked before anything is written.
    fn jobs(&self, request: &AggregateRequest, now: Timestamp) -> Result<Vec<(&BotConfig, Day)>, AggregateError> {
        let bots: Vec<&BotConfig> = match &request.bot {
            Some(id) => vec![self.bots.bot(id).ok_or_else(|| AggregateError::UnknownBot(id.clone()))?],
            None => self.bots.bots.iter().collect(),
        };
        bots.into_iter()
            .map(|bot| {
                let today = Day::of(now, bot.time_zone);
                let Some(date) = request.date else { return Ok((bot, today.previous())) };
                let days = bot.policy.log_retention_days.days();
                if date > today {
                    return Err(AggregateError::Future { bot: bot.id.clone(), date });
                }
                // A backfill of a day whose turns have started to expire would overwrite a
                // complete report with a partial one.
                if date <= today.minus_days(days) {
                    return Err(AggregateError::Expired { bot: bot.id.clone(), date, days });
                }
                Ok((bot, date))
            })
            .collect()
    }

    /// Builds and writes one day's report (JSON, then HTML).
    #[tracing::instrument(skip_all, fields(bot = %bot.id, date = %day))]
    async fn day(&self, bot: &BotConfig, day: Day) -> Result<[ObjectKey; 2], StoreError> {
        let tally = tally_partitions(self.reader.day_partitions(&bot.id, day), bot.time_zone).await?;
        let report =
            tally.report(&bot.id, day, |text| bot.redactor().redact(text).into_redacted_text().as_str().to_owned());
        let json_key = ObjectKey::daily_report(&bot.id, day, ReportFormat::Json);
        let html_key = ObjectKey::daily_report(&bot.id, day, ReportFormat::Html);
        self.reports.put(&json_key, to_json(&report)).await?;
        self.reports.put(&html_key, html::render(&report).into_bytes()).await?;
        tracing::info!(sessions = report.sessions, turns = report.turns, "daily report written");
        Ok([json_key, html_key])
    }

    /// Recomputes a month's aggregate from the daily reports stored for it.
    #[tracing::instrument(skip_all, fields(bot = %bot, month = %month))]
    async fn month(&self, bot: &BotId, month: Month) -> Result<ObjectKey, StoreError> {
        let keys = self.reports.list(&KeyPrefix::daily_reports_in(bot, month)).await?;
        let mut days = Vec::new();
        for key in keys.iter().filter(|k| k.as_str().ends_with("/report.json")) {
            let Some(body) = self.reports.get(key).await? else { continue };
            let report: DailyReport = serde_json::from_slice(&body)
                .ok()
                .filter(|r: &DailyReport| r.schema_version <= SCHEMA_VERSION)
                .ok_or_else(|| StoreError::Corrupt { key: key.to_string(), reason: "not a daily report" })?;
            days.push(report);
        }
        let aggregate = monthly::aggregate(bot, month, &days);
        let key = ObjectKey::monthly_aggregate(bot, month);
        self.reports.put(&key, to_json(&aggregate)).await?;
        tracing::info!(days = days.len(), "monthly aggregate written");
        Ok(key)
    }
}

/// Folds each partition into a tally of its own, all concurrently, then merges them in
/// partition order (so re-runs give the same numbers to the last digit).
pub async fn tally_partitions(partitions: Vec<TurnStream<'_>>, tz: TimeZone) -> Result<DayTally, StoreError> {
    let folds = partitions.into_iter().map(|partition| {
        partition.try_fold(DayTally::new(tz), |mut tally, turn| {
            tally.add(&turn);
            std::future::ready(Ok(tally))
        })
    });
    let tallies = futures::future::try_join_all(folds).await?;
    Ok(tallies.into_iter().reduce(DayTally::merge).unwrap_or_else(|| DayTally::new(tz)))
}

fn to_json(value: &impl serde::Serialize) -> Vec<u8> {
    // Serialising these plain structs cannot fail; an empty body would be caught by the reader.
    let mut body = serde_json::to_vec_pretty(value).unwrap_or_default();
    body.push(b'\n');
    body
}
