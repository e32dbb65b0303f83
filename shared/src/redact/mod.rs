//! The redaction engine: personal data out of chat text before anything is stored.
//!
//! One pass over the text ([`scan`]) finds candidates at cheap triggers and hands them to
//! recognizers that validate them (Luhn, mod-11, mod-97, HMRC prefix rules, postcode positions,
//! real calendar dates, context words). Overlapping findings are resolved by type priority, and
//! each is replaced by a typed placeholder such as `[EMAIL]`. Values the NLU platform already
//! marked personal are redacted wherever they appear ([`params`]).
//!
//! A message with nothing personal in it is returned borrowed, without allocating. Redaction is
//! idempotent: placeholders are never recognized again.

mod address;
mod checksum;
pub mod cli;
mod codes;
mod credentials;
mod dates;
mod dates_in_words;
mod entity;
mod kept;
mod names;
mod names_again;
mod net;
mod number_words;
mod numbers;
pub mod params;
mod scan;
mod spelled_out;
mod spoken;
mod text;
mod transcript;
mod words;

pub use entity::{EntitySet, EntityType};

use crate::model::RedactedText;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

/// Where a value of some type was found: byte offsets into the original text. Never the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Finding {
    #[serde(rename = "type")]
    pub entity: EntityType,
    pub start: usize,
    pub end: usize,
}

/// A value the platform marked as personal, to be redacted wherever it appears.
#[derive(Debug, Clone, Copy)]
pub struct PersonalValue<'v> {
    pub entity: EntityType,
    pub value: &'v str,
}

/// Redacted text and what was found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction<'a> {
    pub text: Cow<'a, str>,
    pub findings: Vec<Finding>,
}

impl Redaction<'_> {
    /// How many values of each type were redacted, for the turn's `redactions` and metrics.
    pub fn counts(&self) -> BTreeMap<String, u32> {
        let mut counts = BTreeMap::new();
        self.add_counts(&mut counts);
        counts
    }

    pub fn into_redacted_text(self) -> RedactedText {
        RedactedText::from_redacted(self.text.into_owned())
    }

    /// Adds this redaction's counts to a running tally (a turn's texts share one), and gives the
    /// redacted text.
    pub fn tally_into(self, counts: &mut BTreeMap<String, u32>) -> RedactedText {
        self.add_counts(counts);
        self.into_redacted_text()
    }

    fn add_counts(&self, counts: &mut BTreeMap<String, u32>) {
        for f in &self.findings {
            *counts.entry(f.entity.name().to_owned()).or_insert(0) += 1;
        }
    }
}

/// Redacts the entity types a bot's policy enables, except the terms it keeps. Cheap to clone;
/// build one and reuse it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Redactor {
    types: EntitySet,
    kept: kept::KeptTerms,
}

impl Redactor {
    pub fn new(types: EntitySet) -> Self {
        Self { types, kept: kept::KeptTerms::default() }
    }

    /// This redactor, leaving any finding whose whole text is one of `terms` (ignoring case and
    /// runs of spaces): a bot's own brand, products or helpline, where a recognizer reads them
    /// as personal ("Hi Chase"). The platform's personal values are redacted all the same.
    pub fn keeping<T: AsRef<str>>(self, terms: impl IntoIterator<Item = T>) -> Self {
        Self { kept: kept::KeptTerms::new(terms), ..self }
    }

    pub fn types(&self) -> EntitySet {
        self.types
    }

    pub fn redact<'a>(&self, text: &'a str) -> Redaction<'a> {
        self.redact_with(text, &[])
    }

    /// Redacts `text`, and also every occurrence of the platform's personal `values`.
    pub fn redact_with<'a>(&self, text: &'a str, values: &[PersonalValue<'_>]) -> Redaction<'a> {
        let mut findings = Vec::new();
        params::find_values(text, values, &mut findings);
        // The platform's values, which no kept term leaves; copied only where a bot keeps terms.
        let platform = if self.kept.is_empty() { Vec::new() } else { findings.clone() };
        // Where kept terms stand, in `text` ([`scan::scan`]): what a pass finds inside one is
        // left, what cuts into one takes it in.
        let mut kept_at = scan::scan(text, self.types, &self.kept, &mut findings);
        if findings.is_empty() {
            return Redaction { text: Cow::Borrowed(text), findings };
        }
        let mut findings = self.without_kept(text, resolve_with_kept(text, findings, &kept_at), &platform);
        if findings.is_empty() {
            return Redaction { text: Cow::Borrowed(text), findings };
        }
        let mut rendered = render(text, &findings);
        // A value can hide its neighbour ("...7654 32 07700 900123": the phone seems to continue
        // the IBAN's digits). Scan the redacted text again until nothing new turns up, so that
        // redacting redacted text changes nothing. Each pass reads only near the placeholders
        // that are new to it: every one on the first, then those the pass before added or grew
        // (elsewhere the text is as that pass read it): read again near every placeholder, a
        // long document was read whole as many times as its longest chain needed.
        let mut settled: Vec<Finding> = Vec::new();
        // Whether the text as the pass before read it reads as lowercase.
        let mut read_as_lowercase = names::reads_as_lowercase(text);
        for _ in 0..max_passes(text.len()) {
            let place = || placeholders(&findings).map(|(_, at)| at).collect::<Vec<Range<usize>>>();
            // The first pass's ranges reach over no placeholder: nothing to place (or allocate)
            // for most messages, whose first pass finds nothing.
            let placed = if settled.is_empty() { Vec::new() } else { place() };
            let mut more = Vec::new();
            let mut keeping = scan::Keeping::new(&self.kept, &rendered);
            let mut rescan = scan::RangeScan::new(&rendered, self.types, keeping.if_any(), &mut more);
            if placed.is_empty() {
                for_rescan_ranges(&rendered, &findings, &settled, |range| rescan.scan(range));
            } else {
                for_rescan_ranges(&rendered, &findings, &settled, |range| {
                    between_placeholders(range, &placed, |gap| rescan.scan(gap))
                });
            }
            // "@ou/dr-amy-chen" reads as lowercase, "[USERNAME]/dr-amy-chen" does not: where a
            // new placeholder took the first letter, a name in lowercase anywhere may read
            // differently ([`names::reads_as_lowercase`]), on whichever pass found the value
            // ("b8::g@y.gm/dr-amy": the IP address only once the email address was a
            // placeholder; found by fuzzing).
            let first_letter_placed = read_as_lowercase && !names::reads_as_lowercase(&rendered);
            read_as_lowercase &= !first_letter_placed;
            if first_letter_placed {
                let whole = 0..rendered.len();
                rescan.lowercase_within(std::slice::from_ref(&whole));
            } else {
                rescan.lowercase_within(&lowercase_rescan_ranges(text, &rendered, &findings, &settled));
            }
            let kept_here = std::mem::take(&mut keeping.at);
            if self.types.contains(EntityType::Name) {
                names_beside_redacted_speakers(text, &rendered, &findings, &settled, &mut more);
            }
            if more.is_empty() {
                break;
            }
            let placed = if placed.is_empty() { place() } else { placed };
            let mut mapped: Vec<Finding> = more.into_iter().map(|f| to_original(&findings, &placed, f)).collect();
            self.kept.leave_out(text, &mut mapped, 0);
            // What is found inside a kept term is left, wherever a pass found the term (a rescan
            // that starts inside "i'm called preThe St John AmbulZnce", kept, finds "John
            // AmbulZnce"; found by fuzzing).
            kept_at.extend(kept_here.into_iter().map(|(start, end)| {
                let at = to_original(&findings, &placed, Finding { entity: EntityType::Name, start, end });
                (at.start, at.end)
            }));
            kept::leave_inside(&kept_at, &mut mapped, 0);
            if mapped.is_empty() {
                break;
            }
            let grown = resolve_with_kept(text, findings.iter().copied().chain(mapped).collect(), &kept_at);
            let grown = self.without_kept(text, grown, &platform);
            settled = std::mem::replace(&mut findings, grown);
            let next = render(text, &findings);
            if next == rendered {
                break;
            }
            rendered = next;
        }
        Redaction { text: Cow::Owned(rendered), findings }
    }

    /// `findings`, merged, without those whose whole text is a kept term ("3rd Mar" and "Mar 8"
    /// merged are "3rd Mar 8"; found by fuzzing), unless they hold one of the `platform`'s values.
    fn without_kept(&self, text: &str, mut findings: Vec<Finding>, platform: &[Finding]) -> Vec<Finding> {
        if !self.kept.is_empty() {
            findings.retain(|f| {
                platform.iter().any(|p| p.start < f.end && f.start < p.end)
                    || !self.kept.contains_at(text, f.start, f.end)
            });
        }
        findings
    }
}

/// Appends the speakers' names in `rendered` that label the lines beside a name placeholder of
/// `findings` new since `settled` ([`is_new`]) standing as a speaker's label, wherever they
/// stand ([`transcript::names_beside_redacted_speaker`]), and beside a new placeholder of an
/// address whose value in `text` crossed a line break ([`transcript::names_beside_joined_line`]:
/// an address is the value that is written one part a line, and a postcode may take it over
/// where they overlap); the ranges read again around a placeholder may not reach them.
fn names_beside_redacted_speakers(
    text: &str,
    rendered: &str,
    findings: &[Finding],
    settled: &[Finding],
    more: &mut Vec<Finding>,
) {
    let name = |(start, end)| Finding { entity: EntityType::Name, start, end };
    for (f, at) in placeholders(findings) {
        if f.entity == EntityType::Name && is_new(settled, f) {
            more.extend(transcript::names_beside_redacted_speaker(rendered, at).map(name));
        } else if matches!(f.entity, EntityType::Address | EntityType::Postcode)
            && text.as_bytes()[f.start..f.end].contains(&b'\n')
            && is_new(settled, f)
        {
            more.extend(transcript::names_beside_joined_line(rendered, at.start).map(name));
        }
    }
}

/// Which type a merged finding takes where two overlap: the more specific, validated types first.
fn priority(entity: EntityType) -> u8 {
    use EntityType::*;
    match entity {
        Url => 22,
        Email => 21,
        Iban => 20,
        Card => 19,
        Nino => 18,
        DrivingLicence => 17,
        Nhs => 16,
        Passport => 15,
        Phone => 14,
        // Below a phone number: where both are read, the phone's own context was nearer.
        Utr => 13,
        Ip => 12,
        SortCode => 11,
        BankAccount => 10,
        CardExpiry => 9,
        Cvv => 8,
        Password => 7,
        Username => 6,
        Dob => 5,
        VehicleRegistration => 4,
        Postcode => 3,
        Address => 2,
        Name => 1,
    }
}

/// Merges overlapping findings into one span covering both, typed by the more specific type,
/// so nothing either of them found survives; in text order.
fn resolve_overlaps(text: &str, mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.retain(|f| f.start < f.end && text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    findings.sort_unstable_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    // Merged in place: `kept` findings so far, the last of them grown by those it overlaps.
    let mut kept: usize = 0;
    for i in 0..findings.len() {
        let f = findings[i];
        match kept.checked_sub(1).map(|last| &mut findings[last]) {
            Some(last) if f.start < last.end => {
                last.end = last.end.max(f.end);
                if priority(f.entity) > priority(last.entity) {
                    last.entity = f.entity;
                }
            }
            _ => {
                findings[kept] = f;
                kept += 1;
            }
        }
    }
    findings.truncate(kept);
    findings
}

/// [`resolve_overlaps`], where a finding that cuts into a kept term where it stands (`kept_at`),
/// or a platform's value inside one, takes the term in ("Sarah Jones" kept, "Jones Rose
/// Cottage, Mill Lane" an address): left in part, the term would read otherwise the next time
/// (found by the property tests). Redacting more is the safe side.
fn resolve_with_kept(text: &str, findings: Vec<Finding>, kept_at: &[(usize, usize)]) -> Vec<Finding> {
    let mut findings = resolve_overlaps(text, findings);
    if kept_at.is_empty() {
        return findings;
    }
    loop {
        let mut grew = false;
        for f in &mut findings {
            for &(start, end) in kept_at {
                // What lies inside a term is a platform's value by now ([`kept::leave_inside`]).
                if f.start < end && start < f.end && (start < f.start || f.end < end) {
                    f.start = f.start.min(start);
                    f.end = f.end.max(end);
                    grew = true;
                }
            }
        }
        if !grew {
            return findings;
        }
        findings = resolve_overlaps(text, findings);
    }
}

/// Passes over already-redacted text before giving up on a fixed point. Each pass can free the
/// next value of a chain ("cvv 123 4111 1111 1111 1111 943 476 5919": every group seems to
/// continue the number before it until that one is a placeholder), so real text may need
/// several. Each pass renders the whole text again: a long document's pathological chain is
/// cut after [`LONG_TEXT_PASSES`]; a shorter text gets as many passes as [`PASS_BUDGET`] bytes of
/// rendering allow. A pass that goes on has covered at least one byte more (or typed a value
/// more specifically), so a text of up to 2 KiB, any chatbot's message (Lex takes 1,024
/// characters, Dialogflow 256), gets a pass for each of its bytes: its chains are followed to
/// their end, and redacting it again changes nothing (found by fuzzing: a 735-byte chain of 40
/// links was cut at 32).
fn max_passes(len: usize) -> usize {
    LONG_TEXT_PASSES.max(PASS_BUDGET / len.max(1))
}

/// The passes a long text gets, of more than `PASS_BUDGET / LONG_TEXT_PASSES` bytes ([`max_passes`]).
const LONG_TEXT_PASSES: usize = 32;

/// The bytes of rendering that bound a short text's passes ([`max_passes`]): 2,048 passes over
/// 2 KiB.
const PASS_BUDGET: usize = 4 << 20;

/// How far around a placeholder the redacted text is scanned again: well beyond what any
/// recognizer reads before a trigger (64 bytes of context, placeholders included: "[DOB]" is
/// birth context) or after it.
const RESCAN_REACH: usize = 256;

/// Whether `f` is new to a pass over the text rendered from findings that grew from `settled`
/// (sorted, apart): none of them, or one of them grown.
#[inline(always)]
fn is_new(settled: &[Finding], f: &Finding) -> bool {
    settled.binary_search_by_key(&f.start, |s| s.start).map_or(true, |i| settled[i] != *f)
}

/// Calls `scan` for the parts of `rendered` to scan again, in order: `RESCAN_REACH` bytes
/// either side of each placeholder of `findings` new since `settled` ([`is_new`]; from a word
/// start), merged, so a short message whole and a long document only near what was redacted.
/// Not the placeholders themselves (`scan` takes out those of older findings a range reaches
/// over: [`between_placeholders`]).
fn for_rescan_ranges(rendered: &str, findings: &[Finding], settled: &[Finding], mut scan: impl FnMut(Range<usize>)) {
    let b = rendered.as_bytes();
    // The range after the previous placeholder, which runs on to the next one if it reaches it.
    let mut after: Option<Range<usize>> = None;
    for (f, Range { start, end }) in placeholders(findings) {
        if !is_new(settled, f) {
            continue;
        }
        let floor = start.saturating_sub(RESCAN_REACH);
        let from = match floor {
            0 => 0,
            _ => first_token_start(rendered, floor, start),
        };
        match after.take() {
            Some(last) if from <= last.end => scan(last.start..start),
            last => {
                last.into_iter().for_each(&mut scan);
                scan(from..start);
            }
        }
        after = Some(end..(end + RESCAN_REACH).min(b.len()));
    }
    after.into_iter().for_each(scan);
}

/// Where reading `rendered` again before a placeholder at `start` may begin, at or after
/// `floor`: after its first character that no token runs through, so that no recognizer starts
/// reading mid-token; `start` where there is none. Not the first space only: where none stood
/// before a name but the one inside it ("(((...Laura Cvae's43ed"), the name's first word was
/// not read again, and a second redaction found the name (found by fuzzing).
fn first_token_start(rendered: &str, floor: usize, start: usize) -> usize {
    let from = rendered.ceil_char_boundary(floor);
    rendered[from..start].char_indices().find(|&(_, c)| ends_tokens(c)).map_or(start, |(p, c)| from + p + c.len_utf8())
}

/// Whether no token runs through `c`: a space, a control character (a line break, a tab, a
/// NUL), an opening bracket or quote (which starts a token, where a comma or a closing bracket
/// may stand inside one: "1,000,000", "(020) 7946 0958"; "[" opens a placeholder), or any
/// other character that is neither a letter, a digit nor an apostrophe (a dash, an emoji,
/// U+FFFD).
fn ends_tokens(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '(' | '{' | '"' | '<')
        || (!c.is_ascii() && !c.is_alphanumeric() && !matches!(c, '\u{2018}' | '\u{2019}'))
}

/// Calls `scan` for the parts of `range` between the placeholders that stand at `placed` (in
/// order), where no recognizer finds anything: their words have no cue before them, nothing but
/// "]" after them, and no digits.
fn between_placeholders(range: Range<usize>, placed: &[Range<usize>], mut scan: impl FnMut(Range<usize>)) {
    let mut from = range.start;
    let first = placed.partition_point(|at| at.end <= range.start);
    for at in placed[first..].iter().take_while(|at| at.start < range.end) {
        if from < at.start {
            scan(from..at.start);
        }
        from = from.max(at.end);
    }
    if from < range.end {
        scan(from..range.end);
    }
}

/// The parts of `rendered` (in order, merged) where its lowercase may read differently
/// than in the original `text` ([`scan::lowercase_may_read_otherwise`]): `RESCAN_REACH` bytes
/// either side of such a placeholder, new since `settled` ([`is_new`]), and to the end of its
/// line where it joined two lines or sentences.
fn lowercase_rescan_ranges(text: &str, rendered: &str, findings: &[Finding], settled: &[Finding]) -> Vec<Range<usize>> {
    let mut near: Vec<Range<usize>> = Vec::new();
    // Where the line last looked at ends: each line is read for its end once, however many
    // placeholders stand on it.
    let mut line_end = 0;
    let b = text.as_bytes();
    for (f, at) in placeholders(findings) {
        if !is_new(settled, f) {
            continue;
        }
        let shorter = at.len() < f.end - f.start;
        // A value across a line break or a sentence's end ("J. Smith", or "Smith." before " And")
        // joins what stood either side of it: a line or sentence read as lowercase may go on.
        let joins = b[f.start..f.end].contains(&b'\n') || scan::ends_a_sentence(&b[f.start..(f.end + 1).min(b.len())]);
        if !scan::lowercase_may_read_otherwise(rendered, at.clone(), shorter, joins) {
            continue;
        }
        let mut end = (at.end + RESCAN_REACH).min(rendered.len());
        if joins {
            if line_end <= at.end {
                line_end = rendered[at.end..].find('\n').map_or(rendered.len(), |p| at.end + p);
            }
            end = end.max(line_end);
        }
        let start = at.start.saturating_sub(RESCAN_REACH);
        match near.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => near.push(start..end),
        }
    }
    near
}

/// Each finding with where its placeholder stands in the text rendered from `findings`.
fn placeholders(findings: &[Finding]) -> Placeholders<'_> {
    Placeholders { findings: findings.iter(), shift: 0 }
}

/// The iterator of [`placeholders`]: a type of its own, whose `next` is inlined wherever it is
/// walked (as a closure it was not, for 0.4% more instructions on messages with personal data).
struct Placeholders<'f> {
    findings: std::slice::Iter<'f, Finding>,
    /// Rendered minus original offsets after the findings so far.
    shift: isize,
}

impl<'f> Iterator for Placeholders<'f> {
    type Item = (&'f Finding, Range<usize>);

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let f = self.findings.next()?;
        let start = f.start.saturating_add_signed(self.shift);
        let len = f.entity.placeholder().len();
        self.shift += len as isize - (f.end - f.start) as isize;
        Some((f, start..start + len))
    }
}

/// Maps a finding in the text rendered from `findings` back to offsets in the original: a
/// position inside a placeholder maps to the start (or, for an end, the end) of what it replaced.
/// `placed` holds where each placeholder stands in the rendered text. Each position is found by
/// binary search: walking every placeholder before it made a long document whose passes each
/// free many values quadratic.
fn to_original(findings: &[Finding], placed: &[Range<usize>], f: Finding) -> Finding {
    let map = |pos: usize, is_end: bool| {
        // The placeholders that end at or before `pos`.
        let before = placed.partition_point(|at| at.end <= pos);
        if let Some(at) = placed.get(before)
            && (pos > at.start || (pos == at.start && !is_end))
        {
            let g = findings[before];
            return if is_end { g.end } else { g.start };
        }
        // Rendered minus original offsets after those placeholders.
        let shift = before.checked_sub(1).map_or(0, |last| placed[last].end as isize - findings[last].end as isize);
        pos.saturating_add_signed(-shift)
    };
    Finding { entity: f.entity, start: map(f.start, false), end: map(f.end, true) }
}

fn render(text: &str, findings: &[Finding]) -> String {
    // Room for every placeholder besides the text, so the output is allocated once.
    let placeholders: usize = findings.iter().map(|f| f.entity.placeholder().len()).sum();
    let mut out = String::with_capacity(text.len() + placeholders);
    let mut last = 0;
    for f in findings {
        out.push_str(&text[last..f.start]);
        out.push_str(f.entity.placeholder());
        last = f.end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redact(text: &str) -> String {
        Redactor::default().redact(text).text.into_owned()
    }

    #[test]
    fn replaces_each_value_with_its_placeholder() {
        assert_eq!(
            redact("Hi, I'm Sarah Jones, email sarah.j@example.co.uk or call 07700 900123."),
            "Hi, I'm [NAME], email [EMAIL] or call [PHONE]."
        );
        assert_eq!(redact("card 4111 1111 1111 1111 exp 09/27 cvv 123"), "card [CARD] exp [CARD_EXPIRY] cvv [CVV]");
    }

    #[test]
    fn a_house_read_as_a_name_is_an_address_with_its_street() {
        assert_eq!(redact("Its Ivy House, Station Road if the driver asks"), "Its [ADDRESS] if the driver asks");
        assert_eq!(redact("It's Sarah, Station Road branch"), "It's [NAME], Station Road branch");
        // With addresses off by policy, the name's reading stands.
        let names_only = Redactor::new(EntitySet::all().without(EntityType::Address));
        assert_eq!(names_only.redact("Its Ivy House, Station Road").text, "Its [NAME], Station Road");
    }

    #[test]
    fn a_phone_number_near_a_mention_of_a_utr_stays_a_phone_number() {
        assert_eq!(
            redact("Help with my self assessment? My number's 7700 900321"),
            "Help with my self assessment? My number's [PHONE]"
        );
        assert_eq!(redact("My UTR is 0161496000, thanks"), "My UTR is [UTR], thanks");
    }

    #[test]
    fn a_council_tax_reference_is_no_utr() {
        assert_eq!(redact("Council tax ref 5002345678, band C"), "Council tax ref 5002345678, band C");
        assert_eq!(redact("my council tax reference is 5002345678"), "my council tax reference is 5002345678");
        assert_eq!(redact("My tax ref is 1234567890"), "My tax ref is [UTR]");
        assert_eq!(
            redact("council tax ref 5002345678 and my UTR is 1234567890"),
            "council tax ref 5002345678 and my UTR is [UTR]"
        );
    }

    #[test]
    fn a_long_spoken_number_after_a_wide_character_at_its_contexts_bound() {
        // The bound of a spoken number's context (48 bytes back) falls inside a character of
        // two, three or four bytes; a run of 23 or 24 digits then overran the buffer it is
        // read in (a panic, found by the property tests).
        for wide in ["\u{e9}", "\u{20ac}", "\u{11580}"] {
            for spaces in 44..48 {
                for digits in [22, 23, 24] {
                    let text = format!("{wide}{}{}", " ".repeat(spaces), "one ".repeat(digits));
                    assert_eq!(redact(&text), text, "{wide} {spaces} {digits}");
                }
            }
        }
        let phone =
            format!("\u{11580}{}my number is oh seven seven double oh nine double oh one two three", " ".repeat(35));
        assert!(redact(&phone).ends_with("my number is [PHONE]"));
    }

    #[test]
    fn numbers_said_digit_by_digit_are_read_as_typed() {
        let said = "my number is oh seven seven double oh nine double oh one two three and my nhs number is nine \
                    four three four seven six five nine one nine";
        let redaction = Redactor::default().redact(said);
        assert_eq!(redaction.text, "my number is [PHONE] and my nhs number is [NHS]");
        let phone = &redaction.findings[0];
        assert_eq!(&said[phone.start..phone.end], "oh seven seven double oh nine double oh one two three");
        assert_eq!(redact(&redaction.text), redaction.text);
        // The same context rules as typed digits: an order number is none, a sort code only
        // after its name; a line in lowercase is read in text that is not.
        assert_eq!(
            redact("order number one two three four five six seven eight"),
            "order number one two three four five six seven eight"
        );
        assert_eq!(redact("one two three four five six"), "one two three four five six");
        assert_eq!(redact("Caller:\nsort code one two three four five six"), "Caller:\nsort code [SORT_CODE]");
        // In sentence case, right after "is" (the same text's other lowercase words are no part
        // read as lowercase); not "is one of" or "is a problem".
        assert_eq!(
            redact("My mobile is oh seven nine double one two three four five six seven, thanks"),
            "My mobile is [PHONE], thanks"
        );
        assert_eq!(redact("My postcode is s w one a one a a"), "My postcode is [POSTCODE]");
        assert_eq!(redact("My surname is s m i t h"), "My surname is [NAME]");
        // A given name joined to the name found before it.
        assert_eq!(redact("my wife Sarah Jones and Imogen are coming"), "my wife [NAME] and [NAME] are coming");
        // With the word it spells right before it, which no cue need have found.
        assert_eq!(redact("its john j o h n"), "its [NAME]");
        assert_eq!(redact("hi its sarah, s a r a h, and i want to book"), "hi its [NAME], and i want to book");
        assert_eq!(
            redact("My date of birth is the fourth of may nineteen eighty five"),
            "My date of birth is the [DOB]"
        );
        assert_eq!(redact("My date of birth is the twenty first of june 1990"), "My date of birth is the [DOB]");
        assert_eq!(redact("The appointment is the fourth of may"), "The appointment is the fourth of may");
        // A capitalised month after its day in words, in sentence case.
        assert_eq!(redact("I was born on the twelfth of March"), "I was born on the [DOB]");
        assert_eq!(
            redact("I was born on the twelfth of March nineteen eighty five, is that ok?"),
            "I was born on the [DOB], is that ok?"
        );
        assert_eq!(redact("The fourth of July party is on"), "The fourth of July party is on");
        assert_eq!(redact("Our anniversary is the twelfth of March"), "Our anniversary is the twelfth of March");
        assert_eq!(redact("The code is one two three"), "The code is one two three");
        assert_eq!(redact("Order 5 is one of six four-packs"), "Order 5 is one of six four-packs");
        // Digits and words together, in any text: read as typed after the same words.
        assert_eq!(redact("Call me on 07700 9 double 0 123 please"), "Call me on [PHONE] please");
        assert_eq!(
            redact("sort code 20 double 0 00, account 12345678"),
            "sort code [SORT_CODE], account [BANK_ACCOUNT]"
        );
        assert_eq!(redact("order 123456 one more thing"), "order 123456 one more thing");
        assert_eq!(redact("Room 101 double bed, 2 double rooms"), "Room 101 double bed, 2 double rooms");
        // Only the types the policy chooses.
        let no_phones = Redactor::new(EntitySet::all().without(EntityType::Phone));
        assert_eq!(no_phones.redact("zero seven seven zero zero nine zero zero one two three").findings, []);
    }

    #[test]
    fn text_without_personal_data_is_borrowed() {
        let text = "What are your opening hours on Saturday? Order #48213 was £25.99 at 9:30.";
        let r = Redactor::default().redact(text);
        assert!(matches!(r.text, Cow::Borrowed(_)));
        assert!(r.findings.is_empty());
    }

    #[test]
    fn findings_are_byte_offsets_into_the_input() {
        let text = "é mail: bob@example.com";
        let r = Redactor::default().redact(text);
        assert_eq!(r.findings, vec![Finding { entity: EntityType::Email, start: 9, end: 24 }]);
        assert_eq!(&text[9..24], "bob@example.com");
        assert_eq!(r.counts().get("EMAIL"), Some(&1));
    }

    #[test]
    fn policy_chooses_the_types() {
        let r = Redactor::new(EntitySet::all().without(EntityType::Phone)).redact("call 07700 900123");
        assert_eq!(r.text, "call 07700 900123");
    }

    #[test]
    fn a_login_label_reads_no_further_than_a_pass_reads_again() {
        // "User:" labels a login where a password's label follows on its line or the next, and
        // a value across a line break, once a placeholder, joins two lines: read within 128
        // bytes, which a pass reading again near the placeholder covers (a second redaction
        // found a username the first had not: the property tests at 1,000,000 cases).
        let filler = "the parcel never came. ".repeat(14);
        let text = format!("User: harris. {filler}Hi, I'm Sarah Jones, Flat 3\n14 Park Road is mine\npw: hunter2");
        let once = redact(&text);
        assert!(once.starts_with("User: harris. ") && once.ends_with("\npw: [PASSWORD]"), "{once}");
        assert_eq!(redact(&once), once);
        // A login pasted whole reads as before; "pw" opening a line is a password's name too.
        assert_eq!(redact("User: tom_w\nPass: Summer2024!"), "User: [USERNAME]\nPass: [PASSWORD]");
        assert_eq!(redact("user: tom_w\npw: hunter2"), "user: [USERNAME]\npw: [PASSWORD]");
        assert_eq!(redact("is mine\nPW: hunter2 (my fb: tomw_84)"), "is mine\nPW: [PASSWORD] (my fb: [USERNAME])");
    }

    #[test]
    fn terms_never_redacted_are_left_where_a_finding_is_one_whole() {
        let chase = Redactor::default().keeping(["Chase", "0800 123 4567"]);
        let text = "Hi Chase, my card was declined. Call 0800 123 4567?";
        assert_eq!(redact(text), "Hi [NAME], my card was declined. Call [PHONE]?", "found when not kept");
        let r = chase.redact(text);
        assert!(matches!(r.text, Cow::Borrowed(_)) && r.findings.is_empty(), "{r:?}");
        assert_eq!(chase.redact("THANKS CHASE").text, "THANKS CHASE");
        // Only a whole finding: a person of that name is redacted, and so is the rest.
        assert_eq!(chase.redact("Hi Chase, it's Chase Smith, 07700 900123").text, "Hi Chase, it's [NAME], [PHONE]");
        // The platform's personal values are redacted all the same.
        let values = [PersonalValue { entity: EntityType::Name, value: "Chase" }];
        assert_eq!(chase.redact_with("I'm Chase", &values).text, "I'm [NAME]");
        // A name found only on a later pass (a speaker beside a label redacted as a name) too.
        let long = "the parcel never came. ".repeat(150);
        let text = format!("Watson W A T S O N: {long}\n[10:31] Mason: hi");
        assert!(redact(&text).ends_with("[10:31] [NAME]: hi"));
        let mason = Redactor::default().keeping(["Mason"]);
        let once = mason.redact(&text).text.into_owned();
        assert!(once.starts_with("[NAME]: ") && once.ends_with("[10:31] Mason: hi"), "{once}");
        assert_eq!(mason.redact(&once).text, once);
        // What a reading finds inside a kept term that only a name's words found again read
        // whole is no name to look for again: "ND" was found after it, and before that one's
        // placeholder by a second redaction only (fuzzing).
        let text = "e JACK SON JACK ND\u{fffd} ND ND";
        assert_eq!(redact(text), "e [NAME]\u{fffd} ND [NAME]", "found when not kept");
        let jack = Redactor::default().keeping(["JACK SON JACK ND"]);
        let once = jack.redact(text).text.into_owned();
        assert_eq!(once, text);
        assert_eq!(jack.redact(&once).text, once);
        // A kept term is no name found, to look for again elsewhere: "priya" before a house's
        // name read as a place, and before its placeholder as a name, was found by a second
        // redaction only (the property tests at 1,000,000 cases).
        let hi = "Hi, I'm Sarah Jones ";
        let text = format!(
            "{}0i am priya Ivy Cottage\nStation Road\nLlandeilo\nSA19 6NG {}my name is priya patel, {hi}",
            hi.repeat(25),
            hi.repeat(10)
        );
        let priya = Redactor::default().keeping(["priya patel"]);
        let once = priya.redact(&text).text.into_owned();
        assert!(once.contains("my name is priya patel"), "{once}");
        assert_eq!(priya.redact(&once).text, once);
        // Two findings merged into a kept term are left too ("3rd Mar" and "Mar 8"; found by
        // fuzzing), but not a platform's value among them.
        let text = " was born on 3rd Mar 8'hc5";
        assert_eq!(redact(text), " was born on [DOB]'hc5");
        let date = Redactor::default().keeping(["3rd mar 8"]);
        assert!(date.redact(text).findings.is_empty(), "{:?}", date.redact(text));
        let values = [PersonalValue { entity: EntityType::Dob, value: "3rd Mar" }];
        assert_eq!(date.redact_with(text, &values).text, " was born on [DOB]'hc5");
        // What stands inside a kept term is left too: a bot's own link, the name in its path
        // (found by fuzzing: the name was redacted, and the link with it on a second redaction).
        let text = "You can book a call with me at https://calendly.com/dr-amy-chen/30min";
        assert_eq!(redact(text), "You can book a call with me at [URL]");
        let link = Redactor::default().keeping(["https://calendly.com/dr-amy-chen/30min"]);
        assert!(link.redact(text).findings.is_empty(), "{:?}", link.redact(text));
        // What a later pass finds inside a kept term found on an earlier one is left too (a
        // rescan that starts inside "i'm called preThe St John AmbulZnce", kept, found "John
        // AmbulZnce"; found by fuzzing).
        let fuzzed = String::from_utf8_lossy(
            b"My IBANth\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\
              \x00\x00\x00\x00\x00\x00\x00\x00e table's boOk Google won't oked undehi i'm called p\
              reThe St John AmbulZnce volunteers at the evencious and i booked the 2pm slot\xe0\x91\
              ate\xccafor for eirectory, c is GB34BUKB20201let me log iny surname is s for sugar, \
              m for mivvvv\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\
              \x00\x00\x00\x00\x00\x00\x00\x00\x00e table's boOk Google won't oked under the namfo\
              r eirectory, c is GB33Bh\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\
              \x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00e table's booiver to the old g\xe0\x91\
              ate\xccafor for eirectory, c is GB34BUKB20201let me log iny surname is s for sugar, \
              m for mivvvvvvv\xff\xff\xffvvvvvvvvvvvvvvv@vvvvvvvvvvvvvvvvvvvvvvvvvvhurvvvvke, i t \
              to yourch lane, ight's the UKB20201hurch lane, ight's thee okry, church lane, it's t\
              hvvv\xff\xff\xffvvvvvvvvvvvvvvv@vvvvvvvvvvvvvvvvvvvvvvvvvvhurvvvvke, i t to yourch l\
              ane, ight's the UKB20201hurch lane, ight's thee okry, church lane, it's the bipse d \
              apeliver top the old g\xe0\x91ate\xccafo",
        );
        let kept = Redactor::default().keeping(["preThe St John AmbulZnce"]);
        let once = kept.redact(&fuzzed).text.into_owned();
        assert!(once.contains("i'm called preThe St John AmbulZnce"), "{once}");
        assert_eq!(kept.redact(&once).text, once);
        // A value that cuts into a kept term takes it in; left in part, the term read otherwise
        // the next time (the property tests: "Jones Rose Cottage, Mill Lane" an address).
        let jones = Redactor::default().keeping(["Sarah Jones"]);
        let once = jones.redact("Hi, I'm Sarah Jones Rose Cottage, Mill Lane, Ashford TN24 8XY ").text.into_owned();
        assert_eq!(once, "Hi, I'm [ADDRESS], Ashford [POSTCODE] ");
        assert_eq!(jones.redact(&once).text, once);
        // What stands inside a kept term is left wherever the term stands, whether or not a
        // recognizer reads it there (fuzzing: the house name read only before its postcode).
        let fuzzed = String::from_utf8_lossy(b"c/o Helen Woo\xa3\xd3\xdf\xcc\xdf\xaf\x9e\x8dk Road, Leeds LS6 2AB");
        let first = Redactor::default().redact(&fuzzed).findings[0];
        let kept = Redactor::default().keeping([&fuzzed[first.start..first.end]]);
        let once = kept.redact(&fuzzed).text.into_owned();
        assert_eq!(kept.redact(&once).text, once);
        // A term that starts with a quote is found where it stands too (fuzzing).
        let text = "I changed my password to \"luebell yesterday, is tha changed my password to \"luebell \
                    yesterday, is that why it's locked?";
        let first = Redactor::default().redact(text).findings[0];
        let quoted = Redactor::default().keeping([&text[first.start..first.end]]);
        let once = quoted.redact(text).text.into_owned();
        assert_eq!(quoted.redact(&once).text, once);
        // Nor a name that another joins: "priya sharma" after "call me Abi," was read as joined
        // to a name found once a placeholder ended its clause (the property tests again).
        let abi = Redactor::default().keeping(["Abi"]);
        let text = "DOB 12/03/198507700 900123 0161-496-0000 07700 900123 AB 12 34 56 C 943 476 5919 07700 \
            900123 jo.b+x@example.co.uk and send it to The Old Rectory, Church Road,  dot com ( 4111 1111 \
            1111 1111 \u{11357}\u{1d4a9}\u{1e140}\u{11136}0\u{1f300}\u{9d7} I'm Jan 07700 900123 Watson W A T \
            S O N Mr Patel and call me Abi, priya sharma 07700 900123  at  "
            .to_owned()
            + &"07700 900123 ".repeat(19);
        let once = abi.redact(&text).text.into_owned();
        assert_eq!(abi.redact(&once).text, once);
    }

    #[test]
    fn personal_parameter_values_are_redacted_wherever_they_appear() {
        let values = [PersonalValue { entity: EntityType::Name, value: "priya" }];
        let r = Redactor::default().redact_with("booking for Priya at 7pm, priya will pay", &values);
        assert_eq!(r.text, "booking for [NAME] at 7pm, [NAME] will pay");
    }

    #[test]
    fn a_chain_of_values_each_hidden_by_the_one_before_is_redacted_in_one_call() {
        let once = redact("cvv 123 4111 1111 1111 1111 943 476 5919 thanks");
        assert!(once.contains("[NHS]"), "{once}");
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn a_short_texts_chain_is_followed_past_a_long_texts_passes() {
        // Each "111" is a security code after the one before it, once that one is a
        // placeholder: a pass each, 40 links, more than a long text's 32 passes (found by
        // fuzzing: a second redaction went on with the chain).
        let text = format!("cvv 123 {}", "111 ".repeat(40));
        let once = redact(&text);
        assert!(!once.contains('1'), "{once}");
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn a_document_of_chains_redacts_as_its_lines_do() {
        // Later passes read only near what the pass before found: each line's chain, between
        // values found at once (their placeholders within the ranges read again), is followed
        // to its end all the same.
        let line = "bob@example.com cvv 123 4111 1111 1111 1111 943 476 5919 07700 900123 thanks";
        let document = [line; 40].join("\n");
        let once = redact(&document);
        assert_eq!(once, [redact(line).as_str(); 40].join("\n"));
        assert!(!once.contains(|c: char| c.is_ascii_digit()) && once.contains("[EMAIL]"), "{once}");
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn a_speaker_beside_a_label_read_as_a_name_is_found_however_long_the_line() {
        // The spelling makes "Watson W A T S O N" a name, not a label; redacted, it reads as a
        // speaker's, and the speaker on the next line is a name, however far past what is read
        // again around a placeholder (found by the property tests: a second redaction found
        // "Priya").
        for pad in [10, 300, 3000] {
            let long = "the parcel never came. ".repeat(pad / 20);
            for text in [
                format!("Watson W A T S O N: {long}\n[10:31] Priya: hi"),
                format!("[10:31] Priya: hi {long}\n\nWatson W A T S O N: {long}"),
            ] {
                let once = redact(&text);
                assert_eq!(once.matches("[NAME]: ").count(), 2, "{once}");
                assert_eq!(redact(&once), once);
            }
        }
        // So too with a title before the label's name.
        let once = redact(&format!("Mr Smith: {}\nPriya: hi", "x ".repeat(200)));
        assert!(once.starts_with("Mr [NAME]: ") && once.ends_with("\n[NAME]: hi"), "{once}");
        let fuzzed = "Watson W A T S O N: Hd  at  oh seven seven double oh nine double oh one two three Kind \
            regards, Siobh\u{e1}n  at  07700 900123this is mary anne smith  at : Kind regards, Siobh\u{e1}n  at : \
            I'm07700 900123 Thanks ( 2001:db8::1:  : a00AaAA.X0  at , 0, \u{11918}A\u{115b8}\u{ae} \u{a1}aa, \n\
            [10:31] Priya: ";
        let once = redact(fuzzed);
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn a_name_in_what_a_recognizer_read_is_found_wherever_the_chunks_fall() {
        // The link is read past its chunk and redacted as no link; the name in its path is
        // read all the same, whatever the bytes before it (found by fuzzing: a placeholder
        // shorter than the text it replaced moved the chunks, and a second pass found it).
        for k in 1..40 {
            let text = format!("{} ask at shop.co/dr-amy-chen", "X".repeat(k));
            let once = redact(&text);
            assert!(once.ends_with(" ask at shop.co/dr-[NAME]"), "{once}");
            assert_eq!(redact(&once), once);
        }
    }

    #[test]
    fn a_word_at_a_chunks_end_reads_as_it_would_anywhere() {
        // A capital among its first three letters makes a word no lowercase name ("alF"); at
        // the end of the scan's 16-byte chunk its next bytes were taken for lowercase letters,
        // so it was read as one or not as the chunks fell (found by fuzzing).
        for k in 1..40 {
            for (word, name) in [("alF", false), ("saRah", false), ("alf", true), ("joE", true)] {
                let text = format!("{} and I are coming with Dr {word}", "X".repeat(k));
                let once = redact(&text);
                assert_eq!(once.ends_with("Dr [NAME]"), name, "{once}");
                assert_eq!(redact(&once), once);
            }
        }
    }

    #[test]
    fn a_value_holding_the_first_letter_of_lowercase_text_reads_it_again_whole() {
        // The text reads as lowercase, its redaction not: the lowercase words of the name the
        // second reads are found by the first redaction, as a second would find them (found by
        // fuzzing); the IPv6 address holding the first letter is found only once the email
        // address after it is a placeholder, on the pass after the first.
        for (text, first) in [
            ("@ou/dr-amy-chen", "[USERNAME]"),
            ("@jess_b: see calendlyy.co/dr-amy-chen", "[USERNAME]"),
            ("b8::g@y.gm/dr-amy-chen", "[IP][EMAIL]"),
        ] {
            let once = redact(text);
            assert!(once.starts_with(first) && once.ends_with("/dr-[NAME]"), "{once}");
            assert_eq!(redact(&once), once);
        }
    }

    #[test]
    fn a_sentence_a_placeholder_joins_is_read_in_lowercase_to_its_lines_end() {
        // "St. John Close" ends a sentence at "St.", so the original's "my address is 7 St." is
        // read as lowercase and "John Close ..." not; its placeholder makes one sentence of
        // them, and what it says letter by letter far past the placeholder is read in
        // lowercase: by the first redaction, as a second reads it (found by fuzzing).
        let far = "and the parcel was left by the bins again, ".repeat(8);
        for (said, placeholder) in [
            ("it's w i l l i a m s", "[NAME]"),
            ("call oh seven seven double oh nine double oh one two three", "[PHONE]"),
        ] {
            let text = format!("Hi. my address is 7 St. John Close {far}{said}");
            let once = redact(&text);
            assert!(once.starts_with("Hi. my address is [ADDRESS] and") && once.ends_with(placeholder), "{once}");
            assert_eq!(redact(&once), once);
        }
    }

    #[test]
    fn the_text_before_a_placeholder_is_read_again_from_where_a_token_may_start() {
        // No space in the 256 bytes before the postcode but the one inside the name: reading
        // again from there missed "Laura", which a second redaction found (found by fuzzing).
        for before in ["\u{fffd}\0", "\u{fffd}\t", "\u{fffd}(", "x(", "(", "\u{2014}"] {
            let text = format!("{}Laura Cvae\u{2019}s43ed", before.repeat(300 / before.len()));
            let once = redact(&text);
            assert!(once.ends_with("[NAME]\u{2019}[POSTCODE]"), "{once:?}");
            assert_eq!(redact(&once), once);
        }
    }

    #[test]
    fn lowercase_text_is_scanned_again_for_names_too() {
        // The number kept "thanks" out of a sign-off's reach of "ella"; its placeholder brings
        // it near.
        let once = redact("thanks, ring me on 07700 900123\nella");
        assert_eq!(once, "thanks, ring me on [PHONE]\n[NAME]");
        assert_eq!(redact(&once), once);
        let once = redact("thanks, ip 2001:db8:85a3::8a2e:370:7334\nella");
        assert_eq!(once, "thanks, ip [IP]\n[NAME]");
        // A placeholder glued to a word changes where the word ends.
        for text in [
            "friend jamal'https://x.com/reset?token=abc",
            "c thanks jamie.oliver",
            "sam@example.com'mr jones",
            "1234 name tom-Jane Zo\u{eb}",
        ] {
            let once = redact(text);
            assert_eq!(redact(&once), once, "{text}");
        }
        // A line read as lowercase ("to Flat 3") that a placeholder joins to the next, which
        // was not: the name in the next is found at once, not by redacting again.
        let once = redact("Deliver please\nto Flat 3\n12 Park Road, my husband john will sign");
        assert_eq!(once, "Deliver please\nto [ADDRESS], my husband [NAME] will sign");
        assert_eq!(redact(&once), once);
        // A placeholder after a given name, where the word it replaced made the name a place's.
        for text in ["call me victoria Flat 3 12 Park Road", "hi Mr john Flat 3 12 Park Road"] {
            let once = redact(text);
            assert_eq!(redact(&once), once, "{text}");
        }
        // ... however far along the joined line the name stands.
        let far =
            format!("Deliver please\nto Flat 3\n12 Park Road, {}my husband john will sign", "and then ".repeat(40));
        let once = redact(&far);
        assert!(once.ends_with("my husband [NAME] will sign"), "{once}");
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn a_value_across_a_line_break_brings_a_speakers_label_beside_another_however_far() {
        // "Dave:" labels a line that the address joins to "Caller:"'s; redacted, the text
        // reads as a transcript whose speakers are names (found by the property tests).
        let far = format!(
            "Dave: can you send it to {}Flat 3\n14 Park Road\nCaller: hi",
            "the same place as before and ".repeat(10)
        );
        let once = redact(&far);
        assert!(once.starts_with("[NAME]: can you send it to"), "{once}");
        assert!(once.ends_with("[ADDRESS]\nCaller: hi"), "{once}");
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn a_given_name_in_lowercase_joined_to_a_name_after_its_cue() {
        // The name after "name" is a trigger's; the lowercase reading joins the next to it.
        assert_eq!(
            redact("the account is in the name of peter and susan hale please"),
            "the account is in the name of [NAME] and [NAME] please"
        );
        assert_eq!(redact("it's in the names of peter and susan hale"), "it's in the names of [NAME] and [NAME]");
        assert_eq!(redact("my name is sam or sammy"), "my name is [NAME] or [NAME]");
        assert_eq!(redact("in the name of patel and sons"), "in the name of [NAME] and sons");
        assert_eq!(redact("in the name of peter and "), "in the name of [NAME] and ");
        assert_eq!(
            redact("the name on the card is peter and i'm his wife"),
            "the name on the card is [NAME] and i'm his wife"
        );
        // And a spelling, with the word it spells after it.
        assert_eq!(redact("it's k h a n khan"), "it's [NAME]");
        assert_eq!(redact("It's K-H-A-N Khan"), "It's [NAME]");
    }

    #[test]
    fn lines_written_in_lowercase_are_read_for_names_in_text_that_is_not() {
        assert_eq!(redact("Hi there\nmy husband john will collect it"), "Hi there\nmy husband [NAME] will collect it");
        assert_eq!(redact("Order 1234\r\nthanks, tom"), "Order 1234\r\nthanks, [NAME]");
        // A line that starts with a capital: its lowercase words are read as in sentence case.
        assert_eq!(redact("Hi there\nMy husband john will collect it"), "Hi there\nMy husband [NAME] will collect it");
    }

    #[test]
    fn names_typed_in_lowercase_are_read_in_text_that_is_not() {
        // As phones type them: the keyboard capitalises a sentence's first letter, the writer
        // types the rest.
        for (text, expected) in [
            ("My husband john will collect it", "My husband [NAME] will collect it"),
            ("Cheers dave, that's sorted", "Cheers [NAME], that's sorted"),
            ("Can you tell dave I will be late", "Can you tell [NAME] I will be late"),
            ("Thank you so much josh for sorting it", "Thank you so much [NAME] for sorting it"),
            ("Hi, about my order. Regards, patrick", "Hi, about my order. Regards, [NAME]"),
            ("My partner is ben smith", "My partner is [NAME]"),
            ("My son jack's inhaler is in his bag", "My son [NAME]'s inhaler is in his bag"),
            ("Ask for kerry-ann at the desk", "Ask for [NAME] at the desk"),
            // Titles, and the given names of two letters.
            ("Please ask mrs khan to ring me", "Please ask mrs [NAME] to ring me"),
            ("I saw dr shah yesterday", "I saw dr [NAME] yesterday"),
            ("Ask jo to call me back", "Ask [NAME] to call me back"),
            // After a surname's label, a booking's "under" or "called": any word a cue takes.
            ("Surname adeyemi", "Surname [NAME]"),
            ("Last name okafor", "Last name [NAME]"),
            ("My maiden name was okonjo", "My maiden name was [NAME]"),
            ("Surname changed to okafor", "Surname changed to [NAME]"),
            ("Booked under jones", "Booked under [NAME]"),
            ("My carer is called blessing", "My carer is called [NAME]"),
            // After a placeholder, at once: redacting again changes nothing.
            (
                "My email is sam@example.com, my husband john will call",
                "My email is [EMAIL], my husband [NAME] will call",
            ),
        ] {
            let once = redact(text);
            assert_eq!(once, expected);
            assert_eq!(redact(&once), once, "{text}");
        }
        // The words that are names only where a cue says so stay words, as in lowercase text.
        for text in [
            "My grace period ends on Friday",
            "Can I bring my jack russell?",
            "I need a new car jack",
            "The rose bushes need pruning",
            "Do you have any holly wreaths?",
            "Please can you bill me monthly",
            "What time does the victoria line open?",
            "I want to rob a bank",
            "Sorry to bother you, will do",
            "Booked under review",
            "My dog is called biscuit",
            "What name is it under?",
            "Surname spelt wrong",
            "Last name first please",
            "It was under the sofa",
        ] {
            assert_eq!(redact(text), text);
        }
        // With names off by policy, nothing.
        let no_names = Redactor::new(EntitySet::all().without(EntityType::Name));
        assert_eq!(no_names.redact("My husband john will collect it").text, "My husband john will collect it");
    }

    #[test]
    fn a_names_possessive_stays_with_the_text() {
        for (text, expected) in [
            ("I'm Sam's carer", "I'm [NAME]'s carer"),
            ("Can I move Dr Patel's appointment?", "Can I move Dr [NAME]'s appointment?"),
            ("This is Tom\u{2019}s mum", "This is [NAME]\u{2019}s mum"),
            ("CANCEL OLIVER BENNETT'S LESSON", "CANCEL [NAME]'S LESSON"),
        ] {
            let once = redact(text);
            assert_eq!(once, expected);
            assert_eq!(redact(&once), once, "{text}");
        }
    }

    #[test]
    fn sentences_written_in_lowercase_are_read_for_names_in_text_that_is_not() {
        assert_eq!(redact("Hi there. my son jack is ill"), "Hi there. my son [NAME] is ill");
        // Up to the next sentence that does not start in lowercase.
        assert_eq!(redact("Hi. my son. And jack is ill"), "Hi. my son. And jack is ill");
        // A value across a sentence's end, whose placeholder joins the sentences either side:
        // the name in the second is found at once, not by redacting again.
        let once = redact("Hi. my name is J. Smith and my son jack is ill");
        assert_eq!(once, "Hi. my name is [NAME] and my son [NAME] is ill");
        assert_eq!(redact(&once), once);
    }

    /// [`to_original`] as it was first written, one placeholder at a time.
    fn to_original_by_walking(findings: &[Finding], f: Finding) -> Finding {
        let map = |pos: usize, is_end: bool| {
            let mut shift: isize = 0;
            for (g, Range { start, end }) in placeholders(findings) {
                if pos < start || (is_end && pos == start) {
                    break;
                }
                if pos < end || (is_end && pos == end) {
                    return if is_end { g.end } else { g.start };
                }
                shift = end as isize - g.end as isize;
            }
            pos.saturating_add_signed(-shift)
        };
        Finding { entity: f.entity, start: map(f.start, false), end: map(f.end, true) }
    }

    #[test]
    fn positions_map_back_as_walking_the_placeholders_maps_them() {
        let mut rng = fastrand::Rng::with_seed(3);
        let types = [EntityType::Name, EntityType::Card, EntityType::Ip, EntityType::DrivingLicence];
        for _ in 0..5_000 {
            // Findings in order, apart or touching, shorter or longer than their placeholders.
            let (mut findings, mut at) = (Vec::new(), 0);
            for _ in 0..rng.usize(..8) {
                let start = at + rng.usize(..4);
                let end = start + rng.usize(1..30);
                findings.push(Finding { entity: types[rng.usize(..types.len())], start, end });
                at = end;
            }
            let placed: Vec<Range<usize>> = placeholders(&findings).map(|(_, at)| at).collect();
            let rendered_len = placed.last().map_or(0, |p| p.end) + 5;
            for _ in 0..20 {
                let start = rng.usize(..rendered_len);
                let f = Finding { entity: EntityType::Phone, start, end: rng.usize(start..=rendered_len) };
                assert_eq!(
                    to_original(&findings, &placed, f),
                    to_original_by_walking(&findings, f),
                    "{findings:?} {f:?}"
                );
            }
        }
    }

    #[test]
    fn a_credential_that_is_an_email_address_is_an_email_address() {
        assert_eq!(redact("my username is sam.jones84@example.com"), "my username is [EMAIL]");
        assert_eq!(redact("the PIN arthur.bell1946@aol.com"), "the PIN [EMAIL]");
        assert_eq!(redact("username sam_84@example.com thanks"), "username [EMAIL] thanks");
    }

    #[test]
    fn an_address_after_its_label_from_the_colon_or_the_is() {
        assert_eq!(redact("my address is flat 3 kelvin house"), "my address is [ADDRESS]");
        assert_eq!(redact("Address: Rose Cottage, Mill Lane, Ashford"), "Address: [ADDRESS], Ashford");
        assert_eq!(redact("MY ADDRESS IS THE OLD RECTORY"), "MY ADDRESS IS [ADDRESS]");
        assert_eq!(redact("my email address is wrong"), "my email address is wrong");
    }

    #[test]
    fn a_house_name_or_street_where_one_lives_from_its_capital() {
        assert_eq!(redact("we live at Rose Cottage, Hill Road"), "we live at [ADDRESS]");
        assert_eq!(redact("I live on Acacia Avenue, by the park"), "I live on [ADDRESS], by the park");
        assert_eq!(redact("I live on my own"), "I live on my own");
    }

    #[test]
    fn overlaps_go_to_the_more_specific_type() {
        assert_eq!(redact("see https://x.com/users/bob@example.com ok"), "see [URL] ok");
    }
}
