//! The environment variables the functions are configured by. The names are fixed: the SAM
//! template, the tests and operators rely on them.

/// DynamoDB table holding the turns.
pub const TRANSCRIPTS_TABLE: &str = "TRANSCRIPTS_TABLE";
/// S3 bucket holding the reports, aggregates and exports.
pub const REPORTS_BUCKET: &str = "REPORTS_BUCKET";
/// SQS queue the webhook hands turns to and the transcript logger reads.
pub const TRANSCRIPT_QUEUE_URL: &str = "TRANSCRIPT_QUEUE_URL";

/// The transcript queue's dead-letter queue: where the logger parks messages it can never store.
pub const DEAD_LETTER_QUEUE_URL: &str = "DEAD_LETTER_QUEUE_URL";
/// The SSM parameter (SecureString) holding the chat widget's events API key, on AWS.
pub const EVENTS_API_KEY_PARAMETER: &str = "EVENTS_API_KEY_PARAMETER";
/// The chat widget's events API key itself, for local runs only.
pub const EVENTS_API_KEY: &str = "EVENTS_API_KEY";

/// Where the bot config is: a file path, or `s3://bucket/key`.
pub const BOT_CONFIG: &str = "BOT_CONFIG";
/// The SSM parameter (SecureString) holding the webhook's API key, on AWS.
pub const WEBHOOK_API_KEY_PARAMETER: &str = "WEBHOOK_API_KEY_PARAMETER";
/// The webhook's API key itself, for local runs only.
pub const WEBHOOK_API_KEY: &str = "WEBHOOK_API_KEY";

/// The SSM parameter (SecureString) holding the subject key: the per-deployment secret that
/// emails and phone numbers are hashed with (`shared::subject`), on AWS.
pub const SUBJECT_KEY_PARAMETER: &str = "SUBJECT_KEY_PARAMETER";
/// The subject key itself, for local runs only.
pub const SUBJECT_KEY: &str = "SUBJECT_KEY";

/// The deployment's ceiling on every bot's data policy (`shared::policy::Limits`); each is
/// optional, and a missing one sets no ceiling.
pub const MAX_LOG_RETENTION_DAYS: &str = "MAX_LOG_RETENTION_DAYS";
pub const MAX_REPORT_RETENTION_DAYS: &str = "MAX_REPORT_RETENTION_DAYS";
/// `true` or `false`.
pub const COLLECT_FREE_TEXT: &str = "COLLECT_FREE_TEXT";
/// `true` or `false`.
pub const COLLECT_USER_AGENT: &str = "COLLECT_USER_AGENT";
/// `none`, `truncated` or `full`.
pub const COLLECT_IP: &str = "COLLECT_IP";

/// A missing or unusable setting; names the variable, never echoes a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("environment variable {0} is not set")]
    Missing(&'static str),
    #[error("environment variable {0} is empty or not valid UTF-8")]
    Invalid(&'static str),
    #[error("environment variable {name} must be {expected}")]
    Malformed { name: &'static str, expected: &'static str },
    #[error("region {0:?} is not a UK/EU region; data must stay in the UK or the EU")]
    RegionNotAllowed(String),
    #[error("no AWS region is configured (set AWS_REGION)")]
    NoRegion,
}

/// The value of a required variable.
pub fn required(name: &'static str) -> Result<String, ConfigError> {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Ok(value),
        Ok(_) | Err(std::env::VarError::NotUnicode(_)) => Err(ConfigError::Invalid(name)),
        Err(std::env::VarError::NotPresent) => Err(ConfigError::Missing(name)),
    }
}

/// The value of an optional variable, or `None` when it is not set.
pub fn optional(name: &'static str) -> Result<Option<String>, ConfigError> {
    match required(name) {
        Ok(value) => Ok(Some(value)),
        Err(ConfigError::Missing(_)) => Ok(None),
        Err(e) => Err(e),
    }
}
