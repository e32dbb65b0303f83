//! Parameter-aware redaction: the NLU platforms already say which values are personal (a
//! Dialogflow `@sys.person`, a Lex `AMAZON.EmailAddress`, ...). Those values are redacted
//! wherever they appear in a turn, whatever the patterns find.

use super::entity::EntityType;
use super::text::is_word;
use super::{Finding, PersonalValue};

/// The entity type of a platform's system entity or built-in slot type, if it is personal.
pub fn entity_for_platform_type(platform_type: &str) -> Option<EntityType> {
    let t = platform_type.trim_start_matches('@');
    Some(match t {
        "sys.person" | "sys.given-name" | "sys.last-name" | "sys.any-name" | "AMAZON.FirstName" | "AMAZON.LastName"
        | "AMAZON.Person" | "AMAZON.UserName" => EntityType::Name,
        "sys.email" | "AMAZON.EmailAddress" => EntityType::Email,
        "sys.phone-number" | "AMAZON.PhoneNumber" => EntityType::Phone,
        "sys.address" | "sys.street-address" | "sys.location" | "AMAZON.StreetAddress" | "AMAZON.PostalAddress" => {
            EntityType::Address
        }
        "sys.zip-code" | "AMAZON.PostalCode" => EntityType::Postcode,
        "AMAZON.AlphaNumeric" => return None,
        _ => return None,
    })
}

/// Every whole-word occurrence of each value (ASCII letters in any case), as findings.
pub(crate) fn find_values(text: &str, values: &[PersonalValue<'_>], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for v in values {
        let needle = v.value.trim().as_bytes();
        if needle.len() < 2 || needle.len() > b.len() {
            continue;
        }
        let mut i = 0;
        while i + needle.len() <= b.len() {
            let end = i + needle.len();
            let bounded = (i == 0 || !is_word(b[i - 1]) || !is_word(needle[0]))
                && (end == b.len() || !is_word(b[end]) || !is_word(needle[needle.len() - 1]));
            if b[i..end].eq_ignore_ascii_case(needle) && bounded {
                out.push(Finding { entity: v.entity, start: i, end });
                i = end;
            } else {
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_types_map_to_entities() {
        assert_eq!(entity_for_platform_type("@sys.person"), Some(EntityType::Name));
        assert_eq!(entity_for_platform_type("AMAZON.EmailAddress"), Some(EntityType::Email));
        assert_eq!(entity_for_platform_type("sys.phone-number"), Some(EntityType::Phone));
        assert_eq!(entity_for_platform_type("@sys.date"), None);
    }

    #[test]
    fn values_match_whole_words_in_any_case() {
        let mut out = Vec::new();
        let values = [PersonalValue { entity: EntityType::Name, value: "Al" }];
        find_values("al said Also: AL!", &values, &mut out);
        let spans: Vec<_> = out.iter().map(|f| (f.start, f.end)).collect();
        assert_eq!(spans, vec![(0, 2), (14, 16)]);
    }
}
