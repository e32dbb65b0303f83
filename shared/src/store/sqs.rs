//! The transcript queue on SQS: each turn one message, its body a versioned envelope. Sends go
//! in batches of ten; entries SQS did not take are retried with backoff when the fault was
//! SQS's, and returned by turn id otherwise.

use super::aws_error::classify;
use super::{
    BatchOutcome, DeadLetters, Delivery, Failure, RetryPolicy, StoreError, TurnInbox, TurnQueue, decode_envelope,
    encode_envelope,
};
use crate::model::Turn;
use aws_sdk_sqs::Client;
use aws_sdk_sqs::types::{DeleteMessageBatchRequestEntry, MessageAttributeValue, SendMessageBatchRequestEntry};

/// SQS's limit of entries per batch call.
const BATCH_SIZE: usize = 10;
/// SQS's limit on one message, and on a whole batch.
const MAX_BATCH_BYTES: usize = 256 * 1024;

/// A queue of turns, by URL.
#[derive(Debug, Clone)]
pub struct SqsTurnQueue {
    client: Client,
    queue_url: String,
    retry: RetryPolicy,
}

impl SqsTurnQueue {
    pub fn new(client: Client, queue_url: impl Into<String>) -> Self {
        Self { client, queue_url: queue_url.into(), retry: RetryPolicy::default() }
    }

    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sends one batch (at most ten entries, within the size limit), retrying what SQS lost.
    async fn send_batch(&self, batch: Vec<(&Turn, String)>) -> BatchOutcome {
        let mut pending: Vec<(usize, &Turn, String)> =
            batch.into_iter().enumerate().map(|(i, (t, b))| (i, t, b)).collect();
        let mut outcome = BatchOutcome::default();
        let mut reason = String::from("not attempted");
        for attempt in 0..self.retry.attempts {
            if attempt > 0 {
                self.retry.wait(attempt - 1).await;
            }
            let entries = pending
                .iter()
                .filter_map(|(i, _, body)| {
                    SendMessageBatchRequestEntry::builder().id(i.to_string()).message_body(body.clone()).build().ok()
                })
                .collect::<Vec<_>>();
            match self.client.send_message_batch().queue_url(&self.queue_url).set_entries(Some(entries)).send().await {
                Ok(out) => {
                    let mut retry_later = Vec::new();
                    for failed in out.failed() {
                        let Some(pos) = pending.iter().position(|(i, _, _)| i.to_string() == failed.id()) else {
                            continue;
                        };
                        let entry = pending.swap_remove(pos);
                        if failed.sender_fault() {
                            outcome
                                .failed
                                .push(Failure { turn: entry.1.turn.clone(), reason: failed.code().to_owned() });
                        } else {
                            reason = failed.code().to_owned();
                            retry_later.push(entry);
                        }
                    }
                    outcome.succeeded += pending.len();
                    pending = retry_later;
                    if pending.is_empty() {
                        break;
                    }
                }
                Err(err) => {
                    let classified = classify(&err);
                    tracing::warn!(code = %classified.code, attempt, "SendMessageBatch failed");
                    reason = classified.code;
                    if !classified.retryable {
                        break;
                    }
                }
            }
        }
        outcome.failed.extend(
            pending.into_iter().map(|(_, turn, _)| Failure { turn: turn.turn.clone(), reason: reason.clone() }),
        );
        outcome
    }
}

impl TurnQueue for SqsTurnQueue {
    #[tracing::instrument(skip_all, fields(turns = turns.len()))]
    async fn send(&self, turns: &[Turn]) -> BatchOutcome {
        let mut outcome = BatchOutcome::default();
        let mut batch: Vec<(&Turn, String)> = Vec::new();
        let mut batch_bytes = 0;
        for turn in turns {
            let body = encode_envelope(turn);
            if body.len() > MAX_BATCH_BYTES {
                outcome.failed.push(Failure { turn: turn.turn.clone(), reason: "MessageTooLarge".into() });
                continue;
            }
            if batch.len() == BATCH_SIZE || batch_bytes + body.len() > MAX_BATCH_BYTES {
                let sent = self.send_batch(std::mem::take(&mut batch)).await;
                outcome.succeeded += sent.succeeded;
                outcome.failed.extend(sent.failed);
                batch_bytes = 0;
            }
            batch_bytes += body.len();
            batch.push((turn, body));
        }
        if !batch.is_empty() {
            let sent = self.send_batch(batch).await;
            outcome.succeeded += sent.succeeded;
            outcome.failed.extend(sent.failed);
        }
        tracing::info!(sent = outcome.succeeded, failed = outcome.failed.len(), "turns queued");
        outcome
    }
}

impl TurnInbox for SqsTurnQueue {
    async fn receive(&self, max: usize) -> Result<Vec<Delivery>, StoreError> {
        let out = self
            .client
            .receive_message()
            .queue_url(&self.queue_url)
            .max_number_of_messages(i32::try_from(max.clamp(1, BATCH_SIZE)).unwrap_or(1))
            .wait_time_seconds(1)
            .send()
            .await
            .map_err(|e| StoreError::Aws { operation: "ReceiveMessage", code: classify(&e).code })?;
        Ok(out
            .messages()
            .iter()
            .map(|m| Delivery {
                message_id: m.message_id().unwrap_or_default().to_owned(),
                receipt: m.receipt_handle().unwrap_or_default().to_owned(),
                turn: decode_envelope(m.body().unwrap_or_default()),
            })
            .collect())
    }

    async fn acknowledge(&self, receipts: &[String]) -> Result<(), StoreError> {
        for chunk in receipts.chunks(BATCH_SIZE) {
            let entries = chunk
                .iter()
                .enumerate()
                .filter_map(|(i, r)| {
                    DeleteMessageBatchRequestEntry::builder().id(i.to_string()).receipt_handle(r).build().ok()
                })
                .collect::<Vec<_>>();
            let out = self
                .client
                .delete_message_batch()
                .queue_url(&self.queue_url)
                .set_entries(Some(entries))
                .send()
                .await
                .map_err(|e| StoreError::Aws { operation: "DeleteMessageBatch", code: classify(&e).code })?;
            if let Some(failed) = out.failed().first() {
                return Err(StoreError::Aws { operation: "DeleteMessageBatch", code: failed.code().to_owned() });
            }
        }
        Ok(())
    }
}

/// The transcript queue's dead-letter queue: a message parked here carries its reason and its
/// original message id as message attributes.
#[derive(Debug, Clone)]
pub struct SqsDeadLetters {
    client: Client,
    queue_url: String,
}

impl SqsDeadLetters {
    pub fn new(client: Client, queue_url: impl Into<String>) -> Self {
        Self { client, queue_url: queue_url.into() }
    }
}

impl DeadLetters for SqsDeadLetters {
    async fn park(&self, message_id: &str, body: &str, reason: &str) -> Result<(), StoreError> {
        let text = |value: &str| MessageAttributeValue::builder().data_type("String").string_value(value).build();
        let (Ok(reason), Ok(original)) = (text(reason), text(message_id)) else {
            return Err(StoreError::Aws { operation: "SendMessage", code: "InvalidAttribute".into() });
        };
        self.client
            .send_message()
            .queue_url(&self.queue_url)
            .message_body(body)
            .message_attributes("reason", reason)
            .message_attributes("original_message_id", original)
            .send()
            .await
            .map_err(|e| StoreError::Aws { operation: "SendMessage", code: classify(&e).code })?;
        Ok(())
    }
}
