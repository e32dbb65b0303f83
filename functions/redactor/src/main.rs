//! The `redactor` binary: builds the data-subject operations once (bot config, DynamoDB and S3
//! clients, the subject key), then serves direct invocations and Function URL requests with them.

use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::value::RawValue;
use shared::model::Timestamp;

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::logging::init();
    let service = redactor::from_env().await?;
    let service = &service;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Box<RawValue>>| async move {
        redactor::handle(service, &event.payload, &event.context.request_id, Timestamp::now()).await
    }))
    .await
}
