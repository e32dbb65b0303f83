//! The `webhook` function's entry point. It only translates: a Lambda Function URL event becomes
//! an HTTP request for the webhook service and its answer a Function URL response; a Lex V2 event
//! goes to the service as it is. Everything else lives in `shared::webhook`.

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use serde_json::value::RawValue;
use shared::config;
use shared::fulfil::{Deliver, HttpsDelivery};
use shared::startup::{self, StartupError};
use shared::store::TurnQueue;
use shared::store::sqs::SqsTurnQueue;
use shared::web::{HttpError, HttpResponse, function_url};
use shared::webhook::{Webhook, WebhookError};

/// The webhook as deployed: turns go to SQS, leads and bookings over HTTPS.
pub type Service = Webhook<SqsTurnQueue, HttpsDelivery>;

/// An invocation that got no answer. Lex shows its own error; no event content is in the message.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    #[error("the event is neither a Function URL request nor a Lex V2 event")]
    Unsupported,
    #[error(transparent)]
    Lex(#[from] WebhookError),
}

impl From<EventError> for lambda_runtime::Diagnostic {
    fn from(err: EventError) -> Self {
        let error_type = match &err {
            EventError::Unsupported => "UnsupportedEvent",
            EventError::Lex(e) => e.code(),
        };
        Self { error_type: error_type.into(), error_message: err.to_string() }
    }
}

/// Which kind of event arrived: only the fields that tell them apart are read.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Probe {
    request_context: Option<IgnoredAny>,
    invocation_source: Option<IgnoredAny>,
}

/// Answers one invocation.
pub async fn handle<Q: TurnQueue, D: Deliver>(service: &Webhook<Q, D>, event: &RawValue) -> Result<Value, EventError> {
    let probe: Probe = serde_json::from_str(event.get()).map_err(|_| EventError::Unsupported)?;
    if probe.request_context.is_some() {
        let response = match function_url::request(event.get()).ok_or(EventError::Unsupported)? {
            Ok(request) => service.http(&request).await,
            Err(err) => HttpResponse::error(&err),
        };
        Ok(function_url::response(response))
    } else if probe.invocation_source.is_some() {
        Ok(service.lex(event.get().as_bytes()).await?)
    } else {
        Err(EventError::Unsupported)
    }
}

/// Builds the webhook from the environment: `BOT_CONFIG`, `TRANSCRIPT_QUEUE_URL`,
/// `WEBHOOK_API_KEY_PARAMETER` (or `WEBHOOK_API_KEY` locally) and `SUBJECT_KEY_PARAMETER` (or
/// `SUBJECT_KEY`). Secrets are read from SSM once.
pub async fn from_env() -> Result<Service, StartupError> {
    let sdk = shared::aws::load().await?;
    let bots = startup::bots_config_from_env(&sdk).await?;
    let api_key = startup::api_key_ref(config::WEBHOOK_API_KEY_PARAMETER, config::WEBHOOK_API_KEY)?;
    let ssm = shared::aws::ssm(&sdk);
    let subject_key = startup::subject_key_ref()?;
    let (key, subject_key, secrets) =
        startup::webhook_secrets(&bots, &api_key, subject_key.as_ref(), Some(&ssm)).await?;
    let queue = SqsTurnQueue::new(shared::aws::sqs(&sdk), config::required(config::TRANSCRIPT_QUEUE_URL)?);
    let deliver = HttpsDelivery::new().map_err(|e| StartupError::Client(e.to_string()))?;
    Ok(Webhook::new(bots, secrets, key, queue, deliver).with_subject_key(subject_key))
}
