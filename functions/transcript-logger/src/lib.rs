//! The `transcript-logger` function's entry point. It only translates: an SQS batch becomes
//! queued messages for the logger service and its answer a partial batch response
//! (`batchItemFailures`); a Function URL event becomes a widget-event request. Everything else
//! lives in `shared::logger`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;
use shared::config;
use shared::logger::{Logger, QueuedMessage};
use shared::startup::{self, StartupError};
use shared::store::dynamodb::DynamoDbTranscripts;
use shared::store::sqs::SqsDeadLetters;
use shared::store::{DeadLetters, TranscriptWriter};
use shared::web::{HttpResponse, function_url};

/// The logger as deployed: turns to DynamoDB, unstorable messages to the dead-letter queue.
pub type Service = Logger<DynamoDbTranscripts, SqsDeadLetters>;

/// An invocation that is neither an SQS batch nor a Function URL request.
#[derive(Debug, thiserror::Error)]
#[error("the event is neither an SQS batch nor a Function URL request")]
pub struct Unsupported;

impl From<Unsupported> for lambda_runtime::Diagnostic {
    fn from(err: Unsupported) -> Self {
        Self { error_type: "UnsupportedEvent".into(), error_message: err.to_string() }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SqsEvent {
    records: Vec<SqsRecord>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SqsRecord {
    message_id: String,
    #[serde(default)]
    body: String,
}

/// The partial batch response: the messages SQS must deliver again.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BatchResponse {
    batch_item_failures: Vec<ItemFailure>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ItemFailure {
    item_identifier: String,
}

/// Answers one invocation.
pub async fn handle<W: TranscriptWriter, P: DeadLetters>(
    service: &Logger<W, P>,
    event: &RawValue,
) -> Result<Value, Unsupported> {
    if let Ok(batch) = serde_json::from_str::<SqsEvent>(event.get()) {
        let messages: Vec<QueuedMessage<'_>> =
            batch.records.iter().map(|r| QueuedMessage { message_id: &r.message_id, body: &r.body }).collect();
        let failed = service.store_batch(&messages).await;
        let response = BatchResponse {
            batch_item_failures: failed.into_iter().map(|id| ItemFailure { item_identifier: id }).collect(),
        };
        return serde_json::to_value(response).map_err(|_| Unsupported);
    }
    let response = match function_url::request(event.get()).ok_or(Unsupported)? {
        Ok(request) => service.event(&request).await,
        Err(err) => HttpResponse::error(&err),
    };
    Ok(function_url::response(response))
}

/// Builds the logger from the environment: `BOT_CONFIG`, `TRANSCRIPTS_TABLE`,
/// `DEAD_LETTER_QUEUE_URL`, `EVENTS_API_KEY_PARAMETER` (or `EVENTS_API_KEY` locally) and
/// `SUBJECT_KEY_PARAMETER` (or `SUBJECT_KEY`).
pub async fn from_env() -> Result<Service, StartupError> {
    let sdk = shared::aws::load().await?;
    let bots = startup::bots_config_from_env(&sdk).await?;
    let key = startup::api_key_ref(config::EVENTS_API_KEY_PARAMETER, config::EVENTS_API_KEY)?;
    let ssm = shared::aws::ssm(&sdk);
    let key = startup::api_key(&key, Some(&ssm)).await?;
    let subject_key = startup::subject_key(startup::subject_key_ref()?.as_ref(), Some(&ssm)).await?;
    let writer = DynamoDbTranscripts::new(shared::aws::dynamodb(&sdk), config::required(config::TRANSCRIPTS_TABLE)?);
    let dead_letters = SqsDeadLetters::new(shared::aws::sqs(&sdk), config::required(config::DEAD_LETTER_QUEUE_URL)?);
    Ok(Logger::new(bots, writer, dead_letters, key).with_subject_key(subject_key))
}
