//! The single pass over a message. A 256-entry table sorts every byte into "nothing to do"
//! (most of them) or a trigger: a digit starting a token, `@`, `:`, `.`, a capital at a word
//! start, or the word "name". Only triggers run recognizers, and each recognizer validates its
//! candidate before it becomes a finding.

use super::entity::{EntitySet, EntityType};
use super::numbers::{self, Span};
use super::text::word_start;
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
    let mut i = 0;
    while i < b.len() {
        // Eight bytes at a time: jump straight to the next byte that may be a trigger.
        let pos = match b.get(i..i + 8) {
            Some(chunk) => {
                let mask = triggers(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
                if mask == 0 {
                    i += 8;
                    continue;
                }
                i + (mask.trailing_zeros() / 8) as usize
            }
            None if CLASS[usize::from(b[i])] == BORING => {
                i += 1;
                continue;
            }
            None => i,
        };
        i = trigger(text, pos, &mut sink).map_or(pos + 1, |next| next.max(pos + 1));
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

/// The bytes of `x` whose class is not `BORING` (the same set as `CLASS`, eight at a time):
/// digits and `:`, `@` and capitals, `.`, `n`, and non-ASCII lead bytes (with continuation
/// bytes, which the per-byte dispatch then passes over).
fn triggers(x: u64) -> u64 {
    (x & HI) | between(x, b'0', b':') | between(x, b'@', b'Z') | equal(x, b'.') | equal(x, b'n')
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
    if lead <= 3 && next == Some(b'.') {
        add(sink, EntityType::Ip, net::ipv4(b, i));
    }
    if matches!(lead, 1 | 2 | 4) {
        add(sink, EntityType::Dob, dates::dob(b, i));
    }
    if lead >= 4 {
        add(sink, EntityType::Card, numbers::card(b, i));
    }
    if matches!(lead, 3 | 10) {
        add(sink, EntityType::Nhs, numbers::nhs(b, i));
    }
    if b[i] == b'0' || after_sign {
        add(sink, EntityType::Phone, numbers::phone(b, i));
    }
    if matches!(lead, 2 | 6) {
        add(sink, EntityType::SortCode, numbers::sort_code(b, i));
    }
    if matches!(lead, 4 | 7..=10) {
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
            for lane in 0..8 {
                let word = u64::from(byte) << (lane * 8) | (0x20 << ((lane + 1) % 8 * 8));
                let expected = CLASS[usize::from(byte)] != BORING || byte >= 0x80;
                assert_eq!(triggers(word) >> (lane * 8) & 0x80 != 0, expected, "byte {byte:#x} in lane {lane}");
            }
        }
    }
}
