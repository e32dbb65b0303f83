//! The `redactor` function's entry point. It only translates: a direct invocation's payload, or
//! the body of a Function URL request (IAM auth), is a data-subject request for
//! `shared::rights`; the answer goes back as the invocation's result or as the HTTP response.
//! The caller's ARN, which a Function URL with IAM auth carries, goes into the audit record.

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;
use shared::config;
use shared::model::Timestamp;
use shared::rights::{Caller, Rights, RightsError};
use shared::startup::{self, StartupError};
use shared::store::dynamodb::DynamoDbTranscripts;
use shared::store::s3::S3Reports;
use shared::store::{ObjectLinks, ReportSink, TranscriptReader, TranscriptWriter};
use shared::web::auth::AuthError;
use shared::web::{HttpResponse, Refusal, function_url};

/// The redactor as deployed: turns in DynamoDB, exports and audit records in S3.
pub type Service = Rights<DynamoDbTranscripts, S3Reports>;

/// A request that was refused or failed, as Lambda reports it to a direct caller.
#[derive(Debug)]
pub struct Failed(pub RightsError);

impl From<Failed> for lambda_runtime::Diagnostic {
    fn from(Failed(err): Failed) -> Self {
        let error_type = if err.is_refusal() { "BadRequest" } else { "OperationFailed" };
        Self { error_type: error_type.into(), error_message: err.to_string() }
    }
}

/// Only what tells a Function URL event from a request, and who signed it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Probe {
    request_context: Option<UrlContext>,
}

#[derive(Deserialize)]
struct UrlContext {
    authorizer: Option<Authorizer>,
}

#[derive(Deserialize)]
struct Authorizer {
    iam: Option<Iam>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Iam {
    user_arn: Option<String>,
}

/// Answers one invocation (Lambda request id `request_id`) as of `now`.
pub async fn handle<S, O>(
    service: &Rights<S, O>,
    event: &RawValue,
    request_id: &str,
    now: Timestamp,
) -> Result<Value, Failed>
where
    S: TranscriptReader + TranscriptWriter,
    O: ReportSink + ObjectLinks,
{
    let probe: Option<Probe> = serde_json::from_str(event.get()).ok();
    let Some(context) = probe.and_then(|p| p.request_context) else {
        // A direct invocation: IAM allowed the caller to invoke; Lambda does not say who it was.
        let caller = Caller { requester: None, request_id: request_id.to_owned() };
        return service.handle(event.get(), &caller, now).await.map_err(Failed);
    };
    let Some(requester) = context.authorizer.and_then(|a| a.iam).and_then(|iam| iam.user_arn) else {
        // The URL must use IAM auth; without a signed caller nothing is done.
        return Ok(function_url::response(HttpResponse::error(&Refusal::Unauthorized(AuthError::Missing))));
    };
    let not_a_request = || Failed(RightsError::BadRequest("the event is not a Function URL request".into()));
    let request = match function_url::request(event.get()).ok_or_else(not_a_request)? {
        Ok(request) => request,
        Err(err) => return Ok(function_url::response(HttpResponse::error(&err))),
    };
    if request.method != http::Method::POST {
        return Ok(function_url::response(HttpResponse::error(&Refusal::MethodNotAllowed)));
    }
    let body = String::from_utf8_lossy(&request.body);
    let caller = Caller { requester: Some(requester), request_id: request_id.to_owned() };
    let response = match service.handle(&body, &caller, now).await {
        Ok(answer) => HttpResponse::json(200, &answer),
        Err(err) => HttpResponse::error(&err),
    };
    Ok(function_url::response(response))
}

/// Builds the redactor from the environment: `BOT_CONFIG`, `TRANSCRIPTS_TABLE`, `REPORTS_BUCKET`
/// and `SUBJECT_KEY_PARAMETER` (or `SUBJECT_KEY` locally).
pub async fn from_env() -> Result<Service, StartupError> {
    let sdk = shared::aws::load().await?;
    let bots = startup::bots_config_from_env(&sdk).await?;
    let subject_key = startup::subject_key(startup::subject_key_ref()?.as_ref(), Some(&shared::aws::ssm(&sdk))).await?;
    let store = DynamoDbTranscripts::new(shared::aws::dynamodb(&sdk), config::required(config::TRANSCRIPTS_TABLE)?);
    let objects = S3Reports::new(shared::aws::s3(&sdk), config::required(config::REPORTS_BUCKET)?);
    Ok(Rights::new(bots, store, objects, subject_key))
}
