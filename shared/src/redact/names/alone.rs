//! A name given alone, as the answer to "What's your name?": a common given name, a full
//! name in lowercase, a surname first ("Smith, John") or a common surname ("Patel").

use super::labels::past_given_after_comma;
use super::lexicon::{given_name_no_word, is_common_surname};
use super::look_alikes::{BRAND_SET, ORGANISATION_SET, TERMS_OF_ADDRESS, names_a_place_after};
use super::lowercase::{LowercaseNameFilter, NOT_A_SURNAME};
use super::sign_offs::{ALONE_ON_A_LINE_SET, GREETINGS_AND_THANKS, REPLY_LAST_WORDS, SIGN_OFF_ENDS, ends_line};
use super::titles::is_title;
use crate::redact::address::{is_street_type, names_a_place};
use crate::redact::names_again::ORDINARY_WORDS;
use crate::redact::numbers::Span;
use crate::redact::text::{byte_before_spaces, eq_ignore_case};
use crate::redact::words::{is_day, is_month, is_stop_word, word_end};

/// A name written surname first after "for", as records and references put it, its given name
/// a common one that ends its clause ("Claim ref CLM-883421 for Hussain, Zara", "a table for
/// Patel, Anjali"; not "What did you get for Christmas, Jack?"). `end_first` ends the surname,
/// before a comma. Out of line: few capitals stand before a comma.
#[inline(never)]
pub(super) fn surname_first_after_for(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    if w < 4 || !eq_ignore_case(b, w - 4, b"for ") || is_stop_word(&text[w..end_first]) {
        return None;
    }
    let end = past_given_after_comma(text, end_first);
    (end > end_first).then_some((w, end))
}

/// A name written surname first as a line of its own, its given name a common one ending the
/// line, as an answer to "What's your name?" or a form puts it: "Smith, John", "Okonjo,
/// Adaeze."; not a reply, greeting or sign-off before a given name ("Thanks, John",
/// "Lovely, Sarah", "Yes, Tom", "Morning, Priya"). `end_first` ends the surname, before a
/// comma. Out of line: few capitals open a line before a comma.
#[inline(never)]
pub(super) fn surname_first_alone(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !matches!(byte_before_spaces(b, w), None | Some(b'\n')) {
        return None;
    }
    let end = past_given_after_comma(text, end_first);
    if end == end_first || !ends_line(b, end) {
        return None;
    }
    let surname = &text[w..end_first];
    // In title case, or both in capitals as a form or caps lock writes them ("SMITH, JOHN").
    let in_capitals = |part: &str| !part.bytes().any(|c| c.is_ascii_lowercase());
    let cased = surname.len() >= 2
        && surname.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-' || c == b'\'')
        && ((surname.bytes().skip(1).any(|c| c.is_ascii_lowercase())
            && surname.bytes().filter(u8::is_ascii_uppercase).count() <= 2)
            || (in_capitals(surname) && in_capitals(&text[end_first..end])));
    let known_word = || {
        is_stop_word(surname)
            || ALONE_ON_A_LINE_SET.contains(surname)
            || GREETINGS_AND_THANKS.contains(surname)
            || SIGN_OFF_ENDS.contains(surname)
            || REPLY_LAST_WORDS.contains(surname)
            || NOT_A_SURNAME.contains(surname)
            || TERMS_OF_ADDRESS.contains(surname)
            || ORDINARY_WORDS.contains(surname)
            || is_month(surname)
            || is_day(surname)
            || names_a_place(surname)
    };
    (cased && !known_word()).then_some((w, end))
}

/// Whether the common given name at `w`, ending at `end_first`, is someone addressed before a
/// comma and a request ("Femi, can you call me?", "Priya, are you there?"); not a given name
/// that is a word or a place's too ("Florence, can you recommend a hotel?"). Asked where it
/// opens a line.
pub(super) fn given_name_addressed(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let first = &text[w..end_first];
    b.get(end_first..end_first + 2) == Some(b", ")
        && REQUESTS.iter().any(|r| eq_ignore_case(b, end_first + 2, r.as_bytes()))
        && given_name_no_word(first.as_bytes())
        && !names_a_place(first)
}

/// How a request to someone addressed opens ([`given_name_addressed`]).
const REQUESTS: [&str; 10] = [
    "can you ",
    "could you ",
    "would you ",
    "will you ",
    "are you ",
    "have you ",
    "did you ",
    "do you ",
    "please ",
    "pls ",
];

/// Whether the common given name at `w`, ending at `end_first`, is all the first line of the
/// text: a name given as an answer ("Sarah", "Priya.", "Tariq\nCan you ring me back?"); not a
/// given name that is a word or a place's too ("Victoria", "Jasmine", "Florence"). Asked where
/// a capital opens the text and no word follows on its line, or in lowercase text; the filter of
/// [`lowercase_name_in_sentence_case`](super::lowercase::lowercase_name_in_sentence_case) settles most words ("Hi!", "Thanks.") by one bit. Out of
/// line: few texts open so.
#[inline(never)]
pub(super) fn given_name_alone(text: &str, w: usize, end_first: usize) -> bool {
    let (b, first) = (text.as_bytes(), &text[w..end_first]);
    LowercaseNameFilter::get().may_hold(b, w)
        && ends_line(b, end_first)
        && given_name_no_word(first.as_bytes())
        && !names_a_place(first)
}

/// Whether the word at `w`, ending at `end`, is a common surname that is all its line: a
/// surname given as an answer ("Patel", "okafor.", "PATEL"), where the bot asked for it and no
/// cue stands; not a place's name. Out of line: asked only where a word opens a line with
/// nothing after it.
#[inline(never)]
pub(super) fn surname_alone(text: &str, w: usize, end: usize) -> bool {
    let b = text.as_bytes();
    ends_line(b, end) && is_common_surname(&text[w..end])
}

/// Whether a common given name opening lowercase text and ending at `end` has one more word
/// that ends the name at `name_end` ([`given_name`](super::lowercase::given_name)) and the line: a full name given as an
/// answer, as speech to text writes it ("sarah jones"); not a brand ("john lewis", "harry
/// potter"), a business ("maria inc"), a place ("george street") or a date ("grace may"). Out
/// of line: asked only where a given name opens lowercase text.
#[inline(never)]
pub(super) fn full_name_alone(text: &str, end: usize, name_end: usize) -> bool {
    let b = text.as_bytes();
    if name_end <= end + 2 || word_end(text, end + 1) != name_end || !ends_line(b, name_end) {
        return false;
    }
    let (first, second) = (&text[..end], &text[end + 1..name_end]);
    given_name_no_word(first.as_bytes())
        && !(is_street_type(second.as_bytes())
            || names_a_place(second)
            || names_a_place_after(first.as_bytes(), second)
            || is_month(second)
            || is_title(second)
            || ORGANISATION_SET.contains(second)
            || BRAND_SET.contains(&b[..name_end]))
}
