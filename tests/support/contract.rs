//! The behavioural suites: one contract per port, run against the AWS adapter (on the local
//! endpoints) and against the embedded local adapter, so that both keep the same promises.

use crate::endpoints::unique;
use crate::fixtures::{bot, conversation, ids, noon, session, today};
use futures::TryStreamExt;
use shared::model::{BotId, Day, DayRange, Month, Timestamp, Turn};
use shared::store::{
    KeyPrefix, ObjectKey, ReportFormat, ReportSink, ReportSource, TranscriptReader, TranscriptWriter, TurnInbox,
    TurnQueue,
};
use std::time::{Duration, Instant};

fn fresh_bot() -> BotId {
    bot(&unique("bot"))
}

async fn day_turns<S: TranscriptReader>(store: &S, bot: &BotId, day: Day) -> Vec<Turn> {
    let mut turns: Vec<Turn> = store.day_turns(bot, day).try_collect().await.expect("read day");
    turns.sort_by(|a, b| a.turn.cmp(&b.turn));
    turns
}

fn window() -> DayRange {
    DayRange::retention_window(today(), 30)
}

fn sorted(mut turns: Vec<Turn>) -> Vec<Turn> {
    turns.sort_by(|a, b| a.turn.cmp(&b.turn));
    turns
}

/// 100 turns in one call (10 sessions) plus a session spanning two days: every field reads
/// back unchanged, by day and by session, and a session reads oldest first.
pub async fn writes_100_turns_and_reads_them_by_day_and_session<S: TranscriptWriter + TranscriptReader>(store: &S) {
    let bot = fresh_bot();
    let (day, yesterday) = (today(), today().previous());
    let mut todays: Vec<Turn> =
        (0..10).flat_map(|s| conversation(&bot, &session(&format!("s{s}")), noon(day), 10)).collect();
    let spanning = session("span");
    let earlier = conversation(&bot, &spanning, noon(yesterday), 3);
    let later = conversation(&bot, &spanning, noon(day), 2);
    todays.extend(later.clone());
    let all: Vec<Turn> = todays.iter().chain(&earlier).cloned().collect();

    let outcome = store.write(&all).await;
    assert_eq!(outcome.failed, vec![], "no turn may fail");
    assert_eq!(outcome.succeeded, 105);

    assert_eq!(day_turns(store, &bot, day).await, sorted(todays.clone()));
    assert_eq!(day_turns(store, &bot, yesterday).await, sorted(earlier.clone()));
    assert_eq!(day_turns(store, &bot, day.next()).await, vec![]);

    let session_turns = store.session_turns(&bot, &spanning, window()).await.unwrap();
    let expected: Vec<Turn> = earlier.into_iter().chain(later).collect();
    assert_eq!(session_turns, expected, "a session reads back whole, oldest first");
    let other_bot = fresh_bot();
    assert_eq!(store.session_turns(&other_bot, &spanning, window()).await.unwrap(), vec![]);
}

/// A day read partition by partition: together the partitions hold the day's turns exactly once,
/// and within each, every session's turns arrive together, oldest first.
pub async fn reads_a_day_by_partition_with_sessions_together<S: TranscriptWriter + TranscriptReader>(store: &S) {
    let bot = fresh_bot();
    let day = today();
    // Sessions interleaved in time, so that write order and time order both differ from key order.
    let mut turns: Vec<Turn> =
        (0..40).flat_map(|s| conversation(&bot, &session(&format!("p{s}")), noon(day), 6)).collect();
    turns.reverse();
    assert_eq!(store.write(&turns).await.failed, vec![]);

    let mut seen = Vec::new();
    for partition in store.day_partitions(&bot, day) {
        let read: Vec<Turn> = partition.try_collect().await.expect("read partition");
        let mut finished: Vec<&str> = Vec::new();
        for pair in read.windows(2) {
            if pair[0].session == pair[1].session {
                assert!(pair[0].at <= pair[1].at, "a session's turns arrive oldest first");
            } else {
                finished.push(pair[0].session.as_str());
                assert!(!finished.contains(&pair[1].session.as_str()), "a session's turns arrive together");
            }
        }
        seen.extend(read);
    }
    assert_eq!(sorted(seen), sorted(turns));
}

/// Turns whose `expires_at` has passed are never read, even while the store still holds them.
/// Returns the expired turns, for adapters that can check they are still physically there.
pub async fn never_returns_expired_turns<S: TranscriptWriter + TranscriptReader>(store: &S) -> Vec<Turn> {
    let bot = fresh_bot();
    let s = session("expiring");
    let mut turns = conversation(&bot, &s, noon(today()), 5);
    let now = Timestamp::now().seconds();
    for (i, t) in turns.iter_mut().enumerate() {
        t.expires_at = if i < 3 { now - 60 } else { now + 3_600 };
    }
    assert_eq!(store.write(&turns).await.failed, vec![]);
    let live: Vec<Turn> = turns[3..].to_vec();
    assert_eq!(day_turns(store, &bot, today()).await, sorted(live.clone()));
    assert_eq!(store.session_turns(&bot, &s, window()).await.unwrap(), live);
    turns[..3].to_vec()
}

/// Deleting a session removes all its turns on every day of the window, expired ones too, and
/// nothing of any other session; a second delete finds nothing.
pub async fn deletes_a_session_and_nothing_else<S: TranscriptWriter + TranscriptReader>(store: &S) {
    let bot = fresh_bot();
    let (gone, kept) = (session("erase-me"), session("keep-me"));
    let mut turns = Vec::new();
    for (days_ago, count) in [(0, 3), (1, 2), (5, 4)] {
        turns.extend(conversation(&bot, &gone, noon(today().minus_days(days_ago)), count));
    }
    turns[0].expires_at = Timestamp::now().seconds() - 10;
    let kept_turns = conversation(&bot, &kept, noon(today()), 4);
    turns.extend(kept_turns.clone());
    assert_eq!(store.write(&turns).await.failed, vec![]);

    assert_eq!(store.delete_session(&bot, &gone, window()).await.unwrap(), 9);
    assert_eq!(store.session_turns(&bot, &gone, window()).await.unwrap(), vec![]);
    assert_eq!(store.session_turns(&bot, &kept, window()).await.unwrap(), kept_turns);
    assert_eq!(ids(&day_turns(store, &bot, today()).await), ids(&kept_turns));
    assert_eq!(store.delete_session(&bot, &gone, window()).await.unwrap(), 0);
}

/// Deleting chosen turns removes exactly those, wherever they are stored; naming one twice, or
/// one already gone, is harmless.
pub async fn deletes_chosen_turns_and_nothing_else<S: TranscriptWriter + TranscriptReader>(store: &S) {
    let bot = fresh_bot();
    let mut turns = conversation(&bot, &session("mixed-a"), noon(today()), 4);
    turns.extend(conversation(&bot, &session("mixed-b"), noon(today().minus_days(3)), 3));
    assert_eq!(store.write(&turns).await.failed, vec![]);
    let chosen = vec![turns[1].clone(), turns[5].clone(), turns[1].clone()];
    assert_eq!(store.delete_turns(&chosen).await.unwrap(), 2);
    let left: Vec<Turn> =
        turns.iter().filter(|t| t.turn != turns[1].turn && t.turn != turns[5].turn).cloned().collect();
    let mut stored = day_turns(store, &bot, today()).await;
    stored.extend(day_turns(store, &bot, today().minus_days(3)).await);
    assert_eq!(ids(&stored), ids(&left));
    assert!(store.delete_turns(&chosen[..1]).await.is_ok(), "deleting a deleted turn is harmless");
    assert_eq!(store.delete_turns(&[]).await.unwrap(), 0);
}

/// Writing the same turns again, even twice in one call, leaves one item per turn.
pub async fn rewriting_turns_is_harmless<S: TranscriptWriter + TranscriptReader>(store: &S) {
    let bot = fresh_bot();
    let turns = conversation(&bot, &session("again"), noon(today()), 10);
    assert_eq!(store.write(&turns).await.succeeded, 10);
    let twice: Vec<Turn> = turns.iter().chain(&turns).cloned().collect();
    let outcome = store.write(&twice).await;
    assert_eq!((outcome.succeeded, outcome.failed), (20, vec![]));
    assert_eq!(day_turns(store, &bot, today()).await, sorted(turns));
}

/// Reports: put, get, overwrite, list by Hive-style prefix; a missing key reads as `None`.
pub async fn stores_and_lists_report_objects<S: ReportSink + ReportSource>(store: &S) {
    let bot = fresh_bot();
    let month: Month = "2026-11".parse().unwrap();
    let day1 = month.first_day();
    let day2: Day = "2026-11-30".parse().unwrap();
    let december: Day = "2026-12-01".parse().unwrap();
    let keys = [
        ObjectKey::daily_report(&bot, day1, ReportFormat::Json),
        ObjectKey::daily_report(&bot, day1, ReportFormat::Html),
        ObjectKey::daily_report(&bot, day2, ReportFormat::Json),
        ObjectKey::daily_report(&bot, december, ReportFormat::Json),
        ObjectKey::monthly_aggregate(&bot, month),
    ];
    for (i, key) in keys.iter().enumerate() {
        store.put(key, format!("{{\"n\": {i}}}").into_bytes()).await.unwrap();
    }
    assert_eq!(store.get(&keys[2]).await.unwrap(), Some(b"{\"n\": 2}".to_vec()));
    store.put(&keys[2], b"{\"n\": 22}".to_vec()).await.unwrap();
    assert_eq!(store.get(&keys[2]).await.unwrap(), Some(b"{\"n\": 22}".to_vec()));
    let missing = ObjectKey::daily_report(&bot, day1.next(), ReportFormat::Json);
    assert_eq!(store.get(&missing).await.unwrap(), None);

    let mut november = keys[..3].to_vec();
    november.sort();
    assert_eq!(store.list(&KeyPrefix::daily_reports_in(&bot, month)).await.unwrap(), november);
    assert_eq!(store.list(&KeyPrefix::daily_reports(&bot)).await.unwrap().len(), 4);
    assert_eq!(store.list(&KeyPrefix::monthly_aggregates(&bot)).await.unwrap(), vec![keys[4].clone()]);
    assert_eq!(store.list(&KeyPrefix::daily_reports(&fresh_bot())).await.unwrap(), vec![]);
}

/// Receives until `count` deliveries arrived or 30 s passed.
pub async fn receive_all<Q: TurnInbox>(queue: &Q, count: usize) -> Vec<shared::store::Delivery> {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut got = Vec::new();
    while got.len() < count && Instant::now() < deadline {
        got.extend(queue.receive(10).await.expect("receive"));
    }
    got
}

/// Queue: 25 turns go in (several batches) and come out whole; once acknowledged they are gone.
pub async fn queues_turns_and_delivers_them_whole<Q: TurnQueue + TurnInbox>(queue: &Q) {
    let bot = fresh_bot();
    let turns = conversation(&bot, &session("queued"), noon(today()), 25);
    let outcome = queue.send(&turns).await;
    assert_eq!((outcome.succeeded, outcome.failed), (25, vec![]));

    let deliveries = receive_all(queue, 25).await;
    assert_eq!(deliveries.len(), 25);
    let received: Vec<Turn> = deliveries.iter().map(|d| d.turn.clone().expect("a valid envelope")).collect();
    assert_eq!(sorted(received), sorted(turns));

    let receipts: Vec<String> = deliveries.into_iter().map(|d| d.receipt).collect();
    queue.acknowledge(&receipts).await.unwrap();
    assert!(queue.receive(10).await.unwrap().is_empty());
}
