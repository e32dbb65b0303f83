//! One S3 object read with a SigV4-signed `GET` over the HTTPS client the functions already
//! have, instead of the S3 SDK client. The bot config is the only S3 object the webhook and the
//! logger read, and the S3 client brings its checksum machinery (crc-fast's tables alone are
//! ~0.7 MB) into every binary that links it: the webhook's included.
//!
//! The request is signed with the SDK configuration's own credentials and region (on Lambda,
//! the function's role). `AWS_ENDPOINT_URL_S3` or `AWS_ENDPOINT_URL` point it at a local
//! endpoint, path-style, as the S3 client does.

use crate::fulfil::https::{HttpsClient, https_client};
use aws_config::SdkConfig;
use aws_credential_types::Credentials;
use aws_credential_types::provider::ProvideCredentials;
use aws_sigv4::http_request::{
    PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest, SignatureLocation, SigningSettings,
    UriPathNormalizationMode, sign,
};
use aws_sigv4::sign::v4;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use std::time::{Duration, SystemTime};

/// How long the read may take; it happens once, at start-up.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Reads `s3://bucket/key`; the error is a short reason (an HTTP status or S3's code), never the
/// body.
pub async fn get_object(sdk: &SdkConfig, bucket: &str, key: &str) -> Result<Vec<u8>, String> {
    let client = https_client().map_err(|e| e.to_string())?;
    get_with(&client, sdk, bucket, key).await
}

async fn get_with(client: &HttpsClient, sdk: &SdkConfig, bucket: &str, key: &str) -> Result<Vec<u8>, String> {
    let region = sdk.region().ok_or("no AWS region is configured")?.to_string();
    let url = object_url(bucket, key, &region, local_endpoint().as_deref());
    let credentials = sdk
        .credentials_provider()
        .ok_or("no AWS credentials are configured")?
        .provide_credentials()
        .await
        .map_err(|e| format!("no AWS credentials: {e}"))?;
    let mut request =
        http::Request::get(&url).body(Full::new(Bytes::new())).map_err(|_| "bad object URL".to_owned())?;
    signed(&mut request, &region, credentials, SystemTime::now(), SignatureLocation::Headers)?;
    let response = tokio::time::timeout(TIMEOUT, client.request(request))
        .await
        .map_err(|_| format!("no answer within {} s", TIMEOUT.as_secs()))?
        .map_err(|e| if e.is_connect() { "could not connect".to_owned() } else { "the connection broke".to_owned() })?;
    let status = response.status();
    let body = response.into_body().collect().await.map_err(|_| "the body could not be read".to_owned())?.to_bytes();
    if status.is_success() {
        return Ok(body.to_vec());
    }
    Err(match error_code(&body) {
        Some(code) => format!("HTTP {} {code}", status.as_u16()),
        None => format!("HTTP {}", status.as_u16()),
    })
}

/// Signs `request` (a GET of an S3 object) the way the S3 client signs: no path normalisation,
/// keys encoded once, an unsigned payload (`x-amz-content-sha256: UNSIGNED-PAYLOAD` in headers).
fn signed<B>(
    request: &mut http::Request<B>,
    region: &str,
    credentials: Credentials,
    time: SystemTime,
    location: SignatureLocation,
) -> Result<(), String> {
    let mut settings = SigningSettings::default();
    settings.percent_encoding_mode = PercentEncodingMode::Single;
    settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
    settings.signature_location = location;
    if matches!(location, SignatureLocation::QueryParams) {
        settings.expires_in = Some(Duration::from_secs(300));
    } else {
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    }
    let identity = credentials.into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name("s3")
        .time(time)
        .settings(settings)
        .build()
        .map_err(|e| e.to_string())?
        .into();
    let uri = request.uri().to_string();
    let signable = SignableRequest::new("GET", uri.as_str(), std::iter::empty(), SignableBody::UnsignedPayload)
        .map_err(|e| e.to_string())?;
    let (instructions, _) = sign(signable, &params).map_err(|e| e.to_string())?.into_parts();
    instructions.apply_to_request_http1x(request);
    Ok(())
}

fn local_endpoint() -> Option<String> {
    ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"].iter().find_map(|v| std::env::var(v).ok().filter(|e| !e.is_empty()))
}

/// Virtual-hosted on AWS; path-style on a local endpoint. Key segments are percent-encoded.
fn object_url(bucket: &str, key: &str, region: &str, endpoint: Option<&str>) -> String {
    let key: Vec<String> = key.split('/').map(encode_segment).collect();
    let key = key.join("/");
    match endpoint {
        Some(endpoint) => format!("{}/{bucket}/{key}", endpoint.trim_end_matches('/')),
        None => format!("https://{bucket}.s3.{region}.amazonaws.com/{key}"),
    }
}

fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The `<Code>` of an S3 error document.
fn error_code(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let start = text.find("<Code>")? + "<Code>".len();
    let end = start + text[start..].find("</Code>")?;
    let code = &text[start..end];
    code.bytes().all(|b| b.is_ascii_alphanumeric()).then(|| code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_virtual_hosted_on_aws_and_path_style_locally() {
        assert_eq!(
            object_url("reports", "config/bots.json", "eu-west-2", None),
            "https://reports.s3.eu-west-2.amazonaws.com/config/bots.json"
        );
        assert_eq!(
            object_url("reports", "config/my bots+1.json", "eu-west-2", Some("http://127.0.0.1:5000/")),
            "http://127.0.0.1:5000/reports/config/my%20bots%2B1.json"
        );
    }

    /// The S3 client's own pre-signed URL for the same object, time and credentials carries the
    /// signature these settings make with the signature in the query string: the canonical
    /// request is S3's, so the header-signed GET is too.
    #[tokio::test]
    async fn the_signature_is_the_one_the_s3_client_makes() {
        use aws_sdk_s3::presigning::PresigningConfig;
        let credentials =
            Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "test");
        let config = aws_sdk_s3::Config::builder()
            .behavior_version(aws_sdk_s3::config::BehaviorVersion::latest())
            .region(aws_sdk_s3::config::Region::new("eu-west-2"))
            .credentials_provider(credentials.clone())
            .build();
        let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_790_000_000);
        let presigning =
            PresigningConfig::builder().start_time(time).expires_in(Duration::from_secs(300)).build().unwrap();
        let theirs = aws_sdk_s3::Client::from_conf(config)
            .get_object()
            .bucket("reports")
            .key("config/my bots.json")
            .presigned(presigning)
            .await
            .unwrap();
        let url = format!("{}?x-id=GetObject", object_url("reports", "config/my bots.json", "eu-west-2", None));
        let mut ours = http::Request::get(&url).body(()).unwrap();
        signed(&mut ours, "eu-west-2", credentials, time, SignatureLocation::QueryParams).unwrap();
        let signature =
            |uri: &str| uri.split(['?', '&']).find(|p| p.starts_with("X-Amz-Signature=")).map(str::to_owned);
        assert!(signature(theirs.uri()).is_some(), "{}", theirs.uri());
        assert_eq!(signature(&ours.uri().to_string()), signature(theirs.uri()), "{} vs {}", ours.uri(), theirs.uri());
    }

    #[test]
    fn error_codes_come_from_the_error_document_only_when_they_are_plain() {
        let body = b"<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>x</Message></Error>";
        assert_eq!(error_code(body).as_deref(), Some("NoSuchKey"));
        assert_eq!(error_code(b"<Code>a b</Code>"), None);
        assert_eq!(error_code(b"not xml"), None);
    }
}
