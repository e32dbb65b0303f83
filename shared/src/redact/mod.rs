//! The redaction engine: personal data out of chat text before anything is stored.
//!
//! One pass over the text ([`scan`]) finds candidates at cheap triggers and hands them to
//! recognizers that validate them (Luhn, mod-11, mod-97, HMRC prefix rules, postcode positions,
//! real calendar dates, context words). Overlapping findings are resolved by type priority, and
//! each is replaced by a typed placeholder such as `[EMAIL]`. Values the NLU platform already
//! marked personal are redacted wherever they appear ([`params`]).
//!
//! A message with nothing personal in it is returned borrowed, without allocating. Redaction is
//! idempotent: placeholders are never recognized again.

mod address;
mod checksum;
mod codes;
mod dates;
mod entity;
mod names;
mod net;
mod numbers;
pub mod params;
mod scan;
mod text;
mod words;

pub use entity::{EntitySet, EntityType};

use crate::model::RedactedText;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Where a value of some type was found: byte offsets into the original text. Never the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Finding {
    #[serde(rename = "type")]
    pub entity: EntityType,
    pub start: usize,
    pub end: usize,
}

/// A value the platform marked as personal, to be redacted wherever it appears.
#[derive(Debug, Clone, Copy)]
pub struct PersonalValue<'v> {
    pub entity: EntityType,
    pub value: &'v str,
}

/// Redacted text and what was found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction<'a> {
    pub text: Cow<'a, str>,
    pub findings: Vec<Finding>,
}

impl Redaction<'_> {
    /// How many values of each type were redacted, for the turn's `redactions` and metrics.
    pub fn counts(&self) -> BTreeMap<String, u32> {
        let mut counts = BTreeMap::new();
        for f in &self.findings {
            *counts.entry(f.entity.name().to_owned()).or_insert(0) += 1;
        }
        counts
    }

    pub fn into_redacted_text(self) -> RedactedText {
        RedactedText::from_redacted(self.text.into_owned())
    }
}

/// Redacts the entity types a bot's policy enables. Cheap to copy; build one and reuse it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Redactor {
    types: EntitySet,
}

impl Redactor {
    pub fn new(types: EntitySet) -> Self {
        Self { types }
    }

    pub fn types(&self) -> EntitySet {
        self.types
    }

    pub fn redact<'a>(&self, text: &'a str) -> Redaction<'a> {
        self.redact_with(text, &[])
    }

    /// Redacts `text`, and also every occurrence of the platform's personal `values`.
    pub fn redact_with<'a>(&self, text: &'a str, values: &[PersonalValue<'_>]) -> Redaction<'a> {
        let mut findings = Vec::new();
        params::find_values(text, values, &mut findings);
        scan::scan(text, self.types, &mut findings);
        if findings.is_empty() {
            return Redaction {
                text: Cow::Borrowed(text),
                findings,
            };
        }
        let findings = resolve_overlaps(text, findings);
        Redaction {
            text: Cow::Owned(render(text, &findings)),
            findings,
        }
    }
}

/// Which finding wins where two overlap: the more specific, validated types first.
fn priority(entity: EntityType) -> u8 {
    use EntityType::*;
    match entity {
        Url => 18,
        Email => 17,
        Iban => 16,
        Card => 15,
        Nino => 14,
        DrivingLicence => 13,
        Nhs => 12,
        Passport => 11,
        Phone => 10,
        Ip => 9,
        SortCode => 8,
        BankAccount => 7,
        CardExpiry => 6,
        Cvv => 5,
        Dob => 4,
        Postcode => 3,
        Address => 2,
        Name => 1,
    }
}

/// Keeps non-overlapping findings, preferring higher priority, then the longer span; in text
/// order.
fn resolve_overlaps(text: &str, mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.retain(|f| f.start < f.end && text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    findings.sort_by_key(|f| (std::cmp::Reverse((priority(f.entity), f.end - f.start)), f.start));
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings {
        if kept.iter().all(|k| k.end <= f.start || f.end <= k.start) {
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| f.start);
    kept
}

fn render(text: &str, findings: &[Finding]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in findings {
        out.push_str(&text[last..f.start]);
        out.push_str(f.entity.placeholder());
        last = f.end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redact(text: &str) -> String {
        Redactor::default().redact(text).text.into_owned()
    }

    #[test]
    fn replaces_each_value_with_its_placeholder() {
        assert_eq!(
            redact("Hi, I'm Sarah Jones, email sarah.j@example.co.uk or call 07700 900123."),
            "Hi, I'm [NAME], email [EMAIL] or call [PHONE]."
        );
        assert_eq!(
            redact("card 4111 1111 1111 1111 exp 09/27 cvv 123"),
            "card [CARD] exp [CARD_EXPIRY] cvv [CVV]"
        );
    }

    #[test]
    fn text_without_personal_data_is_borrowed() {
        let text = "What are your opening hours on Saturday? Order #48213 was £25.99 at 9:30.";
        let r = Redactor::default().redact(text);
        assert!(matches!(r.text, Cow::Borrowed(_)));
        assert!(r.findings.is_empty());
    }

    #[test]
    fn findings_are_byte_offsets_into_the_input() {
        let text = "é mail: bob@example.com";
        let r = Redactor::default().redact(text);
        assert_eq!(
            r.findings,
            vec![Finding {
                entity: EntityType::Email,
                start: 9,
                end: 24
            }]
        );
        assert_eq!(&text[9..24], "bob@example.com");
        assert_eq!(r.counts().get("EMAIL"), Some(&1));
    }

    #[test]
    fn policy_chooses_the_types() {
        let r = Redactor::new(EntitySet::all().without(EntityType::Phone)).redact("call 07700 900123");
        assert_eq!(r.text, "call 07700 900123");
    }

    #[test]
    fn personal_parameter_values_are_redacted_wherever_they_appear() {
        let values = [PersonalValue {
            entity: EntityType::Name,
            value: "priya",
        }];
        let r = Redactor::default().redact_with("booking for Priya at 7pm, priya will pay", &values);
        assert_eq!(r.text, "booking for [NAME] at 7pm, [NAME] will pay");
    }

    #[test]
    fn overlaps_go_to_the_more_specific_type() {
        assert_eq!(redact("see https://x.com/users/bob@example.com ok"), "see [URL] ok");
    }
}
