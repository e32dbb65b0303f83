//! Finding a data subject's turns by their email address or phone number, without ever storing
//! either.
//!
//! When a turn is redacted, every email address and phone number taken out of it (by the
//! recognizers, or as a personal parameter) is normalised and hashed with HMAC-SHA256 under a
//! per-deployment secret (the subject key, from SSM); the turn stores the hashes (`subjects`),
//! never the values. To erase a subject, the identifier they give is normalised and hashed the
//! same way and the turns carrying that hash are deleted. Without the key a stored hash cannot be
//! tested against a guessed email or phone number.
//!
//! Normalisation: an email is trimmed and lower-cased; a phone number keeps its digits in
//! international form, so `07700 900123`, `+44 (0)7700 900123` and `0044 7700 900123` are one
//! subject (a national number without a country code is taken as a UK number).

use crate::redact::{EntityType, Finding};
use crate::secrets::Secret;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use std::collections::BTreeSet;

/// Bytes of the HMAC kept: 128 bits, as hex (32 characters per hash on the item).
const HASH_BYTES: usize = 16;

/// An email address or phone number, normalised.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Identifier {
    Email(String),
    Phone(String),
}

impl Identifier {
    /// An identifier as a person gives it: an email address if it has an `@`, else a phone number.
    pub fn parse(raw: &str) -> Option<Self> {
        if raw.contains('@') { Self::email(raw) } else { Self::phone(raw) }
    }

    /// A redacted value of type `entity`, if it is an email address or phone number.
    pub fn of(entity: EntityType, raw: &str) -> Option<Self> {
        match entity {
            EntityType::Email => Self::email(raw),
            EntityType::Phone => Self::phone(raw),
            _ => None,
        }
    }

    fn email(raw: &str) -> Option<Self> {
        let email = raw.trim().trim_end_matches(['.', ',', ';', ':']).to_lowercase();
        let (local, domain) = email.split_once('@')?;
        (!local.is_empty() && domain.contains('.') && !email.contains(char::is_whitespace))
            .then_some(Self::Email(email))
    }

    fn phone(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let plus = raw.starts_with('+');
        // "+44 (0)20 ...": the trunk zero in brackets is not dialled from abroad.
        let raw = raw.replacen("(0)", "", 1);
        let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
        let international = if plus {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            format!("44{rest}")
        } else {
            return None;
        };
        (8..=15).contains(&international.len()).then(|| Self::Phone(format!("+{international}")))
    }

    fn domain_separated(&self) -> String {
        match self {
            Self::Email(email) => format!("email:{email}"),
            Self::Phone(phone) => format!("phone:{phone}"),
        }
    }
}

/// The per-deployment secret the hashes are keyed with.
#[derive(Clone)]
pub struct SubjectKey(Secret);

impl std::fmt::Debug for SubjectKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubjectKey(..)")
    }
}

impl SubjectKey {
    pub fn new(secret: Secret) -> Self {
        Self(secret)
    }

    /// The hash stored on a turn for `identifier`: hex of the first 128 bits of
    /// HMAC-SHA256(key, `email:<address>` or `phone:<+digits>`).
    pub fn hash(&self, identifier: &Identifier) -> String {
        // HMAC takes a key of any length, so this cannot fail.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(self.0.expose()).expect("HMAC accepts any key length");
        mac.update(identifier.domain_separated().as_bytes());
        let digest = mac.finalize().into_bytes();
        digest[..HASH_BYTES].iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The identifiers seen while redacting one turn, to be hashed onto it.
#[derive(Debug, Default, Clone)]
pub struct Subjects(BTreeSet<Identifier>);

impl Subjects {
    /// Adds the emails and phone numbers among `findings` (byte offsets into `text`).
    pub fn add_findings(&mut self, text: &str, findings: &[Finding]) {
        for finding in findings {
            if let Some(raw) = text.get(finding.start..finding.end) {
                self.add(finding.entity, raw);
            }
        }
    }

    /// Adds one value of type `entity`, if it is an email or phone number.
    pub fn add(&mut self, entity: EntityType, raw: &str) {
        self.0.extend(Identifier::of(entity, raw));
    }

    /// The sorted hashes under `key`, merged into `into` (a turn's `subjects`).
    pub fn hash_into(&self, key: &SubjectKey, into: &mut Vec<String>) {
        into.extend(self.0.iter().map(|id| key.hash(id)));
        into.sort_unstable();
        into.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phone(raw: &str) -> Option<Identifier> {
        Identifier::parse(raw)
    }

    #[test]
    fn one_phone_number_written_every_common_way_is_one_subject() {
        let expected = Some(Identifier::Phone("+447700900123".into()));
        for raw in [
            "07700 900123",
            "07700900123",
            "+44 7700 900123",
            "+44 (0)7700 900123",
            "0044 7700 900123",
            "+447700-900-123",
        ] {
            assert_eq!(phone(raw), expected, "{raw}");
        }
        assert_eq!(phone("+1 415 555 0100"), Some(Identifier::Phone("+14155550100".into())));
        assert_eq!(phone("7700 900123"), None, "no trunk zero and no country code: not a number we can place");
        assert_eq!(phone("0123"), None);
    }

    #[test]
    fn emails_are_case_and_space_insensitive() {
        assert_eq!(
            Identifier::parse(" Tom.Baker@Example.CO.UK."),
            Some(Identifier::Email("tom.baker@example.co.uk".into()))
        );
        assert_eq!(Identifier::parse("not@domain"), None);
        assert_eq!(Identifier::parse("@example.com"), None);
    }

    #[test]
    fn hashes_depend_on_the_key_and_the_kind_and_never_show_the_value() {
        let key = SubjectKey::new(Secret::new("deployment-secret"));
        let email = Identifier::parse("tom@example.com").unwrap();
        let hash = key.hash(&email);
        assert_eq!(hash.len(), 32);
        assert!(hash.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(hash, key.hash(&Identifier::parse("TOM@example.com").unwrap()));
        assert_ne!(hash, SubjectKey::new(Secret::new("another")).hash(&email));
        // Domain separation: the same digits as an email's text would not collide with a phone.
        assert_ne!(
            key.hash(&Identifier::Email("+447700900123".into())),
            key.hash(&Identifier::Phone("+447700900123".into()))
        );
    }

    #[test]
    fn findings_give_their_emails_and_phones_only() {
        let text = "I'm Tom, tom@example.com or 07700 900123";
        let findings = [
            Finding { entity: EntityType::Name, start: 4, end: 7 },
            Finding { entity: EntityType::Email, start: 9, end: 24 },
            Finding { entity: EntityType::Phone, start: 28, end: 40 },
        ];
        let mut subjects = Subjects::default();
        subjects.add_findings(text, &findings);
        subjects.add(EntityType::Email, "TOM@example.com");
        let key = SubjectKey::new(Secret::new("k"));
        let mut hashes = Vec::new();
        subjects.hash_into(&key, &mut hashes);
        let mut expected = vec![
            key.hash(&Identifier::parse("tom@example.com").unwrap()),
            key.hash(&Identifier::parse("07700900123").unwrap()),
        ];
        expected.sort();
        assert_eq!(hashes, expected);
    }
}
