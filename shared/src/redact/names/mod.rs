//! Names, found by their cues: "my name is", "I'm", "this is", "Name:", titles (Mr, Dr, ...) and
//! sign-offs ("Thanks, Sarah"). A cue must be followed by a word that can be a name: capitalised
//! (except straight after "my name is" / "Name:"), not a common word ("I'm looking"), not a
//! town that is also a word ("Reading", "Bath"), and not a month before a day ("May 12th").
//! Without a cue, a common given name with a capitalised surname after it is a name too ("my
//! case worker is Joanne Blake"), unless the pair is a place, a thing or a shop ("Victoria
//! Station", "John Lewis").
//!
//! [`after_cue`] reads a capitalised word and asks the modules below in turn; the lowercase
//! readings start from [`in_lowercase_text`] and [`after_self_introduction`]:
//! - [`cues`]: the words that say a name comes next, in English and the EU's languages;
//! - [`titles`]: "Mr", "Dr", a nurse's or police officer's title, a name before its title;
//! - [`labels`]: a form's "Name:", a pasted email's sender, the words after "name" or "surname";
//! - [`sign_offs`]: the writer signing off, introduced, thanked or addressed; where a name ends;
//! - [`context`]: a given name with no cue, a person's by what is said around it;
//! - [`pairs`]: a given name with its surname, names joined or listed, a possessive, a family;
//! - [`alone`]: a name given alone as an answer;
//! - [`shouted`]: text in capitals;
//! - [`lowercase`]: names typed in lowercase, in lowercase text or in sentence case;
//! - [`look_alikes`]: what reads as a name and is none: shops, brands, places, jobs;
//! - [`lexicon`]: the tables of given names and surnames.

mod alone;
mod context;
mod cues;
mod labels;
mod lexicon;
mod look_alikes;
mod lowercase;
mod pairs;
mod shouted;
mod sign_offs;
#[cfg(test)]
mod tests;
mod titles;

use super::names_again::ORDINARY_WORDS;
use super::numbers::Span;
use super::spelled_out;
use super::text::{Window, apostrophe_before, byte_before_spaces, eq_ignore_case, possessive_stem, word_start};
use super::words::{capitalised, is_month, is_stop_word, word_end};
use alone::{surname_alone, surname_first_after_for, surname_first_alone};
use context::{
    after_gift_opening, asked_about, asked_if_spoken_to, asked_whether, at_a_workplace_after, before_email,
    bought_from, bracketed_given_name, copied_in, gift_recipient, kin_in_brackets_after, neighbour, pet_called,
    says_something, sent_by_a_person, sent_or_paid_to, word_name_after_cue,
};
use cues::{
    CUE_LAST_WORDS, THING_CALLED, WEAK_CUE_SET, after_happy_ordinal, after_nee, before_given_name, ends_with_cue,
    grandparent_before_word_name, kin_names_a_thing, orders_for, renamed,
};
use labels::{after_label_colon, past_given_after_comma};
pub(crate) use labels::{after_name_word, at_colon};
pub(crate) use lexicon::is_given_name;
use lexicon::{GIVEN_NAMES, ends_a_name, given_name_no_word, is_common_surname, is_place_only, past_tense};
use look_alikes::{
    LOVED_THINGS, acronym_under, before_a_business_place, before_a_place, booked_thing, company_in_touch,
    ends_possessive, honours_a_place, job_title, patronised, place_after_given_name, second_word_of_place,
    term_of_address, texted_keyword, thanked_about, works_with_a_thing,
};
pub(crate) use look_alikes::{in_brand, is_brand, organisation};
use lowercase::someone_of_the_writers_is;
pub(crate) use lowercase::{
    LowercaseNameFilter, after_self_introduction, given_name, given_name_before, in_lowercase_text,
    lowercase_name_in_sentence_case, reads_as_lowercase, sign_off_before,
};
use pairs::{family_name, given_and_surname, joined_given_name, possessive};
pub(crate) use pairs::{joined_in_lowercase, joined_in_lowercase_after, joined_to_name};
use shouted::{is_given_name_in_any_accent, shouted_at, shouted_name_at};
use sign_offs::{
    ALONE_ON_A_LINE_SET, above_postcode, addressed_after_reply, after_sentence, again_after, at_message_start,
    below_street, bye_ends_line, ends_clause, ends_line, ends_sentence, followed_by_word, greets_or_thanks,
    introduced_after_sentence, introduces_writer, may_end_sign_off, replied_to_before_more, signs_off, speaking_after,
    thanked_before_comma,
};
pub(crate) use titles::{after_title, is_title};
use titles::{
    before_surname, ends_a_booked_name, initial_after_preposition, initial_word_signing_off, name_before_title,
    particles_after_title, word_after_abbreviation,
};

/// How far back a cue is looked for.
pub(super) const CUE_WINDOW: usize = 30;

/// Punctuation that may stand between a cue and the name ("Name: Sarah", "Hi, Tom", "my son
/// (Jack)").
pub(super) const CUE_PUNCTUATION: &[u8] = b",:.-(";

/// A name starting at the capitalised word at `w`, if a cue stands before it, or if it signs
/// off a message, or introduces its writer ("Ahmed here"), or is a given name and a surname.
/// The scan then takes it from [`double_barrelled_start`]. In capitals after a word in capitals
/// (typed with caps lock on, or a part of a message shouted) every word is capitalised: there,
/// as in lowercase text, the first word must be a common given name ("MY SON JACK NEEDS ...";
/// not "MY SON NEEDS A CHECK-UP", "PARK DR NEAR THE STATION"), unless a cue names it a name
/// ([`shouted_name_at`]). Out of line, as it was before that test: inlined, it took the scan's
/// word trigger out of its loop (+2.4% instructions on PII-free messages).
#[inline(never)]
pub(crate) fn after_cue(text: &str, w: usize) -> Option<Span> {
    let b = text.as_bytes();
    // In capitals after capitals most words are none: those settled before the readings, but
    // a title (a name may stand before it) and a word with an apostrophe (a possessive may
    // take the word before it).
    if shouted_at(b, w) && !shouted_name_at(text, w) {
        let end = word_end(text, w);
        // "SMITH, JOHN" or "PATEL" as a line of its own.
        if b.get(end) == Some(&b',')
            && let Some(span) = surname_first_alone(text, w, end)
        {
            return Some(span);
        }
        if matches!(byte_before_spaces(b, w), None | Some(b'\n')) && surname_alone(text, w, end) {
            return Some((w, end));
        }
        let word = &text[w..end];
        if !ends_a_booked_name(word) && !word.contains(['\'', '\u{2019}']) {
            return None;
        }
    }
    let (start, end) = after_cue_in_any_case(text, w)?;
    // A name before its title is one in any case ([`name_before_title`]).
    if end < w {
        return Some((start, end));
    }
    // After a title a person's, whatever follows ("DR AHMED'S SURGERY").
    let organisation = || organisation(text, start, end) && !after_title(b, start);
    if organisation()
        || term_of_address(text, start, end)
        || company_in_touch(text, start, end)
        || job_title(text, start, end)
        || honours_a_place(text, start, end)
        || (before_a_business_place(text, end) && !after_title(b, start))
        || acronym_under(text, start, end)
        // After "text " or "with " ("Text STOP", "work with Android"), by the byte before the space.
        || (start >= 5
            && matches!(b[start - 2], b't' | b'T' | b'h' | b'H')
            && (texted_keyword(text, start, end) || works_with_a_thing(b, start)))
        || booked_thing(text, start)
        || brand_after_title(text, start, end)
    {
        return None;
    }
    if !shouted_at(b, start) || shouted_name_at(text, start) {
        return Some((start, end));
    }
    // A word in capitals before the name's ("CANCEL OLIVER'S LESSON"): from the name's own.
    (start < w && shouted_name_at(text, w)).then_some((w, end))
}

/// Whether the name found at `start..end` is a brand named after someone, with a title
/// ("Dr Martens", "Mr Kipling") or an aunt's and a possessive ("Aunt Bessie's"; but "my Aunt
/// Bessie is visiting", "my Aunt Bessie's car"): the brands' table is asked after those alone,
/// as a look-up at every name found costs more than it finds.
fn brand_after_title(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if start >= 3 && (eq_ignore_case(b, start - 3, b"dr ") || eq_ignore_case(b, start - 3, b"mr ")) {
        return in_brand(text, start, end);
    }
    let Some(aunt) = start.checked_sub(5).filter(|&a| eq_ignore_case(b, a, b"aunt ")) else { return false };
    let word_end = word_end(text, start);
    let someones = || {
        let before = Window::before(b, aunt, 8).last_word(CUE_PUNCTUATION);
        ["my", "our", "your", "his", "her", "their"].iter().any(|o| before.eq_ignore_ascii_case(o.as_bytes()))
    };
    possessive_stem(&b[start..word_end]).is_some() && is_brand(&b[aunt..word_end]) && !someones()
}

/// [`after_cue`] as in text written in any case but capitals. Always inlined into its one
/// caller: the compiler's choice flips with a few lines more or less, and out of line it cost
/// 1.2% more instructions on PII-free messages.
#[inline(always)]
fn after_cue_in_any_case(text: &str, w: usize) -> Option<Span> {
    let b = text.as_bytes();
    let end_first = word_end(text, w);
    let first = &text[w..end_first];
    // "Mrs A Khan", "Dr I. Patel": an initial that is also a word, after a title; or signing off.
    if matches!(first, "A" | "I")
        && let Some(next) = word_after_abbreviation(b, end_first).filter(|&n| capitalised(text, n))
    {
        // "Ms I NI": capitals after a title only when the title is in capitals too ("MRS A KHAN").
        let title_in_capitals =
            b[..w].iter().rev().find(|c| c.is_ascii_alphabetic()).is_some_and(u8::is_ascii_uppercase);
        let next_in_capitals = b.get(next + 1).is_some_and(u8::is_ascii_uppercase);
        if after_title(b, w) && (title_in_capitals || !next_in_capitals) {
            return name_words(text, next, false).map(|end| (w, end));
        }
        if let Some(span) = initial_word_signing_off(text, w, next) {
            return Some(span);
        }
    }
    // "I"; "X", a kiss ("THANKS X X", "SPEAK SOON, JESS X"); a contraction's end in capitals
    // ("IT'S PRIYA").
    if end_first == w || first == "I" || first == "X" {
        return None;
    }
    // A title's own cue finds the name after it ("I'm Dr. Sarah Jones"); this one, a name
    // before it, or a surname after it whose particles no capital shows ("Mr van der Berg").
    if ends_a_booked_name(first) {
        return particles_after_title(text, w, end_first).or_else(|| name_before_title(text, w, end_first));
    }
    if apostrophe_before(b, w).is_some() && matches!(first, "S" | "M" | "D" | "T" | "LL" | "RE" | "VE") {
        return None;
    }
    // "Ella's birthday".
    if let Some(span) = possessive(text, w, end_first) {
        return Some(span);
    }
    // "Sarah and Tom".
    if let Some(span) = joined_given_name(text, w, end_first) {
        return Some(span);
    }
    // "Joanne Blake", wherever it stands.
    if let Some(span) = given_and_surname(text, w, end_first) {
        return Some(span);
    }
    // "Claim ref CLM-883421 for Hussain, Zara"; "Smith, John" as a line of its own.
    if b.get(end_first) == Some(&b',')
        && let Some(span) =
            surname_first_after_for(text, w, end_first).or_else(|| surname_first_alone(text, w, end_first))
    {
        return Some(span);
    }
    // "We are the Okonkwo family".
    if let Some(span) = family_name(text, w, end_first) {
        return Some(span);
    }
    // "May 12th", "June 3": a month before a day number is a date.
    if b.get(end_first + 1).is_some_and(u8::is_ascii_digit) && is_month(&text[w..end_first]) {
        return None;
    }
    if says_something(text, w, end_first)
        || (after_gift_opening(b, w) && gift_recipient(text, w, end_first))
        || (asked_if_spoken_to(text, w, end_first) && GIVEN_NAMES.contains(first))
        || (w > 0 && b[w - 1] == b'(' && bracketed_given_name(text, w, end_first))
        || (b[end_first..].starts_with(b" (") && kin_in_brackets_after(text, w, end_first))
        || (b[..w].ends_with(b" to ") && sent_or_paid_to(text, w, end_first))
        || (w >= 4 && eq_ignore_case(b, w - 4, b" in ") && copied_in(b, w, first))
        || (b[..w].ends_with(b"if ") && asked_whether(text, w, end_first))
    {
        return Some((w, end_first));
    }
    // Most capitals start a message, a line or a sentence, where no cue can stand: settle
    // those cheaply.
    let before = byte_before_spaces(b, w);
    match before {
        None => return introduces_writer(text, w, end_first),
        // "Surname? Jones": a question's answer, as after a label's colon.
        Some(b'?') => {
            let question = b[..w].trim_ascii_end().len() - 1;
            return labels::after_name_part(text, question).or_else(|| introduced_after_sentence(text, w, end_first));
        }
        Some(b'!') => return after_sentence(text, w, end_first),
        Some(b'.') if !after_title(b, w) => return after_sentence(text, w, end_first),
        _ => {}
    }
    // An opening double quote after a space, straight or typographic, or a typographic single
    // one (a straight one reads as an apostrophe), stands between the cue and the name ("signed
    // for by \"S. Kaur\"", "ask for \u{201c}Mike\u{201d}"); not in code's `"name": "Denmark"`.
    let quote = match b[..w] {
        [.., b' ', b'"'] => 1,
        [.., b' ', 0xE2, 0x80, 0x9C | 0x98] => 3,
        _ => 0,
    };
    let window = Window::before(b, w - quote, CUE_WINDOW);
    let last_word = window.last_word(CUE_PUNCTUATION);
    // "Happy 18th Lauren": a cue whose last word is an ordinal, asked only after a digit.
    let happy_ordinal = || last_word.first().is_some_and(u8::is_ascii_digit) && after_happy_ordinal(b, w);
    let cue_word = before != Some(b'\n') && (CUE_LAST_WORDS.contains(last_word) || happy_ordinal());
    // "the order for M. O'Connor", "addressed to J Smith".
    if cue_word
        && end_first == w + 1
        && let Some(span) = initial_after_preposition(text, w, end_first)
    {
        return Some(span);
    }
    if let Some(span) = renamed(text, w, end_first, last_word) {
        return Some(span);
    }
    // A maiden name after "née", a word the window does not read for its accent ("Sarah
    // Jones (née Smith)"); "nee" is a cue.
    if w >= 5
        && b[w - 2] == b'e'
        && let Some(span) = after_nee(text, w)
    {
        return Some(span);
    }
    if asked_about(text, w, end_first) || before_email(text, w, end_first) || neighbour(text, w, end_first) {
        return Some((w, end_first));
    }
    // Without a cue the name must end its line or be followed by "here": a lowercase word
    // (but "x" or "here") right after the first word rules out both; after a comma or a line
    // break, where a sign-off's name stands, not a surname's particles ("Thanks, Sarah de
    // Souza").
    let lowercase_next = b.get(end_first) == Some(&b' ')
        && b.get(end_first + 1).is_some_and(|c| c.is_ascii_lowercase() && !matches!(c, b'x' | b'h'))
        && !bye_ends_line(b, end_first);
    // "Evening all, Sarah from the Bristol office": a common given name and where they are
    // from, after a greeting.
    let from_somewhere =
        |end: usize| b.get(end..end + 6) == Some(b" from ") && GIVEN_NAMES.contains(first) && at_message_start(b, w);
    // But a line may open with a name and "speaking" or "calling" ("Siobhan speaking, I rang"),
    // and the writer come back, speak or say where they are from after a comma ("Sorry, Bethany
    // again", "Good afternoon, Faisal speaking").
    let introduced = || match before {
        Some(b'\n') => speaking_after(text, end_first),
        Some(b',') => again_after(text, w, end_first) || speaking_after(text, end_first) || from_somewhere(end_first),
        _ => false,
    };
    let particles = || matches!(before, Some(b',' | b'\n')) && past_particles_at(text, end_first + 1) > end_first + 1;
    if !cue_word && lowercase_next && !(particles() || introduced()) {
        // "Yes Sarah that's right", "Thanks Emma you've been so helpful".
        let goes_on = matches!(b.get(end_first + 1).map(|c| c | 0x20), Some(b't' | b'i' | b'y' | b'p' | b'f'));
        return (goes_on && replied_to_before_more(text, w, end_first, first)).then_some((w, end_first));
    }
    // Without a cue, after anything but a line break or a comma only a sign-off is left, and
    // a sign-off's name ends its line; or someone thanked, their name before a comma.
    let thanked = |end: usize| {
        (b.get(end) == Some(&b',') && thanked_before_comma(b, w, first)) || addressed_after_reply(b, w, end, first)
    };
    if !cue_word && !matches!(before, Some(b'\n' | b',')) && !may_end_sign_off(text, end_first) && !thanked(end_first) {
        return None;
    }
    let end = name_words(text, w, false)?;
    if before == Some(b'\n') {
        // A greeting or a sign-off opening the line is no name's first word; the name after it
        // is read on its own ("Love Sarah", but "Love Mum", "Cheers Nan").
        if end > end_first && greets_or_thanks(first) {
            return None;
        }
        // A line of its own ("Cheers,\nTom"), or a sentence of its own after a sign-off
        // ("Regards\nTariq. Is there a shuttle?"), or "Ahmed here", "Siobhan speaking" opening a
        // line; but a line of its own between a street and a postcode is an address's town
        // ("Station Road\nLlandeilo\nSA19 6NG"; "Thanks,\nRuth Adeyemi\nSW1A 2AA" is a name).
        let town = || below_street(&window) && above_postcode(b, end);
        let no_name = || end == end_first && ALONE_ON_A_LINE_SET.contains(first);
        let alone = ends_line(b, end) || signs_off(b, &window, end, false);
        if alone && !town() && !no_name() {
            return Some((w, end));
        }
        return introduces_writer(text, w, end_first);
    }
    if cue_word {
        // "They're called Alex" of one person: a common given name that is no word, ending its
        // clause ("they're called Crocs", "they're called Jade plants" are things).
        let someone_they_call = || {
            window
                .ends_with_any(&["they're called", "they\u{2019}re called", "they are called"], CUE_PUNCTUATION)
                .is_some()
                && given_name_no_word(first.as_bytes())
                && ends_clause(text, end)
        };
        let thing_called = || {
            window.last_word(CUE_PUNCTUATION).eq_ignore_ascii_case(b"called")
                && window.ends_with_any(THING_CALLED, CUE_PUNCTUATION).is_some()
                && !someone_they_call()
        };
        if matches!(last_word.len(), 5 | 6) && pet_called(b, w - quote, last_word) {
            return None;
        }
        let cue = ends_with_cue(&window) && !thing_called() && !kin_names_a_thing(text, w, first);
        // "my boy Callum's got a temperature": the given name without its "'s".
        let stem = || &first[..possessive_stem(first.as_bytes()).unwrap_or(first.len())];
        let from = || window.last_word(CUE_PUNCTUATION).eq_ignore_ascii_case(b"from");
        // "Message from Lisa at Halifax": what a person sent, from where they work.
        let from_a_workplace = || {
            from() && GIVEN_NAMES.contains(stem()) && sent_by_a_person(b, &window) && at_a_workplace_after(text, end)
        };
        let weak = || {
            window.ends_with_phrase_in(&WEAK_CUE_SET, CUE_PUNCTUATION)
                && !is_place_only(b, w, end)
                && !place_after_given_name(text, w, end_first, end)
                && ((ends_clause(text, end)
                    && ((is_given_name_in_any_accent(stem().as_bytes()) && !(from() && bought_from(b, &window)))
                        || !from()
                        || sent_by_a_person(b, &window)))
                    || from_a_workplace())
        };
        // "My carer is Jane", "my social worker was Sue": someone of the writer's and "is".
        let writers_is = || b[w - quote - 1] == b' ' && someone_of_the_writers_is(b, w - quote - 1);
        // "My carer is Patience Mensah": a given name no list holds, a surname after it.
        let surname_last = || end > end_first && text[w..end].rsplit(' ').next().is_some_and(is_common_surname);
        // "with Jack Daniel's" names a drink.
        let given = || {
            (is_given_name_in_any_accent(stem().as_bytes())
                && (before_given_name(&window, word_after(text, end_first)) || writers_is() || happy_ordinal())
                && !in_brand(text, w, end_first))
                || ((before_surname(last_word) || orders_for(&window))
                    && is_common_surname(stem())
                    && !in_brand(text, w, end_first))
                || (writers_is() && surname_last())
                // "on behalf of Mark Davies": a given name that is a word, a surname after it.
                || (ORDINARY_WORDS.contains(stem())
                    && ((surname_last() && before_given_name(&window, word_after(text, end_first)))
                        || happy_ordinal()
                        || word_name_after_cue(text, &window, last_word, end_first, stem())))
                || grandparent_before_word_name(last_word, stem())
        };
        let label = || after_label_colon(text, w, &window);
        if cue || weak() || given() || label() {
            return Some((w, past_given_after_comma(text, end)));
        }
    }
    // A sign-off: the name ends its line or sentence after "Thanks," and the like; not a
    // business thanked for its custom ("Thanks for shopping with Tesco").
    let sign_off = || {
        signs_off(b, &window, end, false)
            && !before_a_place(&window)
            && !second_word_of_place(b, w)
            && !is_place_only(b, w, end)
            && !patronised(b, w)
            && !thanked_about(b, w, first)
            && !ends_possessive(b, end)
            && !window.has_any(&LOVED_THINGS)
    };
    let introduces = || {
        before == Some(b',')
            && (followed_by_word(text, end, "here")
                || speaking_after(text, end)
                || again_after(text, w, end_first)
                || from_somewhere(end))
            && at_message_start(b, w)
    };
    // A given name after a dash, ending a message of a few words (an emoji after it aside):
    // "I've attached a photo - Rhiannon"; but "Colour - Jade".
    // The line is read last, and only for the message's last word: reading it for every
    // capitalised word would make a long line quadratic.
    let dashed = || {
        let line = || &b[b[..w].iter().rposition(|c| *c == b'\n').map_or(0, |p| p + 1)..w];
        b[..w].ends_with(b" - ")
            && text[end..].chars().all(|c| c.is_whitespace() || !(c.is_ascii() || c.is_alphanumeric()))
            && is_given_name(first.as_bytes())
            && line().iter().filter(|c| **c == b' ').count() >= 4
    };
    // A given name the writer addresses after a comma, ending the line or the sentence: "Hi
    // it's me again, Ellie", "Can you check it, Sarah?", "It's me again, Ellie. We live ...".
    let addressed = || {
        before == Some(b',')
            && match b.get(end) {
                // A question goes on about something else ("Is it in stock, Grace? I need it").
                Some(b'?') => ends_line(b, end + 1),
                _ => ends_line(b, end) || ends_sentence(b, end, false),
            }
            // Two joined by a hyphen too ("my passenger, Ellie-Mae").
            && is_given_name(first.as_bytes())
    };
    ((sign_off() || introduces() || dashed() || addressed() || thanked(end)) && !names_a_street(b, w, end))
        .then_some((w, end))
}

/// Whether the name at `w..end` ends with a street's type that is no surname: a street, not
/// someone signing off or addressed ("Deliver to the university, Howard Street", nor its
/// "Street" read alone; but "Thanks, Sarah Hill", "Cheers, Jane Lane").
fn names_a_street(b: &[u8], w: usize, end: usize) -> bool {
    const STREETS: [&[u8]; 9] =
        [b"street", b"road", b"avenue", b"crescent", b"terrace", b"gardens", b"square", b"boulevard", b"mews"];
    let last = &b[b[w..end].iter().rposition(|c| *c == b' ').map_or(w, |p| w + p + 1)..end];
    STREETS.iter().any(|s| last.eq_ignore_ascii_case(s))
}

/// The words of a name from `i`: at most four ("Maria José García López"), each after the
/// first capitalised and not a stop word (or any case when `lowercase_ok`), and the particles
/// before a later one in any case ("Maria de la Cruz", "Sarah van der Berg", "Abdul Rahman bin
/// Ismail"), and a middle initial before one, with or without its full stop ("John A Smith").
/// Answers the end of the last word.
pub(crate) fn name_words(text: &str, i: usize, lowercase_ok: bool) -> Option<usize> {
    let b = text.as_bytes();
    // "Surname: K O W A L": the name spelled letter by letter, whole.
    if let Some(end) = spelled_out::spelled_at(b, i) {
        return Some(end);
    }
    let first = past_initials(text, i, lowercase_ok);
    let first_end = word_end(text, first);
    // "Surname: N/A"; "my name is misspelled" (a verb in the past tense, in lowercase).
    let word = &text[first..first_end];
    if first_end == first
        || (is_stop_word(word) && !will_named(text, first, first_end, lowercase_ok))
        || eq_ignore_case(b, i, b"n/a")
        || (b[first].is_ascii_lowercase() && past_tense(word))
    {
        return None;
    }
    let mut end = past_saints_stop(text, first, first_end);
    for _ in 0..3 {
        // A possessive ends the name: "OLIVER BENNETT'S WEDDING" (in capitals every word is
        // capitalised), "Sarah's Mum".
        if b.get(end) != Some(&b' ') || possessive_stem(&b[..end]).is_some() {
            break;
        }
        let mut next = past_initials(text, past_particles_at(text, end + 1), lowercase_ok);
        // "John A Smith": a middle initial without its full stop, before a capitalised word;
        // never "I" ("KYLE I THINK"), nor "A" before a word in capitals ("NEEDS A CHECK-UP").
        if next == end + 1
            && b.get(next).is_some_and(|&c| c.is_ascii_uppercase() && c != b'I')
            && b.get(next + 1) == Some(&b' ')
            && capitalised(text, next + 2)
            && !(b[next] == b'A' && b.get(next + 3).is_some_and(u8::is_ascii_uppercase))
        {
            next += 2;
        }
        let next_end = word_end(text, next);
        let word = &text[next..next_end];
        // "Nguyen Van An": "An", a Vietnamese given name, goes on a name in title case.
        if next_end == next
            || !(lowercase_ok || capitalised(text, next))
            || (is_stop_word(word) && word != "An")
            || ends_a_name(word)
            || past_tense(word)
        {
            break;
        }
        end = past_saints_stop(text, next, next_end);
    }
    Some(end)
}

/// Whether the stop word from `start` to `end` is "Will" named after a cue, capitalised as a
/// verb there is not: where its clause ends ("My name is Will", "Thanks, Will.", "This is Will
/// from accounts") or a capitalised word that is no stop word follows ("I'm Will Hughes"); not
/// where the verb goes on ("Thanks Sarah, Will do", "I'm Will Be There"). After a label that
/// takes a name in any case (`lowercase_ok`), "will" in lowercase too where its clause ends
/// or "and I" follows ("my name is will", "first name: will", "my name is will and i ordered";
/// not "my name is will be changed").
fn will_named(text: &str, start: usize, end: usize, lowercase_ok: bool) -> bool {
    let surname = || {
        let next = end + 1;
        text.as_bytes().get(end) == Some(&b' ')
            && capitalised(text, next)
            && !is_stop_word(&text[next..word_end(text, next)])
    };
    match &text[start..end] {
        "Will" => ends_clause(text, end) || surname(),
        "will" => lowercase_ok && (ends_clause(text, end) || eq_ignore_case(text.as_bytes(), end, b" and i ")),
        _ => false,
    }
}

/// Past the full stop of a surname's "St." that a capitalised word follows ("Jo-Anne St.
/// Clair", "Mr St. John"), the word from `start` to `end` being "St"; `end` otherwise.
fn past_saints_stop(text: &str, start: usize, end: usize) -> usize {
    let stop = &text[start..end] == "St" && text[end..].starts_with(". ") && capitalised(text, end + 2);
    end + usize::from(stop)
}

/// Whether the word at `i` may be a surname's particle, by its first two letters: a test
/// inlined where every capitalised word before another word asks it, which most words fail.
#[inline(always)]
fn particle_may_start(b: &[u8], i: usize) -> bool {
    let Some(&[c0, c1]) = b.get(i..i + 2) else { return false };
    matches!(
        [c0 | 0x20, c1 | 0x20],
        [b'd', b'a' | b'e' | b'i' | b'u' | b'o']
            | [b'l' | b'e', b'a' | b'e' | b'l']
            | [b'v', b'a' | b'o']
            | [b'b' | b'i', b'i' | b'b']
            | [b'a', b'l' | b'p']
            | [b't', b'e']
            | [b'n', b'i' | 0xE3]
            | [b'u', b'a' | 0xE3]
            | [0xE3, 0xB3]
    )
}

/// [`past_particles`] where [`particle_may_start`] says one may stand at `i`; `i` itself
/// otherwise, without the call.
#[inline(always)]
pub(super) fn past_particles_at(text: &str, i: usize) -> usize {
    if particle_may_start(text.as_bytes(), i) { past_particles(text, i) } else { i }
}

/// Past the particles of a surname at `i`, at most three, each followed by one space ("de la
/// |Cruz", "van der |Berg"): Dutch, German, Romance, Arabic, Welsh and Irish ones ("Ní
/// |Bhriain", "Ó |Súilleabháin"). `i` itself where none stands there, which most words settle
/// by their first two letters ([`particle_may_start`]).
fn past_particles(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut at = i;
    for _ in 0..3 {
        if !particle_may_start(b, at) {
            break;
        }
        let rest = &b[at..];
        // An Irish particle's accented vowel is two bytes.
        let len = rest.iter().take(6).take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
        if !(2..=5).contains(&len) || rest.get(len) != Some(&b' ') {
            break;
        }
        let mut lower = [0; 5];
        for (l, c) in lower.iter_mut().zip(&rest[..len]) {
            *l = if c.is_ascii() { c | 0x20 } else { *c };
        }
        let particle = matches!(
            &lower[..len],
            b"van"
                | b"von"
                | b"der"
                | b"den"
                | b"de"
                | b"del"
                | b"della"
                | b"di"
                | b"da"
                | b"du"
                | b"dos"
                | b"das"
                | b"la"
                | b"le"
                | b"bin"
                | b"binti"
                | b"ibn"
                | b"al"
                | b"el"
                | b"ap"
                | b"ter"
                | b"ni"
                | b"n\xC3\xAD"
                | b"nic"
                | b"ua"
                | b"u\xC3\xAD"
                | b"\xC3\xB3"
                | b"\xC3\x93"
        );
        if !particle {
            break;
        }
        at += len + 1;
    }
    at
}

/// Past the initials at `i` ("J. Smith", "J.R. Smith", "A. B. Jones"): up to three capitals
/// each with a full stop, where a capitalised word that is no stop word follows them; `i`
/// itself otherwise ("Plan B. Thanks"). In any case where `any_case`, after a cue that takes a
/// name in lowercase ("my name is j. smith", "name: a. begum").
pub(super) fn past_initials(text: &str, i: usize, any_case: bool) -> usize {
    let b = text.as_bytes();
    let letter = |c: &u8| if any_case { c.is_ascii_alphabetic() } else { c.is_ascii_uppercase() };
    let mut at = i;
    for _ in 0..3 {
        if !(b.get(at).is_some_and(letter) && b.get(at + 1) == Some(&b'.')) {
            break;
        }
        at += 2 + usize::from(b.get(at + 2) == Some(&b' '));
    }
    if at == i {
        return i;
    }
    let word = &text[at..word_end(text, at)];
    if word.len() > 1 && (any_case || capitalised(text, at)) && !is_stop_word(word) { at } else { i }
}

/// The name found at `start..end` without its "'s" ("I'm [NAME]'s carer", "Dr [NAME]'s
/// surgery"): the cue readings end a name at its possessive, but take it with the word.
pub(crate) fn without_possessive(b: &[u8], (start, end): Span) -> Span {
    (start, possessive_stem(&b[start..end]).map_or(end, |stem| start + stem))
}

/// Where the name [`after_cue`] found from `start` starts, with the capitalised parts joined to
/// it by a hyphen before it, at most two: "The account holder is Anne-Marie O'Connor" gives
/// "Marie O'Connor" (a given name and a surname), and the name starts at "Anne-". Out of line:
/// only a name found calls it, and inlined it made the scan loop bigger for every capital.
#[inline(never)]
pub(crate) fn double_barrelled_start(b: &[u8], start: usize) -> usize {
    let mut start = start;
    for _ in 0..2 {
        let Some(hyphen) = start.checked_sub(1).filter(|&h| b[h] == b'-') else { break };
        let letters = b[..hyphen].iter().rev().take(MAX_PART + 1).take_while(|c| c.is_ascii_alphabetic()).count();
        let part = hyphen - letters;
        if letters == 0 || letters > MAX_PART || !b[part].is_ascii_uppercase() || !word_start(b, part) {
            break;
        }
        start = part;
    }
    start
}

/// The longest part of a double-barrelled name looked back over.
const MAX_PART: usize = 12;

/// The word after the one ending at `end`, past one space (empty if none).
pub(crate) fn word_after(text: &str, end: usize) -> &str {
    if text.as_bytes().get(end) == Some(&b' ') { &text[end + 1..word_end(text, end + 1)] } else { "" }
}

/// Where the word before `start` starts, one space between ([`word_after`]'s twin).
pub(super) fn word_start_before(b: &[u8], start: usize) -> Option<usize> {
    start.checked_sub(1).filter(|&s| b[s] == b' ').map(|s| word_start_of(b, s))
}

/// Whether the word ending at `end` goes on as an email address or a handle ("ian.fletcher@",
/// "J.Smith+orders@", "sam_jones"): no name.
pub(super) fn starts_address(b: &[u8], end: usize) -> bool {
    match b.get(end) {
        Some(b'@' | b'+' | b'_') => true,
        Some(b'.') => b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    }
}

/// Where the word of letters ending at `end` starts; `end` (no word) when it is longer than
/// [`MAX_NAME_WORD`], so that the start is never inside a character.
pub(super) fn word_start_of(b: &[u8], end: usize) -> usize {
    let floor = end.saturating_sub(MAX_NAME_WORD + 1);
    match b[floor..end].iter().rposition(|c| !(c.is_ascii_alphabetic() || *c >= 0x80)) {
        Some(p) => floor + p + 1,
        None if end <= MAX_NAME_WORD => 0,
        None => end,
    }
}

/// The longest word before a possessive read as the first part of its name.
pub(super) const MAX_NAME_WORD: usize = 32;
