//! Speaker labels in pasted transcripts and chat exports ("Caller: yeah its keith robinson",
//! "Agent Sarah: thanks", "[10:32] CUSTOMER: ..."): the turn after a label is read as a line
//! of its own, word by word where it is written in lowercase, and a speaker's given name used
//! as a label is a name ("Priya: hi, how can I help?" above "Customer: ...").

use super::names::is_given_name;
use super::names_again::ORDINARY_WORDS;
use super::numbers::Span;
use super::text::{eq_ignore_case, offset_in};
use super::words::{WordSet, is_stop_word, set_of};
use std::ops::Range;

/// Who speaks in a transcript, as exports and people label them.
static ROLES: WordSet = WordSet::new(|| {
    set_of([
        "caller",
        "customer",
        "cust",
        "client",
        "user",
        "end-user",
        "agent",
        "advisor",
        "adviser",
        "operator",
        "bot",
        "chatbot",
        "assistant",
        "system",
        "me",
        "you",
        "them",
        "patient",
        "tenant",
        "member",
        "guest",
        "visitor",
        "rep",
        "staff",
        "support",
        "human",
        "speaker",
        "person",
        "q",
        "a",
        "mum",
        "dad",
        "mom",
    ])
});

/// The longest time or bracketed tag before a label ("[2026-03-12 10:32:05]").
const MAX_TAG: usize = 24;

/// Where the turn after a speaker label at the start of `line` starts, past the label's colon
/// and the spaces after it (at least one). A label is perhaps a time or a bracketed tag first
/// ("10:32", "[10:32]"), then a role ([`ROLES`]) with perhaps a number or a given name after it
/// ("Speaker 1", "Agent Sarah"), or a speaker's given name ([`given_name_label`]) with perhaps
/// a surname ("Sarah Jones"). A name's placeholder is none: a redacted transcript's turns are
/// read as no label's, so that a second pass reads no more than the first did ("Jan Kowalski:
/// ..." is no label, "Jan" being a month's, but may be a name found by another rule).
pub(crate) fn turn_start(text: &str, line: Range<usize>) -> Option<usize> {
    label_at(text, line).map(|label| label.turn)
}

/// A speaker label at the start of a line ([`turn_start`]).
struct Label {
    /// Its words, past any time or tag.
    words: Range<usize>,
    /// The speaker's name in it, if any: all of it ("Priya", "Sarah Jones") or in brackets
    /// after a role ("Operator (Tom)").
    name: Option<Range<usize>>,
    /// Where its turn starts.
    turn: usize,
}

/// The speaker label at the start of `line`.
fn label_at(text: &str, line: Range<usize>) -> Option<Label> {
    let b = &text.as_bytes()[..line.end];
    let start = past_tag(b, line.start);
    let first_end = letters_end(b, start);
    let first = &b[start..first_end];
    let (end, name) = if first.is_empty() {
        return None;
    } else if ROLES.contains(first) {
        let second = first_end + 1;
        let digits = b.get(second..).map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii_digit()).count());
        let second_end = if digits > 0 { second + digits } else { letters_end(b, second.min(b.len())) };
        let with_second = b.get(first_end) == Some(&b' ') && (digits > 0 || is_given_name(&b[second..second_end]));
        bracketed_after(b, if with_second { second_end } else { first_end })
    } else if given_name_label(first) {
        let end = past_surnames(b, first_end);
        (end, Some(start..end))
    } else {
        return None;
    };
    let spaces = b.get(end + 1..)?.iter().take_while(|c| **c == b' ').count();
    (b[end] == b':' && spaces > 0).then_some(Label { words: start..end, name, turn: end + 1 + spaces })
}

/// Past a bracketed part after a role's label ending at `end` ("Operator (Tom)", "Customer
/// (10:32)"), and the speaker's given name that is all of it, if it is one.
fn bracketed_after(b: &[u8], end: usize) -> (usize, Option<Range<usize>>) {
    if !b[end..].starts_with(b" (") {
        return (end, None);
    }
    let inside = end + 2;
    match b[inside..].iter().take(MAX_TAG).position(|c| *c == b')') {
        Some(n) => {
            let name = (letters_end(b, inside) == inside + n && given_name_label(&b[inside..inside + n]))
                .then_some(inside..inside + n);
            (inside + n + 1, name)
        }
        None => (end, None),
    }
}

/// The longest a label may be, with its time or tag, before its colon.
pub(crate) const MAX_LABEL: usize = 48;

/// A name found from the colon at `colon` that ends a speaker's label at the start of its
/// line, in a transcript: the speaker's given name as the label ([`speaker_name`]), or the
/// whole turn after it where the turn before asked for a name ([`answered_name`]). Out of
/// line: colons are rare.
#[inline(never)]
pub(crate) fn name_at_label(text: &str, colon: usize) -> Option<Span> {
    let b = text.as_bytes();
    if b.get(colon + 1) != Some(&b' ') {
        return None;
    }
    let from = colon.saturating_sub(MAX_LABEL);
    let line_start = match b[from..colon].iter().rposition(|c| *c == b'\n') {
        Some(p) => from + p + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let line = line_start..memchr::memchr(b'\n', &b[colon..]).map_or(b.len(), |p| colon + p);
    if line == (0..b.len()) {
        // One line is no transcript.
        return None;
    }
    let label = label_at(text, line.clone()).filter(|label| label.words.end == colon)?;
    match label.name {
        Some(name) => speaker_name(text, name, line),
        None => answered_name(text, label.turn, line),
    }
}

/// The speaker's given name that is the `label` of the turn on `line` ("Priya", not "Bill:
/// £45.00" or "Mark: 7 out of 10": [`given_name_label`]), where the line before or after it,
/// blank lines aside, starts with a speaker label too.
fn speaker_name(text: &str, label: Range<usize>, line: Range<usize>) -> Option<Span> {
    let b = text.as_bytes();
    let labelled = |other: Range<usize>| turn_start(text, other).is_some();
    let found = previous_line(b, line.start).is_some_and(labelled) || next_line(b, line.end).is_some_and(labelled);
    found.then_some((label.start, label.end))
}

/// The name that the turn starting at `turn` on `line` answers with after the turn before
/// asked for one ("Bot: What name is the booking under?\nUser: harris", "Agent: And your
/// surname?\nCaller: Kowalski"): the whole turn, one to three words that are no stop words,
/// perhaps after "it's" ("its tom baker").
fn answered_name<'t>(text: &'t str, turn: usize, line: Range<usize>) -> Option<Span> {
    let b = text.as_bytes();
    let before = previous_line(b, line.start)?;
    if !asks_for_name(&text[turn_start(text, before.clone())?..before.end]) {
        return None;
    }
    // Inside any punctuation, quotes or emoji around it ("‘harris’.", "harris 👍"), not a
    // placeholder's brackets.
    let inside = |t: &'t str| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '[' && c != ']');
    let mut answer = inside(&text[turn..line.end]);
    let opening = ANSWER_OPENINGS.iter().find(|o| {
        let a = answer.as_bytes();
        eq_ignore_case(a, 0, o.as_bytes()) && a.get(o.len()) == Some(&b' ')
    });
    if let Some(opening) = opening {
        answer = inside(&answer[opening.len()..]);
    }
    let start = offset_in(b, answer.as_bytes());
    let end = start + answer.len();
    let mut words = text.get(start..end)?.split(' ');
    let names = words.by_ref().take(3).all(|w| {
        !w.is_empty()
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
            && !is_stop_word(w)
    });
    (start < end && names && words.next().is_none()).then_some((start, end))
}

/// What may open an answer before the name.
const ANSWER_OPENINGS: [&str; 4] = ["it's", "its", "it\u{2019}s", "it is"];

/// Whether a turn asks for a person's name: it ends (before "please" and its punctuation) with
/// "name" after a word that makes it a person's ("your name", "full name", "the name", "your
/// son's name"; not "product name"), with "surname", "forename", "speaking to" or "speaking
/// with", or with "under" where it asks a name ("What name is the booking under?").
fn asks_for_name(turn: &str) -> bool {
    let turn = turn.trim_end_matches(['?', '.', ' ', '\r']);
    let turn = strip_suffix_ignore_case(turn, " please").unwrap_or(turn).trim_end_matches([',', ' ']);
    let ends_with =
        |end: &str| strip_suffix_ignore_case(turn, end).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '));
    let persons_name = || {
        let rest = strip_suffix_ignore_case(turn, " name").or_else(|| strip_suffix_ignore_case(turn, " names"));
        let word = rest.map(|r| &r[r.rfind(' ').map_or(0, |s| s + 1)..]);
        word.is_some_and(|w| {
            PERSONS.iter().any(|p| w.eq_ignore_ascii_case(p))
                || w.ends_with("'s")
                || w.ends_with("\u{2019}s")
                || w.ends_with("s'")
        })
    };
    persons_name()
        || ["surname", "forename", "speaking to", "speaking with"].into_iter().any(ends_with)
        || (ends_with("under") && turn.split(' ').any(|w| w.eq_ignore_ascii_case("name")))
}

/// Words before "name" that make it a person's.
const PERSONS: [&str; 15] = [
    "your", "full", "first", "last", "middle", "maiden", "family", "given", "the", "what", "his", "her", "their",
    "whose", "contact",
];

/// `text` without `suffix` at its end, in any ASCII case.
fn strip_suffix_ignore_case<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    let cut = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(suffix)).then(|| &text[..cut])
}

/// The line around `at`, without its line break.
fn line_around(b: &[u8], at: usize) -> Range<usize> {
    let start = b[..at].iter().rposition(|c| *c == b'\n').map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |p| at + p);
    start..end
}

/// The last line before the one starting at `line_start` with more than spaces on it.
fn previous_line(b: &[u8], line_start: usize) -> Option<Range<usize>> {
    let mut end = line_start.checked_sub(1)?;
    loop {
        let line = line_around(b, end);
        if b[line.clone()].iter().any(|c| !c.is_ascii_whitespace()) {
            return Some(line);
        }
        end = line.start.checked_sub(1)?;
    }
}

/// The first line after the line break at `line_end` with more than spaces on it.
fn next_line(b: &[u8], line_end: usize) -> Option<Range<usize>> {
    let mut start = line_end + 1;
    while start <= b.len() {
        let line = line_around(b, start);
        if b[line.clone()].iter().any(|c| !c.is_ascii_whitespace()) {
            return Some(line);
        }
        start = line.end + 1;
    }
    None
}

/// A given name that is no stop word nor ordinary word: a speaker's name as a label.
fn given_name_label(word: &[u8]) -> bool {
    is_given_name(word) && !ORDINARY_WORDS.contains(word) && std::str::from_utf8(word).is_ok_and(|w| !is_stop_word(w))
}

/// Past a time or date and time ("10:32", "12/03/2026, 10:32", with a " - " after it as
/// Android's WhatsApp exports write it) or a bracketed tag with digits in it ("[10:32]",
/// "[12/03/2026, 10:32:05]") and the spaces after it at `i`, if one is there.
fn past_tag(b: &[u8], i: usize) -> usize {
    let end = match b.get(i) {
        Some(open @ (b'[' | b'(')) => {
            let close = if *open == b'[' { b']' } else { b')' };
            // A time's or date's digits in it: a placeholder ("[NAME] me Abi: ...") is no tag.
            match b[i..].iter().take(MAX_TAG).position(|c| *c == close) {
                Some(p) if b[i..i + p].iter().any(u8::is_ascii_digit) => i + p + 1,
                _ => return i,
            }
        }
        Some(c) if c.is_ascii_digit() => {
            let in_time = |c: &&u8| c.is_ascii_digit() || matches!(c, b':' | b'/' | b'.' | b',');
            let mut end = i + b[i..].iter().take(MAX_TAG).take_while(in_time).count();
            // A date, then the time ("12/03/2026, 10:32").
            if b[end..].starts_with(b" ") && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
                end += 1 + b[end + 1..].iter().take(MAX_TAG).take_while(in_time).count();
            }
            if !b[i..end].contains(&b':') {
                return i;
            }
            if b[end..].starts_with(b" - ") { end + 2 } else { end }
        }
        _ => return i,
    };
    let spaces = b[end..].iter().take_while(|c| **c == b' ').count();
    if spaces == 0 { i } else { end + spaces }
}

/// Past up to two capitalised words after a given name's end at `end` ("Sarah Jones", "Mary
/// O'Neill-Hart" as a chat app names its contacts).
fn past_surnames(b: &[u8], mut end: usize) -> usize {
    for _ in 0..2 {
        let next = end + 1;
        let next_end = next
            + b[next.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic() || matches!(c, b'-' | b'\''))
                .count();
        if b.get(end) != Some(&b' ') || !b.get(next).is_some_and(u8::is_ascii_uppercase) || next_end < next + 2 {
            break;
        }
        end = next_end;
    }
    end
}

/// The end of the ASCII letters and hyphens from `i` ("end-user").
fn letters_end(b: &[u8], i: usize) -> usize {
    i + b[i..].iter().take_while(|c| c.is_ascii_alphabetic() || **c == b'-').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_start_after_speaker_labels() {
        let turn = |line: &'static str| turn_start(line, 0..line.len()).map(|t| &line[t..]);
        for (line, rest) in [
            ("Caller: yeah its keith", "yeah its keith"),
            ("CUSTOMER:  hi", "hi"),
            ("Agent Sarah: thanks", "thanks"),
            ("Speaker 2: ok", "ok"),
            ("End-user: ok", "ok"),
            ("[10:32] Caller: hi", "hi"),
            ("10:32:05 Bot: hello", "hello"),
            ("(2026-03-12 10:32) You: hi", "hi"),
            ("Priya: hi there", "hi there"),
            ("12/03/2026, 10:32 - Sarah Jones: hi there", "hi there"),
            ("[12/03/2026, 10:32:05] Mum: ok love", "ok love"),
            ("Operator (Tom): sure", "sure"),
            ("Customer (10:31): hi", "hi"),
        ] {
            assert_eq!(turn(line), Some(rest), "{line}");
        }
        for line in [
            "[NAME]: hi",
            "[NAME] me Abi: table for 4",
            "Note: call back",
            "Bill: £45.00",
            "Mark: 7 out of 10",
            "Caller:no space",
            "Caller - hi",
            "10 Caller: hi",
            "",
        ] {
            assert_eq!(turn(line), None, "{line}");
        }
    }

    /// The names found from each colon of `text`.
    fn names(text: &str) -> Vec<&str> {
        let colons = text.match_indices(':').map(|(c, _)| c);
        colons.filter_map(|c| name_at_label(text, c)).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_speakers_given_name_is_a_name_in_a_transcript() {
        assert_eq!(names("Priya: hi, how can I help?\nCustomer: my order"), ["Priya"]);
        assert_eq!(names("[10:01] Priya: hello\n[10:02] Tom: hi"), ["Priya", "Tom"]);
        assert_eq!(names("Customer: hi\n\nPriya: hello"), ["Priya"]);
        assert_eq!(names("Visitor 1234: hi\nOperator (Tom): hello"), ["Tom"]);
        assert_eq!(
            names("12/03/2026, 10:31 - Sarah Jones: are you in\n12/03/2026, 10:32 - Mum: yes love"),
            ["Sarah Jones"]
        );
        // One line is no transcript; ordinary words are labels of other things.
        assert!(names("Priya: hi, how can I help?").is_empty());
        assert!(names("Bill: £45.00\nCaller: hi").is_empty());
        assert!(names("Note: Priya called\nCaller: hi").is_empty());
        assert!(names("Priya:hi\nCaller: hi").is_empty());
    }

    #[test]
    fn a_turn_that_answers_a_name_question_is_a_name() {
        for (text, name) in [
            ("Bot: What name is the booking under?\nUser: harris", "harris"),
            ("Agent: And your surname please?\r\nCaller: Kowalski.", "Kowalski"),
            ("Bot: Can I take your full name?\n\nUser: its tom baker", "tom baker"),
            ("Agent: who am i speaking to\nCaller: Mary-Jane O'Neill", "Mary-Jane O'Neill"),
            ("[10:01] Bot: What's your name?\n[10:02] User: Priya!", "Priya"),
            ("Agent: and your son's name?\nCaller: jack", "jack"),
        ] {
            assert_eq!(names(text), [name], "{text}");
        }
        assert_eq!(names("Operator (Tom): whats your name?\nVisitor 1234: ann"), ["Tom", "ann"]);
        for text in [
            "Bot: What name is the booking under?\nUser: no idea",
            "Bot: What's your name?\nUser: why do you need it",
            "Bot: What's your order number?\nUser: harris",
            "Bot: What's your name?\nUser: 12345",
            "Bot: What's your name?\nUser: rather not say thanks",
            "What's your name?\nUser: harris",
            "Agent: and your surname please?\nCaller: [NAME]",
            "Bot: What is the name of the product?\nUser: kettle",
            "Bot: And the product name?\nUser: kettle",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
    }
}
