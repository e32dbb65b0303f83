//! The `transcript-logger` binary: builds the logger once (bot config, DynamoDB and SQS clients,
//! the events key), then serves Lambda events with it.

use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::value::RawValue;

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::logging::init();
    let service = transcript_logger::from_env().await?;
    let service = &service;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Box<RawValue>>| async move {
        transcript_logger::handle(service, &event.payload).await
    }))
    .await
}
