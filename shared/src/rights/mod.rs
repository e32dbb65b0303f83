//! The data-subject operations a data-protection officer runs (the `redactor` function, and
//! `chatbot export|erase|scrub|erase-subject` locally), one JSON request each:
//!
//! | `op` | fields | answer |
//! |---|---|---|
//! | `redact` | `text`, or `document` + `fields` (dotted paths, `*` wildcards); optional `types` | the redacted text or document, and the findings (type, position; never the value) |
//! | `export_session` | `bot`, `session` | the session's stored turns as one JSON document under `exports/`, and a pre-signed URL valid for one hour |
//! | `erase_session` | `bot`, `session` | how many turns were deleted (a second call deletes 0) |
//! | `scrub_session` | `bot`, `session`, optional `values` | the turns rewritten with every personal value (current recognizers, plus `values`) removed |
//! | `erase_subject` | `email` or `phone`, optional `bot` | how many turns carrying that subject's keyed hash were deleted, across sessions and days |
//!
//! A request is checked before anything is touched: an unknown op, a missing or unknown field, an
//! unknown bot, or a session that belongs to another bot is refused with a message saying so.
//! Every operation, refused or not, leaves an audit record ([`audit`]).
//!
//! Reads cover the bot's retention window (today and `log_retention_days` before it, in the
//! bot's time zone), and never return an expired turn.

pub mod audit;
pub mod document;

pub use audit::{AuditRecord, Caller, Outcome};

use crate::fulfil::{BotConfig, BotsConfig};
use crate::logger::redact_again;
use crate::model::{BotId, Day, DayRange, SessionId, Timestamp, Turn};
use crate::redact::{EntitySet, EntityType, PersonalValue, Redactor};
use crate::store::{ObjectKey, ObjectLinks, ReportSink, StoreError, TranscriptReader, TranscriptWriter};
use crate::subject::{Identifier, SubjectKey};
use crate::web::HttpError;
use futures::TryStreamExt;
use serde::Deserialize;
use serde_json::{Value, json};
use std::time::Duration;

/// How long an export's link works.
pub const EXPORT_LINK_VALIDITY: Duration = Duration::from_secs(3600);
/// How long exports are kept (the bucket's `exports/` lifecycle rule).
pub const EXPORT_RETENTION_DAYS: u32 = 7;
/// How long audit records are kept (the bucket's `audit/` lifecycle rule).
pub const AUDIT_RETENTION_DAYS: u32 = 365;
/// The export document's schema version.
pub const EXPORT_SCHEMA_VERSION: u32 = 1;

/// One request, as JSON: `{"op": ..., ...}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    Redact {
        #[serde(default)]
        text: Option<String>,
        #[serde(default)]
        document: Option<Value>,
        #[serde(default)]
        fields: Vec<String>,
        #[serde(default)]
        types: Option<Vec<EntityType>>,
        /// Terms left where a finding is one of them whole (a bot config's `never_redact`).
        #[serde(default)]
        never_redact: Vec<String>,
    },
    ExportSession {
        bot: BotId,
        session: SessionId,
    },
    EraseSession {
        bot: BotId,
        session: SessionId,
    },
    ScrubSession {
        bot: BotId,
        session: SessionId,
        #[serde(default)]
        values: Vec<String>,
    },
    EraseSubject {
        #[serde(default)]
        bot: Option<BotId>,
        #[serde(default)]
        email: Option<String>,
        #[serde(default)]
        phone: Option<String>,
    },
}

impl Request {
    /// Reads a request; the message names what is wrong (serde names the field or the op).
    pub fn parse(json: &str) -> Result<Self, RightsError> {
        serde_json::from_str(json).map_err(|e| {
            let message = e.to_string();
            // serde's own words, without the position suffix, which means nothing to a caller.
            let message = message.split(" at line ").next().unwrap_or(&message);
            RightsError::BadRequest(without_quoted_values(message))
        })
    }

    fn op(&self) -> &'static str {
        match self {
            Self::Redact { .. } => "redact",
            Self::ExportSession { .. } => "export_session",
            Self::EraseSession { .. } => "erase_session",
            Self::ScrubSession { .. } => "scrub_session",
            Self::EraseSubject { .. } => "erase_subject",
        }
    }

    fn bot(&self) -> Option<&BotId> {
        match self {
            Self::Redact { .. } => None,
            Self::ExportSession { bot, .. } | Self::EraseSession { bot, .. } | Self::ScrubSession { bot, .. } => {
                Some(bot)
            }
            Self::EraseSubject { bot, .. } => bot.as_ref(),
        }
    }
}

/// Why an operation was refused (nothing changed) or failed.
#[derive(Debug, thiserror::Error)]
pub enum RightsError {
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("bot {0} is not in the bot config")]
    UnknownBot(BotId),
    #[error("session {session} is not a session of bot {bot}; it belongs to bot {owner}")]
    SessionOfAnotherBot { bot: BotId, session: SessionId, owner: BotId },
    #[error("erase_subject needs the subject key (SUBJECT_KEY_PARAMETER), and this deployment has none")]
    NoSubjectKey,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the operation ran ({done}) but its audit record could not be written: {reason}")]
    Audit { done: String, reason: String },
}

/// Over HTTP (the redactor's Function URL): the status, and a stable code for callers and audit
/// records.
impl HttpError for RightsError {
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnknownBot(_) => 404,
            Self::SessionOfAnotherBot { .. } => 409,
            Self::NoSubjectKey => 501,
            Self::Store(_) | Self::Audit { .. } => 500,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::BadRequest(_) => "bad_request",
            Self::UnknownBot(_) => "unknown_bot",
            Self::SessionOfAnotherBot { .. } => "session_of_another_bot",
            Self::NoSubjectKey => "no_subject_key",
            Self::Store(_) => "store_failed",
            Self::Audit { .. } => "audit_failed",
        }
    }
}

impl RightsError {
    /// Whether the request itself was at fault (nothing was changed).
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            Self::BadRequest(_) | Self::UnknownBot(_) | Self::SessionOfAnotherBot { .. } | Self::NoSubjectKey
        )
    }
}

/// The operations, on a store of turns and a bucket of objects.
pub struct Rights<S, O> {
    bots: BotsConfig,
    store: S,
    objects: O,
    subject_key: Option<SubjectKey>,
}

impl<S: TranscriptReader + TranscriptWriter, O: ReportSink + ObjectLinks> Rights<S, O> {
    pub fn new(bots: BotsConfig, store: S, objects: O, subject_key: Option<SubjectKey>) -> Self {
        Self { bots, store, objects, subject_key }
    }

    /// Runs one request (JSON text) for `caller` as of `now`, and writes its audit record.
    pub async fn handle(&self, request: &str, caller: &Caller, now: Timestamp) -> Result<Value, RightsError> {
        let parsed = Request::parse(request);
        let (op, bot) = match &parsed {
            Ok(request) => (request.op(), request.bot().cloned()),
            Err(_) => ("unknown", None),
        };
        let mut record = AuditRecord::new(op, bot, now, caller);
        let result = match parsed {
            Ok(request) => self.run(request, now, &mut record).await,
            Err(err) => Err(err),
        };
        if let Err(err) = &result {
            record.outcome = if err.is_refusal() { Outcome::Refused } else { Outcome::Failed };
            record.error = Some(err.code());
        }
        tracing::info!(op, outcome = ?record.outcome, error = record.error, counts = ?record.counts, "data-subject operation");
        let key = ObjectKey::audit(Day::of(now, Default::default()), now, &caller.request_id)
            .map_err(|e| RightsError::Audit { done: describe(&record), reason: e.to_string() })?;
        let body = serde_json::to_vec_pretty(&record).unwrap_or_default();
        if let Err(err) = self.objects.put(&key, body).await {
            tracing::error!(op, error = %err, "audit record not written");
            return Err(RightsError::Audit { done: describe(&record), reason: err.to_string() });
        }
        result
    }

    async fn run(&self, request: Request, now: Timestamp, record: &mut AuditRecord) -> Result<Value, RightsError> {
        match request {
            Request::Redact { text, document, fields, types, never_redact } => {
                if never_redact.iter().any(|term| term.trim().is_empty()) {
                    return Err(RightsError::BadRequest("never_redact terms must not be blank".into()));
                }
                let types = types.map_or_else(EntitySet::all, |t| t.into_iter().collect());
                redact(text, document, fields, &Redactor::new(types).keeping(never_redact), record)
            }
            Request::ExportSession { bot, session } => self.export(&bot, &session, now, record).await,
            Request::EraseSession { bot, session } => self.erase(&bot, &session, now, record).await,
            Request::ScrubSession { bot, session, values } => self.scrub(&bot, &session, &values, now, record).await,
            Request::EraseSubject { bot, email, phone } => self.erase_subject(bot, email, phone, now, record).await,
        }
    }

    fn bot(&self, id: &BotId) -> Result<&BotConfig, RightsError> {
        self.bots.bot(id).ok_or_else(|| RightsError::UnknownBot(id.clone()))
    }

    /// Every unexpired turn of `session`; refused if the session is another bot's.
    async fn session(&self, bot: &BotConfig, session: &SessionId, now: Timestamp) -> Result<Vec<Turn>, RightsError> {
        let turns = self.store.session_turns(&bot.id, session, window(bot, now)).await?;
        if turns.is_empty() {
            self.refuse_if_another_bots(bot, session, now).await?;
        }
        Ok(turns)
    }

    /// Refuses a session found under another bot of the deployment (only looked for when the
    /// named bot has none of it, so a normal request costs nothing extra).
    async fn refuse_if_another_bots(
        &self,
        bot: &BotConfig,
        session: &SessionId,
        now: Timestamp,
    ) -> Result<(), RightsError> {
        for other in self.bots.bots.iter().filter(|b| b.id != bot.id) {
            if !self.store.session_turns(&other.id, session, window(other, now)).await?.is_empty() {
                return Err(RightsError::SessionOfAnotherBot {
                    bot: bot.id.clone(),
                    session: session.clone(),
                    owner: other.id.clone(),
                });
            }
        }
        Ok(())
    }

    async fn export(
        &self,
        bot: &BotId,
        session: &SessionId,
        now: Timestamp,
        record: &mut AuditRecord,
    ) -> Result<Value, RightsError> {
        let bot = self.bot(bot)?;
        let turns = self.session(bot, session, now).await?;
        let document = json!({
            "schema_version": EXPORT_SCHEMA_VERSION,
            "bot": bot.id,
            "session": session,
            "exported_at": record.at,
            "retention_days": bot.policy.log_retention_days.days(),
            "turns": turns.iter().map(exported).collect::<Vec<_>>(),
        });
        let key = ObjectKey::export(&bot.id, session, now).map_err(|e| RightsError::BadRequest(e.to_string()))?;
        let mut body = serde_json::to_vec_pretty(&document).unwrap_or_default();
        body.push(b'\n');
        self.objects.put(&key, body).await?;
        let url = self.objects.link(&key, EXPORT_LINK_VALIDITY).await?;
        record.counts.insert("turns", turns.len() as u64);
        Ok(
            json!({"key": key.as_str(), "url": url, "expires_in_seconds": EXPORT_LINK_VALIDITY.as_secs(), "turns": turns.len()}),
        )
    }

    async fn erase(
        &self,
        bot: &BotId,
        session: &SessionId,
        now: Timestamp,
        record: &mut AuditRecord,
    ) -> Result<Value, RightsError> {
        let bot = self.bot(bot)?;
        let deleted = self.store.delete_session(&bot.id, session, window(bot, now)).await?;
        if deleted == 0 {
            self.refuse_if_another_bots(bot, session, now).await?;
        }
        record.counts.insert("deleted", deleted);
        Ok(json!({"deleted": deleted}))
    }

    async fn scrub(
        &self,
        bot: &BotId,
        session: &SessionId,
        values: &[String],
        now: Timestamp,
        record: &mut AuditRecord,
    ) -> Result<Value, RightsError> {
        let bot = self.bot(bot)?;
        if values.iter().any(|v| v.trim().is_empty()) {
            return Err(RightsError::BadRequest("values must not be empty strings".into()));
        }
        let values: Vec<PersonalValue<'_>> =
            values.iter().map(|v| PersonalValue { entity: guess_type(v), value: v.trim() }).collect();
        let turns = self.session(bot, session, now).await?;
        let mut redacted = 0;
        let scrubbed: Vec<Turn> = turns
            .iter()
            .filter_map(|turn| {
                let after = scrub_turn(turn, bot.redactor(), &values)?;
                redacted += total(&after) - total(turn);
                Some(after)
            })
            .collect();
        let outcome = self.store.write(&scrubbed).await;
        if let Some(failure) = outcome.failed.first() {
            return Err(StoreError::Aws { operation: "write (scrub)", code: failure.reason.clone() }.into());
        }
        record.counts.insert("turns", turns.len() as u64);
        record.counts.insert("rewritten", scrubbed.len() as u64);
        record.counts.insert("redacted", redacted);
        Ok(json!({"turns": turns.len(), "rewritten": scrubbed.len(), "redacted": redacted}))
    }

    async fn erase_subject(
        &self,
        bot: Option<BotId>,
        email: Option<String>,
        phone: Option<String>,
        now: Timestamp,
        record: &mut AuditRecord,
    ) -> Result<Value, RightsError> {
        let raw = match (email, phone) {
            (Some(email), None) => email,
            (None, Some(phone)) => phone,
            _ => return Err(RightsError::BadRequest("give exactly one of email or phone".into())),
        };
        let identifier = Identifier::parse(&raw).ok_or_else(|| {
            RightsError::BadRequest("that is not an email address or a phone number we can normalise".into())
        })?;
        let key = self.subject_key.as_ref().ok_or(RightsError::NoSubjectKey)?;
        let hash = key.hash(&identifier);
        let bots: Vec<&BotConfig> = match &bot {
            Some(id) => vec![self.bot(id)?],
            None => self.bots.bots.iter().collect(),
        };
        let (mut deleted, mut days_searched, mut sessions) = (0, 0, std::collections::BTreeSet::new());
        for bot in bots {
            for day in window(bot, now).days() {
                days_searched += 1;
                let hash = hash.as_str();
                let found: Vec<Turn> = self
                    .store
                    .day_turns(&bot.id, day)
                    .try_filter(|turn| std::future::ready(turn.subjects.iter().any(|h| h == hash)))
                    .try_collect()
                    .await?;
                if !found.is_empty() {
                    sessions.extend(found.iter().map(|t| (t.bot.clone(), t.session.clone())));
                    deleted += self.store.delete_turns(&found).await?;
                }
            }
        }
        record.counts.insert("deleted", deleted);
        record.counts.insert("sessions", sessions.len() as u64);
        record.counts.insert("days_searched", days_searched);
        Ok(json!({"deleted": deleted, "sessions": sessions.len(), "days_searched": days_searched}))
    }
}

/// serde's message without the string values it quotes (`invalid type: string "...", expected a
/// sequence`): a value sent in the wrong field may be an email or a phone number. Field and
/// variant names are quoted with backticks and stay.
fn without_quoted_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(" \"") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// The days a bot's turns may still be stored on, as of `now`.
fn window(bot: &BotConfig, now: Timestamp) -> DayRange {
    DayRange::retention_window(Day::of(now, bot.time_zone), bot.policy.log_retention_days.days())
}

fn redact(
    text: Option<String>,
    document: Option<Value>,
    fields: Vec<String>,
    redactor: &Redactor,
    record: &mut AuditRecord,
) -> Result<Value, RightsError> {
    let (answer, found) = match (text, document) {
        (Some(text), None) if fields.is_empty() => {
            let redaction = redactor.redact(&text);
            let found = redaction.findings.len();
            (json!({"text": redaction.text, "findings": redaction.findings}), found)
        }
        (None, Some(mut document)) if !fields.is_empty() => {
            document::check_paths(&fields).map_err(|e| RightsError::BadRequest(e.to_string()))?;
            let findings = document::redact_fields(&mut document, &fields, redactor);
            let found = findings.len();
            (json!({"document": document, "findings": findings}), found)
        }
        _ => return Err(RightsError::BadRequest("give either text, or a document with a list of fields".into())),
    };
    record.counts.insert("findings", found as u64);
    Ok(answer)
}

/// A stored turn as exported: everything stored, but the subject hashes (they are keys to find
/// the turn, not data about the person).
fn exported(turn: &Turn) -> Value {
    let mut value = serde_json::to_value(turn).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.remove("subjects");
    }
    value
}

/// A value given to scrub: an email if it has `@`, a phone number if it is mostly digits, else a name.
fn guess_type(value: &str) -> EntityType {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if value.contains('@') {
        EntityType::Email
    } else if digits >= 7 && digits * 2 >= value.chars().filter(|c| !c.is_whitespace()).count() {
        EntityType::Phone
    } else {
        EntityType::Name
    }
}

fn total(turn: &Turn) -> u64 {
    turn.redactions.values().map(|n| u64::from(*n)).sum()
}

/// `turn` with every text redacted again (the logger's pass) and `values`, or `None` if nothing
/// changed.
fn scrub_turn(turn: &Turn, redactor: &Redactor, values: &[PersonalValue<'_>]) -> Option<Turn> {
    let mut out = turn.clone();
    redact_again(&mut out, redactor, values, None).then_some(out)
}

fn describe(record: &AuditRecord) -> String {
    let counts: Vec<String> = record.counts.iter().map(|(k, v)| format!("{k} {v}")).collect();
    format!("{} {:?}: {}", record.op, record.outcome, counts.join(", "))
}

#[cfg(test)]
mod tests;
