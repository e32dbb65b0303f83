//! The single pass over a message. A 256-entry table sorts every byte into "nothing to do"
//! (most of them) or a trigger: a digit starting a token, `@`, `:`, `.`, a capital at a word
//! start, or the word "name". Only triggers run recognizers, and each recognizer validates its
//! candidate before it becomes a finding.

use super::entity::{EntitySet, EntityType};
use super::numbers::{self, Span};
use super::text::DigitRun;
use super::text::{is_word, word_start};
use super::{Finding, address, codes, dates, names, net};

const BORING: u8 = 0;
const DIGIT: u8 = 1;
const AT: u8 = 2;
const COLON: u8 = 3;
const DOT: u8 = 4;
const UPPER: u8 = 5;
const LOWER_N: u8 = 6;
const NON_ASCII_LEAD: u8 = 7;

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
            b'n' => LOWER_N,
            0xC0..=0xFF => NON_ASCII_LEAD,
            _ => BORING,
        };
        c += 1;
    }
    table
};

/// Collects findings of the enabled types.
struct Sink<'o> {
    types: EntitySet,
    out: &'o mut Vec<Finding>,
}

impl Sink<'_> {
    /// Records a finding; answers its end, for skipping past it.
    fn add(&mut self, entity: EntityType, span: Option<Span>) -> Option<usize> {
        let (start, end) = span?;
        if !self.types.contains(entity) {
            return None;
        }
        self.out.push(Finding { entity, start, end });
        Some(end)
    }
}

/// Appends every finding of `types` in `text` to `out`, possibly overlapping.
pub(crate) fn scan(text: &str, types: EntitySet, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut sink = Sink { types, out };
    // Triggers before `resume` lie inside something a recognizer already read.
    let mut resume = 0;
    let mut at = 0;
    while at < b.len() {
        // Eight bytes at a time (the last chunk padded with zeros, which are boring): every
        // trigger in the chunk, in order.
        let chunk = match b.get(at..at + 8) {
            Some(whole) => whole.try_into().unwrap_or_default(),
            None => {
                let mut padded = [0u8; 8];
                padded[..b.len() - at].copy_from_slice(&b[at..]);
                padded
            }
        };
        let after_word = at > 0 && is_word(b[at - 1]);
        let mut mask = triggers(u64::from_le_bytes(chunk), after_word);
        while mask != 0 {
            let pos = at + (mask.trailing_zeros() / 8) as usize;
            mask &= mask - 1;
            if pos >= resume
                && let Some(next) = trigger(text, pos, &mut sink)
            {
                resume = next.max(pos + 1);
            }
        }
        at = resume.max(at + 8);
    }
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Bytes of `x` equal to `byte`: their high bits set, exactly (no carries between bytes).
fn equal(x: u64, byte: u8) -> u64 {
    let y = x ^ (LO * u64::from(byte));
    !(((y & !HI) + !HI) | y) & HI
}

/// ASCII bytes of `x` within `lo..=hi`.
fn between(x: u64, lo: u8, hi: u8) -> u64 {
    let t = x & !HI;
    let at_least_lo = (t + LO * u64::from(0x80 - lo)) & HI;
    let above_hi = (t + LO * u64::from(0x7f - hi)) & HI;
    at_least_lo & !above_hi & !x & HI
}

/// The bytes of `x` that are triggers (as `CLASS` sorts them, eight at a time): digits, `:`,
/// `@` and `.` anywhere; capitals, `n` and non-ASCII lead bytes only where a word starts, that
/// is after a byte that is not part of a word (`after_word`: the byte before the chunk is).
fn triggers(x: u64, after_word: bool) -> u64 {
    let letters = between(x, b'A', b'Z') | between(x, b'a', b'z');
    let word = letters | between(x, b'0', b'9') | (x & HI);
    let word_start = !((word << 8) | if after_word { 0x80 } else { 0 }) & HI;
    let anywhere = between(x, b'0', b':') | equal(x, b'@') | equal(x, b'.');
    let at_word_start = between(x, b'A', b'Z') | equal(x, b'n') | (x & HI & !between(x ^ HI, 0, 0x3f));
    anywhere | (at_word_start & word_start)
}

/// Runs the recognizers a trigger byte at `i` calls for; answers where scanning resumes.
fn trigger(text: &str, i: usize, sink: &mut Sink<'_>) -> Option<usize> {
    let b = text.as_bytes();
    let class = CLASS[usize::from(b[i])];
    match class {
        DIGIT => digits(text, i, sink),
        AT => sink.add(EntityType::Email, net::email(b, i)),
        COLON => match net::url_start_at_colon(b, i) {
            Some(start) => Some(url(b, start, sink)),
            None => sink.add(EntityType::Ip, net::ipv6(b, i)),
        },
        DOT => net::url_start_at_dot(b, i).map(|start| url(b, start, sink)),
        UPPER | LOWER_N | NON_ASCII_LEAD if word_start(b, i) => word(text, i, class, sink),
        _ => None,
    }
}

fn url(b: &[u8], start: usize, sink: &mut Sink<'_>) -> usize {
    let (personal, end) = net::url(b, start);
    if personal {
        sink.add(EntityType::Url, Some((start, end)));
    }
    end
}

/// A word start: names after cues, or after the word "name".
fn word(text: &str, i: usize, class: u8, sink: &mut Sink<'_>) -> Option<usize> {
    if !sink.types.contains(EntityType::Name) {
        return None;
    }
    let b = text.as_bytes();
    if matches!(b[i], b'n' | b'N')
        && let Some(end) = sink.add(EntityType::Name, names::after_name_word(text, i))
    {
        return Some(end);
    }
    let capital = class == UPPER || (class == NON_ASCII_LEAD && super::words::capitalised(text, i));
    if capital { sink.add(EntityType::Name, names::after_cue(text, i)) } else { None }
}

/// A token with a digit in it: every numeric and alphanumeric recognizer gets a look. Answers
/// where scanning resumes: past the token, or past the longest finding.
fn digits(text: &str, i: usize, sink: &mut Sink<'_>) -> Option<usize> {
    let b = text.as_bytes();
    let ts = i - b[..i].iter().rev().take(16).take_while(|c| c.is_ascii_alphanumeric()).count();
    let te = i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    let mut end = te;
    let mut add = |sink: &mut Sink<'_>, entity, span| {
        if let Some(e) = sink.add(entity, span) {
            end = end.max(e);
        }
    };
    if ts < i {
        // Letters then digits in one token: postcodes, IBANs, NI and licence numbers.
        add(sink, EntityType::Nino, codes::nino(b, i));
        add(sink, EntityType::Iban, codes::iban(b, ts));
        add(sink, EntityType::DrivingLicence, codes::driving_licence(b, ts));
        if let Some(pc) = codes::postcode(b, ts) {
            add(sink, EntityType::Postcode, Some(pc));
            add(sink, EntityType::Address, address::before_postcode(text, ts));
        }
        return Some(end);
    }
    // Each recognizer runs only where the first group of digits has a length it accepts.
    let lead = b[i..te].iter().take_while(|c| c.is_ascii_digit()).count();
    let next = b.get(te).copied();
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
    if lead >= 4 && (13..=19).contains(&run) {
        add(sink, EntityType::Card, numbers::card(b, i));
    }
    if matches!(lead, 3 | 10) && run == 10 {
        add(sink, EntityType::Nhs, numbers::nhs(b, i));
    }
    if b[i] == b'0' || after_sign {
        add(sink, EntityType::Phone, numbers::phone(b, i));
    }
    if matches!(lead, 2 | 6) && run == 6 {
        add(sink, EntityType::SortCode, numbers::sort_code(b, i));
    }
    if matches!(lead, 4 | 7..=10) && (7..=10).contains(&run) {
        add(sink, EntityType::BankAccount, numbers::bank_account(b, i));
    }
    if lead == 9 {
        add(sink, EntityType::Passport, numbers::passport(b, i));
    }
    if matches!(lead, 3 | 4) {
        add(sink, EntityType::Cvv, numbers::cvv(b, i));
    }
    if lead == 2 && matches!(next, Some(b'/' | b'-')) {
        add(sink, EntityType::CardExpiry, numbers::card_expiry(b, i));
    }
    if i >= 3 && b[i - 1] == b' ' {
        add(sink, EntityType::Nino, codes::nino(b, i));
    }
    if lead <= 4 {
        add(sink, EntityType::Address, address::numbered(text, i));
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eight_byte_test_agrees_with_the_class_table() {
        for byte in 0..=255u8 {
            for before in [b' ', b'a', 0x80] {
                for lane in 1..8 {
                    let mut chunk = [b' '; 8];
                    chunk[lane - 1] = before;
                    chunk[lane] = byte;
                    let class = CLASS[usize::from(byte)];
                    let expected = match class {
                        BORING => false,
                        DIGIT | AT | COLON | DOT => true,
                        _ => !is_word(before),
                    };
                    let mask = triggers(u64::from_le_bytes(chunk), false);
                    assert_eq!(mask >> (lane * 8) & 0x80 != 0, expected, "byte {byte:#x} after {before:#x}");
                }
                let mask =
                    triggers(u64::from_le_bytes([byte, b' ', b' ', b' ', b' ', b' ', b' ', b' ']), is_word(before));
                let expected = match CLASS[usize::from(byte)] {
                    BORING => false,
                    DIGIT | AT | COLON | DOT => true,
                    _ => !is_word(before),
                };
                assert_eq!(mask & 0x80 != 0, expected, "byte {byte:#x} first, after {before:#x}");
            }
        }
    }
}
