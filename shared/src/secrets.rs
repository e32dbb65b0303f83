//! Secrets (the webhook's API key, each endpoint's signing key), read once at start-up: from SSM
//! Parameter Store (SecureString, decrypted) on AWS, or from an environment variable for local
//! runs. A [`Secret`] never prints its value.

use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;

/// Where a secret is kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SecretRef {
    /// An SSM parameter name, e.g. `/chatbot/prod/webhook-api-key`.
    Ssm(String),
    /// An environment variable name.
    Env(String),
}

impl fmt::Display for SecretRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ssm(name) => write!(f, "SSM parameter {name}"),
            Self::Env(name) => write!(f, "environment variable {name}"),
        }
    }
}

/// A secret value. Its `Debug` shows no part of it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

impl Secret {
    pub fn new(value: impl Into<Vec<u8>>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// Why a secret could not be read. Names where it was looked for, never a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error("{0} is not set or empty")]
    Missing(SecretRef),
    #[error("reading {secret} failed: {code}")]
    Ssm { secret: SecretRef, code: String },
    #[error("{0} is needed but no SSM client was configured")]
    NoSsm(SecretRef),
}

/// Reads every secret in `refs`; SSM parameters in batches of ten (the API's limit).
pub async fn resolve<'a>(
    refs: impl IntoIterator<Item = &'a SecretRef>,
    ssm: Option<&aws_sdk_ssm::Client>,
) -> Result<HashMap<SecretRef, Secret>, SecretError> {
    let mut out = HashMap::new();
    let mut parameters = Vec::new();
    for secret in refs {
        match secret {
            SecretRef::Env(name) => {
                let value = std::env::var(name).ok().filter(|v| !v.is_empty());
                let value = value.ok_or_else(|| SecretError::Missing(secret.clone()))?;
                out.insert(secret.clone(), Secret::new(value));
            }
            SecretRef::Ssm(name) if !parameters.contains(name) => parameters.push(name.clone()),
            SecretRef::Ssm(_) => {}
        }
    }
    if parameters.is_empty() {
        return Ok(out);
    }
    let ssm = ssm.ok_or_else(|| SecretError::NoSsm(SecretRef::Ssm(parameters[0].clone())))?;
    for batch in parameters.chunks(10) {
        let answer =
            ssm.get_parameters().set_names(Some(batch.to_vec())).with_decryption(true).send().await.map_err(|e| {
                let code = aws_sdk_ssm::error::ProvideErrorMetadata::code(&e).unwrap_or("unknown").to_owned();
                SecretError::Ssm { secret: SecretRef::Ssm(batch[0].clone()), code }
            })?;
        for parameter in answer.parameters() {
            if let (Some(name), Some(value)) = (parameter.name(), parameter.value())
                && !value.is_empty()
            {
                out.insert(SecretRef::Ssm(name.to_owned()), Secret::new(value));
            }
        }
        if let Some(name) = batch.iter().find(|n| !out.contains_key(&SecretRef::Ssm((*n).clone()))) {
            return Err(SecretError::Missing(SecretRef::Ssm(name.clone())));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print_their_value() {
        assert_eq!(format!("{:?}", Secret::new("hunter2")), "Secret(..)");
    }

    #[tokio::test]
    async fn environment_secrets_resolve_and_missing_ones_are_named() {
        // PATH is set wherever tests run; nothing here changes the environment.
        let key = SecretRef::Env("PATH".into());
        let found = resolve([&key], None).await.unwrap();
        assert_eq!(found[&key].expose(), std::env::var("PATH").unwrap().as_bytes());
        let missing = SecretRef::Env("SECRETS_TEST_ABSENT".into());
        assert_eq!(resolve([&missing], None).await.unwrap_err(), SecretError::Missing(missing.clone()));
        let ssm = SecretRef::Ssm("/x".into());
        assert_eq!(resolve([&ssm], None).await.unwrap_err(), SecretError::NoSsm(ssm.clone()));
    }
}
