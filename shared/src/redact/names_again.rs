//! A name written again: who gives their name once often writes it again where no cue stands
//! ("I'm Jan, Jan Kowalski", "My name is Tobias. Tobias Brown is on the account", "Dear Mrs
//! Okafor, ... Okafor's order"). Once a name is found, each capitalised word of it is found
//! wherever else it stands in the text, capitalised the same way, and a first name goes on to
//! the surname after it.

use super::names::{is_title, name_words, organisation};
use super::numbers::Span;
use super::text::{possessive_stem, word_char_before};
use super::words::{WordSet, is_month, is_stop_word, set_of, word_end};

/// Calls `add` for each other place in `text` where a capitalised word of one of the names
/// `found` stands: the word itself, and, where it was the first word of its name and no
/// possessive, the surname after it. The places inside a found name are left out.
pub(crate) fn each_again(text: &str, found: &[Span], mut add: impl FnMut(Span)) {
    let b = text.as_bytes();
    let inside = |p: usize| found.iter().any(|&(start, end)| (start..end).contains(&p));
    for &(start, end) in found {
        let mut first = true;
        for (w, len) in capitalised_words(text, start, end) {
            let word = &b[w..w + len];
            let opens = std::mem::replace(&mut first, false);
            if !may_recur(&text[w..w + len]) {
                continue;
            }
            for p in memchr::memmem::find_iter(b, word) {
                if inside(p) || word_char_before(b, p) {
                    continue;
                }
                // The same word, or its possessive ("Okafor's"), not a longer one.
                let whole = &b[p..word_end(text, p)];
                let stem = possessive_stem(whole).unwrap_or(whole.len());
                if stem != len || (at_sentence_start(b, p) && ORDINARY_AT_SENTENCE_START.contains(word)) {
                    continue;
                }
                let name_end = match opens && stem == whole.len() {
                    true => name_words(text, p, false).unwrap_or(p + len),
                    false => p + len,
                };
                if !organisation(text, p, name_end) {
                    add((p, name_end));
                }
            }
        }
    }
}

/// The capitalised words within `start..end`, each as where it starts and its length without
/// a possessive "'s".
fn capitalised_words(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut at = start;
    std::iter::from_fn(move || {
        while at < end {
            let w = at;
            let e = word_end(text, w).min(end);
            if e == w {
                at += text[w..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            at = e;
            if b[w].is_ascii_uppercase() {
                return Some((w, possessive_stem(&b[w..e]).unwrap_or(e - w)));
            }
        }
        None
    })
}

/// Whether a word of a found name is worth finding again: two letters or more, no title, no
/// stop word ("Will", "May"), no month ("April").
fn may_recur(word: &str) -> bool {
    word.len() >= 2 && !is_title(word) && !is_stop_word(word) && !is_month(word)
}

/// Whether `p` starts a sentence: the text's, a line's, or after a full stop, question or
/// exclamation mark and spaces.
fn at_sentence_start(b: &[u8], p: usize) -> bool {
    let before = b[..p].iter().rposition(|c| *c != b' ').map(|q| b[q]);
    matches!(before, None | Some(b'.' | b'?' | b'!' | b'\n'))
}

/// Given names that are also words a sentence may start with ("I'm Hope. Hope you can help",
/// "Mark it as urgent"): not found again there.
static ORDINARY_AT_SENTENCE_START: WordSet = WordSet::new(|| {
    set_of([
        "hope", "mark", "bill", "grace", "rose", "chase", "sue", "pat", "rob", "grant", "drew", "joy", "faith", "dawn",
        "summer", "jack", "frank", "ray", "guy", "penny", "rich", "bob", "art", "miles", "sandy", "sky", "amber",
        "ruby", "holly", "ivy", "daisy", "jade", "iris", "hunter", "pearl", "crystal", "dean", "cliff", "glen",
        "lance", "norm", "wade", "neil", "ken", "don", "ben",
    ])
});

#[cfg(test)]
mod tests {
    use super::*;

    fn again<'t>(text: &'t str, found: &str) -> Vec<&'t str> {
        let start = text.find(found).unwrap();
        let mut spans = Vec::new();
        each_again(text, &[(start, start + found.len())], |(s, e)| spans.push(&text[s..e]));
        spans
    }

    #[test]
    fn a_name_written_again_is_found_again() {
        assert_eq!(again("I'm Jan, Jan Kowalski", "Jan"), ["Jan Kowalski"]);
        assert_eq!(again("My name is Tobias. Tobias Brown is on the account", "Tobias"), ["Tobias Brown"]);
        assert_eq!(again("Dear Mrs Okafor, is Okafor's order here?", "Okafor"), ["Okafor"]);
        assert_eq!(again("I'm Priya Sharma. Sharma is my married name", "Priya Sharma"), ["Sharma"]);
        // A possessive of the first name: the name alone.
        assert_eq!(again("I'm Jan. Jan's order is late", "Jan"), ["Jan"]);
        // Each place, in order.
        assert_eq!(again("Dr. Ng here. Ng is spelt N G. Ask for Ng", "Ng"), ["Ng", "Ng"]);
    }

    #[test]
    fn what_only_looks_like_the_name_is_not_found() {
        // A longer word, a word in another case, a part of a word.
        assert!(again("I'm Jan, it's January now", "Jan").is_empty());
        assert!(again("I'm Jan, the jan sale", "Jan").is_empty());
        assert!(again("I'm Ali, at Alibaba", "Ali").is_empty());
        // Titles, stop words, months, initials.
        assert!(again("I'm Mr T. Ellison. Mr T wrote", "Mr T. Ellison").is_empty());
        assert!(again("My name is Will. Will it arrive?", "Will").is_empty());
        assert!(again("I'm April. Due 3 April", "April").is_empty());
        // A given name that is also a word a sentence starts with, at a sentence's start.
        assert!(again("I'm Hope. Hope you can help", "Hope").is_empty());
        assert_eq!(again("I'm Hope. Ask for Hope", "Hope"), ["Hope"]);
        // An organisation's name.
        assert!(again("I'm Victoria. I bank with Victoria Bank", "Victoria").is_empty());
    }
}
