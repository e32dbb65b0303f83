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
            [lead @ (0xC4 | 0xC5), accented, ..] => extended_a_letter(lead, accented)?,
            // Romanian's "ș" and "ț" ("Ștefan").
            [0xC8, 0x98 | 0x99, ..] => b's',
            [0xC8, 0x9A | 0x9B, ..] => b't',
            _ => return None,
        };
        i += if word[i].is_ascii() { 1 } else { 2 };
        len += 1;
    }
    Some((folded, len))
}

/// The ASCII letter under a letter of Latin Extended-A (U+0100 to U+017F, `lead` 0xC4 or 0xC5
/// and its second byte), as Polish, Czech, Turkish, Hungarian and the Baltic languages write
/// them ("Łukasz", "Jiří", "Ayşe", "Yılmaz"); None for a ligature or a letter of none.
fn extended_a_letter(lead: u8, second: u8) -> Option<u8> {
    // Each letter's first code point's offset from U+0100, with the ASCII letter from there.
    const FROM: [(u8, u8); 24] = [
        (0x00, b'a'),
        (0x06, b'c'),
        (0x0E, b'd'),
        (0x12, b'e'),
        (0x1C, b'g'),
        (0x24, b'h'),
        (0x28, b'i'),
        (0x32, 0),
        (0x34, b'j'),
        (0x36, b'k'),
        (0x38, 0),
        (0x39, b'l'),
        (0x43, b'n'),
        (0x49, 0),
        (0x4C, b'o'),
        (0x52, 0),
        (0x54, b'r'),
        (0x5A, b's'),
        (0x62, b't'),
        (0x68, b'u'),
        (0x74, b'w'),
        (0x76, b'y'),
        (0x79, b'z'),
        (0x7F, 0),
    ];
    let offset = ((lead & 1) << 6) | (second & 0x3F);
    FROM.iter().rev().find(|(from, _)| *from <= offset).map(|(_, letter)| *letter).filter(|l| *l != 0)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_extended_a_letters_fold_to_the_ascii_letters_under_them() {
        let letters = "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ";
        let under = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii--jjkk-llllllllllnnnnnn---oooooo--rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz-";
        let folded: String = letters
            .chars()
            .map(|c| {
                let mut buf = [0; 2];
                let bytes = c.encode_utf8(&mut buf).as_bytes();
                extended_a_letter(bytes[0], bytes[1]).map_or('-', char::from)
            })
            .collect();
        assert_eq!(folded, under);
        assert!(folded_given_name("Łukasz".as_bytes()) && folded_given_name("AYŞE".as_bytes()));
        assert!(folded_given_name("Ștefan".as_bytes()) && folded_given_name("JIŘÍ".as_bytes()));
    }
}
