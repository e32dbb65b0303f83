//! Report objects as files under a folder, at the same relative keys as in S3, so a local run
//! leaves `reports/daily/bot=.../date=.../report.html` to open in a browser.

use super::local;
use crate::store::{KeyPrefix, ObjectKey, ObjectLinks, ReportSink, ReportSource, StoreError};
use std::path::{Path, PathBuf};

/// Report objects under `root`.
#[derive(Debug, Clone)]
pub struct LocalReports {
    root: PathBuf,
}

impl LocalReports {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// Where an object lives on disk (keys have no `..` segments, so this stays under `root`).
    pub fn path_of(&self, key: &ObjectKey) -> PathBuf {
        self.root.join(key.as_str())
    }
}

impl ObjectLinks for LocalReports {
    /// A `file://` URL: a local file needs no signature, and does not expire.
    async fn link(&self, key: &ObjectKey, _valid_for: std::time::Duration) -> Result<String, StoreError> {
        Ok(format!("file://{}", self.path_of(key).display()))
    }
}

/// Every file under `dir`, as keys relative to `root`.
fn walk(root: &Path, dir: &Path, keys: &mut Vec<ObjectKey>) -> std::io::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, keys)?;
        } else if let Some(key) = path
            .strip_prefix(root)
            .ok()
            .and_then(|rel| rel.to_str())
            .filter(|rel| !rel.ends_with(".tmp"))
            .and_then(|rel| ObjectKey::parse(rel.replace(std::path::MAIN_SEPARATOR, "/")).ok())
        {
            keys.push(key);
        }
    }
    Ok(())
}

impl ReportSink for LocalReports {
    async fn put(&self, key: &ObjectKey, body: Vec<u8>) -> Result<(), StoreError> {
        let path = self.path_of(key);
        tokio::task::spawn_blocking(move || {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            // Write then rename, so a reader never sees half a report.
            let tmp = path.with_extension("tmp");
            std::fs::write(&tmp, body)?;
            std::fs::rename(&tmp, &path)
        })
        .await
        .map_err(local)?
        .map_err(local)
    }
}

impl ReportSource for LocalReports {
    async fn get(&self, key: &ObjectKey) -> Result<Option<Vec<u8>>, StoreError> {
        match tokio::fs::read(self.path_of(key)).await {
            Ok(body) => Ok(Some(body)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(local(e)),
        }
    }

    async fn list(&self, prefix: &KeyPrefix) -> Result<Vec<ObjectKey>, StoreError> {
        let root = self.root.clone();
        let prefix = prefix.as_str().to_owned();
        // Walk only the deepest folder the prefix names in full.
        let folder = prefix.rsplit_once('/').map_or("", |(dir, _)| dir).to_owned();
        let mut keys = tokio::task::spawn_blocking(move || {
            let mut keys = Vec::new();
            walk(&root, &root.join(&folder), &mut keys).map(|()| keys)
        })
        .await
        .map_err(local)?
        .map_err(local)?;
        keys.retain(|k| k.as_str().starts_with(&prefix));
        keys.sort();
        Ok(keys)
    }
}
