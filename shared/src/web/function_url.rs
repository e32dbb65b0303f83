//! Lambda Function URL events (payload format 2.0) to and from [`HttpRequest`] and
//! [`HttpResponse`]: the translation every HTTPS function needs, kept free of the Lambda runtime.

use super::{HttpError, HttpRequest, HttpResponse};
use base64::Engine;
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::HashMap;

/// A body marked base64 that is not base64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the body is marked base64 but is not valid base64")]
pub struct BadEncoding;

impl HttpError for BadEncoding {
    fn status(&self) -> u16 {
        400
    }
    fn code(&self) -> &'static str {
        "bad_request"
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UrlEvent {
    #[serde(default)]
    raw_path: String,
    #[serde(default)]
    headers: HashMap<String, String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    is_base64_encoded: bool,
    request_context: UrlContext,
}

#[derive(Deserialize)]
struct UrlContext {
    http: UrlHttp,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UrlHttp {
    method: String,
    #[serde(default)]
    source_ip: Option<String>,
}

/// The request in a Function URL event; `None` when `event` is not one.
pub fn request(event: &str) -> Option<Result<HttpRequest, BadEncoding>> {
    let event: UrlEvent = serde_json::from_str(event).ok()?;
    let body = event.body.unwrap_or_default();
    let body = if event.is_base64_encoded {
        match base64::engine::general_purpose::STANDARD.decode(body.as_bytes()) {
            Ok(bytes) => bytes,
            Err(_) => return Some(Err(BadEncoding)),
        }
    } else {
        body.into_bytes()
    };
    let headers: HeaderMap = event
        .headers
        .iter()
        .filter_map(|(k, v)| Some((HeaderName::from_bytes(k.as_bytes()).ok()?, HeaderValue::from_str(v).ok()?)))
        .collect();
    Some(Ok(HttpRequest {
        method: Method::from_bytes(event.request_context.http.method.as_bytes()).unwrap_or(Method::OPTIONS),
        path: event.raw_path,
        headers,
        body: Bytes::from(body),
        client_ip: event.request_context.http.source_ip.and_then(|ip| ip.parse().ok()),
    }))
}

/// The Function URL response for `response`.
pub fn response(response: HttpResponse) -> Value {
    let headers: serde_json::Map<String, Value> =
        response.headers.into_iter().map(|(k, v)| (k.to_owned(), Value::String(v))).collect();
    json!({"statusCode": response.status, "headers": headers, "body": response.body, "isBase64Encoded": false})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_url_events_translate_both_ways() {
        let event = json!({
            "rawPath": "/events", "headers": {"x-api-key": "k", "user-agent": "Mozilla/5.0"},
            "body": "eyJhIjoxfQ==", "isBase64Encoded": true,
            "requestContext": {"http": {"method": "POST", "sourceIp": "203.0.113.9"}}
        });
        let request = request(&event.to_string()).unwrap().unwrap();
        assert_eq!((request.method, request.path.as_str()), (Method::POST, "/events"));
        assert_eq!(&request.body[..], br#"{"a":1}"#);
        assert_eq!(request.headers["x-api-key"], "k");
        assert_eq!(request.client_ip, Some("203.0.113.9".parse().unwrap()));
        let mut bad = event.clone();
        bad["body"] = json!("%%%");
        assert_eq!(super::request(&bad.to_string()).unwrap().unwrap_err(), BadEncoding);
        assert!(super::request(r#"{"Records": []}"#).is_none());
        let out = response(HttpResponse::json(202, &json!({"ok": true})));
        assert_eq!(
            out,
            json!({"statusCode": 202, "headers": {"content-type": "application/json"}, "body": "{\"ok\":true}", "isBase64Encoded": false})
        );
    }
}
