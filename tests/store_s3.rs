//! The S3 report adapter against the moto server.

use blackbox::{contract, endpoints};
use shared::model::Day;
use shared::store::s3::S3Reports;
use shared::store::{ObjectKey, ReportFormat, ReportSink};

#[tokio::test]
async fn stores_and_lists_report_objects() {
    let client = endpoints::s3().await;
    let bucket = endpoints::create_bucket(&client).await;
    contract::stores_and_lists_report_objects(&S3Reports::new(client, bucket)).await;
}

#[tokio::test]
async fn objects_carry_their_content_type() {
    let client = endpoints::s3().await;
    let bucket = endpoints::create_bucket(&client).await;
    let reports = S3Reports::new(client.clone(), &bucket);
    let day: Day = "2026-03-29".parse().unwrap();
    let key = ObjectKey::daily_report(&shared::model::BotId::parse("b").unwrap(), day, ReportFormat::Html);
    reports.put(&key, b"<!doctype html>".to_vec()).await.unwrap();
    let head = client.head_object().bucket(&bucket).key(key.as_str()).send().await.unwrap();
    assert_eq!(head.content_type(), Some("text/html; charset=utf-8"));
    assert_eq!(key.as_str(), "reports/daily/bot=b/date=2026-03-29/report.html");
}

#[tokio::test]
async fn a_missing_bucket_is_an_error_naming_the_code() {
    let client = endpoints::s3().await;
    let reports = S3Reports::new(client, endpoints::unique("no-such-bucket"));
    let key = ObjectKey::daily_report(
        &shared::model::BotId::parse("b").unwrap(),
        "2026-01-01".parse().unwrap(),
        ReportFormat::Json,
    );
    let err = reports.put(&key, b"{}".to_vec()).await.unwrap_err();
    assert_eq!(err.to_string(), "PutObject failed: NoSuchBucket");
}

#[tokio::test]
async fn the_bot_config_is_read_with_a_signed_get_and_a_missing_one_is_named() {
    let client = endpoints::s3().await;
    let bucket = endpoints::create_bucket(&client).await;
    let config = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../infra/bots/example.json")).unwrap();
    client.put_object().bucket(&bucket).key("config/bots.json").body(config.into()).send().await.unwrap();
    let sdk = shared::aws::load().await.unwrap();
    let location = format!("s3://{bucket}/config/bots.json");
    let bots = shared::startup::bots_config(&location, Some(&sdk)).await.unwrap();
    assert_eq!(bots.bots[0].id.as_str(), "acme-dental");

    let missing = format!("s3://{bucket}/config/none.json");
    let err = shared::startup::bots_config(&missing, Some(&sdk)).await.unwrap_err().to_string();
    assert_eq!(err, format!("could not read the bot config at {missing}: HTTP 404 NoSuchKey"));
}
