//! Time as the product needs it: UTC instants ([`Timestamp`]), and calendar days ([`Day`]) and
//! months ([`Month`]) in a bot's [`TimeZone`], whose boundaries move with daylight saving time.

use chrono::{DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, TimeZone as _, Utc};
use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

/// Why a date, instant or time zone was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DayError {
    #[error("expected a date as YYYY-MM-DD between 1970 and 2286")]
    BadDate,
    #[error("expected a month as YYYY-MM between 1970 and 2286")]
    BadMonth,
    #[error("timestamp out of range (1970 to 2286)")]
    BadTimestamp,
    #[error("unknown IANA time zone")]
    BadTimeZone,
}

/// The last millisecond a [`Timestamp`] may hold (in 2286): sort keys pad it to 13 digits.
const MAX_MILLIS: i64 = 9_999_999_999_999;

/// A moment in UTC, in milliseconds since the Unix epoch, between 1970 and 2286.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i64")]
pub struct Timestamp(i64);

impl Timestamp {
    pub fn now() -> Self {
        Self(Utc::now().timestamp_millis().clamp(0, MAX_MILLIS))
    }

    pub fn from_millis(millis: i64) -> Result<Self, DayError> {
        if (0..=MAX_MILLIS).contains(&millis) { Ok(Self(millis)) } else { Err(DayError::BadTimestamp) }
    }

    pub fn millis(self) -> i64 {
        self.0
    }

    /// Whole seconds since the epoch, the unit of DynamoDB's TTL attribute.
    pub fn seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }

    pub fn to_utc(self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.0).unwrap_or(DateTime::UNIX_EPOCH)
    }

    fn from_utc(at: DateTime<Utc>) -> Self {
        Self(at.timestamp_millis().clamp(0, MAX_MILLIS))
    }
}

impl TryFrom<i64> for Timestamp {
    type Error = DayError;
    fn try_from(millis: i64) -> Result<Self, DayError> {
        Self::from_millis(millis)
    }
}

impl From<Timestamp> for i64 {
    fn from(at: Timestamp) -> i64 {
        at.0
    }
}

/// An IANA time zone; a bot's days and hours are counted in it. Defaults to Europe/London.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    pub const LONDON: Self = Self(chrono_tz::Europe::London);

    pub fn parse(name: &str) -> Result<Self, DayError> {
        name.parse::<chrono_tz::Tz>().map(Self).map_err(|_| DayError::BadTimeZone)
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The instant a local wall-clock time denotes. A time skipped by a spring-forward change
    /// is read with the offset from before the change (01:30 on a skipped hour is 02:30 after
    /// it); a time that happens twice at a fall-back change is its first occurrence.
    pub fn instant(self, local: NaiveDateTime) -> Timestamp {
        match self.0.from_local_datetime(&local) {
            LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Timestamp::from_utc(at.to_utc()),
            LocalResult::None => {
                let before = self.0.offset_from_utc_datetime(&(local - chrono::Duration::days(1)));
                let utc = local - chrono::Offset::fix(&before);
                Timestamp::from_utc(utc.and_utc())
            }
        }
    }

    /// The local wall-clock time of an instant.
    pub fn local(self, at: Timestamp) -> NaiveDateTime {
        at.to_utc().with_timezone(&self.0).naive_local()
    }
}

impl Default for TimeZone {
    fn default() -> Self {
        Self::LONDON
    }
}

impl TryFrom<String> for TimeZone {
    type Error = DayError;
    fn try_from(name: String) -> Result<Self, DayError> {
        Self::parse(&name)
    }
}

impl From<TimeZone> for String {
    fn from(tz: TimeZone) -> String {
        tz.name().to_owned()
    }
}

/// A calendar day in some bot's time zone (1970 to 2286). Turns are partitioned by it and
/// reports cover one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(NaiveDate);

impl Day {
    /// The local day, in `tz`, on which `at` falls.
    pub fn of(at: Timestamp, tz: TimeZone) -> Self {
        Self(tz.local(at).date())
    }

    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, DayError> {
        NaiveDate::from_ymd_opt(year, month, day)
            .filter(|d| (1970..=2286).contains(&d.year()))
            .map(Self)
            .ok_or(DayError::BadDate)
    }

    /// The first instant of this day in `tz` (local midnight, or the first moment after it when
    /// a daylight-saving change skips midnight).
    pub fn start(self, tz: TimeZone) -> Timestamp {
        tz.instant(self.0.and_time(chrono::NaiveTime::MIN))
    }

    /// The first instant of the next day: a day is `start..end`, 23, 24 or 25 hours long.
    pub fn end(self, tz: TimeZone) -> Timestamp {
        self.next().start(tz)
    }

    pub fn next(self) -> Self {
        self.plus_days(1)
    }

    pub fn previous(self) -> Self {
        self.minus_days(1)
    }

    pub fn plus_days(self, days: u32) -> Self {
        Self(self.0.checked_add_days(Days::new(days.into())).unwrap_or(NaiveDate::MAX))
    }

    pub fn minus_days(self, days: u32) -> Self {
        Self(self.0.checked_sub_days(Days::new(days.into())).unwrap_or(NaiveDate::MIN))
    }

    pub fn month(self) -> Month {
        Month { year: self.0.year(), month: self.0.month() }
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }
}

impl FromStr for Day {
    type Err = DayError;
    fn from_str(text: &str) -> Result<Self, DayError> {
        let b = text.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shaped {
            return Err(DayError::BadDate);
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().map_err(|_| DayError::BadDate);
        let year = i32::try_from(number(0..4)?).map_err(|_| DayError::BadDate)?;
        Self::from_ymd(year, number(5..7)?, number(8..10)?)
    }
}

impl TryFrom<String> for Day {
    type Error = DayError;
    fn try_from(text: String) -> Result<Self, DayError> {
        text.parse()
    }
}

impl From<Day> for String {
    fn from(day: Day) -> String {
        day.to_string()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// A calendar month, `YYYY-MM`: the unit of the anonymised aggregates kept after reports expire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    pub fn first_day(self) -> Day {
        Day(NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN))
    }
}

impl FromStr for Month {
    type Err = DayError;
    fn from_str(text: &str) -> Result<Self, DayError> {
        let day: Day = format!("{text}-01").parse().map_err(|_| DayError::BadMonth)?;
        Ok(day.month())
    }
}

impl TryFrom<String> for Month {
    type Error = DayError;
    fn try_from(text: String) -> Result<Self, DayError> {
        text.parse()
    }
}

impl From<Month> for String {
    fn from(month: Month) -> Self {
        month.to_string()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Consecutive days, both ends included; never empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    first: Day,
    last: Day,
}

impl DayRange {
    /// `first..=last`, or `None` when `last` is before `first`.
    pub fn new(first: Day, last: Day) -> Option<Self> {
        (first <= last).then_some(Self { first, last })
    }

    /// The days a turn may still be stored on, when turns are kept `retention_days`: from
    /// `retention_days` before `today` to `today`.
    pub fn retention_window(today: Day, retention_days: u32) -> Self {
        Self { first: today.minus_days(retention_days), last: today }
    }

    pub fn first(self) -> Day {
        self.first
    }

    pub fn last(self) -> Day {
        self.last
    }

    pub fn days(self) -> impl Iterator<Item = Day> {
        self.first.0.iter_days().take_while(move |d| *d <= self.last.0).map(Day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> Timestamp {
        Timestamp::from_millis(DateTime::parse_from_rfc3339(text).unwrap().timestamp_millis()).unwrap()
    }

    fn day(text: &str) -> Day {
        text.parse().unwrap()
    }

    #[test]
    fn day_of_follows_british_summer_time() {
        // GIVEN instants just either side of local midnight in winter and in summer
        // THEN the London day changes at 00:00 GMT in winter and at 23:00 UTC in summer
        assert_eq!(Day::of(utc("2026-01-15T23:59:59Z"), TimeZone::LONDON), day("2026-01-15"));
        assert_eq!(Day::of(utc("2026-01-16T00:00:00Z"), TimeZone::LONDON), day("2026-01-16"));
        assert_eq!(Day::of(utc("2026-07-15T22:59:59Z"), TimeZone::LONDON), day("2026-07-15"));
        assert_eq!(Day::of(utc("2026-07-15T23:00:00Z"), TimeZone::LONDON), day("2026-07-16"));
    }

    #[test]
    fn days_are_23_or_25_hours_long_on_change_days() {
        let hours = |d: &str| {
            let d = day(d);
            (d.end(TimeZone::LONDON).millis() - d.start(TimeZone::LONDON).millis()) / 3_600_000
        };
        assert_eq!(hours("2026-03-29"), 23);
        assert_eq!(hours("2026-10-25"), 25);
        assert_eq!(hours("2026-06-01"), 24);
        assert_eq!(day("2026-10-25").start(TimeZone::LONDON), utc("2026-10-24T23:00:00Z"));
    }

    #[test]
    fn midnight_skipped_by_a_change_starts_the_day_after_the_gap() {
        // Santiago skips 00:00-01:00 local on its spring-forward day (2026-09-06).
        let santiago = TimeZone::parse("America/Santiago").unwrap();
        let start = day("2026-09-06").start(santiago);
        assert_eq!(Day::of(start, santiago), day("2026-09-06"));
        assert_eq!(Day::of(Timestamp::from_millis(start.millis() - 1).unwrap(), santiago), day("2026-09-05"));
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(day("2024-02-29").to_string(), "2024-02-29");
        for bad in ["2023-02-29", "2026-1-01", "26-01-01", "2026-01-01T00", "1969-12-31", "+202-01-01", ""] {
            assert_eq!(bad.parse::<Day>(), Err(DayError::BadDate), "{bad}");
        }
        assert_eq!("2026-11".parse::<Month>().unwrap().to_string(), "2026-11");
        assert!("2026-13".parse::<Month>().is_err());
    }

    #[test]
    fn retention_window_spans_month_ends_and_leap_days() {
        let window = DayRange::retention_window(day("2024-03-01"), 30);
        assert_eq!(window.first(), day("2024-01-31"));
        assert_eq!(window.days().count(), 31);
        assert!(window.days().any(|d| d == day("2024-02-29")));
        assert_eq!(DayRange::new(day("2026-01-02"), day("2026-01-01")), None);
    }

    #[test]
    fn timestamps_are_bounded() {
        assert!(Timestamp::from_millis(-1).is_err());
        assert!(Timestamp::from_millis(MAX_MILLIS + 1).is_err());
        assert_eq!(Timestamp::from_millis(1_999).unwrap().seconds(), 1);
        assert!(serde_json::from_str::<Timestamp>("-5").is_err());
    }

    #[test]
    fn time_zones_parse_by_iana_name() {
        assert_eq!(TimeZone::default().name(), "Europe/London");
        assert_eq!(TimeZone::parse("Europe/Berlin").unwrap().name(), "Europe/Berlin");
        assert_eq!(TimeZone::parse("Mars/Olympus"), Err(DayError::BadTimeZone));
    }
}
