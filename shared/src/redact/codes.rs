//! Recognizers for identifiers that mix letters and digits: National Insurance numbers,
//! postcodes, IBANs, DVLA driving licence numbers and vehicle registrations. Each validates the
//! published format position by position.

use super::checksum::iban_mod97;
use super::numbers::{self, Span};
use super::text::{DigitRun, Keywords, Window, clean_end, clean_start};
use super::words::is_stop_word;

fn upper(c: u8) -> u8 {
    c.to_ascii_uppercase()
}

const NINO_CONTEXT: Keywords =
    Keywords::new(&["ni number", "ni no", "ni", "national insurance", "nino", "nin", "insurance number"]);

/// A National Insurance number by HMRC's rules: two prefix letters (neither D, F, I, Q, U, V;
/// the second not O; never BG, GB, KN, NK, NT, TN, ZZ), six digits (optionally in pairs), and a
/// suffix A-D. Without the suffix, only where the text speaks of National Insurance. `d` is
/// the first digit; the letters stand right before it, or one space or hyphen before, and the
/// pairs and the suffix are apart by the same ("JH-12-34-56-C").
pub(crate) fn nino(b: &[u8], d: usize) -> Option<Span> {
    let (start, sep) = match d {
        2.. if b[d - 1].is_ascii_alphabetic() => (d - 2, b' '),
        3.. if matches!(b[d - 1], b' ' | b'-') && b[d - 2].is_ascii_alphabetic() => (d - 3, b[d - 1]),
        _ => return None,
    };
    let (l1, l2) = (upper(b[start]), upper(b[start + 1]));
    let bad_first = matches!(l1, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V');
    let bad_second = matches!(l2, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V' | b'O');
    let banned = matches!(&[l1, l2], b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ");
    if !l1.is_ascii_alphabetic() || bad_first || bad_second || banned || !clean_start(b, start) {
        return None;
    }
    let run = DigitRun::read(b, d, &[sep], 6)?;
    if run.len != 6 || !matches!(run.groups(), [6] | [2, 2, 2]) {
        return None;
    }
    let suffix_at = if b.get(run.end) == Some(&sep) { run.end + 1 } else { run.end };
    let span = if b.get(suffix_at).is_some_and(|c| matches!(upper(*c), b'A'..=b'D')) && clean_end(b, suffix_at + 1) {
        (start, suffix_at + 1)
    } else if Window::before(b, start, 40).has_any(&NINO_CONTEXT) && clean_end(b, run.end) {
        (start, run.end)
    } else {
        return None;
    };
    (!named_a_product_code(b, start)).then_some(span)
}

/// Words that name a postcode, before one written with a hyphen.
const POSTCODE_CONTEXT: Keywords = Keywords::new(&["postcode", "post code", "postal code"]);

/// A full UK postcode by position: outward code A9, A99, A9A, AA9, AA99 or AA9A (first letter
/// not Q, V, X; second not I, J, Z; third-position letters ABCDEFGHJKPSTUW; fourth-position
/// ABEHMNPRVWXY), an optional space, and the inward code 9AA (letters not C, I, K, M, O, V);
/// any case; and GIR 0AA; a hyphen for the space after a word that names it. `ts` is the first
/// letter.
pub(crate) fn postcode(b: &[u8], ts: usize) -> Option<Span> {
    if !clean_start(b, ts) {
        return None;
    }
    let te = ts + b[ts..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    let token = &b[ts..te];
    let (outward, inward, end) = if (5..=7).contains(&token.len()) {
        (&token[..token.len() - 3], &token[token.len() - 3..], te)
    } else if (2..=4).contains(&token.len()) && matches!(b.get(te), Some(b' ' | b'-')) {
        // A hyphen for the space only where the text names a postcode ("postcode: sw1a-1aa"):
        // part numbers are written so.
        if b[te] == b'-' && !Window::before(b, ts, 24).has_any(&POSTCODE_CONTEXT) {
            return None;
        }
        let inward_end = te + 1 + b[te + 1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        (token, &b[te + 1..inward_end], inward_end)
    } else {
        return None;
    };
    let gir = outward.eq_ignore_ascii_case(b"GIR") && inward.eq_ignore_ascii_case(b"0AA");
    let valid = clean_end(b, end) && (gir || (valid_outward(outward) && valid_inward(inward)));
    (valid && !named_a_product_code(b, ts)).then_some((ts, end))
}

/// Whether a product's code or number is named right before `start`, a colon, a hash or
/// "is" perhaps between: what follows is the product's, whatever it looks like ("Product code
/// SW1 2AB", "Model number: AB123456C"). Asked only of a postcode or an NI number found.
fn named_a_product_code(b: &[u8], start: usize) -> bool {
    let window = Window::before(b, start, 24);
    let window = match window.bytes().strip_suffix(b"is ") {
        Some(before) => Window::before(before, before.len(), 24),
        None => window,
    };
    window.ends_with_any(PRODUCT_CODE_NAMES, b":#").is_some()
}

/// What names a product's code or number ([`named_a_product_code`]).
const PRODUCT_CODE_NAMES: &[&str] = &[
    "product code",
    "product number",
    "product no",
    "item code",
    "item number",
    "part number",
    "part no",
    "model number",
    "model no",
    "model",
    "sku",
    "serial number",
    "serial no",
    "serial",
    "barcode",
    "style code",
];

/// A postcode said or typed with spaces inside its codes, after a word that names it ("my
/// postcode is b 15 2tt", "postcode l 15 3 hp", "B15 2 T T"): the letters and digits from `ts`
/// across single spaces, pieces of up to four, read as one postcode (as [`postcode`] reads it)
/// whose inward code ends a piece; the longest such reading. `ts` is the area's first letter.
pub(crate) fn spaced_postcode(b: &[u8], ts: usize) -> Option<Span> {
    if !clean_start(b, ts) {
        return None;
    }
    let mut chars = [0; 7];
    // `piece_ends[n]`: where the piece ending after `n` characters ends, 0 for none.
    let mut piece_ends = [0; 8];
    let (mut n, mut i) = (0, ts);
    loop {
        let piece = b[i..].iter().take(5).take_while(|c| c.is_ascii_alphanumeric()).count();
        if piece == 0 || piece > 4 || n + piece > chars.len() {
            break;
        }
        chars[n..n + piece].copy_from_slice(&b[i..i + piece]);
        n += piece;
        piece_ends[n] = i + piece;
        if b.get(i + piece) != Some(&b' ') {
            break;
        }
        i += piece + 1;
    }
    let end = (5..=n).rev().find_map(|len| {
        let (outward, inward) = chars[..len].split_at(len - 3);
        let end = piece_ends[len];
        (end != 0 && valid_outward(outward) && valid_inward(inward) && clean_end(b, end)).then_some(end)
    })?;
    Window::before(b, ts, 24).has_any(&POSTCODE_CONTEXT).then_some((ts, end))
}

/// The letters of an Eircode: a routing key's first, and those of its unique identifier.
const EIRCODE_LETTERS: &[u8] = b"ACDEFHKNPRTVWXY";

/// Words that name an Eircode.
const EIRCODE_CONTEXT: Keywords = Keywords::new(&["eircode", "eir code"]);

/// An Irish Eircode, which names one address ("D02 X285", "my eircode is a65f4e2"; Ireland is
/// in the EU regions this runs in): a routing key (a letter of [`EIRCODE_LETTERS`] and two
/// digits, or D6W), a space, and a unique identifier of four of those letters or digits, both a
/// letter and a digit among them, not named a reference; or, after a word that names an
/// Eircode, any such identifier, the space optional ("A12 3456", "P45 FREE" and "Order
/// A219CDE" are other things); in capitals or in lowercase. `ts` is the first letter.
pub(crate) fn eircode(b: &[u8], ts: usize) -> Option<Span> {
    let letter = |c: &u8| EIRCODE_LETTERS.contains(&upper(*c));
    let key = b.get(ts..ts + 3)?;
    let routing =
        (letter(&key[0]) && key[1].is_ascii_digit() && key[2].is_ascii_digit()) || key.eq_ignore_ascii_case(b"D6W");
    if !routing || !clean_start(b, ts) {
        return None;
    }
    let id_start = ts + 3 + usize::from(b.get(ts + 3) == Some(&b' '));
    let end = id_start + 4;
    let id = b.get(id_start..end)?;
    if !id.iter().all(|c| c.is_ascii_digit() || letter(c)) || !clean_end(b, end) {
        return None;
    }
    // One case throughout, as people write a code ("x86 AVX2" is a processor's).
    let letters = || key.iter().chain(id).filter(|c| c.is_ascii_alphabetic());
    if !(letters().all(u8::is_ascii_uppercase) || letters().all(u8::is_ascii_lowercase)) {
        return None;
    }
    let window = Window::before(b, ts, 40);
    let mixed = id.iter().any(u8::is_ascii_digit) && id.iter().any(u8::is_ascii_alphabetic);
    let spaced = id_start > ts + 3;
    let plain = mixed && spaced && window.ends_with_any(REFERENCES, b" :#.").is_none();
    (plain || window.has_any(&EIRCODE_CONTEXT)).then_some((ts, end))
}

fn valid_outward(o: &[u8]) -> bool {
    let u: [u8; 4] = std::array::from_fn(|i| o.get(i).map_or(0, |c| upper(*c)));
    let first = u[0].is_ascii_uppercase() && !matches!(u[0], b'Q' | b'V' | b'X');
    let second_letter = |c: u8| c.is_ascii_uppercase() && !matches!(c, b'I' | b'J' | b'Z');
    let digit = |c: u8| c.is_ascii_digit();
    first
        && match o.len() {
            2 => digit(u[1]),
            3 if digit(u[1]) => digit(u[2]) || b"ABCDEFGHJKPSTUW".contains(&u[2]),
            3 => second_letter(u[1]) && digit(u[2]),
            4 => second_letter(u[1]) && digit(u[2]) && (digit(u[3]) || b"ABEHMNPRVWXY".contains(&u[3])),
            _ => false,
        }
}

fn valid_inward(i: &[u8]) -> bool {
    let letter = |c: &u8| c.is_ascii_alphabetic() && !b"CIKMOV".contains(&upper(*c));
    i.len() == 3 && i[0].is_ascii_digit() && letter(&i[1]) && letter(&i[2])
}

/// IBAN length by country (SEPA countries and the UK's neighbours).
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AT", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"CH", 21),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"EE", 20),
    (b"ES", 24),
    (b"FI", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GI", 23),
    (b"GR", 27),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IS", 26),
    (b"IT", 27),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MC", 27),
    (b"MT", 31),
    (b"NL", 18),
    (b"NO", 15),
    (b"PL", 28),
    (b"PT", 25),
    (b"RO", 24),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"VA", 22),
];

/// An IBAN: a known country, its exact length (spaces or hyphens between groups allowed), and
/// mod-97.
pub(crate) fn iban(b: &[u8], ts: usize) -> Option<Span> {
    let head = b.get(ts..ts + 4)?;
    if !clean_start(b, ts) || !head[2].is_ascii_digit() || !head[3].is_ascii_digit() {
        return None;
    }
    let country = [upper(head[0]), upper(head[1])];
    let &(_, len) = IBAN_LENGTHS.iter().find(|(c, _)| **c == country)?;
    let mut chars = [0u8; 34];
    let (mut n, mut i, mut end) = (0, ts, ts);
    while n < len && i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            chars[n] = c;
            n += 1;
            end = i + 1;
        } else if !(matches!(c, b' ' | b'-') && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)) {
            break;
        }
        i += 1;
    }
    (n == len && clean_end(b, end) && iban_mod97(&chars[..n])).then_some((ts, end))
}

/// A DVLA licence number: five letters of the surname (padded with 9s), six digits encoding
/// the birth date (month tens 0, 1, 5 or 6), two initials (or 9s), a digit, two letters.
pub(crate) fn driving_licence(b: &[u8], ts: usize) -> Option<Span> {
    let t = b.get(ts..ts + 16)?;
    (licence_shape(t) && clean_start(b, ts) && clean_end(b, ts + 16)).then_some((ts, ts + 16))
}

/// A DVLA licence number as the card prints it, in three groups ("MORGA 657054 SM9IJ"), or
/// with the last split once more ("SMITH 710155 JJ 9AA", "MORGA 657054 SM9 IJ"), from the six
/// digits at `i`.
pub(crate) fn spaced_driving_licence(b: &[u8], i: usize) -> Option<Span> {
    let start = i.checked_sub(6)?;
    let t = b.get(start..i + 7)?;
    if t[5] != b' ' || t[12] != b' ' {
        return None;
    }
    let mut joined = [0u8; 16];
    joined[..5].copy_from_slice(&t[..5]);
    joined[5..11].copy_from_slice(&t[6..12]);
    // The last five characters, perhaps with one space between two of them.
    let (mut n, mut end, mut split) = (11, i + 7, false);
    while n < 16 {
        match b.get(end) {
            Some(c) if c.is_ascii_alphanumeric() => joined[n] = *c,
            Some(b' ') if !split && n > 11 && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) => {
                split = true;
                end += 1;
                continue;
            }
            _ => return None,
        }
        n += 1;
        end += 1;
    }
    (licence_shape(&joined) && clean_start(b, start) && clean_end(b, end)).then_some((start, end))
}

/// Words that say a registration is a vehicle's: without them only the current format as the
/// plate shows it ("AB12 CDE") counts.
const VEHICLE_CONTEXT: Keywords = Keywords::new(&[
    "reg",
    "registration",
    "plate",
    "vrm",
    "vehicle",
    "car",
    "van",
    "motorbike",
    "motorcycle",
    "taxi",
    "pcn",
    "parked",
    "parking",
]);

/// Words right before a code in a registration's shape that make it a reference, unless the
/// text speaks of a vehicle ("PCN ref: XY21 ZZA").
const REFERENCES: &[&str] = &["ref", "reference", "order", "ticket", "code", "voucher", "invoice"];

/// A UK vehicle registration (a keeper can be traced from it) whose first digit is at `d`,
/// the letters before it starting the token at `ts`. The current format: a memory tag of two
/// letters, the age identifier (two digits, never 00, 01 or 50), a space or none, three
/// letters (never I or Q; nor Z in the tag). The older prefix format, a letter, one to three
/// digits and three letters ("P123 ABC"), only in vehicle context, as the current format
/// unless it stands in capitals with its space and is not named a reference ("Ticket TK22
/// ABC"). Never a flight and its airport ("Flight BA12 LHR", even at a car park).
pub(crate) fn vehicle_registration(b: &[u8], ts: usize, d: usize) -> Option<Span> {
    plate(b, ts, d, d)
}

/// [`vehicle_registration`] in the current format with a space after the memory tag too, the
/// age identifier's first digit at `d` ("reg: KM 19 UHT"): only in vehicle context.
/// Neither part of letters may be a word ("i live at 12 new road" near a van).
pub(crate) fn spaced_vehicle_registration(b: &[u8], d: usize) -> Option<Span> {
    let ts = d.checked_sub(3).filter(|_| b[d - 1] == b' ')?;
    // The shape first, the cheaper test: two digits at most numbers' place ("on 12 may").
    let shape = |t: &[u8]| matches!(t, [a, b, b' ', _, _, b' ', x, y, z] if [a, b, x, y, z].into_iter().all(u8::is_ascii_alphabetic));
    let word = |part: &[u8]| std::str::from_utf8(part).is_ok_and(is_stop_word);
    if !b.get(ts..d + 6).is_some_and(shape) || word(&b[ts..ts + 2]) || word(&b[d + 3..d + 6]) {
        return None;
    }
    plate(b, ts, ts + 2, d)
}

/// The plate whose memory tag (or prefix letter) is at `ts..tag_end`, its digits from `d`.
/// Always inlined, as [`vehicle_registration`] was before the spaced tag shared it.
#[inline(always)]
fn plate(b: &[u8], ts: usize, tag_end: usize, d: usize) -> Option<Span> {
    let plate_letter = |c: &u8| c.is_ascii_alphabetic() && !matches!(upper(*c), b'I' | b'Q');
    let tag_letter = |c: &u8| plate_letter(c) && upper(*c) != b'Z';
    let digits = b[d..].iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let current = tag_end - ts == 2 && digits == 2 && !matches!(&b[d..d + 2], b"00" | b"01" | b"50");
    let prefix = tag_end == d && d - ts == 1 && (1..=3).contains(&digits) && b[d] != b'0';
    if !(current || prefix) || !b[ts..tag_end].iter().all(tag_letter) || !clean_start(b, ts) {
        return None;
    }
    let spaced = b.get(d + digits) == Some(&b' ');
    let letters = d + digits + usize::from(spaced);
    let end = letters + 3;
    if !b.get(letters..end).is_some_and(|t| t.iter().all(plate_letter)) || !clean_end(b, end) {
        return None;
    }
    let window = Window::before(b, ts, 40);
    let as_on_the_plate = current && spaced && tag_end == d && b[ts..end].iter().all(|c| !c.is_ascii_lowercase());
    let after = |words: &[&str]| window.ends_with_any(words, b" :#.").is_some();
    if after(&["flight", "flights"]) {
        return None;
    }
    let context = || numbers::named_by(b, ts, 40, &[&VEHICLE_CONTEXT]);
    ((as_on_the_plate && !after(REFERENCES)) || context()).then_some((ts, end))
}

/// The 16 characters of a licence number: surname, birth date, initials, a digit, two letters.
fn licence_shape(t: &[u8]) -> bool {
    let letter_or_9 = |c: &u8| c.is_ascii_alphabetic() || *c == b'9';
    t[..5].iter().all(letter_or_9)
        && t[5..11].iter().all(u8::is_ascii_digit)
        && matches!(t[6], b'0' | b'1' | b'5' | b'6')
        && t[11..13].iter().all(letter_or_9)
        && t[13].is_ascii_digit()
        && t[14..16].iter().all(u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_digit(f: fn(&[u8], usize) -> Option<Span>, text: &str) -> Option<&str> {
        let b = text.as_bytes();
        f(b, b.iter().position(u8::is_ascii_digit)?).map(|(s, e)| &text[s..e])
    }

    fn at_word(f: fn(&[u8], usize) -> Option<Span>, text: &str, word: &str) -> Option<String> {
        let s = text.find(word)?;
        f(text.as_bytes(), s).map(|(a, z)| text[a..z].to_owned())
    }

    #[test]
    fn nino_follows_hmrc_rules() {
        assert_eq!(at_digit(nino, "it's AB123456C"), Some("AB123456C"));
        // The well-known form example uses Q, which HMRC never issues as a first letter.
        assert_eq!(at_digit(nino, "it's QQ123456C"), None);
        assert_eq!(at_digit(nino, "AB 12 34 56 C."), Some("AB 12 34 56 C"));
        assert_eq!(at_digit(nino, "jg 103759 a"), Some("jg 103759 a"));
        assert_eq!(at_digit(nino, "GB123456A"), None);
        assert_eq!(at_digit(nino, "DA123456A"), None);
        assert_eq!(at_digit(nino, "AO123456A"), None);
        assert_eq!(at_digit(nino, "AB123456E"), None);
        assert_eq!(at_digit(nino, "my NI number is AB123456"), Some("AB123456"));
        assert_eq!(at_digit(nino, "order AB123456"), None);
        // Hyphens between the parts, the same throughout.
        assert_eq!(at_digit(nino, "JH-12-34-56-C please"), Some("JH-12-34-56-C"));
        assert_eq!(at_digit(nino, "NI: JH123456"), Some("JH123456"));
        assert_eq!(at_digit(nino, "deliveries to NI: JH123456 is the tracking"), Some("JH123456"));
        assert_eq!(at_digit(nino, "order ab/12/03/25"), None);
        assert_eq!(at_digit(nino, "JH-123456-C"), Some("JH-123456-C"));
        assert_eq!(at_digit(nino, "national insurance: JH-12-34-56"), Some("JH-12-34-56"));
        assert_eq!(at_digit(nino, "ref JH-12-34-56"), None);
        assert_eq!(at_digit(nino, "JH-12 34-56-C"), None);
        // A product's code of that shape.
        assert_eq!(at_digit(nino, "Model number AB123456C"), None);
        assert_eq!(at_digit(nino, "Product code: AB 12 34 56 C"), None);
        assert_eq!(at_digit(nino, "My NI is AB123456C, model number 5"), Some("AB123456C"));
    }

    #[test]
    fn no_postcode_where_a_product_s_code_is_named() {
        for (text, code, found) in [
            ("Product code SW1 2AB", "SW1", None),
            ("Part number: SW1A 1AA", "SW1A", None),
            ("SKU LS62AA", "LS62AA", None),
            ("the model is SW1 2AB", "SW1", None),
            ("postcode SW1 2AB", "SW1", Some("SW1 2AB")),
            ("Product code 5, postcode SW1 2AB", "SW1", Some("SW1 2AB")),
            ("deliver to LS62AA", "LS62AA", Some("LS62AA")),
        ] {
            assert_eq!(at_word(postcode, text, code).as_deref(), found, "{text}");
        }
    }

    #[test]
    fn eircodes_by_routing_key_and_identifier() {
        for (text, code, found) in [
            ("it's D02 X285.", "D02", Some("D02 X285")),
            ("eircode: a65f4e2", "a65", Some("a65f4e2")),
            // Written without its space, or named a reference, only after a word naming it.
            ("to a65f4e2", "a65", None),
            ("Order A21 9CDE", "A21", None),
            ("my eircode is D6W 1234", "D6W", Some("D6W 1234")),
            // Only letters or only digits in the identifier need a word naming it.
            ("Dublin 6W, D6W 1234", "D6W", None),
            ("Part A12 3456", "A12", None),
            ("P45 FREE", "P45", None),
            // A letter no Eircode has, and one character too many.
            ("at B12 X285", "B12", None),
            ("at D02 X2B5", "D02", None),
            ("at D02 X2851", "D02", None),
            // Letters in two cases.
            ("uses the x86 AVX2 extension", "x86", None),
            ("it's d02 X285", "d02", None),
        ] {
            assert_eq!(at_word(eircode, text, code).as_deref(), found, "{text}");
        }
    }

    #[test]
    fn postcodes_by_position() {
        for (pc, ok) in [
            ("SW1A 1AA", true),
            ("sw1a1aa", true),
            ("M1 1AE", true),
            ("B33 8TH", true),
            ("CR2 6XH", true),
            ("DN55 1PT", true),
            ("W1A 0AX", true),
            ("EC1A 1BB", true),
            ("GIR 0AA", true),
            ("QA1 1AA", false),
            ("SW1A 1AI", false),
            ("AB1 1CD", false),
            ("M1 1A", false),
        ] {
            let text = format!("at {pc}.");
            assert_eq!(at_word(postcode, &text, pc).is_some(), ok, "{pc}");
        }
    }

    #[test]
    fn postcodes_with_spaces_inside_only_where_named() {
        for (text, at, found) in [
            ("my postcode is b 15 2tt", "b", Some("b 15 2tt")),
            ("postcode l 15 3 hp is that right", "l", Some("l 15 3 hp")),
            ("Postcode: B15 2 T T thanks", "B15", Some("B15 2 T T")),
            ("post code sw 1a 1aa", "sw", Some("sw 1a 1aa")),
            ("postcode b 15 2 t", "b", None),
            ("postcode b 15 2ti", "b", None),
            ("I need a 15 2tt", "a", None),
            ("I'm at b 15 2tt", "b", None),
        ] {
            assert_eq!(at_word(spaced_postcode, text, at).as_deref(), found, "{text}");
        }
    }

    #[test]
    fn postcodes_with_a_hyphen_only_where_named() {
        for (text, found) in [
            ("postcode: sw1a-1aa", Some("sw1a-1aa")),
            ("my post code is M1-1AE thanks", Some("M1-1AE")),
            ("part number SW1A-1AA", None),
            ("at M1-1AE.", None),
            ("postcode: sw1a-1ai", None),
        ] {
            let word = text.split([' ', ':']).find(|w| w.contains('-')).unwrap();
            assert_eq!(at_word(postcode, text, word).as_deref(), found, "{text}");
        }
    }

    #[test]
    fn ibans_by_country_length_and_mod97() {
        let text = "IBAN GB82 WEST 1234 5698 7654 32 thanks";
        assert_eq!(at_word(iban, text, "GB82").as_deref(), Some("GB82 WEST 1234 5698 7654 32"));
        assert!(at_word(iban, "DE89370400440532013000", "DE").is_some());
        assert!(at_word(iban, "GB82WEST12345698765433", "GB").is_none());
        assert!(at_word(iban, "GB82WEST123456987654", "GB").is_none());
        // Hyphens between the groups too.
        let text = "IBAN GB33-BUKB-2020-1555-5555-55.";
        assert_eq!(at_word(iban, text, "GB33").as_deref(), Some("GB33-BUKB-2020-1555-5555-55"));
    }

    #[test]
    fn vehicle_registrations() {
        let reg = |text: &'static str| {
            let b = text.as_bytes();
            let d = b.iter().position(u8::is_ascii_digit)?;
            let ts = d - b[..d].iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
            vehicle_registration(b, ts, d).map(|(s, e)| &text[s..e])
        };
        // As on the plate, anywhere; in any other form only in vehicle context.
        assert_eq!(reg("Is AB12 CDE ready to collect?"), Some("AB12 CDE"));
        assert_eq!(reg("my reg is ab12cde"), Some("ab12cde"));
        assert_eq!(reg("Car: WR19XKT."), Some("WR19XKT"));
        assert_eq!(reg("PCN for LV67 hjn"), Some("LV67 hjn"));
        assert_eq!(reg("the van is P123 ABC"), Some("P123 ABC"));
        assert_eq!(reg("registration m7 xyz"), Some("m7 xyz"));
        assert_eq!(reg("quote for ab12cde"), None);
        assert_eq!(reg("quote for P123 ABC"), None);
        // Letters and digits the format never uses.
        assert_eq!(reg("reg AB00 CDE"), None);
        assert_eq!(reg("reg AB01 CDE"), None);
        assert_eq!(reg("reg AB50 CDE"), None);
        assert_eq!(reg("reg AI12 CDE"), None);
        assert_eq!(reg("reg ZB12 CDE"), None);
        assert_eq!(reg("reg AB12 CQE"), None);
        assert_eq!(reg("reg P012 ABC"), None);
        // Not a registration's shape, or inside a longer token.
        assert_eq!(reg("reg ABC12 DEF"), None);
        assert_eq!(reg("reg AB123 CDE"), None);
        assert_eq!(reg("reg AB12 CDEF"), None);
        assert_eq!(reg("reg AB12 CD"), None);
        assert_eq!(reg("reg AB12 3CD"), None);
        assert_eq!(reg("reg AB12-CDE"), None);
        assert_eq!(reg("reg AB12 CDE-4"), None);
        // A flight and its airport.
        assert_eq!(reg("Flight BA12 LHR to JFK"), None);
        assert_eq!(reg("FLIGHT: EZ22 GLA"), None);
        assert_eq!(reg("Is the car park free? Flight BA12 LHR"), None);
        assert_eq!(reg("Ticket TK22 ABC was closed"), None);
        assert_eq!(reg("Booking ref: XY21 ZZA"), None);
        assert_eq!(reg("PCN ref: XY21 ZZA"), Some("XY21 ZZA"));
        // A vehicle in an earlier clause, a reference's word in the code's own.
        assert_eq!(reg("Can I get a courtesy car? Ticket TK22 ABC is still open"), None);
        assert_eq!(reg("my car is fine, order ab12cde arrived"), None);
        assert_eq!(reg("order for my car ab12cde"), Some("ab12cde"));
        // A space after the memory tag too, in vehicle context only.
        let spaced = |text: &'static str| {
            let b = text.as_bytes();
            spaced_vehicle_registration(b, b.iter().position(u8::is_ascii_digit)?).map(|(s, e)| &text[s..e])
        };
        assert_eq!(spaced("reg number: KM 19 UHT"), Some("KM 19 UHT"));
        assert_eq!(spaced("my reg is km 19 uht"), Some("km 19 uht"));
        assert_eq!(spaced("KM 19 UHT"), None);
        assert_eq!(spaced("Order AB 12 CDE"), None);
        assert_eq!(spaced("reg P 123 ABC"), None);
        assert_eq!(spaced("reg ZB 12 CDE"), None);
        assert_eq!(spaced("reg XAB 12 CDE"), None);
        assert_eq!(spaced("the van is at 12 new road"), None);
    }

    #[test]
    fn driving_licences() {
        assert!(at_word(driving_licence, "MORGA753116SM9IJ", "MORGA").is_some());
        assert!(at_word(driving_licence, "MORGA723116SM9IJ", "MORGA").is_none());
        // As the card prints it, from its digits.
        fn spaced(text: &str) -> Option<&str> {
            at_digit(spaced_driving_licence, text)
        }
        assert_eq!(spaced("licence MORGA 657054 SM9IJ."), Some("MORGA 657054 SM9IJ"));
        assert_eq!(spaced("morga 657054 sm9ij"), Some("morga 657054 sm9ij"));
        assert_eq!(spaced("driving licence no: SMITH 710155 JJ 9AA"), Some("SMITH 710155 JJ 9AA"));
        assert_eq!(spaced("MORGA 657054 SM9 IJ please"), Some("MORGA 657054 SM9 IJ"));
        assert_eq!(spaced("MORGA 657054 SM9  IJ"), None);
        assert_eq!(spaced("MORGA 657054 SM9 IJX"), None);
        assert_eq!(spaced("MORGA 657054 SM9IJX"), None);
        assert_eq!(spaced("MORGA 657054 SMXIJ"), None);
        assert_eq!(spaced("ORDER 657054 SM9IJ2"), None);
        assert_eq!(spaced("ORDER 227054 SM9IJ"), None);
        assert_eq!(spaced("ref 657054 SM9IJ"), None);
        assert_eq!(spaced("657054 SM9IJ"), None);
    }
}
