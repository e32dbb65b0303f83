//! Webhook authentication: the platforms send a fixed credential with every call. Dialogflow sends
//! custom headers (`x-api-key`) or HTTP Basic; for Basic, the password is the key and the user
//! name is ignored. Keys are compared in constant time.

use crate::secrets::Secret;
use base64::Engine;
use http::HeaderMap;
use subtle::ConstantTimeEq;

/// Why a request was not let in. Only this reason is logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("no credentials")]
    Missing,
    #[error("malformed credentials")]
    Malformed,
    #[error("wrong credentials")]
    Wrong,
}

/// Checks the request's `x-api-key` header, or else its `Authorization: Basic` password.
pub fn check(headers: &HeaderMap, key: &Secret) -> Result<(), AuthError> {
    let presented = if let Some(value) = headers.get("x-api-key") {
        value.as_bytes().to_vec()
    } else if let Some(value) = headers.get(http::header::AUTHORIZATION) {
        basic_password(value.as_bytes()).ok_or(AuthError::Malformed)?
    } else {
        return Err(AuthError::Missing);
    };
    if bool::from(presented.ct_eq(key.expose())) { Ok(()) } else { Err(AuthError::Wrong) }
}

/// The password of an `Authorization: Basic base64(user:password)` header.
fn basic_password(header: &[u8]) -> Option<Vec<u8>> {
    let (scheme, encoded) = header.split_at_checked(6)?;
    if !scheme.eq_ignore_ascii_case(b"basic ") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim_ascii()).ok()?;
    let colon = decoded.iter().position(|&b| b == b':')?;
    Some(decoded[colon + 1..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (http::HeaderName::from_static(k), v.parse().unwrap())).collect()
    }

    #[test]
    fn the_key_is_accepted_as_header_or_basic_password() {
        let key = Secret::new("k3y-value");
        assert_eq!(check(&headers(&[("x-api-key", "k3y-value")]), &key), Ok(()));
        // "dialogflow:k3y-value"
        assert_eq!(check(&headers(&[("authorization", "Basic ZGlhbG9nZmxvdzprM3ktdmFsdWU=")]), &key), Ok(()));
        assert_eq!(check(&headers(&[("authorization", "basic ZGlhbG9nZmxvdzprM3ktdmFsdWU=")]), &key), Ok(()));
    }

    #[test]
    fn wrong_missing_and_malformed_credentials_are_refused() {
        let key = Secret::new("k3y-value");
        assert_eq!(check(&headers(&[("x-api-key", "k3y-valuf")]), &key), Err(AuthError::Wrong));
        assert_eq!(check(&headers(&[("x-api-key", "k3y")]), &key), Err(AuthError::Wrong));
        assert_eq!(check(&headers(&[]), &key), Err(AuthError::Missing));
        assert_eq!(check(&headers(&[("authorization", "Bearer k3y-value")]), &key), Err(AuthError::Malformed));
        assert_eq!(check(&headers(&[("authorization", "Basic !!!")]), &key), Err(AuthError::Malformed));
        // "k3y-value" with no colon: no password part.
        assert_eq!(check(&headers(&[("authorization", "Basic azN5LXZhbHVl")]), &key), Err(AuthError::Malformed));
    }
}
