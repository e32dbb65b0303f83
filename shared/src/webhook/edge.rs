//! The HTTP request and response the webhook service works with, independent of what carried them
//! (a Lambda Function URL event, the local runner's server).

use super::WebhookError;
use bytes::Bytes;
use http::{HeaderMap, Method};
use serde_json::{Value, json};

/// An HTTP request as the webhook sees it.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    pub method: Method,
    pub path: String,
    /// Header names are case-insensitive here, as HTTP has them.
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// An HTTP response: a status, a few headers and a JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl HttpResponse {
    pub fn json(status: u16, body: &Value) -> Self {
        Self { status, headers: vec![("content-type", "application/json".to_owned())], body: body.to_string() }
    }

    /// `{"error": {"code": ..., "message": ...}}`, with the headers the status calls for.
    pub fn error(err: &WebhookError) -> Self {
        let mut response =
            Self::json(err.status(), &json!({"error": {"code": err.code(), "message": err.to_string()}}));
        match err {
            WebhookError::MethodNotAllowed => response.headers.push(("allow", "POST".to_owned())),
            WebhookError::Unauthorized(_) => {
                response.headers.push(("www-authenticate", "Basic realm=\"webhook\"".to_owned()))
            }
            _ => {}
        }
        response
    }
}
