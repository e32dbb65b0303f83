//! Parameter-aware redaction: the NLU platforms already say which values are personal (a
//! Dialogflow `@sys.person`, a Lex `AMAZON.EmailAddress`, ...). Those values are redacted
//! wherever they appear in a turn, whatever the patterns find.

use super::entity::EntityType;
use super::text::{word_char_at, word_char_before};
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

/// Every whole-word occurrence of each value (ASCII letters in any case), as findings: the
/// first from the left, then the next that starts after it, and so on.
pub(crate) fn find_values(text: &str, values: &[PersonalValue<'_>], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for v in values {
        let needle = v.value.trim().as_bytes();
        if needle.len() < 2 || needle.len() > b.len() {
            continue;
        }
        let mut free_from = 0;
        for start in occurrences(b, needle) {
            let end = start + needle.len();
            if start >= free_from && whole_words(b, start, end) {
                out.push(Finding { entity: v.entity, start, end });
                free_from = end;
            }
        }
    }
}

/// Whether the match at `start..end` of `b` cuts no word: a word character at either end of
/// it is not continued by another outside it.
fn whole_words(b: &[u8], start: usize, end: usize) -> bool {
    (!word_char_before(b, start) || !word_char_at(b, start)) && (!word_char_at(b, end) || !word_char_before(b, end))
}

/// Where `needle` (not empty) starts in `hay`, ASCII letters in any case, overlapping
/// occurrences included, in order. Knuth-Morris-Pratt: linear in both lengths, where comparing
/// at every position costs their product on text such as "aaaa...".
fn occurrences<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let same = |x: u8, y: u8| x.eq_ignore_ascii_case(&y);
    // border[k]: the length of the longest proper prefix of needle[..=k] that is also its suffix.
    let mut border = vec![0; needle.len()];
    let mut k = 0;
    for q in 1..needle.len() {
        while k > 0 && !same(needle[q], needle[k]) {
            k = border[k - 1];
        }
        if same(needle[q], needle[k]) {
            k += 1;
        }
        border[q] = k;
    }
    let mut matched = 0;
    hay.iter().enumerate().filter_map(move |(i, &c)| {
        while matched > 0 && !same(c, needle[matched]) {
            matched = border[matched - 1];
        }
        if same(c, needle[matched]) {
            matched += 1;
        }
        (matched == needle.len()).then(|| {
            matched = border[matched - 1];
            i + 1 - needle.len()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where [`find_values`] finds `value` in `text`.
    fn spans(text: &str, value: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        find_values(text, &[PersonalValue { entity: EntityType::Name, value }], &mut out);
        out.iter().map(|f| (f.start, f.end)).collect()
    }

    #[test]
    fn platform_types_map_to_entities() {
        assert_eq!(entity_for_platform_type("@sys.person"), Some(EntityType::Name));
        assert_eq!(entity_for_platform_type("AMAZON.EmailAddress"), Some(EntityType::Email));
        assert_eq!(entity_for_platform_type("sys.phone-number"), Some(EntityType::Phone));
        assert_eq!(entity_for_platform_type("@sys.date"), None);
    }

    #[test]
    fn values_match_whole_words_in_any_case() {
        assert_eq!(spans("al said Also: AL!", "Al"), vec![(0, 2), (14, 16)]);
        // Typographic quotes and dashes end a word as ASCII ones do; letters of any script not.
        assert_eq!(spans("\u{201c}Al\u{201d}\u{2014}Al\u{2026}", "Al"), vec![(3, 5), (11, 13)]);
        assert_eq!(spans("\u{e9}Al Al\u{e9}", "Al"), Vec::<(usize, usize)>::new());
    }

    #[test]
    fn occurrences_are_every_position_where_the_value_matches() {
        let mut rng = fastrand::Rng::with_seed(5);
        // Few letters, so that values overlap themselves ("abab") and each other often.
        let alphabet = b"aAb";
        let random = |rng: &mut fastrand::Rng, most: usize| -> Vec<u8> {
            (0..rng.usize(1..=most)).map(|_| alphabet[rng.usize(..alphabet.len())]).collect()
        };
        for _ in 0..20_000 {
            let hay = random(&mut rng, 40);
            let needle = random(&mut rng, 8);
            let expected: Vec<usize> = (0..hay.len().saturating_sub(needle.len() - 1))
                .filter(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(&needle))
                .collect();
            assert_eq!(occurrences(&hay, &needle).collect::<Vec<_>>(), expected, "{hay:?} {needle:?}");
        }
    }

    #[test]
    fn values_are_found_as_comparing_at_every_position_finds_them() {
        // The first implementation: compare at every position, skip past what was taken.
        fn by_comparing_everywhere(b: &[u8], needle: &[u8]) -> Vec<(usize, usize)> {
            let (mut found, mut i) = (Vec::new(), 0);
            while i + needle.len() <= b.len() {
                let end = i + needle.len();
                if b[i..end].eq_ignore_ascii_case(needle) && whole_words(b, i, end) {
                    found.push((i, end));
                    i = end;
                } else {
                    i += 1;
                }
            }
            found
        }
        let mut rng = fastrand::Rng::with_seed(6);
        let pieces = ["a", "A", "b", " ", "-", "\u{e9}"];
        let random = |rng: &mut fastrand::Rng, most: usize| -> String {
            (0..rng.usize(1..=most)).map(|_| pieces[rng.usize(..pieces.len())]).collect()
        };
        for _ in 0..20_000 {
            let (text, value) = (random(&mut rng, 30), random(&mut rng, 6));
            let needle = value.trim().as_bytes();
            let expected = if needle.len() < 2 { Vec::new() } else { by_comparing_everywhere(text.as_bytes(), needle) };
            assert_eq!(spans(&text, &value), expected, "{text:?} {value:?}");
        }
    }

    #[test]
    fn a_value_taken_is_not_matched_again_inside_itself() {
        assert_eq!(spans("ab ab ab ab ab", "ab ab"), vec![(0, 5), (6, 11)]);
    }
}
