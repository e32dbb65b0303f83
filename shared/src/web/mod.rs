//! The HTTP requests and responses the services (webhook, widget events) work with, independent of
//! what carried them (a Lambda Function URL event, the local runner's server), and their
//! authentication.

pub mod auth;
pub mod function_url;

use crate::secrets::Secret;
use bytes::Bytes;
use http::{HeaderMap, Method};
use serde_json::{Value, json};
use std::fmt::Display;
use std::net::IpAddr;

/// The largest request body any service accepts.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// An error a service answers over HTTP: a status and a stable code; its `Display` is the message.
pub trait HttpError: Display {
    fn status(&self) -> u16;
    fn code(&self) -> &'static str;
}

/// Why a request was turned away before its body was looked at; the same for every service.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The message names the paths the service does serve.
    #[error("no such path; use {0}")]
    NotFound(&'static str),
    #[error("only POST is accepted")]
    MethodNotAllowed,
    #[error("missing or wrong credentials ({0})")]
    Unauthorized(auth::AuthError),
    #[error("the body is larger than {} KiB", MAX_BODY_BYTES / 1024)]
    TooLarge,
}

impl HttpError for Refusal {
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::MethodNotAllowed => 405,
            Self::Unauthorized(_) => 401,
            Self::TooLarge => 413,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::NotFound(_) => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::Unauthorized(_) => "unauthorized",
            Self::TooLarge => "payload_too_large",
        }
    }
}

/// Lets in a POST to a served path with the right credentials and a body within
/// [`MAX_BODY_BYTES`], in that order: credentials are checked before the size, so nobody
/// unauthenticated learns more than that they are not.
pub fn admit(request: &HttpRequest, key: &Secret) -> Result<(), Refusal> {
    if request.method != Method::POST {
        return Err(Refusal::MethodNotAllowed);
    }
    auth::check(&request.headers, key).map_err(Refusal::Unauthorized)?;
    if request.body.len() > MAX_BODY_BYTES {
        return Err(Refusal::TooLarge);
    }
    Ok(())
}

/// An HTTP request as a service sees it.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    pub method: Method,
    pub path: String,
    /// Header names are case-insensitive here, as HTTP has them.
    pub headers: HeaderMap,
    pub body: Bytes,
    /// The caller's address as the front door saw it (Function URL `sourceIp`).
    pub client_ip: Option<IpAddr>,
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
    pub fn error(err: &(impl HttpError + ?Sized)) -> Self {
        let body = json!({"error": {"code": err.code(), "message": err.to_string()}});
        let mut response = Self::json(err.status(), &body);
        match err.status() {
            405 => response.headers.push(("allow", "POST".to_owned())),
            401 => response.headers.push(("www-authenticate", "Basic realm=\"chatbot\"".to_owned())),
            _ => {}
        }
        response
    }
}
