//! What the functions load once at start-up, before the first event: the bot config (from a file,
//! or from S3 on AWS) and the secrets it and the webhook name. Any problem stops the start-up with
//! a message that says what to fix.

use crate::config::{self, ConfigError};
use crate::fulfil::{BotConfigError, BotsConfig, Secrets};
use crate::policy::{Limits, RetentionDays};
use crate::secrets::{self, Secret, SecretError, SecretRef};
use crate::subject::SubjectKey;

/// Why a function could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    BotConfig(#[from] BotConfigError),
    #[error("could not read the bot config at {location}: {reason}")]
    Read { location: String, reason: String },
    #[error(transparent)]
    Secret(#[from] SecretError),
    #[error("{0}")]
    Client(String),
}

/// Reads and checks the bot config at `location`: `s3://bucket/key` (read with `sdk`'s
/// credentials) or a file path.
pub async fn bots_config(location: &str, sdk: Option<&aws_config::SdkConfig>) -> Result<BotsConfig, StartupError> {
    let read_error = |reason: String| StartupError::Read { location: location.to_owned(), reason };
    let bytes = match location.strip_prefix("s3://") {
        Some(path) => {
            let (bucket, key) = path.split_once('/').ok_or_else(|| read_error("expected s3://bucket/key".into()))?;
            let sdk = sdk.ok_or_else(|| read_error("no AWS configuration".into()))?;
            crate::s3_get::get_object(sdk, bucket, key).await.map_err(read_error)?
        }
        None => std::fs::read(location).map_err(|e| read_error(e.to_string()))?,
    };
    Ok(BotsConfig::from_json(&bytes)?)
}

/// Reads the bot config named by `BOT_CONFIG` and keeps every bot's policy within the
/// deployment's limits.
pub async fn bots_config_from_env(sdk: &aws_config::SdkConfig) -> Result<BotsConfig, StartupError> {
    let location = config::required(config::BOT_CONFIG)?;
    let mut bots = bots_config(&location, Some(sdk)).await?;
    let limits = limits_from_env()?;
    for bot in &mut bots.bots {
        bot.policy = bot.policy.within(&limits);
    }
    Ok(bots)
}

/// The deployment's limits on every bot's policy, from the environment.
pub fn limits_from_env() -> Result<Limits, ConfigError> {
    limits_from(config::optional)
}

/// The deployment's limits from the variables `MAX_LOG_RETENTION_DAYS`,
/// `MAX_REPORT_RETENTION_DAYS`, `COLLECT_FREE_TEXT`, `COLLECT_USER_AGENT` and `COLLECT_IP`, as
/// `var` reads them; what is not set is not limited.
pub fn limits_from(var: impl Fn(&'static str) -> Result<Option<String>, ConfigError>) -> Result<Limits, ConfigError> {
    fn read<T>(
        var: &impl Fn(&'static str) -> Result<Option<String>, ConfigError>,
        name: &'static str,
        expected: &'static str,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Result<Option<T>, ConfigError> {
        match var(name)? {
            Some(text) => parse(text.trim()).map(Some).ok_or(ConfigError::Malformed { name, expected }),
            None => Ok(None),
        }
    }
    let days = |text: &str| text.parse().ok().and_then(|d| RetentionDays::new(d).ok());
    let switch = |text: &str| match text {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    };
    let ip = |text: &str| serde_json::from_value(serde_json::Value::String(text.to_owned())).ok();
    let none = Limits::NONE;
    Ok(Limits {
        log_retention_days: read(&var, config::MAX_LOG_RETENTION_DAYS, "1 to 3650", days)?
            .unwrap_or(none.log_retention_days),
        report_retention_days: read(&var, config::MAX_REPORT_RETENTION_DAYS, "1 to 3650", days)?
            .unwrap_or(none.report_retention_days),
        collect_free_text: read(&var, config::COLLECT_FREE_TEXT, "true or false", switch)?
            .unwrap_or(none.collect_free_text),
        collect_user_agent: read(&var, config::COLLECT_USER_AGENT, "true or false", switch)?
            .unwrap_or(none.collect_user_agent),
        collect_ip: read(&var, config::COLLECT_IP, "none, truncated or full", ip)?.unwrap_or(none.collect_ip),
    })
}

/// Where an API key is: the SSM parameter named by the variable `parameter`
/// (`WEBHOOK_API_KEY_PARAMETER`), else the variable `local` itself (`WEBHOOK_API_KEY`, local runs).
pub fn api_key_ref(parameter: &'static str, local: &'static str) -> Result<SecretRef, ConfigError> {
    match config::required(parameter) {
        Ok(name) => Ok(SecretRef::Ssm(name)),
        Err(ConfigError::Missing(_)) => {
            config::required(local)?;
            Ok(SecretRef::Env(local.to_owned()))
        }
        Err(e) => Err(e),
    }
}

/// Where the subject key is, if the deployment has one: the SSM parameter named by
/// `SUBJECT_KEY_PARAMETER`, else `SUBJECT_KEY` itself (local runs). Without it, turns carry no
/// subject hashes and `erase_subject` cannot run: said once, at start-up.
pub fn subject_key_ref() -> Result<Option<SecretRef>, ConfigError> {
    match api_key_ref(config::SUBJECT_KEY_PARAMETER, config::SUBJECT_KEY) {
        Ok(found) => Ok(Some(found)),
        Err(ConfigError::Missing(_)) => {
            tracing::warn!(
                "no subject key is configured: turns carry no subject hashes, so erase_subject cannot find them"
            );
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Reads the subject key, if there is one.
pub async fn subject_key(
    key: Option<&SecretRef>,
    ssm: Option<&aws_sdk_ssm::Client>,
) -> Result<Option<SubjectKey>, StartupError> {
    match key {
        Some(key) => Ok(Some(SubjectKey::new(api_key(key, ssm).await?))),
        None => Ok(None),
    }
}

/// Reads one API key.
pub async fn api_key(key: &SecretRef, ssm: Option<&aws_sdk_ssm::Client>) -> Result<Secret, StartupError> {
    let mut found = secrets::resolve([key], ssm).await?;
    Ok(found.remove(key).ok_or_else(|| SecretError::Missing(key.clone()))?)
}

/// Every secret the webhook needs, read in one go (one SSM call for up to ten): the API key, the
/// subject key if there is one, and each endpoint's signing key.
pub async fn webhook_secrets(
    bots: &BotsConfig,
    api_key: &SecretRef,
    subject_key: Option<&SecretRef>,
    ssm: Option<&aws_sdk_ssm::Client>,
) -> Result<(Secret, Option<SubjectKey>, Secrets), StartupError> {
    let endpoint_secrets = bots.bots.iter().flat_map(|b| b.endpoints.values().map(|e| &e.secret));
    let mut secrets = secrets::resolve(endpoint_secrets.chain([api_key]).chain(subject_key), ssm).await?;
    let key = secrets.get(api_key).cloned().ok_or_else(|| SecretError::Missing(api_key.clone()))?;
    let subject = subject_key.and_then(|r| secrets.get(r)).cloned().map(SubjectKey::new);
    secrets.remove(api_key);
    Ok((key, subject, secrets))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::IpCollection;

    fn limits(pairs: &[(&'static str, &str)]) -> Result<Limits, ConfigError> {
        let vars: std::collections::HashMap<&str, String> = pairs.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        limits_from(|name| Ok(vars.get(name).cloned()))
    }

    #[test]
    fn the_deployments_limits_come_from_its_variables_and_unset_means_unlimited() {
        assert_eq!(limits(&[]).unwrap(), Limits::NONE);
        let set = limits(&[
            ("MAX_LOG_RETENTION_DAYS", "30"),
            ("MAX_REPORT_RETENTION_DAYS", "365"),
            ("COLLECT_FREE_TEXT", "false"),
            ("COLLECT_USER_AGENT", "true"),
            ("COLLECT_IP", "truncated"),
        ])
        .unwrap();
        assert_eq!(set.log_retention_days.days(), 30);
        assert_eq!(set.report_retention_days.days(), 365);
        assert!(!set.collect_free_text && set.collect_user_agent);
        assert_eq!(set.collect_ip, IpCollection::Truncated);
        let err = limits(&[("COLLECT_IP", "some")]).unwrap_err();
        assert_eq!(err.to_string(), "environment variable COLLECT_IP must be none, truncated or full");
        assert!(limits(&[("MAX_LOG_RETENTION_DAYS", "0")]).is_err());
        assert!(limits(&[("COLLECT_FREE_TEXT", "yes")]).is_err());
    }

    #[tokio::test]
    async fn the_example_config_loads_from_a_file_and_a_missing_file_is_named() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../infra/bots/example.json");
        assert_eq!(bots_config(path, None).await.unwrap().bots[0].id.as_str(), "acme-dental");
        let err = bots_config("/nonexistent/bots.json", None).await.unwrap_err();
        assert!(err.to_string().starts_with("could not read the bot config at /nonexistent/bots.json"), "{err}");
        let err = bots_config("s3://bucket-only", None).await.unwrap_err();
        assert!(err.to_string().contains("expected s3://bucket/key"), "{err}");
    }
}
