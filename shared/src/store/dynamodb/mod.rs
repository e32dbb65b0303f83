//! The transcript store on DynamoDB: one table, no index, keys as in [`crate::store`]'s key
//! design, `expires_at` as the TTL attribute. Every read filters `expires_at > now`, because
//! DynamoDB deletes expired items only within a day or two.

mod batch;
mod item;

use super::keys::{SHARDS, parse_keys, partition_key, session_partition, session_prefix};
use super::{BatchOutcome, Failure, RetryPolicy, StoreError, TranscriptReader, TranscriptWriter, TurnStream};
use crate::model::{BotId, Day, DayRange, SessionId, Timestamp, Turn};
use crate::store::aws_error::classify;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::AttributeValue;
use batch::Request;
use futures::{Stream, StreamExt, TryStreamExt, stream};
use item::{Item, MAX_ITEM_BYTES, from_item, item_size, key_of, to_item};
use std::collections::{HashMap, HashSet};

pub use item::TTL_ATTRIBUTE;
pub use item::item_size as stored_item_size;

/// Day partitions of one session queried at once.
const CONCURRENT_DAYS: usize = 8;

/// Turns in a DynamoDB table, written and read with the project's key design.
#[derive(Debug, Clone)]
pub struct DynamoDbTranscripts {
    client: Client,
    table: String,
    retry: RetryPolicy,
}

impl DynamoDbTranscripts {
    pub fn new(client: Client, table: impl Into<String>) -> Self {
        Self { client, table: table.into(), retry: RetryPolicy::default() }
    }

    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The turns of one partition, page by page (`sk_prefix` narrows it to one session).
    /// `unexpired_at` filters out expired items; `None` reads every item (for deletion).
    fn query_partition(
        &self,
        pk: String,
        sk_prefix: Option<String>,
        unexpired_at: Option<Timestamp>,
    ) -> impl Stream<Item = Result<Item, StoreError>> + Send + '_ {
        let first_page: Option<Option<Item>> = Some(None);
        stream::try_unfold(first_page, move |page| {
            let (pk, sk_prefix) = (pk.clone(), sk_prefix.clone());
            async move {
                let Some(start) = page else { return Ok(None) };
                let mut query = self
                    .client
                    .query()
                    .table_name(&self.table)
                    .set_exclusive_start_key(start)
                    .expression_attribute_values(":pk", AttributeValue::S(pk));
                query = match sk_prefix {
                    Some(prefix) => query
                        .key_condition_expression("pk = :pk AND begins_with(sk, :prefix)")
                        .expression_attribute_values(":prefix", AttributeValue::S(prefix)),
                    None => query.key_condition_expression("pk = :pk"),
                };
                if let Some(now) = unexpired_at {
                    query = query
                        .filter_expression("#ttl > :now")
                        .expression_attribute_names("#ttl", TTL_ATTRIBUTE)
                        .expression_attribute_values(":now", AttributeValue::N(now.seconds().to_string()));
                }
                let out =
                    query.send().await.map_err(|e| StoreError::Aws { operation: "Query", code: classify(&e).code })?;
                let next = out.last_evaluated_key().map(|k| Some(k.clone()));
                let items = out.items.unwrap_or_default().into_iter().map(Ok);
                Ok(Some((stream::iter(items), next)))
            }
        })
        .try_flatten()
    }

    /// Unexpired turns of one partition.
    fn partition_turns(
        &self,
        pk: String,
        sk_prefix: Option<String>,
    ) -> impl Stream<Item = Result<Turn, StoreError>> + Send + '_ {
        let now = Timestamp::now();
        self.query_partition(pk, sk_prefix, Some(now))
            .and_then(|item| async move { from_item(&item) })
            .try_filter(move |turn| std::future::ready(!turn.is_expired(now)))
    }
}

impl TranscriptWriter for DynamoDbTranscripts {
    #[tracing::instrument(skip_all, fields(table = %self.table, turns = turns.len()))]
    async fn write(&self, turns: &[Turn]) -> BatchOutcome {
        // One request per key: a batch must not name a key twice, and a repeated turn is the
        // same item anyway. The last copy wins.
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        let mut requests: Vec<Request> = Vec::with_capacity(turns.len());
        let mut too_large = Vec::new();
        for turn in turns {
            let item = to_item(turn);
            if item_size(&item) > MAX_ITEM_BYTES {
                too_large.push(Failure { turn: turn.turn.clone(), reason: "ItemTooLarge".into() });
                continue;
            }
            let key = key_of(turn);
            let request = Request::put(turn.turn.clone(), key.clone(), item);
            match index.get(&key) {
                Some(&i) => {
                    let copies = requests[i].copies + 1;
                    requests[i] = Request { copies, ..request };
                }
                None => {
                    index.insert(key, requests.len());
                    requests.push(request);
                }
            }
        }
        let mut outcome = batch::write_all(&self.client, &self.table, self.retry, requests).await;
        outcome.failed.extend(too_large);
        tracing::info!(written = outcome.succeeded, failed = outcome.failed.len(), "turns written");
        outcome
    }

    #[tracing::instrument(skip_all, fields(table = %self.table, bot = %bot, session = %session))]
    async fn delete_session(&self, bot: &BotId, session: &SessionId, days: DayRange) -> Result<u64, StoreError> {
        let requests: Vec<Request> = stream::iter(days.days())
            .map(|day| self.query_partition(session_partition(bot, day, session), Some(session_prefix(session)), None))
            .flatten()
            .and_then(|item| async move {
                let get = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned().unwrap_or_default();
                let (pk, sk) = (get("pk"), get("sk"));
                let key = parse_keys(&pk, &sk)
                    .ok_or_else(|| StoreError::Corrupt { key: format!("{pk} {sk}"), reason: "keys" })?;
                Ok(Request::delete(key.turn, (pk, sk)))
            })
            .try_collect()
            .await?;
        self.delete(requests).await
    }

    #[tracing::instrument(skip_all, fields(table = %self.table, turns = turns.len()))]
    async fn delete_turns(&self, turns: &[Turn]) -> Result<u64, StoreError> {
        let mut keys = HashSet::new();
        let requests = turns
            .iter()
            .filter(|turn| keys.insert(key_of(turn)))
            .map(|turn| Request::delete(turn.turn.clone(), key_of(turn)))
            .collect();
        self.delete(requests).await
    }
}

impl DynamoDbTranscripts {
    /// Runs delete requests in batches; answers how many, or the first failure's code.
    async fn delete(&self, requests: Vec<Request>) -> Result<u64, StoreError> {
        let outcome = batch::write_all(&self.client, &self.table, self.retry, requests).await;
        match outcome.failed.first() {
            None => {
                tracing::info!(deleted = outcome.succeeded, "turns deleted");
                Ok(outcome.succeeded as u64)
            }
            Some(failure) => {
                Err(StoreError::Aws { operation: "BatchWriteItem (delete)", code: failure.reason.clone() })
            }
        }
    }
}

impl TranscriptReader for DynamoDbTranscripts {
    fn day_partitions<'a>(&'a self, bot: &'a BotId, day: Day) -> Vec<TurnStream<'a>> {
        (0..SHARDS).map(|shard| self.partition_turns(partition_key(bot, day, shard), None).boxed()).collect()
    }

    #[tracing::instrument(skip_all, fields(table = %self.table, bot = %bot, session = %session))]
    async fn session_turns(&self, bot: &BotId, session: &SessionId, days: DayRange) -> Result<Vec<Turn>, StoreError> {
        let per_day: Vec<Vec<Turn>> = stream::iter(days.days())
            .map(|day| {
                self.partition_turns(session_partition(bot, day, session), Some(session_prefix(session)))
                    .try_collect::<Vec<_>>()
            })
            .buffered(CONCURRENT_DAYS)
            .try_collect()
            .await?;
        Ok(per_day.into_iter().flatten().collect())
    }
}
