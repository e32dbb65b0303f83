//! `BatchWriteItem` in chunks of 25, retrying what DynamoDB did not take (`UnprocessedItems`,
//! throttling, 5xx) with bounded, jittered backoff. What still fails is returned by turn id.

use super::item::Item;
use crate::model::TurnId;
use crate::store::aws_error::classify;
use crate::store::{BatchOutcome, Failure, RetryPolicy};
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, DeleteRequest, PutRequest, WriteRequest};
use futures::StreamExt;
use std::collections::HashSet;

/// DynamoDB's limit of requests per `BatchWriteItem`.
const BATCH_SIZE: usize = 25;
/// Chunks in flight at once.
const CONCURRENT_BATCHES: usize = 4;

/// One put or delete, with the turn it is for and its key, to match `UnprocessedItems` back.
pub(crate) struct Request {
    pub turn: TurnId,
    pub key: (String, String),
    pub write: WriteRequest,
    /// How many of the caller's turns this request stands for (a repeated turn is written once).
    pub copies: usize,
}

impl Request {
    pub fn put(turn: TurnId, key: (String, String), item: Item) -> Self {
        let put = PutRequest::builder().set_item(Some(item)).build().ok();
        Self { turn, key, write: WriteRequest::builder().set_put_request(put).build(), copies: 1 }
    }

    pub fn delete(turn: TurnId, key: (String, String)) -> Self {
        let k = Item::from([
            ("pk".into(), AttributeValue::S(key.0.clone())),
            ("sk".into(), AttributeValue::S(key.1.clone())),
        ]);
        let delete = DeleteRequest::builder().set_key(Some(k)).build().ok();
        Self { turn, key, write: WriteRequest::builder().set_delete_request(delete).build(), copies: 1 }
    }
}

/// The `(pk, sk)` a write request is for.
fn key_of(write: &WriteRequest) -> Option<(String, String)> {
    let attrs = match (write.put_request(), write.delete_request()) {
        (Some(put), _) => put.item(),
        (None, Some(delete)) => delete.key(),
        (None, None) => return None,
    };
    let get = |name: &str| attrs.get(name).and_then(|v| v.as_s().ok()).cloned();
    Some((get("pk")?, get("sk")?))
}

/// Runs `requests` (already free of duplicate keys) in chunks, concurrently.
pub(crate) async fn write_all(
    client: &Client,
    table: &str,
    retry: RetryPolicy,
    requests: Vec<Request>,
) -> BatchOutcome {
    let mut chunks = Vec::new();
    let mut requests = requests.into_iter().peekable();
    while requests.peek().is_some() {
        chunks.push(requests.by_ref().take(BATCH_SIZE).collect::<Vec<_>>());
    }
    let outcomes: Vec<BatchOutcome> = futures::stream::iter(chunks)
        .map(|chunk| write_chunk(client, table, retry, chunk))
        .buffer_unordered(CONCURRENT_BATCHES)
        .collect()
        .await;
    outcomes.into_iter().fold(BatchOutcome::default(), |mut all, one| {
        all.succeeded += one.succeeded;
        all.failed.extend(one.failed);
        all
    })
}

#[tracing::instrument(skip_all, fields(table, requests = pending.len()))]
async fn write_chunk(client: &Client, table: &str, retry: RetryPolicy, mut pending: Vec<Request>) -> BatchOutcome {
    let mut succeeded = 0;
    let mut reason = String::from("not attempted");
    for attempt in 0..retry.attempts {
        if attempt > 0 {
            retry.wait(attempt - 1).await;
        }
        let writes = pending.iter().map(|r| r.write.clone()).collect::<Vec<_>>();
        match client.batch_write_item().request_items(table, writes).send().await {
            Ok(out) => {
                let unprocessed: HashSet<(String, String)> = out
                    .unprocessed_items()
                    .and_then(|m| m.get(table))
                    .map(|writes| writes.iter().filter_map(key_of).collect())
                    .unwrap_or_default();
                let (retry_these, done): (Vec<_>, Vec<_>) =
                    pending.into_iter().partition(|r| unprocessed.contains(&r.key));
                succeeded += done.iter().map(|r| r.copies).sum::<usize>();
                pending = retry_these;
                if pending.is_empty() {
                    break;
                }
                reason = "UnprocessedItems".into();
                tracing::warn!(unprocessed = pending.len(), attempt, "DynamoDB left items unprocessed");
            }
            Err(err) => {
                let classified = classify(&err);
                tracing::warn!(code = %classified.code, attempt, retryable = classified.retryable, "BatchWriteItem failed");
                reason = classified.code;
                if !classified.retryable {
                    break;
                }
            }
        }
    }
    let failed = pending.into_iter().map(|r| Failure { turn: r.turn, reason: reason.clone() }).collect();
    BatchOutcome { succeeded, failed }
}
