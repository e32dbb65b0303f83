//! The embedded local adapters, for running the product without AWS: [`LocalStore`] keeps turns
//! and the queue in one [redb](https://docs.rs/redb) file, [`LocalReports`] keeps report objects
//! as files under a folder, at the same relative keys as in S3. Both persist across restarts
//! and need no server.

mod queue;
mod reports;
mod transcripts;

pub use reports::LocalReports;

use super::StoreError;
use redb::{Database, TableDefinition};
use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Turns by `(pk, sk)`, as JSON; the same key design as on DynamoDB.
const TURNS: TableDefinition<(&str, &str), &[u8]> = TableDefinition::new("turns");
/// Queued envelopes by sequence number.
const QUEUE: TableDefinition<u64, &str> = TableDefinition::new("queue");

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
        tx.commit().map_err(local)?;
        let store = Self { db: Arc::new(db), in_flight: Arc::default() };
        store.sweep_expired_now()?;
        Ok(store)
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
