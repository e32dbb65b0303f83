//! Speaker labels in pasted transcripts and chat exports ("Caller: yeah its keith robinson",
//! "Agent Sarah: thanks", "[10:32] CUSTOMER: ..."): the turn after a label is read as a line
//! of its own, word by word where it is written in lowercase, and a speaker's given name used
//! as a label is a name ("Priya: hi, how can I help?" above "Customer: ...").

use super::names::{is_brand, is_given_name, is_title};
use super::names_again::ORDINARY_WORDS;
use super::numbers::Span;
use super::text::{IT_IS, letters_before, offset_in, opening_len};
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
    label_at(text.as_bytes(), line).map(|label| label.turn)
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
fn label_at(b: &[u8], line: Range<usize>) -> Option<Label> {
    let b = &b[..line.end];
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
    } else if let Some(space) = past_title(b, start, first_end) {
        let name = named_after_title(b, start, space)?;
        (name.end, Some(name))
    } else {
        return None;
    };
    let spaces = b.get(end + 1..)?.iter().take_while(|c| **c == b' ').count();
    (b[end] == b':' && spaces > 0).then_some(Label { words: start..end, name, turn: end + 1 + spaces })
}

/// The capitalised words of a name after the title at `title` that starts a label, `space`
/// past it ([`past_title`]): "Mr Smith", "Dr. Priya Patel"; not a brand's ("Dr Martens").
fn named_after_title(b: &[u8], title: usize, space: usize) -> Option<Range<usize>> {
    let end = past_surnames(b, space);
    let brand = || is_brand(&b[title..letters_end(b, space + 1)]);
    (end > space && !brand()).then_some(space + 1..end)
}

/// Where the word from `start` to `end` ends with its full stop, if any, where it is a title
/// ("Mr", "Dr."): at the space a name would follow.
fn past_title(b: &[u8], start: usize, end: usize) -> Option<usize> {
    let word = &b[start..end];
    let title = (2..=4).contains(&word.len()) && std::str::from_utf8(word).is_ok_and(is_title);
    title.then(|| end + usize::from(b.get(end) == Some(&b'.')))
}

/// Where a name redacted as a speaker's label stands at the start of `line`, past any time or
/// tag and title ("[NAME]: hi", "[10:31] Mr [NAME]: hi", read again).
fn redacted_speaker_at(b: &[u8], line: Range<usize>) -> Option<usize> {
    let b = &b[..line.end];
    let start = past_tag(b, line.start);
    let first_end = letters_end(b, start);
    let at = past_title(b, start, first_end).map_or(start, |space| space + 1);
    b.get(at..)?.starts_with(b"[NAME]: ").then_some(at)
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
/// line, in a transcript: the speaker's given name as the label ([`beside_a_turn`]), or the
/// whole turn after it where the turn before asked for a name ([`answered_name`]). Out of
/// line: colons are rare.
#[inline(never)]
pub(crate) fn name_at_label(text: &str, colon: usize) -> Option<Span> {
    let (label, line) = label_ending_at(text, colon)?;
    match label.name {
        Some(name) => beside_a_turn(text, line.clone(), |_| true).then_some((name.start, name.end)),
        None => answered_name(text, label.turn, line),
    }
}

/// The turn before the one that the speaker label ending at `colon` starts, in a transcript
/// (the question that turn may answer), and where the label's turn starts.
pub(crate) fn question_at_label(text: &str, colon: usize) -> Option<(Range<usize>, usize)> {
    let (label, line) = label_ending_at(text, colon)?;
    Some((turn_before(text.as_bytes(), line.start)?, label.turn))
}

/// The turn on the last line before the one starting at `line_start` with more than spaces on
/// it, where that line starts with a speaker label.
fn turn_before(b: &[u8], line_start: usize) -> Option<Range<usize>> {
    let before = previous_line(b, line_start)?;
    Some(label_at(b, before.clone())?.turn..before.end)
}

/// Whether the colon before `w` (spaces between) ends a speaker's label in a transcript: a
/// line beside the label's, blank lines aside, starts with the label of a speaker no form
/// names ("Agent: How can I help?\nCustomer: Brilliant"; but a record's "Customer: Jean
/// Smith\nPatient: Tarquin Fortescue", or "Customer: Jean Smith" alone). Asked only after a
/// form's label.
pub(crate) fn speaker_label_before(text: &str, w: usize) -> bool {
    let b = text.as_bytes();
    let colon = b[..w].trim_ascii_end().len().saturating_sub(1);
    let no_form_names = |label: &Label| !FORM_ROLES.contains(&b[label.words.start..letters_end(b, label.words.start)]);
    label_ending_at(text, colon).is_some_and(|(_, line)| beside_a_turn(text, line, no_form_names))
}

/// Whether `word` is one of the [`ROLES`] that a form or a record labels too, before a
/// person's name ("Patient: Jean Smith").
pub(crate) fn is_role_forms_use_too(word: &[u8]) -> bool {
    FORM_ROLES.contains(word)
}

/// The [`ROLES`] that a form or a record labels too ([`is_role_forms_use_too`]).
static FORM_ROLES: WordSet = WordSet::new(|| {
    set_of(["caller", "customer", "cust", "client", "patient", "tenant", "member", "guest", "visitor"])
});

/// The speaker label that `colon` ends at the start of its line, then a space, and the line;
/// none where the text is one line (one line is no transcript).
fn label_ending_at(text: &str, colon: usize) -> Option<(Label, Range<usize>)> {
    let b = text.as_bytes();
    if b.get(colon) != Some(&b':') || b.get(colon + 1) != Some(&b' ') {
        return None;
    }
    let line_start = match line_break_before_label(b, colon) {
        Some(p) => p + 1,
        None if colon <= MAX_LABEL => 0,
        None => return None,
    };
    let line = line_start..memchr::memchr(b'\n', &b[colon..]).map_or(b.len(), |p| colon + p);
    if line == (0..b.len()) {
        return None;
    }
    let label = label_at(b, line.clone()).filter(|label| label.words.end == colon)?;
    Some((label, line))
}

/// The line break within a label's reach before the colon at `colon`, if any: the look that
/// settles most colons before a transcript's answer is read (one-line texts have none).
pub(crate) fn line_break_before_label(b: &[u8], colon: usize) -> Option<usize> {
    let from = colon.saturating_sub(MAX_LABEL);
    memchr::memrchr(b'\n', &b[from..colon]).map(|p| from + p)
}

/// Where the value of an answer in the turn starting at `turn` starts: past an "it's" opening
/// the turn ("Caller: it's biscuit").
pub(crate) fn answer_start(b: &[u8], turn: usize) -> usize {
    turn + opening_len(&b[turn..], &IT_IS).map_or(0, |n| n + 1)
}

/// Whether the line before or after `line`, blank lines aside, starts with a speaker label
/// that `speaks` accepts, or with a speaker's name redacted ("[NAME]: hi", read again): a
/// speaker's given name that labels `line` is a name then ("Priya", not "Bill: £45.00" or
/// "Mark: 7 out of 10": [`given_name_label`]).
fn beside_a_turn(text: &str, line: Range<usize>, speaks: impl Fn(&Label) -> bool) -> bool {
    let b = text.as_bytes();
    let labelled = |other: Range<usize>| {
        redacted_speaker_at(b, other.clone()).is_some() || label_at(b, other).is_some_and(|label| speaks(&label))
    };
    previous_line(b, line.start).is_some_and(labelled) || next_line(b, line.end).is_some_and(labelled)
}

/// The speakers' names that label the lines beside a name redacted where a speaker's label
/// stands, at `at` of redacted text ("[NAME]: hello\nPriya: hi", where "Watson W A T S O N:"
/// was read as a name by its spelling, not as a label), however far from it they stand: a
/// second redaction reads them as names ([`beside_a_turn`]), so the first must, or redacting
/// the redacted text would find more (found by the property tests: a line 250 bytes long put
/// the next label beyond what is read again around a placeholder).
pub(crate) fn names_beside_redacted_speaker(text: &str, at: Range<usize>) -> impl Iterator<Item = Span> + '_ {
    let b = text.as_bytes();
    // A colon and a space after it settle most names; then where its line starts.
    let line = b[at.end..].starts_with(b": ").then(|| line_around(b, at.start));
    let speaker = line.filter(|line| redacted_speaker_at(b, line.clone()) == Some(at.start));
    let beside = speaker.map(|line| [previous_line(b, line.start), next_line(b, line.end)]);
    beside.into_iter().flatten().flatten().filter_map(|other| name_at_label(text, label_at(b, other)?.words.end))
}

/// The speakers' names that label the line of redacted text the placeholder at `at` stands on
/// and the lines beside it, where the value it replaced crossed a line break: joining two
/// lines, it may have brought one speaker's label beside another's ("Dave: ... Flat 3\n14 Park
/// Road\nCaller: hi" reads as "Dave: ... [ADDRESS]\nCaller: hi"), however far from it they
/// stand (found by the property tests at 1,000,000 cases).
pub(crate) fn names_beside_joined_line(text: &str, at: usize) -> impl Iterator<Item = Span> + '_ {
    let b = text.as_bytes();
    let line = line_around(b, at);
    [previous_line(b, line.start), Some(line.clone()), next_line(b, line.end)]
        .into_iter()
        .flatten()
        .filter_map(|other| name_at_label(text, label_at(b, other)?.words.end))
}

/// The question that the value at `at` may answer, in a transcript, where `at` stands early in
/// its own turn ([`ANSWER_REACH`]): the last [`QUESTION_REACH`] bytes of the turn before, where
/// the words naming what it asks for stand ("Agent: and the three digits on the back?\nCaller:
/// yeah 123"), and where the answer's turn starts. None outside a transcript.
pub(crate) fn question_before(b: &[u8], at: usize) -> Option<(&[u8], usize)> {
    let from = at.saturating_sub(ANSWER_REACH + MAX_LABEL);
    let line_start = from + memchr::memrchr(b'\n', &b[from..at])? + 1;
    let turn = label_at(b, line_start..at)?.turn;
    if at - turn > ANSWER_REACH {
        return None;
    }
    let question = turn_before(b, line_start)?;
    Some((&b[question.start.max(question.end.saturating_sub(QUESTION_REACH))..question.end], turn))
}

/// How far into its turn an answer's value may stand ("yeah its 12345678 and 20 00 00").
const ANSWER_REACH: usize = 32;

/// How much of the turn before [`question_before`] gives.
const QUESTION_REACH: usize = 96;

/// The name that the turn starting at `turn` on `line` answers with after the turn before
/// asked for one ("Bot: What name is the booking under?\nUser: harris", "Agent: And your
/// surname?\nCaller: Kowalski"): the turn's first sentence or clause ("Kowalski. Can I park?"),
/// one to three words that are no stop words or fillers, perhaps after "it's" ("its tom
/// baker").
fn answered_name<'t>(text: &'t str, turn: usize, line: Range<usize>) -> Option<Span> {
    let b = text.as_bytes();
    if !asks_for_name(&text[turn_before(b, line.start)?]) {
        return None;
    }
    // Inside any punctuation, quotes or emoji around it ("‘harris’.", "harris 👍"), not a
    // placeholder's brackets.
    let inside = |t: &'t str| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '[' && c != ']');
    let mut answer = inside(&text[turn..first_sentence_end(b, turn, line.end)]);
    // Past a "yeah" or "yes" (and its comma) before an "it's" ("yeah, it's bartholomew
    // okonkwo-hughes").
    let first = answer.split([' ', ',']).next().unwrap_or_default();
    if ASSENTS.iter().any(|a| first.eq_ignore_ascii_case(a)) {
        let mut after = offset_in(b, first.as_bytes()) + first.len();
        after += usize::from(b.get(after) == Some(&b','));
        let rest = inside(&text[after..first_sentence_end(b, after, line.end)]);
        if opening_len(rest.as_bytes(), &IT_IS).is_some() {
            answer = rest;
        }
    }
    // Past "it's", then "under" ("it's under jones").
    for openings in [&IT_IS[..], &["under"]] {
        if let Some(n) = opening_len(answer.as_bytes(), openings) {
            answer = inside(&answer[n..]);
        }
    }
    let mut start = offset_in(b, answer.as_bytes());
    let end = start + answer.len();
    // Past a title ("It's Mrs. Begum"): the name is after it.
    let title = answer.split(' ').next().unwrap_or_default();
    if answer.len() > title.len() && is_title(title.strip_suffix('.').unwrap_or(title)) {
        start += title.len() + 1;
    }
    let mut words = text.get(start..end)?.split(' ');
    // An initial with its full stop ("J. Smith").
    let initial = |w: &str| matches!(w.as_bytes(), [c, b'.'] if c.is_ascii_alphabetic());
    let names = words.by_ref().take(3).all(|w| {
        initial(w)
            || (!w.is_empty()
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
                && !is_stop_word(w)
                && !FILLERS.contains(w))
    });
    (start < end && names && words.next().is_none()).then_some((start, end))
}

/// Where the first sentence or clause of the turn from `turn` to `end` ends: at a full stop,
/// comma, question or exclamation mark before a space ("Kowalski. Can I park there?"), but not
/// an initial's or a title's full stop ("J. Smith", "Mrs. Begum").
fn first_sentence_end(b: &[u8], turn: usize, end: usize) -> usize {
    // A title's full stop ends nothing ("Mrs. Begum").
    let title = |p: usize| std::str::from_utf8(letters_before(&b[turn..], p - turn, 4)).is_ok_and(is_title);
    let ends = |p: &usize| {
        matches!(b[*p], b'.' | b',' | b'!' | b'?')
            && b.get(p + 1) == Some(&b' ')
            && (b[*p] != b'.' || (*p >= turn + 2 && b[p - 2].is_ascii_alphabetic() && !title(*p)))
    };
    (turn..end).find(ends).unwrap_or(end)
}

/// Words that agree before an answer ([`answered_name`]).
const ASSENTS: [&str; 8] = ["yeah", "yes", "yep", "yup", "sure", "ok", "okay", "aye"];

/// Words said before an answer, or instead of one, that are no name ("one sec, it's on the
/// letter", "Pardon?", "Perfect").
static FILLERS: WordSet = WordSet::new(|| {
    set_of([
        "yeah",
        "yep",
        "yup",
        "ya",
        "aye",
        "ok",
        "okay",
        "sure",
        "certainly",
        "right",
        "well",
        "oh",
        "ah",
        "er",
        "erm",
        "um",
        "umm",
        "hmm",
        "huh",
        "eh",
        "pardon",
        "sorry",
        "sec",
        "secs",
        "second",
        "moment",
        "minute",
        "one",
        "two",
        "wait",
        "hang",
        "hold",
        "hiya",
        "hey",
        "morning",
        "afternoon",
        "evening",
        "alright",
        "cheers",
        "thanks",
        "lovely",
        "perfect",
        "brilliant",
        "cool",
        "great",
        "fine",
        "mate",
        "love",
        "darling",
        "honestly",
        "actually",
        "basically",
        "dunno",
        "nope",
        "what",
        "whatever",
        "pass",
        "unknown",
        "none",
        "private",
        "anonymous",
    ])
});

/// Whether a turn asks for a person's name: it ends (before "please" and its punctuation) with
/// "name" after a word that makes it a person's ("your name", "full name", "the name", "your
/// son's name"; not "product name"), with "surname", "forename", "speaking to" or "speaking
/// with", with "under" where it asks a name ("What name is the booking under?"), or with a
/// thing the name is on or for ("What's the name on the booking?", "the name for the order").
fn asks_for_name(turn: &str) -> bool {
    let turn = asking_words(turn);
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
    // "name on the booking", "name for your order": the last word the thing's.
    let name_on_a_thing = || {
        let mut words = turn.rsplit(' ').skip(1);
        let (the, on, name) = (words.next(), words.next(), words.next());
        the.is_some_and(|w| ["the", "your", "my"].iter().any(|t| w.eq_ignore_ascii_case(t)))
            && on.is_some_and(|w| w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("for"))
            && name.is_some_and(|w| w.eq_ignore_ascii_case("name"))
    };
    persons_name()
        || name_on_a_thing()
        || ["surname", "forename", "speaking to", "speaking with"].into_iter().any(ends_with)
        || (ends_with("under") && turn.split(' ').any(|w| w.eq_ignore_ascii_case("name")))
}

/// The words a question asks with, where what it asks for stands last: its turn without the
/// marks, spaces and a "please" after them ("What's your surname, please?" gives "What's your
/// surname").
pub(crate) fn asking_words(turn: &str) -> &str {
    let turn = turn.trim_end_matches(['?', '.', ' ', '\r']);
    strip_suffix_ignore_case(turn, " please").unwrap_or(turn).trim_end_matches([',', ' '])
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
            ("Mr Smith: hello", "hello"),
            ("[10:31] Dr. Priya Patel: hi", "hi"),
        ] {
            assert_eq!(turn(line), Some(rest), "{line}");
        }
        for line in [
            "[NAME]: hi",
            "[NAME] me Abi: table for 4",
            "Note: call back",
            "Bill: £45.00",
            "Mark: 7 out of 10",
            "Dr Martens: £120",
            "Mr: hi",
            "Mr smith: hi",
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
        // A speaker's name redacted is still a speaker beside one ("[NAME]: hi", read again).
        assert_eq!(names("[NAME]: hello\nTom: hi"), ["Tom"]);
        assert_eq!(names("[10:31] [NAME]: hello\n[10:32] Tom: hi"), ["Tom"]);
        // A title before a speaker's name ("Mr Smith: ..."), redacted or not.
        assert_eq!(names("Mr Smith: hello\nPriya: hi"), ["Smith", "Priya"]);
        assert_eq!(names("Dr. [NAME]: hello\nPriya: hi"), ["Priya"]);
        // A tag's bracket closed on the next line is no tag.
        assert!(names("Tom: hi\n[1\n] x").is_empty());
    }

    #[test]
    fn speakers_beside_a_name_redacted_as_a_label_are_names_however_far() {
        /// The names beside the last "[NAME]" of `text`.
        fn beside(text: &str) -> Vec<&str> {
            let at = text.rfind("[NAME]").unwrap();
            names_beside_redacted_speaker(text, at..at + "[NAME]".len()).map(|(s, e)| &text[s..e]).collect()
        }
        let long = "x ".repeat(300);
        let text = format!("Priya: {long}\n\n[10:31] [NAME]: {long}\nMr Tom Jones: hi\nSam: ok");
        assert_eq!(beside(&text), ["Priya", "Tom Jones"]);
        assert_eq!(beside(&format!("Priya: {long}\nDr. [NAME]: hi")), ["Priya"]);
        // No label: a name elsewhere on its line, or no colon and space after it.
        for text in ["Priya: hi\nok [NAME]: hi\nTom: hi", "Priya: hi\n[NAME] hi\nTom: hi", "Priya: hi\n[NAME]:hi"] {
            assert!(beside(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_role_that_forms_use_too_labels_a_speaker_beside_another() {
        let speaker = |text: &str| speaker_label_before(text, text.find("Customer: ").unwrap() + "Customer: ".len());
        assert!(speaker("Agent: How can I help?\nCustomer: Brilliant"));
        assert!(speaker("Customer: Brilliant\n\nBot: great"));
        assert!(speaker("[10:31] Priya: hi\n[10:32] Customer: Perfect"));
        assert!(speaker("[NAME]: hi\nCustomer: Perfect"));
        // A form's fields, or one line, are no transcript's turns.
        assert!(!speaker("Customer: Jean Smith"));
        assert!(!speaker("Order: 5521\nCustomer: Jean Smith"));
        assert!(!speaker("Customer: Jean Smith\nPatient: Tarquin Fortescue"));
        assert!(!speaker("Agent: hi\nNote - Customer: Jean Smith"));
    }

    #[test]
    fn a_question_is_read_from_the_turn_before_an_early_answer() {
        fn question<'t>(text: &'t str, value: &str) -> Option<(&'t str, &'t str)> {
            question_before(text.as_bytes(), text.find(value).unwrap())
                .map(|(q, turn)| (std::str::from_utf8(q).unwrap(), &text[turn..]))
        }
        assert_eq!(
            question("Agent: and the sort code?\nCaller: yeah its 20 00 00", "20"),
            Some(("and the sort code?", "yeah its 20 00 00"))
        );
        assert_eq!(question("[10:01] Bot: Your CVV?\n\n[10:02] User: 123", "123"), Some(("Your CVV?", "123")));
        // Its last bytes only, where what it asks for is named.
        let long = format!("Agent: {} and the CVV?\nCaller: 123", "x".repeat(200));
        assert_eq!(question(&long, "123").map(|(q, _)| q.len()), Some(QUESTION_REACH));
        for (text, value) in [
            // Too far into the answer, no label before it, no turn before, no transcript.
            ("Agent: and the sort code?\nCaller: well I am not sure but I think it is 20 00 00", "20"),
            ("Agent: and the sort code?\n20 00 00", "20"),
            ("Note: the sort code?\nCaller: 20 00 00", "20"),
            ("Caller: 20 00 00", "20"),
            ("the sort code is 20 00 00", "20"),
        ] {
            assert_eq!(question(text, value), None, "{text}");
        }
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
            ("Agent: And your surname please?\nCaller: Kowalski. Can I park outside?", "Kowalski"),
            ("Agent: your full name?\nCaller: its tom baker, and I'm calling about a bill", "tom baker"),
            ("Agent: your full name?\nCaller: J. Smith. Thanks", "J. Smith"),
            ("Bot: What's the name on the booking?\nUser: it's under jones", "jones"),
            ("Bot: And the name for the order please?\nUser: under Okafor", "Okafor"),
            (
                "Agent: Can I take your full name?\nCaller: yeah it's bartholomew okonkwo-hughes",
                "bartholomew okonkwo-hughes",
            ),
            ("Agent: And your surname?\nCaller: yes, its adeyemi. Is that ok?", "adeyemi"),
            // Past a title, whose full stop ends nothing.
            ("Agent: And the surname?\nCaller: It's Mrs. Begum.", "Begum"),
            ("Agent: what name is it under?\nCaller: Dr Jones. Can I park?", "Jones"),
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
            "Agent: your surname please?\nCaller: one sec, it's on the letter",
            "Agent: your surname please?\nCaller: Pardon?",
            "Agent: your surname please?\nCaller: yeah it's on the letter",
            "Agent: your surname please?\nCaller: ok, its the same as before",
            "Agent: your surname please?\nCaller: yeah, hang on",
            "Agent: your surname please?\nCaller: Perfect. Can I park outside?",
            "What's your name?\nUser: harris",
            "Agent: and your surname please?\nCaller: [NAME]",
            "Bot: What is the name of the product?\nUser: kettle",
            "Bot: And the product name?\nUser: kettle",
            "Bot: Is the name on the booking right?\nUser: yes",
            "Bot: Do you want it on the account?\nUser: under review",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
    }
}
