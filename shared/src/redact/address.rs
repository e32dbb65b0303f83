//! Street addresses: a house number (12, 12a, 12-14) or a flat prefix ("Flat 3,"), then one to
//! three words and a street type ("Baker Street", "Mill Ln"), or after a flat number the name of
//! its block and perhaps its street ("Flat 3 Kelvin House, 14 Park Road"); and, anchored by a
//! postcode right after them, house-name addresses without a number ("Rose Cottage, Mill Lane,
//! Ashford"); or right after "address is" or "Address:", one with neither a number nor a
//! postcode ("my address is flat 3 kelvin house", "Address: The Old Rectory, Church Lane"), or
//! after "live at", "live on" or "live in" ("we live at Rose Cottage, Hill Road", "I live on
//! the High Street"), or where something is to be delivered ("Deliver to: Rose Cottage, Mill
//! Lane", "please send it to The Old Rectory, Church Lane"). A street with no type ("7
//! Millbank", "4 Canal Side") only after a house number, and only where a postcode follows, a
//! label stands before, or where one lives or a parcel goes ("I live at 4 Canal Side"). A
//! post office box, its number with it ("PO Box 123").

use super::number_words::hundreds_at;
use super::numbers::Span;
use super::text::{
    DigitRun, Keywords, Window, apostrophe_before, clean_start, eq_ignore_case, letters_before, offset_in,
    word_char_at, word_char_before, word_start,
};
use super::transcript;
use super::words::{WordSet, capitalised, is_month, is_named_thing, is_quantity_word, is_stop_word, set_of, word_end};

const STREET_TYPES: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "lane",
    "ln",
    "avenue",
    "ave",
    "drive",
    "dr",
    "close",
    "crescent",
    "cres",
    "place",
    "pl",
    "court",
    "ct",
    "gardens",
    "gdns",
    "terrace",
    "grove",
    "hill",
    "square",
    "sq",
    "park",
    "row",
    "mews",
    "walk",
    "view",
    "rise",
    "green",
    "parade",
    "boulevard",
    "vale",
    "wharf",
    "yard",
    "way",
    "croft",
    "meadow",
    "meadows",
    "fields",
    "gate",
    "crossing",
    "embankment",
    "approach",
    "circus",
    "end",
    "estate",
    // Village and estate streets, often after "The": "3 The Paddocks", "12 The Orchard".
    "paddock",
    "paddocks",
    "maltings",
    "orchard",
    "glade",
    "heights",
    "spinney",
    "copse",
];

/// A row of cottages or villas, numbered as a street is ("2 Railway Cottages", "4 Albert
/// Villas"), capitalised: a street's type only so ("we have 2 holiday cottages" counts them).
fn is_row_of_houses(word: &str) -> bool {
    matches!(word, "Cottages" | "Villas")
}

const FLAT_PREFIXES: &[&str] = &["flat", "apartment", "apt", "unit", "suite", "house", "block"];

/// The last word of a block of flats' name ("Flat 3 Kelvin House", "Flat 12b Ocean Towers"),
/// besides street types; an address only after a flat prefix ("3 bed house" is none).
const BUILDING_TYPES: &[&str] =
    &["house", "tower", "towers", "mansions", "lodge", "buildings", "apartments", "point", "plaza"];

static STREET_TYPE_SET: WordSet = WordSet::new(|| set_of(STREET_TYPES.iter().copied()));

pub(crate) fn is_street_type(word: impl AsRef<[u8]>) -> bool {
    STREET_TYPE_SET.contains(word)
}

/// One to three street-name words then a street type, from `i`; answers the type's end. A
/// first word of [`STREET_STARTS`] in lowercase starts the name only with `lowercase_starts`
/// ([`ends_name`]).
fn street(text: &str, mut i: usize, lowercase_starts: bool) -> Option<usize> {
    let b = text.as_bytes();
    // A name that starts in lowercase before a capitalised type: "Does the number 8 go past St
    // Thomas's?" names no street ("the" aside: "3 the Paddocks"; a typo later on may split a
    // word: "27 Vi toria Street").
    let mut lowercase_first = None;
    for n in 0..4 {
        let end = word_end(text, i);
        let word = &text[i..end];
        if end == i || ends_name(word, n, lowercase_starts) {
            return None;
        }
        if n == 0 && is_quantity_word(word) {
            return None;
        }
        if n > 0 && (is_street_type(word) || is_row_of_houses(word)) {
            if lowercase_first == Some(true) && b[i].is_ascii_uppercase() {
                return None;
            }
            // A type may name the street before its own type ("Warrender Park Road", "Mill Hill
            // Road").
            let next = end + 1;
            let typed_again = b.get(end) == Some(&b' ')
                && b.get(next).is_some_and(|c| c.is_ascii_uppercase() == b[i].is_ascii_uppercase())
                && is_street_type(&text[next..word_end(text, next)]);
            return Some(if typed_again { word_end(text, next) } else { end });
        }
        if lowercase_first.is_none() && !word.eq_ignore_ascii_case("the") {
            lowercase_first = Some(b[i].is_ascii_lowercase());
        }
        let gap = abbreviation_stop(b, word, end);
        if b.get(end + gap) != Some(&b' ') {
            return None;
        }
        i = end + gap + 1;
    }
    None
}

/// Whether `word`, the `n`th of a street's or a house's name, is none of it: a stop word, but
/// a first "the" ("3 The Paddocks", "The Old Rectory") or a first word of [`STREET_STARTS`],
/// capitalised ("12 New Road", "6 Back Lane") or with `lowercase_starts` ("12 new road" or "12
/// NEW ROAD" where an address is expected: in capitals every word is capitalised).
fn ends_name(word: &str, n: usize, lowercase_starts: bool) -> bool {
    let title_case =
        || matches!(word.as_bytes(), [first, second, ..] if first.is_ascii_uppercase() && !second.is_ascii_uppercase());
    let starts_street = || (lowercase_starts || title_case()) && is_street_start(word);
    is_no_place_word(word) && !(n == 0 && (word.eq_ignore_ascii_case("the") || starts_street()))
}

/// Stop words that start many streets' names: New Road, Back Lane, Great North Road, Home
/// Farm Road, All Saints Road.
const STREET_STARTS: [&str; 5] = ["new", "back", "great", "home", "all"];

/// Whether `word` is one of [`STREET_STARTS`], in any case.
fn is_street_start(word: &str) -> bool {
    STREET_STARTS.iter().any(|s| word.eq_ignore_ascii_case(s))
}

/// Whether `word` is a stop word that no street or house is named after: the places and brands
/// among the stop words are ("12 London Road", "3 Apple Tree Close", "Oxford House", "12 Bath
/// Road").
fn is_no_place_word(word: &str) -> bool {
    is_stop_word(word) && !is_named_thing(word)
}

/// Abbreviations in a street's name that take a full stop: saint, mount, great.
const ABBREVIATIONS: [&str; 3] = ["st", "mt", "gt"];

/// The full stop after `word` (ending at `end`) where it is one of [`ABBREVIATIONS`]: 1, else
/// 0 ("7 St. John Close", "4 Gt. Western Road").
fn abbreviation_stop(b: &[u8], word: &str, end: usize) -> usize {
    usize::from(b.get(end) == Some(&b'.') && ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a)))
}

/// After a flat number, the block of flats from `i` and the street after it, if any ("Flat 12b
/// Ocean Towers, Marine Parade"): where they end. Out of line: most numbers are no flat's.
#[inline(never)]
fn flat_block(text: &str, i: usize) -> Option<usize> {
    let building_end = building(text, i)?;
    Some(street_after(text, building_end).unwrap_or(building_end))
}

/// Past the parts that go on a flat's address after a comma, at most three: a block named by
/// a letter ("Block C"), a building ("Ocean House", and "The Cube" where a street follows it),
/// a street with its number or without ("Park Road", "200 Wharfside Street"): "Flat 3, Kelvin
/// Court, Park Road", "Apartment 1204, The Cube, 200 Wharfside Street". A block's letter only
/// before another part ("Suite 3, Block B" may be an office's). Answers where the last ends,
/// `end` for none.
fn flat_parts_after(text: &str, mut end: usize) -> usize {
    let b = text.as_bytes();
    let mut last = end;
    for _ in 0..3 {
        if !b[end..].starts_with(b", ") {
            break;
        }
        let at = end + 2;
        let block = || {
            let letter = at + "Block ".len();
            (b[at..].starts_with(b"Block ")
                && b.get(letter).is_some_and(u8::is_ascii_alphanumeric)
                && !word_char_at(b, letter + 1))
            .then_some(letter + 1)
        };
        // "The Cube": "The" and a capitalised word, only where a street follows.
        let the_building = || {
            let name = at + "The ".len();
            if !b[at..].starts_with(b"The ") || !capitalised(text, name) {
                return None;
            }
            street_after(text, word_end(text, name))
        };
        if let Some(block_end) = block() {
            end = block_end;
            continue;
        }
        match street_after(text, end).or_else(|| building(text, at)).or_else(the_building) {
            Some(part_end) => (end, last) = (part_end, part_end),
            None => break,
        }
    }
    last
}

/// One to three capitalised words, the last a building type ([`BUILDING_TYPES`]), from `i`:
/// the name of a block of flats; answers its end.
fn building(text: &str, mut i: usize) -> Option<usize> {
    let b = text.as_bytes();
    for n in 0..3 {
        let end = word_end(text, i);
        let word = &text[i..end];
        if end == i || !capitalised(text, i) || is_no_place_word(word) {
            return None;
        }
        if n > 0 && BUILDING_TYPES.iter().any(|t| word.eq_ignore_ascii_case(t)) {
            return Some(end);
        }
        if b.get(end) != Some(&b' ') {
            return None;
        }
        i = end + 1;
    }
    None
}

/// The end of a street (with its house number or without) after ", " at `at`.
fn street_after(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    if !text[at..].starts_with(", ") {
        return None;
    }
    let start = match house_number(b, at + 2) {
        Some(end) if b.get(end) == Some(&b' ') => end + 1,
        Some(_) => return None,
        None => at + 2,
    };
    street(text, start, false)
}

/// "12", "12a", "12-14": a house number from the digit at `s`; answers its end.
fn house_number(b: &[u8], s: usize) -> Option<usize> {
    let lead = b[s..].iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    let mut end = if b.get(s + lead) == Some(&b'-') {
        // Perhaps a range: read across the hyphen.
        let run = DigitRun::read(b, s, b"-", 8)?;
        if run.groups().iter().any(|g| *g > 4) || run.group_count > 2 {
            return None;
        }
        run.end
    } else if (1..=4).contains(&lead) {
        s + lead
    } else {
        return None;
    };
    if b.get(end).is_some_and(u8::is_ascii_alphabetic) && !b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
        end += 1;
        // A range from a lettered number ("14a-16 Queen's Road").
        let to = b.get(end + 1..).map_or(0, |rest| rest.iter().take(5).take_while(|c| c.is_ascii_digit()).count());
        if b[end - 2].is_ascii_digit() && b.get(end) == Some(&b'-') && (1..=4).contains(&to) {
            end += 1 + to;
            let lettered = b.get(end).is_some_and(u8::is_ascii_alphabetic) && !word_char_at(b, end + 1);
            end += usize::from(lettered);
        }
    }
    Some(end)
}

/// An address whose house or flat number is the digit at `s`.
pub(crate) fn numbered(text: &str, s: usize) -> Option<Span> {
    let b = text.as_bytes();
    // Where the address starts, but for a flat prefix: at the number, or at a tenement flat's
    // position before it ("flat 0/2 12 Dumbarton Rd").
    let from = match flat_position_before(b, s).or_else(|| flat_letter_before(b, s)).or_else(|| stair_before(b, s)) {
        Some(position) => position,
        None if clean_start(b, s) => s,
        None => return None,
    };
    let end = house_number(b, s)?;
    // Past a comma perhaps, then one of `breaks`.
    let skip = |mut i: usize, breaks: &[u8]| {
        if b.get(i) == Some(&b',') {
            i += 1;
        }
        b.get(i).filter(|c| breaks.contains(c)).map(|_| i + 1)
    };
    // A flat number may end its line ("Flat 3\n14 Park Road"); a house number is followed by its
    // street on the same line.
    let mut i = skip(end, b" \n")?;
    // The street first, the cheaper test; a second number only after a flat prefix.
    let flat = || flat_prefix_before(b, from);
    // Where the flat prefix starts, once one is known to stand before the number.
    let mut prefix = None;
    if b.get(i).is_some_and(u8::is_ascii_digit) {
        prefix = Some(flat()?);
        i = skip(house_number(b, i)?, b" ")?;
    } else if b[i - 1] == b'\n' {
        return None;
    }
    let street_end = match street(text, i, false) {
        Some(end) => end,
        None if prefix.is_none() && b.get(i).is_some_and(u8::is_ascii_uppercase) => match flat() {
            Some(prefix_start) => {
                prefix = Some(prefix_start);
                // "Flat 12, Block C, Ocean House, ...": the block's letter first.
                match flat_block(text, i) {
                    Some(end) => end,
                    None => Some(flat_parts_after(text, i - 2)).filter(|&end| end > i)?,
                }
            }
            None => lowercase_street(text, from, i, || false)
                .or_else(|| untyped_street_where_expected(text, from, i))
                .or_else(|| type_first_street(text, i))
                .or_else(|| gate_street(text, i))?,
        },
        // After a flat's number and a house's, a street with no type ("Flat 3, 40 Kingsway").
        None => lowercase_street(text, from, i, || prefix.is_some() || flat().is_some())
            .or_else(|| prefix.and_then(|_| untyped_street(text, i)))
            .or_else(|| street_numbered_on(text, from, i))
            .or_else(|| lowercase_type_first(b, i).then(|| type_first_street(text, i))?)?,
    };
    let prefix = prefix.or_else(flat);
    let end = if prefix.is_some() { flat_parts_after(text, street_end) } else { street_end };
    // A continental postcode before the town ("12 rue de la Paix, 75002 Paris"); not a count
    // ("12 High Street, 2000 People came").
    let postcode = postcode_after(text, end).filter(|&code_end| !lowercase_after_town(text, code_end));
    let start = prefix.or_else(|| house_before(text, from)).unwrap_or(from);
    Some((start, postcode.unwrap_or(end)))
}

/// Where a house's name starts that ends with its type ([`HOUSE_TYPES`], [`BUILDING_TYPES`])
/// and a comma right before the house number at `from`: "Rose Cottage, 3 Mill Lane", "deliver
/// to Ivy House, 12 Park Road" (not "the Town Hall, 3 streets away": no street is read there).
fn house_before(text: &str, from: usize) -> Option<usize> {
    let comma = from.checked_sub(2).filter(|&c| &text.as_bytes()[c..from] == b", ")?;
    let floor = text.floor_char_boundary(comma.saturating_sub(48));
    let segment = text[floor..comma].rsplit(PART_BREAKS).next()?;
    let (_, last) = segment.rsplit_once(' ').unwrap_or(("", segment));
    let whole = offset_in(text.as_bytes(), segment.as_bytes()) > floor || floor == 0;
    (capitalised(text, comma - last.len()) && HOUSE_TYPE_SET.contains(last))
        .then(|| house_name(text, segment, whole))
        .flatten()
}

/// What ends a street's name where the house number follows it, as in Germany, Austria,
/// Switzerland, the Netherlands and the Nordic countries: "Hauptstraße 5", "Kalverstraat 92",
/// "Drottninggatan 12"; alone after the name's other words too ("Berliner Straße 12", "Alte
/// Str. 5").
const TYPES_BEFORE_NUMBER: [&str; 19] = [
    "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "damm", "ufer", "straat", "laan", "gracht", "plein",
    "kade", "vej", "vejen", "gatan", "gata", "vägen",
];

/// Whether the word ending at `end` may end with one of [`TYPES_BEFORE_NUMBER`], by its last
/// three bytes: inlined, so that a number after a word pays a compare or two.
#[inline(always)]
pub(crate) fn may_end_type_before_number(b: &[u8], end: usize) -> bool {
    let Some(&[x, y, z]) = end.checked_sub(3).and_then(|s| b.get(s..end)) else { return false };
    matches!(
        [x | 0x20, y | 0x20, z | 0x20],
        [b's', b's', b'e']
            | [0xE3, 0xBF, b'e']
            | [b't', b'r', b'.']
            | [b'w', b'e', b'g']
            | [b'a', b't', b'z']
            | [b'l', b'e', b'e']
            | [b'a', b'm', b'm']
            | [b'f', b'e', b'r']
            | [b'a', b'a', b't' | b'n']
            | [b'c', b'h', b't']
            | [b'e', b'i', b'n']
            | [b'a', b'd', b'e']
            | [b'v', b'e', b'j']
            | [b'j', b'e', b'n']
            | [b't', b'a', b'n']
            | [b'a', b't', b'a']
            | [b'g', b'e', b'n']
    )
}

/// A street whose name ends with one of [`TYPES_BEFORE_NUMBER`] and its house number at `s`
/// after one space: "Hauptstraße 5", "Karl-Marx-Allee 12a", "Berliner Straße 12", "Keizersgracht
/// 123". The name capitalised, of one word, or of one or two before a type that stands alone.
/// Out of line: few numbers follow such a word.
#[inline(never)]
pub(crate) fn street_before_number(text: &str, s: usize) -> Option<Span> {
    let b = text.as_bytes();
    let end = house_number(b, s)?;
    let type_end = s - 1;
    // The word: letters, hyphens and, ending it, the full stop of "Str.".
    let stem_end = type_end - usize::from(b[type_end - 1] == b'.');
    // Where the word of letters (and hyphens, when `joined`) that ends at `end` starts.
    let word_start = |end: usize, joined: bool| {
        let letter = |c: char| c.is_alphabetic() || (joined && c == '-');
        text[..end].char_indices().rev().take_while(|(_, c)| letter(*c)).last().map(|(at, _)| at)
    };
    let start = word_start(stem_end, true)?;
    let word = &b[start..type_end];
    let ty = TYPES_BEFORE_NUMBER
        .iter()
        .find(|t| word.len() >= t.len() && word[word.len() - t.len()..].eq_ignore_ascii_case(t.as_bytes()))?;
    let capital = |at: usize| text[at..].chars().next().is_some_and(char::is_uppercase);
    if !capital(start) || word_char_at(b, end) || (start > 0 && !matches!(b[start - 1], b' ' | b'\n' | b',' | b':')) {
        return None;
    }
    let end = postcode_after(text, end).unwrap_or(end);
    if word.len() > ty.len() {
        return Some((start, end));
    }
    // A type alone: the name's one or two capitalised words before it.
    let mut from = start;
    for _ in 0..2 {
        let Some(space) = from.checked_sub(1).filter(|&p| b[p] == b' ') else { break };
        match word_start(space, false) {
            Some(at) if capital(at) && !is_stop_word(&text[at..space]) => from = at,
            _ => break,
        }
    }
    (from < start).then_some((from, end))
}

/// Where the postcode ends that follows a street and number at `end` after a comma or a space,
/// before its town: four or five digits, and for the Netherlands two capitals ("Hauptstraße 5,
/// 10115 Berlin", "Kalverstraat 92, 1012 PH Amsterdam", "12 rue de la Paix 75002 Paris"); for
/// Portugal four digits, a hyphen and three ("Rua Augusta 100, 1100-053 Lisboa"), for Poland
/// two and three ("00-590 Warszawa").
fn postcode_after(text: &str, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let start = match b.get(end..end + 2)? {
        b", " => end + 2,
        [b' ', d] if d.is_ascii_digit() => end + 1,
        _ => return None,
    };
    let digits = b[start..].iter().take(6).take_while(|c| c.is_ascii_digit()).count();
    let mut code_end = start + digits;
    let hyphenated = matches!(digits, 2 | 4)
        && b.get(code_end) == Some(&b'-')
        && b.get(code_end + 1..code_end + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !b.get(code_end + 4).is_some_and(u8::is_ascii_digit);
    if hyphenated {
        code_end += 4;
    } else if let Some([b' ', x, y, b' ']) = b.get(code_end..code_end + 4)
        && x.is_ascii_uppercase()
        && y.is_ascii_uppercase()
    {
        code_end += 3;
    }
    let town = b.get(code_end) == Some(&b' ') && capitalised(text, code_end + 1);
    ((hyphenated || matches!(digits, 4 | 5)) && town).then_some(code_end)
}

/// Whether a lowercase word follows the town after the postcode that ends at `code_end`.
fn lowercase_after_town(text: &str, code_end: usize) -> bool {
    let town_end = word_end(text, code_end + 1);
    text.as_bytes().get(town_end) == Some(&b' ')
        && text.as_bytes().get(town_end + 1).is_some_and(u8::is_ascii_lowercase)
}

/// A street of one capitalised word ending in "gate", the old northern word for a street, from
/// `i` after a house's number, where the street [`ends_phrase`]: "31 Kirkgate", "14 Micklegate,
/// York", "5 Northgate at 2pm". Eight letters at least: "2 Colgate" is toothpaste. Answers its
/// end.
fn gate_street(text: &str, i: usize) -> Option<usize> {
    let end = word_end(text, i);
    let word = &text[i..end];
    let gate = word.len() >= 8 && word.ends_with("gate") && word[1..].bytes().all(|c| c.is_ascii_lowercase());
    (gate && ends_phrase(text, end)).then_some(end)
}

/// The street after a house's number said as "number" and the number, with "on" or "in"
/// between them, from the word at `i` after the number at `s`: "It's number 42 on Beech Road",
/// "we're at no. 7 in mill lane". Answers the street's end. Inlined, so that most numbers settle
/// at the two compares; the rest out of line.
#[inline(always)]
fn street_numbered_on(text: &str, s: usize, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let on = eq_ignore_case(b, i, b"on ") || eq_ignore_case(b, i, b"in ");
    if on { street_after_house_number(text, s, i + 3) } else { None }
}

/// [`street_numbered_on`] past "on" or "in": the street from `i`, where "number" and the house's
/// number at `s` stand before.
#[inline(never)]
fn street_after_house_number(text: &str, s: usize, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    // Not a bus's number ("the number 8 on Princes Street").
    let window = Window::before(b, s, 16);
    let numbered = window.ends_with_any(&["number", "no", "no."], b"").is_some()
        && window.ends_with_any(&["the number", "bus number", "a number"], b"").is_none();
    if numbered { street(text, i, false) } else { None }
}

/// Where a flat prefix ([`FLAT_PREFIXES`]) starts that stands right before `at`, one space
/// between ("Flat |3", "apt |12b").
fn flat_prefix_before(b: &[u8], at: usize) -> Option<usize> {
    Window::before(b, at, 12).ends_with_any(FLAT_PREFIXES, b"").map(|prefix| at - 1 - prefix.len())
}

/// Where a tenement flat's position (floor and door: "0/2", "2/1" as Glasgow writes them, "2F1"
/// as Edinburgh does) starts, right before the house number at `s` past a space or a comma and
/// a space ("flat 0/2 12 Dumbarton Rd", "Flat 2/1, 34 Hyndland Road", "2F1 14 Marchmont
/// Road"): a number before a number is otherwise none of the address ([`clean_start`]).
fn flat_position_before(b: &[u8], s: usize) -> Option<usize> {
    let before = before_gap(b, s)?;
    match before {
        [.., floor, b'/' | b'F' | b'f', door] if floor.is_ascii_digit() && door.is_ascii_digit() => {
            let p = before.len() - 3;
            (!word_char_before(b, p)).then_some(p)
        }
        _ => None,
    }
}

/// Where a stair's number and a slash start, right before the flat number at `s`, as
/// Edinburgh writes a flat ("4/2 Dalry Road": number 4, flat 2).
fn stair_before(b: &[u8], s: usize) -> Option<usize> {
    let slash = s.checked_sub(1).filter(|&p| b[p] == b'/')?;
    let digits = b[..slash].iter().rev().take(4).take_while(|c| c.is_ascii_digit()).count();
    let p = slash - digits;
    // No number of a stair or a flat starts with 0: "03/27" is a card's expiry.
    let numbers = (1..=3).contains(&digits) && b[p] != b'0' && b[s] != b'0';
    let numbered_place = || {
        let word = Window::before(b, p.saturating_sub(1), 12).last_word(b"");
        NUMBERED_PLACES.iter().any(|place| word.eq_ignore_ascii_case(place.as_bytes()))
    };
    let valid = numbers && !word_char_before(b, p) && !matches!(b.get(p.wrapping_sub(1)), Some(b'/'));
    (valid && !numbered_place()).then_some(p)
}

/// Places numbered as "3/4" is numbered, before which a stair's number is none ("Meet at gate
/// 3/4 Terminal Road").
const NUMBERED_PLACES: [&str; 10] =
    ["gate", "gates", "platform", "platforms", "stand", "bay", "pier", "terminal", "seat", "seats"];

/// Where a flat named by a letter starts, right before the house number at `s` past a space
/// or a comma and a space ("Flat B, 42 Victoria Road", "flat c 9 Hope St"): a flat prefix
/// ([`FLAT_PREFIXES`]), a space and one letter.
fn flat_letter_before(b: &[u8], s: usize) -> Option<usize> {
    let before = before_gap(b, s)?;
    match before {
        [.., b' ', letter] if letter.is_ascii_alphabetic() => flat_prefix_before(b, before.len() - 1),
        _ => None,
    }
}

/// The text before `s` without the space, or the comma and space, that end it; none where
/// neither does.
fn before_gap(b: &[u8], s: usize) -> Option<&[u8]> {
    let before = b[..s].strip_suffix(b" ")?;
    Some(before.strip_suffix(b",").unwrap_or(before))
}

/// A street from `i`, after the house number at `s`, whose name starts with a word of
/// [`STREET_STARTS`] in lowercase or in capitals ("12 new road", "6 BACK LANE"; capitalised,
/// these are read as any other street), where the street [`ends_phrase`] ("I'm looking at 2
/// new road bikes", "WE NEED 2 NEW ROAD SIGNS" are none); in lowercase only where an address is
/// expected, after a flat's number (`flat`) or [`after_address_cue`] ("i live at 12 new road",
/// "my address is 6 back lane"). Answers its end. Out of line: few numbers have such a word
/// after them.
#[inline(never)]
fn lowercase_street(text: &str, s: usize, i: usize, flat: impl FnOnce() -> bool) -> Option<usize> {
    // Most numbers have some other word after them ("2 tickets"): its first letter first.
    let first = text.as_bytes().get(i).map(u8::to_ascii_lowercase);
    let word = &text[i..word_end(text, i)];
    if !STREET_STARTS.iter().any(|w| first == w.bytes().next()) || !is_street_start(word) {
        return None;
    }
    // A capital here starts a word in capitals: a capitalised street is read before, as any other.
    let in_capitals = first != text.as_bytes().get(i).copied();
    let cued = in_capitals || flat() || after_address_cue(text.as_bytes(), s);
    street(text, i, true).filter(|&end| cued && ends_phrase(text, end))
}

/// A street whose type comes first, as in Wales, France, Spain, Italy and Portugal, from the
/// capitalised type at `i`: "5 Heol y Plas", "12 Stryd Fawr", "38 Rue de la Paix", "12 Calle
/// Mayor", "4 Via dei Mille", "7 Avenue des Champs-Élysées". A type that is an English word
/// too ("Avenue", "Place") only before a particle ("2 Place Settings" is none); then one to
/// three capitalised words, and the particles between. Answers its end. Out of line: asked
/// only where no other street is.
#[inline(never)]
fn type_first_street(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let ty = &text[i..word_end(text, i)];
    let english = ["Avenue", "Place"].contains(&ty);
    // In lowercase too, where [`lowercase_type_first`] found one ("12 rue de la Paix", "14
    // avenue Victor Hugo", as French writes them).
    if !(english || ty == "avenue" || types_first().any(|t| t.eq_ignore_ascii_case(ty))) {
        return None;
    }
    let mut at = i + ty.len();
    let mut end = None;
    for n in 0..6 {
        if b.get(at) != Some(&b' ') {
            break;
        }
        let mut word_end_at = word_end(text, at + 1);
        // "Champs-Élysées": capitalised parts joined by hyphens.
        while b.get(word_end_at) == Some(&b'-') && capitalised(text, word_end_at + 1) {
            word_end_at = word_end(text, word_end_at + 1);
        }
        let word = &text[at + 1..word_end_at];
        let particle = STREET_PARTICLES.contains(&word);
        if word.is_empty() || (n == 0 && english && !particle) {
            break;
        }
        if !particle {
            if !capitalised(text, at + 1) || is_stop_word(word) {
                break;
            }
            end = Some(at + 1 + word.len());
        }
        at += 1 + word.len();
    }
    end
}

/// Whether a street type that comes first, in lowercase as it is often typed, starts at `i`:
/// "12 rue de la Paix", "10 calle Mayor", "5 heol y Plas", "14 avenue Victor Hugo". Five
/// compares, for every number with a lowercase word after it.
fn lowercase_type_first(b: &[u8], i: usize) -> bool {
    [&b"rue "[..], b"calle ", b"rua ", b"heol ", b"avenue "].iter().any(|t| b[i..].starts_with(t))
}

/// Street types that come before the street's name ([`type_first_street`]) and after the
/// house number, Welsh first ("5 Heol y Plas", "38 Rue de la Paix").
const TYPES_FIRST_NUMBER_FIRST: [&str; 11] =
    ["Heol", "Ffordd", "Stryd", "Lôn", "Rhodfa", "Cilgant", "Rue", "Boulevard", "Allée", "Chemin", "Impasse"];

/// Street types that come before the street's name, Spanish, Catalan, Italian and Portuguese,
/// whose house number may follow the name ([`type_first_before_number`]: "Calle de Alcalá 45",
/// "Via Roma 10") or come first ("12 Calle Mayor").
const TYPES_FIRST_NUMBER_LAST: [&str; 13] = [
    "Calle", "Via", "Rua", "Avenida", "Piazza", "Viale", "Corso", "Piazzale", "Paseo", "Carrer", "Avinguda",
    "Travessa", "Praça",
];

/// Every street type that comes before the street's name.
fn types_first() -> impl Iterator<Item = &'static str> {
    TYPES_FIRST_NUMBER_FIRST.into_iter().chain(TYPES_FIRST_NUMBER_LAST)
}

/// Where the word of letters (ASCII, or any byte of another character) that ends at `end`
/// starts, past a typographic quote or dash before it (characters from U+2000, whose first
/// byte is 0xE2: "“Calle"); `end` where none does, or where it is longer than a street's
/// name's word may be.
fn letters_start(b: &[u8], end: usize) -> usize {
    let n = b[..end].iter().rev().take(25).take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
    if n > 24 {
        return end;
    }
    let mut start = end - n;
    while end - start > 3 && b[start] == 0xE2 {
        start += 3;
    }
    start
}

/// Whether the word ending at `end` (a space after it, then a number) may end a street's name
/// whose type comes first and whose number follows it ([`type_first_before_number`]): a
/// capitalised word ("Roma", "Alcalá").
#[inline(always)]
pub(crate) fn may_end_type_first_name(b: &[u8], end: usize) -> bool {
    let start = letters_start(b, end);
    start + 2 <= end && b[start].is_ascii_uppercase()
}

/// A street whose type comes first and whose house number, at `s` after one space, follows its
/// name, as in Spain, Catalonia, Italy and Portugal: "Via Roma 10", "Calle de Alcalá 45, 28014
/// Madrid", "Corso Italia 5"; with the postcode before the town after it. The type capitalised,
/// at most five words back, the words between it and the number a street's name as
/// [`type_first_street`] reads it. Out of line: few numbers follow a capitalised word.
#[inline(never)]
pub(crate) fn type_first_before_number(text: &str, s: usize) -> Option<Span> {
    let b = text.as_bytes();
    let end = house_number(b, s)?;
    if word_char_at(b, end) {
        return None;
    }
    let mut at = s - 1;
    for _ in 0..5 {
        let start = letters_start(b, at);
        if start == at {
            return None;
        }
        if TYPES_FIRST_NUMBER_LAST.iter().any(|t| t.as_bytes() == &b[start..at]) {
            return (type_first_street(text, start) == Some(s - 1))
                .then(|| (start, postcode_after(text, end).unwrap_or(end)));
        }
        if start == 0 || b[start - 1] != b' ' {
            return None;
        }
        at = start - 1;
    }
    None
}

/// Lowercase words between the parts of a street's name where its type comes first
/// ([`type_first_street`]).
const STREET_PARTICLES: [&str; 16] =
    ["y", "yr", "de", "la", "du", "des", "le", "les", "del", "della", "dei", "di", "da", "do", "dos", "das"];

/// An address whose house number is said in words at `i`, right [`after_address_cue`] ("i
/// live at twenty two elm road", "send it to one hundred and twelve park road"), where its
/// street [`ends_phrase`] ("i'm at two new road bikes" is none). Out of line: the walk over
/// lowercase text asks at every word after such a cue.
#[inline(never)]
pub(crate) fn said_house_number(text: &str, i: usize) -> Option<Span> {
    let (_, number_end) = hundreds_at(text.as_bytes(), i)?;
    if text.as_bytes().get(number_end) != Some(&b' ') {
        return None;
    }
    let end = street(text, number_end + 1, true)?;
    ends_phrase(text, end).then_some((i, end))
}

/// A flat's number and then the house's, both said in words, after "flat" or another of
/// [`FLAT_PREFIXES`] right before `i` ("its flat three twenty two baker street", "flat three,
/// twenty two elm road"), where the street [`ends_phrase`]. Out of line, as
/// [`said_house_number`]; asked where [`may_follow_flat_prefix`].
#[inline(never)]
pub(crate) fn said_flat(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    let prefix = flat_prefix_before(b, i)?;
    let (_, number_end) = hundreds_at(b, i)?;
    // A letter after the flat's number ("its flat four b, twenty two queens road").
    let letter = matches!(b.get(number_end..number_end + 3), Some([b' ', c, b' ' | b',']) if c.is_ascii_alphabetic());
    let number_end = if letter { number_end + 2 } else { number_end };
    let gap = [&b", "[..], b" "].into_iter().find(|g| b[number_end..].starts_with(g))?;
    let (_, end) = said_house_number(text, number_end + gap.len())?;
    Some((prefix, end))
}

/// A flat's letter and then the house's number said in words, which starts at `i`: "its flat b
/// forty two kings road". Out of line, as [`said_house_number`]; asked where a letter alone
/// stands before `i` ([`may_follow_flat_letter`]).
#[inline(never)]
pub(crate) fn said_flat_by_letter(text: &str, i: usize) -> Option<Span> {
    let prefix = flat_prefix_before(text.as_bytes(), i - 2)?;
    let (_, end) = said_house_number(text, i)?;
    Some((prefix, end))
}

/// Whether one letter and a space stand right before `i`, the last letters of a flat's prefix
/// before them ([`may_follow_flat_prefix`]): where [`said_flat_by_letter`] may find a flat's
/// letter.
#[inline(always)]
pub(crate) fn may_follow_flat_letter(b: &[u8], i: usize) -> bool {
    i >= 4 && b[i - 1] == b' ' && b[i - 2].is_ascii_alphabetic() && may_follow_flat_prefix(b, i - 2)
}

/// Whether the last two letters of one of [`FLAT_PREFIXES`] and a space stand right before
/// `i`: where [`said_flat`] may find a flat's number. Settles most words.
#[inline(always)]
pub(crate) fn may_follow_flat_prefix(b: &[u8], i: usize) -> bool {
    i >= 3
        && b[i - 1] == b' '
        && matches!(
            [b[i - 3] | 0x20, b[i - 2] | 0x20],
            [b'a' | b'n' | b'p' | b'i', b't'] | [b't' | b's', b'e'] | [b'c', b'k']
        )
}

/// A post office box whose number starts with the digit at `s`, from its "PO" to its number:
/// "PO Box 123", "P.O. Box 4021", "po box 77", "Post Office Box 12". The "box " before `s` is
/// known ([`after_box`]).
pub(crate) fn po_box(b: &[u8], s: usize) -> Option<Span> {
    let box_start = s - 4;
    let before = &b[box_start.saturating_sub(12)..box_start];
    let po = ["po ", "p.o. ", "p.o ", "p o ", "p. o. ", "post office "]
        .iter()
        .find(|po| before.len() >= po.len() && before[before.len() - po.len()..].eq_ignore_ascii_case(po.as_bytes()))?;
    let start = box_start - po.len();
    let end = s + b[s..].iter().take_while(|c| c.is_ascii_digit()).count();
    (end - s <= 6 && clean_start(b, start) && !b.get(end).is_some_and(u8::is_ascii_alphanumeric))
        .then_some((start, end))
}

/// Whether "box" and a space stand right before the digit at `s` ([`po_box`]).
#[inline(always)]
pub(crate) fn after_box(b: &[u8], s: usize) -> bool {
    s >= 7 && b[s - 2] | 0x20 == b'x' && b[s - 1] == b' ' && eq_ignore_case(b, s - 4, b"bo")
}

/// Whether "at", "to", "is", "its", "it's" or "number", or a colon, stands right before `s`,
/// one space between: where an address is expected ("i live at", "send it to", "my address
/// is", "at number", "Address:", "its twenty two elm road").
pub(crate) fn after_address_cue(b: &[u8], s: usize) -> bool {
    let Some(end) = s.checked_sub(1).filter(|&e| b[e] == b' ') else { return false };
    // The last byte before the space settles most words.
    if end == 0 || !matches!(b[end - 1] | 0x20, b't' | b'o' | b's' | b'r' | b':') {
        return false;
    }
    let word = letters_before(b, end, 6);
    b[end - 1] == b':'
        || [&b"at"[..], b"to", b"is", b"its", b"number"].iter().any(|w| word.eq_ignore_ascii_case(w))
        || (word == b"s"
            && apostrophe_before(b, end - 1).is_some_and(|a| letters_before(b, a, 2).eq_ignore_ascii_case(b"it")))
}

/// Whether a street that ends at `end` ends its phrase: nothing or a stop word follows it
/// ("12 new road, leeds", "12 new road in leeds"; not "2 new road bikes").
fn ends_phrase(text: &str, end: usize) -> bool {
    let next = end + usize::from(text.as_bytes().get(end) == Some(&b' '));
    let after = &text[next..word_end(text, next)];
    after.is_empty() || is_stop_word(after)
}

/// The last word of a house's name ("Rose Cottage", "The Old Rectory"), besides street types
/// and [`BUILDING_TYPES`]: an address only right after the word "address" ([`after_label`]).
const HOUSE_TYPES: &[&str] = &[
    "cottage",
    "cottages",
    "farm",
    "farmhouse",
    "barn",
    "manor",
    "rectory",
    "vicarage",
    "villa",
    "bungalow",
    "mill",
    "hall",
    "grange",
];
static HOUSE_TYPE_SET: WordSet = WordSet::new(|| set_of(HOUSE_TYPES.iter().chain(BUILDING_TYPES).copied()));

/// The most words of an address read after its label.
const LABELLED_WORDS: usize = 8;

/// [`after_label`] from the word "is" at `i` ("my address |is flat 3 kelvin house"). Out of
/// line, as `after_label` is: inlined, the test made the scan loop bigger for every word.
#[inline(never)]
pub(crate) fn after_address_is(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    let named = i >= 8 && eq_ignore_case(b, i - 8, b"address ") && eq_ignore_case(b, i, b"is");
    if named { after_label(text, i + 2) } else { None }
}

/// An address given right after the word "address" and "is" or ":", before `at` ("my address
/// is flat 3 kelvin house", "Address: The Old Rectory, Church Lane, Ashford", "new address is
/// Rose Cottage, Mill Lane"), where no house number or postcode anchors it: from the first word
/// to the last street type or house's name among the next [`LABELLED_WORDS`] words, which
/// follow each other by a space or a comma; reading stops at a stop word (but a first "the"),
/// other punctuation or a line break. Not an email, IP or web address ("my email address is
/// ..."), and not a value without such a word ("my address is wrong").
#[inline(never)]
pub(crate) fn after_label(text: &str, at: usize) -> Option<Span> {
    let b = text.as_bytes();
    let label = b.get(..at)?.iter().rposition(|c| !matches!(c, b' ' | b':')).map(|p| p + 1)?;
    let label = if label >= 3 && b[label - 2..label].eq_ignore_ascii_case(b"is") { label - 3 } else { label };
    let first = at + b[at..].iter().take_while(|c| **c == b' ').count();
    let Some(start) = label.checked_sub(7).filter(|&s| eq_ignore_case(b, s, b"address") && word_start(b, s)) else {
        // "Deliver to: Rose Cottage, Mill Lane".
        return if delivered_to(b, label) { delivery_place(text, first) } else { answered(text, at - 1) };
    };
    if no_street_address(b, start) {
        return None;
    }
    named_place(text, first)
}

/// Whether the word "address" at `start` names no street's: an email, IP or web address.
fn no_street_address(b: &[u8], start: usize) -> bool {
    let kind_start = start
        .checked_sub(1)
        .filter(|&e| b[e] == b' ')
        .map(|e| e - b[..e].iter().rev().take(6).take_while(|c| c.is_ascii_alphabetic() || **c == b'-').count());
    kind_start.is_some_and(|k| {
        let kind = &b[k..start - 1];
        ["email", "e-mail", "ip", "web", "mac", "wallet"].iter().any(|w| kind.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// The last words of a question that asks for an address ([`answered`]), past
/// [`transcript::asking_words`].
const ASKED_FOR: [&str; 7] =
    ["address", "first line", "house name", "name or number", "number or name", "where do you live", "street"];

/// The house's name or street that a transcript's turn gives after the speaker label ending at
/// `colon`, where the turn before asked for an address ("Agent: and the first line of your
/// address?\nCaller: Rose Cottage, Mill Lane"), read as after a label from the turn's start,
/// past an "it's"; not an email address asked for. A house number finds its own.
fn answered(text: &str, colon: usize) -> Option<Span> {
    let b = text.as_bytes();
    // A label on a line after another, and that line ends with the words that ask: settled by
    // a look at the label's bytes and the line's end, before the labels are read.
    let line_start = transcript::line_break_before_label(b, colon)?;
    let asked = transcript::asking_words(&text[..line_start]).as_bytes();
    let kind = ASKED_FOR
        .iter()
        .find(|k| asked.len() >= k.len() && asked[asked.len() - k.len()..].eq_ignore_ascii_case(k.as_bytes()))?;
    let kind_start = asked.len() - kind.len();
    if !word_start(b, kind_start) || (*kind == "address" && no_street_address(b, kind_start)) {
        return None;
    }
    // Both lines labelled, and the words that ask in the question's turn.
    let (question, turn) = transcript::question_at_label(text, colon)?;
    if !question.contains(&kind_start) {
        return None;
    }
    named_place(text, transcript::answer_start(b, turn))
}

/// Whether the capitalised word at `i` may follow "live at", "live on", "live in" or "send it
/// to": the four bytes before it (" at ", " on ", " in ", " to "), or the eight of " at the "
/// and the like. Inlined,
/// so that the scan's every capital pays a compare or two only.
#[inline(always)]
pub(crate) fn may_follow_where_one_lives(b: &[u8], i: usize) -> bool {
    preposition_of_place(b, i) || (i >= 4 && eq_ignore_case(b, i - 4, b"the ") && preposition_of_place(b, i - 4))
}

/// Whether "at", "on", "in" or "to" ends at `end` (a space before it, one after), in any case
/// ("I LIVE ON ACACIA AVENUE").
#[inline(always)]
fn preposition_of_place(b: &[u8], end: usize) -> bool {
    end >= 4
        && matches!(b[end - 4..end], [b' ', p, q, b' '] if matches!([p | 0x20, q | 0x20], [b'a', b't'] | [b'o', b'n'] | [b'i', b'n'] | [b't', b'o']))
}

/// The verbs before "to" (perhaps with "it" or "them" between) that name where something is to
/// be delivered: "deliver to", "please send it to", "can you post them to".
const DELIVERING: &[&str] =
    &["deliver", "delivered", "send", "sent", "post", "posted", "ship", "shipped", "forward", "redirect"];

/// Whether the word "to" ends at `to_end` after a verb of [`DELIVERING`], perhaps with "it" or
/// "them" between; not after "do you" ("Do you deliver to Green Park?" asks where the shop
/// delivers).
fn delivered_to(b: &[u8], to_end: usize) -> bool {
    let Some(to) = to_end.checked_sub(2).filter(|&t| t > 0 && b[t - 1] == b' ' && eq_ignore_case(b, t, b"to")) else {
        return false;
    };
    let delivering = |w: &[u8]| DELIVERING.iter().any(|v| w.eq_ignore_ascii_case(v.as_bytes()));
    let word = letters_before(b, to - 1, 9);
    let pronoun = word.eq_ignore_ascii_case(b"it") || word.eq_ignore_ascii_case(b"them");
    let verb_end = to - 1 - word.len();
    let verb_start = if delivering(word) {
        verb_end
    } else if pronoun && verb_end > 0 && b[verb_end - 1] == b' ' {
        let verb = letters_before(b, verb_end - 1, 9);
        if !delivering(verb) {
            return false;
        }
        verb_end - 1 - verb.len()
    } else {
        return false;
    };
    Window::before(b, verb_start, 8).ends_with_any(&["do you"], b"").is_none()
}

/// The verbs before "at", "on" or "in" that [`where_one_lives`] reads.
const LIVING: &[&str] = &["live", "lives", "lived", "living", "reside", "resides", "moved", "move", "moves", "moving"];

/// Whether a verb of [`LIVING`] ends at `end`.
fn living_before(b: &[u8], end: usize) -> bool {
    let verb = letters_before(b, end, 7);
    LIVING.iter().any(|v| verb.eq_ignore_ascii_case(v.as_bytes()))
}

/// A house's name or a street at `i` after "live at", "live on" or "live in", perhaps with
/// "the" between ("lives", "lived", "living", "reside", "resides", "moved"), where no house
/// number anchors it ("we live at Rose Cottage, Hill Road", "I live on Acacia Avenue", "I live
/// in Park Road", "I live on the High Street"), or after a verb of [`DELIVERING`] and "to"
/// ("please send it to Rose Cottage, Mill Lane"), read as after a label; not "I live on my
/// own", "we live at the end of the road", "I live in London", "send it to Head Office".
#[inline(never)]
pub(crate) fn where_one_lives(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !may_follow_where_one_lives(b, i) {
        return None;
    }
    let preposition_end = if preposition_of_place(b, i) { i } else { i - 4 };
    if !living_before(b, preposition_end - 4) {
        // A house is named after "the" where one lives, not where a parcel goes ("deliver to
        // the Green Park area").
        let delivered = preposition_end == i && delivered_to(b, preposition_end - 1);
        return if delivered { delivery_place(text, i) } else { house_and_street(text, i, preposition_end) };
    }
    // Where one lives, "THE" in capitals is read as "the" is, from the word after it ("WE LIVE
    // AT THE END OF THE ROAD" as "we live at the end of the road").
    if b.get(i..i + 4) == Some(b"THE ") {
        return None;
    }
    // "I live at the Grange": a house's name of one word after "the".
    let the_house = || {
        let end = word_end(text, i);
        (preposition_end < i && HOUSE_TYPES.iter().any(|h| text[i..end].eq_ignore_ascii_case(h))).then_some((i, end))
    };
    named_place(text, i).or_else(the_house)
}

/// A house's name and its street, read as after a label from `i`, after "at" or "to" (ending at
/// `preposition_end`) where no verb of living or delivering stands: "We're at Rose Cottage,
/// Lower Lane", "can you come to the Old Vicarage, Church Road?". The house's name ends with a
/// house's type (not "hall" or "mill", which name public places: "the concert at Victoria Hall,
/// Station Road") and a typed street follows it after a comma; not "at Rose Cottage" alone.
fn house_and_street(text: &str, i: usize, preposition_end: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !(eq_ignore_case(b, preposition_end - 3, b"at") || eq_ignore_case(b, preposition_end - 3, b"to")) {
        return None;
    }
    house_then_street(text, i)
}

/// The house and street that a name found at `start..end` begins, where the name ends with a
/// house's type before a comma ("It's Ivy House, Station Road" names a house, not a person).
pub(crate) fn house_read_as_name(text: &str, start: usize, end: usize) -> Option<Span> {
    if text.as_bytes().get(end) != Some(&b',') || !HOUSE_TYPE_SET.contains(text[start..end].rsplit(' ').next()?) {
        return None;
    }
    house_then_street(text, start)
}

/// A house's name ending with a house's type and a typed street after a comma, from `i`, as
/// [`house_and_street`] reads them.
fn house_then_street(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    // The comma between the house and the street, first: most places have none.
    memchr::memchr(b',', &b[i..b.len().min(i + 48)])?;
    let (start, end) = named_place(text, i)?;
    let comma = start + memchr::memchr(b',', &b[start..end])?;
    let house = text[start..comma].rsplit(' ').next().unwrap_or_default();
    let home = HOUSE_TYPE_SET.contains(house) && !["hall", "mill"].iter().any(|w| house.eq_ignore_ascii_case(w));
    (home && ends_with_street_type(&text[comma..end])).then_some((start, end))
}

/// A street after "live on", "live in" or "live at" in lowercase text (as [`where_one_lives`]
/// reads capitals) from `i`, where no house number anchors it: "i live on beech avenue", "we
/// live in new road"; where the street [`ends_phrase`]. After a verb of [`DELIVERING`] and
/// "to", a house's name or a street as after a label ("send it to rose cottage, mill lane"; not
/// "send it to head office", "deliver it to the main street branch"). Either more than "the"
/// and a street's or house's type ("i live on the estate", "send it to the hall"). Out of line:
/// the walk over lowercase text asks at every word after "on", "in", "at" or "to".
#[inline(never)]
pub(crate) fn lowercase_where_one_lives(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    let preposition = b.get(i.checked_sub(4)?..i)?;
    // More than "the" and a street's or house's type ("i live on the estate", "send it to the
    // hall").
    let named = |(start, end): Span| !(eq_ignore_case(b, start, b"the ") && word_end(text, start + 4) == end);
    // The last letter of a verb of delivering, or of "it" or "them", before " to " first.
    if preposition == b" to " && i >= 5 && matches!(b[i - 5] | 0x20, b'r' | b'd' | b't' | b'p' | b'm') {
        // After "the", a house's name and then its street ("send it to the old rectory, church
        // lane"; not "do you deliver to the green park area").
        let house_and_street =
            |(start, end): Span| !eq_ignore_case(b, start, b"the ") || memchr::memchr(b',', &b[start..end]).is_some();
        let place = || delivery_place(text, i).filter(|&span| named(span) && house_and_street(span));
        return if delivered_to(b, i - 1) { place() } else { None };
    }
    if !matches!(preposition, [b' ', b'o' | b'i', b'n', b' '] | [b' ', b'a', b't', b' ']) {
        return None;
    }
    if !living_before(b, i - 4) {
        return None;
    }
    let end = street(text, i, true)?;
    (named((i, end)) && ends_phrase(text, end)).then_some((i, end))
}

/// Words after a street's name that make it where a business is, not a home: "send it to the
/// Main Street branch", "deliver it to Church Street car park".
const BUSINESS_PLACES: &[&str] = &[
    "branch",
    "store",
    "shop",
    "depot",
    "office",
    "car",
    "studios",
    "station",
    "centre",
    "center",
    "hotel",
    "surgery",
    "hospital",
    "library",
    "school",
    "pharmacy",
    "clinic",
    "site",
    "warehouse",
    "entrance",
];

/// Whether `word` (any case) names a kind of place: a street type, a house's or building's
/// last word, or a business's place ([`BUSINESS_PLACES`]): "Green Park", "Ivy Cottage",
/// "Victoria Coach Station" are no people.
pub(crate) fn names_a_place(word: &str) -> bool {
    is_street_type(word) || HOUSE_TYPE_SET.contains(word) || is_business_place(word)
}

/// One of [`BUSINESS_PLACES`], in any case.
fn is_business_place(word: &str) -> bool {
    BUSINESS_PLACES.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// [`named_place`] where something is to be delivered, unless the words after it name a
/// business there ([`BUSINESS_PLACES`]).
fn delivery_place(text: &str, first: usize) -> Option<Span> {
    let (start, end) = named_place(text, first)?;
    let next = end + text.as_bytes()[end..].iter().take_while(|c| **c == b' ').count();
    let word = &text[next..word_end(text, next)];
    (!is_business_place(word)).then_some((start, end))
}

/// From the word at `first`, up to the last street type or house word among the next
/// [`LABELLED_WORDS`] words, or the end of a street whose type comes first among them (see
/// [`after_label`]).
fn named_place(text: &str, first: usize) -> Option<Span> {
    let b = text.as_bytes();
    let (mut i, mut end) = (first, None);
    for n in 0..LABELLED_WORDS {
        // A word, or a number ("flat 3 kelvin house").
        let word_end = match b.get(i) {
            Some(c) if c.is_ascii_digit() => i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count(),
            _ => word_end(text, i),
        };
        let word = &text[i..word_end];
        if word_end == i || ends_name(word, n, true) {
            break;
        }
        if n > 0 && (is_street_type(word) || HOUSE_TYPE_SET.contains(word)) {
            end = Some(word_end);
        }
        // "Address: Ty Gwyn, Heol y Llan, Llandeilo": a street whose type comes first.
        if n > 0 && types_first().any(|t| t == word) {
            end = type_first_street(text, i).or(end);
        }
        let gap = abbreviation_stop(b, word, word_end);
        i = match b.get(word_end + gap..word_end + gap + 2) {
            Some([b',', b' ']) => word_end + gap + 2,
            Some([b' ', _]) => word_end + gap + 1,
            _ => break,
        };
    }
    // A house number and a street with no type ("my address is 18 Meadowbank, Ayr").
    let untyped = || {
        let number_end = house_number(b, first).filter(|&e| b.get(e) == Some(&b' '))?;
        untyped_street(text, number_end + 1).map(|end| (first, end))
    };
    end.map(|end| (first, end)).or_else(untyped)
}

/// [`untyped_street`] at `i` after the house number at `s`, where "live at", "moving to" (the
/// verbs of [`LIVING`]) or a verb of delivering and "to" stands right before the number ("I
/// live at 4 Canal Side", "we moved to 5 Riverside", "send it to 9 Broadway, Bexleyheath"), or
/// "to" after a move from somewhere ("I moved from 17 Holly Bank Road to 3 Ashgrove").
/// Out of line: few numbers have a capitalised word after them.
#[inline(never)]
fn untyped_street_where_expected(text: &str, s: usize, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let at = s.checked_sub(1).filter(|&e| b[e] == b' ')?;
    let preposition = letters_before(b, at, 2);
    let to = preposition.eq_ignore_ascii_case(b"to");
    let lives_at = (preposition.eq_ignore_ascii_case(b"at") || to) && at >= 4 && living_before(b, at - 3);
    let moved_from = || to && Window::before(b, at - 2, 48).has_any(&MOVED_FROM);
    (lives_at || delivered_to(b, at) || moved_from()).then(|| untyped_street(text, i))?
}

/// A move from one home to another, by who moved ([`untyped_street_where_expected`]; not "the
/// price moved from 3 Pounds to 4 Pounds").
const MOVED_FROM: Keywords = Keywords::new(&[
    "i moved from",
    "we moved from",
    "i've moved from",
    "we've moved from",
    "i'm moving from",
    "im moving from",
    "we're moving from",
    "were moving from",
    "i am moving from",
    "we are moving from",
    "moved house from",
    "moving house from",
    "i\u{2019}ve moved from",
    "we\u{2019}ve moved from",
    "i\u{2019}m moving from",
    "we\u{2019}re moving from",
]);

/// Whether `word` may be part of a street's name that has no type: capitalised, not in
/// capitals (where every word is: "8 CHARACTERS?"), three bytes at least, letters, hyphens and
/// apostrophes only, and no month.
fn untyped_street_word(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1..].iter().any(u8::is_ascii_lowercase)
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
        && !is_month(word)
}

/// A street's name of one to three words from `i` ([`untyped_street_word`]), after a house
/// number where an address is expected, with no street type to tell it ("18 Meadowbank", "4
/// Canal Side"): it must end its phrase (a comma, a full stop, a line break, the text's end or
/// a stop word follows), and no word may be a stop word (a shop's or town's name too: "send it
/// to 2 Tesco Express"), a quantity (the first) or a business's place (the last: "send it to 4
/// Seasons Hotel"). Answers its end.
fn untyped_street(text: &str, mut i: usize) -> Option<usize> {
    let b = text.as_bytes();
    for n in 0..3 {
        let end = word_end(text, i);
        let word = &text[i..end];
        if !untyped_street_word(word) || is_stop_word(word) || (n == 0 && is_quantity_word(word)) {
            return None;
        }
        // The word ended at punctuation, a line break, an emoji or the text's end, or at a space
        // before a stop word: so does the street.
        match b.get(end) {
            Some(b' ') if !ends_phrase(text, end) => i = end + 1,
            _ => return (!is_business_place(word)).then_some(end),
        }
    }
    None
}

/// How far before a postcode its house name, street and town are looked for. A segment (a line,
/// or part of one between commas) cut by this bound is longer than any of them. The bound keeps
/// a long text with many postcodes and few commas linear: each postcode would otherwise split
/// all the text before it.
const POSTCODE_REACH: usize = 160;

/// What separates an address's parts: commas, or line breaks when it is written one part a line.
const PART_BREAKS: [char; 2] = [',', '\n'];

/// A house-name address that ends right before the postcode at `pc`: the street segment (and a
/// house name ending the segment before it), skipping a town segment. Segments end at commas and
/// line breaks, so no street or house name runs on from the line before.
pub(crate) fn before_postcode(text: &str, pc: usize) -> Option<Span> {
    let floor = text.ceil_char_boundary(pc.saturating_sub(POSTCODE_REACH));
    let head = text[floor..pc].trim_end_matches([' ', ',', '\r', '\n']);
    let offset_of = |seg: &str| offset_in(text.as_bytes(), seg.as_bytes());
    // Segments, the last first, each with whether it is whole (not cut by the bound): only a
    // whole segment can start with a house number or a house name.
    let mut segments = head.rsplit(PART_BREAKS).map(|seg| {
        let whole = floor == 0 || offset_of(seg) > floor || matches!(text.as_bytes()[floor - 1], b',' | b'\n');
        (seg.trim(), whole)
    });
    let mut seg = segments.next()?;
    // A sentence that says what the postcode is ("...a 2018 Golf?\nmy postcode is LS6 2AA"):
    // what stands before it is no part of its address.
    if seg.0.ends_with(" is") || seg.0.ends_with(" was") {
        return None;
    }
    // Past the town, and a village or district before it that reads as a place's name ("The Old
    // Forge, Church Lane, Little Snoring, Fakenham NR21 0AB"), to the street.
    let mut skipped = 0;
    while !ends_with_street_type(seg.0) {
        if let Some(span) = numbered_ending(text, seg.0) {
            return Some(span);
        }
        skipped += 1;
        if skipped > 2 || (skipped == 2 && !place_name(seg.0)) {
            return None;
        }
        seg = segments.next()?;
    }
    let (seg, whole) = seg;
    if whole && seg.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The segment may begin mid-sentence ("send it to Mill Lane"): keep the capitalised words
    // before the street type, at most three.
    let seg_start = offset_of(seg);
    let street_end = seg_start + seg.len();
    let mut start = street_end - seg.rsplit(' ').next().map_or(0, str::len);
    for word in seg.rsplit(' ').skip(1).take(3) {
        let at = start - 1 - word.len();
        if !capitalised(text, at) || is_no_place_word(word) {
            break;
        }
        start = at;
    }
    if start + seg.rsplit(' ').next().map_or(0, str::len) == street_end {
        return None;
    }
    // A house name ends the segment before a street that fills its own.
    let house =
        segments.next().filter(|_| start == seg_start).and_then(|(house, whole)| house_name(text, house, whole));
    Some((house.unwrap_or(start), street_end))
}

/// Whether `segment` reads as a place's name: one to three capitalised words of letters
/// ("Little Snoring", "Bishop's Stortford", "Stoke-on-Trent"; not "DOB 23/09/1984" or "is it
/// yours?").
fn place_name(segment: &str) -> bool {
    let word_ok = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
    };
    !segment.is_empty() && segment.split(' ').nth(3).is_none() && segment.split(' ').all(word_ok)
}

/// A house number and a street's name of one to three words ([`untyped_street_word`]) that end
/// `segment`, before a postcode, where the street has no type to tell it ("7 Millbank, York",
/// "4 Canal Side, Skipton", "send it to 9 Broadway, Bexleyheath"): the postcode anchors it. Not
/// a quantity, a month or a stop word after the number ("2 Large Boxes", "on 12 March").
fn numbered_ending(text: &str, segment: &str) -> Option<Span> {
    // Not the punctuation after the street ("4 Canal Side—, Skipton").
    let segment = segment.trim_end_matches(|c: char| !c.is_alphanumeric());
    let seg_start = offset_in(text.as_bytes(), segment.as_bytes());
    let end = seg_start + segment.len();
    // Back over the street's words to the first of them; a space must stand before it.
    let (mut first_at, mut cursor) = (end, end);
    for word in segment.rsplit(' ').take(3) {
        let at = cursor - word.len();
        if at == seg_start || !untyped_street_word(word) || is_no_place_word(word) {
            break;
        }
        first_at = at;
        cursor = at - 1;
    }
    let first = &text[first_at..word_end(text, first_at)];
    if first_at == end || is_quantity_word(first) {
        return None;
    }
    // The house number right before the first word, at the segment's start or after a space.
    let b = text.as_bytes();
    let number_end = first_at - 1;
    let number = b[seg_start..number_end].iter().rev().take_while(|c| c.is_ascii_alphanumeric()).count();
    let from = number_end - number;
    let clean = from == seg_start || b[from - 1] == b' ';
    if number == 0 || !clean || !b[from].is_ascii_digit() || house_number(b, from) != Some(number_end) {
        return None;
    }
    Some((flat_before(b, from).unwrap_or(from), end))
}

/// Where a flat's prefix and number start that stand right before the house number at `s`,
/// past a space or a comma and a space ("Flat 2, 14b Meadowbank").
fn flat_before(b: &[u8], s: usize) -> Option<usize> {
    let before = before_gap(b, s)?;
    let number = before.iter().rev().take(5).take_while(|c| c.is_ascii_alphanumeric()).count();
    let at = before.len() - number;
    (number > 0 && b[at].is_ascii_digit()).then(|| flat_prefix_before(b, at))?
}

/// Where the house name ending `segment` starts ("Rose Cottage", "The Old Rectory", "send it to
/// Orchard House"): one to three capitalised words that are not stop words, perhaps after "The";
/// else the whole segment when it has at most three words, none a stop word, and starts with
/// a capital ("Rose cottage"). A segment cut by the reach (not `whole`) has no first word to trust.
fn house_name(text: &str, segment: &str, whole: bool) -> Option<usize> {
    let seg_start = offset_in(text.as_bytes(), segment.as_bytes());
    let mut end = seg_start + segment.len();
    let mut start = None;
    for (n, word) in segment.rsplit(' ').enumerate() {
        let at = end - word.len();
        let the = n > 0 && word.eq_ignore_ascii_case("the");
        let named = n < 3 && !word.is_empty() && capitalised(text, at) && !is_no_place_word(word);
        if !(named || the) || (at == seg_start && !whole) {
            break;
        }
        start = Some(at);
        if the || at == seg_start {
            break;
        }
        end = at - 1;
    }
    let whole_segment = || {
        let words_ok = segment.split(' ').all(|w| !w.is_empty() && !is_no_place_word(w));
        (whole && words_ok && segment.split(' ').nth(3).is_none() && capitalised(text, seg_start)).then_some(seg_start)
    };
    start.or_else(whole_segment)
}

fn ends_with_street_type(segment: &str) -> bool {
    segment.rsplit_once(' ').is_some_and(|(_, last)| is_street_type(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered_in(text: &str) -> Option<&str> {
        let s = text.find(|c: char| c.is_ascii_digit())?;
        numbered(text, s).map(|(a, z)| &text[a..z])
    }

    /// What [`after_label`] finds after the first "is" or ":" that follows "address".
    fn labelled(text: &str) -> Option<&str> {
        let after = text.to_ascii_lowercase().find("address")? + "address".len();
        let at = match text[after..].trim_start().strip_prefix(':') {
            Some(_) => after + text[after..].find(':')? + 1,
            None => after + text[after..].find(" is")? + 3,
        };
        after_label(text, at).map(|(a, z)| &text[a..z])
    }

    #[test]
    fn a_tenement_flat_s_position_before_its_house_number() {
        let at_number = |text: &'static str| {
            let s = text.find(|c: char| c.is_ascii_digit()).unwrap();
            let s = s + text[s..].find(' ').unwrap() + 1;
            let s = s + text[s..].find(|c: char| c.is_ascii_digit()).unwrap();
            numbered(text, s).map(|(a, z)| &text[a..z])
        };
        assert_eq!(at_number("flat 0/2 12 Dumbarton Rd"), Some("flat 0/2 12 Dumbarton Rd"));
        assert_eq!(at_number("Flat 2/1, 34 Hyndland Road, Glasgow"), Some("Flat 2/1, 34 Hyndland Road"));
        assert_eq!(at_number("my address is 3/2 45 Byres Road"), Some("3/2 45 Byres Road"));
        assert_eq!(at_number("i live at flat 0/2 12 new road"), Some("flat 0/2 12 new road"));
        // As Edinburgh writes it: the floor, "F" and the door.
        assert_eq!(at_number("2F1 14 Marchmont Road, Edinburgh"), Some("2F1 14 Marchmont Road"));
        assert_eq!(at_number("Flat 3f2, 9 Warrender Park Road"), Some("Flat 3f2, 9 Warrender Park Road"));
        assert_eq!(at_number("A4F1 14 Marchmont Road"), None);
        // A number before a number is no position: "2 12 Dumbarton Rd", a date, a score.
        assert_eq!(at_number("order 2 12 Dumbarton Rd"), None);
        assert_eq!(at_number("on 12/2 12 Dumbarton Rd"), None);
        assert_eq!(at_number("v1/2 12 Dumbarton Rd"), None);
        // A stair's number and a slash before the flat's, as Edinburgh writes it.
        let after_slash = |text: &'static str| numbered(text, text.find('/').unwrap() + 1).map(|(a, z)| &text[a..z]);
        assert_eq!(after_slash("My tenancy is at 4/2 Dalry Road, Edinburgh"), Some("4/2 Dalry Road"));
        assert_eq!(after_slash("i live at 17/3 Bruntsfield Place"), Some("17/3 Bruntsfield Place"));
        assert_eq!(after_slash("It's 1/2 price on Station Road"), None);
        assert_eq!(after_slash("v4/2 Dalry Road"), None);
        assert_eq!(after_slash("01/4/2 Dalry Road"), None);
        assert_eq!(after_slash("for 03/27, Dean Road"), None);
        assert_eq!(after_slash("for 3/07, Dean Road"), None);
        assert_eq!(after_slash("Meet at gate 3/4 Terminal Road"), None);
    }

    #[test]
    fn a_street_where_one_lives_in_lowercase() {
        let lives = |text: &'static str, at: &str| {
            lowercase_where_one_lives(text, text.find(at).unwrap()).map(|(a, z)| &text[a..z])
        };
        assert_eq!(lives("i live on beech avenue", "beech"), Some("beech avenue"));
        assert_eq!(lives("she lives on elm grove, next to the pub", "elm"), Some("elm grove"));
        assert_eq!(lives("i live on the high street", "the"), Some("the high street"));
        assert_eq!(lives("i live on the estate", "the"), None);
        assert_eq!(lives("i live on beech avenue bikes", "beech"), None);
        assert_eq!(lives("i sat on beech avenue", "beech"), None);
        assert_eq!(lives("i live in london", "london"), None);
        // Where something is to be delivered: a house's name or a street, as after a label;
        // after "the", a house's name and its street.
        assert_eq!(lives("send it to rose cottage, mill lane", "rose"), Some("rose cottage, mill lane"));
        assert_eq!(lives("can you post them to park road instead", "park"), Some("park road"));
        assert_eq!(lives("deliver to the old rectory, church lane", "the"), Some("the old rectory, church lane"));
        assert_eq!(lives("send it to the old rectory", "the"), None);
        assert_eq!(lives("do you deliver to the green park area", "the"), None);
        assert_eq!(lives("send it to the hall", "the"), None);
        assert_eq!(lives("send it to head office", "head"), None);
        assert_eq!(lives("please deliver it to the main street branch", "the"), None);
        assert_eq!(lives("i went to park road", "park"), None);
    }

    #[test]
    fn a_flat_named_by_a_letter_before_its_house_number() {
        let at_number = |text: &'static str| {
            let s = text.find(|c: char| c.is_ascii_digit()).unwrap();
            numbered(text, s).map(|(a, z)| &text[a..z])
        };
        assert_eq!(at_number("rent for Flat B, 42 Victoria Road"), Some("Flat B, 42 Victoria Road"));
        assert_eq!(at_number("Apartment c 7 Quay Street"), Some("Apartment c 7 Quay Street"));
        assert_eq!(at_number("Plan B, 42 Victoria Road"), Some("42 Victoria Road"));
    }

    #[test]
    fn a_post_office_box_and_its_number() {
        let boxed = |text: &'static str| {
            let s = text.find(|c: char| c.is_ascii_digit()).unwrap();
            after_box(text.as_bytes(), s).then(|| po_box(text.as_bytes(), s)).flatten().map(|(a, z)| &text[a..z])
        };
        assert_eq!(boxed("send it to PO Box 123, Leeds"), Some("PO Box 123"));
        assert_eq!(boxed("P.O. Box 4021"), Some("P.O. Box 4021"));
        assert_eq!(boxed("my address is po box 77"), Some("po box 77"));
        assert_eq!(boxed("Post Office Box 12, Truro"), Some("Post Office Box 12"));
        for not in ["a box 12 pack", "Xbox 360", "PO Box 1234567", "TOPO Box 12", "PO Box 12A"] {
            assert_eq!(boxed(not), None, "{not}");
        }
    }

    #[test]
    fn addresses_after_a_delivery_label() {
        let labelled = |text: &'static str| after_label(text, text.find(':')? + 1).map(|(a, z)| &text[a..z]);
        assert_eq!(labelled("Deliver to: Rose Cottage, Mill Lane, Ashford"), Some("Rose Cottage, Mill Lane"));
        assert_eq!(labelled("Ship to: The Old Rectory, Church Lane"), Some("The Old Rectory, Church Lane"));
        assert_eq!(labelled("please send it to: Oak Farm, Hill Road"), Some("Oak Farm, Hill Road"));
        assert_eq!(labelled("Deliver to: Head Office"), None);
        assert_eq!(labelled("Talk to: Rose Cottage, Mill Lane"), None);
        assert_eq!(labelled("Deliver: Rose Cottage, Mill Lane"), None);
    }

    #[test]
    fn a_transcripts_answer_to_a_question_for_an_address() {
        // From the colon of the answer's label.
        let answer = |text: &'static str| after_label(text, text.rfind(':')? + 1).map(|(a, z)| &text[a..z]);
        assert_eq!(answer("Bot: What is the first line of your address?\nUser: Rose Cottage"), Some("Rose Cottage"));
        assert_eq!(
            answer("Agent: and your address, please?\nCaller: its the old rectory, church lane"),
            Some("the old rectory, church lane")
        );
        assert_eq!(answer("Agent: house name or number?\nCaller: Oak Farm"), Some("Oak Farm"));
        assert_eq!(answer("Agent: where do you live?\nCaller: mill lane, near the church"), Some("mill lane"));
        // Not an email address, nor a question for something else, nor an answer with no
        // street's or house's type, nor a line with no question before it.
        assert_eq!(answer("Agent: what is your email address?\nCaller: Rose Cottage"), None);
        assert_eq!(answer("Agent: which size?\nCaller: Rose Cottage"), None);
        assert_eq!(answer("Agent: and your address?\nCaller: same as before"), None);
        assert_eq!(answer("Caller: Rose Cottage"), None);
        assert_eq!(answer("what is your address?\nCaller: Rose Cottage"), None);
    }

    #[test]
    fn addresses_after_their_label_with_no_number_or_postcode() {
        assert_eq!(labelled("my address is flat 3 kelvin house"), Some("flat 3 kelvin house"));
        assert_eq!(labelled("Address: The Old Rectory, Church Lane, Ashford"), Some("The Old Rectory, Church Lane"));
        assert_eq!(labelled("new address is Rose Cottage"), Some("Rose Cottage"));
        assert_eq!(labelled("Address: Park Road"), Some("Park Road"));
        // A house's name before a street whose type comes first.
        assert_eq!(labelled("Address: Ty Gwyn, Heol y Llan, Llandeilo"), Some("Ty Gwyn, Heol y Llan"));
        assert_eq!(labelled("my address is Bryn Awel, Ffordd y Parc"), Some("Bryn Awel, Ffordd y Parc"));
        // An abbreviation with its full stop goes on with the street's name.
        assert_eq!(labelled("my address is 7 St. John Close"), Some("7 St. John Close"));
        assert_eq!(labelled("Address: 4 Gt. Western Road, Glasgow"), Some("4 Gt. Western Road"));
        assert_eq!(labelled("my address is 10 Downing St. Thanks"), Some("10 Downing St"));
        assert_eq!(labelled("the delivery address is rose cottage mill lane ashford"), Some("rose cottage mill lane"));
        for text in [
            "my address is wrong on the account",
            "my address is the same",
            "my address is changing next week",
            "my address is 2 weeks old",
            "Address: see the house next door",
            "address: N/A",
            "the address is for the village hall",
            "my email address is park.road@example.com",
            "IP address: Park Road",
            "my address is\nPark Road",
            "my address is Park",
            "is: Park Road",
            ": Park Road",
        ] {
            assert_eq!(labelled(text), None, "{text}");
        }
        // A house number and a street with no type.
        assert_eq!(labelled("my address is 18 Meadowbank, Ayr"), Some("18 Meadowbank"));
        assert_eq!(labelled("Address: 4 Canal Side"), Some("4 Canal Side"));
        assert_eq!(labelled("my address is 18 characters long"), None);
        assert_eq!(labelled("my address is 18 Meadowbank Ayr Troon Irvine"), None);
        // Asked past the end of the text.
        assert_eq!(after_label("my address i", 14), None);
    }

    /// What [`where_one_lives`] finds at the first capital the scan would ask it about.
    fn where_lives(text: &str) -> Option<&str> {
        let b = text.as_bytes();
        // As the scan asks: at each capital that may follow, until one gives a place.
        let mut candidates = (0..b.len()).filter(|&i| b[i].is_ascii_uppercase() && may_follow_where_one_lives(b, i));
        candidates.find_map(|i| where_one_lives(text, i)).map(|(a, z)| &text[a..z])
    }

    #[test]
    fn a_house_name_or_street_where_one_lives_with_no_number() {
        assert_eq!(where_lives("we live at Rose Cottage, Hill Road"), Some("Rose Cottage, Hill Road"));
        assert_eq!(where_lives("I live on Acacia Avenue"), Some("Acacia Avenue"));
        assert_eq!(where_lives("She lives at Ivy House now"), Some("Ivy House"));
        assert_eq!(where_lives("I've lived at Oak Farm for years"), Some("Oak Farm"));
        assert_eq!(where_lives("we moved to the village, now we live at The Old Rectory"), Some("The Old Rectory"));
        assert_eq!(where_lives("I'm living on Station Road, Ashford"), Some("Station Road"));
        assert_eq!(where_lives("they live in Oak Farm Road"), Some("Oak Farm Road"));
        assert_eq!(where_lives("I live on the High Street"), Some("High Street"));
        assert_eq!(where_lives("we live in the Old Rectory, Mill Lane"), Some("Old Rectory, Mill Lane"));
        // In capitals; "THE" read as "the" where one lives.
        assert_eq!(where_lives("I LIVE ON ACACIA AVENUE AND THE BIN"), Some("ACACIA AVENUE"));
        assert_eq!(where_lives("WE LIVE ON THE OLD KENT ROAD"), Some("OLD KENT ROAD"));
        assert_eq!(where_lives("PLEASE SEND IT TO THE OLD RECTORY, CHURCH LANE"), Some("THE OLD RECTORY, CHURCH LANE"));
        assert_eq!(where_lives("WE LIVE AT THE END OF THE ROAD"), None);
        assert_eq!(where_lives("I LIVE IN LONDON"), None);
        for text in [
            "I live on Mars",
            "I live at The Moment",
            "we meet at Rose Cottage",
            "it's on Park Road",
            "delivered at Oak Farm",
            "I live at Home",
            "I live in London",
            "I live in the UK",
            "we live in the North East",
            "I moved in March",
            "we bathe Park Road",
            "the shop on the High Street",
            "I live at\nRose Cottage",
        ] {
            assert_eq!(where_lives(text), None, "{text}");
        }
        assert_eq!(where_lives("please send it to Rose Cottage, Mill Lane"), Some("Rose Cottage, Mill Lane"));
        assert_eq!(
            where_lives("Can you deliver to The Old Rectory, Church Lane, Ely?"),
            Some("The Old Rectory, Church Lane")
        );
        assert_eq!(where_lives("post them to Acacia Avenue"), Some("Acacia Avenue"));
        assert_eq!(where_lives("we moved to Ivy House last year"), Some("Ivy House"));
        assert_eq!(where_lives("I live at the Grange"), Some("Grange"));
        assert_eq!(where_lives("we live on the Farm, past the church"), Some("Farm"));
        assert_eq!(where_lives("I live at Grange"), None);
        assert_eq!(where_lives("I live at the Granary"), None);
        // A house's name and its street, with no verb of living.
        assert_eq!(where_lives("We're at Rose Cottage, Lower Lane"), Some("Rose Cottage, Lower Lane"));
        assert_eq!(where_lives("can you come to the Old Vicarage, Church Road?"), Some("Old Vicarage, Church Road"));
        for text in [
            "the concert at Victoria Hall, Station Road",
            "tea at the Old Mill, Bridge Street",
            "we're at Rose Cottage",
            "we're at Rose Cottage, near Ely",
            "I'm at Kelvin House, Glasgow",
            "the gig in Ivy House, Station Road",
        ] {
            assert_eq!(where_lives(text), None, "{text}");
        }
        for text in [
            "send it to Head Office",
            "send it to Customer Services",
            "deliver to the Leeds store",
            "Do you deliver to the Green Park area?",
            "Do you deliver to Green Park?",
            "do you post them to Park Road",
            "can you deliver to the Old Rectory",
            "Ship to Main Street branch",
            "deliver it to Church Street car park",
            "I want it sent to Abbey Road Studios",
            "I want to Rose Cottage",
            "talk to Rose Cottage",
            "give it to Rose Cottage",
            "sent it him to Rose Cottage",
        ] {
            assert_eq!(where_lives(text), None, "{text}");
        }
        // Only a whole word is the verb ("he presides at" has no "resides").
        assert_eq!(where_lives("he presides at Rose Cottage"), None);
        // Asked too near the start of the text.
        assert_eq!(where_one_lives("on Park Road", 3), None);
    }

    #[test]
    fn house_numbers_said_in_words_after_a_cue() {
        // What `said_house_number` finds at the first word after the cue, as the walk over
        // lowercase text asks.
        let said = |text: &'static str, cue: &str| {
            let at = text.find(cue)? + cue.len() + 1;
            assert!(after_address_cue(text.as_bytes(), at), "{text}");
            said_house_number(text, at).map(|(a, z)| &text[a..z])
        };
        assert_eq!(said("i live at twenty two elm road", "at"), Some("twenty two elm road"));
        assert_eq!(
            said("send it to one hundred and twelve park road please", "to"),
            Some("one hundred and twelve park road")
        );
        assert_eq!(said("my address is fourteen new road, leeds", "is"), Some("fourteen new road"));
        assert_eq!(said("i'm at number seven the crescent", "number"), Some("seven the crescent"));
        assert_eq!(said("address: nine church lane", ":"), Some("nine church lane"));
        assert_eq!(said("i'm looking at two new road bikes", "at"), None);
        assert_eq!(said("see you at two park lane sales", "at"), None);
        assert_eq!(said("it's at ten", "at"), None);
        assert_eq!(said("its twenty two baker street", "its"), Some("twenty two baker street"));
        assert_eq!(said("it\u{2019}s twenty two baker street", "s"), Some("twenty two baker street"));
        // Only after a cue.
        assert!(!after_address_cue(b"i need two new road bikes", 7));
        assert!(!after_address_cue(b"cat two", 4));
        assert!(!after_address_cue(b"bits two", 5));
        // A flat's number said before the house's.
        let flat = |text: &'static str, number: &str| said_flat(text, text.find(number)?).map(|(a, z)| &text[a..z]);
        assert_eq!(flat("its flat three twenty two baker street", "three"), Some("flat three twenty two baker street"));
        assert_eq!(
            flat("apartment four, one hundred and two station road", "four"),
            Some("apartment four, one hundred and two station road")
        );
        assert_eq!(flat("the flat one high street shop", "one"), None);
        assert_eq!(flat("a flat three bed house", "three"), None);
        assert_eq!(flat("flatter three twenty two baker street", "three"), None);
        // A letter after the flat's number.
        let lettered_number = "its flat four b, twenty two queens road";
        assert_eq!(flat(lettered_number, "four"), Some("flat four b, twenty two queens road"));
        assert_eq!(flat("flat four a", "four"), None);
        // A flat's letter.
        let lettered = |text: &'static str, number: &str| {
            let i = text.find(number)?;
            may_follow_flat_letter(text.as_bytes(), i)
                .then(|| said_flat_by_letter(text, i))
                .flatten()
                .map(|(a, z)| &text[a..z])
        };
        assert_eq!(lettered("its flat b forty two kings road", "forty"), Some("flat b forty two kings road"));
        assert_eq!(lettered("unit c, two mill lane", "two"), None);
        assert_eq!(lettered("plan b forty two kings road", "forty"), None);
        assert_eq!(lettered("a flat b two bed house", "two"), None);
        // The gate lets every prefix through, in any case.
        for prefix in FLAT_PREFIXES {
            for text in [format!("{prefix} one"), format!("{} one", prefix.to_uppercase())] {
                assert!(may_follow_flat_prefix(text.as_bytes(), prefix.len() + 1), "{text}");
            }
        }
    }

    #[test]
    fn a_street_whose_type_comes_first() {
        for (text, want) in [
            ("It's 38 Rue de la Paix, Paris", "38 Rue de la Paix"),
            ("send it to 12 Calle Mayor, Madrid", "12 Calle Mayor"),
            ("4 Via dei Mille please", "4 Via dei Mille"),
            ("7 Avenue des Champs-Élysées", "7 Avenue des Champs-Élysées"),
            ("3 Place de la Concorde", "3 Place de la Concorde"),
            ("5 Heol y Plas, Llanelli", "5 Heol y Plas"),
            ("12 Stryd Fawr, Bala", "12 Stryd Fawr"),
            // In lowercase, as it is often typed.
            ("Mon adresse : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002"),
            ("J'habite au 12 rue de la Paix 75002 Paris, merci", "12 rue de la Paix 75002"),
            ("I live at 12 High Street, 2000 People came", "12 High Street"),
            ("10 calle Mayor, Madrid", "10 calle Mayor"),
            ("Mon adresse: 14 avenue Victor Hugo, 69003 Lyon", "14 avenue Victor Hugo, 69003"),
        ] {
            assert_eq!(numbered_in(text), Some(want), "{text}");
        }
        // An English word without a particle after it, no name after the type, a stop word.
        for text in [
            "I need 2 Place Settings",
            "2 Rue",
            "we bought 3 Boulevard tickets",
            "2 Rue de la",
            "sent 2 via Royal Mail",
            "I have 3 rue tickets",
        ] {
            assert_eq!(numbered_in(text), None, "{text}");
        }
        // A type that names the street before its own type.
        assert_eq!(numbered_in("I live at 9 Warrender Park Road"), Some("9 Warrender Park Road"));
        assert_eq!(numbered_in("5 Mill Hill Road, Leeds"), Some("5 Mill Hill Road"));
        assert_eq!(numbered_in("22 Park Road Leeds"), Some("22 Park Road"));
        // Lowercase words before a capitalised type name no street.
        assert_eq!(numbered_in("Does the number 8 go past St Thomas's?"), None);
        assert_eq!(numbered_in("the 8 goes past Park Road"), None);
    }

    #[test]
    fn a_street_with_no_type_where_an_address_is_expected() {
        assert_eq!(numbered_in("I live at 4 Canal Side"), Some("4 Canal Side"));
        assert_eq!(numbered_in("we moved to 5 Riverside in May"), Some("5 Riverside"));
        assert_eq!(numbered_in("send it to 9 Broadway, Bexleyheath"), Some("9 Broadway"));
        assert_eq!(numbered_in("please deliver to 3 Quayside."), Some("3 Quayside"));
        assert_eq!(numbered_in("we're moving to 27 Kingsway, Hove next month"), Some("27 Kingsway"));
        assert_eq!(numbered_in("Flat 3, 40 Kingsway, Hove"), Some("Flat 3, 40 Kingsway"));
        assert_eq!(numbered_in("I moved from Leeds to 3 Ashgrove"), Some("3 Ashgrove"));
        assert_eq!(numbered_in("We\u{2019}re moving from Leeds to 14 Meadowbank"), Some("14 Meadowbank"));
        for text in [
            "The price moved from 3 Pounds to 4 Pounds",
            "moving from version 2 to 3 Ashgrove",
            "send it to 4 Seasons Hotel",
            "send it to 2 Tesco Express",
            "Send 2 Large Boxes to me",
            "it was sent to 3 Different Addresses",
            "do you deliver to 12 Kingsway?",
            "I live at 4 Canal Side Cut Tow Path",
            "we moved to 5 Riverside last year",
            "I live at 4 canal side",
            "I'm at 4 Canal Side",
            "SEND IT TO 3 DIFFERENT ADDRESSES",
            "Please deliver to 12 N.w Road",
            "can I move to 2 Adults and 1 Child",
            "Can I move to 3 Monthly payments?",
        ] {
            assert_eq!(numbered_in(text), None, "{text}");
        }
    }

    #[test]
    fn streets_before_their_numbers_as_on_the_continent() {
        fn street(text: &str) -> Option<&str> {
            let s = text.find(|c: char| c.is_ascii_digit())?;
            street_before_number(text, s).map(|(a, z)| &text[a..z])
        }
        for (text, want) in [
            // With the postcode after it, before the town.
            ("Lieferadresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115"),
            ("Hauptstraße 5, 10115 Berlin my email is below", "Hauptstraße 5, 10115"),
            ("Ich wohne in der Berliner Straße 12", "Berliner Straße 12"),
            ("Karl-Marx-Allee 12a, Berlin", "Karl-Marx-Allee 12a"),
            ("Alte Str. 5", "Alte Str. 5"),
            ("Hauptstr. 17, 80331 München", "Hauptstr. 17, 80331"),
            ("Kalverstraat 92, 1012 PH Amsterdam", "Kalverstraat 92, 1012 PH"),
            ("Hauptstraße 5, 10115 and more", "Hauptstraße 5"),
            ("Hauptstraße 5, 123 Berlin", "Hauptstraße 5"),
            ("Drottninggatan 12, Stockholm", "Drottninggatan 12"),
            ("Storgata 1, Oslo", "Storgata 1"),
            ("Strandvejen 5", "Strandvejen 5"),
        ] {
            assert_eq!(street(text), Some(want), "{text}");
        }
        // A type alone with no name before it, a word in lowercase, a number in a word.
        for text in ["Weg 5", "Is Platz 5 free?", "the allee 5", "Hauptstraße 5b2", "Brigade 5", "I need 2 tickets"] {
            assert_eq!(street(text), None, "{text}");
        }
        // Every type passes the three-byte test, in any case.
        for ty in TYPES_BEFORE_NUMBER {
            for typed in [ty.to_string(), ty.to_uppercase()] {
                assert!(may_end_type_before_number(typed.as_bytes(), typed.len()), "{typed}");
            }
        }
    }

    #[test]
    fn streets_whose_type_comes_first_and_number_last() {
        fn street(text: &str) -> Option<&str> {
            let s = text.find(|c: char| c.is_ascii_digit())?;
            type_first_before_number(text, s).map(|(a, z)| &text[a..z])
        }
        for (text, want) in [
            ("abito in Via Roma 10, Milano", "Via Roma 10"),
            ("Vivo en Calle de Alcal\u{e1} 45, 28014 Madrid", "Calle de Alcal\u{e1} 45, 28014"),
            ("Il mio indirizzo \u{e8} Via Garibaldi 23, 20121 Milano", "Via Garibaldi 23, 20121"),
            ("Corso Italia 5", "Corso Italia 5"),
            ("Carrer de Mallorca 401, 08013 Barcelona", "Carrer de Mallorca 401, 08013"),
            // After a typographic quote.
            ("Vivo en \u{201c}Calle de Alcal\u{e1} 45, 28014\u{201d} Madrid", "Calle de Alcal\u{e1} 45"),
            // Portugal's postcode, four digits and three.
            ("Morada: Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053"),
            ("Rua Augusta 100, 1100-0531 Lisboa", "Rua Augusta 100"),
            ("Rua Augusta 100, 110-053 Lisboa", "Rua Augusta 100"),
        ] {
            assert_eq!(street(text), Some(want), "{text}");
        }
        // Poland's, two digits and three, before its town.
        let text = "Marszałkowska 10, 00-590 Warszawa";
        assert_eq!(postcode_after(text, text.find(',').unwrap()), Some(text.find(" W").unwrap()));
        assert_eq!(postcode_after("Street 10, 00-590 at noon", 9), None);
        // No type, a type in lowercase, a word in lowercase between, a number in a word.
        for text in
            ["Room 101 is booked", "sent via Royal Mail 2 days ago", "Via Roma is 10 minutes away", "Via Roma 10b2"]
        {
            assert_eq!(street(text), None, "{text}");
        }
    }

    #[test]
    fn a_house_s_name_before_its_number_and_a_range_from_a_lettered_number() {
        for (text, want) in [
            ("Rose Cottage, 3 Mill Lane", "Rose Cottage, 3 Mill Lane"),
            ("Deliver to Ivy House, 12 Park Road please", "Ivy House, 12 Park Road"),
            ("The Old Rectory, 4 Church Lane", "The Old Rectory, 4 Church Lane"),
            ("the house, 3 Mill Lane", "3 Mill Lane"),
            ("Oak Farm,\n3 Mill Lane", "3 Mill Lane"),
            ("14a-16 Queen's Road", "14a-16 Queen's Road"),
            ("14a-16b Queen's Road", "14a-16b Queen's Road"),
        ] {
            assert_eq!(numbered_in(text), Some(want), "{text}");
        }
    }

    #[test]
    fn numbered_addresses() {
        assert_eq!(numbered_in("I live at 12 Baker Street, London"), Some("12 Baker Street"));
        // Streets and houses named after a place or a brand among the stop words.
        assert_eq!(numbered_in("Just moved to 55 London Road, Bristol"), Some("55 London Road"));
        assert_eq!(numbered_in("4 Apple Tree Close"), Some("4 Apple Tree Close"));
        assert_eq!(numbered_in("Flat 2 Oxford House, 5 Mill Lane"), Some("Flat 2 Oxford House, 5 Mill Lane"));
        // A flat's address goes on after commas: a block, a building, a street.
        let flat = "Flat 12, Block C, Ocean House, 4 Marina Way, Swansea";
        assert_eq!(numbered_in(flat), Some("Flat 12, Block C, Ocean House, 4 Marina Way"));
        let flat = "Apartment 1204, The Cube, 200 Wharfside Street";
        assert_eq!(numbered_in(flat), Some(flat));
        assert_eq!(numbered_in("Flat 3, Kelvin Court, Park Road, Leeds"), Some("Flat 3, Kelvin Court, Park Road"));
        assert_eq!(numbered_in("Flat 2, 14 Park Road, The Cube is nice"), Some("Flat 2, 14 Park Road"));
        assert_eq!(numbered_in("Please go to Suite 3, Block B"), None);
        assert_eq!(numbered_in("Flat 5, The Willows"), None);
        assert_eq!(numbered_in("We have 3 London branches"), None);
        // A row of cottages or villas, capitalised; a block whose name ends "Plaza".
        assert_eq!(numbered_in("The property is 2 Ashdown Cottages, Little Snoring"), Some("2 Ashdown Cottages"));
        assert_eq!(numbered_in("I live at 4 Albert Villas"), Some("4 Albert Villas"));
        assert_eq!(numbered_in("We have 2 holiday cottages available"), None);
        assert_eq!(numbered_in("There are 3 Villas in the complex"), None);
        assert_eq!(numbered_in("Apartment 14, Skyline Plaza, Manchester"), Some("Apartment 14, Skyline Plaza"));
        // A street named by "gate", with no type.
        assert_eq!(numbered_in("It's Mr and Mrs Begum at 31 Kirkgate"), Some("31 Kirkgate"));
        assert_eq!(numbered_in("14 Micklegate, York YO1 6JX"), Some("14 Micklegate"));
        assert_eq!(numbered_in("I bought 2 Colgate and 3 Sensodyne"), None);
        assert_eq!(numbered_in("We need 2 Southgate tickets for the talk"), None);
        // A house's number said as "number", the street it is on after "on" or "in".
        assert_eq!(numbered_in("It's number 42 on Beech Road"), Some("42 on Beech Road"));
        assert_eq!(numbered_in("its number 42 on beech road"), Some("42 on beech road"));
        assert_eq!(numbered_in("we're at no. 7 in Mill Lane"), Some("7 in Mill Lane"));
        assert_eq!(numbered_in("Does the number 8 on Princes Street go to the zoo?"), None);
        assert_eq!(numbered_in("I ordered 4 on Beech Road's shop"), None);
        assert_eq!(numbered_in("Table number 4 in the garden room"), None);
        // A stop word that starts many streets' names, capitalised.
        assert_eq!(numbered_in("send it to 12 New Road, Leeds"), Some("12 New Road"));
        assert_eq!(numbered_in("6 Back Lane"), Some("6 Back Lane"));
        assert_eq!(numbered_in("14 Great North Road"), Some("14 Great North Road"));
        assert_eq!(numbered_in("I need 2 new road bikes"), None);
        // In lowercase, only where an address is expected, and where the street ends its phrase.
        assert_eq!(numbered_in("i live at 12 new road"), Some("12 new road"));
        assert_eq!(numbered_in("my address is 6 back lane, ashford"), Some("6 back lane"));
        assert_eq!(numbered_in("send it to 4 new street in leeds"), Some("4 new street"));
        assert_eq!(numbered_in("address: 9 great north road."), Some("9 great north road"));
        assert_eq!(numbered_in("flat 3, 27 new road"), Some("flat 3, 27 new road"));
        assert_eq!(numbered_in("i'm looking at 2 new road bikes"), None);
        assert_eq!(numbered_in("we need 2 new road signs"), None);
        assert_eq!(numbered_in("we ordered 2 new road signs."), None);
        // In capitals, where every word is capitalised, wherever the street ends its phrase.
        assert_eq!(numbered_in("12 NEW ROAD, LEEDS LS6 2AA"), Some("12 NEW ROAD"));
        assert_eq!(numbered_in("DELIVER TO 6 BACK LANE PLEASE"), Some("6 BACK LANE"));
        assert_eq!(numbered_in("FLAT 3, 27 NEW ROAD"), Some("FLAT 3, 27 NEW ROAD"));
        assert_eq!(numbered_in("DO YOU HAVE 2 NEW ROAD BIKES IN A KIDS' SIZE?"), None);
        assert_eq!(numbered_in("WE NEED 2 NEW ROAD SIGNS"), None);
        // The towns that are words too, as places are.
        assert_eq!(numbered_in("I live at 12 Bath Road"), Some("12 Bath Road"));
        assert_eq!(numbered_in("i live at 12 bath road"), Some("12 bath road"));
        assert_eq!(numbered_in("it's 40 Old Reading Road"), Some("40 Old Reading Road"));
        assert_eq!(numbered_in("I bought 2 bath mats"), None);
        assert_eq!(numbered_in("Flat 3, 27 Kings Road"), Some("Flat 3, 27 Kings Road"));
        assert_eq!(numbered_in("deliver to 221b baker st please"), Some("221b baker st"));
        assert_eq!(numbered_in("it's 5 The Avenue"), Some("5 The Avenue"));
        assert_eq!(numbered_in("We live at 3 The Paddocks, Little Milton"), Some("3 The Paddocks"));
        assert_eq!(numbered_in("12 the orchard bampton"), Some("12 the orchard"));
        assert_eq!(numbered_in("Unit 4, Riverside Industrial Estate"), Some("Unit 4, Riverside Industrial Estate"));
        assert_eq!(numbered_in("I'm at 7 St. John's Close"), Some("7 St. John's Close"));
        assert_eq!(numbered_in("4 Gt. Western Road, Glasgow"), Some("4 Gt. Western Road"));
        assert_eq!(numbered_in("at 10 Downing St. today"), Some("10 Downing St"));
        assert_eq!(numbered_in("I have 2 St. Bernards"), None);
        assert_eq!(numbered_in("3 Mr. Kipling Cakes"), None);
        assert_eq!(numbered_in("I have 3 real estate agents"), None);
        assert_eq!(numbered_in("There are 3 car park spaces"), None);
        // A block of flats, and the street after it.
        assert_eq!(
            numbered_in("Flat 12b Ocean Towers, Marine Parade, Brighton"),
            Some("Flat 12b Ocean Towers, Marine Parade")
        );
        assert_eq!(numbered_in("Flat 3 Kelvin House, 14 Park Road"), Some("Flat 3 Kelvin House, 14 Park Road"));
        assert_eq!(numbered_in("Flat 3, Kelvin House"), Some("Flat 3, Kelvin House"));
        assert_eq!(numbered_in("a 3 bed house in Leeds"), None);
        assert_eq!(numbered_in("Flat 3 House Rules"), None);
        assert_eq!(numbered_in("Block 2 Concert Hall"), None);
        // Nothing is read past the text's end.
        for text in ["Flat 3 ", "Flat 3, ", "Flat 3\n", "Flat 3 Kelvin"] {
            assert_eq!(numbered_in(text), None, "{text:?}");
        }
        assert_eq!(numbered_in("Flat 3 Kelvin House,"), Some("Flat 3 Kelvin House"));
        assert_eq!(numbered_in("Flat 3 Kelvin House, 14"), Some("Flat 3 Kelvin House"));
        assert_eq!(numbered_in("about 3 weeks drive away"), None);
        assert_eq!(numbered_in("2 tickets for the Green Park show"), None);
        assert_eq!(numbered_in("table for 4 at Oak Lane"), None);
        assert_eq!(numbered_in("Flat 3\n14 Park Road\nLeeds"), Some("Flat 3\n14 Park Road"));
        assert_eq!(numbered_in("Flat 3,\n14 Park Road"), Some("Flat 3,\n14 Park Road"));
        // Only a flat number ends its line.
        assert_eq!(numbered_in("room for 3\n14 Park Road"), None);
        assert_eq!(numbered_in("we are 3\nPark Road is shut"), None);
    }

    /// The address before_postcode finds before the postcode "TN24 ...".
    fn before(text: &str) -> Option<&str> {
        let pc = text.find("TN24").unwrap();
        before_postcode(text, pc).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn house_names_anchored_by_a_postcode() {
        assert_eq!(before("Rose Cottage, Mill Lane, Ashford TN24 8XY"), Some("Rose Cottage, Mill Lane"));
        assert_eq!(before("send it to Mill Lane, Ashford TN24 8XY"), Some("Mill Lane"));
        // Past a village or a district as well as the town; not past three.
        assert_eq!(
            before("The Old Forge, Church Lane, Little Snoring, Fakenham TN24 8XY"),
            Some("The Old Forge, Church Lane")
        );
        assert_eq!(
            before("The Old Forge\nChurch Lane\nLittle Snoring\nFakenham\nTN24 8XY"),
            Some("The Old Forge\nChurch Lane")
        );
        assert_eq!(before("Church Lane, Little Snoring, Near Holt, Fakenham TN24 8XY"), None);
        assert_eq!(before("Name Olivia Green, DOB 23/09/1984, postcode TN24 8XY"), None);
        assert_eq!(before("The caf\u{e9} on Station Road, is it yours?\nI live in TN24 8XY"), None);
    }

    #[test]
    fn a_street_with_no_type_anchored_by_a_postcode() {
        assert_eq!(before("7 Millbank, York TN24 8XY"), Some("7 Millbank"));
        assert_eq!(before("Send the P45 to 4 Canal Side, Skipton TN24 8XY"), Some("4 Canal Side"));
        assert_eq!(before("12a Meadowbank TN24 8XY"), Some("12a Meadowbank"));
        assert_eq!(before("Flat 2, 14b Meadowbank, Ayr TN24 8XY"), Some("Flat 2, 14b Meadowbank"));
        assert_eq!(before("to 4 Canal Side\u{2014}, Skipton TN24 8XY"), Some("4 Canal Side"));
        // A quantity, a date, an order number, a word in lowercase or a stop word: no street.
        for text in [
            "I need 2 Large Boxes, Ashford TN24 8XY",
            "Delivered on 12 March, Ashford TN24 8XY",
            "Order 4471, Ashford TN24 8XY",
            "we are 2 adults, Ashford TN24 8XY",
            "I have 3 Thanks, Ashford TN24 8XY",
            "ref X12 Meadowbank, Ashford TN24 8XY",
            "WHAT LENGTH, 8 CHARACTERS?\nPostcode TN24 8XY",
            "How much is a service for a 2018 Golf?\nmy postcode is TN24 8XY",
        ] {
            assert_eq!(before(text), None, "{text}");
        }
    }

    #[test]
    fn a_house_name_may_end_a_sentence_segment() {
        assert_eq!(before("send it to Rose Cottage, Mill Lane, Ashford, TN24 8XY"), Some("Rose Cottage, Mill Lane"));
        assert_eq!(before("deliver to The Old Rectory, Church Lane, TN24 8XY"), Some("The Old Rectory, Church Lane"));
        assert_eq!(before("It's at Rose cottage, Mill Lane TN24 8XY"), Some("Mill Lane"));
        assert_eq!(before("Rose cottage, Mill Lane TN24 8XY"), Some("Rose cottage, Mill Lane"));
        // Three capitalised words at most (after "The"), and no stop words.
        assert_eq!(before("from Big Old Red Barn, Mill Lane TN24 8XY"), Some("Old Red Barn, Mill Lane"));
        assert_eq!(before("Thanks, Mill Lane TN24 8XY"), Some("Mill Lane"));
    }

    #[test]
    fn an_address_may_be_written_one_part_a_line() {
        assert_eq!(before("Rose Cottage\nMill Lane\nAshford\nTN24 8XY"), Some("Rose Cottage\nMill Lane"));
        assert_eq!(before("Rose Cottage, Mill Lane\nAshford TN24 8XY"), Some("Rose Cottage, Mill Lane"));
        assert_eq!(before("Deliver to\nMill Lane, Ashford TN24 8XY"), Some("Mill Lane"));
        // The line before is no part of the street or the house name.
        assert_eq!(before("Thanks a lot\nMill Lane, Ashford TN24 8XY"), Some("Mill Lane"));
        assert_eq!(before("Hello\nMill Lane TN24 8XY"), Some("Mill Lane"));
        assert_eq!(before("my address is:\n12 Mill Lane\nAshford\nTN24 8XY"), None);
    }

    #[test]
    fn only_the_segments_near_the_postcode_are_read() {
        // A street segment cut by the reach is not known to start with a house number, and a
        // segment beyond the reach is not read at all.
        let filler = "and so on ".repeat(POSTCODE_REACH / 10);
        assert_eq!(before(&format!("12 {filler}to Mill Lane TN24 8XY")), Some("Mill Lane"));
        assert_eq!(before("12 to Mill Lane TN24 8XY"), None);
        assert_eq!(before(&format!("Mill Lane, {filler}Ashford TN24 8XY")), None);
        assert_eq!(before("Rose Cottage, Mill Lane, Ashford TN24 8XY"), Some("Rose Cottage, Mill Lane"));
    }
}
