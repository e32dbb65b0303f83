//! Titles: "Mr", "Dr", "Cllr", ...; the surname after a nurse's, doctor's or police officer's
//! title; a name written before its title ("Kowalski, Anna (Ms)", "JONES/SARAH MRS"); initials.

use super::cues::CUE_SET;
use super::lexicon::{SURNAMES, is_common_surname};
use super::look_alikes::NOT_PERSON_AFTER_GIVEN_SET;
use super::sign_offs::{GREETINGS_AND_THANKS, SIGN_OFF_WORDS, ends_line};
use super::{CUE_WINDOW, MAX_NAME_WORD, name_words, past_particles_at};
use crate::redact::address::is_street_type;
use crate::redact::names_again::ORDINARY_WORDS;
use crate::redact::numbers::Span;
use crate::redact::text::{Window, byte_before_spaces, eq_ignore_case, word_char_at, word_char_before};
use crate::redact::words::{WordSet, capitalised, is_day, is_month, is_stop_word, set_of, word_end};

/// Whether a cue's last word `title` is the title of a nurse, a doctor or a police officer,
/// which people give before a surname as much as before a given name: "Doctor Patel said",
/// "Nurse Williams", "Matron Hughes", "PC Davies", "DI Khan" (a rank in capitals: not "my pc" or
/// "ds"). A common surname ([`SURNAMES`]) after it is a person's, where a word that is no
/// surname is not ("Doctor Who", "Nurse Practitioner", "PC World", "DS Lite").
pub(super) fn before_surname(title: &[u8]) -> bool {
    matches!(title, b"PC" | b"PCSO" | b"DC" | b"DS" | b"DI" | b"DCI") || is_surname_title(title)
}

/// The titles of nurses, doctors and captains, before a surname as much as a given name
/// ([`before_surname`]), and "Mrs" as it is said ("missus patel").
pub(super) const SURNAME_TITLES: [&str; 7] = ["doctor", "nurse", "matron", "midwife", "missus", "missis", "captain"];

/// One of [`SURNAME_TITLES`], in any case.
pub(super) fn is_surname_title(word: &[u8]) -> bool {
    SURNAME_TITLES.iter().any(|t| word.eq_ignore_ascii_case(t.as_bytes()))
}

/// Titles, the only cues that may end with a full stop ("Mr. Smith").
pub(super) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "cllr", "sgt", "insp", "mme", "mlle", "sra", "srta",
    "sig", "dhr", "mevr", "herr", "frau",
];

/// [`TITLES`] as [`title_key`]s, for one compare each.
static TITLE_KEYS: [u32; TITLES.len()] = {
    let mut keys = [0; TITLES.len()];
    let mut i = 0;
    while i < TITLES.len() {
        keys[i] = title_key(TITLES[i].as_bytes());
        i += 1;
    }
    keys
};

/// A word of at most four bytes as one `u32`, its ASCII letters in lowercase (no other byte
/// becomes a lowercase letter so).
const fn title_key(word: &[u8]) -> u32 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key |= ((word[i] | 0x20) as u32) << (8 * i);
        i += 1;
    }
    key
}

/// One of [`TITLES`], in any case.
pub(crate) fn is_title(word: &str) -> bool {
    (2..=4).contains(&word.len()) && TITLE_KEYS.contains(&title_key(word.as_bytes()))
}

/// Whether a title, with or without its full stop, stands right before `w` ("Mr. |Smith").
pub(crate) fn after_title(b: &[u8], w: usize) -> bool {
    Window::before(b, w, 8).ends_with_any(TITLES, b". ").is_some()
}

/// The surname after the title `w..end` that opens with its particles in lowercase ("Mr van
/// der Berg", "Ms de la Cruz", "Dr. von Trapp", "Mr bin Laden", "Dr al-Hassan"), from the
/// first particle: the title's cue reads a capitalised word after it, which these have not.
/// Out of line: asked only at a title.
#[inline(never)]
pub(super) fn particles_after_title(text: &str, w: usize, end: usize) -> Option<Span> {
    let b = text.as_bytes();
    let next = word_after_abbreviation(b, end).filter(|&n| b[n].is_ascii_lowercase())?;
    if !is_title(&text[w..end]) {
        return None;
    }
    // "al-Hassan", "el-Sayed": the particle joined to the surname, a word of its own.
    if matches!(b.get(next..next + 4), Some([b'a' | b'e', b'l', b'-', c]) if c.is_ascii_uppercase()) {
        return Some((next, word_end(text, next)));
    }
    let surname = past_particles_at(text, next);
    if surname == next || !capitalised(text, surname) {
        return None;
    }
    name_words(text, surname, false).map(|end| (next, end))
}

/// Where the word after the title or initial ending at `end` starts, past a space or a full
/// stop and a space ("Mr |Berg", "Mr. |van der Berg", "I. |Patel"): a byte of the text, never
/// its end ("Dr. " at a message's end).
pub(super) fn word_after_abbreviation(b: &[u8], end: usize) -> Option<usize> {
    let next = match b.get(end..end + 2)? {
        [b' ', _] => end + 1,
        [b'.', b' '] => end + 2,
        _ => return None,
    };
    (next < b.len()).then_some(next)
}

/// The name from the initial "A" or "I" at `w` that signs off after a comma or on a line of its
/// own, its surname (perhaps after another initial) at `next` ending the line: "Regards, I.
/// Khan", "Thanks, A N Smith", "Kind regards\nI. Patel"; without its full stop only before
/// another initial ("Thanks, I Agree", "Thanks, A Million" say something).
pub(super) fn initial_word_signing_off(text: &str, w: usize, next: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !matches!(byte_before_spaces(b, w), Some(b',' | b'\n')) {
        return None;
    }
    // Without its full stop, only before another initial: "Thanks, I Agree" says something.
    if next == w + 2 && !matches!(b.get(next + 1), Some(b' ' | b'.')) {
        return None;
    }
    let end = name_words(text, next, false)?;
    if !ends_line(b, end) || !Window::before(b, w, CUE_WINDOW).has_any(&SIGN_OFF_WORDS) {
        return None;
    }
    Some((w, end))
}

/// An initial and a surname after "for", "to", "from" or "with", as a parcel or an order is
/// addressed: "the order for M. O'Connor", "Delivered to J Smith at reception", "a letter from
/// R. Ahmed". The initial (not "I" or "X"; "A" before a common surname) at `w` ends at
/// `end_first`; the surname after a full stop or a space (and a second initial's: "J. K.
/// Rowling") is capitalised in a surname's case or a common surname in capitals ("to J
/// SMITH"), and no common word, given name that is one,
/// street type or place ("Go for plan B. Thanks", "switch to C. Will it work?", "save it to C
/// Drive", "bindings to C APIs").
/// Out of line: few capitals are one letter.
#[inline(never)]
pub(super) fn initial_after_preposition(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    let after_preposition = ["for ", "to ", "from ", "with "].iter().any(|p| {
        w.checked_sub(p.len())
            .is_some_and(|s| eq_ignore_case(b, s, p.as_bytes()) && (s == 0 || !word_char_at(b, s - 1)))
    });
    // Past the initial's full stop and space, and a second initial's ("J. K. Rowling").
    let past_initial = |i: usize| match &b[i..] {
        [b' ', ..] => Some(i + 1),
        [b'.', b' ', ..] => Some(i + 2),
        _ => None,
    };
    if matches!(b[w], b'I' | b'X') || !after_preposition {
        return None;
    }
    let mut surname_start = past_initial(end_first)?;
    if b.get(surname_start).is_some_and(u8::is_ascii_uppercase) && matches!(b.get(surname_start + 1), Some(b'.' | b' '))
    {
        surname_start = past_initial(surname_start + 1)?;
    }
    if !capitalised(text, surname_start) {
        return None;
    }
    let end = word_end(text, surname_start);
    let surname = &text[surname_start..end];
    let ordinary = || {
        is_stop_word(surname)
            || ORDINARY_WORDS.contains(surname)
            || is_month(surname)
            || is_day(surname)
            || GREETINGS_AND_THANKS.contains(surname)
            || is_street_type(surname.as_bytes())
            || NOT_PERSON_AFTER_GIVEN_SET.contains(surname)
    };
    // A surname's case: lowercase letters after the first, two capitals at most ("O'Connor",
    // "McDonald"; not "APIs").
    // Or, as a bank's payee is written, a common surname in capitals ("Payment to J SMITH").
    let cased = (surname.bytes().skip(1).any(|c| c.is_ascii_lowercase())
        && surname.bytes().filter(u8::is_ascii_uppercase).count() <= 2)
        || (surname.bytes().all(|c| c.is_ascii_uppercase()) && is_common_surname(surname));
    // "A" is a word: an initial before a common surname only, with no full stop between
    // ("Pay it to A Smith"; not "go for A Level", "a letter from A Friend", "It goes to A.
    // Smith said so").
    let initial = || b[w] != b'A' || (surname_start == end_first + 1 && SURNAMES.contains(surname));
    (end - surname_start >= 2 && cased && !ordinary() && initial()).then_some((w, end))
}

/// What a product comes in, after which a given name names one ([`bracketed_given_name`](super::context::bracketed_given_name)).
pub(super) static VARIANTS: WordSet =
    WordSet::new(|| set_of(["colour", "color", "shade", "size", "style", "flavour", "scent", "model", "edition"]));

/// Whether `word` is a title that may follow a name on a booking ([`name_before_title`]): one
/// of [`TITLES`], or "MSTR", a boy's.
pub(super) fn ends_a_booked_name(word: &str) -> bool {
    is_title(word) || word.eq_ignore_ascii_case("mstr")
}

/// A name before its title `w..end`, as bookings and tickets list people: in brackets after it
/// ("Anna Kowalski (Ms)", "Kowalski, Anna (Ms)"), or, as airlines write it, the surname, a
/// slash and one or two given names before the title ("JONES/SARAH MRS", "Nowak/Piotr Jan Mr",
/// "SMITH/LEO MSTR" for a boy), which ends its clause.
pub(super) fn name_before_title(text: &str, w: usize, end: usize) -> Option<Span> {
    let b = text.as_bytes();
    let bracketed = w >= 2 && b[w - 1] == b'(' && b.get(end) == Some(&b')');
    let name_end = if bracketed { w - 2 } else { w.checked_sub(1)? };
    let past_stop = if b.get(end) == Some(&b'.') { end + 1 } else { end };
    if b.get(name_end) != Some(&b' ') || (!bracketed && word_char_at(b, past_stop)) {
        return None;
    }
    let mut start = name_word_before(text, name_end)?;
    if bracketed {
        // Up to three more words, one of them before a comma ("Kowalski, Anna").
        let mut comma = false;
        for _ in 0..3 {
            let word_end = match b[..start] {
                [.., b',', b' '] if !comma => {
                    comma = true;
                    start - 2
                }
                [.., c, b' '] if c != b',' => start - 1,
                _ => break,
            };
            let Some(word_start) = name_word_before(text, word_end) else { break };
            start = word_start;
        }
        // Not a word glued to another ("Return/Exchange (Mrs)").
        let apart = start == 0 || matches!(b[start - 1], b' ' | b'\n' | b'\t' | b'(' | b'"' | b':');
        return apart.then_some((start, name_end));
    }
    // The given names, then the slash and the surname.
    if b[..start].ends_with(b" ") {
        start = name_word_before(text, start - 1)?;
    }
    let slash = start.checked_sub(1).filter(|&s| b[s] == b'/')?;
    Some((name_word_before(text, slash)?, name_end))
}

/// Where the capitalised word of a name that ends at `end` starts (letters, hyphens and
/// apostrophes, no letter or digit glued before it: "14C" is none; no stop word or cue), for
/// [`name_before_title`].
fn name_word_before(text: &str, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let floor = end.saturating_sub(MAX_NAME_WORD);
    let name_char = |c: &&u8| c.is_ascii_alphabetic() || **c >= 0x80 || matches!(c, b'-' | b'\'');
    let start = end - b[floor..end].iter().rev().take_while(name_char).count();
    let word = text.get(start..end).filter(|_| start > floor || floor == 0)?;
    let name = !word.is_empty()
        && capitalised(text, start)
        && !word_char_before(b, start)
        && !is_stop_word(word)
        && !CUE_SET.contains(word);
    name.then_some(start)
}
