//! Dates of birth with the day in words, as a voice bot's transcript gives them ("the fourth of
//! may nineteen eighty five", "march the twelfth nineteen ninety") and as some people type them
//! ("born on the fourth of May 1985"): an ordinal day before or after the month's name, then
//! perhaps a year in words or digits, in the same birth context as [`super::dates::dob`].

use super::dates::{month_at, real_date, speaks_of_birth};
use super::number_words::{MAX_WORD, UNITS, index_in, next_word, number_at, word_at};
use super::numbers::Span;
use super::text::{DigitRun, clean_end, eq_ignore_case, letters_before, word_char_at, word_char_before};

const ORDINAL_UNITS: [&str; 9] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const ORDINAL_TEENS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// A date of birth with its day in words around the month's name at `m` (see the module's
/// doc); its span, from the day to the year (or to the month or day where no year follows).
pub(crate) fn around_month(b: &[u8], m: usize) -> Option<Span> {
    let (month, month_end) = month_at(b, m)?;
    let (start, day, day_end) = match day_before(b, m) {
        Some((day, start)) => (start, day, month_end),
        None => {
            let (day, end) = day_after(b, month_end)?;
            (m, day, end)
        }
    };
    let year_start = day_end + usize::from(b.get(day_end) == Some(&b','));
    let year = (b.get(year_start) == Some(&b' ')).then(|| year_at(b, year_start + 1)).flatten();
    let end = year.map_or(day_end, |(_, _, end)| end);
    let valid = real_date(day, month, year.map(|(y, digits, _)| (y, digits))) && !word_char_at(b, end);
    (valid && speaks_of_birth(b, start)).then_some((start, end))
}

/// Whether the capital at `i` may be a month's after its day said in words: "of" or an
/// ordinal's last two letters ("twelfth", "first", "second", "third") before the space before
/// it. Settles most capitals with a compare or two.
#[inline(always)]
pub(crate) fn may_follow_day(b: &[u8], i: usize) -> bool {
    i >= 3
        && b[i - 1] == b' '
        && matches!(
            [b[i - 3] | 0x20, b[i - 2] | 0x20],
            [b'o', b'f'] | [b't', b'h'] | [b's', b't'] | [b'n', b'd'] | [b'r', b'd']
        )
}

/// [`around_month`] at a capitalised word at `i` that [`may_follow_day`] ("I was born on the
/// twelfth of March", "DOB: the first of June nineteen ninety"). Out of line: few capitals
/// follow a day in words.
#[inline(never)]
pub(crate) fn capitalised_month(b: &[u8], i: usize) -> Option<Span> {
    around_month(b, i)
}

/// A date of birth said as two ordinals, the month by its number, from the day at `i`:
/// "fourteenth of the second eighty two", "the twenty first of the third" (as "the 3rd of the
/// 4th 79" is typed, [`super::dates`]); in the same birth context, perhaps with a year after it.
/// Asked where [`may_start_ordinal_day`].
#[inline(never)]
pub(crate) fn ordinal_day_and_month(b: &[u8], i: usize) -> Option<Span> {
    let (day, day_end) = ordinal_at(b, i)?;
    if !eq_ignore_case(b, day_end, OF_THE) {
        return None;
    }
    let (month, month_end) = ordinal_at(b, day_end + OF_THE.len())?;
    let year = (b.get(month_end) == Some(&b' ')).then(|| year_at(b, month_end + 1)).flatten();
    let end = year.map_or(month_end, |(_, _, end)| end);
    let valid = month <= 12 && real_date(day, month, year.map(|(y, digits, _)| (y, digits))) && !word_char_at(b, end);
    (valid && speaks_of_birth(b, i)).then_some((i, end))
}

const OF_THE: &[u8] = b" of the ";
const OF_THE_KEY: u64 = u64::from_le_bytes(*b" of the ");

/// Whether " of the " follows the word of `len` letters at `i`, or the word after it where that
/// is "twenty" or "thirty": where [`ordinal_day_and_month`] may find a date. Settles most words.
#[inline(always)]
pub(crate) fn may_start_ordinal_day(b: &[u8], i: usize, len: usize) -> bool {
    let end = i + len;
    // " of the " as one load.
    let of_the = |at: usize| {
        b.get(at..).and_then(<[u8]>::first_chunk::<8>).is_some_and(|s| u64::from_le_bytes(*s) == OF_THE_KEY)
    };
    if of_the(end) {
        return true;
    }
    // "twenty first of the ...": the unit's word is at most seven letters.
    len == 6 && b[i] == b't' && b.get(end) == Some(&b' ') && {
        let unit = end + 1 + b[end + 1..].iter().take(8).take_while(|c| c.is_ascii_alphabetic()).count();
        of_the(unit)
    }
}

/// The day said before the month at `m` ("the |fourth| of may", "|twenty-first| june"): its
/// value and where it starts.
fn day_before(b: &[u8], m: usize) -> Option<(u32, usize)> {
    let mut end = m.checked_sub(1).filter(|&e| b[e] == b' ')?;
    if end >= 3 && eq_ignore_case(b, end - 3, b" of") {
        end -= 3;
    }
    let last = word_start_before(b, end)?;
    // "twenty first": the word before may start the day.
    let before = last.checked_sub(1).filter(|&s| matches!(b[s], b' ' | b'-')).and_then(|s| word_start_before(b, s));
    [before, Some(last)]
        .into_iter()
        .flatten()
        .find_map(|s| ordinal_at(b, s).filter(|&(_, e)| e == end).map(|(day, _)| (day, s)))
}

/// The day said after the month that ends at `month_end` ("may |the fourth|", "march
/// |twelfth|"): its value and where it ends.
fn day_after(b: &[u8], month_end: usize) -> Option<(u32, usize)> {
    let mut i = month_end + 1;
    if b.get(month_end) != Some(&b' ') {
        return None;
    }
    if eq_ignore_case(b, i, b"the ") {
        i += 4;
    }
    ordinal_at(b, i)
}

/// A day said as an ordinal from `i` ("fourth", "twelfth", "twenty first", "thirtieth"): its
/// value and where it ends.
pub(crate) fn ordinal_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let (word, end) = word_at(b, i);
    if let Some(n) = index_in(&ORDINAL_UNITS, word) {
        return Some((n + 1, end));
    }
    if let Some(n) = index_in(&ORDINAL_TEENS, word) {
        return Some((n + 10, end));
    }
    match index_in(&["twentieth", "thirtieth"], word) {
        Some(n) => Some((20 + 10 * n, end)),
        None => {
            let tens = 20 + 10 * index_in(&["twenty", "thirty"], word)?;
            let (unit, unit_end) = next_word(b, end)?;
            Some((tens + index_in(&ORDINAL_UNITS, unit)? + 1, unit_end))
        }
    }
}

/// A year from `i`: digits (1985, 85) or words ("nineteen eighty five", "nineteen oh five",
/// "two thousand and one", "twenty twelve", "eighty five"); the year, its digits as
/// [`real_date`] takes them (four, or two), and where it ends.
pub(crate) fn year_at(b: &[u8], i: usize) -> Option<(u32, usize, usize)> {
    if b.get(i).is_some_and(u8::is_ascii_digit) {
        let run = DigitRun::read(b, i, b"", 4)?;
        return (matches!(run.len, 2 | 4) && clean_end(b, run.end)).then_some((run.value as u32, run.len, run.end));
    }
    let (word, end) = word_at(b, i);
    // The last two digits after the century's words: "eighty five", "oh five", "twelve".
    let after = |from: usize| {
        let (next, next_end) = next_word(b, from)?;
        match index_in(&["oh", "o"], next) {
            Some(_) => next_word(b, next_end).and_then(|(unit, e)| Some((index_in(&UNITS, unit)? + 1, e))),
            None => number_at(b, next_end - next.len()).filter(|&(n, _)| n >= 10),
        }
    };
    if word.eq_ignore_ascii_case(b"two") {
        let (thousand, end) = next_word(b, end)?;
        if !thousand.eq_ignore_ascii_case(b"thousand") {
            return None;
        }
        // "two thousand and one", "two thousand five", "two thousand".
        let and = next_word(b, end).filter(|(w, _)| w.eq_ignore_ascii_case(b"and")).map(|(_, e)| e);
        let ones = next_word(b, and.unwrap_or(end)).and_then(|(w, e)| number_at(b, e - w.len()));
        return Some(ones.map_or((2000, 4, end), |(n, e)| (2000 + n, 4, e)));
    }
    let century = match index_in(&["nineteen", "twenty"], word) {
        Some(c) => after(end).map(|(n, e)| (1900 + 100 * c + n, 4, e)),
        None => None,
    };
    century.or_else(|| number_at(b, i).filter(|&(n, _)| n >= 10).map(|(n, e)| (n, 2, e)))
}

/// Where the word of ASCII letters (at most [`MAX_WORD`]) that ends at `end` starts.
fn word_start_before(b: &[u8], end: usize) -> Option<usize> {
    let start = end - letters_before(b, end, MAX_WORD).len();
    (start < end && !word_char_before(b, start)).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`around_month`] finds at the first month's name in `text`.
    fn find(text: &str) -> Option<&str> {
        let b = text.as_bytes();
        let m = (0..b.len()).find(|&i| !word_char_before(b, i) && month_at(b, i).is_some())?;
        around_month(b, m).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn dates_of_birth_with_the_day_in_words() {
        for (text, want) in [
            ("my date of birth is the fourth of may nineteen eighty five", "fourth of may nineteen eighty five"),
            ("i was born on the twelfth of march nineteen ninety", "twelfth of march nineteen ninety"),
            ("born on the twenty-first of june nineteen oh five", "twenty-first of june nineteen oh five"),
            ("date of birth thirty first december two thousand and one", "thirty first december two thousand and one"),
            ("dob march the twelfth twenty twelve", "march the twelfth twenty twelve"),
            ("my birthday is the first of april", "first of april"),
            ("born on the fourth of may eighty five please", "fourth of may eighty five"),
            ("I was born on the fourth of May, 1985", "fourth of May, 1985"),
            ("DOB: second of February 2000.", "second of February 2000"),
            ("born on the ninth of july two thousand", "ninth of july two thousand"),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
    }

    /// What [`ordinal_day_and_month`] finds at the first word [`may_start_ordinal_day`] passes.
    fn find_ordinal(text: &str) -> Option<&str> {
        let b = text.as_bytes();
        let words = (0..b.len()).filter(|&i| b[i].is_ascii_alphabetic() && !word_char_before(b, i));
        let i = words
            .into_iter()
            .find(|&i| may_start_ordinal_day(b, i, b[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count()))?;
        ordinal_day_and_month(b, i).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn dates_of_birth_said_as_two_ordinals() {
        for (text, want) in [
            (
                "agent: date of birth\ncaller: fourteenth of the second eighty two",
                "fourteenth of the second eighty two",
            ),
            ("my dob is the twenty first of the third nineteen ninety", "twenty first of the third nineteen ninety"),
            ("born on the first of the twelfth", "first of the twelfth"),
        ] {
            assert_eq!(find_ordinal(text), Some(want), "{text}");
        }
        for text in [
            "can you deliver on the fourteenth of the second",
            "born on the fourteenth of the thirteenth",
            "born on the thirty first of the second",
            "dob is the first of the month",
        ] {
            assert_eq!(find_ordinal(text), None, "{text}");
        }
    }

    #[test]
    fn not_dates_of_birth_with_the_day_in_words() {
        for text in [
            // No birth context, no real date, no ordinal.
            "the appointment is on the fourth of may",
            "born on the thirtieth of february",
            "born on the thirty second of may",
            "born in may",
            "my birthday is in may, the fourth week",
            "born on the fourth of mayfair",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }
}
