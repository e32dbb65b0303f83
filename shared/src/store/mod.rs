//! Storage ports, as small capability traits, and their adapters.
//!
//! | port | AWS adapter | local adapter |
//! |---|---|---|
//! | [`TranscriptWriter`], [`TranscriptReader`] | [`dynamodb::DynamoDbTranscripts`] | [`local::LocalStore`] |
//! | [`ReportSink`], [`ReportSource`], [`ObjectLinks`] | [`s3::S3Reports`] | [`local::LocalReports`] |
//! | [`TurnQueue`], [`TurnInbox`] | [`sqs::SqsTurnQueue`] | [`local::LocalStore`] |
//!
//! Every adapter keeps the same contract, proven by one behavioural suite run against each:
//! writes report every turn they could not store by id; reads never return a turn whose
//! `expires_at` has passed, whether or not the store has deleted it yet.

mod aws_error;
pub mod dynamodb;
mod envelope;
mod keys;
pub mod local;
mod object_key;
mod retry;
pub mod s3;
pub mod sqs;

pub use envelope::{ENVELOPE_VERSION, EnvelopeError, decode_envelope, encode_envelope};
pub use object_key::{KeyError, KeyPrefix, ObjectKey, ReportFormat};
pub use retry::RetryPolicy;

use crate::model::{BotId, Day, DayRange, SessionId, Turn, TurnId};
use futures::StreamExt;
use futures::stream::{self, BoxStream};
use std::future::Future;
use std::time::Duration;

/// A storage failure. Carries error codes and keys (ids), never stored values.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{operation} failed: {code}")]
    Aws { operation: &'static str, code: String },
    #[error("stored item {key} is not a valid turn: {reason}")]
    Corrupt { key: String, reason: &'static str },
    #[error("local store: {0}")]
    Local(String),
}

/// A turn that could not be stored or sent, and why (an error code, no turn content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub turn: TurnId,
    pub reason: String,
}

/// What happened to a batch: how many turns were accepted, and every turn that was not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    pub succeeded: usize,
    pub failed: Vec<Failure>,
}

/// Turns read from a store, one at a time, so a day of any size is read in bounded memory.
pub type TurnStream<'a> = BoxStream<'a, Result<Turn, StoreError>>;

/// Stores turns, and deletes them on request.
pub trait TranscriptWriter: Send + Sync {
    /// Stores `turns`. A turn is either counted in `succeeded` or returned in `failed` with its
    /// id, after bounded retries; none is dropped silently. Writing the same turn again is
    /// harmless: same key, same item.
    fn write(&self, turns: &[Turn]) -> impl Future<Output = BatchOutcome> + Send;

    /// Deletes `turns` (found by their keys); answers how many delete requests succeeded.
    fn delete_turns(&self, turns: &[Turn]) -> impl Future<Output = Result<u64, StoreError>> + Send;

    /// Deletes every stored turn of `session` on `days`, expired or not; answers how many.
    fn delete_session(
        &self,
        bot: &BotId,
        session: &SessionId,
        days: DayRange,
    ) -> impl Future<Output = Result<u64, StoreError>> + Send;
}

/// Reads turns back. Nothing past its `expires_at` is ever returned.
pub trait TranscriptReader: Send + Sync {
    /// Every unexpired turn of `bot` on `day`, as one stream per partition, to be read
    /// concurrently. Each stream is in sort-key order: a session's turns of the day arrive
    /// together, oldest first, so a reader can follow sessions with constant memory.
    fn day_partitions<'a>(&'a self, bot: &'a BotId, day: Day) -> Vec<TurnStream<'a>>;

    /// Every unexpired turn of `bot` on `day`, in no particular order.
    fn day_turns<'a>(&'a self, bot: &'a BotId, day: Day) -> TurnStream<'a> {
        stream::iter(self.day_partitions(bot, day)).flatten_unordered(None).boxed()
    }

    /// Every unexpired turn of `session` on `days`, oldest first.
    fn session_turns(
        &self,
        bot: &BotId,
        session: &SessionId,
        days: DayRange,
    ) -> impl Future<Output = Result<Vec<Turn>, StoreError>> + Send;
}

/// Writes report objects (reports, aggregates, exports) under their Hive-style keys.
pub trait ReportSink: Send + Sync {
    /// Writes `body` at `key`, replacing what was there.
    fn put(&self, key: &ObjectKey, body: Vec<u8>) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// Reads report objects back.
pub trait ReportSource: Send + Sync {
    fn get(&self, key: &ObjectKey) -> impl Future<Output = Result<Option<Vec<u8>>, StoreError>> + Send;

    /// Every key under `prefix`, in key order.
    fn list(&self, prefix: &KeyPrefix) -> impl Future<Output = Result<Vec<ObjectKey>, StoreError>> + Send;
}

/// Hands out time-limited links to stored objects: pre-signed GET URLs on S3, file URLs locally.
pub trait ObjectLinks: Send + Sync {
    fn link(&self, key: &ObjectKey, valid_for: Duration) -> impl Future<Output = Result<String, StoreError>> + Send;
}

/// Hands turns to the transcript logger.
pub trait TurnQueue: Send + Sync {
    /// Queues each turn as one message (a versioned envelope); failures are returned by id.
    fn send(&self, turns: &[Turn]) -> impl Future<Output = BatchOutcome> + Send;
}

/// Where a queued message that can never be stored is parked, with the reason, for a person to
/// look at: the transcript queue's dead-letter queue on AWS.
pub trait DeadLetters: Send + Sync {
    /// Parks `body` (received as message `message_id`) with `reason` (no content).
    fn park(&self, message_id: &str, body: &str, reason: &str) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// One queued message as received: its body decoded, or why it cannot be.
#[derive(Debug)]
pub struct Delivery {
    pub message_id: String,
    pub receipt: String,
    pub turn: Result<Turn, EnvelopeError>,
}

/// Takes turns off the queue: what the local runner's logger (and the tests) read with. On AWS,
/// Lambda's event source mapping does this for the logger.
pub trait TurnInbox: Send + Sync {
    /// Up to `max` messages not yet acknowledged by anyone; each stays invisible to other
    /// receivers until acknowledged or, on SQS, until its visibility timeout.
    fn receive(&self, max: usize) -> impl Future<Output = Result<Vec<Delivery>, StoreError>> + Send;

    /// Removes delivered messages for good.
    fn acknowledge(&self, receipts: &[String]) -> impl Future<Output = Result<(), StoreError>> + Send;
}
