//! Names typed in lowercase, or written so by speech to text: after a self-introduction
//! ("hi im sarah"), read word by word in text that reads as lowercase, and in sentence case
//! where a lowercase word is a given name or a title ("My husband john will collect it").

use super::alone::{full_name_alone, given_name_alone, surname_alone};
use super::context::{
    SELDOM_PEOPLE, after_gift_opening, asked_if_spoken_to, asked_in_lowercase, copied_in, gift_recipient,
    spelled_by_a_letter,
};
use super::cues::{BEFORE_GIVEN_NAME_SET, CUE_SET, PERSON_NAMED, WEAK_CUE_SET, before_given_name, ends_with_cue};
use super::labels::{after_label_colon, after_name_part, before_on_the};
use super::lexicon::{
    GIVEN_NAMES, ends_a_name, given_name_list, given_name_no_word, is_common_surname, is_given_name, past_tense,
};
use super::look_alikes::NOT_PERSON_AFTER_GIVEN_SET;
use super::pairs::{OWNED_BY_PEOPLE_SET, joined_in_lowercase};
use super::sign_offs::{
    SIGN_OFF_WORDS, at_message_start, ends_clause, ends_line, followed_by_word, goes_on_after_reply, signs_off,
};
use super::titles::is_surname_title;
use super::{
    CUE_PUNCTUATION, CUE_WINDOW, MAX_NAME_WORD, name_words, past_particles_at, starts_address, word_after,
    word_start_before, word_start_of,
};
use crate::redact::names_again::ORDINARY_WORDS;
use crate::redact::number_words;
use crate::redact::numbers::Span;
use crate::redact::text::{
    Phrase, Window, eight_at, eq_ignore_case, leading_letters, lowercase_lanes, offset_in, possessive_stem, word_start,
};
use crate::redact::words::{WordSet, is_stop_word, set_of, word_end};
use std::ops::Range;
use std::sync::LazyLock;

/// How a self-introduction binds the name after it.
#[derive(Clone, Copy)]
enum Introduction {
    /// "i'm", "i am": any name.
    Strong,
    /// "it's": a name that ends its clause.
    Weak,
    /// "its": one given name that ends its clause.
    Its,
    /// "is": strong after "this", weak after "it", no cue after anything else.
    Is,
}

/// A name in lowercase after a self-introduction: the word at `i` is "i'm", "im", "i" (of "i
/// am"), "is" (of "this is", "it is"), "it's" or "its", in any case ("hi im sarah", "this is
/// priya patel calling", typed in lowercase or written so by speech-to-text). Case no longer
/// tells a name from a word there, so the first word must be a common given name
/// ([`GIVEN_NAMES`]); then a surname, and a second one after a middle name, unless a stop word
/// or one of [`NOT_SURNAMES`](super::lexicon::NOT_SURNAMES). After the weak "it's", "its" and "it is" the name must end its
/// clause, and after "its", mostly a possessive, no surname may follow. A capitalised name is
/// the capital's to find ([`after_cue`](super::after_cue)).
pub(crate) fn after_self_introduction(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    // One read of eight bytes; their second and third settle most words starting with "i".
    let eight = lowercase_lanes(eight_at(b, i));
    let (cue, kind) = match ((eight >> 8) as u8, (eight >> 16) as u8) {
        (b'\'', b'm') => (const { Phrase::new("i'm ") }, Introduction::Strong),
        (0xE2, 0x80) => (const { Phrase::new("i\u{2019}m ") }, Introduction::Strong),
        (b'm', b' ') => (const { Phrase::new("im ") }, Introduction::Strong),
        (b' ', b'a') => (const { Phrase::new("i am ") }, Introduction::Strong),
        (b's', b' ') => (const { Phrase::new("is ") }, Introduction::Is),
        (b't', b'\'') => (const { Phrase::new("it's ") }, Introduction::Weak),
        (b't', 0xE2) => (const { Phrase::new("it\u{2019}s ") }, Introduction::Weak),
        (b't', b's') => (const { Phrase::new("its ") }, Introduction::Its),
        _ => return None,
    };
    if !cue.starts(eight) {
        return None;
    }
    let after =
        |before: &[u8]| i.checked_sub(before.len()).is_some_and(|s| eq_ignore_case(b, s, before) && word_start(b, s));
    // Whether the name must end its clause, and how many words may follow its first.
    let (weak, more) = match kind {
        Introduction::Strong => (false, 2),
        Introduction::Weak => (true, 2),
        // "its" is mostly the possessive: "its grace period" is no name, "its ella" is.
        Introduction::Its => (true, 0),
        Introduction::Is if after(b"this ") => (false, 2),
        Introduction::Is if after(b"it ") => (true, 2),
        // "my surname is kowalski", "the surname on the booking is kowalski": any word the
        // label's cue would take, in any case.
        Introduction::Is => {
            let before_is = i.checked_sub(1)?;
            return after_name_part(text, before_is).or_else(|| after_name_part(text, before_on_the(b, before_is)?));
        }
    };
    let start = i + cue.len();
    if !b.get(start).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let first_end = word_end(text, start);
    let Some(end) = given_name(text, start, first_end, more) else {
        // "hi this is patel", "im okafor": a common surname alone, ending its clause.
        let surname = is_common_surname(&text[start..first_end]) && ends_clause(text, first_end);
        return surname.then_some((start, first_end));
    };
    (!weak || ends_clause_with_joined(text, end)).then_some((start, end))
}

/// Whether the name that ends at `end` ends its clause, or a second common given name that is
/// no word, joined by "and", does ("its lucy and tom"; not "its lucy and will", "its grace and
/// favour"): where a weak cue's name must end.
fn ends_clause_with_joined(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    let joined = || {
        b[end..].starts_with(b" and ") && {
            let second = end + " and ".len();
            let second_end = word_end(text, second);
            given_name_no_word(&b[second..second_end]) && ends_clause(text, second_end)
        }
    };
    ends_clause(text, end) || joined()
}

/// The end of a name whose first word, from `start` to `first_end`, is a common given name
/// ([`GIVEN_NAMES`], any case; "sarah's" stands for "sarah"; "kerry-ann" for two of them);
/// then up to `more` words: a surname,
/// and a second one after a middle name ("sarah jones", "mary anne smith"), unless a stop word
/// or one of [`NOT_SURNAMES`](super::lexicon::NOT_SURNAMES).
pub(crate) fn given_name(text: &str, start: usize, first_end: usize, more: usize) -> Option<usize> {
    let b = text.as_bytes();
    let first = &b[start..first_end];
    let stem = possessive_stem(first);
    let mut end = start + stem.unwrap_or(first.len());
    if end == start || !is_given_name(&b[start..end]) {
        return None;
    }
    // "my old one was ian.fletcher@example.com".
    if starts_address(b, end) {
        return None;
    }
    let mut given = stem.is_none();
    for _ in 0..more {
        if !given || b.get(end) != Some(&b' ') {
            break;
        }
        let next_end = word_end(text, end + 1);
        let word = &text[end + 1..next_end];
        if word.is_empty() || is_stop_word(word) || ends_a_name(word) || past_tense(word) {
            break;
        }
        given = GIVEN_NAMES.contains(word);
        end = next_end;
    }
    Some(end)
}

/// Whether `text` is read as written all in lowercase: its first letter is (typed in a hurry,
/// or written so by speech to text), so a name in it may be too. Placeholders start with a
/// capital, so redacted text is never read so unless the original was.
pub(crate) fn reads_as_lowercase(text: &str) -> bool {
    text.bytes().find(u8::is_ascii_alphabetic).is_some_and(|c| c.is_ascii_lowercase())
}

/// Titles before any surname in lowercase text ("mrs jones", "mrs s jones", and as speech to
/// text may write it, "can i speak to mister jones"). The others need a given name after them,
/// as any other cue does: "ms" and "miss" are words too ("i have ms", "don't miss work"), and
/// "dr" a street's ("park dr near the school"), which is a title only where it stands
/// ([`after_lowercase_doctor`]).
pub(super) const LOWERCASE_TITLES: &[&str] = &["mr", "mrs", "mx", "mister"];

/// The lengths of [`LOWERCASE_TITLES`], a bit each: most words are settled by theirs.
const LOWERCASE_TITLE_LENGTHS: u64 = {
    let mut lengths = 0;
    let mut i = 0;
    while i < LOWERCASE_TITLES.len() {
        lengths |= 1 << LOWERCASE_TITLES[i].len();
        i += 1;
    }
    lengths
};

/// Names in the part `within` of `text` that [`reads_as_lowercase`] (all of it, or a line),
/// word by word (the scan's triggers see no capitals there): a common given name
/// ([`given_name`]) after any cue of [`after_cue`](super::after_cue)'s ("call me sarah", "table for sarah", "hi
/// sarah", "my husband john"), after a weak cue if it ends its clause ("from sarah."), signing
/// off ("thanks, tom"), thanked ("cheers tom, that's sorted it"), or opening a line before
/// "here" ("sarah here"); and a surname after "mr", "mrs" or "mx" ("mrs jones", "mrs s jones").
pub(crate) fn in_lowercase_text(text: &str, within: Range<usize>, mut found: impl FnMut(Span)) {
    let b = text.as_bytes();
    let mut i = within.start;
    // Where the last name found ends.
    let mut last = None;
    while i < within.end {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let end = word_end(text, start);
        if end == start {
            // No word: past the token ("sw1a", "12").
            i += b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            continue;
        }
        i = end;
        if !b[start].is_ascii_lowercase() || !word_start(b, start) {
            continue;
        }
        // Or a given name joined to the name found before it ("kids are ruby and alfie").
        let joined = || last.and_then(|name_end| joined_in_lowercase(text, name_end, start));
        if let Some(span) = lowercase_name(text, start, end).or_else(joined) {
            found(span);
            last = Some(span.1);
            i = i.max(span.1);
        }
    }
}

/// A name written in lowercase from the word start `start` in a text that does not
/// [`reads_as_lowercase`] ("My husband john will collect it", "Please ask mrs khan to ring
/// me"): read as [`in_lowercase_text`] reads a word ([`lowercase_name`]), where the word is what
/// most of those readings start from, a common given name ([`is_given_name`], perhaps a
/// possessive) or a title of [`SENTENCE_CASE_TITLES`]; or read after the word, one of
/// [`SENTENCE_CASE_LABELS`]. Out of line: asked only where [`LowercaseNameFilter`] lets a word
/// by.
#[inline(never)]
pub(crate) fn lowercase_name_in_sentence_case(text: &str, start: usize) -> Option<Span> {
    let end = word_end(text, start);
    let word = &text.as_bytes()[start..end];
    if SENTENCE_CASE_LABELS.iter().any(|l| l.as_bytes() == word) {
        return after_label_in_sentence_case(text, end);
    }
    let stem = possessive_stem(word).unwrap_or(word.len());
    let title = || SENTENCE_CASE_TITLES.iter().any(|t| t.as_bytes() == word);
    if stem == 0 || !(is_given_name(&word[..stem]) || title()) {
        return None;
    }
    lowercase_name(text, start, end)
}

/// The words after which [`lowercase_name`] reads a name that need not be a given name: a
/// surname's label ("Last name okafor", "My maiden name was okonjo"), a booking's "under"
/// ("Booked under jones") and "called" ("My carer is called blessing").
const SENTENCE_CASE_LABELS: [&str; 4] = ["name", "surname", "under", "called"];

/// The name [`lowercase_name`] reads first in the three words after the label that ends at
/// `end` (a verb may stand between: "Surname changed to okafor"), each in lowercase after one
/// space. Out of line: asked only after a label.
#[inline(never)]
pub(super) fn after_label_in_sentence_case(text: &str, end: usize) -> Option<Span> {
    let b = text.as_bytes();
    let mut at = end;
    for _ in 0..3 {
        let start = at + 1;
        if b.get(at) != Some(&b' ') || !b.get(start).is_some_and(u8::is_ascii_lowercase) {
            return None;
        }
        at = word_end(text, start);
        if let Some(span) = lowercase_name(text, start, at) {
            return Some(span);
        }
    }
    None
}

/// The titles [`lowercase_name`] reads a name after: [`LOWERCASE_TITLES`], "dr" and "doctor"
/// where they are one ([`after_lowercase_doctor`]), and a nurse's before a surname
/// ([`surname_after_lowercase_title`]).
pub(super) const SENTENCE_CASE_TITLES: [&str; 11] =
    ["mr", "mrs", "mx", "mister", "dr", "doctor", "nurse", "matron", "midwife", "missus", "missis"];

/// A filter over the words [`lowercase_name_in_sentence_case`] reads further (the common given
/// names, [`SENTENCE_CASE_TITLES`] and [`SENTENCE_CASE_LABELS`]) by the ASCII letters they start with, up to eight: a
/// word whose bit is clear is none of them. 32,768 bits (4 KB, about one in sixteen set, built
/// on first use): most words are settled by one bit, without the given names' table.
pub(crate) struct LowercaseNameFilter([u64; 1 << (FILTER_BITS - 6)]);

/// A [`LowercaseNameFilter`] has `1 << FILTER_BITS` bits.
const FILTER_BITS: u32 = 15;

static LOWERCASE_NAME_FILTER: LazyLock<LowercaseNameFilter> = LazyLock::new(|| {
    let mut bits = [0; 1 << (FILTER_BITS - 6)];
    for word in given_name_list().chain(SENTENCE_CASE_TITLES).chain(SENTENCE_CASE_LABELS) {
        let bit = LowercaseNameFilter::bit(eight_at(word.as_bytes(), 0));
        bits[bit >> 6] |= 1 << (bit & 63);
    }
    LowercaseNameFilter(bits)
});

impl LowercaseNameFilter {
    pub(crate) fn get() -> &'static Self {
        &LOWERCASE_NAME_FILTER
    }

    /// Whether the word at `start` of `b` may be one of the filter's words.
    #[inline(always)]
    pub(crate) fn may_hold(&self, b: &[u8], start: usize) -> bool {
        let bit = Self::bit(eight_at(b, start));
        self.0[bit >> 6] >> (bit & 63) & 1 != 0
    }

    /// The bit of the word whose first eight bytes are `v`: a hash of its leading ASCII letters
    /// (up to eight) in lowercase, the lanes after them cleared.
    #[inline(always)]
    fn bit(v: u64) -> usize {
        let key = lowercase_lanes(v) & u64::MAX.checked_shr(64 - leading_letters(v) * 8).unwrap_or(0);
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - FILTER_BITS)) as usize
    }
}

/// Whether [`in_lowercase_text`] may find a name in redacted text that it did not find in the
/// original, after the placeholder starting at `placeholder`: one shorter than what it replaced
/// brings more of the text before it within a cue's reach ("thanks, ip [IP]\nella"). Only a
/// sign-off counts anywhere in that reach (the other cues stand right before the name), so
/// without one before the placeholder nothing has changed.
pub(crate) fn sign_off_before(text: &str, placeholder: usize) -> bool {
    Window::before(text.as_bytes(), placeholder, CUE_WINDOW).has_any(&SIGN_OFF_WORDS)
}

/// Whether a common given name in lowercase (perhaps a possessive) stands right before `at`,
/// one space between: the word after a given name can make it no name in lowercase text
/// ("victoria coach station"), so a placeholder there ("victoria [ADDRESS]") may change it.
pub(crate) fn given_name_before(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let Some(end) = at.checked_sub(1).filter(|&e| b[e] == b' ') else { return false };
    let in_word = |c: &&u8| c.is_ascii_alphabetic() || **c == b'\'' || **c >= 0x80;
    let start = end - b[..end].iter().rev().take(MAX_NAME_WORD + 3).take_while(in_word).count();
    let word = &b[start..end];
    let stem = possessive_stem(word).unwrap_or(word.len());
    word.first().is_some_and(u8::is_ascii_lowercase) && GIVEN_NAMES.contains(&word[..stem])
}

/// Whether the word at `start..end`, before "speaking" or "calling", is a given name that is a
/// word too ([`ORDINARY_WORDS`]) after "its", "it's" or "this is", as the writer says who they
/// are ("yeah its mark speaking"; not "its sky calling", [`SELDOM_PEOPLE`]).
fn introduced_by_word_name(b: &[u8], start: usize, end: usize) -> bool {
    let before = Window::before(b, start, 10);
    ORDINARY_WORDS.contains(&b[start..end])
        && !SELDOM_PEOPLE.contains(&b[start..end])
        && before.ends_with_any(&["its", "it's", "it\u{2019}s", "this is", "it is"], b"").is_some()
}

/// Thanks right before a name that ends its clause or goes on to what it says: "cheers tom,
/// that's sorted it", "thank you so much emma you've been great".
const THANKS: &[&str] = &["thanks", "thank you", "cheers", "ta", "thx", "ty", "so much", "very much"];

/// [`in_lowercase_text`] at the word from `start` to `end`.
fn lowercase_name(text: &str, start: usize, end: usize) -> Option<Span> {
    let b = text.as_bytes();
    if LOWERCASE_TITLE_LENGTHS >> (end - start).min(63) & 1 != 0
        && LOWERCASE_TITLES.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(&b[start..end]))
    {
        return after_lowercase_title(text, end);
    }
    if b[start..end].eq_ignore_ascii_case(b"dr") || b[start..end].eq_ignore_ascii_case(b"doctor") {
        return after_lowercase_doctor(text, start, end);
    }
    if b[..start].ends_with(b"under ")
        && let Some(span) = under_a_booking(text, start)
    {
        return Some(span);
    }
    // A surname after its label, or any name after "called": the last two letters before the
    // space settle most words, and say which to ask.
    let last_two = if start >= 3 && b[start - 1] == b' ' { [b[start - 3] | 0x20, b[start - 2] | 0x20] } else { [0; 2] };
    let found = match last_two {
        [b'e', b'd'] => called_by_name(text, start),
        _ if may_end_surname_label(last_two) => after_surname_label(text, start),
        _ => None,
    };
    if found.is_some() {
        return found;
    }
    // Any word told apart by a letter: "its thompson with a p".
    if b[end..].starts_with(b" with") && spelled_by_a_letter(text, start, end) {
        return Some((start, end));
    }
    if start == 0 && surname_alone(text, start, end) {
        return Some((start, end));
    }
    // "its mark speaking", "this is dawn calling": a given name that is a word, the writer's.
    if (b[end..].starts_with(b" speaking") || b[end..].starts_with(b" calling"))
        && introduced_by_word_name(b, start, end)
    {
        return Some((start, end));
    }
    // No given name: perhaps a nurse's title ("i saw nurse jones", "it's missus patel"), settled
    // for most words by their length and first letter ("doctor" was read above).
    let Some(name_end) = given_name(text, start, end, 2) else {
        let nurse = matches!((end - start, b[start]), (5, b'n') | (6 | 7, b'm'));
        return if nurse { surname_after_lowercase_title(text, start, end) } else { None };
    };
    // "sarah" or "sarah jones", all the first line: a name given as an answer.
    if start == 0 && (given_name_alone(text, start, end) || full_name_alone(text, end, name_end)) {
        return Some((start, name_end));
    }
    let window = Window::before(b, start, CUE_WINDOW);
    let next = word_after(text, end);
    // A person's, whatever follows: after a label's colon ("passenger: amy hall") or a cue
    // before a person ("my wife is amy hall", "i've copied in femi").
    let copied = || b[..start].ends_with(b" in ") && copied_in(b, start, &text[start..end]);
    if after_label_colon(text, start, &window) || before_given_name(&window, next) || copied() {
        return Some((start, name_end));
    }
    let cue = || ends_with_cue(&window);
    // "with victoria coach station", "is there a grace period": as with capitals; but someone of
    // the writer's is a person whatever follows ("my son jack ward", "my friend grace hall").
    if NOT_PERSON_AFTER_GIVEN_SET.contains(next) && !(cue() && someone_of_the_writers(b, &window)) {
        // But "can rashida ring me back".
        return asked_in_lowercase(text, start, name_end).then_some((start, name_end));
    }
    // "its sarah", "it's lauren's dad": the name's "'s" ([`given_name`] ends it before) and what
    // only a person has.
    let owned = || name_end < end && OWNED_BY_PEOPLE_SET.contains(word_after(text, end));
    let weak = || {
        window.ends_with_phrase_in(&WEAK_CUE_SET, CUE_PUNCTUATION)
            && (ends_clause_with_joined(text, name_end) || owned())
    };
    let sign_off = || signs_off(b, &window, name_end, true);
    // "thanks emma you've been great", "thank you so much josh for sorting it".
    let thanked = || {
        window.ends_with_any(THANKS, CUE_PUNCTUATION).is_some()
            && (ends_clause(text, name_end) || goes_on_after_reply(text, name_end))
    };
    let introduces = || followed_by_word(text, name_end, "here") && at_message_start(b, start);
    // After a request's last word and a comma, ending the line: the writer signing, or the
    // agent addressed ("any update please, sarah", "hey its me again, tom").
    let after_request = || {
        b[..start].ends_with(b", ")
            && window.ends_with_any(&["please", "pls", "plz", "again", "asap"], b", ").is_some()
            && ends_line(b, name_end)
    };
    // Joined to the writer: "me and john are coming", "me n jack", "me & jack", "sarah and i
    // will be late".
    let writer_after = |joint: &[u8]| {
        eq_ignore_case(b, name_end, joint)
            && !b.get(name_end + joint.len()).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'\'')
    };
    let writer_before = |joint: &[u8]| {
        start >= joint.len() && eq_ignore_case(b, start - joint.len(), joint) && word_start(b, start - joint.len())
    };
    let with_writer = || {
        writer_before(b"me and ")
            || writer_before(b"me n ")
            || writer_before(b"me & ")
            || writer_after(b" and i")
            || writer_after(b" and me")
    };
    // "it's in my husband's, dean": whose it is, the name ending its clause.
    let whose = || writers_possessive_before(b, start) && ends_clause(text, name_end);
    (cue()
        || weak()
        || whose()
        || sign_off()
        || thanked()
        || introduces()
        || after_request()
        || with_writer()
        || asked_if_spoken_to(text, start, name_end)
        || (after_gift_opening(b, start) && gift_recipient(text, start, name_end))
        || asked_in_lowercase(text, start, name_end))
    .then_some((start, name_end))
}

/// What a booking is made under, before "under " ending at `start`: the name a transcript gives
/// in lowercase, any word but a stop word or what else things are under ("booked under
/// thompson", "the reservation is under sarah jones", "a table for 4 under jones"; not "booked
/// under review").
pub(super) fn under_a_booking(text: &str, start: usize) -> Option<Span> {
    let b = text.as_bytes();
    let word = &text[start..word_end(text, start)];
    if !booked_before(b, start - "under ".len())
        || is_stop_word(word)
        || NOT_BOOKED_UNDER.iter().any(|w| word.eq_ignore_ascii_case(w))
    {
        return None;
    }
    name_words(text, start, true).map(|end| (start, end))
}

/// Whether a booking ([`BOOKINGS`]) ends at `at`, perhaps with the party it is for after it:
/// "booked", "the reservation is", "a table for 4".
pub(super) fn booked_before(b: &[u8], at: usize) -> bool {
    let booked = |end: usize| Window::before(b, end, 24).ends_with_phrase_in(&BOOKINGS, b"");
    booked(at) || for_a_party(b, at).is_some_and(booked)
}

/// A surname after its label in lowercase text with no colon or "is" between, as a form is
/// answered aloud or in a hurry ("surname adeyemi", "last name jones, first name tunde",
/// "maiden name smith", "surname - de souza"), or after what it was or became ("my surname was
/// smith", "my surname used to be smith", "surname changed to okafor"): any word but a stop
/// word, a past tense or what a label is said of ("surname please", "the last name field",
/// "surname spelt wrong"), and the particles before it. Out of line: [`lowercase_name`] asks
/// only where the label's last two letters stand.
#[inline(never)]
fn after_surname_label(text: &str, start: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !SURNAME_LABEL_ENDS.iter().any(|e| start > e.len() && eq_ignore_case(b, start - 1 - e.len(), e)) {
        return None;
    }
    let mut label_end = b[..start].iter().rposition(|c| !matches!(c, b' ' | b'-')).map_or(0, |p| p + 1);
    let ends = |end: usize, with: &[u8]| end >= with.len() && b[end - with.len()..end].eq_ignore_ascii_case(with);
    if let Some(verb) = [&b" was"[..], b" used to be", b" changed to", b"'s"].into_iter().find(|v| ends(label_end, v)) {
        label_end -= verb.len();
    }
    if label_end == start || !ends(label_end, b"name") {
        return None;
    }
    if !Window::before(b, label_end, 24).ends_with_phrase_in(&SURNAME_LABELS, b"") {
        return None;
    }
    let first = past_particles_at(text, start);
    let end = word_end(text, first);
    let word = &text[first..end];
    if end == first || is_stop_word(word) || past_tense(word) || NOT_A_SURNAME.contains(word) {
        return None;
    }
    Some((start, end))
}

/// A name in lowercase text after "called " ending at `start`, where a person is called so: the
/// writer ("i'm called precious"), someone met ("a lady called blessing"), or someone of the
/// writer's ("my carer is called blessing", "my son's called tiwa"): any words a name's cue
/// takes, which a common given name need not be; not a pet or a thing ("my dog is called
/// biscuit", "my business is called bloom").
#[inline(never)]
fn called_by_name(text: &str, start: usize) -> Option<Span> {
    let b = text.as_bytes();
    let called =
        start.checked_sub("called ".len()).filter(|&c| eq_ignore_case(b, c, b"called ") && word_start(b, c))?;
    let before = called.checked_sub(1).filter(|&s| b[s] == b' ')?;
    if !(Window::before(b, before, 24).ends_with_phrase_in(&CALLED_PEOPLE, b"") || someone_of_the_writers_is(b, before))
    {
        return None;
    }
    let word = &text[start..word_end(text, start)];
    // "someone called claiming to be from the bank": phoned, doing something; but "Blessing",
    // a given name that is a word too, and none of the common ones.
    let doing = word.len() >= 5 && word.ends_with("ing") && !word.eq_ignore_ascii_case("blessing");
    if doing || CALLED_AWAY.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return None;
    }
    name_words(text, start, true).map(|end| (start, end))
}

/// What a person is called that is no name: called up, away, names ("my son was called up for
/// the team", "my son was called names at school").
const CALLED_AWAY: [&str; 16] = [
    "up",
    "out",
    "off",
    "away",
    "over",
    "round",
    "around",
    "down",
    "back",
    "home",
    "names",
    "urgently",
    "today",
    "tomorrow",
    "yesterday",
    "again",
];

/// Who is called by name before "called": the writer, and the words for a person of
/// [`PERSON_NAMED`].
static CALLED_PEOPLE: WordSet = WordSet::new(|| {
    let people = PERSON_NAMED.iter().filter_map(|cue| cue.strip_suffix(" named"));
    set_of(people.chain(["i'm", "im", "i am"]))
});

/// Whether someone of the writer's ([`writers_person_ends`]) and "is", "was" or "'s" end at
/// `end`: "my carer is", "our son was", "my sister's", "my social worker is".
pub(super) fn someone_of_the_writers_is(b: &[u8], end: usize) -> bool {
    [&b" is"[..], b" was", b"'s", "\u{2019}s".as_bytes()]
        .into_iter()
        .find(|is| b[..end].ends_with(is))
        .is_some_and(|is| writers_person_ends(b, end - is.len()))
}

/// Whether someone of the writer's, their possessive with or without its apostrophe and a
/// comma end at `start`: whose something is, before their name ("it's in my husband's, dean",
/// "the account is my wifes, tracy").
fn writers_possessive_before(b: &[u8], start: usize) -> bool {
    let Some(comma) = start.checked_sub(2).filter(|&c| &b[c..start] == b", ") else { return false };
    let Some(suffix) = [&b"'s"[..], "\u{2019}s".as_bytes(), b"s"].into_iter().find(|s| b[..comma].ends_with(s)) else {
        return false;
    };
    let person_end = comma - suffix.len();
    // The owner one or two words before settles most words first ("yes, will", "thanks, tom").
    owned_before(b, word_start_of(b, person_end)) && writers_person_ends(b, person_end)
}

/// Whether "my", "our", "his" or "her" stands one or two words before the word at `start` ("my
/// carer", "our new carer").
pub(super) fn owned_before(b: &[u8], start: usize) -> bool {
    let owner = |start: usize| Window::before(b, start, 8).ends_with_any(&["my", "our", "his", "her"], b"").is_some();
    owner(start) || word_start_before(b, start).is_some_and(owner)
}

/// Whether someone of the writer's ends at `word_end`: a cue for a person of
/// [`CUES`](super::cues::CUES) or before a given name, of up to three words, after "my", "our",
/// "his" or "her", perhaps one word between ("my estate agent", "our new carer").
fn writers_person_ends(b: &[u8], word_end: usize) -> bool {
    let person = Window::before(b, word_end, 32);
    let Some(back) =
        person.phrase_back_from_end(&CUE_SET, b"").or_else(|| person.phrase_back_from_end(&BEFORE_GIVEN_NAME_SET, b""))
    else {
        return false;
    };
    let person_start = word_end - back;
    // The cue may hold the owner itself ("my solicitor").
    let cue_owned = || {
        b[person_start..word_end].iter().position(|c| *c == b' ').is_some_and(|p| owned_before(b, person_start + p + 1))
    };
    owned_before(b, person_start) || cue_owned()
}

/// How the words before a surname that [`after_surname_label`] reads end (any case).
pub(super) const SURNAME_LABEL_ENDS: [&[u8]; 6] = [b"name", b"name's", b"was", b"to be", b"ged to", b"-"];

/// Whether the last two bytes before a word's space (in lowercase) may end one of
/// [`SURNAME_LABEL_ENDS`]: where [`lowercase_name`] asks [`after_surname_label`].
pub(super) fn may_end_surname_label(last_two: [u8; 2]) -> bool {
    matches!(last_two, [b'm' | b'b', b'e'] | [b'a' | b'\'', b's'] | [b't', b'o'] | [_, b'-'])
}

/// The labels before a surname that [`after_surname_label`] reads.
static SURNAME_LABELS: WordSet = WordSet::new(|| set_of(["surname", "last name", "family name", "maiden name"]));

/// What a surname's label is said of rather than followed by its surname: a form's parts,
/// spellings and changes ("the surname field", "last name first", "surname box").
pub(super) static NOT_A_SURNAME: WordSet = WordSet::new(|| {
    set_of([
        "field", "box", "section", "label", "change", "changes", "check", "first", "last", "match", "matches",
        "mismatch", "order", "instead", "appears", "shows", "says", "needs", "must", "cannot", "doesnt", "isnt",
        "initial", "initials", "used", "then", "spelling", "twice", "details", "search", "lookup", "please", "thanks",
        "ok", "okay", "yes", "no", "pls", "plz", "mate", "fine", "sorted", "done",
    ])
});

/// What stands before "under" and the name a booking is made under.
static BOOKINGS: WordSet = WordSet::new(|| {
    set_of([
        "booked",
        "booking",
        "booking is",
        "booking's",
        "reservation",
        "reservation is",
        "reservation's",
        "reserved",
        "table",
        "table is",
        "table's",
        "book it",
        "booked it",
        "reserve it",
        "reserved it",
        "book us in",
        "booked us in",
    ])
});

/// Where " for" and the size of a party start, the party ending one space before `at` ("table|
/// for 4 ", "a booking| for two people ", "reservation| for 6 adults ").
fn for_a_party(b: &[u8], at: usize) -> Option<usize> {
    let word_before = |end: usize| end - b[..end].iter().rev().take_while(|c| c.is_ascii_alphanumeric()).count();
    let mut end = at.checked_sub(1).filter(|&e| b[e] == b' ')?;
    let mut start = word_before(end);
    if PARTY_WORDS.iter().any(|w| b[start..end].eq_ignore_ascii_case(w.as_bytes())) {
        end = start.checked_sub(1).filter(|&s| b[s] == b' ')?;
        start = word_before(end);
    }
    let count = &b[start..end];
    let counted = (1..=2).contains(&count.len()) && count.iter().all(u8::is_ascii_digit)
        || number_words::number_at(b, start).is_some_and(|(_, e)| e == end);
    let for_start = start.checked_sub(5).filter(|&s| eq_ignore_case(b, s, b" for "))?;
    counted.then_some(for_start)
}

/// Who a party is counted in ("a table for 6 people").
const PARTY_WORDS: [&str; 4] = ["people", "persons", "guests", "adults"];

/// What else a booking may be under.
const NOT_BOOKED_UNDER: [&str; 7] = ["review", "offer", "warranty", "guarantee", "contract", "age", "way"];

/// Whether the cue that `window` (of `b`) ends with is "my" or "our" and one word ("my son",
/// "our accountant"): someone of the writer's.
fn someone_of_the_writers(b: &[u8], window: &Window<'_>) -> bool {
    let last = window.last_word(CUE_PUNCTUATION);
    let last_start = offset_in(b, last);
    Window::before(b, last_start, 8).ends_with_any(&["my", "our"], b"").is_some()
}

/// A surname (with an initial before it) after the title that ends at `title_end`: its span.
fn after_lowercase_title(text: &str, title_end: usize) -> Option<Span> {
    let b = text.as_bytes();
    let mut start = title_end + usize::from(b.get(title_end) == Some(&b'.'));
    if b.get(start) != Some(&b' ') {
        return None;
    }
    start += 1;
    let mut word = start;
    // An initial: "mrs s jones".
    if b.get(word).is_some_and(u8::is_ascii_alphabetic) && b.get(word + 1) == Some(&b' ') {
        word += 2;
    }
    // Without a possessive's "'s" ("mrs shah's daughter").
    let whole = word_end(text, word);
    let end = word + possessive_stem(&b[word..whole]).unwrap_or(whole - word);
    if end == word || is_stop_word(&text[word..end]) {
        return None;
    }
    // A given name first, and the surname after it, whatever it is after a title ("mrs edith
    // clarke", "mrs grace hall"); after a given name that is a word too, not what she does ("mrs
    // olive brown", but "mrs rose said").
    let given = || GIVEN_NAMES.contains(&b[word..end]);
    let word_name = || ORDINARY_WORDS.contains(&b[word..end]);
    if end == whole && b.get(end) == Some(&b' ') && (given() || word_name()) {
        let next = word_after(text, end);
        let stem = possessive_stem(next.as_bytes()).unwrap_or(next.len());
        let surname = &next[..stem];
        let read_as_surname = || {
            given()
                || !(ends_a_name(surname) || past_tense(surname) || number_words::is_number_word(surname.as_bytes()))
        };
        if stem > 0 && !is_stop_word(surname) && read_as_surname() {
            return Some((start, end + 1 + stem));
        }
    }
    Some((start, end))
}

/// A surname after "dr" in lowercase ("put me through to dr patel", "is dr okafor in today",
/// "dr. s jones"): "dr" is a title only first in its clause or after a word that goes before a
/// person ([`BEFORE_A_DOCTOR`]); after its street's name it is a drive ("12 oak dr leeds"),
/// after "the", "my" or "a" the doctor unnamed ("the dr said", "my dr thinks"). Nor is the
/// word after it what a doctor has or does ("dr appointment", "dr said"). "doctor" only after
/// such a word ("tell doctor evans i called"; not "doctor told me to rest"), or before a common
/// surname ([`surname_after_lowercase_title`]).
fn after_lowercase_doctor(text: &str, start: usize, end: usize) -> Option<Span> {
    // "doctor patel said": a common surname after it wherever it stands.
    if let Some(span) = surname_after_lowercase_title(text, start, end) {
        return Some(span);
    }
    let b = text.as_bytes();
    let before = word_start_before(b, start).map_or(&b""[..], |p| &b[p..start - 1]);
    // "is that dr adeyemi", "its dr okafor calling": a common surname only ("on that dr near
    // the park").
    if before.eq_ignore_ascii_case(b"that") || before.eq_ignore_ascii_case(b"its") {
        return common_surname_after(text, end);
    }
    let first =
        end - start == 2 && (start == 0 || matches!(b[start - 1], b'\n' | b',' | b'.' | b'!' | b'?' | b':' | b'('));
    if !(first
        || (start > 0
            && b[start - 1] == b' '
            && BEFORE_A_DOCTOR.iter().any(|w| before.eq_ignore_ascii_case(w.as_bytes()))))
    {
        return None;
    }
    let span = after_lowercase_title(text, end)?;
    let name = &b[span.0..span.1];
    (!NOT_A_DOCTORS_NAME.iter().any(|w| name.eq_ignore_ascii_case(w.as_bytes())) && !name.ends_with(b"ing"))
        .then_some(span)
}

/// A common surname ([`SURNAMES`](super::lexicon::SURNAMES)) after one of [`SURNAME_TITLES`](super::titles::SURNAME_TITLES) at `start..end` in lowercase,
/// as speech to text and hurried typing write them ("doctor patel said i need bloods", "i saw
/// nurse jones"); not a word ("doctor who", "nurse practitioner").
fn surname_after_lowercase_title(text: &str, start: usize, end: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !b.get(end + 1).is_some_and(u8::is_ascii_lowercase) || !is_surname_title(&b[start..end]) {
        return None;
    }
    common_surname_after(text, end)
}

/// A common surname ([`SURNAMES`](super::lexicon::SURNAMES)) after a space at `end`.
fn common_surname_after(text: &str, end: usize) -> Option<Span> {
    if text.as_bytes().get(end) != Some(&b' ') {
        return None;
    }
    let name_end = word_end(text, end + 1);
    is_common_surname(&text[end + 1..name_end]).then_some((end + 1, name_end))
}

/// Words before "dr" as a title in lowercase ([`after_lowercase_doctor`]).
const BEFORE_A_DOCTOR: &[&str] = &[
    "to",
    "with",
    "see",
    "saw",
    "seeing",
    "seen",
    "is",
    "was",
    "for",
    "from",
    "ask",
    "asked",
    "call",
    "ring",
    "speak",
    "book",
    "booked",
    "and",
    "or",
    "named",
    "called",
    "by",
    "thank",
    "thanks",
    "tell",
    "told",
    "let",
    "contact",
    "contacted",
    "email",
    "emailed",
    "message",
    "phone",
    "phoned",
    "meet",
    "met",
    "remind",
    "dear",
    "under",
    "referred",
];

/// What follows "dr" in lowercase that is no name ([`after_lowercase_doctor`]).
const NOT_A_DOCTORS_NAME: &[&str] = &[
    "appointment",
    "appointments",
    "appt",
    "surgery",
    "note",
    "notes",
    "letter",
    "visit",
    "office",
    "said",
    "says",
    "thinks",
    "wants",
    "gave",
    "reckons",
    "who",
    "who's",
    "or",
    "like",
    "asap",
];
