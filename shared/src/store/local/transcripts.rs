//! Turns in the embedded store, under the same `(pk, sk)` keys as on DynamoDB.

use super::{LocalStore, TURNS, local};
use crate::model::{BotId, Day, DayRange, SessionId, Timestamp, Turn};
use crate::store::keys::{SHARDS, partition_key, session_partition, session_prefix, sort_key};
use crate::store::{BatchOutcome, Failure, StoreError, TranscriptReader, TranscriptWriter, TurnStream};
use futures::{StreamExt, TryStreamExt, stream};
use redb::{Database, ReadableDatabase, ReadableTable};

/// The stored turns of one partition whose sort key starts with `prefix`, expired or not.
fn read_partition(db: &Database, pk: &str, prefix: &str) -> Result<Vec<Turn>, StoreError> {
    let tx = db.begin_read().map_err(local)?;
    let table = tx.open_table(TURNS).map_err(local)?;
    let mut turns = Vec::new();
    for entry in table.range((pk, prefix)..).map_err(local)? {
        let (key, value) = entry.map_err(local)?;
        let (entry_pk, entry_sk) = key.value();
        if entry_pk != pk || !entry_sk.starts_with(prefix) {
            break;
        }
        let turn = serde_json::from_slice(value.value())
            .map_err(|_| StoreError::Corrupt { key: format!("{pk} {entry_sk}"), reason: "json" })?;
        turns.push(turn);
    }
    Ok(turns)
}

impl LocalStore {
    async fn partition(&self, pk: String, prefix: String) -> Result<Vec<Turn>, StoreError> {
        let now = Timestamp::now();
        let turns = self.blocking(move |db| read_partition(db, &pk, &prefix)).await?;
        Ok(turns.into_iter().filter(|t| !t.is_expired(now)).collect())
    }

    /// Deletes every turn whose `expires_at` has passed; answers how many.
    pub fn sweep_expired_now(&self) -> Result<usize, StoreError> {
        let now = Timestamp::now();
        let tx = self.db.begin_write().map_err(local)?;
        let mut removed = 0;
        {
            let mut table = tx.open_table(TURNS).map_err(local)?;
            table
                .retain(|_, value| {
                    let expired = serde_json::from_slice::<Turn>(value).is_ok_and(|t| t.is_expired(now));
                    removed += usize::from(expired);
                    !expired
                })
                .map_err(local)?;
        }
        tx.commit().map_err(local)?;
        Ok(removed)
    }
}

impl TranscriptWriter for LocalStore {
    async fn write(&self, turns: &[Turn]) -> BatchOutcome {
        let rows: Vec<(String, String, Vec<u8>)> = turns
            .iter()
            .map(|t| {
                let pk = session_partition(&t.bot, t.day, &t.session);
                let sk = sort_key(&t.session, t.at, &t.turn);
                (pk, sk, serde_json::to_vec(t).unwrap_or_default())
            })
            .collect();
        let written = self
            .blocking(move |db| {
                let tx = db.begin_write().map_err(local)?;
                {
                    let mut table = tx.open_table(TURNS).map_err(local)?;
                    for (pk, sk, json) in &rows {
                        table.insert((pk.as_str(), sk.as_str()), json.as_slice()).map_err(local)?;
                    }
                }
                tx.commit().map_err(local)
            })
            .await;
        match written {
            Ok(()) => BatchOutcome { succeeded: turns.len(), failed: Vec::new() },
            Err(err) => {
                let reason = err.to_string();
                BatchOutcome {
                    succeeded: 0,
                    failed: turns.iter().map(|t| Failure { turn: t.turn.clone(), reason: reason.clone() }).collect(),
                }
            }
        }
    }

    async fn delete_turns(&self, turns: &[Turn]) -> Result<u64, StoreError> {
        let keys: Vec<(String, String)> = turns
            .iter()
            .map(|t| (session_partition(&t.bot, t.day, &t.session), sort_key(&t.session, t.at, &t.turn)))
            .collect();
        self.blocking(move |db| {
            let tx = db.begin_write().map_err(local)?;
            let mut deleted = 0;
            {
                let mut table = tx.open_table(TURNS).map_err(local)?;
                for (pk, sk) in &keys {
                    deleted += u64::from(table.remove((pk.as_str(), sk.as_str())).map_err(local)?.is_some());
                }
            }
            tx.commit().map_err(local)?;
            Ok(deleted)
        })
        .await
    }

    async fn delete_session(&self, bot: &BotId, session: &SessionId, days: DayRange) -> Result<u64, StoreError> {
        let partitions: Vec<String> = days.days().map(|day| session_partition(bot, day, session)).collect();
        let prefix = session_prefix(session);
        self.blocking(move |db| {
            let tx = db.begin_write().map_err(local)?;
            let mut deleted = 0;
            {
                let mut table = tx.open_table(TURNS).map_err(local)?;
                for pk in &partitions {
                    let keys: Vec<String> = read_partition_keys(&table, pk, &prefix)?;
                    for sk in keys {
                        table.remove((pk.as_str(), sk.as_str())).map_err(local)?;
                        deleted += 1;
                    }
                }
            }
            tx.commit().map_err(local)?;
            Ok(deleted)
        })
        .await
    }
}

fn read_partition_keys(
    table: &impl ReadableTable<(&'static str, &'static str), &'static [u8]>,
    pk: &str,
    prefix: &str,
) -> Result<Vec<String>, StoreError> {
    let mut keys = Vec::new();
    for entry in table.range((pk, prefix)..).map_err(local)? {
        let (key, _) = entry.map_err(local)?;
        let (entry_pk, entry_sk) = key.value();
        if entry_pk != pk || !entry_sk.starts_with(prefix) {
            break;
        }
        keys.push(entry_sk.to_owned());
    }
    Ok(keys)
}

impl TranscriptReader for LocalStore {
    fn day_partitions<'a>(&'a self, bot: &'a BotId, day: Day) -> Vec<TurnStream<'a>> {
        (0..SHARDS)
            .map(|shard| {
                stream::once(self.partition(partition_key(bot, day, shard), String::new()))
                    .map_ok(|turns| stream::iter(turns.into_iter().map(Ok)))
                    .try_flatten()
                    .boxed()
            })
            .collect()
    }

    async fn session_turns(&self, bot: &BotId, session: &SessionId, days: DayRange) -> Result<Vec<Turn>, StoreError> {
        let mut all = Vec::new();
        for day in days.days() {
            all.extend(self.partition(session_partition(bot, day, session), session_prefix(session)).await?);
        }
        Ok(all)
    }
}
