//! The webhook service: what the `webhook` function (and the local runner) does with a request,
//! whatever carried it there.
//!
//! For Dialogflow it takes an HTTP request and answers an HTTP response: unknown path 404, wrong
//! method 405, missing or wrong credentials 401, a body over 64 KiB 413, a body that is not the
//! platform's request 400, a bot the deployment does not serve 403; every error is a JSON body
//! naming the problem and nothing internal. For Lex it takes the event Lex invoked the function
//! with. Either way: parse, find the bot, fulfil, answer in the platform's shape, and hand the
//! redacted turn to the transcript queue. A queue failure is logged and counted; the user still
//! gets the reply.

pub use crate::web::{HttpRequest, HttpResponse};

/// The paths the webhook serves.
const PATHS: &str = "POST /dialogflow/cx or POST /dialogflow/es";

use crate::fulfil::{self, BotsConfig, Deliver, Fulfilment, Secrets};
use crate::metrics;
use crate::model::{Platform, Timestamp, Turn, TurnId};
use crate::platform::{PlatformError, cx, es, lex};
use crate::secrets::Secret;
use crate::store::TurnQueue;
use crate::subject::SubjectKey;
use crate::web::{self, HttpError, Refusal};
use serde_json::Value;
use std::time::Duration;

/// How long queueing a turn may take before the reply goes out without it: with the longest
/// delivery timeout this keeps the webhook inside the platforms' 5-second deadline.
pub const QUEUE_TIMEOUT: Duration = Duration::from_millis(800);

/// Why a request got no platform reply. The message names the problem, never the content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error("{0}")]
    BadRequest(#[from] PlatformError),
    #[error("this deployment does not serve that bot")]
    UnknownBot,
}

impl HttpError for WebhookError {
    fn status(&self) -> u16 {
        match self {
            Self::Refused(refusal) => refusal.status(),
            Self::BadRequest(_) => 400,
            Self::UnknownBot => 403,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::Refused(refusal) => refusal.code(),
            Self::BadRequest(_) => "bad_request",
            Self::UnknownBot => "unknown_bot",
        }
    }
}

/// Everything a webhook needs, built once at start-up.
pub struct Webhook<Q, D> {
    bots: BotsConfig,
    secrets: Secrets,
    api_key: Secret,
    queue: Q,
    deliver: D,
    subject_key: Option<SubjectKey>,
    metrics: bool,
}

impl<Q: TurnQueue, D: Deliver> Webhook<Q, D> {
    pub fn new(bots: BotsConfig, secrets: Secrets, api_key: Secret, queue: Q, deliver: D) -> Self {
        Self { bots, secrets, api_key, queue, deliver, subject_key: None, metrics: true }
    }

    /// The same webhook hashing the emails and phone numbers it redacts onto each turn, so that
    /// `erase_subject` can find them (`shared::subject`).
    pub fn with_subject_key(mut self, key: Option<SubjectKey>) -> Self {
        self.subject_key = key;
        self
    }

    /// The same webhook writing no metric records: for running where stdout is a console, not
    /// CloudWatch Logs (the local runner, benchmarks).
    pub fn without_metrics(mut self) -> Self {
        self.metrics = false;
        self
    }

    /// Answers a Dialogflow request that came over HTTP.
    pub async fn http(&self, request: &HttpRequest) -> HttpResponse {
        match self.try_http(request).await {
            Ok(body) => HttpResponse::json(200, &body),
            Err(err) => {
                tracing::info!(status = err.status(), code = err.code(), reason = %err, "request refused");
                HttpResponse::error(&err)
            }
        }
    }

    async fn try_http(&self, request: &HttpRequest) -> Result<Value, WebhookError> {
        let platform = match request.path.trim_end_matches('/') {
            "/dialogflow/cx" => Platform::DialogflowCx,
            "/dialogflow/es" => Platform::DialogflowEs,
            _ => return Err(Refusal::NotFound(PATHS).into()),
        };
        web::admit(request, &self.api_key)?;
        self.turn(platform, &request.body).await
    }

    /// Answers a Lex V2 event (Lex invokes the function directly; IAM is its authentication).
    pub async fn lex(&self, event: &[u8]) -> Result<Value, WebhookError> {
        self.turn(Platform::LexV2, event).await
    }

    #[tracing::instrument(skip_all, fields(%platform, bot, session))]
    async fn turn(&self, platform: Platform, body: &[u8]) -> Result<Value, WebhookError> {
        let inbound = match platform {
            Platform::DialogflowCx => cx::parse(body),
            Platform::DialogflowEs => es::parse(body),
            Platform::LexV2 => lex::parse(body),
        }?;
        let bot = self.bots.find(&inbound.identity).ok_or(WebhookError::UnknownBot)?;
        let span = tracing::Span::current();
        span.record("bot", bot.id.as_str());
        span.record("session", inbound.session.as_str());
        let at = Timestamp::now();
        let turn_id = inbound.turn.clone().unwrap_or_else(TurnId::generate);
        let fulfilment = fulfil::fulfil(bot, &self.secrets, &self.deliver, &inbound, &turn_id, at).await;
        let response = inbound.context.respond(&fulfilment.reply);
        let turn = fulfil::record(bot, self.subject_key.as_ref(), &inbound, &fulfilment, turn_id, at);
        let queued = self.queue_turn(&turn).await;
        if self.metrics {
            emit_metrics(bot.id.as_str(), &fulfilment, queued);
        }
        Ok(response)
    }

    /// Queues the turn within [`QUEUE_TIMEOUT`]; answers whether it was queued.
    async fn queue_turn(&self, turn: &Turn) -> bool {
        let reason = match tokio::time::timeout(QUEUE_TIMEOUT, self.queue.send(std::slice::from_ref(turn))).await {
            Ok(outcome) if outcome.failed.is_empty() => return true,
            Ok(outcome) => outcome.failed.into_iter().next().map(|f| f.reason).unwrap_or_default(),
            Err(_) => format!("no answer within {} ms", QUEUE_TIMEOUT.as_millis()),
        };
        tracing::error!(turn = %turn.turn, %reason, "the turn could not be queued; the reply went out without it");
        false
    }
}

fn emit_metrics(bot: &str, fulfilment: &Fulfilment, queued: bool) {
    let delivery_failed = matches!(fulfilment.delivery, Some(Err(_)));
    metrics::Record::new()
        .dimension("Bot", bot)
        .count("Turns", 1)
        .count("MissedUtterances", u64::from(fulfilment.missed))
        .count("DeliveryFailures", u64::from(delivery_failed))
        .count("QueueFailures", u64::from(!queued))
        .emit();
}
