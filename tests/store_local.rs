//! The embedded local adapters pass the same behavioural suites as the AWS ones, and persist
//! across a restart.

use blackbox::contract;
use blackbox::fixtures::{bot, conversation, noon, session, today};
use shared::model::Timestamp;
use shared::store::local::{LocalReports, LocalStore};
use shared::store::{TranscriptReader, TranscriptWriter, TurnInbox, TurnQueue};

fn store() -> (tempfile::TempDir, LocalStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(dir.path()).unwrap();
    (dir, store)
}

#[tokio::test]
async fn writes_100_turns_and_reads_them_by_day_and_session() {
    let (_dir, store) = store();
    contract::writes_100_turns_and_reads_them_by_day_and_session(&store).await;
}

#[tokio::test]
async fn reads_a_day_by_partition_with_sessions_together() {
    let (_dir, store) = store();
    contract::reads_a_day_by_partition_with_sessions_together(&store).await;
}

#[tokio::test]
async fn never_returns_expired_turns() {
    let (_dir, store) = store();
    contract::never_returns_expired_turns(&store).await;
}

#[tokio::test]
async fn deletes_a_session_and_nothing_else() {
    let (_dir, store) = store();
    contract::deletes_a_session_and_nothing_else(&store).await;
}

#[tokio::test]
async fn deletes_chosen_turns_and_nothing_else() {
    let (_dir, store) = store();
    contract::deletes_chosen_turns_and_nothing_else(&store).await;
}

#[tokio::test]
async fn rewriting_turns_is_harmless() {
    let (_dir, store) = store();
    contract::rewriting_turns_is_harmless(&store).await;
}

#[tokio::test]
async fn stores_and_lists_report_objects() {
    let dir = tempfile::tempdir().unwrap();
    contract::stores_and_lists_report_objects(&LocalReports::new(dir.path())).await;
}

#[tokio::test]
async fn queues_turns_and_delivers_them_whole() {
    let (_dir, store) = store();
    contract::queues_turns_and_delivers_them_whole(&store).await;
}

#[tokio::test]
async fn turns_and_unacknowledged_messages_survive_a_restart_and_expired_turns_do_not() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = (bot("restart"), session("s"));
    let mut turns = conversation(&b, &s, noon(today()), 4);
    turns[0].expires_at = Timestamp::now().seconds() - 1;
    {
        let store = LocalStore::open(dir.path()).unwrap();
        assert!(store.write(&turns).await.failed.is_empty());
        assert!(store.send(&turns[1..3]).await.failed.is_empty());
        // Received but never acknowledged: redelivered after a restart, as after a visibility timeout.
        assert_eq!(store.receive(10).await.unwrap().len(), 2);
        assert!(store.receive(10).await.unwrap().is_empty());
    }
    let store = LocalStore::open(dir.path()).unwrap();
    let window = shared::model::DayRange::retention_window(today(), 30);
    assert_eq!(store.session_turns(&b, &s, window).await.unwrap(), turns[1..].to_vec());
    // The expired turn was swept from disk on open, not just hidden.
    assert_eq!(store.delete_session(&b, &s, window).await.unwrap(), 3);
    let redelivered = store.receive(10).await.unwrap();
    assert_eq!(redelivered.len(), 2);
    assert_eq!(redelivered[0].turn.as_ref().unwrap(), &turns[1]);
}
