//! The local AWS endpoints, reached through the production configuration path
//! (`shared::aws`), with the per-service `AWS_ENDPOINT_URL_*` variables the test command sets.
//! A missing endpoint fails the test: nothing here skips.

use aws_config::SdkConfig;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType, TimeToLiveSpecification,
};

/// Panics with directions when the test command's endpoint for `service` is not set.
fn require_endpoint(service: &str) {
    let var = format!("AWS_ENDPOINT_URL_{service}");
    if std::env::var_os(&var).is_none() {
        panic!(
            "{var} is not set: these tests run against local AWS endpoints started by the README's \
             test command (scripts/test.sh); they never skip"
        );
    }
}

async fn config() -> SdkConfig {
    shared::aws::load().await.expect("AWS_REGION must be set to a UK/EU region by the test command")
}

pub async fn dynamodb() -> aws_sdk_dynamodb::Client {
    require_endpoint("DYNAMODB");
    shared::aws::dynamodb(&config().await)
}

pub async fn s3() -> aws_sdk_s3::Client {
    require_endpoint("S3");
    shared::aws::s3(&config().await)
}

pub async fn sqs() -> aws_sdk_sqs::Client {
    require_endpoint("SQS");
    shared::aws::sqs(&config().await)
}

pub async fn ssm() -> aws_sdk_ssm::Client {
    require_endpoint("SSM");
    shared::aws::ssm(&config().await)
}

pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", uuid::Uuid::new_v4().simple())
}

/// A transcripts table as the SAM template defines it (`pk`/`sk` strings, on-demand), with
/// DynamoDB's TTL on `expires_at` only when `ttl` is set: without it, expired items stay, which
/// is what proves that reads filter them.
pub async fn create_table(client: &aws_sdk_dynamodb::Client, ttl: bool) -> String {
    let name = unique("transcripts");
    let attr = |n: &str| {
        AttributeDefinition::builder().attribute_name(n).attribute_type(ScalarAttributeType::S).build().unwrap()
    };
    let key = |n: &str, t| KeySchemaElement::builder().attribute_name(n).key_type(t).build().unwrap();
    client
        .create_table()
        .table_name(&name)
        .attribute_definitions(attr("pk"))
        .attribute_definitions(attr("sk"))
        .key_schema(key("pk", KeyType::Hash))
        .key_schema(key("sk", KeyType::Range))
        .billing_mode(BillingMode::PayPerRequest)
        .send()
        .await
        .expect("create table on DynamoDB Local");
    if ttl {
        let spec = TimeToLiveSpecification::builder().enabled(true).attribute_name("expires_at").build().unwrap();
        client.update_time_to_live().table_name(&name).time_to_live_specification(spec).send().await.unwrap();
    }
    name
}

pub async fn create_bucket(client: &aws_sdk_s3::Client) -> String {
    let name = unique("reports");
    let location = aws_sdk_s3::types::CreateBucketConfiguration::builder()
        .location_constraint(aws_sdk_s3::types::BucketLocationConstraint::EuWest2)
        .build();
    client.create_bucket().bucket(&name).create_bucket_configuration(location).send().await.expect("create bucket");
    name
}

pub async fn create_queue(client: &aws_sdk_sqs::Client) -> String {
    let out = client.create_queue().queue_name(unique("transcripts")).send().await.expect("create queue");
    out.queue_url().expect("queue url").to_owned()
}
