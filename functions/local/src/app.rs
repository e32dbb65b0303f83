//! The product assembled on one data folder: the embedded store (turns and the turn queue in
//! `store.redb`), reports and exports at the same keys as in S3 (`reports/daily/...`,
//! `aggregates/monthly/...`, `exports/...`), the dev key, and the bot
//! config (the example in `infra/bots/example.json` unless another is given).
//!
//! Locally, leads and bookings are never sent to a client's real endpoint: every endpoint of the
//! config is pointed at the runner's own stand-in ([`crate::inbox`]) and signed with the dev key,
//! so personal data given in a local conversation does not leave the machine. The dev key also
//! keys the subject hashes (`shared::subject`) that `chatbot erase-subject` finds turns by.

use crate::inbox::Inbox;
use shared::fulfil::{BotsConfig, HttpsDelivery, Secrets};
use shared::logger::Logger;
use shared::report::Aggregator;
use shared::rights::Rights;
use shared::secrets::{Secret, SecretRef};
use shared::startup::{self, StartupError};
use shared::store::local::{LocalReports, LocalStore};
use shared::store::{StoreError, TurnInbox};
use shared::subject::SubjectKey;
use shared::webhook::Webhook;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Where the runner keeps its data unless told otherwise.
pub const DEFAULT_DATA: &str = ".chatbot-data";
/// The bot config used when none is given: the documented example.
const EXAMPLE_CONFIG: &str = include_str!("../../../infra/bots/example.json");
/// The dev key's file in the data folder.
const DEV_KEY_FILE: &str = "dev-key";
/// What the endpoints' signing secret is called locally (it is the dev key, not read from the
/// environment).
const LOCAL_SIGNING_SECRET: &str = "CHATBOT_DEV_KEY";
/// How many queued turns the pump hands the logger at once (as the SQS batch size does on AWS).
const PUMP_BATCH: usize = 50;

/// Why the runner could not start or finish.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("data folder {path}: {reason}")]
    Data { path: String, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Config(#[from] StartupError),
    #[error("{0}")]
    Failed(String),
}

/// The data folder, opened: store, reports, bot config and dev key.
pub struct Local {
    pub data: PathBuf,
    pub key: Secret,
    pub store: LocalStore,
    pub reports: LocalReports,
    pub bots: BotsConfig,
}

impl Local {
    /// Opens (or creates) `data`, and reads the bot config at `config` (the example if `None`).
    pub async fn open(data: &Path, config: Option<&Path>) -> Result<Self, AppError> {
        let folder_error = |reason: String| AppError::Data { path: data.display().to_string(), reason };
        std::fs::create_dir_all(data).map_err(|e| folder_error(e.to_string()))?;
        let data = data.canonicalize().map_err(|e| folder_error(e.to_string()))?;
        let bots = match config {
            Some(path) => startup::bots_config(&path.to_string_lossy(), None).await?,
            None => BotsConfig::from_json(EXAMPLE_CONFIG.as_bytes()).map_err(StartupError::from)?,
        };
        let key = dev_key(&data)?;
        let store = LocalStore::open(&data)?;
        let reports = LocalReports::new(&data);
        Ok(Self { data, key, store, reports, bots })
    }

    /// The dev key as text, to print and to send.
    pub fn key_text(&self) -> &str {
        std::str::from_utf8(self.key.expose()).unwrap_or_default()
    }

    /// The aggregator on this folder.
    pub fn aggregator(&self) -> Aggregator<LocalStore, LocalReports> {
        Aggregator::new(self.bots.clone(), self.store.clone(), self.reports.clone())
    }

    /// The data-subject operations on this folder.
    pub fn rights(&self) -> Rights<LocalStore, LocalReports> {
        Rights::new(self.bots.clone(), self.store.clone(), self.reports.clone(), Some(self.subject_key()))
    }

    /// Locally, emails and phone numbers are hashed with the dev key.
    fn subject_key(&self) -> SubjectKey {
        SubjectKey::new(self.key.clone())
    }

    /// The services the server runs, with the endpoints pointed at this runner at `address`.
    pub fn services(&self, address: SocketAddr) -> Result<Services, AppError> {
        let mut bots = self.bots.clone();
        let signing = SecretRef::Env(LOCAL_SIGNING_SECRET.to_owned());
        for bot in &mut bots.bots {
            for (name, endpoint) in &mut bot.endpoints {
                endpoint.url = format!("http://{address}{}{name}", crate::inbox::PATH_PREFIX);
                endpoint.secret = signing.clone();
            }
        }
        let secrets = Secrets::from([(signing, self.key.clone())]);
        let deliver = HttpsDelivery::new().map_err(|e| AppError::Failed(e.to_string()))?;
        let webhook = Webhook::new(bots.clone(), secrets, self.key.clone(), self.store.clone(), deliver)
            .with_subject_key(Some(self.subject_key()))
            .without_metrics();
        let logger = Logger::new(bots, self.store.clone(), self.store.clone(), self.key.clone())
            .with_subject_key(Some(self.subject_key()))
            .without_metrics();
        let inbox = Inbox::open(&self.data.join("deliveries.jsonl"), self.key.clone())
            .map_err(|e| AppError::Data { path: self.data.display().to_string(), reason: e.to_string() })?;
        Ok(Services { key: self.key.clone(), store: self.store.clone(), webhook, logger, inbox })
    }
}

/// What the server runs: the webhook, the logger (fed by [`Services::pump`]) and the inbox.
pub struct Services {
    pub key: Secret,
    pub store: LocalStore,
    pub webhook: Webhook<LocalStore, HttpsDelivery>,
    pub logger: Logger<LocalStore, LocalStore>,
    pub inbox: Inbox,
}

impl Services {
    /// Hands the queued turns to the logger, one batch, as SQS does on AWS; answers how many
    /// messages were taken. Turns the logger could not store stay queued for the next run.
    pub async fn pump(&self) -> Result<usize, StoreError> {
        let deliveries = self.store.receive(PUMP_BATCH).await?;
        if deliveries.is_empty() {
            return Ok(0);
        }
        let retry = self.logger.store_deliveries(&deliveries).await;
        let done: Vec<String> =
            deliveries.iter().filter(|d| !retry.contains(&d.message_id)).map(|d| d.receipt.clone()).collect();
        self.store.acknowledge(&done).await?;
        Ok(deliveries.len())
    }

    /// Pumps until the queue has nothing more to give.
    pub async fn drain(&self) -> Result<(), StoreError> {
        while self.pump().await? > 0 {}
        Ok(())
    }
}

/// The folder's dev key: made once, at random, and kept (readable by the owner only).
fn dev_key(data: &Path) -> Result<Secret, AppError> {
    let path = data.join(DEV_KEY_FILE);
    let folder_error = |reason: String| AppError::Data { path: path.display().to_string(), reason };
    match std::fs::read_to_string(&path) {
        Ok(key) if !key.trim().is_empty() => return Ok(Secret::new(key.trim())),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(folder_error(e.to_string())),
    }
    let key = format!("dev-{}", uuid::Uuid::new_v4().simple());
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path).map_err(|e| folder_error(e.to_string()))?;
    std::io::Write::write_all(&mut file, key.as_bytes()).map_err(|e| folder_error(e.to_string()))?;
    Ok(Secret::new(key))
}
