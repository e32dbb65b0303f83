//! Street addresses: a house number (12, 12a, 12-14) or a flat prefix ("Flat 3,"), then one to
//! three words and a street type ("Baker Street", "Mill Ln"); and, anchored by a postcode right
//! after them, house-name addresses without a number ("Rose Cottage, Mill Lane, Ashford").

use super::numbers::Span;
use super::text::{DigitRun, Window, clean_start};
use super::words::{WordSet, capitalised, is_quantity_word, is_stop_word, set_of, word_end};

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
];

const FLAT_PREFIXES: &[&str] = &["flat", "apartment", "apt", "unit", "suite", "house", "block"];

static STREET_TYPE_SET: WordSet = WordSet::new(|| set_of(STREET_TYPES.iter().copied()));

fn is_street_type(word: &str) -> bool {
    STREET_TYPE_SET.contains(word)
}

/// One to three street-name words then a street type, from `i`; answers the type's end.
fn street(text: &str, mut i: usize) -> Option<usize> {
    let b = text.as_bytes();
    for n in 0..4 {
        let end = word_end(text, i);
        let word = &text[i..end];
        if end == i || (is_stop_word(word) && !(n == 0 && word.eq_ignore_ascii_case("the"))) {
            return None;
        }
        if n == 0 && is_quantity_word(word) {
            return None;
        }
        if n > 0 && is_street_type(word) {
            return Some(end);
        }
        if b.get(end) != Some(&b' ') {
            return None;
        }
        i = end + 1;
    }
    None
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
    }
    Some(end)
}

/// An address whose house or flat number is the digit at `s`.
pub(crate) fn numbered(text: &str, s: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !clean_start(b, s) {
        return None;
    }
    let end = house_number(b, s)?;
    let skip = |mut i: usize| {
        if b.get(i) == Some(&b',') {
            i += 1;
        }
        if b.get(i) == Some(&b' ') { Some(i + 1) } else { None }
    };
    let mut i = skip(end)?;
    // The street first, the cheaper test; a second number only after a flat prefix.
    let flat = || Window::before(b, s, 12).ends_with_any(FLAT_PREFIXES, b"");
    let mut prefix = None;
    if b.get(i).is_some_and(u8::is_ascii_digit) {
        prefix = Some(flat()?);
        i = skip(house_number(b, i)?)?;
    }
    let street_end = street(text, i)?;
    let start = match prefix.or_else(flat) {
        Some(prefix) => s - 1 - prefix.len(),
        None => s,
    };
    Some((start, street_end))
}

/// How far before a postcode its house name, street and town are looked for. A comma-separated
/// segment cut by this bound is longer than any of them. The bound keeps a long text with many
/// postcodes and few commas linear: each postcode would otherwise split all the text before it.
const POSTCODE_REACH: usize = 160;

/// A house-name address that ends right before the postcode at `pc`: the street segment (and a
/// house-name segment before it), skipping a town segment.
pub(crate) fn before_postcode(text: &str, pc: usize) -> Option<Span> {
    let floor = text.ceil_char_boundary(pc.saturating_sub(POSTCODE_REACH));
    let head = text[floor..pc].trim_end_matches([' ', ',']);
    let offset_of = |seg: &str| seg.as_ptr() as usize - text.as_ptr() as usize;
    // Segments between commas, the last first, each with whether it is whole (not cut by the
    // bound): only a whole segment can start with a house number or be a house name.
    let mut segments = head.rsplit(',').map(|seg| {
        let whole = floor == 0 || offset_of(seg) > floor || text.as_bytes()[floor - 1] == b',';
        (seg.trim(), whole)
    });
    let mut seg = segments.next()?;
    if !ends_with_street_type(seg.0) {
        seg = segments.next()?;
    }
    let (seg, whole) = seg;
    if !ends_with_street_type(seg) || (whole && seg.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    // The segment may begin mid-sentence ("send it to Mill Lane"): keep the capitalised words
    // before the street type, at most three.
    let seg_start = offset_of(seg);
    let street_end = seg_start + seg.len();
    let mut start = street_end - seg.rsplit(' ').next().map_or(0, str::len);
    for word in seg.rsplit(' ').skip(1).take(3) {
        let at = start - 1 - word.len();
        if !capitalised(text, at) || is_stop_word(word) {
            break;
        }
        start = at;
    }
    if start + seg.rsplit(' ').next().map_or(0, str::len) == street_end {
        return None;
    }
    match segments.next() {
        Some((house, true))
            if start == seg_start && house.split(' ').nth(3).is_none() && capitalised(text, offset_of(house)) =>
        {
            Some((offset_of(house), street_end))
        }
        _ => Some((start, street_end)),
    }
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

    #[test]
    fn numbered_addresses() {
        assert_eq!(numbered_in("I live at 12 Baker Street, London"), Some("12 Baker Street"));
        assert_eq!(numbered_in("Flat 3, 27 Kings Road"), Some("Flat 3, 27 Kings Road"));
        assert_eq!(numbered_in("deliver to 221b baker st please"), Some("221b baker st"));
        assert_eq!(numbered_in("it's 5 The Avenue"), Some("5 The Avenue"));
        assert_eq!(numbered_in("about 3 weeks drive away"), None);
        assert_eq!(numbered_in("2 tickets for the Green Park show"), None);
        assert_eq!(numbered_in("table for 4 at Oak Lane"), None);
    }

    #[test]
    fn house_names_anchored_by_a_postcode() {
        let text = "Rose Cottage, Mill Lane, Ashford TN24 8XY";
        let pc = text.find("TN24").unwrap();
        let (s, e) = before_postcode(text, pc).unwrap();
        assert_eq!(&text[s..e], "Rose Cottage, Mill Lane");
        let text = "send it to Mill Lane, Ashford TN24 8XY";
        let pc = text.find("TN24").unwrap();
        let (s, e) = before_postcode(text, pc).unwrap();
        assert_eq!(&text[s..e], "Mill Lane");
    }

    #[test]
    fn only_the_segments_near_the_postcode_are_read() {
        fn find(text: &str) -> Option<&str> {
            let pc = text.find("TN24").unwrap();
            before_postcode(text, pc).map(|(s, e)| &text[s..e])
        }
        // A street segment cut by the reach is not known to start with a house number, and a
        // segment beyond the reach is not read at all.
        let filler = "and so on ".repeat(POSTCODE_REACH / 10);
        assert_eq!(find(&format!("12 {filler}to Mill Lane TN24 8XY")), Some("Mill Lane"));
        assert_eq!(find("12 to Mill Lane TN24 8XY"), None);
        assert_eq!(find(&format!("Mill Lane, {filler}Ashford TN24 8XY")), None);
        assert_eq!(find("Rose Cottage, Mill Lane, Ashford TN24 8XY"), Some("Rose Cottage, Mill Lane"));
    }
}
