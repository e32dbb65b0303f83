//! The `webhook` binary: builds the webhook once (bot config, secrets, SQS and HTTPS clients),
//! then serves Lambda events with it.

use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::value::RawValue;

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::logging::init();
    let service = webhook::from_env().await?;
    let service = &service;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Box<RawValue>>| async move {
        webhook::handle(service, &event.payload).await
    }))
    .await
}
