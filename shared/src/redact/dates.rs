//! Dates of birth: a real calendar date, written day first (12/03/1985), ISO (1985-03-12) or
//! with the month's name (12th March 1985, March 12, 1985), where the text speaks of birth.
//! Appointment dates, with no such context, are left alone.

use super::dates_in_words;
use super::numbers::Span;
use super::text::{DigitRun, Keywords, Window, clean_end, clean_start, eq_ignore_case, letters_before, word_char_at};
use super::words::{MONTH_NAMES, WordSet, set_of};

/// Words of birth before a date of birth, besides a birthday's ([`BIRTHDAY`]).
const BIRTH_CONTEXT: Keywords = Keywords::new(&[
    "dob",
    "d.o.b",
    "date of birth",
    "birth date",
    "birthdate",
    "born",
    "birth",
    "yob",
    // In the languages of the EU regions' visitors: French, German, Spanish, Italian, Dutch,
    // Polish, Portuguese, the Nordic ones ("Date de naissance : 12/03/1985", "geb. 03.12.1985").
    "naissance",
    "n\u{e9} le",
    "n\u{e9}e le",
    "geburtsdatum",
    "geboren",
    "geb.",
    "nacimiento",
    "nacido",
    "nacida",
    "nascita",
    "nato il",
    "nata il",
    "geboortedatum",
    "urodzenia",
    "urodzony",
    "urodzona",
    "nascimento",
    "nasceu",
    "f\u{f8}dselsdato",
    "f\u{f6}delsedatum",
    "f\u{f6}dd",
    "syntym\u{e4}aika",
]);

/// A birthday: its date is someone's birth date ("it's my birthday on 12/03") unless the word
/// names an event ([`BIRTHDAY_EVENTS`]).
const BIRTHDAY: Keywords = Keywords::new(&["birthday", "bday", "b'day", "b\u{2019}day"]);

/// A birthday as an event, whose date is a booking's ("Can I book a birthday party on
/// 12/03/2026?").
const BIRTHDAY_EVENTS: Keywords = Keywords::new(&[
    "birthday party",
    "birthday parties",
    "birthday cake",
    "birthday cakes",
    "birthday meal",
    "birthday dinner",
    "birthday lunch",
    "birthday brunch",
    "birthday tea",
    "birthday celebration",
    "birthday celebrations",
    "birthday drinks",
    "birthday booking",
    "birthday bookings",
    "birthday table",
    "birthday event",
    "birthday bash",
    "birthday present",
    "birthday presents",
    "birthday gift",
    "birthday card",
    "birthday cards",
    "birthday treat",
    "birthday menu",
    "birthday package",
    "birthday packages",
    "birthday balloons",
    "birthday weekend",
    "birthday trip",
    "bday party",
    "bday cake",
]);

/// Whether the 40 bytes before a date at `start` speak of someone's birth: a word of
/// [`BIRTH_CONTEXT`], a birthday that is no event ("birthday party", "birthday cake"), or an
/// age turned ([`turns_an_age`]).
pub(crate) fn speaks_of_birth(b: &[u8], start: usize) -> bool {
    let speaks = |window: &Window<'_>| {
        window.has_any(&BIRTH_CONTEXT)
            || (window.has_any(&BIRTHDAY) && !window.has_any(&BIRTHDAY_EVENTS))
            || turns_an_age(window.bytes())
            || will_be_an_age_on(window.bytes())
    };
    let window = Window::before(b, start, 40);
    // A date of birth's placeholder, read again, is no word of birth for the date after it
    // ("Geburtsdatum 03.12.1985, Lieferung bitte am 14.12.2026": "[DOB], Lieferung ...").
    speaks(&window)
        && window.bytes().windows(5).rposition(|w| w == b"[DOB]").is_none_or(|p| {
            let after = window.bytes().len() - p - 5;
            speaks(&Window::before(b, start, after))
        })
}

/// Whether `window`, which a date follows, ends with someone about to be an age on that date:
/// "I'll be 40 on 12 March", "she will be 7 on the 3rd of June"; not "it'll be 20 on 12 March"
/// (a price's, a quantity's).
fn will_be_an_age_on(window: &[u8]) -> bool {
    let rest = window.strip_suffix(b"the ").unwrap_or(window);
    let Some(rest) = rest.strip_suffix(b" on ") else { return false };
    let digits = rest.iter().rev().take(4).take_while(|c| c.is_ascii_digit()).count();
    let Some(rest) = rest[..rest.len() - digits].strip_suffix(b" be ").filter(|_| (1..=3).contains(&digits)) else {
        return false;
    };
    ["i'll", "i\u{2019}ll", "he'll", "he\u{2019}ll", "she'll", "she\u{2019}ll", "i will", "he will", "she will"]
        .iter()
        .any(|who| {
            let who = who.as_bytes();
            rest.len() >= who.len()
                && rest[rest.len() - who.len()..].eq_ignore_ascii_case(who)
                && !rest[..rest.len() - who.len()].last().is_some_and(u8::is_ascii_alphabetic)
        })
}

/// Whether `window` says someone turns an age, which with the date after it gives their birth
/// date: "turns" (or "turning", "turned", "turn") and a number of years ("he turns 40 on 5th
/// November", "I turn 18 on 02/03"); not "turns up on 5th November". Read from each "t".
fn turns_an_age(window: &[u8]) -> bool {
    memchr::memchr2_iter(b't', b'T', window).any(|at| {
        let rest = &window[at..];
        rest.len() > 4
            && rest[..4].eq_ignore_ascii_case(b"turn")
            && (at == 0 || !window[at - 1].is_ascii_alphabetic())
            && [&b" "[..], b"s ", b"ing ", b"ed "].iter().any(|end| {
                rest[4..].starts_with(end) && {
                    let age = &rest[4 + end.len()..];
                    let digits = age.iter().take_while(|c| c.is_ascii_digit()).count();
                    (1..=3).contains(&digits) && !age.get(digits).is_some_and(u8::is_ascii_alphanumeric)
                }
            })
    })
}

/// Whether day/month/year (year `None` when not given; two-digit years taken as given) is a
/// real date, with a four-digit year between 1900 and 2100.
pub(crate) fn real_date(day: u32, month: u32, year: Option<(u32, usize)>) -> bool {
    let leap = |y: u32| (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some((y, 4)) if !leap(y) => 28,
            Some((y, 2)) if !y.is_multiple_of(4) => 28,
            _ => 29,
        },
        _ => return false,
    };
    let year_ok = match year {
        Some((y, 4)) => (1900..=2100).contains(&y),
        Some((_, 2)) | None => true,
        _ => false,
    };
    (1..=days).contains(&day) && year_ok
}

/// The month whose name's first three letters start at `i`, in any case: most words are no
/// month, and this is the cheap test [`month_at`] makes first.
#[inline(always)]
pub(crate) fn month_starting(b: &[u8], i: usize) -> Option<u32> {
    let first_three: &[u8; 3] = b.get(i..)?.first_chunk()?;
    Some(match first_three.map(|c| c.to_ascii_lowercase()) {
        [b'j', b'a', b'n'] => 1,
        [b'f', b'e', b'b'] => 2,
        [b'm', b'a', b'r'] => 3,
        [b'a', b'p', b'r'] => 4,
        [b'm', b'a', b'y'] => 5,
        [b'j', b'u', b'n'] => 6,
        [b'j', b'u', b'l'] => 7,
        [b'a', b'u', b'g'] => 8,
        [b's', b'e', b'p'] => 9,
        [b'o', b'c', b't'] => 10,
        [b'n', b'o', b'v'] => 11,
        [b'd', b'e', b'c'] => 12,
        _ => return None,
    })
}

/// The month named by the word at `i` (any case: the full name, its first three letters, or
/// "Sept"), and where the word ends (past an abbreviation's full stop: "Feb."). Always
/// inlined, as before it was shared: out of line it cost 0.4 instructions a byte of PII-free
/// messages, a call at every number of one, two or four digits.
#[inline(always)]
pub(crate) fn month_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let month = month_starting(b, i)?;
    let len = b[i..].iter().take(10).take_while(|c| c.is_ascii_alphabetic()).count();
    if len > 9 {
        return None;
    }
    let word = &b[i..i + len];
    let named = len == 3
        || word.eq_ignore_ascii_case(MONTH_NAMES[month as usize - 1].as_bytes())
        || (month == 9 && word.eq_ignore_ascii_case(b"sept"));
    // An abbreviation's full stop, not a sentence's ("born on 12th June.").
    let abbreviated = len < MONTH_NAMES[month as usize - 1].len() && b.get(i + len) == Some(&b'.');
    named.then_some((month, i + len + usize::from(abbreviated)))
}

/// A year after a month name: ",? 1985", " 85", " '85" or a century's in words (" nineteen eighty
/// five"); answers (year, digits, end).
fn year_after(b: &[u8], i: usize) -> Option<(u32, usize, usize)> {
    let mut j = i;
    if b.get(j) == Some(&b',') {
        j += 1;
    }
    if b.get(j) != Some(&b' ') {
        return None;
    }
    // Two digits may have an apostrophe for the century left out, typed or typographic.
    let apostrophe = match b.get(j + 1..) {
        Some([b'\'', ..]) => 1,
        Some([0xE2, 0x80, 0x99, ..]) => 3,
        _ => 0,
    };
    let Some(run) = DigitRun::read(b, j + 1 + apostrophe, b"", 4) else {
        // A century's year in words after digits ("the 12th of March nineteen eighty five").
        let in_words = (apostrophe == 0).then(|| dates_in_words::year_at(b, j + 1)).flatten();
        return in_words.filter(|&(_, digits, _)| digits == 4);
    };
    let digits_ok = run.len == 2 || (run.len == 4 && apostrophe == 0);
    (digits_ok && clean_end(b, run.end)).then_some((run.value as u32, run.len, run.end))
}

/// "12", "12th", "1st": a day number and where it ends.
fn day_at(b: &[u8], s: usize) -> Option<(u32, usize)> {
    let run = DigitRun::read(b, s, b"", 2)?;
    let mut end = run.end;
    let suffix = b.get(end..).and_then(<[u8]>::first_chunk::<2>).map(|x| x.map(|c| c.to_ascii_lowercase()));
    if matches!(suffix, Some([b's', b't'] | [b'n' | b'r', b'd'] | [b't', b'h'])) {
        end += 2;
    }
    (!word_char_at(b, end)).then_some((run.value as u32, end))
}

/// A date of birth starting at the digit `s`, or at a month name just before it.
pub(crate) fn dob(b: &[u8], s: usize) -> Option<Span> {
    if !clean_start(b, s) {
        return None;
    }
    // Each form needs the first group of digits to be of a length it accepts: a date with
    // separators after it, or a day of one or two digits.
    let lead = b[s..].iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    let separated = matches!(b.get(s + lead), Some(b'/' | b'-' | b'.'));
    let after = |n: usize| b.get(s + lead + n).copied().unwrap_or(0);
    let numeric = || match separated {
        true if after(1).is_ascii_alphabetic() => separated_month_name(b, s),
        true => numeric_date(b, s),
        false => None,
    };
    let named = || {
        // A day: one or two digits, then a space or "st", "nd", "rd", "th"; or after a month.
        let then = b.get(s + lead).map(u8::to_ascii_lowercase);
        let day_first = matches!(then, Some(b' ' | b's' | b'n' | b'r' | b't'));
        let after_month = s >= 2 && b[s - 1] == b' ' && (b[s - 2].is_ascii_alphabetic() || b[s - 2] == b'.');
        let dmy = || match day_first {
            true if after(0) == b' ' && after(1).is_ascii_digit() => spaced_date(b, s),
            true => day_month_year(b, s),
            false => None,
        };
        let mdy = || if after_month { month_day_year(b, s) } else { None };
        // A month named in another language of the regions this runs in ("3. Mai 1985", "14
        // juillet 1979", "14 de julio de 1979"): after a space or a German day's full stop.
        let elsewhere = || match after(0) {
            b' ' if may_start_month_elsewhere(after(1), after(2)) => day_month_elsewhere(b, s, lead),
            b'.' | b'e' => day_month_elsewhere(b, s, lead),
            _ => None,
        };
        if lead <= 2 { dmy().or_else(mdy).or_else(elsewhere) } else { None }
    };
    let year = || if lead == 4 && !separated { birth_year(b, s) } else { None };
    // "the fourth of May 1985", "... May, 1985": the day in words, the month's name before the
    // year.
    let in_words = || {
        let end = s.checked_sub(1).filter(|&e| b[e] == b' ' && matches!(lead, 2 | 4))?;
        let end = end - usize::from(end > 0 && b[end - 1] == b',');
        let month = end - letters_before(b, end, 9).len();
        dates_in_words::around_month(b, month).filter(|&(_, e)| e > s)
    };
    let short_year = || if lead == 2 && !separated { short_birth_year(b, s) } else { None };
    let (start, end) = numeric().or_else(named).or_else(year).or_else(in_words).or_else(short_year)?;
    speaks_of_birth(b, start).then_some((start, end))
}

/// A year of birth in two digits after an apostrophe, right after a cue of [`BIRTH_YEAR_CUES`]:
/// "born in '82", "year of birth \u{2019}75"; not "born in the '80s", "since '82".
fn short_birth_year(b: &[u8], s: usize) -> Option<Span> {
    let apostrophe = match b[..s] {
        [.., b'\''] => 1,
        [.., 0xE2, 0x80, 0x99] => 3,
        _ => return None,
    };
    let start = s - apostrophe;
    (birth_year_cue_before(b, start) && clean_end(b, s + 2)).then_some((start, s + 2))
}

/// Whether a cue of [`BIRTH_YEAR_CUES`] ends at `end` (a colon and spaces aside).
fn birth_year_cue_before(b: &[u8], end: usize) -> bool {
    Window::before(b, end, 32).ends_with_phrase_in(&BIRTH_YEAR_CUES, b":")
}

/// What stands right before a year of birth alone (a colon and "is" aside): "born in 1990",
/// "year of birth: 1972", "DOB 1985".
static BIRTH_YEAR_CUES: WordSet =
    WordSet::new(|| set_of(["born", "born in", "of birth", "birth year", "year born", "dob", "yob"]));

/// A year of birth without its day, 1900 to 2099, right after a cue of [`BIRTH_YEAR_CUES`]
/// (and perhaps "is"), with the month before it if there is one: "I'm 34, born in 1990", "my
/// year of birth is 1972", "born in March 1990", "born in feb 1987" (the month and the year).
/// The window of [`dob`] is not enough: "born 12/03/1985, member since 2010" gives no year of
/// birth.
fn birth_year(b: &[u8], s: usize) -> Option<Span> {
    // "19" or "20" settles most numbers of four digits (prices, times, codes).
    if !matches!(b.get(s..s + 2), Some(b"19" | b"20")) {
        return None;
    }
    let run = DigitRun::read(b, s, b"", 4)?;
    if run.len != 4 || !(1900..=2099).contains(&run.value) || !clean_end(b, run.end) {
        return None;
    }
    // The month's word ends where the spaces before the year start.
    let month_end = s - b[..s].iter().rev().take(8).take_while(|c| **c == b' ').count();
    // The month in full or short ("born in March 1990", "born in feb 1987", "Sept. 1990").
    let month = Window::before(b, month_end, 16).last_word(b".");
    let month_start = month_end.saturating_sub(month.len() + usize::from(b[..month_end].ends_with(b".")));
    let start = match month_end < s && month_at(b, month_start).is_some_and(|(_, end)| end == month_end) {
        true => month_start,
        false => s,
    };
    // "born on Christmas Day 1979": the day and the year, in the window of [`dob`].
    if start == s
        && month_end < s
        && let Some(back) = Window::before(b, month_end, 24).phrase_back_from_end(&HOLIDAYS, b",")
    {
        return Some((month_end - back, run.end));
    }
    // "born in 2015 and 2018", "born in 2011, 2013 and 2016": a year joined to one that follows
    // a cue, at most three back.
    let joined = || {
        let mut at = start;
        (0..3).any(|_| match year_joined_before(b, at) {
            Some(year) => {
                at = year;
                birth_year_cue_ends_at(b, year)
            }
            None => false,
        })
    };
    (after_birth_year_cue(b, start) || joined()).then_some((start, run.end))
}

/// A year of birth said in words (1900 to 2099) right after its cue, as a voice bot's
/// transcript gives it: "i was born in nineteen eighty five", "my year of birth is two thousand
/// and one"; not "born in nineteen" or "born in the nineteen eighties".
pub(crate) fn birth_year_in_words(b: &[u8], s: usize) -> Option<Span> {
    let (year, digits, end) = dates_in_words::year_at(b, s)?;
    let whole = digits == 4 && (1900..=2099).contains(&year) && !word_char_at(b, end);
    (whole && after_birth_year_cue(b, s)).then_some((s, end))
}

/// Whether a year starting at `start` stands right after a cue for a year of birth, perhaps
/// with "is" between: "born in |1990", "my year of birth is |1972", "born in Leeds in |1978".
#[inline]
fn after_birth_year_cue(b: &[u8], start: usize) -> bool {
    let before_is = || {
        let end = start - b[..start].iter().rev().take(8).take_while(|c| **c == b' ').count();
        (end >= 3 && b[end - 2..end].eq_ignore_ascii_case(b"is") && b[end - 3] == b' ').then(|| end - 2)
    };
    birth_year_cue_ends_at(b, start) || before_is().is_some_and(|end| birth_year_cue_ends_at(b, end))
}

/// Whether a cue for a year of birth ends at `end` (spaces aside): one of [`BIRTH_YEAR_CUES`],
/// or "born in", a place and "in".
#[inline]
fn birth_year_cue_ends_at(b: &[u8], end: usize) -> bool {
    birth_year_cue_before(b, end) || born_in_a_place(b, end)
}

/// Days known by their name, whose year makes a date of birth: "born on Christmas Day 1979",
/// "born on new years day 2001".
static HOLIDAYS: WordSet = WordSet::new(|| {
    set_of([
        "christmas day",
        "christmas eve",
        "boxing day",
        "new year's day",
        "new years day",
        "new year's eve",
        "new years eve",
        "hogmanay",
        "valentine's day",
        "valentines day",
        "halloween",
        "bonfire night",
        "burns night",
        "st patrick's day",
        "st patricks day",
        "st david's day",
        "st davids day",
        "st andrew's day",
        "st andrews day",
        "st george's day",
        "st georges day",
        "easter sunday",
        "easter monday",
        "good friday",
        "april fool's day",
        "april fools day",
        "leap day",
    ])
});

/// Where a year (1900 to 2099) starts that stands before `at`, joined to it by "and", "&", "or"
/// or a comma: "2015 and |2018".
fn year_joined_before(b: &[u8], at: usize) -> Option<usize> {
    let joint = [&b" and "[..], b" & ", b" or ", b", "].into_iter().find(|j| b[..at].ends_with(j))?;
    let end = at - joint.len();
    let start = end.checked_sub(4)?;
    let year = &b[start..end];
    let digits = year.iter().all(u8::is_ascii_digit) && matches!(&year[..2], b"19" | b"20");
    (digits && clean_start(b, start)).then_some(start)
}

/// Whether "born in", a place of one to three capitalised words and "in" end at `end` (spaces
/// aside): "I was born in Leeds in 1978", "born in Milton Keynes in 1990".
fn born_in_a_place(b: &[u8], end: usize) -> bool {
    let end = end - b[..end].iter().rev().take(8).take_while(|c| **c == b' ').count();
    let Some(mut at) = end.checked_sub(3).filter(|&at| b[at..end].eq_ignore_ascii_case(b" in")) else {
        return false;
    };
    for _ in 0..3 {
        let word = letters_before(b, at, 24);
        if word.is_empty() || !word[0].is_ascii_uppercase() {
            return false;
        }
        at -= word.len();
        if at >= 8 && b[at - 8..at].eq_ignore_ascii_case(b"born in ") {
            return true;
        }
        match at.checked_sub(1) {
            Some(space) if b[space] == b' ' => at = space,
            _ => return false,
        }
    }
    false
}

/// A date of birth of eight digits and no separators, day first or year first ("DOB
/// 05111978", "date of birth: 19781105"), or six, day first ("dob 030487"), right after a cue
/// of [`DAY_MONTH_CUES`] or [`BIRTH_YEAR_CUES`]: such digits are order numbers and accounts
/// anywhere else.
pub(crate) fn compact_dob(b: &[u8], s: usize) -> Option<Span> {
    let run = DigitRun::read(b, s, b"", 8)?;
    if !matches!(run.len, 6 | 8) || !clean_start(b, s) || !clean_end(b, run.end) {
        return None;
    }
    let n = |at: usize, len: usize| b[s + at..s + at + len].iter().fold(0, |v, c| v * 10 + u32::from(c - b'0'));
    let year_digits = run.len - 4;
    let day_first = real_date(n(0, 2), n(2, 2), Some((n(4, year_digits), year_digits)));
    let year_first = run.len == 8 && real_date(n(6, 2), n(4, 2), Some((n(0, 4), 4)));
    let window = Window::before(b, s, 24);
    let cued = window.ends_with_phrase_in(&DAY_MONTH_CUES, b":") || window.ends_with_phrase_in(&BIRTH_YEAR_CUES, b":");
    ((day_first || year_first) && cued).then_some((s, run.end))
}

/// What stands right before a birthday given as a day and a month alone ([`numeric_date`]):
/// "my birthday is 14/02", "DOB: 3/4", "born on 14/02".
static DAY_MONTH_CUES: WordSet = WordSet::new(|| {
    set_of([
        "birthday",
        "birthday is",
        "birthday is on",
        "birthday's",
        "birthday's on",
        "birthday on",
        "bday",
        "bday is",
        "b'day",
        "dob",
        "dob is",
        "of birth",
        "of birth is",
        "birthdate",
        "birthdate is",
        "birth date",
        "birth date is",
        "born on",
    ])
});

/// 12/03/1985, 12-3-85, 12.03.1985 (day first, one separator), 1985-03-12, or a day and a
/// month alone with a slash right after a birthday's cue: "my birthday is 14/02".
fn numeric_date(b: &[u8], s: usize) -> Option<Span> {
    let first = DigitRun::read(b, s, b"", 4)?;
    let sep = *b.get(first.end)?;
    if !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let second = DigitRun::read(b, first.end + 1, b"", 2)?;
    if b.get(second.end) != Some(&sep) {
        // A birthday without its year, with a slash only ("10-12 year olds" is a range), right
        // after its cue ("a 24/7 helpline" a line after a date of birth is none).
        let day_month = sep == b'/' && first.len <= 2 && clean_end(b, second.end);
        let valid = day_month
            && real_date(first.value as u32, second.value as u32, None)
            && Window::before(b, s, 24).ends_with_phrase_in(&DAY_MONTH_CUES, b":");
        return valid.then_some((s, second.end));
    }
    let third = DigitRun::read(b, second.end + 1, b"", 4)?;
    if !clean_end(b, third.end) {
        return None;
    }
    let (a, m, c) = (first.value as u32, second.value as u32, third.value as u32);
    let valid = match (first.len, third.len) {
        (4, 1 | 2) => real_date(c, m, Some((a, 4))),
        (1 | 2, 2 | 4) => real_date(a, m, Some((c, third.len))),
        _ => false,
    };
    valid.then_some((s, third.end))
}

/// The month named by `word` in another language of the regions this runs in: French,
/// German, Spanish, Italian, Portuguese, Dutch and Swedish, and Polish as a date writes it ("3
/// maja"). Those spelled as in English ("april", "september") are English's. By the first
/// letter, then the word.
fn month_elsewhere(word: &[u8]) -> Option<u32> {
    if !(3..=14).contains(&word.len()) {
        return None;
    }
    let names: &[(&str, u32)] = match word[0] | 0x20 {
        b'a' => &[
            ("avril", 4),
            ("abril", 4),
            ("aprile", 4),
            ("ao\u{fb}t", 8),
            ("aout", 8),
            ("agosto", 8),
            ("augustus", 8),
            ("augusti", 8),
        ],
        b'c' => &[("czerwca", 6)],
        b'd' => &[
            ("d\u{e9}cembre", 12),
            ("decembre", 12),
            ("dezember", 12),
            ("diciembre", 12),
            ("dicembre", 12),
            ("dezembro", 12),
        ],
        b'e' => &[("enero", 1)],
        b'f' => &[
            ("f\u{e9}vrier", 2),
            ("fevrier", 2),
            ("februar", 2),
            ("febrero", 2),
            ("febbraio", 2),
            ("fevereiro", 2),
            ("februari", 2),
        ],
        b'g' => &[("gennaio", 1), ("giugno", 6), ("grudnia", 12)],
        b'j' => &[
            ("janvier", 1),
            ("januar", 1),
            ("janeiro", 1),
            ("januari", 1),
            ("juin", 6),
            ("juni", 6),
            ("junio", 6),
            ("junho", 6),
            ("juillet", 7),
            ("juli", 7),
            ("julio", 7),
            ("julho", 7),
        ],
        b'k' => &[("kwietnia", 4)],
        b'l' => &[("lutego", 2), ("luglio", 7), ("lipca", 7), ("listopada", 11)],
        b'm' => &[
            ("mars", 3),
            ("m\u{e4}rz", 3),
            ("maerz", 3),
            ("marzo", 3),
            ("mar\u{e7}o", 3),
            ("maart", 3),
            ("marca", 3),
            ("mai", 5),
            ("mayo", 5),
            ("maggio", 5),
            ("maio", 5),
            ("mei", 5),
            ("maj", 5),
            ("maja", 5),
        ],
        b'n' => &[("novembre", 11), ("noviembre", 11), ("novembro", 11)],
        b'o' => &[("octobre", 10), ("oktober", 10), ("octubre", 10), ("ottobre", 10), ("outubro", 10)],
        b'p' => &[("pa\u{17a}dziernika", 10)],
        b's' => {
            &[("stycznia", 1), ("sierpnia", 8), ("septembre", 9), ("septiembre", 9), ("settembre", 9), ("setembro", 9)]
        }
        b'w' => &[("wrze\u{15b}nia", 9)],
        _ => return None,
    };
    names.iter().find(|(name, _)| name.as_bytes().eq_ignore_ascii_case(word)).map(|&(_, month)| month)
}

/// A day and a month named in another language ([`month_elsewhere`]), perhaps with its year:
/// "3. Mai 1985", "14 juillet 1979", "1er mai 1985", "14 de julio de 1979". Out of line: asked
/// only where a day's number is followed by a word that is no English month.
#[inline(never)]
fn day_month_elsewhere(b: &[u8], s: usize, lead: usize) -> Option<Span> {
    let mut i = s + lead;
    for part in [&b"er"[..], b".", b" "] {
        if b[i..].starts_with(part) {
            i += part.len();
        }
    }
    if b[i - 1] != b' ' {
        return None;
    }
    if eq_ignore_case(b, i, b"de ") {
        i += 3;
    }
    let len = b[i..].iter().take(16).take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
    let month = month_elsewhere(&b[i..i + len])?;
    let day = b[s..s + lead].iter().fold(0, |day, d| day * 10 + u32::from(d - b'0'));
    let month_end = i + len;
    let year_from = if eq_ignore_case(b, month_end, b" de ") { month_end + 3 } else { month_end };
    match year_after(b, year_from) {
        Some((y, 4, end)) => real_date(day, month, Some((y, 4))).then_some((s, end)),
        _ => (real_date(day, month, None) && clean_end(b, month_end)).then_some((s, month_end)),
    }
}

/// Whether a word starting with the bytes `first` and `second` may name a month in another
/// language ([`month_elsewhere`]) or be the "de" before one: the cheap test at each day's
/// number before a word. Non-ASCII second bytes are UTF-8 lead bytes ("f\u{e9}vrier",
/// "m\u{e4}rz").
#[inline(always)]
fn may_start_month_elsewhere(first: u8, second: u8) -> bool {
    matches!(
        [first | 0x20, second | 0x20],
        [b'a', b'v' | b'b' | b'p' | b'o' | b'g' | b'u']
            | [b'c', b'z']
            | [b'd', b'e' | b'i' | 0xE3]
            | [b'e', b'n']
            | [b'f', b'e' | 0xE3]
            | [b'g', b'e' | b'i' | b'r']
            | [b'j', b'a' | b'u']
            | [b'k', b'w']
            | [b'l', b'u' | b'i']
            | [b'm', b'a' | b'e' | 0xE3]
            | [b'n', b'o']
            | [b'o', b'c' | b'k' | b't' | b'u']
            | [b'p', b'a']
            | [b's', b't' | b'i' | b'e']
            | [b'w', b'r']
    )
}

/// 12 March 1985, 12th of March, 1 Mar 85.
fn day_month_year(b: &[u8], s: usize) -> Option<Span> {
    let (day, day_end) = day_at(b, s)?;
    let mut i = day_end;
    if b.get(i) != Some(&b' ') {
        return None;
    }
    i += 1;
    if b.get(i..i + 3).is_some_and(|x| x.eq_ignore_ascii_case(b"of ")) {
        i += 3;
    }
    let (month, month_end) = month_at(b, i).or_else(|| ordinal_month_at(b, i))?;
    match year_after(b, month_end) {
        Some((y, len, end)) => real_date(day, month, Some((y, len))).then_some((s, end)),
        None => (real_date(day, month, None) && clean_end(b, month_end)).then_some((s, month_end)),
    }
}

/// "the 4th": a month said by its number, as in "the 3rd of the 4th 79", with the ordinal's
/// ending, where it stands after a day and "of".
fn ordinal_month_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let at = i + 4;
    if !b.get(i..at).is_some_and(|the| the.eq_ignore_ascii_case(b"the ")) {
        return None;
    }
    let (month, end) = day_at(b, at)?;
    let ordinal = end > at && b[end - 1].is_ascii_alphabetic();
    (ordinal && (1..=12).contains(&month)).then_some((month, end))
}

/// 12-Apr-1990, 12/Apr/90, 12.April.1990: a day, the month's name and the year, each after the
/// same separator (the form of a booking system's export or a form's field).
fn separated_month_name(b: &[u8], s: usize) -> Option<Span> {
    let day = DigitRun::read(b, s, b"", 2)?;
    let sep = *b.get(day.end)?;
    let (month, mut month_end) = month_at(b, day.end + 1)?;
    // A month's full stop ("Feb.") is the separator itself here.
    if sep == b'.' && b[month_end - 1] == b'.' {
        month_end -= 1;
    }
    if b.get(month_end) != Some(&sep) {
        return None;
    }
    let year = DigitRun::read(b, month_end + 1, b"", 4)?;
    let valid = matches!(year.len, 2 | 4)
        && clean_end(b, year.end)
        && real_date(day.value as u32, month, Some((year.value as u32, year.len)));
    valid.then_some((s, year.end))
}

/// 12 04 1990, 3 7 85: day, month and year apart by one space each (as a voice transcript or a
/// form without separators gives them).
fn spaced_date(b: &[u8], s: usize) -> Option<Span> {
    let day = DigitRun::read(b, s, b"", 2)?;
    let month = (b.get(day.end) == Some(&b' ')).then(|| DigitRun::read(b, day.end + 1, b"", 2)).flatten()?;
    let year = (b.get(month.end) == Some(&b' ')).then(|| DigitRun::read(b, month.end + 1, b"", 4)).flatten()?;
    let valid = matches!(year.len, 2 | 4)
        && clean_end(b, year.end)
        && real_date(day.value as u32, month.value as u32, Some((year.value as u32, year.len)));
    valid.then_some((s, year.end))
}

/// March 12, 1985 / March 12th: the month name stands before the day at `s`.
fn month_day_year(b: &[u8], s: usize) -> Option<Span> {
    if s < 2 || b[s - 1] != b' ' {
        return None;
    }
    let word_len = b[..s - 1].iter().rev().take(10).take_while(|c| c.is_ascii_alphabetic() || **c == b'.').count();
    let month_start = s - 1 - word_len;
    let (month, month_end) = month_at(b, month_start)?;
    if month_end != s - 1 || !clean_start(b, month_start) {
        return None;
    }
    let (day, day_end) = day_at(b, s)?;
    match year_after(b, day_end) {
        Some((y, len, end)) => real_date(day, month, Some((y, len))).then_some((month_start, end)),
        None => real_date(day, month, None).then_some((month_start, day_end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Option<&str> {
        let b = text.as_bytes();
        let s = b.iter().position(u8::is_ascii_digit)?;
        dob(b, s).map(|(a, z)| &text[a..z])
    }

    #[test]
    fn a_birthday_that_is_an_event_dates_a_booking() {
        for text in [
            "Can I book a birthday party on 12/03/2026?",
            "I'm looking for a vegan birthday cake for 20 people. Is the 12/03/2026 slot free?",
            "birthday party bookings? Can I book for April 2nd?",
            "a birthday meal for 6 on 14th June 2026",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
        // Someone's birthday, or a word of birth beside the event, is a date of birth.
        for (text, want) in [
            ("it's my son's birthday on 14th June, do you do cakes?", "14th June"),
            ("birthday party - my dob is 12/03/1985", "12/03/1985"),
            ("the birthday girl was born 12/03/2019", "12/03/2019"),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
    }

    #[test]
    fn an_age_turned_on_a_date_gives_the_date_of_birth() {
        // The date after " on ".
        let on = |text: &'static str| {
            let s = text.find(" on ")? + 4;
            dob(text.as_bytes(), s).map(|(a, z)| &text[a..z])
        };
        assert_eq!(on("my son turns 18 on 02/03/2026, can he get a railcard?"), Some("02/03/2026"));
        assert_eq!(on("turning 30 on 12 march!"), Some("12 march"));
        assert_eq!(on("she turned 21 on 12.03.2025"), Some("12.03.2025"));
        // About to be the age.
        assert_eq!(on("I'll be 40 on 12 March, can I book the room?"), Some("12 March"));
        assert_eq!(on("she will be 7 on 3rd June"), Some("3rd June"));
        assert_eq!(on("He\u{2019}ll be 18 on 02/03/2026"), Some("02/03/2026"));
        for not in [
            "the parcel turns up on 5th november",
            "return 18 on 12/03/2026",
            "turn 18a on 12/03/2026",
            "it'll be 20 on 12 March",
            "there will be 40 on 12 March",
            "I'll be 1000 on 12 March",
        ] {
            assert_eq!(on(not), None, "{not}");
        }
    }

    #[test]
    fn a_month_said_by_its_ordinal() {
        assert_eq!(find("dob 3rd of the 4th 1979"), Some("3rd of the 4th 1979"));
        assert_eq!(find("my date of birth is the 3rd of the 4th, '79"), Some("3rd of the 4th, '79"));
        assert_eq!(find("born on the 21st of the 12th 2001"), Some("21st of the 12th 2001"));
        assert_eq!(find("dob 3rd of the 13th 1979"), None);
        assert_eq!(find("dob 3rd of the 4 1979"), None);
        assert_eq!(find("dob 31st of the 4th 1979"), None);
    }

    #[test]
    fn dates_of_birth_in_every_common_form() {
        assert_eq!(find("my DOB is 12/03/1985"), Some("12/03/1985"));
        assert_eq!(find("born 1985-03-12."), Some("1985-03-12"));
        assert_eq!(find("date of birth: 3.7.92"), Some("3.7.92"));
        assert_eq!(find("I was born on the 12th of March 1985"), Some("12th of March 1985"));
        // A century's year in words after a day in digits; not a number of years.
        assert_eq!(
            find("I was born on the 12th of march nineteen eighty five"),
            Some("12th of march nineteen eighty five")
        );
        assert_eq!(find("born 4th July two thousand and one"), Some("4th July two thousand and one"));
        assert_eq!(find("born 12th March twenty years ago"), Some("12th March"));
        assert_eq!(find("birthday is March 12, 1985"), Some("March 12, 1985"));
        assert_eq!(find("dob 29 Feb 2000"), Some("29 Feb 2000"));
        assert_eq!(find("my birthday is 14/02"), Some("14/02"));
        assert_eq!(find("his bday is 3/4."), Some("3/4"));
        // The typographic apostrophe phones type.
        assert_eq!(find("my b\u{2019}day is 12/03/1985"), Some("12/03/1985"));
        assert_eq!(find("my birthday\u{2019}s 14/02"), Some("14/02"));
        assert_eq!(find("my date of birth is 12 04 1990"), Some("12 04 1990"));
        assert_eq!(find("DOB 3 7 85, thanks"), Some("3 7 85"));
        assert_eq!(find("DOB 12-Apr-90"), Some("12-Apr-90"));
        assert_eq!(find("DOB: 12-APR-1990"), Some("12-APR-1990"));
        assert_eq!(find("dob 12/April/1990"), Some("12/April/1990"));
        assert_eq!(find("dob 1.Feb.1990."), Some("1.Feb.1990"));
        assert_eq!(find("born on 12th June."), Some("12th June"));
        assert_eq!(find("born on 12 Feb."), Some("12 Feb."));
        // Two digits of the year after an apostrophe, typed or typographic.
        assert_eq!(find("born on 3rd March '85"), Some("3rd March '85"));
        assert_eq!(find("born March 3rd \u{2019}85!"), Some("March 3rd \u{2019}85"));
        assert_eq!(find("born 3 March '1985"), Some("3 March"));
        // The words of birth in the EU regions' languages.
        assert_eq!(find("Date de naissance : 12/03/1985"), Some("12/03/1985"));
        assert_eq!(find("N\u{e9}e le 12/03/1985 \u{e0} Lyon"), Some("12/03/1985"));
        assert_eq!(find("Geburtsdatum 03.12.1985"), Some("03.12.1985"));
        assert_eq!(find("Max Muster, geb. 03.12.1985"), Some("03.12.1985"));
        assert_eq!(find("fecha de nacimiento 03/12/1985"), Some("03/12/1985"));
        assert_eq!(find("data di nascita: 3/12/1985"), Some("3/12/1985"));
        assert_eq!(find("geboortedatum 03-12-1985"), Some("03-12-1985"));
        assert_eq!(find("data urodzenia 03.12.1985"), Some("03.12.1985"));
        assert_eq!(find("f\u{f6}delsedatum 1985-12-03"), Some("1985-12-03"));
        // ... and the months' names.
        assert_eq!(find("Mein Geburtsdatum ist der 3. Mai 1985"), Some("3. Mai 1985"));
        assert_eq!(find("Geburtsdatum: 14. M\u{e4}rz 1979"), Some("14. M\u{e4}rz 1979"));
        assert_eq!(find("Je suis n\u{e9} le 14 juillet 1979"), Some("14 juillet 1979"));
        assert_eq!(find("je suis n\u{e9}e le 1er f\u{e9}vrier 1985"), Some("1er f\u{e9}vrier 1985"));
        assert_eq!(find("fecha de nacimiento: 14 de julio de 1979"), Some("14 de julio de 1979"));
        assert_eq!(find("data di nascita 14 luglio 1979"), Some("14 luglio 1979"));
        assert_eq!(find("geboortedatum 14 juli 1979"), Some("14 juli 1979"));
        assert_eq!(find("data urodzenia 3 wrze\u{15b}nia 1985"), Some("3 wrze\u{15b}nia 1985"));
        assert_eq!(find("f\u{f6}delsedatum 14 augusti"), Some("14 augusti"));
        assert_eq!(find("Je suis n\u{e9} le 31 f\u{e9}vrier 1979"), None);
        assert_eq!(find("Livraison le 14 juillet 2026"), None);
        assert_eq!(find("I'll have 3 mai tai cocktails"), None);
        // No birth in sight: a delivery date, an appointment, a date after a date of birth's
        // placeholder (as a pass after the first reads it).
        assert_eq!(find("geb. [DOB], Lieferung am 14.12.2026"), None);
        assert_eq!(find("DOB [DOB] and 12/03/1985"), None);
        assert_eq!(find("Lieferdatum 03.12.2026"), None);
        assert_eq!(find("rendez-vous le 12/03/2026"), None);
    }

    #[test]
    fn not_dates_in_the_spaced_or_separated_forms() {
        assert_eq!(find("dob 31 04 1990"), None);
        assert_eq!(find("dob 12 13 1990"), None);
        assert_eq!(find("dob 12 04 199"), None);
        assert_eq!(find("dob 12 04 19901"), None);
        assert_eq!(find("dob 12 04  1990"), None);
        assert_eq!(find("dob 12-Apr/1990"), None);
        assert_eq!(find("dob 30-Feb-1990"), None);
        assert_eq!(find("dob 12-Apr-1990x"), None);
        assert_eq!(find("dob 12-Aprilx-1990"), None);
        // No birth in sight.
        assert_eq!(find("delivered 12 04 2026"), None);
        assert_eq!(find("delivered 12-Apr-2026"), None);
    }

    #[test]
    fn a_day_and_a_month_alone_only_with_a_slash() {
        assert_eq!(find("birthday party for 10-12 year olds"), None);
        assert_eq!(find("birthday party at 1.05"), None);
        assert_eq!(find("birthday 31/02"), None);
        assert_eq!(find("birthday cake for 8/15 guests"), None);
        assert_eq!(find("birthday budget 12/3/"), None);
        assert_eq!(find("appointment on 14/02"), None);
        assert_eq!(find("date of birth: see above\nis there a 24/7 helpline?"), None);
        assert_eq!(find("my birthday is on Friday, can I book 14/02?"), None);
        assert_eq!(find("DOB: 3/4"), Some("3/4"));
        assert_eq!(find("born on 14/02"), Some("14/02"));
    }

    #[test]
    fn a_year_of_birth_after_a_day_known_by_its_name() {
        assert_eq!(find("I was born on Christmas Day 1979"), Some("Christmas Day 1979"));
        assert_eq!(find("born on new years day 2001"), Some("new years day 2001"));
        assert_eq!(find("born on Valentine\u{2019}s day 1990 in Leeds"), Some("Valentine\u{2019}s day 1990"));
        assert_eq!(find("dob: st patrick's day, 1984"), Some("st patrick's day, 1984"));
        assert_eq!(find("We got engaged on Christmas Day 2019"), None);
    }

    #[test]
    fn years_of_birth_right_after_their_cue() {
        assert_eq!(find("I'm thirty-four, born in 1990"), Some("1990"));
        assert_eq!(find("born 1985, is that too old?"), Some("1985"));
        assert_eq!(find("my year of birth is 1972"), Some("1972"));
        assert_eq!(find("I was born in '82, so I'm 44"), Some("'82"));
        assert_eq!(find("year of birth \u{2019}75"), Some("\u{2019}75"));
        assert_eq!(find("born in the '80s"), None);
        assert_eq!(find("a member since '82"), None);
        assert_eq!(find("YOB: 1972"), Some("1972"));
        assert_eq!(find("DOB 1985"), Some("1985"));
        assert_eq!(find("I was born in March 1990"), Some("March 1990"));
        assert_eq!(find("born in feb 1987, so 39 now"), Some("feb 1987"));
        assert_eq!(find("born in Sept. 1990"), Some("Sept. 1990"));
        assert_eq!(find("born in the spring of 1987"), None);
        assert_eq!(find("born in March  1990"), Some("March  1990"));
        // Not right after the cue, no year, no year of birth.
        assert_eq!(find("born 12/03/1985, member since 2010"), Some("12/03/1985"));
        assert_eq!(find("born on a Tuesday, member since 2010"), None);
        assert_eq!(find("born in the 1990s"), None);
        assert_eq!(find("born in 1850"), None);
        assert_eq!(find("born in 19900"), None);
        assert_eq!(find("my birthday is on the 2024 calendar"), None);
        assert_eq!(find("this 1972 model"), None);
    }

    #[test]
    fn years_of_birth_said_in_words_after_their_cue() {
        fn find(text: &str) -> Option<&str> {
            let starts = (0..text.len()).filter(|&i| i == 0 || text.as_bytes()[i - 1] == b' ');
            starts.filter_map(|i| birth_year_in_words(text.as_bytes(), i)).next().map(|(s, e)| &text[s..e])
        }
        assert_eq!(find("i was born in nineteen eighty five"), Some("nineteen eighty five"));
        assert_eq!(find("born in nineteen eighty-five"), Some("nineteen eighty-five"));
        assert_eq!(find("my year of birth is two thousand and one, why"), Some("two thousand and one"));
        assert_eq!(find("born twenty twelve"), Some("twenty twelve"));
        assert_eq!(find("dob nineteen oh five"), Some("nineteen oh five"));
        for text in ["born in nineteen", "born in ninety two", "i started in nineteen eighty five", "born in twenty"] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn years_of_birth_joined_to_one_after_a_cue() {
        let last =
            |text: &'static str| birth_year(text.as_bytes(), text.rfind("20").unwrap()).map(|(s, e)| &text[s..e]);
        assert_eq!(last("my kids were born in 2015 and 2018"), Some("2018"));
        assert_eq!(last("born in 2011, 2013 & 2016"), Some("2016"));
        assert_eq!(last("years of birth: 1998 or 2001"), Some("2001"));
        assert_eq!(last("in the years 1998 or 2001"), None, "no cue");
        assert_eq!(last("born in 1990, moved in 2010"), None);
        assert_eq!(last("from 2015 and 2018"), None);
        assert_eq!(last("born in 1990 and 2001 and 2002 and 2003 and 2004"), None, "three back at most");
    }

    #[test]
    fn a_year_of_birth_after_the_place_of_birth() {
        assert_eq!(find("I was born in Leeds in 1978"), Some("1978"));
        assert_eq!(find("born in Milton Keynes in 1990, is that ok"), Some("1990"));
        assert_eq!(find("born in Leeds, moved in 1998"), None);
        assert_eq!(find("born in leeds in 1978"), None);
        assert_eq!(find("we lived in Leeds in 1978"), None);
    }

    #[test]
    fn six_or_eight_digits_right_after_a_cue() {
        let compact = |text: &'static str| {
            let s = text.find(|c: char| c.is_ascii_digit())?;
            compact_dob(text.as_bytes(), s).map(|(a, z)| &text[a..z])
        };
        assert_eq!(compact("birth date 05111978"), Some("05111978"));
        assert_eq!(compact("DOB: 19781105"), Some("19781105"));
        assert_eq!(compact("my dob is 29021988"), Some("29021988"));
        assert_eq!(compact("dob 030487"), Some("030487"));
        for not in [
            "order 05111978",
            "dob 31041990",
            "dob 12345678",
            "dob 051119780",
            "DOB 0511-1978",
            "dob 310487",
            "ref 030487",
        ] {
            assert_eq!(compact(not), None, "{not}");
        }
    }

    #[test]
    fn not_dates_of_birth() {
        assert_eq!(find("appointment on 12/03/2026"), None);
        assert_eq!(find("dob 31/02/1985"), None);
        assert_eq!(find("dob 29 Feb 2001"), None);
        assert_eq!(find("dob 12/13/1985"), None);
    }
}
