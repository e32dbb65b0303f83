//! Terms a bot never wants redacted, whatever a recognizer reads them as: its own brand where
//! that is also a given name or a surname ("Hi Chase", "Thanks Admiral"), its products, the
//! artists it sells tickets for, its own helpline number. A finding is left in the text only
//! when its whole text is one of the terms, so keeping "Chase" still redacts "Chase Smith".
//! Terms are compared ignoring case, with any run of spaces as one and a typographic
//! apostrophe as a typed one.

use super::Finding;
use std::sync::Arc;

/// The terms; empty for most bots, where asking costs one comparison of a length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct KeptTerms(Arc<[Box<str>]>);

impl KeptTerms {
    /// The terms of `terms` that hold more than spaces.
    pub(crate) fn new<T: AsRef<str>>(terms: impl IntoIterator<Item = T>) -> Self {
        Self(
            terms
                .into_iter()
                .filter_map(|term| {
                    let term = term.as_ref().trim();
                    (!term.is_empty()).then(|| term.into())
                })
                .collect(),
        )
    }

    #[inline(always)]
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `text[start..end]` is one of the terms. Out of line: asked only where a bot
    /// keeps terms and a value was found.
    #[inline(never)]
    pub(crate) fn contains_at(&self, text: &str, start: usize, end: usize) -> bool {
        text.get(start..end).is_some_and(|value| self.contains(value))
    }

    /// Whether `value`, a finding's whole text, is one of the terms.
    pub(crate) fn contains(&self, value: &str) -> bool {
        self.0.iter().any(|term| same_words(term, value))
    }

    /// Takes out of `findings[from..]` those whose whole text in `text` is one of the terms.
    #[inline(always)]
    pub(crate) fn leave_out(&self, text: &str, findings: &mut Vec<Finding>, from: usize) {
        if !self.is_empty() && findings.len() > from {
            self.take_out(text, findings, from);
        }
    }

    #[inline(never)]
    fn take_out(&self, text: &str, findings: &mut Vec<Finding>, from: usize) {
        retain_from(findings, from, |f| !self.contains_at(text, f.start, f.end));
    }

    /// Where the terms stand in `text`, whole words, compared as [`contains`](Self::contains)
    /// compares them: what a recognizer finds inside one, or cutting into one, must not change
    /// it, whether or not a recognizer reads the term itself there.
    pub(crate) fn occurrences(&self, text: &str) -> Vec<(usize, usize)> {
        let mut at = Vec::new();
        let mut before: Option<char> = None;
        for (i, c) in text.char_indices() {
            // Not inside a word: a term that starts or ends with a letter or a digit starts or
            // ends one; one that starts with a quote may start anywhere.
            if !(before.is_some_and(char::is_alphanumeric) && c.is_alphanumeric()) {
                at.extend(self.0.iter().filter_map(|term| {
                    let end = words_at(text, i, term)?;
                    let last = text[..end].chars().next_back()?;
                    let cut = last.is_alphanumeric() && text[end..].starts_with(char::is_alphanumeric);
                    (!cut).then_some((i, end))
                }));
            }
            before = Some(c);
        }
        at
    }
}

/// Takes out of `findings[from..]` those inside a kept term where it stands (`kept_at`): a
/// bot's own link keeps the name in its path ("https://calendly.com/dr-amy-chen/30min";
/// found by fuzzing).
pub(crate) fn leave_inside(kept_at: &[(usize, usize)], findings: &mut Vec<Finding>, from: usize) {
    if !kept_at.is_empty() {
        retain_from(findings, from, |f| !kept_at.iter().any(|&(start, end)| start <= f.start && f.end <= end));
    }
}

/// Keeps `findings[..from]`, and of the rest those `keep` answers true for.
fn retain_from(findings: &mut Vec<Finding>, from: usize, mut keep: impl FnMut(&Finding) -> bool) {
    let mut index = 0;
    findings.retain(|f| {
        index += 1;
        index <= from || keep(f)
    });
}

/// Where `term`'s words, compared as [`same_words`] compares them, end when they start at `i`.
fn words_at(text: &str, i: usize, term: &str) -> Option<usize> {
    let mut at = i;
    for (n, word) in term.split_whitespace().enumerate() {
        if n > 0 {
            let spaces = text[at..].len() - text[at..].trim_start().len();
            if spaces == 0 {
                return None;
            }
            at += spaces;
        }
        let mut chars = text[at..].char_indices();
        let mut end = at;
        let mut pending: Vec<char> = Vec::new();
        for w in folded(word) {
            if pending.is_empty() {
                let (p, c) = chars.next()?;
                end = at + p + c.len_utf8();
                pending = folded_char(c).collect();
                pending.reverse();
            }
            if pending.pop() != Some(w) {
                return None;
            }
        }
        if !pending.is_empty() {
            return None;
        }
        at = end;
    }
    Some(at)
}

/// Whether `a` and `b` have the same words, ignoring case.
fn same_words(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if folded(x).eq(folded(y)) => {}
            _ => return false,
        }
    }
}

/// `word`'s characters as compared: lowercase, a typographic apostrophe as a typed one.
fn folded(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(folded_char)
}

fn folded_char(c: char) -> std::char::ToLowercase {
    if c == '\u{2019}' { '\''.to_lowercase() } else { c.to_lowercase() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_is_kept_whole_ignoring_case_spaces_and_apostrophes() {
        let kept = KeptTerms::new(["Chase", "Harry  Styles", "Sainsbury's", "0800 123 4567", "  ", "ÉLODIE"]);
        for value in
            ["Chase", "CHASE", "chase", "Harry Styles", "harry\nstyles", "Sainsbury’s", "0800 123 4567", "élodie"]
        {
            assert!(kept.contains(value), "{value:?} is kept");
        }
        for value in ["Chase Smith", "Chas", "Chases", "Harry", "Styles", "08001234567", "Sainsburys", ""] {
            assert!(!kept.contains(value), "{value:?} is not kept");
        }
        assert!(!kept.is_empty());
        assert!(KeptTerms::new(["", " \t "]).is_empty(), "blank terms are dropped");
        assert!(!KeptTerms::default().contains(""));
    }

    #[test]
    fn where_the_terms_stand_whole_words_ignoring_case_and_spaces() {
        let kept = KeptTerms::new(["Chase", "Harry Styles"]);
        let text = "Hi chase, CHASED by harry   Styles; Harry Stylesx, Chase";
        let at: Vec<&str> = kept.occurrences(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(at, ["chase", "harry   Styles", "Chase"]);
        assert!(KeptTerms::default().occurrences(text).is_empty());
        // A term that starts with a quote starts after a space or a letter alike.
        let quoted = KeptTerms::new(["\"Blue range"]);
        assert_eq!(quoted.occurrences("the \"Blue range\" and x\"blue range"), [(4, 15), (22, 33)]);
    }
}
