//! The AWS clients, built once per process from the standard configuration chain (environment,
//! profile, the Lambda role). `AWS_ENDPOINT_URL`, or a per-service `AWS_ENDPOINT_URL_<SERVICE>`,
//! points them at a local endpoint; S3 then uses path-style addressing, as local endpoints need.

use crate::config::ConfigError;
use aws_config::{BehaviorVersion, SdkConfig};

/// The regions the backend may run in: the UK and the EU. Anything else is refused at start-up.
pub const UK_EU_REGIONS: &[&str] =
    &["eu-west-2", "eu-west-1", "eu-west-3", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2"];

/// Loads the shared SDK configuration and refuses a region outside the UK/EU.
pub async fn load() -> Result<SdkConfig, ConfigError> {
    let config = aws_config::defaults(BehaviorVersion::latest()).load().await;
    check_region(config.region().map(|r| r.as_ref()))?;
    Ok(config)
}

fn check_region(region: Option<&str>) -> Result<(), ConfigError> {
    match region {
        None => Err(ConfigError::NoRegion),
        Some(r) if UK_EU_REGIONS.contains(&r) => Ok(()),
        Some(r) => Err(ConfigError::RegionNotAllowed(r.to_owned())),
    }
}

pub fn dynamodb(config: &SdkConfig) -> aws_sdk_dynamodb::Client {
    aws_sdk_dynamodb::Client::new(config)
}

pub fn sqs(config: &SdkConfig) -> aws_sdk_sqs::Client {
    aws_sdk_sqs::Client::new(config)
}

pub fn ssm(config: &SdkConfig) -> aws_sdk_ssm::Client {
    aws_sdk_ssm::Client::new(config)
}

pub fn s3(config: &SdkConfig) -> aws_sdk_s3::Client {
    let local = ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"].iter().any(|v| std::env::var_os(v).is_some());
    let s3 = aws_sdk_s3::config::Builder::from(config).force_path_style(local).build();
    aws_sdk_s3::Client::from_conf(s3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_uk_and_eu_regions_are_allowed() {
        assert_eq!(check_region(Some("eu-west-2")), Ok(()));
        assert_eq!(check_region(Some("eu-central-1")), Ok(()));
        assert_eq!(check_region(Some("us-east-1")), Err(ConfigError::RegionNotAllowed("us-east-1".into())));
        assert_eq!(check_region(None), Err(ConfigError::NoRegion));
    }
}
