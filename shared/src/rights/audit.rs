//! The audit record every data-subject operation leaves: what was done, for which bot, when, by
//! whom (the caller's IAM ARN where the invocation carries it), with what outcome and counts.
//! No session id, identifier, text or value: a record proves an operation ran, it does not
//! become personal data itself. Kept a year under `audit/` (the bucket's lifecycle).

use crate::model::{BotId, Timestamp};
use serde::Serialize;
use std::collections::BTreeMap;

pub const AUDIT_SCHEMA_VERSION: u32 = 1;

/// Who asked, as the invocation tells it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Caller {
    /// The caller's ARN (a Function URL with IAM auth carries it; a direct invocation does not,
    /// then CloudTrail's `Invoke` record for `request_id` names the caller).
    pub requester: Option<String>,
    /// Lambda's request id (or the local runner's own).
    pub request_id: String,
}

/// How the operation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Done,
    Refused,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditRecord {
    pub schema_version: u32,
    pub op: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bot: Option<BotId>,
    /// RFC 3339, UTC.
    pub at: String,
    pub requester: Option<String>,
    pub request_id: String,
    pub outcome: Outcome,
    /// The error's code when not done (`bad_request`, `unknown_bot`, ...), never its message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'static str>,
    pub counts: BTreeMap<&'static str, u64>,
}

impl AuditRecord {
    pub fn new(op: &str, bot: Option<BotId>, at: Timestamp, caller: &Caller) -> Self {
        Self {
            schema_version: AUDIT_SCHEMA_VERSION,
            op: op.to_owned(),
            bot,
            at: at.to_utc().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            requester: caller.requester.clone(),
            request_id: caller.request_id.clone(),
            outcome: Outcome::Done,
            error: None,
            counts: BTreeMap::new(),
        }
    }
}
