//! A form's labels and what follows them: "Name:", "Guests:", "From: ... `<address>`", a
//! quoted reply's "On 3 Mar, Wren Ashdown wrote:", and the words after "name" or "surname".

use super::cues::PERSON_NAMED_SET;
use super::lexicon::{GIVEN_NAMES, ends_a_name, is_common_surname};
use super::shouted::{is_given_name_in_any_accent, shouted_at};
use super::sign_offs::ends_clause;
use super::titles::is_title;
use super::{name_words, starts_address, word_start_of};
use crate::redact::numbers::Span;
use crate::redact::spelled_out;
use crate::redact::text::{Window, eq_ignore_case, word_start};
use crate::redact::transcript;
use crate::redact::words::{WordSet, capitalised, is_month, is_stop_word, set_of, word_end};

/// Labels of a form or a pasted record, cues only with their colon ("Account holder: Jean
/// Smith", "Patient: Jean Smith"; but "Customer Services", "Patient Transport").
pub(super) const LABELS: &[&str] = &[
    "account holder",
    "holder",
    "cardholder",
    "card holder",
    "patient",
    "customer",
    "passenger",
    "passengers",
    "lead passenger",
    "guest",
    "guests",
    "lead guest",
    "client",
    "payee",
    "recipient",
    "applicant",
    "resident",
    "student",
    "pupil",
    "child",
    "children",
    "adult",
    "adults",
    "kids",
    "infant",
    "infants",
    "attendee",
    "attendees",
    "member",
    "traveller",
    "travellers",
    "driver",
    "owner",
    "caller",
    "order for",
    "attention",
    "booked by",
    "ordered by",
    "requested by",
    "submitted by",
    "completed by",
    "prepared by",
    "authorised by",
    "approved by",
    "policyholder",
    "policy holder",
    "beneficiary",
    "executor",
    "claimant",
    "guardian",
    "spouse",
    "dependant",
    "sender",
    "consignee",
    "employee",
    "next of kin",
    "emergency contact",
    "contact name",
    "tenant",
    // The plurals of the roles above, before a list of people ("Tenants: A. Morris and B. Kaur").
    "tenants",
    "occupant",
    "occupants",
    "residents",
    "applicants",
    "members",
    "drivers",
    "named driver",
    "named drivers",
    "account holders",
    "joint account holders",
    "policyholders",
    "beneficiaries",
    "executors",
    "guarantors",
    "patients",
    "pupils",
    "students",
    "recipients",
    "lead booker",
    "deceased",
    "carer",
    "signature",
    // Labels a company never stands after ("Seller:", "Respondent:" and "Trustee:" may).
    "witness",
    "witnesses",
    "complainant",
    "guarantor",
    "referee",
    "parent",
    "parents",
    "participant",
    "volunteer",
    "nominee",
    "interviewee",
    "borrower",
    "signatory",
];

static LABEL_SET: WordSet = WordSet::new(|| set_of(LABELS.iter().copied()));

/// Whether a label of [`LABELS`] and its colon stand right before `w` (`window` ending there):
/// "passenger: amy hall", "POLICYHOLDER: JAN KOWALSKI". A role that a transcript labels its
/// speakers with too ("Customer:", "Caller:") takes a common given name, or a name of two
/// words or more outside a transcript: in one the label names the speaker, not the turn's
/// first word ("Agent: How can I help?\nCustomer: Brilliant"; "Customer: Jean Smith" is a
/// form's, "Customer: Brilliant service" a review's).
pub(super) fn after_label_colon(text: &str, w: usize, window: &Window<'_>) -> bool {
    let b = text.as_bytes();
    if !(label_colon_before(b, w) && window.ends_with_phrase_in(&LABEL_SET, b":")) {
        return false;
    }
    let first_end = word_end(text, w);
    // "Jean Smith", "Smith, John".
    let words = || name_words(text, w, false).is_some_and(|end| past_given_after_comma(text, end) > first_end);
    let given = || is_given_name_in_any_accent(&b[w..first_end]);
    // A sentence after the label, one capitalised word and a lowercase one: "Driver: Leave
    // parcels at reception", "Passenger: Wheelchair assistance needed"; but "Payee: Boateng
    // ref rent". In capitals, any words but a surname ("DRIVERS: LEAVE PARCELS AT RECEPTION";
    // "TENANT: KOWALSKI").
    let sentence = || {
        let surname = || is_common_surname(&text[w..first_end]);
        if shouted_at(b, w) {
            return !surname()
                && !name_words(text, w, false).is_some_and(|end| is_common_surname(&text[word_start_of(b, end)..end]));
        }
        b.get(first_end) == Some(&b' ')
            && b.get(first_end + 1).is_some_and(u8::is_ascii_lowercase)
            && !words()
            && !surname()
    };
    if !transcript::is_role_forms_use_too(window.last_word(b":")) {
        return given() || !sentence();
    }
    given() || (words() && !transcript::speaker_label_before(text, w))
}

/// Whether one colon ends the text before `w`, past spaces: a label's, not a path's
/// ("signature::Verifier" in pasted code).
fn label_colon_before(b: &[u8], w: usize) -> bool {
    let before = b[..w].trim_ascii_end();
    before.ends_with(b":") && !before.ends_with(b"::")
}

/// A name after the word "name" at `n` ("my name is sarah jones", "Name: Sarah", "in the name of
/// Patel", "the name on the account is priya patel", "booked under the name patel"), in any case;
/// or after "named" ([`after_person_named`]).
pub(crate) fn after_name_word(text: &str, n: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !eq_ignore_case(b, n, b"name") || !word_start(b, n) {
        return None;
    }
    if eq_ignore_case(b, n + 4, b"d ") {
        return after_person_named(text, n);
    }
    after_label(text, n)
}

/// A name in any case after "named" at `n` and a word for a person before it ([`PERSON_NAMED`](super::cues::PERSON_NAMED):
/// "a guy named tarquin helped", "someone named zebedee okoro rang"), as after "my name is".
fn after_person_named(text: &str, n: usize) -> Option<Span> {
    let i = n + "named ".len();
    if !Window::before(text.as_bytes(), n + "named".len(), 24).ends_with_phrase_in(&PERSON_NAMED_SET, b"") {
        return None;
    }
    name_words(text, i, true).map(|end| (i, end))
}

/// A name after "surname" or "forename" ending at `label_end`, found from the "is" or ":" that
/// follows it ("my surname is kowalski", "Surname: kowalski", in any case): the label's own
/// "name" starts no word, so no trigger sees it.
/// A name found from the colon at `colon`: after "surname" or "forename" ([`after_name_part`]),
/// before "wrote:" ([`before_wrote`]), or after an email's "From:" ([`mail_sender`]). Out of
/// line: colons are rare, and the scan's dispatch is at its inlining limit.
#[inline(never)]
pub(crate) fn at_colon(text: &str, colon: usize) -> Option<Span> {
    after_name_part(text, colon)
        .or_else(|| before_wrote(text, colon))
        .or_else(|| mail_sender(text, colon))
        .or_else(|| transcript::name_at_label(text, colon))
}

/// The name of a quoted email's writer before "wrote:" ending at `colon`, perhaps with their
/// address in angle brackets between ("On 3 Mar, Wren Ashdown wrote:", "Wren Ashdown
/// <wren@example.com> wrote:"): one to three capitalised words, none a stop word, month or day.
fn before_wrote(text: &str, colon: usize) -> Option<Span> {
    let b = text.as_bytes();
    let wrote = colon.checked_sub(6).filter(|&s| eq_ignore_case(b, s, b" wrote"))?;
    // Back over an address in angle brackets.
    let mut end = wrote;
    if end > 0 && b[end - 1] == b'>' {
        let open = b[..end].iter().rposition(|c| *c == b'<').filter(|&o| o > 0 && b[o - 1] == b' ')?;
        end = open - 1;
    }
    let in_word = |c: &&u8| c.is_ascii_alphabetic() || matches!(c, b'-' | b'\'') || **c >= 0x80;
    let (mut start, mut cursor) = (end, end);
    for _ in 0..3 {
        let word_start = cursor - b[..cursor].iter().rev().take_while(in_word).count();
        let word = &text[word_start..cursor];
        if word_start == cursor
            || (word_start > 0 && b[word_start - 1].is_ascii_digit())
            || !capitalised(text, word_start)
            || is_stop_word(word)
            || is_month(word)
            || is_day_abbreviation(word)
        {
            break;
        }
        start = word_start;
        if word_start == 0 || b[word_start - 1] != b' ' {
            break;
        }
        cursor = word_start - 1;
    }
    (start < end).then_some((start, end))
}

/// Days as an email's reply header abbreviates them ("On Tue, 3 Mar 2026").
fn is_day_abbreviation(word: &str) -> bool {
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// The sender's name after an email's "From:" header ending at `colon`, where the header starts
/// its line and the address follows the name in angle brackets ("From: Tarquin Fotheringham
/// <t.f@example.com>"), or the next line is another of an email's headers ("Sent:", "Date:";
/// not "To:", which a journey's "From: Newquay" has too).
fn mail_sender(text: &str, colon: usize) -> Option<Span> {
    let b = text.as_bytes();
    colon.checked_sub(4).filter(|&s| eq_ignore_case(b, s, b"from") && (s == 0 || b[s - 1] == b'\n'))?;
    let start = colon + 1 + b[colon + 1..].iter().take_while(|c| **c == b' ').count();
    if start == colon + 1 || !capitalised(text, start) || is_stop_word(&text[start..word_end(text, start)]) {
        return None;
    }
    let end = name_words(text, start, false)?;
    let next_line_is_header = || {
        let rest = &b[end..];
        let line = rest.strip_prefix(b"\r\n").or_else(|| rest.strip_prefix(b"\n"));
        line.is_some_and(|l| {
            [&b"sent:"[..], b"date:"].iter().any(|h| l.len() >= h.len() && l[..h.len()].eq_ignore_ascii_case(h))
        })
    };
    (b[end..].starts_with(b" <") || next_line_is_header()).then_some((start, end))
}

pub(super) fn after_name_part(text: &str, label_end: usize) -> Option<Span> {
    let b = text.as_bytes();
    let n = label_end.checked_sub(4)?;
    let part = |p: &[u8]| n.checked_sub(p.len()).is_some_and(|s| eq_ignore_case(b, s, p) && word_start(b, s));
    if !eq_ignore_case(b, n, b"name") || !(part(b"sur") || part(b"fore")) {
        return None;
    }
    after_label(text, n)
}

/// A name after the label whose "name" starts at `n` ("name", "surname"), where a cue follows it.
fn after_label(text: &str, n: usize) -> Option<Span> {
    let b = text.as_bytes();
    let after = n + 4;
    // "under the name (of) patel", "in the name of hughes": a voice transcript's lowercase name
    // too.
    let under = n >= 10 && eq_ignore_case(b, n - 10, b"under the ");
    let in_the = n >= 7 && eq_ignore_case(b, n - 7, b"in the ");
    // "in the names of peter and susan hale".
    let cues =
        [&b"'s "[..], "\u{2019}s ".as_bytes(), b"s of ", b"s ", b" is ", b" of ", b": ", b":", b" - ", b" = ", b"? "];
    // A form's leader of dots ("NAME......Li Wei", "Name ..... Li Wei").
    let leader = || {
        let spaced = after + usize::from(b.get(after) == Some(&b' '));
        let dots = b[spaced.min(b.len())..].iter().take_while(|c| **c == b'.').count();
        (dots >= 2).then_some(spaced + dots)
    };
    let (mut i, of) = match (on_the_thing_is(b, after), cues.into_iter().find(|cue| eq_ignore_case(b, after, cue))) {
        (Some(i), _) => (i, false),
        (None, Some(cue)) => (after + cue.len(), cue.ends_with(b" of ")),
        (None, None) if let Some(i) = leader() => (i, false),
        (None, None) if under && b.get(after) == Some(&b' ') => (after + 1, false),
        (None, None) => return None,
    };
    let past_spaces = |at: usize| at + b[at.min(b.len())..].iter().take_while(|c| **c == b' ').count();
    i = past_spaces(i);
    // "Name: Mr A Khan": the name after its title, which is none ("Name: Mr [NAME]" when
    // redacted text is read again).
    let title_end = word_end(text, i);
    if is_title(&text[i..title_end]) {
        i = past_spaces(title_end + usize::from(b.get(title_end) == Some(&b'.')));
    }
    if i >= b.len() || !text[i..].chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    // "the name of person collecting": after "of", only a capitalised name, unless "under" or
    // "in the" stand before.
    if of && !(under || in_the) && !capitalised(text, i) {
        return None;
    }
    // "Name for the order? Brooke", "His name? Dmitri I think": a question's answer, a
    // capitalised given name or common surname ("Can I change the name? Booking ref 55").
    if b[..i].trim_ascii_end().ends_with(b"?") {
        let first = &text[i..word_end(text, i)];
        if !capitalised(text, i) || !(is_given_name_in_any_accent(first.as_bytes()) || is_common_surname(first)) {
            return None;
        }
    }
    // "Name: A Khan": an initial that is also a word, before a capitalised name.
    let initial = matches!(b[i], b'A' | b'I')
        && b.get(i + 1) == Some(&b' ')
        && capitalised(text, i + 2)
        && !ends_a_name(&text[i + 2..word_end(text, i + 2)]);
    // "the name is wrong on my booking": a stop word after the cue is no name.
    let end = name_words(text, if initial { i + 2 } else { i }, true)?;
    // A spelling read as a hyphenated word, with the word it spells after it ("Surname is
    // B-E-G-U-M Begum").
    let spelled = || spelled_out::word_spelled_after(b, i, end);
    let end = if b.get(i + 1) == Some(&b'-') { spelled().unwrap_or(end) } else { end };
    Some((i, past_given_after_comma(text, end)))
}

/// Past a common given name after a comma that ends its clause, as forms and records put it
/// after the surname ("Name: Smith, John", "Patient: Okafor, Grace."): where the name then
/// ends; `end` itself otherwise.
pub(super) fn past_given_after_comma(text: &str, end: usize) -> usize {
    let b = text.as_bytes();
    if b.get(end) != Some(&b',') || b.get(end + 1) != Some(&b' ') {
        return end;
    }
    let (start, given_end) = (end + 2, word_end(text, end + 2));
    let given = given_end > start
        && capitalised(text, start)
        && GIVEN_NAMES.contains(&b[start..given_end])
        && ends_clause(text, given_end)
        // Not the start of an email address ("HANNAH LEE, HANNAH.LEE@EXAMPLE.COM").
        && !starts_address(b, given_end);
    if given { given_end } else { end }
}

/// Where " on the <one word>" ends at `end`: where it starts ("surname| on the booking"). The
/// word itself is [`on_the_thing_is`]'s to check.
pub(super) fn before_on_the(b: &[u8], end: usize) -> Option<usize> {
    let thing = word_start_of(b, end);
    let start = thing.checked_sub(8)?;
    (thing < end && eq_ignore_case(b, start, b" on the ")).then_some(start)
}

/// Past " on the booking is ", " for the booking is " or " on card: " at `at` (any one word for
/// "booking" or "card", after "the", "my" or nothing), or " on card " before a capital ("Name
/// on card R Clarke"): where the name starts.
fn on_the_thing_is(b: &[u8], at: usize) -> Option<usize> {
    let after = at + [&b" on "[..], b" for "].into_iter().find(|on| eq_ignore_case(b, at, on))?.len();
    let thing =
        [&b"the "[..], b"my "].iter().find(|det| eq_ignore_case(b, after, det)).map_or(after, |det| after + det.len());
    let end = thing + b[thing..].iter().take(16).take_while(|c| c.is_ascii_alphabetic()).count();
    match b.get(end) {
        _ if end == thing => None,
        Some(b':' | b'?') => Some(end + 1),
        _ if eq_ignore_case(b, end, b" is ") => Some(end + 4),
        Some(b' ') => b.get(end + 1).is_some_and(u8::is_ascii_uppercase).then_some(end + 1),
        _ => None,
    }
}
