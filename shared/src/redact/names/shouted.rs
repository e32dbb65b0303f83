//! Text in capitals, where case no longer tells a name from a word: which capitalised words
//! may still start a name, and given names read without their accents.

use super::labels::after_label_colon;
use super::lexicon::{SURNAMES, is_given_name};
use super::lowercase::under_a_booking;
use super::titles::before_surname;
use super::{CUE_PUNCTUATION, CUE_WINDOW, MAX_NAME_WORD};
use crate::redact::text::{Window, eq_ignore_case, offset_in, possessive_stem};
use crate::redact::words::{WordSet, is_stop_word, set_of, word_end};

/// Whether the word at `w` starts with two capitals after a word with no lowercase letter (if
/// any word stands before it; a word of digits alone tells nothing).
pub(super) fn shouted_at(b: &[u8], w: usize) -> bool {
    if !b.get(w + 1).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(last) = b[..w].iter().rposition(u8::is_ascii_alphanumeric) else { return true };
    let in_word = |c: &&u8| c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'-');
    let before = &b[last + 1 - b[..=last].iter().rev().take_while(in_word).count()..=last];
    !before.iter().any(u8::is_ascii_lowercase) && before.iter().any(u8::is_ascii_uppercase)
}

/// Whether a name may start at the word at `w` in capitals after a word in capitals
/// ([`after_cue`](super::after_cue)): a common given name, or any word after a label ("POLICYHOLDER: JAN
/// KOWALSKI"), a word that names a name ("MY MAIDEN NAME WAS BROWN"), a title ("MR PATEL";
/// "Dr" only after a stop word or none: "WITH DR OKAFOR", not "PARK DR NEAR THE STATION"), or
/// as what a booking is under ("BOOKED UNDER THOMPSON"), or a common surname after a nurse's,
/// a doctor's or a police officer's title ("DOCTOR PATEL", "PC DAVIES").
pub(super) fn shouted_name_at(text: &str, w: usize) -> bool {
    let b = text.as_bytes();
    let word = &b[w..word_end(text, w)];
    let stem = &word[..possessive_stem(word).unwrap_or(word.len())];
    if is_given_name_in_any_accent(stem) {
        return true;
    }
    let window = Window::before(b, w, CUE_WINDOW);
    let named = || window.ends_with_phrase_in(&NAMING_CUE_SET, CUE_PUNCTUATION);
    let title = || {
        let last = window.last_word(b".");
        let is = |title: &[u8]| last.eq_ignore_ascii_case(title);
        if is(b"dr") {
            let last_start = offset_in(b, last);
            let before = Window::before(b, last_start, 12).last_word(CUE_PUNCTUATION);
            return before.is_empty() || std::str::from_utf8(before).is_ok_and(is_stop_word);
        }
        is(b"mr") || is(b"mrs") || is(b"mx") || is(b"ms")
    };
    let under = || w >= 6 && eq_ignore_case(b, w - 6, b"under ") && under_a_booking(text, w).is_some();
    // "DOCTOR PATEL", "PC DAVIES".
    let surname = || SURNAMES.contains(stem) && before_surname(window.last_word(CUE_PUNCTUATION));
    after_label_colon(text, w, &window) || named() || title() || under() || surname()
}

/// [`is_given_name`], accents aside ("it was Siân", "I'M SIOBHÁN").
pub(super) fn is_given_name_in_any_accent(word: &[u8]) -> bool {
    is_given_name(word) || folded_given_name(word)
}

/// Whether `word`, beyond ASCII, is a given name without its accents ([`without_accents`]).
pub(super) fn folded_given_name(word: &[u8]) -> bool {
    !word.is_ascii() && without_accents(word).is_some_and(|(folded, len)| is_given_name(&folded[..len]))
}

/// `word` with its Latin-1 letters in capitals or lowercase written as the ASCII letters they
/// carry an accent over ("SIOBHÁN" as "SIOBHAN", "ZOË" as "ZOE"), in a buffer and its length:
/// the given names' list is matched in ASCII case only. None where it has none, or another
/// character beyond ASCII.
fn without_accents(word: &[u8]) -> Option<([u8; MAX_NAME_WORD], usize)> {
    if word.is_ascii() || word.len() > MAX_NAME_WORD {
        return None;
    }
    let mut folded = [0; MAX_NAME_WORD];
    let (mut len, mut i) = (0, 0);
    while i < word.len() {
        folded[len] = match word[i..] {
            [c, ..] if c.is_ascii() => c,
            [0xC3, accented, ..] => match accented & !0x20 {
                0x80..=0x85 => b'a',
                0x87 => b'c',
                0x88..=0x8B => b'e',
                0x8C..=0x8F => b'i',
                0x91 => b'n',
                0x92..=0x96 | 0x98 => b'o',
                0x99..=0x9C => b'u',
                0x9D => b'y',
                _ => return None,
            },
            _ => return None,
        };
        i += if word[i].is_ascii() { 1 } else { 2 };
        len += 1;
    }
    Some((folded, len))
}

/// The cues of [`CUES`](super::cues::CUES) that name what follows a name, so that any word in capitals after them
/// is one ([`shouted_name_at`]).
static NAMING_CUE_SET: WordSet = WordSet::new(|| {
    set_of([
        "name",
        "names",
        "name is",
        "name was",
        "name's",
        "name to",
        "surname",
        "surname is",
        "surname was",
        "surname's",
        "surname to",
        "forename",
        "known as",
    ])
});
