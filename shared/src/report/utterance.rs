//! How missed utterances are grouped: "Can I pay by CARD??" and "can i pay by card" are one
//! question. Lower case, punctuation and symbols dropped, runs of whitespace made one space;
//! redaction placeholders (`[EMAIL]`, `[PHONE]`) are kept as they are.

/// The grouping key of a (redacted) utterance; empty when nothing but punctuation is left.
pub(crate) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = placeholder_len(rest) {
            push_word(&mut out, &rest[..len]);
            rest = &rest[len..];
            continue;
        }
        if c.is_alphanumeric() {
            // Only a placeholder leaves a `]` behind: a word right after one stands apart.
            if out.ends_with(']') {
                out.push(' ');
            }
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        rest = &rest[c.len_utf8()..];
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A placeholder at the start of `text`: `[` + upper-case ASCII letters or `_` + `]`.
fn placeholder_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('[')?;
    let end = inner.find(']')?;
    let name = &inner[..end];
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')).then_some(end + 2)
}

/// Appends a placeholder as a word of its own.
fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    out.push_str(word);
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn case_punctuation_and_spacing_do_not_split_a_question() {
        let key = normalise("can i pay by card");
        for variant in ["Can I pay by CARD??", "  can I pay   by card!", "Can I pay by card?\n", "can i pay, by card."]
        {
            assert_eq!(normalise(variant), key, "{variant:?}");
        }
        assert_ne!(normalise("can i pay by cash"), key);
    }

    #[test]
    fn placeholders_survive_and_stand_apart() {
        assert_eq!(normalise("Email me at [EMAIL]!"), "email me at [EMAIL]");
        assert_eq!(normalise("call [PHONE],thanks"), "call [PHONE] thanks");
        assert_eq!(normalise("[NAME]'s order"), "[NAME] s order");
        // Brackets that are not a placeholder are punctuation.
        assert_eq!(normalise("see [this]"), "see this");
    }

    #[test]
    fn apostrophes_go_and_other_scripts_are_lower_cased() {
        assert_eq!(normalise("What's ÜBER?"), "whats über");
        assert_eq!(normalise("?!"), "");
    }
}
