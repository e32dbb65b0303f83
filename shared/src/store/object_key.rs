//! S3 object keys, Hive-style so Athena can read them as partitions:
//!
//! - `reports/daily/bot={bot}/date={yyyy-mm-dd}/report.json` and `report.html` (kept a year)
//! - `aggregates/monthly/bot={bot}/month={yyyy-mm}/aggregate.json` (counts only, kept)
//! - `exports/bot={bot}/session={session}/{timestamp}.json` (data-subject exports, kept 7 days)
//! - `audit/date={yyyy-mm-dd}/{timestamp}-{request id}-{random}.json` (data-subject operations, kept a year)

use crate::model::{BotId, Day, Month, SessionId, Timestamp};
use std::fmt;

/// Why a string is not a usable object key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("object key is empty, absolute, or has an empty, '.' or '..' segment")]
    BadPath,
    #[error("object key has a character outside visible ASCII, or a backslash")]
    BadCharacter,
}

/// The two renderings of a daily report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Json,
    Html,
}

/// A key in the reports bucket (or under the local reports folder): relative, visible ASCII,
/// no `.`/`..` segments, so it is also a safe relative file path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjectKey(String);

impl ObjectKey {
    pub fn daily_report(bot: &BotId, day: Day, format: ReportFormat) -> Self {
        let file = match format {
            ReportFormat::Json => "report.json",
            ReportFormat::Html => "report.html",
        };
        Self(format!("reports/daily/bot={bot}/date={day}/{file}"))
    }

    pub fn monthly_aggregate(bot: &BotId, month: Month) -> Self {
        Self(format!("aggregates/monthly/bot={bot}/month={month}/aggregate.json"))
    }

    pub fn export(bot: &BotId, session: &SessionId, at: Timestamp) -> Result<Self, KeyError> {
        Self::parse(format!("exports/bot={bot}/session={session}/{}.json", at.millis()))
    }

    /// A new audit record's key: time, request id (only `[A-Za-z0-9-_]` kept) and a random part,
    /// so that no record replaces another, even for one request id.
    pub fn audit(day: Day, at: Timestamp, request_id: &str) -> Result<Self, KeyError> {
        let id: String =
            request_id.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).take(64).collect();
        let unique = uuid::Uuid::new_v4().simple().to_string();
        Self::parse(format!("audit/date={day}/{}-{id}-{}.json", at.millis(), &unique[..12]))
    }

    /// Checks a key read from a listing or given by an operator.
    pub fn parse(key: impl Into<String>) -> Result<Self, KeyError> {
        let key = key.into();
        if !key.chars().all(|c| c.is_ascii_graphic() && c != '\\') {
            return Err(KeyError::BadCharacter);
        }
        if key.is_empty() || key.split('/').any(|seg| seg.is_empty() || seg == "." || seg == "..") {
            return Err(KeyError::BadPath);
        }
        Ok(Self(key))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The media type to serve the object with, from its extension.
    pub fn content_type(&self) -> &'static str {
        match self.0.rsplit_once('.').map(|(_, ext)| ext) {
            Some("json") => "application/json",
            Some("html") => "text/html; charset=utf-8",
            _ => "application/octet-stream",
        }
    }
}

impl fmt::Display for ObjectKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A key prefix to list under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPrefix(String);

impl KeyPrefix {
    /// Every daily report object of a bot.
    pub fn daily_reports(bot: &BotId) -> Self {
        Self(format!("reports/daily/bot={bot}/"))
    }

    /// The daily report objects of a bot in one month.
    pub fn daily_reports_in(bot: &BotId, month: Month) -> Self {
        Self(format!("reports/daily/bot={bot}/date={month}-"))
    }

    pub fn monthly_aggregates(bot: &BotId) -> Self {
        Self(format!("aggregates/monthly/bot={bot}/"))
    }

    /// Every audit record of data-subject operations.
    pub fn audit_records() -> Self {
        Self("audit/".to_owned())
    }

    /// Every export of a bot.
    pub fn exports(bot: &BotId) -> Self {
        Self(format!("exports/bot={bot}/"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_hive_style() {
        let bot = BotId::parse("acme").unwrap();
        let day: Day = "2026-11-23".parse().unwrap();
        let json = ObjectKey::daily_report(&bot, day, ReportFormat::Json);
        assert_eq!(json.as_str(), "reports/daily/bot=acme/date=2026-11-23/report.json");
        assert_eq!(json.content_type(), "application/json");
        let html = ObjectKey::daily_report(&bot, day, ReportFormat::Html);
        assert_eq!(html.content_type(), "text/html; charset=utf-8");
        assert!(json.as_str().starts_with(KeyPrefix::daily_reports_in(&bot, day.month()).as_str()));
        assert_eq!(
            ObjectKey::monthly_aggregate(&bot, day.month()).as_str(),
            "aggregates/monthly/bot=acme/month=2026-11/aggregate.json"
        );
    }

    #[test]
    fn refuses_keys_that_escape_a_folder() {
        for bad in ["", "/abs", "a//b", "a/../b", "./a", "a/"] {
            assert_eq!(ObjectKey::parse(bad), Err(KeyError::BadPath), "{bad}");
        }
        assert_eq!(ObjectKey::parse("a b"), Err(KeyError::BadCharacter));
        assert_eq!(ObjectKey::parse("a\\b"), Err(KeyError::BadCharacter));
        // A session id is always one `session=` segment, so even ".." stays inside exports/.
        let session = SessionId::parse("..").unwrap();
        let at = Timestamp::from_millis(1).unwrap();
        let key = ObjectKey::export(&BotId::parse("b").unwrap(), &session, at).unwrap();
        assert_eq!(key.as_str(), "exports/bot=b/session=../1.json");
    }
}
