//! Reports, aggregates and exports in an S3 bucket. The bucket's own settings (default
//! encryption, public access block, lifecycle) come from the SAM template, not from here.

use super::aws_error::classify;
use super::{KeyPrefix, ObjectKey, ObjectLinks, ReportSink, ReportSource, StoreError};
use aws_sdk_s3::Client;
use aws_sdk_s3::presigning::PresigningConfig;
use aws_sdk_s3::primitives::ByteStream;
use std::time::Duration;

/// Report objects in one bucket.
#[derive(Debug, Clone)]
pub struct S3Reports {
    client: Client,
    bucket: String,
}

impl S3Reports {
    pub fn new(client: Client, bucket: impl Into<String>) -> Self {
        Self { client, bucket: bucket.into() }
    }
}

fn aws(operation: &'static str) -> impl FnOnce(String) -> StoreError {
    move |code| StoreError::Aws { operation, code }
}

impl ReportSink for S3Reports {
    #[tracing::instrument(skip_all, fields(bucket = %self.bucket, key = %key, bytes = body.len()))]
    async fn put(&self, key: &ObjectKey, body: Vec<u8>) -> Result<(), StoreError> {
        self.client
            .put_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .content_type(key.content_type())
            .body(ByteStream::from(body))
            .send()
            .await
            .map_err(|e| aws("PutObject")(classify(&e).code))?;
        Ok(())
    }
}

impl ObjectLinks for S3Reports {
    /// A pre-signed GET URL, signed with the function's own credentials (so it also stops working
    /// when they expire, which may be sooner).
    #[tracing::instrument(skip_all, fields(bucket = %self.bucket, key = %key))]
    async fn link(&self, key: &ObjectKey, valid_for: Duration) -> Result<String, StoreError> {
        let config = PresigningConfig::expires_in(valid_for).map_err(|_| aws("Presign")("InvalidExpiry".into()))?;
        let request = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .presigned(config)
            .await
            .map_err(|e| aws("Presign")(classify(&e).code))?;
        Ok(request.uri().to_owned())
    }
}

impl ReportSource for S3Reports {
    #[tracing::instrument(skip_all, fields(bucket = %self.bucket, key = %key))]
    async fn get(&self, key: &ObjectKey) -> Result<Option<Vec<u8>>, StoreError> {
        let out = match self.client.get_object().bucket(&self.bucket).key(key.as_str()).send().await {
            Ok(out) => out,
            Err(err) if err.as_service_error().is_some_and(|e| e.is_no_such_key()) => return Ok(None),
            Err(err) => return Err(aws("GetObject")(classify(&err).code)),
        };
        let body = out.body.collect().await.map_err(|_| aws("GetObject")("BodyReadFailed".into()))?;
        Ok(Some(body.into_bytes().to_vec()))
    }

    #[tracing::instrument(skip_all, fields(bucket = %self.bucket, prefix = prefix.as_str()))]
    async fn list(&self, prefix: &KeyPrefix) -> Result<Vec<ObjectKey>, StoreError> {
        let mut pages =
            self.client.list_objects_v2().bucket(&self.bucket).prefix(prefix.as_str()).into_paginator().send();
        let mut keys = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| aws("ListObjectsV2")(classify(&e).code))?;
            for object in page.contents() {
                // A key this code could not have written is not one of ours: skip it.
                if let Some(key) = object.key().and_then(|k| ObjectKey::parse(k).ok()) {
                    keys.push(key);
                }
            }
        }
        keys.sort();
        Ok(keys)
    }
}
