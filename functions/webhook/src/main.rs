//! The `webhook` binary: builds the webhook once (bot config, secrets, SQS and HTTPS clients),
//! then serves Lambda events with it.

use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::value::RawValue;

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::tracing::init_default_subscriber();
    let service = webhook::from_env().await?;
    let service = &service;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Box<RawValue>>| async move {
        webhook::handle(service, &event.payload).await
    }))
    .await
}
