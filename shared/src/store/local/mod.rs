//! The embedded local adapters, for running the product without AWS: [`LocalStore`] keeps turns
//! and the queue in one [redb](https://docs.rs/redb) file, [`LocalReports`] keeps report objects
//! as files under a folder, at the same relative keys as in S3. Both persist across restarts
//! and need no server.

mod queue;
mod reports;
mod transcripts;

pub use reports::LocalReports;

use super::{DeadLetters, StoreError};
use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};
use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Turns by `(pk, sk)`, as JSON; the same key design as on DynamoDB.
const TURNS: TableDefinition<(&str, &str), &[u8]> = TableDefinition::new("turns");
/// Queued envelopes by sequence number.
const QUEUE: TableDefinition<u64, &str> = TableDefinition::new("queue");
/// Messages that can never be stored, by message id: `{"reason": ..., "body": ...}`.
const DEAD_LETTERS: TableDefinition<&str, &str> = TableDefinition::new("dead_letters");

/// Turns and the turn queue in one embedded database file (`store.redb` in a folder).
#[derive(Clone)]
pub struct LocalStore {
    db: Arc<Database>,
    /// Messages received but not yet acknowledged: invisible to other receivers until this
    /// process ends (then they are delivered again, as SQS would after a visibility timeout).
    in_flight: Arc<Mutex<HashSet<u64>>>,
}

impl std::fmt::Debug for LocalStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalStore").finish_non_exhaustive()
    }
}

fn local(err: impl std::fmt::Display) -> StoreError {
    StoreError::Local(err.to_string())
}

impl LocalStore {
    /// Opens (or creates) the store in `dir`, and deletes the turns whose retention has passed,
    /// as DynamoDB's TTL sweep would.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(local)?;
        let db = Database::create(dir.join("store.redb")).map_err(local)?;
        let tx = db.begin_write().map_err(local)?;
        tx.open_table(TURNS).map_err(local)?;
        tx.open_table(QUEUE).map_err(local)?;
        tx.open_table(DEAD_LETTERS).map_err(local)?;
        tx.commit().map_err(local)?;
        let store = Self { db: Arc::new(db), in_flight: Arc::default() };
        store.sweep_expired_now()?;
        Ok(store)
    }

    /// The parked messages: `(message id, reason, body)`, in message id order.
    pub async fn dead_letters(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        self.blocking(|db| {
            let tx = db.begin_read().map_err(local)?;
            let table = tx.open_table(DEAD_LETTERS).map_err(local)?;
            let mut out = Vec::new();
            for entry in table.iter().map_err(local)? {
                let (id, value) = entry.map_err(local)?;
                let parked: serde_json::Value = serde_json::from_str(value.value()).map_err(local)?;
                let field = |name: &str| parked[name].as_str().unwrap_or_default().to_owned();
                out.push((id.value().to_owned(), field("reason"), field("body")));
            }
            Ok(out)
        })
        .await
    }

    /// Runs blocking database work off the async runtime's threads.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Database) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let db = Arc::clone(&self.db);
        tokio::task::spawn_blocking(move || work(&db)).await.map_err(local)?
    }
}

impl DeadLetters for LocalStore {
    async fn park(&self, message_id: &str, body: &str, reason: &str) -> Result<(), StoreError> {
        let id = message_id.to_owned();
        let value = serde_json::json!({"reason": reason, "body": body}).to_string();
        self.blocking(move |db| {
            let tx = db.begin_write().map_err(local)?;
            tx.open_table(DEAD_LETTERS).map_err(local)?.insert(id.as_str(), value.as_str()).map_err(local)?;
            tx.commit().map_err(local)
        })
        .await
    }
}
