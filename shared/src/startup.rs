//! What the functions load once at start-up, before the first event: the bot config (from a file,
//! or from S3 on AWS) and the secrets it and the webhook name. Any problem stops the start-up with
//! a message that says what to fix.

use crate::config::{self, ConfigError};
use crate::fulfil::{BotConfigError, BotsConfig, Secrets};
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

/// Reads and checks the bot config at `location`: `s3://bucket/key` or a file path.
pub async fn bots_config(location: &str, s3: Option<&aws_sdk_s3::Client>) -> Result<BotsConfig, StartupError> {
    let read_error = |reason: String| StartupError::Read { location: location.to_owned(), reason };
    let bytes = match location.strip_prefix("s3://") {
        Some(path) => {
            let (bucket, key) = path.split_once('/').ok_or_else(|| read_error("expected s3://bucket/key".into()))?;
            let s3 = s3.ok_or_else(|| read_error("no S3 client".into()))?;
            let object = s3.get_object().bucket(bucket).key(key).send().await.map_err(|e| {
                read_error(aws_sdk_s3::error::ProvideErrorMetadata::code(&e).unwrap_or("unknown error").to_owned())
            })?;
            object.body.collect().await.map_err(|e| read_error(e.to_string()))?.to_vec()
        }
        None => std::fs::read(location).map_err(|e| read_error(e.to_string()))?,
    };
    Ok(BotsConfig::from_json(&bytes)?)
}

/// Reads the bot config named by `BOT_CONFIG`, with an S3 client only when it is in S3.
pub async fn bots_config_from_env(sdk: &aws_config::SdkConfig) -> Result<BotsConfig, StartupError> {
    let location = config::required(config::BOT_CONFIG)?;
    let s3 = location.starts_with("s3://").then(|| crate::aws::s3(sdk));
    bots_config(&location, s3.as_ref()).await
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
/// subject hashes and `erase_subject` cannot run.
pub fn subject_key_ref() -> Result<Option<SecretRef>, ConfigError> {
    match api_key_ref(config::SUBJECT_KEY_PARAMETER, config::SUBJECT_KEY) {
        Ok(found) => Ok(Some(found)),
        Err(ConfigError::Missing(_)) => Ok(None),
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
        None => {
            tracing::warn!(
                "no subject key is configured: turns carry no subject hashes, so erase_subject cannot find them"
            );
            Ok(None)
        }
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
    if subject.is_none() {
        tracing::warn!(
            "no subject key is configured: turns carry no subject hashes, so erase_subject cannot find them"
        );
    }
    secrets.remove(api_key);
    Ok((key, subject, secrets))
}

#[cfg(test)]
mod tests {
    use super::*;

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
