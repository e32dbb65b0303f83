//! Numbers written in words, as a voice bot's transcript gives them ("twenty two", "eighty
//! five"): the words, and the readers that dates and addresses said aloud share.

use super::text::word_char_at;

pub(crate) const UNITS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS: [&str; 10] =
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The longest word read in numbers and dates said in words ("seventeenth").
pub(crate) const MAX_WORD: usize = 11;

/// A number from 1 to 99 said in words from `i` ("seven", "twelve", "eighty five",
/// "twenty-one"), and where it ends.
pub(crate) fn number_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let (word, end) = word_at(b, i);
    if let Some(n) = index_in(&UNITS, word) {
        return Some((n + 1, end));
    }
    if let Some(n) = index_in(&TEENS, word) {
        return Some((n + 10, end));
    }
    let tens = 10 * (index_in(&TENS, word)? + 2);
    let unit = next_word(b, end).and_then(|(unit, e)| Some((index_in(&UNITS, unit)? + 1, e)));
    Some(unit.map_or((tens, end), |(n, e)| (tens + n, e)))
}

/// A number from 1 to 999 said in words from `i`: [`number_at`], or that many hundreds and
/// perhaps "and" and one to 99 after them ("one hundred and twelve", "two hundred five").
pub(crate) fn hundreds_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let (n, end) = number_at(b, i)?;
    let Some((_, hundred_end)) = next_word(b, end).filter(|(w, _)| n < 10 && w.eq_ignore_ascii_case(b"hundred")) else {
        return Some((n, end));
    };
    let and = next_word(b, hundred_end).filter(|(w, _)| w.eq_ignore_ascii_case(b"and")).map(|(_, e)| e);
    let rest = next_word(b, and.unwrap_or(hundred_end)).and_then(|(w, e)| number_at(b, e - w.len()));
    Some(rest.map_or((100 * n, hundred_end), |(m, e)| (100 * n + m, e)))
}

/// Whether `word` (any case) is a number from ten to ninety in one word ("eighty", "twelve").
/// Out of line: asked where a short word's last two letters may end one.
#[inline(never)]
pub(crate) fn is_ten_to_ninety(word: &[u8]) -> bool {
    index_in(&TEENS, word).is_some() || index_in(&TENS, word).is_some()
}

/// Whether `word` (any case) is a number from one to ninety in words ("eighty", "one").
pub(crate) fn is_number_word(word: &[u8]) -> bool {
    [&UNITS[..], &TEENS, &TENS].into_iter().any(|words| index_in(words, word).is_some())
}

/// Where `word` (any case) is in `words`.
pub(crate) fn index_in(words: &[&str], word: &[u8]) -> Option<u32> {
    words.iter().position(|w| w.as_bytes().eq_ignore_ascii_case(word)).map(|n| n as u32)
}

/// The ASCII letters from `i`, and where they end; none where a longer word or a number goes on.
pub(crate) fn word_at(b: &[u8], i: usize) -> (&[u8], usize) {
    let len =
        b.get(i..).map_or(0, |rest| rest.iter().take(MAX_WORD + 1).take_while(|c| c.is_ascii_alphabetic()).count());
    if len > MAX_WORD || word_char_at(b, i + len) { (&[], i) } else { (&b[i..i + len], i + len) }
}

/// The word after the one that ends at `end`, past one space or hyphen, and where it ends.
pub(crate) fn next_word(b: &[u8], end: usize) -> Option<(&[u8], usize)> {
    if !matches!(b.get(end), Some(b' ' | b'-')) {
        return None;
    }
    let (word, word_end) = word_at(b, end + 1);
    (!word.is_empty()).then_some((word, word_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_words_up_to_999() {
        for (text, want) in [
            ("seven", (7, "seven")),
            ("twelve", (12, "twelve")),
            ("eighty five pounds", (85, "eighty five")),
            ("twenty-one", (21, "twenty-one")),
            ("ninety", (90, "ninety")),
            ("one hundred and twelve park road", (112, "one hundred and twelve")),
            ("two hundred five", (205, "two hundred five")),
            ("three hundred", (300, "three hundred")),
            ("four hundred and", (400, "four hundred")),
            ("twenty hundred", (20, "twenty")),
        ] {
            let (n, end) = hundreds_at(text.as_bytes(), 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((n, &text[..end]), want, "{text}");
        }
        for text in ["sevenfold", "seven5", "a hundred", "hundred", "tenth", ""] {
            assert_eq!(hundreds_at(text.as_bytes(), 0), None, "{text}");
        }
    }
}
