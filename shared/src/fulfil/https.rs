//! The HTTPS client that delivers leads and bookings: hyper with rustls (aws-lc) and the system's
//! root certificates, the same stack the AWS SDK links, so it adds no second TLS library. Built
//! once at start-up; connections are pooled between invocations.

use super::delivery::{DELIVERY_HEADER, Deliver, DeliveryError, DeliveryRequest, SIGNATURE_HEADER};
use bytes::Bytes;
use http_body_util::Full;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

/// Why the client could not be built.
#[derive(Debug, thiserror::Error)]
#[error("the HTTPS client could not load the system's root certificates: {0}")]
pub struct ClientError(String);

/// Posts signed JSON over HTTPS (and plain HTTP, which the bot config allows only to localhost).
#[derive(Clone)]
pub struct HttpsDelivery {
    client: HttpsClient,
}

/// The HTTPS (and plain HTTP) client: rustls with aws-lc and the system's roots, HTTP/1.
pub(crate) type HttpsClient = Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>;

/// Builds the client; once per process.
pub(crate) fn https_client() -> Result<HttpsClient, ClientError> {
    let provider = std::sync::Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_provider_and_native_roots(provider)
        .map_err(|e| ClientError(e.to_string()))?
        .https_or_http()
        .enable_http1()
        .build();
    Ok(Client::builder(TokioExecutor::new()).build(connector))
}

impl HttpsDelivery {
    pub fn new() -> Result<Self, ClientError> {
        Ok(Self { client: https_client()? })
    }
}

impl Deliver for HttpsDelivery {
    async fn deliver(&self, request: DeliveryRequest) -> Result<(), DeliveryError> {
        let http_request = http::Request::post(&request.url)
            .header(http::header::CONTENT_TYPE, "application/json")
            .header(http::header::USER_AGENT, "chatbot-backend/1")
            .header(SIGNATURE_HEADER, &request.signature)
            .header(DELIVERY_HEADER, &request.delivery_id)
            .body(Full::new(Bytes::from(request.body)))
            .map_err(|_| DeliveryError::BadUrl)?;
        let answer = tokio::time::timeout(request.timeout, self.client.request(http_request))
            .await
            .map_err(|_| DeliveryError::Timeout(request.timeout.as_millis()))?
            .map_err(|e| DeliveryError::Connect(connect_reason(&e)))?;
        let status = answer.status();
        if status.is_success() { Ok(()) } else { Err(DeliveryError::Status(status.as_u16())) }
    }
}

/// The kind of connection failure, without URLs or bodies.
fn connect_reason(error: &hyper_util::client::legacy::Error) -> String {
    if error.is_connect() { "connection refused or TLS failed".to_owned() } else { "the connection broke".to_owned() }
}
