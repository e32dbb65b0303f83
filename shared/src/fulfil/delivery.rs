//! Delivering a lead or booking to the client's endpoint: a JSON body, signed with HMAC-SHA256
//! under the endpoint's secret so the client can check it came from this deployment.
//!
//! The client checks `X-Chatbot-Signature: sha256=<hex>` against
//! `hex(HMAC-SHA256(secret, raw body))`; `X-Chatbot-Delivery` is the turn id, the same on a retry,
//! so the client can drop duplicates.

use hmac::{Hmac, KeyInit, Mac};
use serde::Serialize;
use sha2::Sha256;
use std::collections::BTreeMap;
use std::future::Future;
use std::time::Duration;

/// The signature header's name.
pub const SIGNATURE_HEADER: &str = "x-chatbot-signature";
/// The idempotency header's name.
pub const DELIVERY_HEADER: &str = "x-chatbot-delivery";

/// One signed POST to make.
#[derive(Debug, Clone)]
pub struct DeliveryRequest {
    pub url: String,
    pub body: Vec<u8>,
    /// `sha256=<hex>` of the body.
    pub signature: String,
    pub delivery_id: String,
    pub timeout: Duration,
}

/// Why a delivery failed. No part of the body: it is personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    #[error("the endpoint did not answer within {0} ms")]
    Timeout(u128),
    #[error("the endpoint answered HTTP {0}")]
    Status(u16),
    #[error("could not reach the endpoint: {0}")]
    Connect(String),
    #[error("the endpoint URL is not usable")]
    BadUrl,
    #[error("no signing secret is loaded for endpoint {0:?}")]
    NoSecret(String),
}

impl DeliveryError {
    /// A short reason for logs and metrics.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::Timeout(_) => "timeout",
            Self::Status(_) => "status",
            Self::Connect(_) => "connect",
            Self::BadUrl => "bad_url",
            Self::NoSecret(_) => "no_secret",
        }
    }
}

/// Makes signed POSTs: the HTTPS client on AWS and locally, anything else in benchmarks.
pub trait Deliver: Send + Sync {
    /// Posts `request`; `Ok` only for a 2xx answer within the timeout.
    fn deliver(&self, request: DeliveryRequest) -> impl Future<Output = Result<(), DeliveryError>> + Send;
}

/// What the client's endpoint receives.
#[derive(Debug, Serialize)]
pub struct Payload<'a> {
    /// `lead` or `booking`.
    pub kind: &'static str,
    pub bot: &'a str,
    pub session: &'a str,
    pub turn: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intent: Option<&'a str>,
    /// When the user asked (RFC 3339, UTC).
    pub at: String,
    pub fields: BTreeMap<&'a str, serde_json::Value>,
}

/// `sha256=<lowercase hex of HMAC-SHA256(secret, body)>`.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret).expect("HMAC accepts any key length");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256=");
    for byte in digest {
        out.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(byte & 0xf), 16).unwrap_or('0'));
    }
    out
}

/// Whether `signature` (`sha256=<hex>`) is `body`'s signature under `secret`, compared in
/// constant time: what a client's endpoint checks.
pub fn verify(secret: &[u8], body: &[u8], signature: &str) -> bool {
    use subtle::ConstantTimeEq;
    bool::from(sign(secret, body).as_bytes().ct_eq(signature.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_match_the_rfc_4231_test_vector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assert_eq!(
            sign(b"Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn verification_accepts_only_the_exact_signature() {
        let good = sign(b"key", b"body");
        assert!(verify(b"key", b"body", &good));
        assert!(!verify(b"key", b"body!", &good));
        assert!(!verify(b"other", b"body", &good));
        assert!(!verify(b"key", b"body", &good[..good.len() - 1]));
    }
}
