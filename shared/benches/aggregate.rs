//! The nightly aggregation in process: 1,000,000 synthetic turns of one bot's day (200,000
//! sessions over 16 partitions, 12% missed with a long tail of distinct texts, widget events,
//! feedback, cards, user agents, redactions) streamed from generators, as a store delivers
//! them, folded on one core (a current-thread runtime) into the daily report.
//!
//! Criterion measures the time per day; the process's peak resident memory is printed at the
//! end. Run: `cargo bench -p shared --bench aggregate`.

use criterion::{Criterion, Throughput};
use futures::{StreamExt, stream};
use shared::model::{
    BotId, Day, Feedback, Platform, Rating, RedactedText, SessionId, TimeZone, Timestamp, Turn, TurnId, TurnKind,
    UserAgent,
};
use shared::report::tally_partitions;
use shared::store::TurnStream;
use std::hint::black_box;

const TURNS: u64 = 1_000_000;
const PARTITIONS: u64 = 16;
const TURNS_PER_SESSION: u64 = 5;

const INTENTS: [&str; 12] = [
    "book_appointment",
    "opening_hours",
    "prices",
    "cancel_appointment",
    "find_us",
    "emergency",
    "insurance",
    "greeting",
    "goodbye",
    "thanks",
    "speak_to_person",
    "reschedule",
];
const CHANNELS: [&str; 4] = ["web", "whatsapp", "telephony", "Text"];
const BROWSERS: [(&str, &str); 4] =
    [("Chrome 131", "Android 14"), ("Safari 17", "iOS 17"), ("Edge 130", "Windows 10"), ("Firefox 128", "Linux")];

/// Turn `n` of the day: sessions are consecutive runs of `TURNS_PER_SESSION`, a minute apart.
fn turn(bot: &BotId, day_start: i64, n: u64) -> Turn {
    let session_no = n / TURNS_PER_SESSION;
    let step = n % TURNS_PER_SESSION;
    let at = Timestamp::from_millis(day_start + (session_no % 80_000) as i64 * 1_000 + step as i64 * 60_000).unwrap();
    let session = SessionId::parse(format!("session-{session_no:07}")).unwrap();
    let platform = [Platform::DialogflowCx, Platform::DialogflowEs, Platform::LexV2][(session_no % 3) as usize];
    let mut t =
        Turn::new(bot.clone(), session, TurnId::parse(format!("t{n}")).unwrap(), at, TimeZone::LONDON, platform);
    t.expires_at = i64::MAX;
    t.channel = Some(CHANNELS[(session_no % 4) as usize].to_owned());
    t.user_text = Some(RedactedText::from_redacted("I'd like to book a check-up for next Tuesday please"));
    t.bot_text = Some(RedactedText::from_redacted("Of course. We have 9:30, 11:00 and 14:15. Which suits you?"));
    if n % 100 < 12 {
        t.matched = false;
        // Half the misses repeat a few questions; the rest are a long tail of distinct texts.
        let text = if n.is_multiple_of(2) {
            format!("Can I pay by card number {}?", n % 7)
        } else {
            format!("something nobody asked before #{n}")
        };
        t.user_text = Some(RedactedText::from_redacted(text));
    } else {
        t.intent = Some(INTENTS[(n * 7 % 12) as usize].to_owned());
        t.confidence = Some(0.5 + (n % 50) as f32 / 100.0);
    }
    if step == 0 {
        let (browser, os) = BROWSERS[(session_no % 4) as usize];
        t.user_agent = Some(UserAgent { browser: Some(browser.to_owned()), os: Some(os.to_owned()) });
    }
    if step == TURNS_PER_SESSION - 1 && session_no.is_multiple_of(5) {
        // A widget event closes every fifth session: a card and a rating.
        t.kind = TurnKind::Widget;
        t.card = Some(format!("Card {}", session_no % 9));
        t.feedback = Some(Feedback {
            rating: if session_no.is_multiple_of(3) { Rating::Down } else { Rating::Up },
            comment: None,
        });
    }
    if n.is_multiple_of(10) {
        t.redactions.insert("PHONE".to_owned(), 1);
    }
    t
}

/// One partition's turns, generated as read: every `PARTITIONS`th session, in key order.
fn partitions(bot: &BotId, day: Day) -> Vec<TurnStream<'static>> {
    let day_start = day.start(TimeZone::LONDON).millis();
    (0..PARTITIONS)
        .map(|p| {
            let bot = bot.clone();
            let sessions = (0..TURNS / TURNS_PER_SESSION).filter(move |s| s % PARTITIONS == p);
            stream::iter(sessions.flat_map(move |s| {
                let bot = bot.clone();
                (0..TURNS_PER_SESSION).map(move |step| Ok(turn(&bot, day_start, s * TURNS_PER_SESSION + step)))
            }))
            .boxed()
        })
        .collect()
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let bot = BotId::parse("bench-bot").unwrap();
    let day: Day = "2026-10-25".parse().unwrap();

    // Check once that the day is what it should be before timing it.
    let tally = runtime.block_on(tally_partitions(partitions(&bot, day), TimeZone::LONDON)).unwrap();
    let report = tally.report(&bot, day, str::to_owned);
    let widgets = TURNS / TURNS_PER_SESSION / 5;
    assert_eq!(report.turns, TURNS - widgets);
    assert_eq!(report.sessions, TURNS / TURNS_PER_SESSION);

    let mut criterion = Criterion::default().sample_size(10).configure_from_args();
    let mut group = criterion.benchmark_group("aggregate");
    group.throughput(Throughput::Elements(TURNS));
    group.bench_function("1M turns, one core", |b| {
        b.iter(|| {
            let tally = runtime.block_on(tally_partitions(partitions(&bot, day), TimeZone::LONDON)).unwrap();
            black_box(tally.report(&bot, day, str::to_owned))
        })
    });
    group.finish();
    criterion.final_summary();
    if let Some(peak) = peak_rss_mib() {
        println!("peak resident memory: {peak:.1} MiB");
    }
}
