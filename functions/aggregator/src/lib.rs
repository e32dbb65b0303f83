//! The `aggregator` function's entry point. It only translates: the invocation payload (empty
//! from the nightly schedule, or `{"date": ..., "bot": ...}` for a backfill) becomes an
//! aggregation request, and the keys written become the answer. Everything else lives in
//! `shared::report`.

use serde_json::value::RawValue;
use serde_json::{Value, json};
use shared::config;
use shared::model::Timestamp;
use shared::report::{AggregateError, AggregateRequest, Aggregator};
use shared::startup::{self, StartupError};
use shared::store::dynamodb::DynamoDbTranscripts;
use shared::store::s3::S3Reports;
use shared::store::{ReportSink, ReportSource, TranscriptReader};

/// The aggregator as deployed: turns from DynamoDB, reports to S3.
pub type Service = Aggregator<DynamoDbTranscripts, S3Reports>;

/// A refused request or a failed day, as Lambda reports it to the caller (and to the schedule's
/// retry policy).
#[derive(Debug)]
pub struct Failed(pub AggregateError);

impl From<Failed> for lambda_runtime::Diagnostic {
    fn from(Failed(err): Failed) -> Self {
        let error_type = match err {
            AggregateError::Incomplete { .. } => "AggregationFailed",
            _ => "BadRequest",
        };
        Self { error_type: error_type.into(), error_message: err.to_string() }
    }
}

/// Answers one invocation as of `now`: `{"reports": [keys written]}`.
pub async fn handle<R: TranscriptReader, S: ReportSink + ReportSource>(
    service: &Aggregator<R, S>,
    payload: &RawValue,
    now: Timestamp,
) -> Result<Value, Failed> {
    let request = AggregateRequest::parse(payload.get()).map_err(Failed)?;
    let keys = service.run(&request, now).await.map_err(Failed)?;
    Ok(json!({ "reports": keys.iter().map(ToString::to_string).collect::<Vec<_>>() }))
}

/// Builds the aggregator from the environment: `BOT_CONFIG`, `TRANSCRIPTS_TABLE`, `REPORTS_BUCKET`.
pub async fn from_env() -> Result<Service, StartupError> {
    let sdk = shared::aws::load().await?;
    let bots = startup::bots_config_from_env(&sdk).await?;
    let reader = DynamoDbTranscripts::new(shared::aws::dynamodb(&sdk), config::required(config::TRANSCRIPTS_TABLE)?);
    let reports = S3Reports::new(shared::aws::s3(&sdk), config::required(config::REPORTS_BUCKET)?);
    Ok(Aggregator::new(bots, reader, reports))
}
