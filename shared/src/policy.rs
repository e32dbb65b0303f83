//! A bot's data policy: how long its turns and reports are kept, and what is collected at all.
//! These are the promises of the client's privacy policy, enforced in code.

use crate::model::{TimeZone, Timestamp, Turn};
use crate::redact::EntitySet;
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why a policy was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("retention must be between 1 and {max} days", max = RetentionDays::MAX)]
    RetentionOutOfRange,
}

/// A retention period in whole calendar days, 1 to 3650.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct RetentionDays(u32);

impl RetentionDays {
    pub const MAX: u32 = 3650;

    pub fn new(days: u32) -> Result<Self, PolicyError> {
        if (1..=Self::MAX).contains(&days) { Ok(Self(days)) } else { Err(PolicyError::RetentionOutOfRange) }
    }

    pub fn days(self) -> u32 {
        self.0
    }
}

impl TryFrom<u32> for RetentionDays {
    type Error = PolicyError;
    fn try_from(days: u32) -> Result<Self, PolicyError> {
        Self::new(days)
    }
}

impl From<RetentionDays> for u32 {
    fn from(days: RetentionDays) -> u32 {
        days.0
    }
}

/// How much of the user's IP address is kept; ordered from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IpCollection {
    /// No IP address is stored.
    #[default]
    None,
    /// The network only: IPv4 to its /24, IPv6 to its /48.
    Truncated,
    /// The whole address.
    Full,
}

impl IpCollection {
    /// What of `ip` may be stored under this setting.
    pub fn apply(self, ip: IpAddr) -> Option<IpAddr> {
        match (self, ip) {
            (Self::None, _) => None,
            (Self::Full, ip) => Some(ip),
            (Self::Truncated, IpAddr::V4(v4)) => Some(IpAddr::V4(Ipv4Addr::from_bits(v4.to_bits() & !0xff))),
            (Self::Truncated, IpAddr::V6(v6)) => {
                Some(IpAddr::V6(Ipv6Addr::from_bits(v6.to_bits() & !((1u128 << 80) - 1))))
            }
        }
    }
}

/// What a bot keeps, and for how long. Privacy-first defaults: logs for 30 days, reports for a
/// year, redacted free text and the user agent's family kept, no IP address, every type of
/// personal data redacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DataPolicy {
    /// How long turns are kept, in calendar days of the bot's time zone.
    pub log_retention_days: RetentionDays,
    /// How long daily reports are kept before only the anonymised monthly aggregates remain.
    pub report_retention_days: RetentionDays,
    /// Keep the (redacted) user and bot text; when off, only intent and metadata are kept.
    pub collect_free_text: bool,
    /// Keep the browser and OS family of the user agent.
    pub collect_user_agent: bool,
    pub collect_ip: IpCollection,
    /// The types of personal data redacted from everything stored (default: all of them).
    pub redact_types: EntitySet,
}

impl Default for DataPolicy {
    fn default() -> Self {
        Self {
            log_retention_days: RetentionDays(30),
            report_retention_days: RetentionDays(365),
            collect_free_text: true,
            collect_user_agent: true,
            collect_ip: IpCollection::None,
            redact_types: EntitySet::all(),
        }
    }
}

impl DataPolicy {
    /// When a turn that happened at `at` must be gone, in epoch seconds: the same local
    /// wall-clock time `log_retention_days` calendar days later in the bot's time zone, so a
    /// daylight-saving change in between makes the period an hour shorter or longer, never a day.
    pub fn expires_at(&self, at: Timestamp, tz: TimeZone) -> i64 {
        let local = tz.local(at);
        let later = local.checked_add_days(chrono::Days::new(self.log_retention_days.days().into())).unwrap_or(local);
        tz.instant(later).seconds()
    }

    /// Keeps of `turn` only what this policy collects, and sets its expiry: the policy's, or the
    /// one it came with if that is sooner, never later.
    pub fn apply(&self, turn: &mut Turn, tz: TimeZone) {
        if !self.collect_free_text {
            turn.user_text = None;
            turn.bot_text = None;
            turn.parameters.clear();
            if let Some(feedback) = &mut turn.feedback {
                feedback.comment = None;
            }
        }
        if !self.collect_user_agent {
            turn.user_agent = None;
        }
        turn.ip = turn.ip.and_then(|ip| self.collect_ip.apply(ip));
        let latest = self.expires_at(turn.at, tz);
        turn.expires_at = if turn.expires_at > 0 { turn.expires_at.min(latest) } else { latest };
    }
}

/// The deployment's ceiling on every bot's policy, set by the template's parameters: a bot may
/// keep less than this, never more, whatever its config says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub log_retention_days: RetentionDays,
    pub report_retention_days: RetentionDays,
    pub collect_free_text: bool,
    pub collect_user_agent: bool,
    pub collect_ip: IpCollection,
}

impl Limits {
    /// No ceiling: each bot's own policy applies (the local runner; a function without the
    /// variables).
    pub const NONE: Self = Self {
        log_retention_days: RetentionDays(RetentionDays::MAX),
        report_retention_days: RetentionDays(RetentionDays::MAX),
        collect_free_text: true,
        collect_user_agent: true,
        collect_ip: IpCollection::Full,
    };
}

impl DataPolicy {
    /// This policy, kept within `limits`.
    pub fn within(self, limits: &Limits) -> Self {
        Self {
            log_retention_days: self.log_retention_days.min(limits.log_retention_days),
            report_retention_days: self.report_retention_days.min(limits.report_retention_days),
            collect_free_text: self.collect_free_text && limits.collect_free_text,
            collect_user_agent: self.collect_user_agent && limits.collect_user_agent,
            collect_ip: self.collect_ip.min(limits.collect_ip),
            redact_types: self.redact_types,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn limits_only_ever_take_away() {
        let generous = DataPolicy {
            log_retention_days: RetentionDays(90),
            report_retention_days: RetentionDays(730),
            collect_free_text: true,
            collect_user_agent: true,
            collect_ip: IpCollection::Full,
            redact_types: EntitySet::all().without(crate::redact::EntityType::VehicleRegistration),
        };
        let limits = Limits {
            log_retention_days: RetentionDays(30),
            report_retention_days: RetentionDays(365),
            collect_free_text: false,
            collect_user_agent: true,
            collect_ip: IpCollection::Truncated,
        };
        let capped = generous.within(&limits);
        assert_eq!(capped.log_retention_days.days(), 30);
        assert_eq!(capped.report_retention_days.days(), 365);
        assert!(!capped.collect_free_text && capped.collect_user_agent);
        assert_eq!(capped.collect_ip, IpCollection::Truncated);
        assert_eq!(capped.redact_types, generous.redact_types, "the limits set no types");
        let strict = DataPolicy {
            log_retention_days: RetentionDays(7),
            collect_ip: IpCollection::None,
            ..DataPolicy::default()
        };
        assert_eq!(strict.within(&limits).log_retention_days.days(), 7, "a stricter bot stays stricter");
        assert_eq!(strict.within(&limits).collect_ip, IpCollection::None);
        assert_eq!(generous.within(&Limits::NONE), generous);
    }

    fn utc(text: &str) -> Timestamp {
        Timestamp::from_millis(DateTime::parse_from_rfc3339(text).unwrap().timestamp_millis()).unwrap()
    }

    fn expiry(at: &str, days: u32) -> Timestamp {
        let policy = DataPolicy { log_retention_days: RetentionDays::new(days).unwrap(), ..DataPolicy::default() };
        Timestamp::from_millis(policy.expires_at(utc(at), TimeZone::LONDON) * 1000).unwrap()
    }

    #[test]
    fn thirty_days_later_at_the_same_local_time() {
        assert_eq!(expiry("2026-01-10T12:00:00Z", 30), utc("2026-02-09T12:00:00Z"));
    }

    #[test]
    fn month_ends_and_leap_years_count_calendar_days() {
        assert_eq!(expiry("2026-01-31T10:00:00Z", 30), utc("2026-03-02T10:00:00Z"));
        assert_eq!(expiry("2024-01-31T10:00:00Z", 30), utc("2024-03-01T10:00:00Z"));
        assert_eq!(expiry("2026-12-31T23:59:59Z", 1), utc("2027-01-01T23:59:59Z"));
    }

    #[test]
    fn daylight_saving_changes_move_the_utc_instant_by_an_hour() {
        // Spring forward on 2026-03-29: 12:00 GMT -> 12:00 BST is 11:00 UTC.
        assert_eq!(expiry("2026-03-10T12:00:00Z", 30), utc("2026-04-09T11:00:00Z"));
        // Fall back on 2026-10-25: 12:00 BST (11:00 UTC) -> 12:00 GMT.
        assert_eq!(expiry("2026-10-10T11:00:00Z", 30), utc("2026-11-09T12:00:00Z"));
    }

    #[test]
    fn landing_in_a_skipped_or_repeated_hour_is_well_defined() {
        // 01:30 GMT on 27 Feb + 30 days is 01:30 on 29 Mar, skipped: read with the GMT offset.
        assert_eq!(expiry("2026-02-27T01:30:00Z", 30), utc("2026-03-29T01:30:00Z"));
        // 01:30 BST on 25 Sep + 30 days is 01:30 on 25 Oct, which happens twice: the first one.
        assert_eq!(expiry("2026-09-25T00:30:00Z", 30), utc("2026-10-25T00:30:00Z"));
    }

    #[test]
    fn ip_truncation_keeps_only_the_network() {
        let v4: IpAddr = "203.0.113.77".parse().unwrap();
        let v6: IpAddr = "2001:db8:abcd:12:34:56:78:9a".parse().unwrap();
        assert_eq!(IpCollection::Truncated.apply(v4), Some("203.0.113.0".parse().unwrap()));
        assert_eq!(IpCollection::Truncated.apply(v6), Some("2001:db8:abcd::".parse().unwrap()));
        assert_eq!(IpCollection::Full.apply(v4), Some(v4));
        assert_eq!(IpCollection::None.apply(v6), None);
    }

    #[test]
    fn policy_parses_with_defaults_and_refuses_bad_values() {
        let p: DataPolicy = serde_json::from_str(r#"{"log_retention_days": 14, "collect_ip": "truncated"}"#).unwrap();
        assert_eq!(p.log_retention_days.days(), 14);
        assert_eq!(p.report_retention_days.days(), 365);
        assert_eq!(p.collect_ip, IpCollection::Truncated);
        assert_eq!(p.redact_types, EntitySet::all(), "every type is redacted unless the policy says otherwise");
        let some: DataPolicy = serde_json::from_str(r#"{"redact_types": ["EMAIL", "PHONE"]}"#).unwrap();
        assert!(some.redact_types.contains(crate::redact::EntityType::Email));
        assert!(!some.redact_types.contains(crate::redact::EntityType::Name));
        assert!(serde_json::from_str::<DataPolicy>(r#"{"redact_types": ["EMAIL", "SSN"]}"#).is_err());
        assert!(serde_json::from_str::<DataPolicy>(r#"{"log_retention_days": 0}"#).is_err());
        assert!(serde_json::from_str::<DataPolicy>(r#"{"collect_ip": "some"}"#).is_err());
        assert!(serde_json::from_str::<DataPolicy>(r#"{"keep_forever": true}"#).is_err());
        assert_eq!(DataPolicy::default().collect_ip, IpCollection::None);
    }

    fn full_turn() -> Turn {
        use crate::model::{BotId, Feedback, Platform, Rating, RedactedText, SessionId, TurnId, UserAgent};
        let mut turn = Turn::new(
            BotId::parse("b").unwrap(),
            SessionId::parse("s").unwrap(),
            TurnId::parse("t").unwrap(),
            utc("2026-03-01T10:00:00Z"),
            TimeZone::LONDON,
            Platform::DialogflowCx,
        );
        turn.user_text = Some(RedactedText::from_redacted("hello [NAME]"));
        turn.bot_text = Some(RedactedText::from_redacted("hi"));
        turn.parameters.insert("party".into(), RedactedText::from_redacted("4"));
        turn.feedback = Some(Feedback { rating: Rating::Up, comment: Some(RedactedText::from_redacted("great")) });
        turn.user_agent = Some(UserAgent { browser: Some("Firefox 133".into()), os: Some("Linux".into()) });
        turn.ip = Some("203.0.113.77".parse().unwrap());
        turn.intent = Some("greet".into());
        turn
    }

    #[test]
    fn applying_a_policy_drops_what_it_does_not_collect() {
        let strict = DataPolicy { collect_free_text: false, collect_user_agent: false, ..DataPolicy::default() };
        let mut turn = full_turn();
        strict.apply(&mut turn, TimeZone::LONDON);
        assert_eq!((turn.user_text, turn.bot_text, turn.user_agent, turn.ip), (None, None, None, None));
        assert!(turn.parameters.is_empty());
        assert_eq!(turn.feedback, Some(crate::model::Feedback { rating: crate::model::Rating::Up, comment: None }));
        assert_eq!(turn.intent.as_deref(), Some("greet"), "metadata stays");
        // 10:00 GMT on 1 March; 30 days later it is 10:00 BST, 09:00 UTC.
        assert_eq!(turn.expires_at, utc("2026-03-31T09:00:00Z").seconds());

        let open = DataPolicy { collect_ip: IpCollection::Truncated, ..DataPolicy::default() };
        let mut turn = full_turn();
        open.apply(&mut turn, TimeZone::LONDON);
        assert_eq!(turn.ip, Some("203.0.113.0".parse().unwrap()));
        assert!(turn.user_text.is_some() && turn.user_agent.is_some());
    }

    #[test]
    fn a_turn_never_outlives_its_policy_but_may_expire_sooner() {
        let policy = DataPolicy::default();
        let mut turn = full_turn();
        turn.expires_at = utc("2027-01-01T00:00:00Z").seconds();
        policy.apply(&mut turn, TimeZone::LONDON);
        assert_eq!(turn.expires_at, utc("2026-03-31T09:00:00Z").seconds());
        let sooner = utc("2026-03-05T00:00:00Z").seconds();
        turn.expires_at = sooner;
        policy.apply(&mut turn, TimeZone::LONDON);
        assert_eq!(turn.expires_at, sooner);
    }
}
