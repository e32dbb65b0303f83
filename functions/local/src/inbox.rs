//! The stand-in for the client's lead and booking endpoints, `POST /_local/deliveries/{endpoint}`:
//! it checks each delivery's signature (`X-Chatbot-Signature`, HMAC-SHA256 with the dev key) the
//! way a client's endpoint should, answers 200 or 401, and notes in `deliveries.jsonl` what
//! arrived: endpoint, kind, bot, session, turn and the names of the fields, never their values.

use serde::Deserialize;
use serde_json::json;
use shared::fulfil::{SIGNATURE_HEADER, verify};
use shared::secrets::Secret;
use shared::web::{HttpError, HttpRequest, HttpResponse};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Where the endpoints are served.
pub const PATH_PREFIX: &str = "/_local/deliveries/";

/// The part of a delivery the inbox notes (the body is `shared::fulfil::Payload`).
#[derive(Deserialize)]
struct Delivered {
    kind: String,
    bot: String,
    session: String,
    turn: String,
    #[serde(default)]
    fields: BTreeMap<String, serde_json::Value>,
}

/// Why a delivery was refused.
#[derive(Debug, thiserror::Error)]
enum Refused {
    #[error("the signature does not match the body")]
    BadSignature,
    #[error("not a lead or booking delivery")]
    NotADelivery,
    #[error("could not note the delivery")]
    Unavailable,
}

impl HttpError for Refused {
    fn status(&self) -> u16 {
        match self {
            Self::BadSignature => 401,
            Self::NotADelivery => 400,
            Self::Unavailable => 503,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::BadSignature => "bad_signature",
            Self::NotADelivery => "bad_request",
            Self::Unavailable => "unavailable",
        }
    }
}

/// Deliveries received, checked and noted.
pub struct Inbox {
    key: Secret,
    log: Mutex<File>,
    accepted: AtomicU64,
}

impl Inbox {
    /// Appends to the note file at `path`.
    pub fn open(path: &Path, key: Secret) -> std::io::Result<Self> {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Self { key, log: Mutex::new(log), accepted: AtomicU64::new(0) })
    }

    /// How many deliveries arrived with a valid signature since start.
    pub fn accepted(&self) -> u64 {
        self.accepted.load(Ordering::Relaxed)
    }

    /// Answers one delivery.
    pub fn receive(&self, request: &HttpRequest) -> HttpResponse {
        match self.note(request) {
            Ok(turn) => HttpResponse::json(200, &json!({"received": turn})),
            Err(refused) => HttpResponse::error(&refused),
        }
    }

    /// Checks and notes one delivery; answers its turn id.
    fn note(&self, request: &HttpRequest) -> Result<String, Refused> {
        let endpoint = request.path.strip_prefix(PATH_PREFIX).unwrap_or_default();
        let signature = request.headers.get(SIGNATURE_HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default();
        if !verify(self.key.expose(), &request.body, signature) {
            return Err(Refused::BadSignature);
        }
        let delivered: Delivered = serde_json::from_slice(&request.body).map_err(|_| Refused::NotADelivery)?;
        let note = json!({
            "endpoint": endpoint,
            "kind": delivered.kind,
            "bot": delivered.bot,
            "session": delivered.session,
            "turn": delivered.turn,
            "fields": delivered.fields.keys().collect::<Vec<_>>(),
            "signature": "valid",
        });
        let mut log = self.log.lock().map_err(|_| Refused::Unavailable)?;
        writeln!(log, "{note}").map_err(|_| Refused::Unavailable)?;
        self.accepted.fetch_add(1, Ordering::Relaxed);
        tracing::info!(endpoint, kind = %delivered.kind, fields = delivered.fields.len(), "delivery received");
        Ok(delivered.turn)
    }
}
