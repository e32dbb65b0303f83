//! The `aggregator` binary: builds the aggregator once (bot config, DynamoDB and S3 clients),
//! then serves scheduled and manual invocations with it.

// The compiler's default query depth (128) is just short for the layout of this `main`'s future
// (the aggregator's start-up and its per-day work, nested in the runtime's), since the bot
// config's signed S3 GET joined it.
#![recursion_limit = "256"]

use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::value::RawValue;
use shared::model::Timestamp;

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::logging::init();
    let service = aggregator::from_env().await?;
    let service = &service;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Box<RawValue>>| async move {
        aggregator::handle(service, &event.payload, Timestamp::now()).await
    }))
    .await
}
