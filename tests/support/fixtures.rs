//! Realistic turns for the tests.

use shared::model::{
    BotId, Day, Feedback, Platform, Rating, RedactedText, SessionId, TimeZone, Timestamp, Turn, TurnId, UserAgent,
};
use shared::policy::DataPolicy;

pub fn bot(name: &str) -> BotId {
    BotId::parse(name).unwrap()
}

pub fn session(name: &str) -> SessionId {
    SessionId::parse(name).unwrap()
}

/// Noon, London time, on `day`.
pub fn noon(day: Day) -> Timestamp {
    Timestamp::from_millis(day.start(TimeZone::LONDON).millis() + 12 * 3_600_000).unwrap()
}

/// Today in London: stored turns must be inside the retention window from now.
pub fn today() -> Day {
    Day::of(Timestamp::now(), TimeZone::LONDON)
}

/// A typical web-widget turn, already redacted, expiring per the default policy.
pub fn turn(bot: &BotId, session: &SessionId, at: Timestamp, n: usize) -> Turn {
    let mut t = Turn::new(
        bot.clone(),
        session.clone(),
        TurnId::parse(format!("{}-{n:03}", session.as_str())).unwrap(),
        at,
        TimeZone::LONDON,
        Platform::DialogflowCx,
    );
    t.channel = Some("web".into());
    t.language = Some("en-GB".into());
    t.user_text =
        Some(RedactedText::from_redacted("Hi, I'd like to book a check-up for next Tuesday, my number is [PHONE]"));
    t.bot_text = Some(RedactedText::from_redacted(
        "Of course! We have appointments at 9:30, 11:00 and 14:15 next Tuesday. Which suits you best?",
    ));
    t.intent = Some("book_appointment".into());
    t.confidence = Some(0.92);
    t.tag = Some("booking.start".into());
    t.parameters.insert("date".into(), RedactedText::from_redacted("2026-12-01"));
    t.parameters.insert("phone".into(), RedactedText::from_redacted("[PHONE]"));
    t.user_agent = Some(UserAgent { browser: Some("Chrome 131".into()), os: Some("Android 14".into()) });
    t.feedback = Some(Feedback { rating: Rating::Up, comment: None });
    t.redactions.insert("PHONE".into(), 1);
    // Keyed hashes of the redacted phone number and an email (sorted, as stored).
    t.subjects = vec!["2f1b6c0e9d8a7b6c5d4e3f2a1b0c9d8e".into(), "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d".into()];
    t.expires_at = DataPolicy::default().expires_at(at, TimeZone::LONDON);
    t
}

/// `count` turns of one session, a second apart, from `start`.
pub fn conversation(bot: &BotId, session: &SessionId, start: Timestamp, count: usize) -> Vec<Turn> {
    (0..count)
        .map(|n| turn(bot, session, Timestamp::from_millis(start.millis() + 1_000 * n as i64).unwrap(), n))
        .collect()
}

/// The turn ids, sorted, for comparing what was written with what was read.
pub fn ids(turns: &[Turn]) -> Vec<String> {
    let mut ids: Vec<String> = turns.iter().map(|t| t.turn.to_string()).collect();
    ids.sort();
    ids
}
