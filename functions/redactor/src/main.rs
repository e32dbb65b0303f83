//! The `redactor` function. Its behaviour is not built yet (issue 7); until it is, every invocation
//! fails with a clear "not implemented" error instead of pretending to work.

use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::Value;

#[derive(Debug, thiserror::Error)]
#[error("the redactor function is not implemented yet (issue 7)")]
struct NotImplemented;

impl From<NotImplemented> for lambda_runtime::Diagnostic {
    fn from(err: NotImplemented) -> Self {
        Self { error_type: "NotImplemented".into(), error_message: err.to_string() }
    }
}

async fn handle(_event: LambdaEvent<Value>) -> Result<Value, NotImplemented> {
    Err(NotImplemented)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::run(service_fn(handle)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_invocation_answers_not_implemented() {
        let event = LambdaEvent::new(serde_json::json!({"any": "event"}), lambda_runtime::Context::default());
        let err = handle(event).await.unwrap_err();
        assert_eq!(err.to_string(), "the redactor function is not implemented yet (issue 7)");
    }
}
