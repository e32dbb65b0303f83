//! Classifies AWS SDK errors for the adapters: an error code fit for a log line (never the
//! service's message, which may echo request values), and whether retrying may help.

use aws_sdk_dynamodb::config::http::HttpResponse;
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};

/// Error codes that mean "not now" rather than "never".
const RETRYABLE_CODES: &[&str] = &[
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "Throttling",
    "RequestLimitExceeded",
    "RequestThrottled",
    "SlowDown",
    "InternalServerError",
    "InternalError",
    "ServiceUnavailable",
];

/// An SDK error reduced to what the adapters act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Classified {
    pub code: String,
    pub retryable: bool,
}

/// Every AWS SDK crate shares these error and response types, so this serves S3 and SQS too.
pub(crate) fn classify<E: ProvideErrorMetadata>(err: &SdkError<E, HttpResponse>) -> Classified {
    let (code, retryable) = match err {
        SdkError::ServiceError(ctx) => {
            let code = ctx.err().code().unwrap_or("UnknownServiceError");
            (code.to_owned(), ctx.raw().status().as_u16() >= 500 || RETRYABLE_CODES.contains(&code))
        }
        SdkError::TimeoutError(_) => ("Timeout".to_owned(), true),
        SdkError::DispatchFailure(_) => ("DispatchFailure".to_owned(), true),
        SdkError::ResponseError(_) => ("ResponseError".to_owned(), true),
        SdkError::ConstructionFailure(_) => ("ConstructionFailure".to_owned(), false),
        _ => ("UnknownError".to_owned(), false),
    };
    Classified { code, retryable }
}
