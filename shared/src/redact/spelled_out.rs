//! What a voice bot's transcript writes when the caller says it one character at a time.
//!
//! Numbers said digit by digit: "oh seven seven double oh nine double oh one two three", "plus
//! four four seven seven ...", "four one one one, one one one one, ...", and codes said letter
//! and digit: "s w one a one a a", "a b one two three four five six c". No group of digits
//! stands in them (a digit alone may: "n w 1 6 x e"), so no numeric recognizer sees them.
//! [`number_at`] reads such a run into the characters it says; the scan then lets the
//! recognizers read those as typed after the same words (`scan::spelled_out`), so a spoken
//! number is a phone number, a card, an NHS number, a bank account, a postcode or an NI number
//! by the same rules and context as a typed one.
//!
//! Digits written one at a time ("4 3 2 1 8 7 6 5") are read the same way
//! ([`digits_one_at_a_time`]).
//!
//! Words spelled letter by letter: "my surname is williams, that's w i l l i a m s", "it's
//! spelt k-o-w-a-l-c-z-y-k". The name beside it is found by its cue; the spelling would give
//! it away again ([`spelled_at`]).

use super::number_words::{self, word_at};
use super::numbers::Span;
use super::text::{Window, apostrophe_before, eq_ignore_case, offset_in, word_char_at, word_char_before};
use super::words::{WordSet, set_of};
use std::ops::Range;

/// The most characters a spoken number is read to: a card's nineteen digits, and a few more.
pub(crate) const MAX_DIGITS: usize = 24;

/// The fewest digits read as a number where digits are typed among them: a sort code's six.
/// Shorter runs ("1 2 3", "2 double rooms") are counts and lists.
const MIN_DIGITS: usize = 6;

/// The fewest digits said in words read as a number: a card's security code's three ("the
/// security code is one two three"), which the recognizers take only after its cue, as they
/// take a card's expiry ("expiry oh nine two seven"); they find nothing in the counts, times
/// and answers that shorter runs are.
const MIN_SAID_DIGITS: usize = 3;

/// A number or code said one character at a time: the characters it says (digits, letters in
/// capitals, and a "+" for "plus") and, for each, the span of the words it came from ("double
/// oh" gives two zeros, both from its two words).
#[derive(Default)]
pub(crate) struct SpokenNumber {
    chars: [u8; MAX_DIGITS],
    spans: [Span; MAX_DIGITS],
    len: usize,
    /// Bit `n` set where character `n` is the word "o", a zero or the letter ("s o one four":
    /// Southampton's SO14).
    said_o: u32,
}

impl SpokenNumber {
    /// Where the words of the characters `first..=last` start and end in the text.
    pub(crate) fn span_of(&self, first: usize, last: usize) -> Span {
        (self.spans[first].0, self.spans[last].1)
    }

    /// The characters as said.
    pub(crate) fn typed(&self) -> &[u8] {
        &self.chars[..self.len]
    }

    /// Where the last word ends.
    pub(crate) fn end(&self) -> usize {
        self.spans[self.len - 1].1
    }

    /// The ways to type it, most likely first, each as the range of its characters and the
    /// characters: as said, with each "o" a zero; with each "o" the letter; without the letters
    /// before its first digit or after its last ("a zero seven seven ...", "... four five six
    /// x": an article, a kiss, an "I" starting the next clause are no part of it). On the
    /// stack: a PII-free message allocates nothing.
    pub(crate) fn readings(&self) -> impl Iterator<Item = (Range<usize>, [u8; MAX_DIGITS])> {
        let mut with_letter_o = self.chars;
        for (n, c) in with_letter_o.iter_mut().enumerate().take(self.len) {
            if self.said_o >> n & 1 != 0 {
                *c = b'O';
            }
        }
        let typed = &self.chars[..self.len];
        let first_digit = typed.iter().position(u8::is_ascii_digit).unwrap_or(0);
        let past_last_digit = typed.iter().rposition(u8::is_ascii_digit).map_or(self.len, |p| p + 1);
        let letter_o = (self.said_o != 0).then_some((0..self.len, with_letter_o));
        let digits_only = (first_digit > 0 || past_last_digit < self.len)
            .then_some((first_digit..past_last_digit, self.chars))
            .filter(|(range, _)| !range.is_empty());
        [Some((0..self.len, self.chars)), letter_o, digits_only].into_iter().flatten()
    }

    fn push(&mut self, c: u8, times: usize, span: Span) -> Option<()> {
        if self.len + times > MAX_DIGITS {
            return None;
        }
        for _ in 0..times {
            self.chars[self.len] = c;
            self.spans[self.len] = span;
            self.len += 1;
        }
        Some(())
    }
}

/// The digit a word says ("zero", "oh", "o", "nought", "one" ... "nine"), in any case; `word`
/// is ASCII letters.
fn digit_of(word: &[u8]) -> Option<u8> {
    if word.is_empty() || word.len() > 6 {
        return None;
    }
    let mut lower = [0; 6];
    for (l, c) in lower.iter_mut().zip(word) {
        *l = c | 0x20;
    }
    Some(match &lower[..word.len()] {
        b"zero" | b"oh" | b"o" | b"nought" => b'0',
        b"one" => b'1',
        b"two" => b'2',
        b"three" => b'3',
        b"four" => b'4',
        b"five" => b'5',
        b"six" => b'6',
        b"seven" => b'7',
        b"eight" => b'8',
        b"nine" => b'9',
        _ => return None,
    })
}

/// Digits written one at a time, a space between each ("4 3 2 1 8 7 6 5", as speech to text
/// may write a number read out slowly), from the digit at `i`, the first of them: each a token
/// of its own, [`MIN_DIGITS`] to [`MAX_DIGITS`] of them. The recognizers read them as they read
/// a spoken number, as typed together after the same words.
pub(crate) fn digits_one_at_a_time(b: &[u8], i: usize) -> Option<SpokenNumber> {
    let mut number = SpokenNumber::default();
    let mut at = i;
    while b.get(at).is_some_and(u8::is_ascii_digit) && !b.get(at + 1).is_some_and(u8::is_ascii_alphanumeric) {
        number.push(b[at], 1, (at, at + 1))?;
        if b.get(at + 1) != Some(&b' ') {
            break;
        }
        at += 2;
    }
    (number.len >= MIN_DIGITS).then_some(number)
}

/// Whether `word` (ASCII letters) may start something said one character at a time: a single
/// letter, a digit's word, a number from 10 to 99, "double", "triple" or "plus". Always
/// inlined: it is asked at most short words, and out of line it cost 0.2% more instructions
/// on PII-free messages.
#[inline(always)]
pub(crate) fn may_start(word: &[u8]) -> bool {
    let Some(&first) = word.first() else { return false };
    word.len() == 1
        || (matches!(first | 0x20, b'z' | b'o' | b'n' | b't' | b'f' | b's' | b'e' | b'd' | b'p')
            && (digit_of(word).is_some() || may_say_ten_to_ninety_nine(word)))
        || times_said(word) > 1
        || word.eq_ignore_ascii_case(b"plus")
}

/// Whether `word` says a number from 10 to 99 ([`number_words::is_ten_to_ninety`]), which may
/// open a number said aloud ("twenty, double oh, oh one"): its last two letters ("-ty", "-en",
/// "-ve") settle most words in line, the rest are looked up out of line.
#[inline(always)]
fn may_say_ten_to_ninety_nine(word: &[u8]) -> bool {
    let last_two = word.len().checked_sub(2).map(|n| [word[n] | 0x20, word[n + 1] | 0x20]);
    matches!(last_two, Some([b't', b'y'] | [b'e', b'n'] | [b'v', b'e'])) && number_words::is_ten_to_ninety(word)
}

/// How many times `word` says the character after it: twice for "double", three times for
/// "triple", once for any other word.
fn times_said(word: &[u8]) -> usize {
    if word.eq_ignore_ascii_case(b"double") {
        2
    } else if word.eq_ignore_ascii_case(b"triple") {
        3
    } else {
        1
    }
}

/// The character a word says: a digit's ("oh", "seven") or a single letter's, in capitals.
fn character_of(word: &[u8]) -> Option<u8> {
    digit_of(word).or_else(|| (word.len() == 1).then(|| word[0].to_ascii_uppercase()))
}

/// Where the next word or group of digits starts after one ending at `end`: past one space, a
/// comma and a space, or a hyphen ("seven-seven"), as a transcript separates the digits it
/// heard.
fn next_word(b: &[u8], end: usize) -> Option<usize> {
    match b.get(end..)? {
        [b' ' | b'-', c, ..] if c.is_ascii_alphanumeric() => Some(end + 1),
        [b',', b' ', c, ..] if c.is_ascii_alphanumeric() => Some(end + 2),
        _ => None,
    }
}

/// The group of digits at `i` and where it ends; none where a letter is glued on ("4th") or it
/// is longer than a number read here.
fn digit_group_at(b: &[u8], i: usize) -> Option<usize> {
    let len = b.get(i..)?.iter().take(MAX_DIGITS + 1).take_while(|c| c.is_ascii_digit()).count();
    (len > 0 && len <= MAX_DIGITS && !word_char_at(b, i + len)).then_some(i + len)
}

/// The number or code said one character at a time from the word starting at `i` (which the
/// caller has checked starts a word), of at most [`MAX_DIGITS`] characters: digit words,
/// "double" and "triple" before one, "hundred" after one (two zeros: "oh eight hundred"), "dash"
/// or "hyphen" between two (nothing), a number from 10 to 99 after one (its two digits),
/// single letters, a first "plus"; at least [`MIN_SAID_DIGITS`] digits, or letters and digits
/// together, five to nine of them (a postcode, an NI number:
/// "s w one a one a a"). `None` where fewer are said, or more (no one number).
pub(crate) fn number_at(b: &[u8], i: usize) -> Option<SpokenNumber> {
    // Most words are none of these: settle them on their first letter.
    // "it's s o one four ...": the "s" after an apostrophe belongs to the word before.
    let (first, first_end) = word_at(b, i);
    if apostrophe_before(b, i).is_some() || !may_start(first) {
        return None;
    }
    let mut number = SpokenNumber::default();
    let mut at = i;
    if first.eq_ignore_ascii_case(b"plus") {
        number.push(b'+', 1, (at, first_end))?;
        at = next_word(b, first_end)?;
    }
    read_on::<false>(b, at, &mut number)?;
    let typed = &number.chars[..number.len];
    let digits = typed.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = typed.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let code = letters > 0 && digits > 0 && (5..=9).contains(&number.len);
    (digits >= MIN_SAID_DIGITS || code).then_some(number)
}

/// A number said partly in groups of digits and partly in words, as speech to text writes a
/// number read out with a "double" in it: "07700 9 double 0 123", "0 7 7 0 0 nine double oh 1 2
/// 3", "oh 7 7 0 0 9 double 0 1 2 3". Read from the first of the groups of digits and digits'
/// words, apart by single spaces, that end with the group at `i` (which the caller has checked
/// starts one), on through the words after it; at least one of them a digit's word, "double"
/// or "triple" (the word after the group, which ends at `end`), and [`MIN_DIGITS`] digits in
/// all, no letters.
pub(crate) fn digits_and_words(b: &[u8], i: usize, end: usize) -> Option<SpokenNumber> {
    // Most words after a number ("2 items", "3 of", "10 am") say no digit: settled first, most
    // on their first two letters.
    let Some(&[c0, c1]) = b.get(end + 1..end + 3) else { return None };
    if !matches!(
        [c0 | 0x20, c1 | 0x20],
        [b'z', b'e']
            | [b'o', b'h' | b'n' | b' ' | b',' | b'.']
            | [b'n', b'o' | b'i']
            | [b't', b'w' | b'h' | b'r']
            | [b'f', b'o' | b'i']
            | [b's', b'i' | b'e']
            | [b'e', b'i']
            | [b'd', b'o']
    ) {
        return None;
    }
    let (next, _) = word_at(b, end + 1);
    if digit_of(next).is_none() && times_said(next) == 1 {
        return None;
    }
    let mut start = i;
    // Back over the groups and digits' words before ("oh 7 7 0 0 9 double 0 ..."): as many
    // characters as a number holds at most.
    while start >= 2 && b[start - 1] == b' ' && i - start < 2 * MAX_DIGITS {
        let len = b[..start - 1].iter().rev().take(MAX_DIGITS + 1).take_while(|c| c.is_ascii_alphanumeric()).count();
        let token = &b[start - 1 - len..start - 1];
        // Not past punctuation: "Caller: 07700 900 four five six" reads from "07700".
        if len == 0
            || !(token.iter().all(u8::is_ascii_digit) || digit_of(token).is_some())
            || word_char_before(b, start - 1 - len)
        {
            break;
        }
        start -= 1 + len;
    }
    let mut number = SpokenNumber::default();
    let words = read_on::<true>(b, start, &mut number)?;
    let typed = number.typed();
    (words && typed.len() >= MIN_DIGITS && typed.iter().all(u8::is_ascii_digit)).then_some(number)
}

/// Reads on from `at` into `number` the characters said one at a time, each a word or, where
/// `GROUPS` are read, a group of digits; answers whether any was a word, or `None` where more
/// than [`MAX_DIGITS`] characters are said (no one number). A number said in words takes no
/// group of digits after it: "account seven three two four nine one five eight 72 Dean
/// Street" ends before the house number.
fn read_on<const GROUPS: bool>(b: &[u8], mut at: usize, number: &mut SpokenNumber) -> Option<bool> {
    let mut words = false;
    loop {
        let group = if GROUPS { digit_group_at(b, at) } else { digit_among_words(b, at) };
        let end = if let Some(end) = group {
            for (d, &digit) in b[at..end].iter().enumerate() {
                number.push(digit, 1, (at + d, at + d + 1))?;
            }
            end
        } else {
            let Some(end) = said_word(b, at, number)? else { break };
            words = true;
            end
        };
        match next_word(b, end) {
            Some(next) => at = next,
            None => break,
        }
    }
    Some(words)
}

/// A digit typed alone among words that say characters, at `at`, where they go on after it
/// ("n w one 6 x e", "n w 1 6 x e"): where it ends. Not the last of them, which may be a
/// quantity after the number ("s w one a one a a 2 bedrooms").
fn digit_among_words(b: &[u8], at: usize) -> Option<usize> {
    let lone = |p: usize| b.get(p).is_some_and(u8::is_ascii_digit) && !word_char_at(b, p + 1);
    if !lone(at) {
        return None;
    }
    let next = next_word(b, at + 1)?;
    let (word, _) = word_at(b, next);
    (lone(next) || character_of(word).is_some() || times_said(word) > 1).then_some(at + 1)
}

/// Reads into `number` what the word at `at` says: where its words end (with the word after a
/// "double"), `Some(None)` where it says nothing here, `None` where the number grows too long.
#[inline(always)]
fn said_word(b: &[u8], at: usize, number: &mut SpokenNumber) -> Option<Option<usize>> {
    let (word, mut end) = word_at(b, at);
    // After a digit, "hundred" says two zeros ("oh eight hundred", "double oh nine hundred")
    // and "dash" or "hyphen" a separator, no character ("two oh dash three two dash oh six").
    let after_digit = number.len > 0 && number.chars[number.len - 1].is_ascii_digit();
    let hundred = after_digit && word.eq_ignore_ascii_case(b"hundred");
    if hundred || (after_digit && (word.eq_ignore_ascii_case(b"dash") || word.eq_ignore_ascii_case(b"hyphen"))) {
        if hundred {
            number.push(b'0', 2, (at, end))?;
        }
        return Some(Some(end));
    }
    let mut times = times_said(word);
    // "double oh", "double a", "double 9": the digit or letter is the next word's; but "double
    // u" is the letter W, once.
    let said = match next_word(b, end).filter(|&n| times > 1 && b[n - 1] == b' ') {
        Some(said) if b[said].is_ascii_digit() => {
            end = said + 1;
            (!word_char_at(b, end)).then_some(b[said])
        }
        Some(said) => {
            let (word, word_end) = word_at(b, said);
            end = word_end;
            if times == 2 && word.eq_ignore_ascii_case(b"u") {
                times = 1;
                Some(b'W')
            } else {
                character_of(word)
            }
        }
        None if times == 1 => character_of(word),
        None => None,
    };
    let Some(c) = said else {
        // After a digit, a number from 10 to 99 in words says its two digits ("expiry oh nine
        // twenty seven", "oh seven seven one two, thirty four fifty six"); so it does first
        // ("sort code twenty oh oh oh oh one", "account twelve thirty four fifty six seventy
        // eight"), and after a postcode's area ("b twenty three six t h").
        let opens =
            number.len == 0 || (number.len <= 2 && number.chars[..number.len].iter().all(u8::is_ascii_alphabetic));
        let pair = ((after_digit || opens) && times == 1 && may_be_ten_to_ninety_nine(word))
            .then(|| number_words::number_at(b, at))
            .flatten();
        return match pair {
            Some((n, end)) if n >= 10 => {
                number.push(b'0' + (n / 10) as u8, 1, (at, end))?;
                number.push(b'0' + (n % 10) as u8, 1, (at, end))?;
                Some(Some(end))
            }
            _ => Some(None),
        };
    };
    if times == 1 && word.eq_ignore_ascii_case(b"o") {
        number.said_o |= 1 << number.len;
    }
    number.push(c, times, (at, end))?;
    Some(Some(end))
}

/// Whether `word` may say a number from 10 to 99 ([`number_words::number_at`]), by its end:
/// "ten", "eleven", "twelve", a "-teen" or a "-ty" (the word a number's reading most often
/// ends at, "of", "and", "the", is none).
fn may_be_ten_to_ninety_nine(word: &[u8]) -> bool {
    let ends_with = |end: &[u8]| word.len() > end.len() && word[word.len() - end.len()..].eq_ignore_ascii_case(end);
    ends_with(b"ty")
        || ends_with(b"teen")
        || [&b"ten"[..], b"eleven", b"twelve"].iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The fewest letters read as a spelled word: "b b c" and "u k" are acronyms; but three after a
/// word that says a spelling follows ([`SPELT`]: "Kai, spelt K A I").
const MIN_LETTERS: usize = 4;

/// Words that say a spelling follows, after which three letters are one ([`MIN_LETTERS`]); the
/// first of [`SPELLING_CUES`].
const SPELT: [&str; 3] = ["spelt", "spelled", "spelling"];

/// Whether one of [`SPELT`] is the last word before `i` ([`word_before_spelling`]).
fn after_spelt(b: &[u8], i: usize) -> bool {
    let last = word_before_spelling(b, i);
    SPELT.iter().any(|w| last.eq_ignore_ascii_case(w.as_bytes()))
}

/// The most letters read as one spelled word; a longer run is read on as a second.
const MAX_LETTERS: usize = 32;

/// A word spelled letter by letter from `i` (which the caller has checked starts a word): at
/// least [`MIN_LETTERS`] letters, each a word of its own, apart by single spaces or hyphens
/// ("w i l l i a m s", "K-O-W-A-L-C-Z-Y-K"), perhaps told by a word ("g for golf e v a n s",
/// [`told_by_word`]), said twice by "double" ("h a double r i s") or apart by a mark said
/// aloud ("o apostrophe n e i double l"); not one letter over and over ("x x x x", kisses),
/// nor the alphabet's letters in order ("which of a b c d is cheapest", "grades A B C D E").
/// Answers where it ends.
pub(crate) fn spelled_at(b: &[u8], i: usize) -> Option<usize> {
    // "that's w i l l ...": the "s" belongs to the word before.
    if apostrophe_before(b, i).is_some() {
        return None;
    }
    // A letter standing alone: not the start of a word, nor of "I'm".
    let letter_at = |at: usize| {
        b.get(at).is_some_and(u8::is_ascii_alphabetic)
            && !word_char_at(b, at + 1)
            && !matches!(b.get(at + 1..), Some([b'\'', ..] | [0xE2, 0x80, 0x99, ..]))
    };
    // Where the letter said from `at` stands and how many times it is said: once, or twice
    // after "double" (not at the start: "double r" alone is no spelling).
    let letter_from = |at: usize| {
        if letter_at(at) {
            Some((at, 1))
        } else {
            let doubled = at + "double ".len();
            (at > i && eq_ignore_case(b, at, b"double ") && letter_at(doubled)).then_some((doubled, 2))
        }
    };
    let mut end = i;
    let mut count = 0;
    let mut same = true;
    let mut in_order = true;
    // The separator the spelling goes on with: the first one ("W-I-L-L-I-A-M-S I think" ends
    // before the "I").
    let mut separator = None;
    let mut previous = None;
    while count < MAX_LETTERS
        && let Some((letter, times)) = letter_from(end)
    {
        same &= b[letter].eq_ignore_ascii_case(&b[i]);
        in_order &= previous.is_none_or(|p: u8| b[letter].to_ascii_lowercase() == p.to_ascii_lowercase() + 1);
        previous = Some(b[letter]);
        count += times;
        end = letter + 1;
        // "g for golf", "s as in sugar": the letter told by a word, then perhaps a comma.
        if let Some(past) = told_by_word(b, end) {
            end = past + usize::from(b.get(past..past + 2) == Some(b", "));
        }
        // "o apostrophe n", "s m i t h hyphen j o n e s": a mark said between two letters.
        let mark = SAID_MARKS
            .iter()
            .find(|m| b.get(end) == Some(&b' ') && eq_ignore_case(b, end + 1, m.as_bytes()))
            .map_or(0, |m| 1 + m.len());
        let at = end + mark;
        match b.get(at..at + 2) {
            Some(&[sep @ (b' ' | b'-'), _])
                if letter_from(at + 1).is_some() && *separator.get_or_insert(sep) == sep =>
            {
                end = at + 1
            }
            _ => break,
        }
    }
    let enough = count >= MIN_LETTERS || (count == MIN_LETTERS - 1 && after_spelt(b, i));
    (enough && !same && !in_order).then_some(end)
}

/// Marks said aloud between the letters of a spelling ([`spelled_at`]).
const SAID_MARKS: [&str; 3] = ["apostrophe", "hyphen", "dash"];

/// Past the word that tells the letter ending at `end` in a spelling said aloud ("g for golf",
/// "s as in sugar", "m for mike"): " for " or " as in ", then a word of two letters or more
/// that starts with that letter.
fn told_by_word(b: &[u8], end: usize) -> Option<usize> {
    let rest = &b[end..];
    let cue = [&b" for "[..], b" as in "]
        .into_iter()
        .find(|c| rest.len() >= c.len() && rest[..c.len()].eq_ignore_ascii_case(c))?;
    let word = end + cue.len();
    let len = b[word..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    (len >= 2 && b[word].eq_ignore_ascii_case(&b[end - 1]) && !word_char_at(b, word + len)).then_some(word + len)
}

/// Words right before a spelling in capitals, which in text not written in lowercase tell it
/// from a list of grades, rows or sizes ("It's spelt W-I-L-L-I-A-M-S", "surname: K O W A L";
/// not "Grade A B C D"); the set holds "that\u{2019}s" and "it\u{2019}s" too ([`set_of`]).
static SPELLING_CUES: WordSet = WordSet::new(|| {
    set_of(SPELT.into_iter().chain(["spell", "that's", "thats", "is", "it's", "its", "surname", "name", "as"]))
});

/// Whether one of [`SPELLING_CUES`] is the last word before `i` ([`word_before_spelling`]).
pub(crate) fn after_spelling_cue(b: &[u8], i: usize) -> bool {
    SPELLING_CUES.contains(word_before_spelling(b, i))
}

/// The last word before the spelling at `i`, past a colon or a comma: where its cue stands.
fn word_before_spelling(b: &[u8], i: usize) -> &[u8] {
    Window::before(b, i, 16).last_word(b":,")
}

/// Where the word that the spelling from `i` to `end` spells starts, where it stands right
/// before it (past a colon, a comma or a full stop), or one space before that word, as a full
/// name's first word does, or before a word that says a spelling follows: "It's Emma Watson W
/// A T S O N", "Hardcastle, H-A-R-D-C-A-S-T-L-E", "Wojciech Nowak, W O J C I E C H", "It's
/// Mrs. Begum. B-E-G-U-M", "Shevaun, spelt S-H-E-V-A-U-N". The spelling says the word is a name.
pub(crate) fn word_spelled_before(b: &[u8], i: usize, end: usize) -> Option<usize> {
    let spelled = &b[i..end];
    let before = Window::before(b, i, 40).last_word(b":,.");
    if spells(before, spelled) {
        return Some(offset_in(b, before));
    }
    let cue = offset_in(b, before);
    let first = Window::before(b, cue, 40).last_word(b"");
    if cue > 0 && b[cue - 1] == b' ' && spells(first, spelled) {
        return Some(offset_in(b, first));
    }
    let named = Window::before(b, cue, 40).last_word(b":,.");
    (SPELLING_CUES.contains(before) && spells(named, spelled)).then(|| offset_in(b, named))
}

/// Where the word that the spelling from `i` to `end` spells ends, where it follows the
/// spelling past a space, a comma or a dash: "It's K-H-A-N Khan", "s m i t h, smith". Spelled
/// before it, the word is a name as surely as spelled after it.
pub(crate) fn word_spelled_after(b: &[u8], i: usize, end: usize) -> Option<usize> {
    let gap = [&b", "[..], b" - ", b" "].into_iter().find(|gap| b[end..].starts_with(gap))?;
    let start = end + gap.len();
    let word_end = start + b[start..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    spells(&b[start..word_end], &b[i..end]).then_some(word_end)
}

/// Whether the letters of `spelled` (a spelling, with its spaces or hyphens) are `word`'s, in
/// any case, and `word` is long enough to be spelled (three letters, which [`spelled_at`]
/// reads only after [`SPELT`], and not in capitals: "BBC, spelt B B C" is an acronym).
fn spells(word: &[u8], spelled: &[u8]) -> bool {
    let mut letters = spelled_letters(spelled);
    (word.len() >= MIN_LETTERS || (word.len() == MIN_LETTERS - 1 && !word.iter().all(u8::is_ascii_uppercase)))
        && word
            .iter()
            .filter(|c| c.is_ascii_alphabetic())
            .all(|c| letters.next().is_some_and(|l| l.eq_ignore_ascii_case(c)))
        && letters.next().is_none()
}

/// The letters a spelling ([`spelled_at`]) says: each word of one letter, twice after
/// "double"; the words that tell a letter ("g for golf") and the marks said aloud
/// ("apostrophe") say none.
fn spelled_letters(spelled: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let mut times = 1;
    spelled.split(|c| !c.is_ascii_alphabetic()).flat_map(move |word| {
        let (letter, n) = match word {
            [letter] => (*letter, std::mem::replace(&mut times, 1)),
            _ => {
                times = times_said(word);
                (0, 0)
            }
        };
        std::iter::repeat_n(letter, n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, &str)> {
        let number = number_at(text.as_bytes(), 0)?;
        let (start, end) = number.span_of(0, number.len - 1);
        Some((String::from_utf8(number.chars[..number.len].to_vec()).ok()?, &text[start..end]))
    }

    #[test]
    fn a_digit_typed_among_words_that_say_characters() {
        assert_eq!(read("n w one 6 x e"), Some(("NW16XE".into(), "n w one 6 x e")));
        assert_eq!(read("n w 1 6 x e"), Some(("NW16XE".into(), "n w 1 6 x e")));
        // Not the last: a quantity may follow the number.
        assert_eq!(read("s w one a one a a 2 bedrooms"), Some(("SW1A1AA".into(), "s w one a one a a")));
        assert_eq!(read("s w one a one a a 2"), Some(("SW1A1AA".into(), "s w one a one a a")));
    }

    #[test]
    fn digits_said_one_by_one() {
        let said = "oh seven seven double oh nine double oh one two three please";
        assert_eq!(read(said), Some(("07700900123".into(), "oh seven seven double oh nine double oh one two three")));
        assert_eq!(
            read("plus four four seven seven oh oh nine oh oh four five six"),
            Some(("+447700900456".into(), "plus four four seven seven oh oh nine oh oh four five six"))
        );
        assert_eq!(
            read("Four One One One, one one one one-one one one one, triple one one"),
            Some(("4111111111111111".into(), "Four One One One, one one one one-one one one one, triple one one"))
        );
        // "hundred" after a digit says two zeros ("oh eight hundred" is 0800), and only there.
        assert_eq!(
            read("oh seven seven double oh, nine hundred, one two three"),
            Some(("07700900123".into(), "oh seven seven double oh, nine hundred, one two three"))
        );
        assert_eq!(
            read("oh eight hundred one two three four five six seven"),
            Some(("08001234567".into(), "oh eight hundred one two three four five six seven"))
        );
        assert_eq!(read("a hundred one two three four"), None);
        // A number from 10 to 99 after a digit says its two digits, and first, or after a
        // postcode's area, too ("sort code twenty, double oh, oh one").
        assert_eq!(read("oh nine twenty seven"), Some(("0927".into(), "oh nine twenty seven")));
        assert_eq!(
            read("oh seven seven one two, thirty four fifty six seventy eight"),
            Some(("07712345678".into(), "oh seven seven one two, thirty four fifty six seventy eight"))
        );
        assert_eq!(read("oh nine twenty"), Some(("0920".into(), "oh nine twenty")));
        assert_eq!(read("twenty seven one two three"), Some(("27123".into(), "twenty seven one two three")));
        assert_eq!(read("twenty, double oh, oh one"), Some(("200001".into(), "twenty, double oh, oh one")));
        assert_eq!(read("b twenty three six t h"), Some(("B236TH".into(), "b twenty three six t h")));
        assert_eq!(read("twenty four boxes"), None);
        assert_eq!(read("a b c twenty three"), None);
        // "dash" between digits says nothing, and ends no number; after the last it is no part.
        assert_eq!(
            read("two oh dash three two dash oh six"),
            Some(("203206".into(), "two oh dash three two dash oh six"))
        );
        assert_eq!(read("two oh three two oh six dash"), Some(("203206".into(), "two oh three two oh six")));
        assert_eq!(read("dash two oh three two oh six"), None);
        assert_eq!(
            read("zero seven nought o eight eight."),
            Some(("070088".into(), "zero seven nought o eight eight"))
        );
    }

    #[test]
    fn codes_of_letters_and_digits() {
        assert_eq!(read("s w one a one a a please"), Some(("SW1A1AA".into(), "s w one a one a a")));
        assert_eq!(
            read("a b one two three four five six c"),
            Some(("AB123456C".into(), "a b one two three four five six c"))
        );
        // Letters said twice, and "double u" as the letter it names.
        assert_eq!(read("s w one a one double a"), Some(("SW1A1AA".into(), "s w one a one double a")));
        assert_eq!(read("s double u one a one a a"), Some(("SW1A1AA".into(), "s double u one a one a a")));
        assert_eq!(read("l s six two double b"), Some(("LS62BB".into(), "l s six two double b")));
        assert_eq!(read("a one b two"), None);
        assert_eq!(read("b one two"), None);
        assert_eq!(read("a b c d e one f g h i j"), None);
        assert_eq!(number_at(b"it's s o one four three b x", 3).map(|n| n.len), None);
    }

    #[test]
    fn readings_with_the_letter_o_and_without_leading_or_trailing_letters() {
        let readings = |text: &[u8]| -> Vec<Vec<u8>> {
            let number = number_at(text, 0).unwrap();
            number.readings().map(|(range, chars)| chars[range].to_vec()).collect()
        };
        assert_eq!(readings(b"s o one four three b x"), [&b"S0143BX"[..], b"SO143BX", b"0143"]);
        assert_eq!(readings(b"a zero seven seven zero zero nine"), [&b"A077009"[..], b"077009"]);
        assert_eq!(readings(b"zero seven seven zero zero nine x"), [&b"077009X"[..], b"077009"]);
        assert_eq!(readings(b"nine four three four seven six, i"), [&b"943476I"[..], b"943476"]);
    }

    #[test]
    fn digits_written_one_at_a_time() {
        let read = |text: &str| digits_one_at_a_time(text.as_bytes(), 0).map(|n| (n.typed().to_vec(), n.end()));
        assert_eq!(read("4 3 2 1 8 7 6 5 please"), Some((b"43218765".to_vec(), 15)));
        assert_eq!(read("9 4 3 4 7 6 5 9 1 9"), Some((b"9434765919".to_vec(), 19)));
        // Fewer than six, and a longer group or a word glued on, end the run.
        assert_eq!(read("1 2 3 4 5"), None);
        assert_eq!(read("1 2 3 45 6 7 8"), None);
        assert_eq!(read("1 2 3 4 5 6a"), None);
        assert_eq!(read("1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7"), None);
    }

    #[test]
    fn digits_and_words_together() {
        // From the group of digits at `at`, as the scan calls it: the number, and where it
        // starts and ends.
        fn read(text: &str, at: usize) -> Option<(String, &str)> {
            let end = at + text[at..].bytes().take_while(u8::is_ascii_digit).count();
            let number = digits_and_words(text.as_bytes(), at, end)?;
            let (start, end) = number.span_of(0, number.typed().len() - 1);
            Some((String::from_utf8(number.typed().to_vec()).ok()?, &text[start..end]))
        }
        assert_eq!(read("call 07700 9 double 0 123 now", 11), Some(("07700900123".into(), "07700 9 double 0 123")));
        assert_eq!(read("07700 nine double oh 123", 0), Some(("07700900123".into(), "07700 nine double oh 123")));
        assert_eq!(
            read("0 7 7 0 0 nine double 0 1 2 3", 8),
            Some(("07700900123".into(), "0 7 7 0 0 nine double 0 1 2 3"))
        );
        // Back over digits' words too, but no other word.
        assert_eq!(
            read("it's oh 7 7 0 0 9 double 0 1 2 3", 16),
            Some(("07700900123".into(), "oh 7 7 0 0 9 double 0 1 2 3"))
        );
        assert_eq!(read("flat 7 7 0 0 9 double 0 1", 13), Some(("77009001".into(), "7 7 0 0 9 double 0 1")));
        // Not back past punctuation before a space.
        assert_eq!(
            read("Caller: 07700 900 four five six", 14),
            Some(("07700900456".into(), "07700 900 four five six"))
        );
        assert_eq!(read("Tel - 07700 9 double 0 123", 12), Some(("07700900123".into(), "07700 9 double 0 123")));
        // A word must be among them, six digits in all, no letter; a group with a letter glued
        // on ends it.
        assert_eq!(read("07700 900123", 0), None);
        assert_eq!(read("2 double rooms", 0), None);
        assert_eq!(read("12 one 3", 0), None);
        assert_eq!(read("07700 9 double a 123", 6), None);
        assert_eq!(read("07700 nine 4th", 0), Some(("077009".into(), "07700 nine")));
    }

    #[test]
    fn each_digit_maps_to_the_words_that_said_it() {
        let text = "nine double oh one two three";
        let number = number_at(text.as_bytes(), 0).unwrap();
        assert_eq!(&text[number.spans[1].0..number.spans[2].1], "double oh");
        assert_eq!(&text[number.span_of(3, 5).0..number.span_of(3, 5).1], "one two three");
    }

    fn spelled(text: &str) -> Option<&str> {
        spelled_at(text.as_bytes(), 0).map(|end| &text[..end])
    }

    #[test]
    fn words_spelled_letter_by_letter() {
        assert_eq!(spelled("w i l l i a m s, that's right"), Some("w i l l i a m s"));
        assert_eq!(spelled("K-O-W-A-L-C-Z-Y-K please"), Some("K-O-W-A-L-C-Z-Y-K"));
        assert_eq!(spelled("j o n e s"), Some("j o n e s"));
        assert_eq!(spelled("p a t e l."), Some("p a t e l"));
        assert_eq!(spelled("b b c"), None);
        assert_eq!(spelled("x x x x"), None);
        assert_eq!(spelled("X X X X X"), None);
        assert_eq!(spelled("a b c is easy"), None);
        // The alphabet in order is a list of options, grades or rows.
        assert_eq!(spelled("a b c d is cheapest"), None);
        assert_eq!(spelled("A-B-C-D-E"), None);
        assert_eq!(spelled("a b c e"), Some("a b c e"));
        assert_eq!(spelled("d a v e"), Some("d a v e"));
        assert_eq!(spelled("a bit of a mess"), None);
        assert_eq!(spelled("i a m sure"), None);
        assert_eq!(spelled("W-I-L-L-I-A-M-S I think"), Some("W-I-L-L-I-A-M-S"));
        assert_eq!(spelled("w i l l i a m s i'm sure"), Some("w i l l i a m s"));
        assert_eq!(spelled("w i l l i a m s i\u{2019}m sure"), Some("w i l l i a m s"));
        assert_eq!(spelled_at(b"that's w i l l", 5), None);
        assert_eq!(spelled_at("that\u{2019}s w i l l".as_bytes(), 7), None);
        // Letters told by words.
        assert_eq!(spelled("g for golf e v a n s please"), Some("g for golf e v a n s"));
        assert_eq!(spelled("s for sugar, m for mike, i t h"), Some("s for sugar, m for mike, i t h"));
        assert_eq!(spelled("b as in bravo r o w n"), Some("b as in bravo r o w n"));
        assert_eq!(spelled("a for apple b for ball c for cat d for dog"), None);
        assert_eq!(spelled("g for golf is fine"), None);
        assert_eq!(spelled("g for tango e v a n s"), None);
        // A letter said twice by "double", a mark said between two.
        assert_eq!(spelled("h a double r i s please"), Some("h a double r i s"));
        assert_eq!(spelled("o apostrophe n e i double l"), Some("o apostrophe n e i double l"));
        assert_eq!(spelled("s m i t h hyphen j o n e s"), Some("s m i t h hyphen j o n e s"));
        assert_eq!(spelled("double r o s e"), None);
        assert_eq!(spelled("a b double c d"), None);
        assert_eq!(spelled("h a double room"), None);
        let cued = |text: &str| after_spelling_cue(text.as_bytes(), text.len());
        assert!(cued("It's spelt ") && cued("Surname: ") && cued("that\u{2019}s ") && !cued("Grade "));
        // The word a spelling spells, right before it.
        let spelled_before = |text: &str, spelling: &str| {
            let whole = format!("{text}{spelling}");
            word_spelled_before(whole.as_bytes(), text.len(), whole.len()).map(|s| whole[s..text.len()].to_string())
        };
        assert_eq!(spelled_before("It's Emma Watson ", "W A T S O N").as_deref(), Some("Watson "));
        assert_eq!(spelled_before("Hardcastle, ", "H-A-R-D-C-A-S-T-L-E").as_deref(), Some("Hardcastle, "));
        assert_eq!(spelled_before("It's Emma Watson ", "W A T S O"), None);
        assert_eq!(spelled_before("Grade ", "A B C D"), None);
        // Past a full stop, or a word that says a spelling follows.
        assert_eq!(spelled_before("It's Mrs. Begum. ", "B-E-G-U-M").as_deref(), Some("Begum. "));
        assert_eq!(spelled_before("Uh, Shevaun, spelt ", "S-H-E-V-A-U-N").as_deref(), Some("Shevaun, spelt "));
        assert_eq!(spelled_before("it's tyrone spelled ", "t y r o n e").as_deref(), Some("tyrone spelled "));
        assert_eq!(spelled_before("Shevaun, spelt ", "S-H-E-V-O-N"), None);
        // A full name's first word, one space before its last.
        assert_eq!(spelled_before("Wojciech Nowak, ", "W O J C I E C H").as_deref(), Some("Wojciech Nowak, "));
        assert_eq!(spelled_before("Yes, Wojciech. Nowak, ", "W O J C I E C H"), None);
        assert_eq!(spelled_before("Shevaun, then ", "S-H-E-V-A-U-N"), None);
        // What it says, not the words it says it with; a name's apostrophe is none of its letters.
        assert_eq!(spelled_before("It's Harris, ", "H A double R I S").as_deref(), Some("Harris, "));
        assert_eq!(spelled_before("O'Neill, ", "O apostrophe N E I double L").as_deref(), Some("O'Neill, "));
        assert_eq!(spelled_before("It's Evans, ", "E for echo V A N S").as_deref(), Some("Evans, "));
        assert_eq!(spelled_before("It's Haris, ", "H A double R I S"), None);
        // Three letters after a word that says a spelling follows.
        assert_eq!(spelled_before("My name is Kai, spelt ", "K A I").as_deref(), Some("Kai, spelt "));
        assert_eq!(spelled_before("it's amy spelled ", "a-m-y").as_deref(), Some("amy spelled "));
        assert_eq!(spelled_before("The BBC, spelt ", "B B C"), None);
        let whole = "yes, spelt k a i";
        let at = whole.rfind("k a i").unwrap();
        assert_eq!(spelled_at(whole.as_bytes(), at), Some(whole.len()));
        assert_eq!(spelled_at(b"It's K A I", 5), None);
        assert_eq!(spelled_at(b"the b b c said", 4), None);
        // The word a spelling spells, right after it.
        let spelled_after = |spelling: &str, text: &str| {
            let whole = format!("{spelling}{text}");
            word_spelled_after(whole.as_bytes(), 0, spelling.len()).map(|e| whole[spelling.len()..e].to_string())
        };
        assert_eq!(spelled_after("K-H-A-N", " Khan please").as_deref(), Some(" Khan"));
        assert_eq!(spelled_after("s m i t h", ", smith").as_deref(), Some(", smith"));
        assert_eq!(spelled_after("W A T S O N", " - Watson").as_deref(), Some(" - Watson"));
        assert_eq!(spelled_after("K-H-A-N", " Khalid"), None);
        assert_eq!(spelled_after("K-H-A-N", " Kha"), None);
        assert_eq!(spelled_after("K-H-A-N", "Khan"), None);
    }

    #[test]
    fn not_numbers() {
        // Fewer than a security code's three digits; the recognizers judge three or more.
        assert_eq!(read("one two"), None);
        assert_eq!(read("one two three"), Some(("123".into(), "one two three")));
        assert_eq!(read("one of the two three-piece suites"), None);
        assert_eq!(read("double or nothing"), None);
        assert_eq!(
            read("nine eight seven six five four double"),
            Some(("987654".into(), "nine eight seven six five four"))
        );
        assert_eq!(read("oneself"), None);
        assert_eq!(read("plus one"), None);
        assert_eq!(read("plus"), None);
        // No one number: more digits than a card's.
        assert_eq!(read(&"one ".repeat(30)), None);
        // A word that goes on in a digit or a letter beyond ASCII.
        assert_eq!(read("one2 three four five six seven"), None);
    }
}
