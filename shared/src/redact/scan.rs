//! The single pass over a message. Sixteen bytes at a time (SSE2 on x86_64, NEON on aarch64),
//! every byte is sorted into "nothing to do" (most of them) or a trigger: a digit, `@`, `:`,
//! `.`, or, where a word starts, a capital, a non-ASCII letter, the `n` of "name", the `d` of
//! "dot" (an email address in a voice transcript, "sam at gmail dot com"), the `i` of "i'm",
//! "is" and "it's" (a name in lowercase, "hi im sarah") or the `p` of "password" and "pin" (a
//! value after "was" or "to": "my password was sunshine"). A 256-entry
//! table then sends each trigger to its recognizers, and each recognizer validates its
//! candidate before it becomes a finding.

use super::entity::{EntitySet, EntityType};
use super::kept::{KeptTerms, leave_inside};
use super::numbers::{self, Span};
use super::text::{DigitRun, eq_ignore_case, is_word, word_char_before};
use super::{
    Finding, address, codes, credentials, dates, dates_in_words, names, names_again, net, spelled_out, spoken,
    transcript,
};
use std::ops::Range;

const BORING: u8 = 0;
const DIGIT: u8 = 1;
const AT: u8 = 2;
const COLON: u8 = 3;
const DOT: u8 = 4;
const UPPER: u8 = 5;
const LOWER_CUE: u8 = 6;
const NON_ASCII_LEAD: u8 = 7;
const LOWER_P: u8 = 8;

static CLASS: [u8; 256] = {
    let mut table = [BORING; 256];
    let mut c = 0;
    while c < 256 {
        table[c] = match c as u8 {
            b'0'..=b'9' => DIGIT,
            b'@' => AT,
            b':' => COLON,
            b'.' => DOT,
            b'A'..=b'Z' => UPPER,
            b'n' | b'd' | b'i' => LOWER_CUE,
            b'p' => LOWER_P,
            0xC0..=0xFF => NON_ASCII_LEAD,
            _ => BORING,
        };
        c += 1;
    }
    table
};

/// Collects findings of the enabled types, but the kept terms ([`Keeping`]).
struct Sink<'o, 'k> {
    types: EntitySet,
    out: &'o mut Vec<Finding>,
    /// None where no term is kept: one pointer, so the hot scan loop carries no more.
    keep: Option<&'o mut Keeping<'k>>,
}

/// A bot's kept terms while `text` is scanned: one found is skipped as if found, no reading that
/// asks for a name found before it sees it, and where it stands is kept (`at`), for what other
/// readings found inside it to be left too ([`leave_inside`]).
pub(crate) struct Keeping<'o> {
    terms: &'o KeptTerms,
    text: &'o str,
    pub(crate) at: Vec<Span>,
}

impl<'o> Keeping<'o> {
    pub(crate) fn new(terms: &'o KeptTerms, text: &'o str) -> Self {
        Self { terms, text, at: Vec::new() }
    }

    /// Itself, where any term is kept.
    pub(crate) fn if_any(&mut self) -> Option<&mut Self> {
        (!self.terms.is_empty()).then_some(self)
    }

    /// Whether the value at `start..end` is a kept term; notes where it stands if so.
    #[inline(never)]
    fn holds(&mut self, start: usize, end: usize) -> bool {
        let kept = self.terms.contains_at(self.text, start, end);
        if kept {
            self.at.push((start, end));
        }
        kept
    }
}

impl Sink<'_, '_> {
    /// Records a finding; answers its end, for skipping past it. Always inlined: most calls
    /// pass no span.
    #[inline(always)]
    fn add(&mut self, entity: EntityType, span: Option<Span>) -> Option<usize> {
        let (start, end) = span?;
        if !self.types.contains(entity) {
            return None;
        }
        if let Some(keep) = &mut self.keep
            && keep.holds(start, end)
        {
            return Some(end);
        }
        self.out.push(Finding { entity, start, end });
        Some(end)
    }
}

/// Appends every finding of `types` in `text` to `out`, possibly overlapping; in text, or the
/// lines of it, written in lowercase (as a voice bot's transcript is), also the names no
/// trigger sees and what is said one character at a time: numbers, codes, spelled names; in
/// other text, the names written in lowercase among its words ([`sentence_case_names`]).
/// Answers where kept terms stand ([`Keeping`]).
pub(crate) fn scan(text: &str, types: EntitySet, kept: &KeptTerms, out: &mut Vec<Finding>) -> Vec<Span> {
    let from = out.len();
    let mut keeping = Keeping::new(kept, text);
    let mut sink = Sink { types, out, keep: keeping.if_any() };
    scan_range(text, 0..text.len(), 0, &mut sink, sentence_case_names(text, types));
    for_lowercase_parts(text, |part| {
        if types.contains(EntityType::Name) {
            names::in_lowercase_text(text, part.clone(), |span| {
                sink.add(EntityType::Name, Some(span));
            });
        }
        spelled_out(text, part, &mut sink);
    });
    if kept.is_empty() {
        // Most messages find nothing: no call.
        if types.contains(EntityType::Name) && !out.is_empty() {
            names_again(text, kept, out);
        }
        return Vec::new();
    }
    leave_kept(text, types, kept, out, from, keeping.at)
}

/// [`scan`]'s end where a bot keeps terms: where they stand, where a recognizer read one
/// (`kept_at`, as passed) and wherever the text holds one, whoever reads it; the findings of
/// `out[from..]` without them and what lies inside one; and the names written again, which no
/// kept term seeds. Out of line: most redactors keep none.
#[inline(never)]
fn leave_kept(
    text: &str,
    types: EntitySet,
    kept: &KeptTerms,
    out: &mut Vec<Finding>,
    from: usize,
    mut kept_at: Vec<Span>,
) -> Vec<Span> {
    kept_at.extend(kept.occurrences(text));
    // A kept term is no name found, to be looked for again ("priya patel" kept leaves "i am
    // priya" elsewhere as the rest of the text reads it), nor is what was read inside one
    // ("JACK ND" inside "JACK SON JACK ND" kept, which only names_again reads whole: its "ND"
    // written again was found, and before a name's placeholder by a second redaction only;
    // found by fuzzing).
    kept.leave_out(text, out, from);
    leave_inside(&kept_at, out, from);
    if types.contains(EntityType::Name) {
        names_again(text, kept, out);
    }
    leave_inside(&kept_at, out, from);
    kept_at
}

/// Adds the places where a name found in `text` is written again ([`names_again`]); allocates
/// only where there is one.
fn names_again(text: &str, kept: &KeptTerms, out: &mut Vec<Finding>) {
    if out.is_empty() {
        return;
    }
    let mut more = Vec::new();
    names_again::find_again(text, out, &mut more);
    kept.leave_out(text, &mut more, 0);
    out.append(&mut more);
}

/// The filter for the names written in lowercase in a text that does not
/// [`names::reads_as_lowercase`], where names are wanted: as phones type them, the keyboard
/// capitalises a sentence's first letter and the writer types the rest ("My husband john will
/// collect it", "Cheers dave, that's sorted"). [`scan_range`] asks each word that starts with
/// a lowercase letter ([`names_in_chunk`]).
fn sentence_case_names(text: &str, types: EntitySet) -> Option<&'static names::LowercaseNameFilter> {
    (types.contains(EntityType::Name) && !names::reads_as_lowercase(text)).then(names::LowercaseNameFilter::get)
}

/// The names written in lowercase at the `words` of the chunk at `at` of `text` (bit `n` for a
/// lowercase letter that starts a word at `at + n`; `long`, where three lowercase letters do):
/// each word of three letters or more, or of one or two that may be a name or title, that
/// `filter` lets by is asked ([`names::lowercase_name_in_sentence_case`]). One bit settles
/// most words.
#[inline(always)]
fn names_in_chunk(
    text: &str,
    at: usize,
    ChunkWords { mut words, long }: ChunkWords,
    end: usize,
    filter: &names::LowercaseNameFilter,
    sink: &mut Sink<'_, '_>,
) {
    let b = text.as_bytes();
    while words != 0 {
        let bit = words.trailing_zeros();
        let pos = at + bit as usize;
        words &= words - 1;
        if pos >= end {
            return;
        }
        // A shorter word is no name or title but "jo", "mo", "xu", "mr", "mx" and "dr". At the
        // chunk's end the bytes after it are read where they stand: whether "alF" is read must
        // not hang on where the chunks fall (found by fuzzing).
        let short = match bit {
            0..CHUNK_BEFORE_LAST_TWO => long >> bit & 1 == 0,
            _ => !matches!(b.get(pos + 1..pos + 3), Some([x, y]) if x.is_ascii_lowercase() && y.is_ascii_lowercase()),
        };
        if (!short || matches!(b[pos], b'd' | b'j' | b'm' | b'x')) && filter.may_hold(b, pos) {
            // Or a given name joined to the name found before it ("My kids are ruby and alfie").
            let joined = || {
                let last = sink.out.last().filter(|f| f.entity == EntityType::Name && f.end < pos)?;
                names::joined_in_lowercase(text, last.end, pos)
            };
            sink.add(EntityType::Name, names::lowercase_name_in_sentence_case(text, pos).or_else(joined));
        }
    }
}

/// The sixteen bytes of `b` from `at`, zero-padded past its end (zeros are boring).
#[inline(always)]
fn chunk_at(b: &[u8], at: usize) -> [u8; CHUNK] {
    match b.get(at..at + CHUNK) {
        Some(whole) => whole.try_into().unwrap_or([0; CHUNK]),
        None => {
            let mut padded = [0; CHUNK];
            padded[..b.len() - at].copy_from_slice(&b[at..]);
            padded
        }
    }
}

/// How many bytes before a spoken number are its context when its digits are read as typed:
/// more than any numeric recognizer's window.
const SPOKEN_CONTEXT: usize = 48;

/// What is said one character at a time in `part` of `text` ([`spelled_out`]): words spelled
/// letter by letter, names; numbers and codes said digit by digit and letter by letter, each
/// read by the recognizers as typed after the same words ("my number is oh seven seven ..." as
/// "my number is 077...", "s o one four ..." as "S014..." or, failing that, "SO14..."), each
/// finding mapped back to the words that said it. Also dates of birth with the day in words
/// ("the fourth of may nineteen eighty five", [`dates_in_words`]), read at the month's name,
/// and house numbers in words ("i live at twenty two elm road", [`address::said_house_number`]).
fn spelled_out(text: &str, part: Range<usize>, sink: &mut Sink<'_, '_>) {
    let b = text.as_bytes();
    let mut i = part.start;
    while i < part.end {
        if !b[i].is_ascii_alphabetic() || word_char_before(b, i) {
            i += 1;
            continue;
        }
        let len = b[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        i = said_at(text, i, len, sink).unwrap_or(i + len);
    }
}

/// What [`spelled_out`] reads at the word of `len` letters at `i`: where reading resumes past
/// it, or None where nothing is said there.
#[inline(always)]
fn said_at(text: &str, i: usize, len: usize, sink: &mut Sink<'_, '_>) -> Option<usize> {
    let b = text.as_bytes();
    if may_be_month(b, i, len)
        && let Some(span) = dates_in_words::around_month(b, i)
    {
        sink.add(EntityType::Dob, Some(span));
        return Some(span.1);
    }
    // A date of birth said as two ordinals ("fourteenth of the second eighty two").
    if dates_in_words::may_start_ordinal_day(b, i, len)
        && let Some(span) = dates_in_words::ordinal_day_and_month(b, i)
    {
        sink.add(EntityType::Dob, Some(span));
        return Some(span.1);
    }
    // A house number in words ("i live at twenty two elm road", "flat three, twenty two elm
    // road", "flat b forty two kings road"): it starts with one of the letters that start
    // number words, after a cue. So does a year of birth in words ("i was born in nineteen
    // eighty five").
    if matches!(b[i], b'o' | b't' | b'f' | b's' | b'e' | b'n') {
        // Settled first by the cue's last letter: "born", "born in", "of birth", "birth year",
        // "dob", "is", a colon.
        if i >= 2
            && matches!(b[i - 2], b'n' | b'h' | b'r' | b'b' | b's' | b':')
            && matches!(&b[i..i + len], b"nineteen" | b"two" | b"twenty")
            && let Some(span) = dates::birth_year_in_words(b, i)
        {
            sink.add(EntityType::Dob, Some(span));
            return Some(span.1);
        }
        if let Some(span) = if address::after_address_cue(b, i) {
            address::said_house_number(text, i)
        } else if address::may_follow_flat_prefix(b, i) {
            address::said_flat(text, i)
        } else if address::may_follow_flat_letter(b, i) {
            address::said_flat_by_letter(text, i)
        } else {
            None
        } {
            sink.add(EntityType::Address, Some(span));
            return Some(span.1);
        }
    }
    // A webmail's address with no top-level domain ("contact me on jsmith at gmail").
    if len == 2
        && b[i] == b'a'
        && b[i + 1] == b't'
        && let Some(span) = spoken::webmail_without_domain(b, i)
    {
        sink.add(EntityType::Email, Some(span));
        return Some(span.1);
    }
    // A street where one lives or a parcel goes, no number before it ("i live on beech avenue",
    // "send it to rose cottage, mill lane").
    if i >= 8
        && matches!(b[i - 2], b'n' | b't' | b'o')
        && let Some(span) = address::lowercase_where_one_lives(text, i)
    {
        sink.add(EntityType::Address, Some(span));
        return Some(span.1);
    }
    said_one_at_a_time(text, i, len, sink)
}

/// What is said one character at a time from the word of `len` letters at `i`: a word spelled
/// letter by letter, a number or a code; where reading resumes past it.
#[inline(always)]
fn said_one_at_a_time(text: &str, i: usize, len: usize, sink: &mut Sink<'_, '_>) -> Option<usize> {
    let b = text.as_bytes();
    // It starts with a word of at most six letters ("double", "nought") and goes on past a
    // space, hyphen or comma: most words are longer or end their run.
    if len > 6 || !matches!(b.get(i + len), Some(b' ' | b'-' | b',')) || !spelled_out::may_start(&b[i..i + len]) {
        return None;
    }
    if let Some(end) = spelled_out::spelled_at(b, i) {
        // With the word it spells, if that stands right before or after it ("its john j o h
        // n", "its j o h n john").
        let start = spelled_out::word_spelled_before(b, i, end).unwrap_or(i);
        let end = spelled_out::word_spelled_after(b, i, end).unwrap_or(end);
        sink.add(EntityType::Name, Some((start, end)));
        return Some(end);
    }
    let number = spelled_out::number_at(b, i)?;
    for (range, chars) in number.readings() {
        if read_as_typed(text, &number, range.start, &chars[range], sink) {
            return Some(number.end());
        }
    }
    // A run with a digit typed in it that says nothing may be a spelling a digit cut ("w 5 l l
    // i a m s"): read on from the next word.
    let typed_digit = b[i..number.end()].iter().any(u8::is_ascii_digit);
    Some(if typed_digit { i + len } else { number.end() })
}

/// Where something may be said in words right after the "is" at `i` in a text not read as
/// lowercase, where [`spelled_out`] does not go, as speech to text may write it in sentence
/// case: the word to read it from ([`said_at`]) and its length. A date of birth in words, at its
/// month's name ("My date of birth is the fourth of may nineteen eighty five", "is may the
/// fourth"); or one character at a time, where the first word and the next may each say one
/// ("My mobile is oh seven nine double one ...", "My postcode is s w one a one a a"; not "is a
/// problem", "is one of"). Out of line: "is" is common.
#[inline(never)]
fn said_after_is(text: &str, i: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let start = i + 3;
    let word = |at: usize| &b[at..at + b[at..].iter().take_while(|c| c.is_ascii_alphabetic()).count()];
    let lowercase_next = b.get(i + 2) == Some(&b' ') && b.get(start).is_some_and(u8::is_ascii_lowercase);
    if !lowercase_next || names::reads_as_lowercase(text) {
        return None;
    }
    let len = word(start).len();
    let second = start + len + 1;
    let said = b.get(start + len) == Some(&b' ')
        && spelled_out::may_start(&b[start..second - 1])
        && second < b.len()
        && spelled_out::may_start(word(second));
    // A month's name at once ("is may the fourth"), or after "the", an ordinal day and perhaps
    // "of" ("is the fourth of may", "is the twenty first of june").
    let month = || {
        if may_be_month(b, start, len) {
            return Some((start, len));
        }
        if &b[start..start + len] != b"the" || second >= b.len() {
            return None;
        }
        let (_, day_end) = dates_in_words::ordinal_at(b, second)?;
        let at = if eq_ignore_case(b, day_end, b" of ") { day_end + 4 } else { day_end + 1 };
        let month_len = word(at.min(b.len())).len();
        (b.get(day_end) == Some(&b' ') && may_be_month(b, at, month_len)).then_some((at, month_len))
    };
    if said { Some((start, len)) } else { month() }
}

/// Whether the word of `len` letters at `i` may be a month's name, by its length and first
/// three letters (the cheap test before [`dates_in_words::around_month`]).
#[inline(always)]
fn may_be_month(b: &[u8], i: usize, len: usize) -> bool {
    (3..=9).contains(&len) && dates::month_starting(b, i).is_some()
}

/// [`said_at`] out of line, for [`said_after_is`]: inlined through the "is" trigger, it made
/// the scan loop longer (0.4% more instructions on PII-free messages).
#[inline(never)]
fn said_after(text: &str, i: usize, len: usize, sink: &mut Sink<'_, '_>) -> Option<usize> {
    said_at(text, i, len, sink)
}

/// Whether the recognizers find anything in `typed`, the characters of `number` from its
/// `first` on, typed after the words before them; records what they find, at the words that
/// said it. The context and the characters share one buffer on the stack: no allocation where
/// nothing is found.
fn read_as_typed(
    text: &str,
    number: &spelled_out::SpokenNumber,
    first: usize,
    typed: &[u8],
    sink: &mut Sink<'_, '_>,
) -> bool {
    let start = number.span_of(first, first).0;
    // Never more than the buffer's context: a character cut by the bound is left out.
    let from = text.ceil_char_boundary(start.saturating_sub(SPOKEN_CONTEXT));
    let mut buffer = [0; SPOKEN_CONTEXT + spelled_out::MAX_DIGITS];
    let at = start - from;
    buffer[..at].copy_from_slice(&text.as_bytes()[from..start]);
    buffer[at..at + typed.len()].copy_from_slice(typed);
    let Ok(typed) = std::str::from_utf8(&buffer[..at + typed.len()]) else { return false };
    let mut found = Vec::new();
    // A credential's value is read from the "is" before it ("my pin is four eight two one").
    let from = if typed.as_bytes()[..at].ends_with(b" is ") { at - 3 } else { at };
    scan_range(typed, from..typed.len(), from, &mut Sink { types: sink.types, out: &mut found, keep: None }, None);
    let mut any = false;
    for f in found.into_iter().filter(|f| f.end > at) {
        any |= sink.add(f.entity, Some(number.span_of(first + f.start.max(at) - at, first + f.end - 1 - at))).is_some();
    }
    any
}

/// Whether reading redacted `text` near the placeholder `at` again may find in its lowercase
/// what the original did not give: a name in lowercase (no trigger sees one) where the
/// placeholder is glued to a word, whose ends it changed ("friend jamal'[URL]", "thanks
/// jamie.[NAME]", "[EMAIL]'mr o", "tom-[NAME]"); where, `shorter` than what it replaced, it
/// brought a sign-off within reach ([`names::sign_off_before`]); where it stands for the word
/// after a given name, which can make the name a place ("victoria [ADDRESS]" was "victoria Flat
/// 3 ...", [`names::given_name_before`]); and anything read in lowercase (names, what is said
/// one character at a time) where it `joins` lines or sentences, replacing a value across a
/// line break or a sentence's end, so that a line or sentence read as lowercase now goes on
/// with what followed.
pub(crate) fn lowercase_may_read_otherwise(text: &str, at: Range<usize>, shorter: bool, joins: bool) -> bool {
    joins
        || glued(text, at.clone())
        || (shorter && names::sign_off_before(text, at.start))
        || names::given_name_before(text, at.start)
}

/// Calls `part` for the parts of `text` that [`names::in_lowercase_text`] reads, in order: all
/// of it if it [`names::reads_as_lowercase`], else each later line of it that does ("Hi\nmy
/// husband john will collect it"), and in the other lines each sentence that starts in
/// lowercase after one that did not ("Hi there. my son jack is ill"), up to the next that does
/// not. A placeholder never makes a line or sentence read so (it starts with a capital, and
/// ends a sentence read so that it starts) unless it joins two lines or sentences, replacing a
/// value across a line break or a sentence's end ([`lowercase_may_read_otherwise`]).
fn for_lowercase_parts(text: &str, mut part: impl FnMut(Range<usize>)) {
    if names::reads_as_lowercase(text) {
        return part(0..text.len());
    }
    let b = text.as_bytes();
    let Breaks { line: any_line, sentence, label } = breaks(b);
    if !any_line {
        if label && let Some(turn) = lowercase_turn(text, 0..b.len()) {
            return part(turn);
        }
        if sentence {
            lowercase_sentences(b, 0..b.len(), part);
        }
        return;
    }
    // Each line with its line break, the first aside (its first letter, if any, is the text's).
    let last = (b.last() != Some(&b'\n')).then_some(b.len());
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', b).map(|p| p + 1).chain(last) {
        if start > 0 && names::reads_as_lowercase(&text[start..end]) {
            part(start..end);
        } else if label && let Some(turn) = lowercase_turn(text, start..end) {
            part(turn);
        } else if sentence {
            lowercase_sentences(b, start..end, &mut part);
        }
        start = end;
    }
}

/// The turn after a speaker label at the start of `line`, where it [`names::reads_as_lowercase`]
/// ("Caller: yeah its keith robinson"): read as a line of its own ([`transcript::turn_start`]).
/// The label's words are looked up only after a colon and a space near the line's start, and a
/// lowercase letter first after them.
#[inline(never)]
fn lowercase_turn(text: &str, line: Range<usize>) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let head = &b[line.start..line.end.min(line.start + transcript::MAX_LABEL + 2)];
    let colon = line.start + head.windows(2).position(|pair| pair == b": ")?;
    if !names::reads_as_lowercase(&text[colon..line.end]) {
        return None;
    }
    Some(transcript::turn_start(text, line.clone())?..line.end)
}

/// Calls `part` for each sentence of the `line` that starts with a lowercase letter after the
/// full stop, question or exclamation mark and the spaces that end the one before it, up to the
/// next sentence that starts with anything else.
fn lowercase_sentences(b: &[u8], line: Range<usize>, mut part: impl FnMut(Range<usize>)) {
    let mut open: Option<usize> = None;
    let mut at = line.start;
    while let Some(p) = b[at..line.end].iter().position(|c| is_sentence_mark(*c)) {
        let stop = at + p;
        let after_marks = stop + b[stop..line.end].iter().take_while(|c| is_sentence_mark(**c)).count();
        let next = after_marks + b[after_marks..line.end].iter().take_while(|c| **c == b' ').count();
        at = next.max(stop + 1);
        match b.get(next).filter(|_| next > after_marks && next < line.end) {
            Some(c) if c.is_ascii_lowercase() => {
                open.get_or_insert(next);
            }
            // A capital, a digit, a placeholder ("sort code [SORT_CODE]. [IBAN] its ella b" was
            // "... GB82 WEST ... its ella b", no lowercase sentence), anything else.
            Some(_) => {
                if let Some(start) = open.take() {
                    part(start..stop);
                }
            }
            None => {}
        }
    }
    if let Some(start) = open {
        part(start..line.end);
    }
}

/// A full stop, question or exclamation mark: a sentence's end before a space.
fn is_sentence_mark(c: u8) -> bool {
    matches!(c, b'.' | b'?' | b'!')
}

/// Whether `b` holds a sentence's end before a space ([`Breaks::sentence`]).
pub(crate) fn ends_a_sentence(b: &[u8]) -> bool {
    b.windows(2).any(|pair| is_sentence_mark(pair[0]) && pair[1] == b' ')
}

/// What [`for_lowercase_parts`] looks for before it reads a text's lines or sentences.
#[derive(Debug, Default, PartialEq, Eq)]
struct Breaks {
    /// A line break.
    line: bool,
    /// A full stop, question or exclamation mark before a space, where a sentence may start.
    sentence: bool,
    /// A colon before a space, where a speaker's label may end ([`lowercase_turn`]).
    label: bool,
}

/// The [`Breaks`] in `b`: sixteen bytes at a time (most messages have none, and `memchr` for
/// line breaks alone on a short message cost 3.6% more instructions on PII-free ones), each
/// chunk overlapping the one before by a byte, so that a mark's next byte is in its chunk.
fn breaks(b: &[u8]) -> Breaks {
    if b.len() < CHUNK {
        let mut padded = [0; CHUNK];
        padded[..b.len()].copy_from_slice(b);
        return chunk_breaks(&padded).unwrap_or_default();
    }
    let mut found = Breaks::default();
    let mut at = 0;
    loop {
        // The last chunk overlaps the one before it rather than run past the end.
        let start = at.min(b.len() - CHUNK);
        let Some(chunk) = b[start..].first_chunk::<CHUNK>() else { return found };
        if let Some(chunk) = chunk_breaks(chunk) {
            found.line |= chunk.line;
            found.sentence |= chunk.sentence;
            found.label |= chunk.label;
            if found.line && found.sentence && found.label {
                return found;
            }
        }
        if start + CHUNK == b.len() {
            return found;
        }
        at += CHUNK - 1;
    }
}

/// Whether the placeholder at `at` is glued to a word before or after it: by no space, or by
/// an apostrophe, a full stop or a hyphen ("tom-[NAME]" was the one word "tom-Jane").
fn glued(text: &str, at: Range<usize>) -> bool {
    const JOINTS: [char; 4] = ['\'', '.', '-', '\u{2019}'];
    let before = &text[..at.start];
    let after = &text[at.end..];
    let before = before.strip_suffix(JOINTS).unwrap_or(before);
    let after = after.strip_prefix(JOINTS).unwrap_or(after);
    before.chars().next_back().is_some_and(char::is_alphanumeric)
        || after.chars().next().is_some_and(char::is_alphanumeric)
}

/// A [`scan`] of chosen ranges of a text only, given in order; recognizers still read the
/// whole text, and a trigger skipped because something found before it covers it stays
/// skipped in a later range. What is said one character at a time is read again where the ranges
/// meet the parts written in lowercase: a placeholder before one changes its context ("GB82
/// WEST ... 7654 32 oh seven seven ..." hid the phone number behind the IBAN's digits). Those
/// parts ([`for_lowercase_parts`]) are found once, for this and for the names in lowercase.
pub(crate) struct RangeScan<'t, 'o> {
    text: &'t str,
    sink: Sink<'o, 't>,
    resume: usize,
    lowercase: Vec<Range<usize>>,
    next_lowercase: usize,
}

impl<'t: 'o, 'o> RangeScan<'t, 'o> {
    pub(crate) fn new(
        text: &'t str,
        types: EntitySet,
        keep: Option<&'o mut Keeping<'t>>,
        out: &'o mut Vec<Finding>,
    ) -> Self {
        let mut lowercase = Vec::new();
        for_lowercase_parts(text, |part| lowercase.push(part));
        Self { text, sink: Sink { types, out, keep }, resume: 0, lowercase, next_lowercase: 0 }
    }

    /// Appends the findings at the triggers within `range`, which must not start before the
    /// previous one.
    pub(crate) fn scan(&mut self, range: Range<usize>) {
        self.resume = scan_range(self.text, range.clone(), self.resume, &mut self.sink, None);
        while let Some(part) = self.lowercase.get(self.next_lowercase) {
            if part.start >= range.end {
                break;
            }
            let both = part.start.max(range.start)..part.end.min(range.end);
            spelled_out(self.text, both, &mut self.sink);
            if part.end > range.end {
                break;
            }
            self.next_lowercase += 1;
        }
    }

    /// Appends what is read in lowercase where the parts of the text read so meet the ranges
    /// `within` (in order, not overlapping): the names [`names::in_lowercase_text`] finds and
    /// what is said one character at a time ([`spelled_out`]); and in other text the names
    /// written in lowercase there ([`sentence_case_names`]). For the text near the placeholders
    /// of redacted text that may have changed a lowercase reading, which may reach past the
    /// ranges [`RangeScan::scan`] read (to the end of a line a placeholder joined to another).
    pub(crate) fn lowercase_within(&mut self, within: &[Range<usize>]) {
        let names = self.sink.types.contains(EntityType::Name);
        let mut first = 0;
        for part in &self.lowercase {
            while first < within.len() && within[first].end <= part.start {
                first += 1;
            }
            for range in within[first..].iter().take_while(|r| r.start < part.end) {
                let both = part.start.max(range.start)..part.end.min(range.end);
                if names {
                    names::in_lowercase_text(self.text, both.clone(), |span| {
                        self.sink.add(EntityType::Name, Some(span));
                    });
                }
                spelled_out(self.text, both, &mut self.sink);
            }
        }
        if let Some(filter) = sentence_case_names(self.text, self.sink.types) {
            for range in within {
                names_in_range(self.text, range.clone(), filter, &mut self.sink);
            }
        }
    }
}

/// The triggers within `range` from `resume` on, and with a filter, the names written in
/// lowercase ([`sentence_case_names`]); answers where scanning would resume.
fn scan_range(
    text: &str,
    range: Range<usize>,
    mut resume: usize,
    sink: &mut Sink<'_, '_>,
    names: Option<&names::LowercaseNameFilter>,
) -> usize {
    let b = text.as_bytes();
    // Triggers before `resume` lie inside something a recognizer already read.
    let mut at = range.start.max(resume);
    while at < range.end {
        // Sixteen bytes at a time: every trigger in the chunk, in order.
        let chunk = chunk_at(b, at);
        let (mut mask, words) = chunk_triggers(&chunk, b, at);
        if let Some(filter) = names {
            names_in_chunk(text, at, words, range.end, filter, sink);
        }
        while mask != 0 {
            let pos = at + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if pos >= range.end {
                break;
            }
            if pos >= resume
                && let Some(next) = trigger(text, pos, sink)
            {
                resume = next.max(pos + 1);
            }
        }
        // The words a recognizer read past are read for names all the same: which of them the
        // chunk before had read would otherwise hang on where the chunks fall.
        if resume > at + CHUNK
            && let Some(filter) = names
        {
            names_read_past(text, at + CHUNK..resume.min(range.end), filter, sink);
        }
        at = resume.max(at + CHUNK);
    }
    resume
}

/// The names written in lowercase in `range` of `text` where [`scan_range`] reads no triggers:
/// inside what a recognizer read, unless what it found covers it. Out of line: few recognizers
/// read past their chunk.
#[inline(never)]
fn names_read_past(text: &str, range: Range<usize>, filter: &names::LowercaseNameFilter, sink: &mut Sink<'_, '_>) {
    if !sink.out.last().is_some_and(|f| f.start <= range.start && f.end >= range.end) {
        names_in_range(text, range, filter, sink);
    }
}

/// The names written in lowercase in `range` of `text`, a chunk at a time ([`names_in_chunk`]).
fn names_in_range(text: &str, range: Range<usize>, filter: &names::LowercaseNameFilter, sink: &mut Sink<'_, '_>) {
    let b = text.as_bytes();
    for at in range.clone().step_by(CHUNK) {
        let (_, words) = chunk_triggers(&chunk_at(b, at), b, at);
        names_in_chunk(text, at, words, range.end, filter, sink);
    }
}

const CHUNK: usize = 16;

/// The bits of a chunk's bytes whose next two bytes are in it too ([`ChunkWords::long`]).
const CHUNK_BEFORE_LAST_TWO: u32 = CHUNK as u32 - 2;

/// Bit `n` set for each byte `n` of a chunk in some class.
#[derive(Debug, PartialEq, Eq)]
struct Classes {
    /// Part of a word: an ASCII letter or digit, or any non-ASCII byte.
    word: u32,
    /// Triggers anywhere: a digit, `:`, `@`, `.`.
    anywhere: u32,
    /// Triggers where a word starts: a capital, `n`, `d`, `i`, `p`, a non-ASCII lead byte.
    at_word_start: u32,
    /// An ASCII lowercase letter ([`names_in_chunk`]).
    lower: u32,
    /// The lead bytes of typographic punctuation, symbols and emoji ([`word_char_before`]):
    /// 0xE2, 0xF0, 0xEF, and 0xC2 before 0xA0, 0xAB or 0xBB (not before 0xA3: a "£" is no
    /// punctuation, and common).
    typographic: u32,
}

/// The trigger bytes of `chunk` (as `CLASS` sorts them), where a word starts for those that
/// need one; `after_word` says whether the byte before the chunk is part of a word.
#[cfg(test)]
fn triggers(chunk: &[u8; CHUNK], after_word: bool) -> u32 {
    let c = classes(chunk);
    c.anywhere | (c.at_word_start & word_starts(&c, after_word))
}

/// Where a word may start in a chunk of `c`: after a byte that is no part of a word as
/// [`classes`] has it; `after_word` says whether the byte before the chunk is part of one.
fn word_starts(c: &Classes, after_word: bool) -> u32 {
    !((c.word << 1) | u32::from(after_word))
}

/// The lowercase letters that start a word in a chunk ([`names_in_chunk`]).
#[derive(Clone, Copy)]
struct ChunkWords {
    /// Bit `n` for a lowercase letter that starts a word at byte `n`.
    words: u32,
    /// Bit `n` where bytes `n + 1` and `n + 2` are lowercase letters too, both in the chunk.
    long: u32,
}

/// The triggers of `chunk`, the bytes of `b` from `at` (zero-padded past its end), and its
/// lowercase letters that start a word. Where a character of typographic punctuation, a symbol
/// or an emoji starts in the chunk or in the four bytes before it, a byte of it, counted as part
/// of a word by [`classes`], may stand before a word start.
fn chunk_triggers(chunk: &[u8; CHUNK], b: &[u8], at: usize) -> (u32, ChunkWords) {
    let c = classes(chunk);
    let lead_before = || b[at.saturating_sub(4)..at].iter().any(|c| matches!(c, 0xE2 | 0xC2 | 0xF0 | 0xEF));
    let starts = if c.typographic != 0 || (at > 0 && b[at - 1] >= 0x80 && lead_before()) {
        word_starts_after_typographic(b, at)
    } else {
        word_starts(&c, at > 0 && is_word(b[at - 1]))
    };
    let words = ChunkWords { words: c.lower & starts, long: (c.lower >> 1) & (c.lower >> 2) };
    (c.anywhere | (c.at_word_start & starts), words)
}

/// [`word_starts`] where typographic punctuation may stand: as [`word_char_before`] reads
/// them, one byte at a time. Out of line: most chunks have none.
#[inline(never)]
fn word_starts_after_typographic(b: &[u8], at: usize) -> u32 {
    (0..CHUNK).take_while(|n| at + n <= b.len()).fold(0, |m, n| m | u32::from(!word_char_before(b, at + n)) << n)
}

/// The classes one byte at a time: the definition the vector versions must agree with, and
/// the code on targets without one.
#[cfg_attr(any(target_arch = "x86_64", target_arch = "aarch64"), allow(dead_code))]
fn classes_by_byte(chunk: &[u8; CHUNK]) -> Classes {
    let bits = |keep: fn(u8) -> bool| chunk.iter().enumerate().fold(0, |m, (n, &c)| m | u32::from(keep(c)) << n);
    Classes {
        word: bits(is_word),
        anywhere: bits(|c| matches!(c, b'0'..=b':' | b'@' | b'.')),
        at_word_start: bits(|c| matches!(c, b'A'..=b'Z' | b'n' | b'd' | b'i' | b'p' | 0xC0..=0xFF)),
        lower: bits(|c| c.is_ascii_lowercase()),
        typographic: chunk.iter().enumerate().fold(0, |m, (n, &c)| {
            let next = chunk.get(n + 1).copied().unwrap_or(0);
            m | u32::from(matches!(c, 0xE2 | 0xF0 | 0xEF) || (c == 0xC2 && matches!(next, 0xA0 | 0xAB | 0xBB))) << n
        }),
    }
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
fn classes(chunk: &[u8; CHUNK]) -> Classes {
    classes_by_byte(chunk)
}

/// The [`Breaks`] in a chunk, a sentence's or a label's only where its mark is not the chunk's
/// last byte, or none where it has none: one byte at a time, the definition the vector
/// versions must agree with.
#[cfg_attr(any(target_arch = "x86_64", target_arch = "aarch64"), allow(dead_code))]
fn chunk_breaks_by_byte(chunk: &[u8; CHUNK]) -> Option<Breaks> {
    let found = Breaks {
        line: chunk.contains(&b'\n'),
        sentence: ends_a_sentence(chunk),
        label: chunk.windows(2).any(|pair| pair == b": "),
    };
    (found != Breaks::default()).then_some(found)
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
fn chunk_breaks(chunk: &[u8; CHUNK]) -> Option<Breaks> {
    chunk_breaks_by_byte(chunk)
}

/// [`chunk_breaks_by_byte`] in SSE2: the chunk and the chunk one byte on compared, one
/// `movemask` for any break (most chunks have none), then one for each kind.
#[cfg(target_arch = "x86_64")]
fn chunk_breaks(chunk: &[u8; CHUNK]) -> Option<Breaks> {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86_64 baseline; the only memory access is an unaligned load
    // of the 16 bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let eq = |v: __m128i, c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
        let line = eq(v, b'\n');
        let marks = _mm_or_si128(eq(v, b'.'), _mm_or_si128(eq(v, b'?'), eq(v, b'!')));
        let colon = eq(v, b':');
        let space_next = eq(_mm_srli_si128::<1>(v), b' ');
        if _mm_movemask_epi8(_mm_or_si128(line, _mm_and_si128(_mm_or_si128(marks, colon), space_next))) == 0 {
            return None;
        }
        Some(Breaks {
            line: _mm_movemask_epi8(line) != 0,
            sentence: _mm_movemask_epi8(_mm_and_si128(marks, space_next)) != 0,
            label: _mm_movemask_epi8(_mm_and_si128(colon, space_next)) != 0,
        })
    }
}

/// [`chunk_breaks_by_byte`] in NEON: the chunk and the chunk one byte on compared, asked
/// whether any lane holds any break (most chunks have none), then each kind.
#[cfg(target_arch = "aarch64")]
fn chunk_breaks(chunk: &[u8; CHUNK]) -> Option<Breaks> {
    use std::arch::aarch64::*;
    // SAFETY: NEON is part of the aarch64 baseline; the only memory access is a load of the 16
    // bytes of `chunk`.
    unsafe {
        let v = vld1q_u8(chunk.as_ptr());
        let eq = |v: uint8x16_t, c: u8| vceqq_u8(v, vdupq_n_u8(c));
        let line = eq(v, b'\n');
        let marks = vorrq_u8(eq(v, b'.'), vorrq_u8(eq(v, b'?'), eq(v, b'!')));
        let colon = eq(v, b':');
        let space_next = eq(vextq_u8::<1>(v, vdupq_n_u8(0)), b' ');
        if vmaxvq_u8(vorrq_u8(line, vandq_u8(vorrq_u8(marks, colon), space_next))) == 0 {
            return None;
        }
        Some(Breaks {
            line: vmaxvq_u8(line) != 0,
            sentence: vmaxvq_u8(vandq_u8(marks, space_next)) != 0,
            label: vmaxvq_u8(vandq_u8(colon, space_next)) != 0,
        })
    }
}

/// SSE2, which every x86_64 processor has: byte compares and one `movemask` per class.
#[cfg(target_arch = "x86_64")]
fn classes(chunk: &[u8; CHUNK]) -> Classes {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86_64 baseline, so these instructions exist wherever the
    // binary runs; the only memory access is an unaligned load of the 16 bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let splat = |c: u8| _mm_set1_epi8(c as i8);
        let in_range = |lo: u8, hi: u8| {
            let d = _mm_sub_epi8(v, splat(lo));
            _mm_cmpeq_epi8(_mm_min_epu8(d, splat(hi - lo)), d)
        };
        let eq = |c: u8| _mm_cmpeq_epi8(v, splat(c));
        let bits = |m: __m128i| _mm_movemask_epi8(m) as u32;
        let upper = in_range(b'A', b'Z');
        let lower = in_range(b'a', b'z');
        let alnum = _mm_or_si128(_mm_or_si128(upper, lower), in_range(b'0', b'9'));
        Classes {
            word: bits(alnum) | bits(v),
            anywhere: bits(_mm_or_si128(in_range(b'0', b':'), _mm_or_si128(eq(b'@'), eq(b'.')))),
            at_word_start: bits(_mm_or_si128(
                _mm_or_si128(upper, _mm_or_si128(_mm_or_si128(eq(b'n'), eq(b'p')), _mm_or_si128(eq(b'd'), eq(b'i')))),
                in_range(0xC0, 0xFF),
            )),
            lower: bits(lower),
            typographic: {
                let next = _mm_srli_si128::<1>(v);
                let next_is = |c: u8| _mm_cmpeq_epi8(next, splat(c));
                let punctuation = _mm_or_si128(next_is(0xA0), _mm_or_si128(next_is(0xAB), next_is(0xBB)));
                let leads = _mm_or_si128(eq(0xE2), _mm_or_si128(eq(0xF0), eq(0xEF)));
                bits(_mm_or_si128(leads, _mm_and_si128(eq(0xC2), punctuation)))
            },
        }
    }
}

/// NEON, which every aarch64 processor has: byte compares, and a mask gathered by weighting
/// each lane with its bit and adding across each half.
#[cfg(target_arch = "aarch64")]
fn classes(chunk: &[u8; CHUNK]) -> Classes {
    use std::arch::aarch64::*;
    const WEIGHTS: [u8; CHUNK] = [1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128];
    // SAFETY: NEON is part of the aarch64 baseline, so these instructions exist wherever the
    // binary runs; the only memory accesses are loads of the 16 bytes of `chunk` and `WEIGHTS`.
    unsafe {
        let v = vld1q_u8(chunk.as_ptr());
        let weights = vld1q_u8(WEIGHTS.as_ptr());
        let in_range = |lo: u8, hi: u8| vcleq_u8(vsubq_u8(v, vdupq_n_u8(lo)), vdupq_n_u8(hi - lo));
        let eq = |c: u8| vceqq_u8(v, vdupq_n_u8(c));
        let bits = |m: uint8x16_t| {
            let w = vandq_u8(m, weights);
            u32::from(vaddv_u8(vget_low_u8(w))) | u32::from(vaddv_u8(vget_high_u8(w))) << 8
        };
        let upper = in_range(b'A', b'Z');
        let lower = in_range(b'a', b'z');
        let alnum = vorrq_u8(vorrq_u8(upper, lower), in_range(b'0', b'9'));
        Classes {
            word: bits(vorrq_u8(alnum, in_range(0x80, 0xFF))),
            anywhere: bits(vorrq_u8(in_range(b'0', b':'), vorrq_u8(eq(b'@'), eq(b'.')))),
            at_word_start: bits(vorrq_u8(
                vorrq_u8(upper, vorrq_u8(vorrq_u8(eq(b'n'), eq(b'p')), vorrq_u8(eq(b'd'), eq(b'i')))),
                in_range(0xC0, 0xFF),
            )),
            lower: bits(lower),
            typographic: {
                let next = vextq_u8::<1>(v, vdupq_n_u8(0));
                let next_is = |c: u8| vceqq_u8(next, vdupq_n_u8(c));
                let punctuation = vorrq_u8(next_is(0xA0), vorrq_u8(next_is(0xAB), next_is(0xBB)));
                let leads = vorrq_u8(eq(0xE2), vorrq_u8(eq(0xF0), eq(0xEF)));
                bits(vorrq_u8(leads, vandq_u8(eq(0xC2), punctuation)))
            },
        }
    }
}

/// Runs the recognizers a trigger byte at `i` calls for; answers where scanning resumes.
/// Always inlined into the scan loop: it stands at the compiler's limit, and any recognizer
/// added here took it out of line, which cost 5.5% more instructions on PII-free messages.
#[inline(always)]
fn trigger(text: &str, i: usize, sink: &mut Sink<'_, '_>) -> Option<usize> {
    let b = text.as_bytes();
    let class = CLASS[usize::from(b[i])];
    match class {
        DIGIT => digits(text, i, sink),
        AT => {
            sink.add(EntityType::Email, net::email(b, i)).or_else(|| credential(sink, credentials::handle_at(text, i)))
        }
        // Between digits a time's ("10:45") or an IPv6 address's: no label's, no URL's.
        COLON if i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
            sink.add(EntityType::Ip, net::ipv6(b, i))
        }
        COLON => match net::url_start_at_colon(b, i) {
            Some(start) => Some(url(b, start, sink)),
            None => credential(sink, credentials::after_colon(text, i))
                .or_else(|| sink.add(EntityType::Name, names::at_colon(text, i)))
                .or_else(|| sink.add(EntityType::Address, address::after_label(text, i + 1)))
                .or_else(|| sink.add(EntityType::Ip, net::ipv6(b, i))),
        },
        DOT => match net::url_start_at_dot(b, i) {
            Some(start) => Some(url(b, start, sink)),
            None => sink.add(EntityType::Email, spoken::email(b, i)),
        },
        // `triggers` passes these only where a word starts.
        LOWER_P if credentials::may_start_name(b, i) => credential(sink, credentials::after_name(text, i)),
        UPPER | LOWER_CUE | NON_ASCII_LEAD => word(text, i, class, sink),
        _ => None,
    }
}

/// Records a credential's value; scanning resumes at the value, which may be more than a
/// credential ("my pin is 07700 900123" is a phone number, "my username is sam@example.com" an
/// email address).
fn credential(sink: &mut Sink<'_, '_>, found: Option<credentials::Credential>) -> Option<usize> {
    let (entity, span) = found?;
    sink.add(entity, Some(span)).map(|_| span.0)
}

fn url(b: &[u8], start: usize, sink: &mut Sink<'_, '_>) -> usize {
    let (personal, end) = net::url(b, start);
    if personal {
        sink.add(EntityType::Url, Some((start, end)));
    }
    end
}

/// A word start: a spoken email address at the word "dot", a credential or an address after
/// "is", a password's name, a house or street after "live at", "live on" or "live in", names
/// after cues, after the word "name", or in lowercase after "i'm", "this is" and the like.
fn word(text: &str, i: usize, class: u8, sink: &mut Sink<'_, '_>) -> Option<usize> {
    let b = text.as_bytes();
    // A word spelled in capitals after its cue ("it's spelt W-I-L-L-I-A-M-S") or the word it
    // spells, which is a name too ("Watson W A T S O N"); in lowercase text the pass over it
    // finds those with none ([`spelled_out`]).
    // Its second letter may come after a word ("E for echo", "O apostrophe N", "L double E"),
    // which "I" and "A" are followed by every day.
    let told =
        || matches!(b.get(i + 1..i + 3), Some([b' ', b'f' | b'a' | b'd' | b'h'])) && !matches!(b[i], b'I' | b'A');
    if class == UPPER
        && (matches!(b.get(i + 1..i + 4), Some([b' ' | b'-', c, b' ' | b'-']) if c.is_ascii_alphabetic()) || told())
        && let Some(spelling_end) = spelled_out::spelled_at(b, i)
        && let word_after = spelled_out::word_spelled_after(b, i, spelling_end)
        && let Some(start) = spelled_out::word_spelled_before(b, i, spelling_end)
            .or_else(|| (word_after.is_some() || spelled_out::after_spelling_cue(b, i)).then_some(i))
        && let Some(end) = sink.add(EntityType::Name, Some((start, word_after.unwrap_or(spelling_end))))
    {
        return Some(end);
    }
    if let Some(end) = sink.add(EntityType::Email, spoken::email(b, i)) {
        return Some(end);
    }
    // After "is": a credential ("my password is hunter2") or an address ("my address is flat 3
    // kelvin house").
    if matches!(b[i], b'i' | b'I')
        && credentials::may_follow_name(b, i)
        && let Some(resume) = credential(sink, credentials::after_is(text, i))
            .or_else(|| sink.add(EntityType::Address, address::after_address_is(text, i)))
            .or_else(|| said_after_is(text, i).and_then(|(start, len)| said_after(text, start, len, sink)))
    {
        return Some(resume);
    }
    if b[i] == b'P'
        && credentials::may_start_name(b, i)
        && let Some(resume) = credential(sink, credentials::after_name(text, i))
    {
        return Some(resume);
    }
    if class == UPPER
        && address::may_follow_where_one_lives(b, i)
        && let Some(end) = sink.add(EntityType::Address, address::where_one_lives(text, i))
    {
        return Some(end);
    }
    // A capitalised month after its day in words ("I was born on the twelfth of March"); in
    // lowercase text the pass over it reads those ([`spelled_out`]).
    if class == UPPER
        && dates_in_words::may_follow_day(b, i)
        && let Some(end) = sink.add(EntityType::Dob, dates_in_words::capitalised_month(b, i))
    {
        return Some(end);
    }
    if !sink.types.contains(EntityType::Name) {
        return None;
    }
    let named = match b[i] {
        b'n' | b'N' => names::after_name_word(text, i),
        b'i' | b'I' => names::after_self_introduction(text, i),
        _ => None,
    };
    if let Some(end) = sink.add(EntityType::Name, named.map(|span| names::without_possessive(b, span))) {
        return Some(sink.add(EntityType::Name, names::joined_in_lowercase_after(text, end)).unwrap_or(end));
    }
    let capital = class == UPPER || (class == NON_ASCII_LEAD && super::words::capitalised(text, i));
    if !capital {
        return None;
    }
    let name = names::after_cue(text, i)
        .map(|(start, end)| names::without_possessive(b, (names::double_barrelled_start(b, start), end)));
    // A given name joined to the name found before it ("my wife Sarah Jones and Imogen").
    let joined = || {
        let last = sink.out.last().filter(|f| f.entity == EntityType::Name && f.end < i)?;
        names::joined_to_name(text, last.end, i)
    };
    let name = name.or_else(joined);
    // "It's Ivy House, Station Road": a house and its street, not a person.
    if let Some((start, end)) = name
        && let Some(end) = sink.add(EntityType::Address, address::house_read_as_name(text, start, end))
    {
        return Some(end);
    }
    sink.add(EntityType::Name, name)
}

/// Whether a space and a digit follow `te`, as a postcode's inward code follows its outward one
/// where [`codes::spaced_postcode`] reads it ("b15 2tt", "b 15 2 t t").
fn inward_may_follow(b: &[u8], te: usize) -> bool {
    b.get(te) == Some(&b' ') && b.get(te + 1).is_some_and(u8::is_ascii_digit)
}

/// A token with a digit in it: every numeric and alphanumeric recognizer gets a look. Answers
/// where scanning resumes: past the token, or past the longest finding. Out of line: inlined
/// into the scan loop, it made the loop slower for every text (7% on PII-free messages).
#[inline(never)]
fn digits(text: &str, i: usize, sink: &mut Sink<'_, '_>) -> Option<usize> {
    let b = text.as_bytes();
    let ts = i - b[..i].iter().rev().take(16).take_while(|c| c.is_ascii_alphanumeric()).count();
    let te = i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    let mut end = te;
    let mut add = |sink: &mut Sink<'_, '_>, entity, span| {
        if let Some(e) = sink.add(entity, span) {
            end = end.max(e);
        }
    };
    // A credential's value may be more than a credential ("the PIN sam.jones84@example.com"
    // is an email address): the scan goes on inside it.
    let cs = credentials::token_start(b, ts);
    if credentials::may_follow_name_at(b, cs)
        && let Some((entity, span)) = credentials::before_token(text, cs)
    {
        sink.add(entity, Some(span));
    }
    // Each recognizer runs only where the first group of digits has a length it accepts (an
    // NI number's digits come as one group of six or three of two).
    let lead = b[i..te].iter().take_while(|c| c.is_ascii_digit()).count();
    if ts < i {
        // Letters then digits in one token: postcodes, IBANs, NI and licence numbers.
        if matches!(lead, 2 | 6) {
            add(sink, EntityType::Nino, codes::nino(b, i));
        }
        add(sink, EntityType::Iban, codes::iban(b, ts));
        add(sink, EntityType::DrivingLicence, codes::driving_licence(b, ts));
        if i - ts <= 2 && lead <= 3 {
            add(sink, EntityType::VehicleRegistration, codes::vehicle_registration(b, ts, i));
        }
        let spaced = || inward_may_follow(b, te).then(|| codes::spaced_postcode(b, ts)).flatten();
        if let Some(pc) =
            codes::postcode(b, ts).or_else(|| (i - ts == 1).then(|| codes::eircode(b, ts)).flatten()).or_else(spaced)
        {
            add(sink, EntityType::Postcode, Some(pc));
            add(sink, EntityType::Address, address::before_postcode(text, ts));
        }
        return Some(end);
    }
    // "postcode b 15 2tt": the area's letters a word before its digits.
    if lead <= 2 && inward_may_follow(b, te) && i >= 3 && b[i - 1] == b' ' && b[i - 2].is_ascii_alphabetic() {
        let area = i - 1 - b[..i - 1].iter().rev().take(3).take_while(|c| c.is_ascii_alphabetic()).count();
        if i - 1 - area <= 2
            && let Some(pc) = codes::spaced_postcode(b, area)
        {
            add(sink, EntityType::Postcode, Some(pc));
        }
    }
    let next = b.get(te).copied();
    // The first of digits written one at a time ("my account number is 4 3 2 1 8 7 6 5"): read
    // as typed together; each digit still gets its own look below ("... 7 6 5 8 High Street").
    if lead == 1
        && next == Some(b' ')
        && b.get(te + 1).is_some_and(u8::is_ascii_digit)
        && !(i >= 2 && b[i - 1] == b' ' && b[i - 2].is_ascii_digit())
        && let Some(number) = spelled_out::digits_one_at_a_time(b, i)
    {
        read_as_typed(text, &number, 0, number.typed(), sink);
    }
    // Digits then words, as a number read out with a "double" in it is written ("07700 9 double
    // 0 123"): read from the first group of digits as typed together.
    if next == Some(b' ')
        && b.get(te + 1).is_some_and(u8::is_ascii_alphabetic)
        && let Some(number) = spelled_out::digits_and_words(b, i, te)
    {
        read_as_typed(text, &number, 0, number.typed(), sink);
    }
    let after_sign = i > 0 && matches!(b[i - 1], b'+' | b'(');
    // One read across spaces and hyphens gives the length the card, NHS, sort code and account
    // recognizers each need before they look closer.
    let crosses = matches!(next, Some(b' ' | b'-')) && b.get(te + 1).is_some_and(u8::is_ascii_digit);
    let run = if crosses { DigitRun::read(b, i, b" -", 24).map_or(0, |r| r.len) } else { lead };
    if lead <= 3 && next == Some(b'.') {
        add(sink, EntityType::Ip, net::ipv4(b, i));
    }
    if matches!(lead, 1 | 2 | 4) {
        add(sink, EntityType::Dob, dates::dob(b, i));
    }
    if matches!(lead, 6 | 8) {
        add(sink, EntityType::Dob, dates::compact_dob(b, i));
    }
    if lead >= 4 && (13..=19).contains(&run) {
        add(sink, EntityType::Card, numbers::card(b, i));
    }
    if matches!(lead, 3 | 10) && run == 10 {
        add(sink, EntityType::Nhs, numbers::nhs(b, i));
    }
    // A mobile number may have lost its 0 ("mobile: 7700 900123"), or the "+" before its
    // country code ("my number is 447700900123", "353871234567").
    let without_plus = (b[i] == b'4' && b.get(i + 1) == Some(&b'4') && matches!(run, 12 | 13))
        || (b[i] == b'3' && b.get(i + 1..i + 3) == Some(b"53") && matches!(run, 11 | 12));
    // Or a Spanish, Polish, Portuguese or Italian mobile's length ("612 345 678", "512 345
    // 678", "347 123 4567").
    let mobile_elsewhere = (matches!(b[i], b'5'..=b'9') && run == 9) || (b[i] == b'3' && run == 10);
    if b[i] == b'0' || after_sign || (b[i] == b'7' && run == 10) || without_plus || mobile_elsewhere {
        add(sink, EntityType::Phone, numbers::phone(b, i));
    }
    // A landline's local number after "my number is" ("7946 0958").
    if (6..=8).contains(&run) && b[i] >= b'2' {
        add(sink, EntityType::Phone, numbers::local_number(b, i));
    }
    if matches!(lead, 2 | 6) && run == 6 {
        add(sink, EntityType::SortCode, numbers::sort_code(b, i));
    }
    if matches!(lead, 2 | 6)
        && run == 14
        && let Some((code, account)) = numbers::sort_code_and_account(b, i)
    {
        add(sink, EntityType::SortCode, Some(code));
        add(sink, EntityType::BankAccount, Some(account));
    }
    // A sort code joined to its account by more than a space, or after it: the sort code's
    // six digits alone in one read across spaces and hyphens, or the account's eight (with a
    // sort code after one space, fourteen).
    let joined = match lead {
        2 => next == Some(b'-') && run == 6,
        6 => matches!(next, Some(b',' | b' ' | b'/')) && run == 6,
        8 => matches!(next, Some(b',' | b' ' | b'/')) && matches!(run, 8 | 14),
        _ => false,
    };
    if joined && let Some((code, account)) = numbers::bank_details_together(b, i) {
        add(sink, EntityType::SortCode, Some(code));
        add(sink, EntityType::BankAccount, Some(account));
    }
    if matches!(lead, 4 | 7..=10) && (7..=10).contains(&run) {
        add(sink, EntityType::BankAccount, numbers::bank_account(b, i));
    }
    if lead == 9 || (lead == 3 && run == 9) {
        add(sink, EntityType::Passport, numbers::passport(b, i));
    }
    if matches!(run, 10 | 13) {
        add(sink, EntityType::Utr, numbers::utr(b, i));
    }
    if matches!(lead, 3 | 4) {
        add(sink, EntityType::Cvv, numbers::cvv(b, i));
    }
    if lead == 2 && matches!(next, Some(b'/' | b'-')) {
        add(sink, EntityType::CardExpiry, numbers::card_expiry(b, i));
    }
    if lead == 4 && matches!(b[i], b'0' | b'1') {
        add(sink, EntityType::CardExpiry, numbers::compact_card_expiry(b, i));
    }
    if matches!(lead, 2 | 6) && i >= 3 && b[i - 1] == b' ' {
        add(sink, EntityType::Nino, codes::nino(b, i));
        if lead == 2 {
            add(sink, EntityType::VehicleRegistration, codes::spaced_vehicle_registration(b, i));
        }
    }
    // "JH-12-34-56-C".
    if matches!(lead, 2 | 6) && i >= 3 && b[i - 1] == b'-' && b[i - 2].is_ascii_alphabetic() {
        add(sink, EntityType::Nino, codes::nino(b, i));
    }
    if lead == 6 && next == Some(b' ') && i >= 6 && b[i - 1] == b' ' {
        add(sink, EntityType::DrivingLicence, codes::spaced_driving_licence(b, i));
    }
    // A house number ("12", "12a", "12-14") ends its token and is followed by a space, a
    // comma or the hyphen of a range; a flat number perhaps by a line break.
    if lead <= 4 && matches!(next, Some(b' ' | b',' | b'-' | b'\n')) {
        add(sink, EntityType::Address, address::numbered(text, i));
    }
    if lead <= 6 && address::after_box(b, i) {
        add(sink, EntityType::Address, address::po_box(b, i));
    }
    // A street before its number ("Hauptstraße 5", "Via Roma 10").
    if lead <= 4 && i >= 4 && b[i - 1] == b' ' {
        // The second only where the number ends its clause ("Via Roma 10, Milano").
        let before_number = address::may_end_type_before_number(b, i - 1);
        let ends_clause = matches!(next, None | Some(b',' | b'\n'));
        let street = before_number.then(|| address::street_before_number(text, i)).flatten().or_else(|| {
            (ends_clause && address::may_end_type_first_name(b, i - 1))
                .then(|| address::type_first_before_number(text, i))
                .flatten()
        });
        add(sink, EntityType::Address, street);
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chunk_test_agrees_with_the_class_table() {
        for byte in 0..=255u8 {
            for before in [b' ', b'a', b'Z', b'7', b'.', 0x80, 0xC3] {
                let expected = match CLASS[usize::from(byte)] {
                    BORING => false,
                    DIGIT | AT | COLON | DOT => true,
                    _ => !is_word(before),
                };
                for lane in 1..CHUNK {
                    let mut chunk = [b' '; CHUNK];
                    chunk[lane - 1] = before;
                    chunk[lane] = byte;
                    assert_eq!(triggers(&chunk, false) >> lane & 1 != 0, expected, "{byte:#x} after {before:#x}");
                }
                let mut chunk = [b' '; CHUNK];
                chunk[0] = byte;
                assert_eq!(triggers(&chunk, is_word(before)) & 1 != 0, expected, "{byte:#x} first after {before:#x}");
            }
        }
    }

    #[test]
    fn a_word_starts_after_typographic_punctuation_as_after_ascii() {
        // Capitals, trigger letters, letters of other scripts and typographic punctuation, in
        // every alignment with the chunks.
        let pieces = [
            "A",
            "n",
            "x",
            "7",
            " ",
            "\u{201c}",
            "\u{201d}",
            "\u{2019}",
            "\u{2026}",
            "\u{2014}",
            "\u{a0}",
            "\u{ab}",
            "\u{e9}",
            "\u{c9}",
            "\u{2d2d}",
            "\u{a3}",
            "\u{1f44d}",
            "\u{2764}\u{fe0f}",
            "\u{2705}",
            "\u{4e2d}",
            "\u{10348}",
        ];
        let mut rng = fastrand::Rng::with_seed(2019);
        for _ in 0..20_000 {
            let text: String = (0..rng.usize(1..24)).map(|_| pieces[rng.usize(..pieces.len())]).collect();
            let b = text.as_bytes();
            for at in (0..b.len()).step_by(CHUNK) {
                let mut chunk = [0; CHUNK];
                let n = CHUNK.min(b.len() - at);
                chunk[..n].copy_from_slice(&b[at..at + n]);
                let expected = (0..n).fold(0, |m, k| {
                    let starts = !word_char_before(b, at + k);
                    let hit = match CLASS[usize::from(b[at + k])] {
                        BORING => false,
                        DIGIT | AT | COLON | DOT => true,
                        _ => starts,
                    };
                    m | u32::from(hit) << k
                });
                let lowercase_starts = (0..n)
                    .fold(0, |m, k| m | u32::from(b[at + k].is_ascii_lowercase() && !word_char_before(b, at + k)) << k);
                let (triggers, words) = chunk_triggers(&chunk, b, at);
                assert_eq!(triggers, expected, "{text:?} at {at}");
                assert_eq!(words.words, lowercase_starts, "{text:?} at {at}");
            }
        }
    }

    #[test]
    fn the_parts_read_as_lowercase_are_the_whole_text_or_its_lowercase_lines() {
        let parts = |text| {
            let mut parts = Vec::new();
            for_lowercase_parts(text, |part| parts.push(part));
            parts
        };
        assert_eq!(parts("Hi\nmy son\nOK\n12 ok"), vec![3..10, 13..18]);
        assert_eq!(parts("Hi\r\nmy son"), vec![4..10]);
        assert_eq!(parts("hi\nOK"), vec![0..5]);
        assert_eq!(parts("Hi\n\n"), Vec::<Range<usize>>::new());
        assert_eq!(parts("Hi there"), Vec::<Range<usize>>::new());
        // A sentence that starts in lowercase, up to the next that starts with a capital.
        assert_eq!(parts("Hi. my son jack is ill"), vec![4..22]);
        assert_eq!(parts("Hi!! my son. Thanks. ok"), vec![5..11, 21..23]);
        assert_eq!(parts("V1.2 is out? yes"), vec![13..16]);
        assert_eq!(parts("Hi.\nok. my son\nOK. fine"), vec![4..15, 19..23]);
        assert_eq!(parts("Hi.my son"), Vec::<Range<usize>>::new());
        assert_eq!(parts("Hi. ok. 12 ok. [NAME] ok. fine"), vec![4..6, 26..30]);
        assert_eq!(parts(""), Vec::<Range<usize>>::new());
    }

    #[test]
    fn breaks_are_found_in_every_position_of_every_length() {
        for len in 0..70 {
            assert_eq!(breaks(&vec![b'a'; len]), Breaks::default(), "{len}");
            for at in 0..len {
                let mut text = vec![b'a'; len];
                text[at] = b'\n';
                assert_eq!(breaks(&text), Breaks { line: true, ..Breaks::default() }, "{len} {at}");
                for mark in [b'.', b'?', b'!', b':'] {
                    let mut text = vec![b'a'; len];
                    text[at] = mark;
                    // A mark ends a sentence, and a colon a label, before a space only.
                    assert_eq!(breaks(&text), Breaks::default(), "{len} {at}");
                    if at + 1 < len {
                        text[at + 1] = b' ';
                        let colon = mark == b':';
                        assert_eq!(
                            breaks(&text),
                            Breaks { sentence: !colon, label: colon, ..Breaks::default() },
                            "{len} {at}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn vector_breaks_agree_with_the_byte_by_byte_definition() {
        let mut rng = fastrand::Rng::with_seed(15);
        let bytes = [b'.', b'?', b'!', b':', b' ', b'\n', b'a', 0xE2];
        for _ in 0..20_000 {
            let chunk: [u8; CHUNK] = std::array::from_fn(|_| bytes[rng.usize(..bytes.len())]);
            assert_eq!(chunk_breaks(&chunk), chunk_breaks_by_byte(&chunk), "{chunk:?}");
        }
    }

    #[test]
    fn vector_classes_agree_with_the_byte_by_byte_definition() {
        let mut rng = fastrand::Rng::with_seed(16);
        for round in 0..20_000 {
            // Every byte value in every lane, then random chunks.
            let chunk: [u8; CHUNK] = if round < 256 {
                std::array::from_fn(|n| (round as u8).wrapping_add(n as u8 * 17))
            } else {
                std::array::from_fn(|_| rng.u8(..))
            };
            assert_eq!(classes(&chunk), classes_by_byte(&chunk), "{chunk:?}");
        }
    }
}
