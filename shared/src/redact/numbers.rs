//! Recognizers for numbers that start with a digit: cards, NHS numbers, phone numbers, bank
//! details, passports and card security data. Each takes the text and the index of a digit
//! that starts a word, and answers the span it recognizes, validated, or nothing.

use super::checksum::{luhn, nhs_mod11};
use super::dates;
use super::text::{DigitRun, Keywords, Window, clean_end, clean_start, eq_ignore_case, plain_group};
use super::transcript;

pub(crate) type Span = (usize, usize);

const CARD_CONTEXT: Keywords = Keywords::new(&[
    "card",
    "visa",
    "mastercard",
    "amex",
    "american express",
    "maestro",
    "debit",
    "credit",
    "cc",
    "pan",
    "long number",
]);

/// 13-19 digits, Luhn-valid, grouped like a card (4-4-4-4, Amex 4-6-5, Diners 4-6-4) or
/// written after a mention of a card. "Card ending 1234" has too few digits to be one.
pub(crate) fn card(b: &[u8], s: usize) -> Option<Span> {
    if !matches!(b[s], b'2'..=b'6') || !clean_start(b, s) {
        return None;
    }
    let run = DigitRun::read(b, s, b" -", 19)?;
    if !(13..=19).contains(&run.len) || !clean_end(b, run.end) || !luhn(run.digits(b, &mut [0; 24])) {
        return None;
    }
    let grouped = matches!(run.groups(), [4, 4, 4, 4] | [4, 4, 4, 4, 1..=3] | [4, 6, 5] | [4, 6, 4]);
    let in_context = run.group_count == 1 && Window::before(b, s, 40).has_any(&CARD_CONTEXT);
    (grouped || in_context).then_some((s, run.end))
}

const HEALTH_CONTEXT: Keywords = Keywords::new(&[
    "nhs",
    "health",
    "patient",
    "hospital",
    "gp",
    "medical",
    "doctor",
    "surgery",
    "clinic",
    "nurse",
    "prescription",
    "chi",
]);

/// Ten digits passing the NHS mod-11 check, grouped 3-3-4, or in a health context.
pub(crate) fn nhs(b: &[u8], s: usize) -> Option<Span> {
    if !clean_start(b, s) {
        return None;
    }
    let run = DigitRun::read(b, s, b" -", 10)?;
    if run.len != 10 || !clean_end(b, run.end) || !nhs_mod11(run.digits(b, &mut [0; 24])) {
        return None;
    }
    let grouped = run.groups() == [3, 3, 4] && b[s] != b'0';
    (grouped || named_by(b, s, 48, &[&HEALTH_CONTEXT])).then_some((s, run.end))
}

/// Words that name a number as a reference (an order's, a booking's, a ticket's), not as
/// anything personal.
const REFERENCE_CONTEXT: Keywords = Keywords::new(&[
    "order",
    "ref",
    "reference",
    "booking",
    "invoice",
    "tracking",
    "policy",
    "membership",
    "ticket",
    "case",
    "claim",
    "serial",
    "parcel",
    "item",
    "product",
    "model",
    "sku",
    "voucher",
    "code",
]);

/// Words right before a number that make it some other number than a phone's: a reference's
/// ([`REFERENCE_CONTEXT`]) or one of these.
const NOT_PHONE_CONTEXT: Keywords =
    Keywords::new(&["account", "acc", "a/c", "sort code", "card", "nhs", "passport", "utr"]);

/// Digits of a phone number read from `ts`, across single separators and parentheses
/// ("+44 (0)20 7946 0958", "(020) 7946-0958").
fn phone_digits(b: &[u8], ts: usize, opened: bool) -> Option<([u8; 20], usize, usize)> {
    let (mut digits, mut n, mut end) = ([0u8; 20], 0, ts);
    let mut open = opened;
    let mut i = ts;
    while i < b.len() {
        let c = b[i];
        let next_digit = b.get(i + 1).is_some_and(u8::is_ascii_digit);
        match c {
            b'0'..=b'9' => {
                if n == 17 {
                    return None;
                }
                digits[n] = c;
                n += 1;
                end = i + 1;
            }
            b')' if open => {
                open = false;
                end = i + 1;
            }
            b'(' if !open && next_digit => open = true,
            b' ' | b'-' | b'.'
                if (next_digit
                    && (plain_group(b, i + 1) || whole_before_slash(b, i + 1, n) || dotted(b, c, i + 1)))
                    || b.get(i + 1) == Some(&b'(') => {}
            _ => break,
        }
        i += 1;
    }
    (!open).then_some((digits, n, end))
}

/// Whether the group of digits at `i` after the separator `c` is followed by a full stop and
/// another digit where full stops join the groups ("07700.900.123"; the number's length and
/// prefix are checked after).
fn dotted(b: &[u8], c: u8, i: usize) -> bool {
    let end = i + b[i..].iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    c == b'.' && b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether the group of digits at `i`, after `n` digits read, ends a number of ten digits or
/// more right before a slash, which joins another ("01632 960000/07700 900123").
fn whole_before_slash(b: &[u8], i: usize, n: usize) -> bool {
    let len = b[i..].iter().take(12).take_while(|c| c.is_ascii_digit()).count();
    n + len >= 10 && b.get(i + len) == Some(&b'/')
}

/// A UK national number (leading 0) of the right length for its prefix; the range need not be
/// allocated.
fn uk_national(d: &[u8]) -> bool {
    d.first() == Some(&b'0')
        && match d.get(1) {
            Some(b'1') | Some(b'5') | Some(b'8') => matches!(d.len(), 10 | 11),
            Some(b'2') | Some(b'3') | Some(b'7') | Some(b'9') => d.len() == 11,
            _ => false,
        }
}

/// Words right before a UK mobile number written without its leading 0 ("mobile: 7700 900123").
const MOBILE_CONTEXT: Keywords = Keywords::new(&[
    "mobile",
    "mob",
    "phone",
    "whatsapp",
    "text",
    "sms",
    "call",
    "ring",
    "my number",
    "contact number",
    "tel",
]);

/// What stands right before a phone number given without its area code, as a landline's local
/// number is ("my number is 7946 0958", "call me on 496 0000").
const LOCAL_NUMBER_CUES: &[&str] = &[
    "my number is",
    "my number's",
    "my phone number is",
    "home number is",
    "home number",
    "landline is",
    "landline",
    "call me on",
    "ring me on",
    "phone me on",
    "text me on",
    "reach me on",
];

/// A landline's local number, six to eight digits starting with 2 to 9, right after one of
/// [`LOCAL_NUMBER_CUES`] (a colon aside): "my number is 7946 0958", "landline: 496 0000"; not
/// "my order number is 7946 0958". Out of line: most numbers settle at the byte before them.
#[inline(never)]
pub(crate) fn local_number(b: &[u8], ts: usize) -> Option<Span> {
    if !matches!(b[ts], b'2'..=b'9') || !matches!(ts.checked_sub(1).map(|p| b[p]), Some(b' ' | b':')) {
        return None;
    }
    Window::before(b, ts, 24).ends_with_any(LOCAL_NUMBER_CUES, b":")?;
    let (_, n, end) = phone_digits(b, ts, false)?;
    ((6..=8).contains(&n) && clean_end(b, end) && !reference_before(b, ts, true)).then_some((ts, end))
}

/// A UK number (07700 900123, (020) 7946 0958, +44 (0)20 ..., 0044 ...) checked for length by
/// prefix, or an international `+CC` number of plausible length, or a mobile number without its
/// 0 right after "mobile" or "phone"; never a part of a longer run of digits, and not a number
/// named as an order, booking or other reference.
pub(crate) fn phone(b: &[u8], ts: usize) -> Option<Span> {
    let prev = ts.checked_sub(1).map(|p| b[p]);
    let plus = prev == Some(b'+');
    let paren = prev == Some(b'(');
    let start = if plus || paren { ts - 1 } else { ts };
    if !clean_start(b, start) && !after_number_and_slash(b, start) {
        return None;
    }
    if !plus && b[ts] == b'7' {
        return mobile_without_trunk(b, ts).or_else(|| mobile_elsewhere(b, ts));
    }
    if !plus && matches!(b[ts], b'4' | b'3') {
        return country_code_without_plus(b, ts).or_else(|| mobile_elsewhere(b, ts));
    }
    if !plus && matches!(b[ts], b'5' | b'6' | b'8' | b'9') {
        return mobile_elsewhere(b, ts);
    }
    if !plus && b[ts] != b'0' {
        return None;
    }
    let (digits, n, end) = phone_digits(b, ts, paren)?;
    let d = &digits[..n];
    // Two numbers joined by a slash ("07700900123/01632960000"): a whole number's ten digits
    // or more are no date's or fraction's.
    if !(clean_end(b, end) || (n >= 10 && b[end] == b'/')) {
        return None;
    }
    let valid = if plus || d.starts_with(b"00") {
        let d = if plus { d } else { &d[2..] };
        match d.strip_prefix(b"44") {
            Some(rest) => uk_after_country_code(rest),
            None => (8..=15).contains(&d.len()) && d.first() != Some(&b'0'),
        }
    } else {
        uk_national(d) || (national_elsewhere(d) && after_phone_words_elsewhere(b, start))
    };
    // No account, card, NHS, passport or UTR number is a UK mobile's eleven digits or has a
    // country code: "my account is locked from 07520 633 291" gives a phone; but "the number
    // on the back of my card is 0345 734 5345" is the bank's.
    let mobile = n == 11 && d.starts_with(b"07");
    let other_type_fits = !(plus || d.starts_with(b"00") || mobile);
    // A reference for a mobile is another thing's: "my PAC code for 07700 900456".
    let for_a_mobile = || mobile && start >= 4 && eq_ignore_case(b, start - 4, b"for ");
    (valid && (!reference_before(b, start, other_type_fits) || for_a_mobile())).then_some((start, end))
}

/// Whether a reference's word or, where `other_type_fits`, one of [`NOT_PHONE_CONTEXT`]
/// stands before the number at `start`, in its own clause ([`own_clause`]), with no phone's own words between the last of
/// them and the number ("re my order my number is 07700 900123", "re my order ring me on
/// \u{201c}07700 900654\u{201d}"; but "phone order 7700900123" is an order's).
fn reference_before(b: &[u8], start: usize, other_type_fits: bool) -> bool {
    let clause = own_clause(b, start, 24);
    let other_type = if other_type_fits { clause.last_end(&NOT_PHONE_CONTEXT) } else { None };
    let Some(end) = clause.last_end(&REFERENCE_CONTEXT).max(other_type) else {
        return false;
    };
    !Window::before(b, start, clause.bytes().len() - end).has_any(&MOBILE_CONTEXT)
}

/// The `reach` bytes before `start`, or fewer: back to the comma, question mark, exclamation
/// mark, semicolon, line break or sentence's full stop before it. A word before one of those
/// spoke of something else ("re my order, call me on 07700 900123", "Order late. Ring 07700
/// 900123"; but "order no. 07700900123" is an order's).
fn own_clause(b: &[u8], start: usize, reach: usize) -> Window<'_> {
    let floor = start.saturating_sub(reach);
    // A full stop after a word of four letters or more, and a space: an abbreviation's ("no.",
    // "ref.", "acc.") is shorter.
    let sentence_end = |p: usize| {
        b[p] == b'.'
            && b.get(p + 1) == Some(&b' ')
            && b[..p].iter().rev().take(4).filter(|c| c.is_ascii_alphanumeric()).count() == 4
    };
    let clause = (floor..start).rev().find(|&p| matches!(b[p], b',' | b'?' | b'!' | b';' | b'\n') || sentence_end(p));
    Window::before(b, start, clause.map_or(reach, |p| start - p - 1))
}

/// Whether the number at `start` is named as a reference in its own clause ([`own_clause`]): a
/// word of [`REFERENCE_CONTEXT`] in its last 24 bytes, after the last of the words of its own
/// type (`own`) in its last 48, if any. Those may stand in an earlier clause ("Where do I find
/// my sort code? order ref 203206 73249158", "Can I get a courtesy car? Ticket TK22 ABC") or
/// before the reference's, as in a transcript without punctuation ("is my nhs number on file
/// order number 9434765919"); but right before it they name the reference as the type's ("PCN
/// ref: XY21 ZZA"), and after it they name the number ("order refund to account 31926819").
/// 48 bytes, not 24, for the type's words: "my sort code for the refund is 123456" cut at 24
/// leaves only the "code" of "sort code".
fn named_as_reference(b: &[u8], start: usize, own: &[&Keywords]) -> bool {
    let near = own_clause(b, start, 24);
    let Some(reference) = near.last_end(&REFERENCE_CONTEXT).map(|end| start - near.bytes().len() + end) else {
        return false;
    };
    let wide = own_clause(b, start, 48);
    let Some(type_word) = own.iter().filter_map(|words| wide.last_end(words)).max() else { return true };
    let type_word = start - wide.bytes().len() + type_word;
    // One word between them, the reference's own: "PCN ref", "account ref".
    let one_word = || b[type_word..reference].iter().filter(|c| **c == b' ').count() <= 1;
    type_word < reference && !one_word()
}

/// Whether words of `own` stand in the `reach` bytes before the number at `start` and name it:
/// it is not [`named_as_reference`] after them. A context's words for one number of a type.
/// Or the turn before, in a transcript, asked for one ([`asked_for`]).
pub(crate) fn named_by(b: &[u8], start: usize, reach: usize, own: &[&Keywords]) -> bool {
    let window = Window::before(b, start, reach);
    (own.iter().any(|words| window.has_any(words)) && !named_as_reference(b, start, own)) || asked_for(b, start, own)
}

/// Whether the number at `start` answers, early in its turn of a transcript, a turn that
/// asked last for a value named by words of `own` ("Agent: Could I have the security number
/// on the back of the card please?\nCaller: yeah 123"; not "... your security code and your
/// order number?"), and no reference is named in the answer before it ("Caller: the order is
/// 123"). Context windows stop at the speaker's label; the question is further back.
fn asked_for(b: &[u8], start: usize, own: &[&Keywords]) -> bool {
    let Some((question, turn)) = transcript::question_before(b, start) else { return false };
    // No reference's words after the type's last ones (a reference's word that ends with them
    // is theirs: "sort code", "code").
    let own_last =
        |w: &Window<'_>| own.iter().filter_map(|words| w.last_end(words)).max() >= w.last_end(&REFERENCE_CONTEXT);
    let asks = Window::before(question, question.len(), question.len());
    let asked = own.iter().any(|words| asks.has_any(words)) && own_last(&asks);
    // Not past the answer in a clause of its own ("yeah 737, Room 101 has no hot water").
    let gap = &b[turn..start];
    let answered =
        gap.iter().position(u8::is_ascii_digit).is_some_and(|d| gap[d..].iter().any(|c| CLAUSE_ENDS.contains(c)));
    asked && !answered && own_last(&Window::before(b, start, start - turn))
}

/// What ends a clause, for [`asked_for`].
const CLAUSE_ENDS: &[u8] = b",.?!;";

/// Whether a slash before `start` follows a number of ten digits or more, spaces aside: the
/// first of two phone numbers joined by it ("07700 900123/01632 960000").
fn after_number_and_slash(b: &[u8], start: usize) -> bool {
    let Some(slash) = start.checked_sub(1).filter(|&p| b[p] == b'/') else { return false };
    let before = b[..slash].iter().rev().take(16).take_while(|c| c.is_ascii_digit() || **c == b' ');
    before.filter(|c| c.is_ascii_digit()).count() >= 10
}

/// "7700 900123" after "mobile", "phone" and the like: a UK mobile number missing its 0.
fn mobile_without_trunk(b: &[u8], ts: usize) -> Option<Span> {
    let (digits, n, end) = phone_digits(b, ts, false)?;
    let valid = n == 10 && digits[0] == b'7' && clean_end(b, end);
    (valid && after_phone_words(b, ts)).then_some((ts, end))
}

/// "447700900123" after "mobile", "my number" and the like: a UK number with its country code
/// but not the "+" before it; or an Irish one ("353871234567": eight or nine digits after 353,
/// the first no 0).
fn country_code_without_plus(b: &[u8], ts: usize) -> Option<Span> {
    let (digits, n, end) = phone_digits(b, ts, false)?;
    let irish = || digits[..n].starts_with(b"353") && matches!(n, 11 | 12) && digits[3] != b'0';
    let valid = (digits[..n].strip_prefix(b"44").is_some_and(uk_after_country_code) || irish()) && clean_end(b, end);
    (valid && after_phone_words(b, ts)).then_some((ts, end))
}

/// A mobile number of a country whose numbers have no trunk 0: Spain, Poland, Portugal and
/// Czechia ("612 345 678", "512 345 678", "912 345 678": nine digits from a 5 to a 9), Italy
/// ("347 123 4567": ten from a 3), after a phone's words ([`after_phone_words_elsewhere`]): no
/// length tells it from a reference.
fn mobile_elsewhere(b: &[u8], ts: usize) -> Option<Span> {
    let (digits, n, end) = phone_digits(b, ts, false)?;
    let valid = matches!((digits[0], n), (b'5'..=b'9', 9) | (b'3', 10)) && clean_end(b, end);
    (valid && after_phone_words_elsewhere(b, ts)).then_some((ts, end))
}

/// A national number of another country of the EU regions, with its trunk 0 ("06 12 34 56 78"
/// in France, "0151 23456789" in Germany, "06 12345678" in the Netherlands): ten to twelve
/// digits, no second 0 (an international prefix). Only after a phone's words
/// ([`after_phone_words_elsewhere`]): no length tells it from a reference.
fn national_elsewhere(d: &[u8]) -> bool {
    (10..=12).contains(&d.len()) && d[0] == b'0' && d[1] != b'0'
}

/// A phone's words in the languages of the EU regions ([`national_elsewhere`]).
const PHONE_WORDS_ELSEWHERE: Keywords = Keywords::new(&[
    "num\u{e9}ro",
    "numero",
    "n\u{fa}mero",
    "t\u{e9}l\u{e9}phone",
    "t\u{e9}l",
    "portable",
    "telefon",
    "telefonnummer",
    "handy",
    "handynummer",
    "nummer",
    "tel\u{e9}fono",
    "telefono",
    "m\u{f3}vil",
    "movil",
    "cellulare",
    "telefoon",
    "telefoonnummer",
    "mobiel",
    "telefonu",
    "numer",
    "kom\u{f3}rka",
    "telem\u{f3}vel",
    "telefone",
    "puhelin",
    "mobil",
    "joindre",
    "appeler",
    "appelez",
    "appelle",
    "rappelez",
    "rappeler",
    "rappelle",
    "recontacter",
    "ll\u{e1}mame",
    "llamame",
    "ll\u{e1}meme",
    "llameme",
    "chiamami",
    "chiamatemi",
    "richiamare",
    "richiamami",
    "bel me",
    "anrufen",
    "zur\u{fc}ckrufen",
    "erreichbar",
    "erreichen",
    "llamar",
    "chiamare",
    "bellen",
    "terugbellen",
]);

/// A reference's words in those languages: an order's, an invoice's, a customer's number.
const REFERENCE_WORDS_ELSEWHERE: Keywords = Keywords::new(&[
    "commande",
    "facture",
    "client",
    "dossier",
    "bestellung",
    "bestellnummer",
    "rechnung",
    "kundennummer",
    "pedido",
    "factura",
    "ordine",
    "fattura",
    "bestelling",
    "factuur",
    "zam\u{f3}wienia",
    "encomenda",
]);

/// Whether words of a phone ([`MOBILE_CONTEXT`], [`PHONE_WORDS_ELSEWHERE`]) stand before `ts`,
/// and no reference's, in English or elsewhere: "Mon numéro est le 06 12 34 56 78", "call me
/// on 0151 23456789"; not "Numéro de commande 0612345678". Out of line: asked only of a
/// number with a trunk 0 that no UK number's length fits.
#[inline(never)]
fn after_phone_words_elsewhere(b: &[u8], ts: usize) -> bool {
    let window = Window::before(b, ts, 40);
    (window.has_any(&MOBILE_CONTEXT) || window.has_any(&PHONE_WORDS_ELSEWHERE))
        && !window.has_any(&REFERENCE_WORDS_ELSEWHERE)
        && !reference_before(b, ts, true)
}

/// Whether words of [`MOBILE_CONTEXT`] stand before `ts`, and no [`reference_before`] it.
fn after_phone_words(b: &[u8], ts: usize) -> bool {
    Window::before(b, ts, 24).has_any(&MOBILE_CONTEXT) && !reference_before(b, ts, true)
}

/// The national part after +44, with or without the (0) trunk prefix.
fn uk_after_country_code(rest: &[u8]) -> bool {
    if rest.first() == Some(&b'0') {
        return uk_national(rest);
    }
    let mut national = [b'0'; 18];
    if rest.len() >= national.len() {
        return false;
    }
    national[1..=rest.len()].copy_from_slice(rest);
    uk_national(&national[..=rest.len()])
}

const SORT_CODE_CONTEXT: Keywords = Keywords::new(&["sort code", "sort-code", "sortcode", "s/c", "sc"]);

/// Six digits (12-34-56, 12 34 56, 123456) after "sort code" or "s/c", or grouped in pairs
/// right after the word "sort".
pub(crate) fn sort_code(b: &[u8], s: usize) -> Option<Span> {
    if !clean_start(b, s) {
        return None;
    }
    let run = DigitRun::read(b, s, b"- ", 6)?;
    let shaped = run.len == 6 && matches!(run.groups(), [2, 2, 2] | [6]);
    // "sort 60-16-13", "Sort: 601613": the word alone, right before six digits grouped as a
    // sort code or after its colon, as a form's label.
    let labelled = || b[..s].trim_ascii_end().ends_with(b":");
    // "account 12345678, sort 200000": after an account, where a bank's details are given.
    let after_account = || Window::before(b, s, 40).has_any(&ACCOUNT_CONTEXT);
    let sort_word = || {
        Window::before(b, s, 8).last_word(b": ").eq_ignore_ascii_case(b"sort")
            && (run.groups() == [2, 2, 2] || labelled() || after_account())
    };
    let context = || named_by(b, s, 32, &[&SORT_CODE_CONTEXT]) || sort_word();
    (shaped && clean_end(b, run.end) && context()).then_some((s, run.end))
}

const ACCOUNT_CONTEXT: Keywords = Keywords::new(&[
    "account number",
    "account no",
    "account",
    "acc",
    "acc no",
    "a/c",
    "acct",
    "bank account",
    "bank details",
]);

/// Seven to ten digits after "account number", "acc" or "a/c", or right after a sort code.
pub(crate) fn bank_account(b: &[u8], s: usize) -> Option<Span> {
    if !clean_start(b, s) {
        return None;
    }
    let run = DigitRun::read(b, s, b" -", 10)?;
    let shaped = (7..=10).contains(&run.len) && (run.group_count == 1 || run.groups() == [4, 4]);
    let context = || {
        ((Window::before(b, s, 32).has_any(&ACCOUNT_CONTEXT) || Window::before(b, s, 48).has_any(&SORT_CODE_CONTEXT))
            && !named_as_reference(b, s, &[&ACCOUNT_CONTEXT, &SORT_CODE_CONTEXT]))
            || asked_for(b, s, &[&ACCOUNT_CONTEXT, &SORT_CODE_CONTEXT])
    };
    (shaped && clean_end(b, run.end) && context()).then_some((s, run.end))
}

/// Words of banking before a sort code and account number written as plain digits.
const BANK_CONTEXT: Keywords = Keywords::new(&[
    "bank",
    "account",
    "acc",
    "acct",
    "a/c",
    "payee",
    "transfer",
    "pay into",
    "paid into",
    "refund to",
]);

/// A sort code and an eight-digit account number one space apart, each the other's context:
/// written 12-34-56 the pair needs no other ("Barclays 20-32-06 73249158"); as 123456 or
/// 12 34 56, a word of banking or "sort code" before it ("bank details 203206 73249158").
pub(crate) fn sort_code_and_account(b: &[u8], s: usize) -> Option<(Span, Span)> {
    let run = DigitRun::read(b, s, b" -", 14)?;
    let account = run.end - 8;
    let shaped = run.len == 14 && matches!(run.groups(), [2, 2, 2, 8] | [6, 8]) && b[account - 1] == b' ';
    if !shaped || !clean_start(b, s) || !clean_end(b, run.end) {
        return None;
    }
    let hyphenated = b[s + 2] == b'-' && b[s + 5] == b'-';
    let context = || named_by(b, s, 48, &[&BANK_CONTEXT, &SORT_CODE_CONTEXT]);
    (hyphenated || context()).then_some(((s, account - 1), (account, run.end)))
}

/// A sort code and an eight-digit account number given together with something other than one
/// space between ("20-00-00, 12345678", "bank: 20-00-00 / 12345678"), or the account first
/// ("pay it into 12345678, 20-00-00", "acc 12345678 200000"). A sort code written 12-34-56
/// is context enough unless a reference is named before the pair or it reads as a date
/// ("order 12345678, 12-03-25"); as 123456, a word of banking or "sort code" before the pair.
/// Out of line: most numbers of these lengths are no such pair.
#[inline(never)]
pub(crate) fn bank_details_together(b: &[u8], s: usize) -> Option<(Span, Span)> {
    if !clean_start(b, s) {
        return None;
    }
    let first = DigitRun::read(b, s, b"-", 8)?;
    let second_at = |joins: &[&[u8]]| joins.iter().find(|j| b[first.end..].starts_with(j)).map(|j| first.end + j.len());
    let (code, account) = match first.groups() {
        [8] => {
            let at = second_at(&[b" ", b", ", b" / ", b"/", b" and ", b" & "])?;
            (DigitRun::read(b, at, b"-", 6)?, first)
        }
        [2, 2, 2] | [6] => {
            let at = second_at(&[b", ", b" / ", b"/", b" and ", b" & "])?;
            (first, DigitRun::read(b, at, b"", 8)?)
        }
        _ => return None,
    };
    let shaped = matches!(code.groups(), [2, 2, 2] | [6]) && account.len == 8;
    if !shaped || !clean_end(b, code.end.max(account.end)) {
        return None;
    }
    let banking: [&Keywords; 3] = [&BANK_CONTEXT, &ACCOUNT_CONTEXT, &SORT_CODE_CONTEXT];
    let context = || named_by(b, s, 48, &banking);
    let date = || {
        let pair = |at: usize| u32::from(b[at] - b'0') * 10 + u32::from(b[at + 1] - b'0');
        dates::real_date(pair(code.start), pair(code.start + 3), Some((pair(code.start + 6), 2)))
    };
    let hyphenated = code.groups() == [2, 2, 2];
    let free_standing = || hyphenated && !named_as_reference(b, s, &banking) && !date();
    (free_standing() || context()).then_some(((code.start, code.end), (account.start, account.end)))
}

/// Words of HMRC's around a Unique Taxpayer Reference ("my UTR is ...", "unique tax reference").
const UTR_CONTEXT: Keywords =
    Keywords::new(&["utr", "taxpayer reference", "tax reference", "tax ref", "self assessment"]);

/// Words right before a number that make it some other reference, even after a mention of a
/// UTR ("Do I need a UTR for order 1234567890?").
const NOT_UTR_CONTEXT: Keywords = Keywords::new(&[
    "order",
    "booking",
    "invoice",
    "tracking",
    "ticket",
    "parcel",
    "case",
    "claim",
    "policy",
    "membership",
    "phone",
    "mobile",
]);

/// A Unique Taxpayer Reference after a mention of one: ten digits, in one group or any groups
/// ("12345 67890", "12345-67890"), perhaps with the "K" HMRC's online services add
/// ("1234567890K"); or the thirteen digits of its longer form. No check digit: HMRC's own
/// example ("1234567890") and what people type from a letter are taken as given, where the
/// context says what they are.
pub(crate) fn utr(b: &[u8], s: usize) -> Option<Span> {
    let run = DigitRun::read(b, s, b" -", 13)?;
    let mut end = run.end;
    if matches!(b.get(end), Some(b'k' | b'K')) {
        end += 1;
    }
    let ok = matches!(run.len, 10 | 13) && clean_start(b, s) && clean_end(b, end);
    let context = || {
        let window = Window::before(b, s, 48);
        window.has_any(&UTR_CONTEXT)
            && !Window::before(b, s, 16).has_any(&NOT_UTR_CONTEXT)
            && (!window.has_any(&COUNCIL_TAX) || window.has_any(&UTR_ITSELF))
    };
    (ok && context()).then_some((s, end))
}

/// A council's own tax, whose account reference is no UTR ("Council tax ref 5002345678"),
/// unless the UTR is named itself ("my council tax ref is ... and my UTR is ...").
const COUNCIL_TAX: Keywords = Keywords::new(&["council tax"]);

const UTR_ITSELF: Keywords = Keywords::new(&["utr", "taxpayer reference", "self assessment"]);

const PASSPORT_CONTEXT: Keywords = Keywords::new(&["passport"]);

/// Nine digits after a mention of a passport, together or in threes as the page prints them
/// ("123 456 789").
pub(crate) fn passport(b: &[u8], s: usize) -> Option<Span> {
    let run = DigitRun::read(b, s, b" ", 9)?;
    let ok = run.len == 9 && matches!(run.groups(), [9] | [3, 3, 3]) && clean_start(b, s) && clean_end(b, run.end);
    (ok && named_by(b, s, 48, &[&PASSPORT_CONTEXT])).then_some((s, run.end))
}

const CVV_CONTEXT: Keywords = Keywords::new(&[
    "cvv",
    "cvv2",
    "cvc",
    "cvc2",
    "cv2",
    "csc",
    "security code",
    "security number",
    "sec code",
    "code on the back",
    "3 digits",
    "three digits",
    "digits on the back",
    "numbers on the back",
    "3 digit code",
    "3-digit code",
    "three digit code",
    "3 digit number",
    "3-digit number",
    "three digit number",
]);

/// Where on a card its CVV is printed, right before it: a CVV after these stands alone, not as
/// the first group of a longer number ("the number on the back of my card is 0345 734 5345",
/// the bank's).
const CARD_BACK: &[&str] = &[
    "back of my card",
    "back of the card",
    "back of your card",
    "back of my card is",
    "back of the card is",
    "back of my card says",
    "back of the card says",
];

/// Three or four digits right after "CVV", "security code" and the like ("the security code on
/// the back is 123", "the 3 digit code on the back of my card is 456"), or right after a
/// card's expiry that follows its number ("4111 1111 1111 1111, 11/27, 123").
pub(crate) fn cvv(b: &[u8], s: usize) -> Option<Span> {
    let run = DigitRun::read(b, s, b"", 4)?;
    if !(3..=4).contains(&run.len) || !clean_end(b, run.end) {
        return None;
    }
    let alone = || !(b.get(run.end) == Some(&b' ') && b.get(run.end + 1).is_some_and(u8::is_ascii_digit));
    let after_cue = || {
        // Read from before a typographic quote as from before an ASCII one ("are \u{201c}789").
        let quoted = typographic_quote_before(b, s);
        let window = || Window::before(b, s - if quoted { 2 } else { 0 }, 24);
        let named = || window().has_any(&CVV_CONTEXT) && !named_as_reference(b, s, &[&CVV_CONTEXT]);
        let back = || alone() && window().ends_with_any(CARD_BACK, b":,").is_some();
        clean_start(b, s) && (named() || back() || asked_for(b, s, &[&CVV_CONTEXT]))
    };
    (after_cue() || after_expiry(b, s)).then_some((s, run.end))
}

/// Whether a typographic opening quote ("\u{201c}" or "\u{2018}") stands right before `s`.
fn typographic_quote_before(b: &[u8], s: usize) -> bool {
    matches!(b[..s], [.., 0xE2, 0x80, 0x98 | 0x9C])
}

/// Where what ends right before `s` ends: past a space, or a comma and a space.
fn end_before(b: &[u8], s: usize) -> Option<usize> {
    match b[..s] {
        [.., b',', b' '] => Some(s - 2),
        [.., b' '] => Some(s - 1),
        _ => None,
    }
}

/// Whether a card's expiry ([`card_expiry`]) ends right before `s` (see [`end_before`]).
fn after_expiry(b: &[u8], s: usize) -> bool {
    let Some(end) = end_before(b, s) else { return false };
    let start = end - b[..end].iter().rev().take(7).take_while(|c| c.is_ascii_digit() || **c == b'/').count();
    start < end && card_expiry(b, start) == Some((start, end))
}

/// Whether a card number ([`card`]) ends right before `s` (see [`end_before`]).
fn after_card(b: &[u8], s: usize) -> bool {
    let Some(end) = end_before(b, s) else { return false };
    let run = b[..end].iter().rev().take(24).take_while(|c| c.is_ascii_digit() || matches!(c, b' ' | b'-')).count();
    let start = end - run + b[end - run..end].iter().take_while(|c| !c.is_ascii_digit()).count();
    start < end && card(b, start) == Some((start, end))
}

const EXPIRY_CONTEXT: Keywords = Keywords::new(&[
    "expiry",
    "exp",
    "expires",
    "expiring",
    "expire",
    "expiration",
    "valid thru",
    "valid through",
    "valid until",
    "valid to",
    "end date",
]);

/// A card expiry (MM/YY, MM/YYYY, MM-YY) right after "expiry", "exp" and the like, or right
/// after a card number ("4111 1111 1111 1111 11/27").
pub(crate) fn card_expiry(b: &[u8], s: usize) -> Option<Span> {
    let clean = clean_start(b, s);
    // Not clean only where a number and a space stand before it: a card's, perhaps.
    if !clean && b[s - 1] != b' ' {
        return None;
    }
    let month = DigitRun::read(b, s, b"", 2)?;
    let sep = *b.get(month.end)?;
    if month.len != 2
        || !matches!(sep, b'/' | b'-')
        || !matches!(&b[s..s + 2], [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2'])
    {
        return None;
    }
    let year = DigitRun::read(b, month.end + 1, b"", 4)?;
    if !matches!(year.len, 2 | 4) || !clean_end(b, year.end) {
        return None;
    }
    let after_cue = || clean && Window::before(b, s, 24).has_any(&EXPIRY_CONTEXT) && !another_thing_expires(b, s);
    (after_cue() || after_card(b, s)).then_some((s, year.end))
}

/// What else expires on a month and year ("my railcard expires 03/26", "MOT expiry 09/27").
const OTHER_EXPIRING_THINGS: Keywords = Keywords::new(&[
    "passport",
    "licence",
    "license",
    "railcard",
    "mot",
    "contract",
    "subscription",
    "membership",
    "insurance",
    "policy",
    "warranty",
    "guarantee",
    "tenancy",
    "lease",
    "permit",
    "prescription",
    "certificate",
    "voucher",
    "offer",
    "trial",
    "tax",
    // Medicines and food ("Batch no. 12345678, exp 12/2027").
    "batch",
    "lot",
    "medicine",
    "medication",
    "tablets",
    "inhaler",
    "food",
    "ticket",
]);

/// Whether the expiry at `s` is another thing's than a card's: one of [`OTHER_EXPIRING_THINGS`]
/// before its cue on its line, and no card named there.
fn another_thing_expires(b: &[u8], s: usize) -> bool {
    let from = s.saturating_sub(40);
    let line_start = b[from..s].iter().rposition(|c| *c == b'\n').map_or(from, |p| from + p + 1);
    let window = Window::before(&b[line_start..], s - line_start, 40);
    window.has_any(&OTHER_EXPIRING_THINGS) && !window.has_any(&CARD_CONTEXT)
}

/// The words right before a card expiry written as four digits with nothing between
/// ([`compact_card_expiry`]).
const COMPACT_EXPIRY_CUES: &[&str] =
    &["expiry", "expiry date", "expiry is", "expiry date is", "exp", "exp date", "expires", "expiration", "valid to"];

/// A card expiry written MMYY with no separator ("expiry 0927", "exp: 1126"), right after one of
/// [`COMPACT_EXPIRY_CUES`] (past a colon): four digits alone read as a year, a time or a code
/// anywhere else. The month first: most four-digit numbers ("2024", "1430") fail it.
pub(crate) fn compact_card_expiry(b: &[u8], s: usize) -> Option<Span> {
    if !matches!(b.get(s..s + 2)?, [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']) {
        return None;
    }
    let run = DigitRun::read(b, s, b"", 4)?;
    let cued = || Window::before(b, s, 24).ends_with_any(COMPACT_EXPIRY_CUES, b":").is_some();
    let valid = run.len == 4 && clean_start(b, s) && clean_end(b, run.end);
    (valid && cued() && !another_thing_expires(b, s)).then_some((s, run.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(f: fn(&[u8], usize) -> Option<Span>, text: &str) -> Option<&str> {
        let b = text.as_bytes();
        let s = b.iter().position(|c| c.is_ascii_digit())?;
        f(b, s).map(|(start, end)| &text[start..end])
    }

    #[test]
    fn a_card_expiry_as_four_digits_right_after_its_cue() {
        assert_eq!(find(compact_card_expiry, "expiry 0927"), Some("0927"));
        assert_eq!(find(compact_card_expiry, "Exp: 1126, cvv 123"), Some("1126"));
        assert_eq!(find(compact_card_expiry, "card expiry date is 0128"), Some("0128"));
        let others = ["passport expiry 0929", "MOT expires 0327"];
        for text in ["expiry 1327", "order 0927", "the expiry is in 0927", "exp 09271", "expiry 0927-1", "at 1030"]
            .into_iter()
            .chain(others)
        {
            assert_eq!(find(compact_card_expiry, text), None, "{text}");
        }
    }

    #[test]
    fn cards_need_luhn_and_grouping_or_context() {
        assert_eq!(find(card, "it's 4111 1111 1111 1111 thanks"), Some("4111 1111 1111 1111"));
        assert_eq!(find(card, "amex 3782 822463 10005"), Some("3782 822463 10005"));
        assert_eq!(find(card, "my card number is 4111111111111111"), Some("4111111111111111"));
        assert_eq!(find(card, "order 4111111111111111"), None);
        assert_eq!(find(card, "4111 1111 1111 1112"), None);
        assert_eq!(find(card, "card ending 1234"), None);
    }

    #[test]
    fn a_landline_s_local_number_right_after_its_cue() {
        for (text, want) in [
            ("my number is 7946 0958", Some("7946 0958")),
            ("landline: 496 0000, after 6", Some("496 0000")),
            ("call me on 4960000", Some("4960000")),
            ("my order number is 7946 0958", None),
            ("my number is 12345678", None),
            ("my number is 7946 0958 2", None),
            ("call me on 3 May", None),
            ("my number is 79460958123", None),
        ] {
            assert_eq!(find(local_number, text), want, "{text}");
        }
    }

    #[test]
    fn uk_phone_formats_and_traps() {
        for (text, want) in [
            ("call me on +44 7700 900123 please", Some("+44 7700 900123")),
            ("07700900123", Some("07700900123")),
            ("ring (020) 7946 0958", Some("(020) 7946 0958")),
            ("0161-496-0000.", Some("0161-496-0000")),
            ("my number: 07700.900.123", Some("07700.900.123")),
            ("tel: 0161.496.0000.", Some("0161.496.0000")),
            ("version 0.12.3.4", None),
            ("0113.496.0000.1", None),
            ("+44 (0)20 7946 0958", Some("+44 (0)20 7946 0958")),
            ("0044 7700 900123", Some("0044 7700 900123")),
            ("+33 6 12 34 56 78", Some("+33 6 12 34 56 78")),
            ("+1 (415) 555-2671", Some("+1 (415) 555-2671")),
            ("07700 900123 456", None),
            ("077009001234", None),
            ("0612345678", None),
            // Another country's national number, after a phone's words in any of the EU
            // regions' languages; not a reference.
            ("Mon num\u{e9}ro est le 06 12 34 56 78", Some("06 12 34 56 78")),
            ("Meine Handynummer: 0151 23456789", Some("0151 23456789")),
            ("Appelez-moi au 06 12 34 56 78", Some("06 12 34 56 78")),
            ("call me on 06 12345678", Some("06 12345678")),
            ("Merci de rappeler mon mari, Julien, au \u{201c}06 98 76 54 32", Some("06 98 76 54 32")),
            ("Bitte zur\u{fc}ckrufen: 0151 23456789", Some("0151 23456789")),
            // Spanish and Italian mobiles, which have no trunk 0.
            ("Mi tel\u{e9}fono es 612 345 678", Some("612 345 678")),
            ("mi m\u{f3}vil: 612345678", Some("612345678")),
            ("il mio numero \u{e8} 347 123 4567", Some("347 123 4567")),
            // Polish and Portuguese mobiles, nine digits from a 5 to a 9.
            ("M\u{f3}j numer to 512 345 678", Some("512 345 678")),
            ("O meu telem\u{f3}vel \u{e9} 912 345 678", Some("912 345 678")),
            ("Numer zam\u{f3}wienia 512 345 678", None),
            ("my order number is 712 345 678", None),
            ("numero de pedido 612345678", None),
            ("Il numero d'ordine \u{e8} 347 123 4567", None),
            ("I have 612 345 678 points", None),
            ("mi tel\u{e9}fono es 612 345 6789", None),
            ("0612345678 is the one", None),
            ("membership number 0612345678", None),
            ("Num\u{e9}ro de commande 0612345678", None),
            ("Bestellnummer 0612345678", None),
            ("order number 0612345678", None),
            ("phone 06 12 34 56 78 9012 34", None),
            ("my account number is 0612345678", None),
            ("order 07700900123", None),
            // A mobile is no account's, card's or NHS number; a bank's own number may be on a card.
            ("my account is locked from 07520 633 291", Some("07520 633 291")),
            ("the number on the back of my card is 0345 734 5345", None),
            ("account 01632 960000", None),
            ("total 0.50", None),
            ("mobile: 7700 900123", Some("7700 900123")),
            ("phone 7700900123", Some("7700900123")),
            ("My number's 7700 900321", Some("7700 900321")),
            ("tel: 7700 900321", Some("7700 900321")),
            ("my order number is 7700900321", None),
            ("mobile 7700 900123 456", None),
            ("7700 900123", None),
            ("phone order 7700900123", None),
            ("My number is 447700900123", Some("447700900123")),
            ("mobile 44 7700 900123", Some("44 7700 900123")),
            ("whatsapp 4407700900123", Some("4407700900123")),
            ("447700900123", None),
            ("my number is 4477009001234", None),
            ("phone order 447700900123", None),
            ("text 447700900123", Some("447700900123")),
            ("or call 7700 900321 after 6", Some("7700 900321")),
            ("ring order 447700900123", None),
            ("my number is 353871234567", Some("353871234567")),
            ("my mobile is 353 87 123 4567", Some("353 87 123 4567")),
            ("353871234567", None),
            ("my number is 3530871234567", None),
            ("my number is 35387123456789", None),
            // A reference's word in the clause before speaks of something else.
            ("re my order, call me on 07700 900888", Some("07700 900888")),
            ("my UTR? ring me on 07700 900888", Some("07700 900888")),
            ("card declined!\n07700 900888", Some("07700 900888")),
            ("order late. ring 07700 900888", Some("07700 900888")),
            ("re my order ring me on 07700 900888", Some("07700 900888")),
            ("booking ref text me on 07700 900888", Some("07700 900888")),
            ("re my order ring me on \u{201c}07700 900888\u{201d}", Some("07700 900888")),
            // The phone's words anywhere after the reference's, in the same clause.
            ("re my order my number is 07700 900888", Some("07700 900888")),
            ("my order number is 07700900123", None),
            ("Invoice overdue. Call 0161 496 0000", Some("0161 496 0000")),
            ("order no. 07700900123", None),
            ("ref. 0161 496 0000", None),
            ("Order: 07700 900123", None),
            // A reference for a mobile is another thing's: a PAC code's, an order's.
            ("My PAC code for 07700 900456 please", Some("07700 900456")),
            ("STAC code for 07700900456", Some("07700900456")),
            ("order for 07700900456", Some("07700900456")),
            ("Invoice for 01632 960555", None),
            // Two numbers joined by a slash, each found; a date's or a fraction's digits none.
            ("07700900123/01632960000", Some("07700900123")),
            ("home/mobile: 01632 960000/07700 900123", Some("01632 960000")),
            ("0161 496 0000/1", Some("0161 496 0000")),
            ("01/02/2024", None),
            ("0161/496/0000", None),
        ] {
            let b = text.as_bytes();
            let s = b.iter().position(|c| c.is_ascii_digit()).unwrap();
            assert_eq!(phone(b, s).map(|(a, z)| &text[a..z]), want, "{text}");
        }
    }

    #[test]
    fn the_second_of_two_phone_numbers_joined_by_a_slash() {
        let second = |text: &'static str| {
            let s = text.rfind('/')? + 1;
            phone(text.as_bytes(), s).map(|(a, z)| &text[a..z])
        };
        assert_eq!(second("07700900123/01632960000"), Some("01632960000"));
        assert_eq!(second("01632 960000/07700 900123"), Some("07700 900123"));
        assert_eq!(second("ref 12345/07700900123"), None);
        assert_eq!(second("12/03/07700900123"), None);
    }

    #[test]
    fn nhs_numbers_need_mod11_and_grouping_or_context() {
        assert_eq!(find(nhs, "943 476 5919"), Some("943 476 5919"));
        assert_eq!(find(nhs, "my nhs number 9434765919"), Some("9434765919"));
        assert_eq!(find(nhs, "ref 9434765919"), None);
        assert_eq!(find(nhs, "943 476 5918"), None);
    }

    #[test]
    fn bank_details_need_context() {
        assert_eq!(find(sort_code, "sort code 12-34-56"), Some("12-34-56"));
        assert_eq!(find(sort_code, "on 12-03-24"), None);
        // "sort" alone only right before a sort code's grouping.
        assert_eq!(find(sort_code, "and the sort 60-16-13"), Some("60-16-13"));
        assert_eq!(find(sort_code, "sort: 60 16 13"), Some("60 16 13"));
        assert_eq!(find(sort_code, "can you sort 123456 out"), None);
        // Or after its colon, as a form's label.
        assert_eq!(find(sort_code, "Sort: 200000, account 12345678"), Some("200000"));
        assert_eq!(find(sort_code, "Sort by: 123456"), None);
        assert_eq!(find_last(sort_code, "account 12345678, sort 200000"), Some("200000"));
        assert_eq!(find(sort_code, "can you sort 123456 for me"), None);
        assert_eq!(find(sort_code, "sort it by 12-03-25"), None);
        assert_eq!(find(bank_account, "acc no 31926819"), Some("31926819"));
        assert_eq!(find(bank_account, "order 31926819"), None);
        assert_eq!(find(passport, "passport number 123456789"), Some("123456789"));
        assert_eq!(find(passport, "my passport number is 123 456 789"), Some("123 456 789"));
        assert_eq!(find(passport, "passport 123 456 789 0"), None);
        assert_eq!(find(passport, "passport 1234 56 789"), None);
        assert_eq!(find(cvv, "the CVV is 123"), Some("123"));
        assert_eq!(find(cvv, "room 123"), None);
        assert_eq!(find(card_expiry, "expiry 09/27"), Some("09/27"));
        assert_eq!(find(card_expiry, "on 09/27"), None);
        // Other things expire on a month and year too.
        for text in [
            "my railcard expires 03/26",
            "MOT expiry 09/27",
            "the contract expires 06/2027",
            "Batch no. 12345678, exp 12/2027",
            "my inhaler expires 04/27",
        ] {
            assert_eq!(find(card_expiry, text), None, "{text}");
        }
        assert_eq!(find(card_expiry, "my debit card expires 03/27"), Some("03/27"));
        assert_eq!(find(card_expiry, "new card for my insurance, expiry 03/27"), Some("03/27"));
        assert_eq!(find(card_expiry, "exp 13/27"), None);
        assert_eq!(find(card_expiry, "the card is expiring 11/27"), Some("11/27"));
        assert_eq!(find(cvv, "the security code on the back is 123"), Some("123"));
        assert_eq!(find_last(cvv, "CVV2: 456"), Some("456"));
    }

    #[test]
    fn a_unique_taxpayer_reference_after_a_mention_of_one() {
        for (text, want) in [
            ("my UTR is 1234567890", Some("1234567890")),
            ("UTR: 12345 67890", Some("12345 67890")),
            ("my unique taxpayer reference is 98765-43210.", Some("98765-43210")),
            ("Unique Tax Reference 1234567890K", Some("1234567890K")),
            ("self assessment utr 0123456789, thanks", Some("0123456789")),
            ("Tax ref 12345 67890", Some("12345 67890")),
            ("my UTR on the online account is 1231234567890", Some("1231234567890")),
            // Without the context, of another length, or inside a longer number.
            ("order 1234567890", None),
            ("Do I need a UTR for order 1234567890?", None),
            ("my UTR? my phone is 0123456789", None),
            ("my UTR is 123456789", None),
            ("my UTR is 12345678901", None),
            ("my UTR is 1234567890.5", None),
            ("my UTR is 1234567890KB", None),
        ] {
            assert_eq!(find(utr, text), want, "{text}");
        }
    }

    #[test]
    fn a_number_named_as_a_reference_in_its_own_clause_is_none_of_these() {
        // A word of the type in an earlier clause, a reference's word in the number's own.
        for (f, text) in [
            (bank_account as fn(&[u8], usize) -> Option<Span>, "Is it on my account? My order number is 7700900321"),
            (bank_account, "account closed, ref 31926819"),
            (sort_code, "where's my sort code? booking 123456"),
            (sort_code, "Do I need my sort code? invoice 12-34-56"),
            (sort_code, "Where do I find my sort code? Can I reuse code 482913?"),
            (passport, "I lost my passport, booking ref 123456789"),
            (nhs, "is my NHS number on file? order number 9434765919"),
            (cvv, "card payment failed, security code? order 123 is late"),
        ] {
            assert_eq!(find(f, text), None, "{text}");
        }
        fn pair(text: &str) -> Option<&str> {
            find(|b, s| sort_code_and_account(b, s).map(|(code, _)| code), text)
        }
        assert_eq!(pair("wrong on the account, how do I change it? order ref 203206 73249158"), None);
        // Without punctuation, as a voice transcript gives it, the reference's word is nearer.
        assert_eq!(pair("wrong on the account how do i change it order ref 203206 73249158"), None);
        assert_eq!(find(nhs, "is my nhs number on file order number 9434765919"), None);
        // The type's own word in the same clause wins, and a reference in an earlier one is no
        // matter; nor is a reference after the number, or a pair in a sort code's hyphens.
        for (f, text, want) in [
            (bank_account as fn(&[u8], usize) -> Option<Span>, "order refund to account 31926819", "31926819"),
            (bank_account, "re my order, account number 31926819", "31926819"),
            (bank_account, "acc no 31926819 for the order", "31926819"),
            (sort_code, "booking deposit: sort code 12-34-56", "12-34-56"),
            (passport, "booking ref passport 123456789", "123456789"),
            (nhs, "re my order. NHS number 9434765919", "9434765919"),
            (cvv, "the order failed, cvv 123", "123"),
            (cvv, "the order failed, security code 123", "123"),
            (sort_code, "the code? sort code 12-34-56", "12-34-56"),
        ] {
            assert_eq!(find(f, text), Some(want), "{text}");
        }
        assert_eq!(pair("sort code? order ref 20-32-06 73249158"), Some("20-32-06"));
        // "sort code" counts as a whole though "code" alone stands in the last 24 bytes.
        assert_eq!(find(sort_code, "my sort code for the refund is 123456"), Some("123456"));
    }

    /// What `f` finds at the last digit group of `text`.
    fn find_last(f: fn(&[u8], usize) -> Option<Span>, text: &str) -> Option<&str> {
        let b = text.as_bytes();
        let end = b.iter().rposition(u8::is_ascii_digit)? + 1;
        let s = end - b[..end].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        f(b, s).map(|(start, end)| &text[start..end])
    }

    #[test]
    fn a_transcripts_answer_to_a_question_for_the_number() {
        type Recognizer = fn(&[u8], usize) -> Option<Span>;
        let at = |f: Recognizer, text: &'static str, value: &str| {
            f(text.as_bytes(), text.rfind(value).unwrap()).map(|(start, end)| &text[start..end])
        };
        for (f, text, value) in [
            (cvv as Recognizer, "Agent: and the three digits on the back of the card\nCaller: 123", "123"),
            (cvv, "Agent: Could I have the security number on the back please?\nCaller: yeah 737", "737"),
            (
                sort_code,
                "Agent: Can I take your account number and sort code please?\nCaller: its 12345678 and 20 00 00",
                "20 00 00",
            ),
            (
                bank_account,
                "Agent: Can I take your bank account number, when you are ready?\nCaller: 12345678",
                "12345678",
            ),
            (nhs, "Bot: Could you tell me your NHS number? It is on your letters\nUser: 9434765919", "9434765919"),
        ] {
            assert_eq!(at(f, text, value), Some(value), "{text}");
        }
        for (f, text, value) in [
            // A reference asked for last, or named in the answer; no question; too far in.
            (cvv as Recognizer, "Agent: your security code and then your order number please\nCaller: 4567", "4567"),
            (cvv, "Agent: and the security code on the back of the card?\nCaller: the order is 4567", "4567"),
            (cvv, "Agent: how many would you like, and in which size?\nCaller: 123", "123"),
            (cvv, "Agent: and the security code on the back?\nCaller: yeah 737, Room 101 is cold", "101"),
            (
                bank_account,
                "Agent: and what is your order number please, it's on the email?\nCaller: 12345678",
                "12345678",
            ),
            (
                cvv,
                "Agent: and the three digits on the back of the card\nCaller: I am not sure where it is, maybe 123",
                "123",
            ),
        ] {
            assert_eq!(at(f, text, value), None, "{text}");
        }
    }

    #[test]
    fn a_cvv_named_by_its_length_or_where_it_is_printed() {
        for (text, want) in [
            ("the 3 digit code on the back of my card is 456", Some("456")),
            ("the 3-digit code is 456", Some("456")),
            ("the three digit number is 4567", Some("4567")),
            ("the numbers on the back are 456", Some("456")),
            ("the back of my card says 123", Some("123")),
            // A number the bank prints there, and codes of other lengths.
            ("the number on the back of my card is 0345 734 5345", None),
            ("the back of the card has 0345 734 5345 on it", None),
            ("I got a 4 digit code 1234 by text", None),
            ("the 6 digit code is 483920", None),
        ] {
            assert_eq!(find_last(cvv, text), want, "{text}");
        }
        // Nor the first group of that number.
        assert_eq!(find(cvv, "on the back of my card: 0345 734 5345"), None);
        assert_eq!(find(cvv, "on the back of my card: 0345"), Some("0345"));
    }

    #[test]
    fn an_expiry_and_a_cvv_right_after_a_card_number() {
        assert_eq!(find_last(cvv, "4111 1111 1111 1111 11/27 123"), Some("123"));
        assert_eq!(find_last(cvv, "4111111111111111, 11/2027, 1234"), None, "no card without context");
        assert_eq!(find_last(cvv, "card 4111111111111111, 11/2027, 1234"), Some("1234"));
        assert_eq!(find_last(cvv, "exp 11/27 123"), Some("123"));
        let b = b"4111 1111 1111 1111 11/27".as_slice();
        assert_eq!(card_expiry(b, 20), Some((20, 25)));
        for text in [
            "4111 1111 1111 1112 11/27 123",
            "order 4111111111111111 11/27 123",
            "from 11/27 123",
            "room 12/24 123",
            "1111 1111 11/27",
            "4111 1111 1111 1111  11/27",
        ] {
            let b = text.as_bytes();
            let slash = text.find('/').unwrap();
            assert_eq!(card_expiry(b, slash - 2), None, "{text}");
            assert_eq!(find_last(cvv, text), None, "{text}");
        }
    }

    #[test]
    fn a_sort_code_and_account_side_by_side_are_each_others_context() {
        let pair = |text: &'static str| {
            let s = text.bytes().position(|c| c.is_ascii_digit())?;
            sort_code_and_account(text.as_bytes(), s).map(|(c, a)| (&text[c.0..c.1], &text[a.0..a.1]))
        };
        assert_eq!(pair("sort code 20-00-00 55779911"), Some(("20-00-00", "55779911")));
        assert_eq!(pair("Barclays 20-32-06 73249158."), Some(("20-32-06", "73249158")));
        assert_eq!(pair("bank details 203206 73249158"), Some(("203206", "73249158")));
        assert_eq!(pair("transfer to 20 32 06 73249158"), Some(("20 32 06", "73249158")));
        // Plain digits without a word of banking, other lengths and joins: no pair.
        for not in [
            "order 203206 73249158",
            "order 20 32 06 73249158",
            "ticket 20-32-06 7324",
            "20-32-06 732491580",
            "20-32-06-73249158",
            "7 20-32-06 73249158",
            "sort code 20-32-06",
        ] {
            assert_eq!(pair(not), None, "{not}");
        }
    }

    #[test]
    fn a_sort_code_and_account_given_together_in_either_order() {
        let together = |text: &'static str| {
            let s = text.bytes().position(|c| c.is_ascii_digit())?;
            bank_details_together(text.as_bytes(), s).map(|(c, a)| (&text[c.0..c.1], &text[a.0..a.1]))
        };
        assert_eq!(together("pay it into 12345678, 20-00-00"), Some(("20-00-00", "12345678")));
        assert_eq!(together("can you transfer it to 12345678 20-00-00 please"), Some(("20-00-00", "12345678")));
        assert_eq!(together("bank: 20-00-00 / 12345678"), Some(("20-00-00", "12345678")));
        assert_eq!(together("details: 20-00-00, 12345678"), Some(("20-00-00", "12345678")));
        assert_eq!(together("bank details 12345678 200000"), Some(("200000", "12345678")));
        assert_eq!(together("sort code and account: 200000 & 12345678"), Some(("200000", "12345678")));
        // A reference named before, a date's shape, plain digits without a word of banking, or
        // another length: no pair.
        for not in [
            "order 12345678, 20-00-00",
            "12345678 12-03-25",
            "ticket 12345678 12-03-25",
            "12345678 200000",
            "20-00-00, 123456789",
            "12345678, 20-00-001",
            "bank 1234567, 20-00-00",
        ] {
            assert_eq!(together(not), None, "{not}");
        }
    }
}
