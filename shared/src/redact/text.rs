//! Byte-level helpers the recognizers share: word boundaries, case-insensitive context look-ups
//! in a small stack window, and reading digit runs across separators. Nothing here allocates.

/// Part of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
pub(crate) fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Whether the character that ends at `i` is part of a word: an ASCII letter or digit, or a
/// non-ASCII character but the punctuation and spaces phones and word processors type in place
/// of ASCII ones (U+2000 to U+206F: typographic quotes and apostrophes, dashes, the ellipsis;
/// a no-break space, "\u{ab}" and "\u{bb}"), so that "\u{201c}07700 900123\u{201d}" reads as
/// "\"07700 900123\"" does; nor the symbols and emoji chat puts right after a value (U+2600 to
/// U+27FF, U+1F000 to U+1FFFF, the emoji variation selector: "07700 900123\u{1f44d}",
/// "\u{2705}"). Inlined: a byte compare or two where the byte is ASCII.
#[inline(always)]
pub(crate) fn word_char_before(b: &[u8], i: usize) -> bool {
    match i.checked_sub(1).map(|p| b[p]) {
        None => false,
        Some(c) if c.is_ascii() => c.is_ascii_alphanumeric(),
        Some(_) => !typographic_before(b, i),
    }
}

/// Whether the character that starts at `i` is part of a word (see [`word_char_before`]).
#[inline(always)]
pub(crate) fn word_char_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => false,
        Some(c) if c.is_ascii() => c.is_ascii_alphanumeric(),
        Some(_) => !typographic_at(b, i),
    }
}

/// Whether typographic punctuation, a symbol or an emoji ([`word_char_before`]) ends at `i`.
/// Out of line: rare.
#[inline(never)]
fn typographic_before(b: &[u8], i: usize) -> bool {
    matches!(
        b[..i],
        [.., 0xE2, 0x80 | 0x98..=0x9F, _]
            | [.., 0xE2, 0x81, 0x80..=0xAF]
            | [.., 0xC2, 0xA0 | 0xAB | 0xBB]
            | [.., 0xF0, 0x9F, _, _]
            | [.., 0xEF, 0xB8, 0x8F]
    )
}

/// Whether typographic punctuation, a symbol or an emoji ([`word_char_before`]) starts at `i`.
/// Out of line: rare.
#[inline(never)]
fn typographic_at(b: &[u8], i: usize) -> bool {
    matches!(
        b[i..],
        [0xE2, 0x80 | 0x98..=0x9F, _, ..]
            | [0xE2, 0x81, 0x80..=0xAF, ..]
            | [0xC2, 0xA0 | 0xAB | 0xBB, ..]
            | [0xF0, 0x9F, _, _, ..]
            | [0xEF, 0xB8, 0x8F, ..]
    )
}

/// Where the apostrophe that ends at `end` starts, typed ("'") or typographic ("\u{2019}").
#[inline]
pub(crate) fn apostrophe_before(b: &[u8], end: usize) -> Option<usize> {
    match b[..end] {
        [.., b'\''] => Some(end - 1),
        [.., 0xE2, 0x80, 0x99] => Some(end - 3),
        _ => None,
    }
}

/// The length of `word` without its "'s" (or "\u{2019}s"), if it has one and more before it:
/// a possessive ("Ella's") or a contracted "is" ("my pin's 1234"). Cheap test first: the "s".
#[inline]
pub(crate) fn possessive_stem(word: &[u8]) -> Option<usize> {
    match word {
        [.., b's' | b'S'] => apostrophe_before(word, word.len() - 1).filter(|&n| n > 0),
        _ => None,
    }
}

/// The last byte before `at` that is not a space; none at the text's start. Always inlined, as
/// is [`eq_ignore_case`]: [`after_cue`](super::names::after_cue) called them, for 0.5% more
/// instructions on PII-free messages.
#[inline(always)]
pub(crate) fn byte_before_spaces(b: &[u8], at: usize) -> Option<u8> {
    b[..at].iter().rposition(|c| *c != b' ').map(|p| b[p])
}

/// Whether a word can start at `i` (nothing word-like just before it).
pub(crate) fn word_start(b: &[u8], i: usize) -> bool {
    !word_char_before(b, i)
}

/// Whether a match may end at `end`: the next character does not continue a word or a number.
pub(crate) fn clean_end(b: &[u8], end: usize) -> bool {
    match b.get(end) {
        None => true,
        _ if word_char_at(b, end) => false,
        // "1234.56", "12,345": the number goes on.
        Some(b'.' | b',' | b'-' | b'/' | b':') => !b.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(_) => true,
    }
}

/// Whether a match may start at `start`: the previous character does not continue a word, and
/// a number does not continue a number ("ref 12-4111 ..." is not a card starting at 4111).
/// Inlined, as it was before its word test read typographic punctuation.
#[inline]
pub(crate) fn clean_start(b: &[u8], start: usize) -> bool {
    if start == 0 {
        return true;
    }
    let prev = b[start - 1];
    if word_char_before(b, start) {
        return false;
    }
    let continues_number = b[start].is_ascii_digit() || b[start] == b'+' || b[start] == b'(';
    !(continues_number
        && matches!(prev, b'.' | b'-' | b'/' | b':' | b',' | b' ')
        && start >= 2
        && b[start - 2].is_ascii_digit())
}

/// `word` (lowercase ASCII) at `at`, in any case.
#[inline(always)]
pub(crate) fn eq_ignore_case(b: &[u8], at: usize, word: &[u8]) -> bool {
    b.get(at..at + word.len()).is_some_and(|s| s.eq_ignore_ascii_case(word))
}

/// Where `phrase` (lowercase ASCII) ends that starts at `at` in any case, as whole words, its
/// apostrophes typed or typographic ("won't", "won\u{2019}t").
pub(crate) fn phrase_end_at(b: &[u8], at: usize, phrase: &[u8]) -> Option<usize> {
    let mut i = at;
    for &p in phrase {
        match b.get(i) {
            Some(&c) if c.eq_ignore_ascii_case(&p) => i += 1,
            Some(0xE2) if p == b'\'' && b[i..].starts_with("\u{2019}".as_bytes()) => i += 3,
            _ => return None,
        }
    }
    (!b.get(i).is_some_and(u8::is_ascii_alphanumeric)).then_some(i)
}

/// "It's" as speech opens what it gives, in the ways it is typed ("it's biscuit", "its tom
/// baker", "it is 4821").
pub(crate) const IT_IS: [&str; 4] = ["it's", "it\u{2019}s", "its", "it is"];

/// The length of the first of `openings` that `b` starts with, in any case, before a space.
pub(crate) fn opening_len(b: &[u8], openings: &[&str]) -> Option<usize> {
    openings.iter().find(|o| eq_ignore_case(b, 0, o.as_bytes()) && b.get(o.len()) == Some(&b' ')).map(|o| o.len())
}

/// Where `part`, a slice of `whole`, starts in it.
pub(crate) fn offset_in(whole: &[u8], part: &[u8]) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// The ASCII letters, at most `max`, that end at `end`: the last word, where it is short (empty
/// where it is longer).
pub(crate) fn letters_before(b: &[u8], end: usize, max: usize) -> &[u8] {
    let n = b[..end].iter().rev().take(max + 1).take_while(|c| c.is_ascii_alphabetic()).count();
    if n > max { &[] } else { &b[end - n..end] }
}

/// Context keywords (lowercase, each starting with an ASCII letter or digit), indexed by their
/// first byte at compile time, each with its first eight bytes as one `u64` to compare with.
pub(crate) struct Keywords {
    words: &'static [&'static str],
    /// Bit `k` of entry `n` set when keyword `k` starts with the `n`th of a-z, 0-9.
    by_first: [u64; 36],
    /// Keyword `k`'s first (up to) eight bytes, little-endian, and the lanes they fill.
    heads: [(u64, u64); 64],
}

/// Where a letter or digit (lowercase) stands in a-z, 0-9.
const fn first_index(c: u8) -> Option<usize> {
    match c {
        b'a'..=b'z' => Some((c - b'a') as usize),
        b'0'..=b'9' => Some(26 + (c - b'0') as usize),
        _ => None,
    }
}

impl Keywords {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() <= 64, "at most 64 keywords in a list");
        let mut by_first = [0u64; 36];
        let mut heads = [(0u64, 0u64); 64];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            let Some(n) = (if word.is_empty() { None } else { first_index(word[0]) }) else {
                panic!("keywords start with a lowercase letter or a digit");
            };
            by_first[n] |= 1 << k;
            let mut j = 0;
            while j < word.len() {
                assert!(!word[j].is_ascii_uppercase() && word[j] != 0, "lowercase keywords");
                if j < 8 {
                    heads[k].0 |= (word[j] as u64) << (8 * j);
                    heads[k].1 |= 0xff << (8 * j);
                }
                j += 1;
            }
            k += 1;
        }
        Self { words, by_first, heads }
    }

    /// The keywords starting with `c` (any case), as a bit set.
    fn starting_with(&self, c: u8) -> u64 {
        first_index(c.to_ascii_lowercase()).map_or(0, |n| self.by_first[n])
    }
}

/// Eight bytes as lanes of a `u64`, each lane's top bit set where its byte is an ASCII letter
/// or digit (no carry crosses lanes: every sum stays below 0x100).
pub(crate) fn alphanumeric_lanes(v: u64) -> u64 {
    letter_lanes(v) | in_lanes(v, b'0', b'9')
}

/// [`alphanumeric_lanes`] for ASCII letters only.
pub(crate) fn letter_lanes(v: u64) -> u64 {
    in_lanes(v | lanes(0x20), b'a', b'z')
}

/// How many lanes of `v` are ASCII letters before the first that is not (eight if all are).
pub(crate) fn leading_letters(v: u64) -> u32 {
    (!letter_lanes(v) & lanes(0x80)).trailing_zeros() / 8
}

/// Eight bytes with their ASCII letters in lowercase (a letter's lane gets its 0x20 bit).
pub(crate) fn lowercase_lanes(v: u64) -> u64 {
    v | letter_lanes(v) >> 2
}

/// Each lane's top bit set where its byte is an ASCII byte from `lo` to `hi`.
pub(crate) fn in_lanes(v: u64, lo: u8, hi: u8) -> u64 {
    let low7 = v & lanes(0x7f);
    (low7 + lanes(0x80 - lo)) & !(low7 + lanes(0x7f - hi)) & !v & lanes(0x80)
}

/// Each lane's top bit set where its byte is the ASCII byte `c`.
pub(crate) fn eq_lanes(v: u64, c: u8) -> u64 {
    in_lanes(v, c, c)
}

/// `byte` in every lane.
pub(crate) const fn lanes(byte: u8) -> u64 {
    u64::from_ne_bytes([byte; 8])
}

/// The eight bytes of `b` from `i` (at most its length) as a `u64`, little-endian; lanes past
/// the end zero (no letter, digit or keyword byte).
pub(crate) fn eight_at(b: &[u8], i: usize) -> u64 {
    let rest = &b[i..];
    match (rest.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(chunk), _) => u64::from_le_bytes(*chunk),
        // Near the end: the last eight bytes shifted down (all of them past the end: zero).
        (None, Some(last)) => u64::from_le_bytes(*last).checked_shr(8 * (8 - rest.len()) as u32).unwrap_or(0),
        (None, None) => rest.iter().rev().fold(0, |v, &c| v << 8 | u64::from(c)),
    }
}

/// A phrase of at most eight bytes (its ASCII letters lowercase), compared with the text in one
/// step: against [`eight_at`] with its letters made lowercase by [`lowercase_lanes`].
#[derive(Clone, Copy)]
pub(crate) struct Phrase {
    bytes: u64,
    lanes: u64,
    len: usize,
}

impl Phrase {
    pub(crate) const fn new(phrase: &str) -> Self {
        let p = phrase.as_bytes();
        assert!(!p.is_empty() && p.len() <= 8, "a phrase has one to eight bytes");
        let (mut bytes, mut lanes, mut j) = (0, 0, 0);
        while j < p.len() {
            assert!(!p[j].is_ascii_uppercase(), "a phrase is lowercase");
            bytes |= (p[j] as u64) << (8 * j);
            lanes |= 0xff << (8 * j);
            j += 1;
        }
        Self { bytes, lanes, len: p.len() }
    }

    pub(crate) fn len(self) -> usize {
        self.len
    }

    /// Whether `eight`, bytes read by [`eight_at`] and lowercased, start with the phrase.
    pub(crate) fn starts(self, eight: u64) -> bool {
        eight & self.lanes == self.bytes
    }
}

/// Up to 64 bytes of text before a candidate, borrowed, for matching context keywords in any
/// case (keywords are lowercase; a non-ASCII byte never starts a word). It never
/// starts inside a word, so the tail of a longer word is no keyword ("xdob" holds no "dob").
pub(crate) struct Window<'t> {
    text: &'t [u8],
}

impl<'t> Window<'t> {
    /// The `n` (at most 64) bytes before `end`, less the part of a word they start in.
    pub(crate) fn before(b: &'t [u8], end: usize, n: usize) -> Self {
        let mut start = end.saturating_sub(n.min(64));
        if start > 0 && in_window_word(b[start - 1]) {
            start += b[start..end].iter().take_while(|c| in_window_word(**c)).count();
        }
        Self { text: &b[start..end] }
    }

    pub(crate) fn bytes(&self) -> &'t [u8] {
        self.text
    }

    /// Whether any of `keywords` occurs as whole words (the window's first byte counts as a
    /// word start).
    pub(crate) fn has_any(&self, keywords: &Keywords) -> bool {
        self.find(keywords, |_| true)
    }

    /// Where the last of `keywords` to occur as whole words ends in the window.
    pub(crate) fn last_end(&self, keywords: &Keywords) -> Option<usize> {
        let mut last = None;
        self.find(keywords, |end| {
            last = last.max(Some(end));
            false
        });
        last
    }

    /// Calls `found` with the end of each of `keywords` occurring as whole words, in order of
    /// their starts, until it answers true; answers whether it did. Eight bytes at a time, only
    /// word starts are looked at, and at each only the keywords starting with its letter, their
    /// first eight bytes compared at once.
    #[inline(always)]
    fn find(&self, keywords: &Keywords, mut found: impl FnMut(usize) -> bool) -> bool {
        let text = self.text;
        let mut after_word = false;
        let mut chunk_start = 0;
        while chunk_start < text.len() {
            let word = alphanumeric_lanes(eight_at(text, chunk_start));
            let mut starts = word & !(word << 8 | u64::from(after_word) << 7);
            after_word = word >> 63 != 0;
            while starts != 0 {
                let i = chunk_start + starts.trailing_zeros() as usize / 8;
                starts &= starts - 1;
                let mut candidates = keywords.starting_with(text[i]);
                if candidates == 0 {
                    continue;
                }
                let head = lowercase_lanes(eight_at(text, i));
                while candidates != 0 {
                    let k = candidates.trailing_zeros() as usize;
                    candidates &= candidates - 1;
                    let (kw_head, lanes) = keywords.heads[k];
                    let kw = keywords.words[k].as_bytes();
                    if head & lanes == kw_head && self.word_at(i, kw) && found(i + kw.len()) {
                        return true;
                    }
                }
            }
            chunk_start += 8;
        }
        false
    }

    /// Whether `kw` stands at `i` as a whole word (the start was checked by the caller, and its
    /// first eight bytes matched).
    fn word_at(&self, i: usize, kw: &[u8]) -> bool {
        let text = self.bytes();
        let Some(&last) = kw.last() else { return false };
        text.len() >= i + kw.len()
            && (kw.len() <= 8 || text[i + 8..i + kw.len()].eq_ignore_ascii_case(&kw[8..]))
            && text.get(i + kw.len()).is_none_or(|c| !c.is_ascii_alphanumeric() || !last.is_ascii_alphanumeric())
    }

    /// Whether the window ends with one of `cues` as whole words, ignoring trailing spaces and
    /// the given punctuation; answers the cue.
    pub(crate) fn ends_with_any<'k>(&self, cues: &[&'k str], ignore: &[u8]) -> Option<&'k str> {
        let text = &self.text[..self.trimmed_end(ignore)];
        let last = text.last()?.to_ascii_lowercase();
        cues.iter().copied().find(|cue| {
            let cue = cue.as_bytes();
            cue.last() == Some(&last)
                && text.len() >= cue.len()
                && text[text.len() - cue.len()..].eq_ignore_ascii_case(cue)
                && (text.len() == cue.len() || !text[text.len() - cue.len() - 1].is_ascii_alphanumeric())
        })
    }

    /// Whether the last one, two or three words of the window (ignoring trailing spaces and the
    /// given punctuation) form a phrase of `set`: three set look-ups, whatever the set's size.
    #[inline(always)]
    pub(crate) fn ends_with_phrase_in(&self, set: &super::words::WordSet, ignore: &[u8]) -> bool {
        self.phrase_back_from_end(set, ignore).is_some()
    }

    /// As [`Self::ends_with_phrase_in`], answering how many bytes before the window's end the
    /// phrase starts.
    pub(crate) fn phrase_back_from_end(&self, set: &super::words::WordSet, ignore: &[u8]) -> Option<usize> {
        let text = self.bytes();
        let end = self.trimmed_end(ignore);
        let mut start = end;
        for _ in 0..3 {
            // Back over one word, then over the single space before it.
            let word_start = word_start_before(text, start);
            if word_start == start {
                return None;
            }
            if set.contains(&text[word_start..end]) {
                return Some(text.len() - word_start);
            }
            if word_start == 0 || text[word_start - 1] != b' ' {
                return None;
            }
            start = word_start - 1;
        }
        None
    }

    /// The window's last word (ASCII letters, digits, apostrophes), past trailing spaces and
    /// the given punctuation: where a cue's last word would stand.
    #[inline(always)]
    pub(crate) fn last_word(&self, ignore: &[u8]) -> &'t [u8] {
        let end = self.trimmed_end(ignore);
        &self.text[word_start_before(self.text, end)..end]
    }

    /// The window's length without its trailing spaces and `ignore` bytes.
    fn trimmed_end(&self, ignore: &[u8]) -> usize {
        self.text.iter().rposition(|c| *c != b' ' && !ignore.contains(c)).map_or(0, |p| p + 1)
    }
}

/// Part of a word as a window reads words back from its end: an ASCII letter or digit, or an
/// apostrophe ("i'm").
fn in_window_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'\''
}

/// Where the word (see [`in_window_word`], or the typographic apostrophe: "i\u{2019}m", or a
/// Latin letter beyond ASCII: "się", "heiße", "è") that ends at `end` of `text` starts; past
/// a single quote that opens it, typed or typographic ("write 'Congratulations Priya'").
#[inline(always)]
fn word_start_before(text: &[u8], end: usize) -> usize {
    let mut start = end;
    loop {
        start = text[..start].iter().rposition(|c| !in_window_word(*c)).map_or(0, |p| p + 1);
        match text[..start] {
            [.., 0xE2, 0x80, 0x99] => start -= 3,
            // Latin-1's letters (but "×" and "÷") and Latin Extended-A's.
            [.., lead @ 0xC3..=0xC5, c] if lead > 0xC3 || (c != 0x97 && c != 0xB7) => start -= 2,
            _ => break,
        }
    }
    match text[start..end] {
        [b'\'', _, ..] => start + 1,
        [0xE2, 0x80, 0x99, _, ..] => start + 3,
        _ => start,
    }
}

/// Whether the digit group starting at `i` stands alone: not the start of a word ("2pm"), nor
/// of a dotted, timed or dated number ("192.168.1.20", "9:30", "12/03"). A run of digits only
/// crosses a separator into a group that stands alone.
pub(crate) fn plain_group(b: &[u8], i: usize) -> bool {
    let end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    match b.get(end) {
        Some(c) if c.is_ascii_alphabetic() => false,
        Some(b'.' | b':' | b'/' | b',') => !b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric),
        _ => true,
    }
}

/// Digits read from `start` across single separators, e.g. "4111 1111-1111 1111".
pub(crate) struct DigitRun {
    pub start: usize,
    pub len: usize,
    /// The digits' value, for the short runs of dates (it wraps on long ones).
    pub value: u64,
    /// Digits per group, for card and NHS groupings.
    groups: [u8; 8],
    pub group_count: usize,
    /// Just past the last digit.
    pub end: usize,
}

impl DigitRun {
    /// The digits without their separators, copied into `buf` (for the check-digit algorithms).
    pub(crate) fn digits<'d>(&self, b: &[u8], buf: &'d mut [u8; 24]) -> &'d [u8] {
        let mut n = 0;
        for &c in b[self.start..self.end].iter().filter(|c| c.is_ascii_digit()) {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    }

    pub(crate) fn groups(&self) -> &[u8] {
        &self.groups[..self.group_count]
    }

    /// Reads digits from `start` (a digit), crossing one separator from `seps` at a time when a
    /// digit follows it. `None` when there are more than `max` digits or eight groups: the
    /// number is longer than anything the caller looks for.
    pub(crate) fn read(b: &[u8], start: usize, seps: &[u8], max: usize) -> Option<Self> {
        let mut run = Self { start, len: 0, value: 0, groups: [0; 8], group_count: 1, end: start };
        let mut i = start;
        loop {
            let group_start = i;
            while let Some(&c) = b.get(i)
                && c.is_ascii_digit()
            {
                run.value = run.value.wrapping_mul(10).wrapping_add(u64::from(c - b'0'));
                i += 1;
            }
            run.len += i - group_start;
            if run.len > max.min(24) {
                return None;
            }
            run.groups[run.group_count - 1] = (i - group_start) as u8;
            if i > group_start {
                run.end = i;
            }
            match b.get(i) {
                Some(c)
                    if seps.contains(c) && b.get(i + 1).is_some_and(u8::is_ascii_digit) && plain_group(b, i + 1) =>
                {
                    if run.group_count == 8 {
                        return None;
                    }
                    run.group_count += 1;
                    i += 1;
                }
                _ => break,
            }
        }
        (run.len > 0).then_some(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_are_read_as_one_at_a_time_with_zeros_past_the_end() {
        let text: Vec<u8> = (1..=20).collect();
        for len in 0..=text.len() {
            let b = &text[..len];
            for i in 0..=len {
                let expected = (0..8).fold(0u64, |v, n| v | u64::from(b.get(i + n).copied().unwrap_or(0)) << (8 * n));
                assert_eq!(eight_at(b, i), expected, "{len} bytes, at {i}");
            }
        }
    }

    #[test]
    fn a_phrase_matches_its_bytes_in_any_case_and_nothing_else() {
        let phrase = Phrase::new("it\u{2019}s ");
        let starts = |text: &str| phrase.starts(lowercase_lanes(eight_at(text.as_bytes(), 0)));
        assert!(starts("it\u{2019}s sarah") && starts("IT\u{2019}S ") && starts("It\u{2019}s "));
        assert!(!starts("it\u{2019}s") && !starts("it's ") && !starts("its ") && !starts("at\u{2019}s "));
        assert_eq!(phrase.len(), 7);
    }

    #[test]
    fn keyword_search_eight_bytes_at_a_time_agrees_with_one_byte_at_a_time() {
        const WORDS: Keywords = Keywords::new(&["dob", "d.o.b", "date of birth", "b'day", "a/c", "3 digits", "cvv"]);
        // Whole keywords, and their beginnings (which the first eight bytes alone may match).
        let pieces: [&[u8]; 19] = [
            b"dob",
            b"date of",
            b"Date of Bir",
            b"cv",
            b"d.o",
            b"3 digit",
            b"DOB",
            b"d.o.b",
            b"Date of Birth",
            b"b'day",
            b"A/C",
            b"3 digits",
            b"cvv",
            b"x",
            b"7",
            b" ",
            b".",
            b"\n",
            "\u{e9}".as_bytes(),
        ];
        // Whole words only, the window's first byte being a word start (the window drops the
        // part of a word it would start in).
        let naive = |text: &[u8]| {
            (0..text.len()).any(|i| {
                (i == 0 || !text[i - 1].is_ascii_alphanumeric())
                    && WORDS.words.iter().any(|k| {
                        let k = k.as_bytes();
                        eq_ignore_case(text, i, k)
                            && text
                                .get(i + k.len())
                                .is_none_or(|c| !c.is_ascii_alphanumeric() || !k[k.len() - 1].is_ascii_alphanumeric())
                    })
            })
        };
        let mut rng = fastrand::Rng::with_seed(64);
        for _ in 0..50_000 {
            let mut text = Vec::new();
            while text.len() < rng.usize(..70) {
                text.extend_from_slice(pieces[rng.usize(..pieces.len())]);
            }
            let w = Window::before(&text, text.len(), 64);
            assert_eq!(w.has_any(&WORDS), naive(w.bytes()), "{:?}", String::from_utf8_lossy(w.bytes()));
        }
    }

    #[test]
    fn a_window_never_starts_inside_a_word() {
        const BIRTH: Keywords = Keywords::new(&["dob", "born"]);
        // Windows that would cut "xdob" to "dob" and "reborn" to "born".
        assert!(!Window::before(b"xdob 12/", 8, 7).has_any(&BIRTH));
        assert!(!Window::before(b"reborn  ", 8, 6).has_any(&BIRTH));
        assert_eq!(Window::before(b"xdob 12/", 8, 7).bytes(), b" 12/");
        // A word that starts where the window starts is whole.
        assert!(Window::before(b"a dob 12/", 9, 8).has_any(&BIRTH));
        assert!(Window::before(b"dob 12/", 7, 8).has_any(&BIRTH));
        static CUES: super::super::words::WordSet =
            super::super::words::WordSet::new(|| super::super::words::set_of(["i'm", "im"]));
        // "...im " cut from "Vim " is no "I'm"; the apostrophe joins a word as elsewhere.
        assert!(!Window::before(b"Vim ", 4, 3).ends_with_phrase_in(&CUES, b""));
        assert!(Window::before(b"I'm ", 4, 4).ends_with_phrase_in(&CUES, b""));
        assert_eq!(Window::before(b"Chi, Tom", 5, 4).ends_with_any(&["hi"], b", "), None);
        assert_eq!(Window::before(b"Hi, Tom", 4, 4).ends_with_any(&["hi"], b", "), Some("hi"));
    }

    #[test]
    fn windows_match_whole_words_in_any_case() {
        let text = b"My Sort Code is";
        let w = Window::before(text, text.len(), 40);
        assert!(w.has_any(&Keywords::new(&["sort code"])));
        assert!(!w.has_any(&Keywords::new(&["code i"])));
        let w = Window::before(b"please accept", 13, 40);
        assert!(!w.has_any(&Keywords::new(&["acc"])));
        let w = Window::before(b"Kind regards, ", 14, 20);
        assert_eq!(w.ends_with_any(&["regards", "thanks"], b","), Some("regards"));
    }

    #[test]
    fn phrases_ending_the_window_are_looked_up_whole() {
        static SET: super::super::words::WordSet =
            super::super::words::WordSet::new(|| super::super::words::set_of(["my name is", "i'm", "mr"]));
        let ends = |text: &str| Window::before(text.as_bytes(), text.len(), 30).ends_with_phrase_in(&SET, b",:.");
        assert!(ends("Hello, My name is "));
        assert!(ends("so I'm "));
        assert!(ends("so I\u{2019}m, ") && ends("I\u{2019}M "));
        assert!(!ends("\u{2019}m ") && !ends("I\u{2019} "));
        assert!(ends("Mr. "));
        assert!(!ends("name is "));
        assert!(!ends("summer "));
        assert!(!ends(""));
        // Latin letters beyond ASCII are a word's; other characters are not.
        static ACCENTED: super::super::words::WordSet =
            super::super::words::WordSet::new(|| super::super::words::set_of(["nazywam się", "ich heiße", "nome è"]));
        let ends = |text: &str| Window::before(text.as_bytes(), text.len(), 30).ends_with_phrase_in(&ACCENTED, b"");
        assert!(ends("Dzień dobry, nazywam się ") && ends("Ich heiße ") && ends("il mio nome è "));
        assert!(!ends("ich heißen ") && !ends("nazywam sięę ") && !ends("nome ×è "));
        assert_eq!(Window::before("4×się".as_bytes(), 7, 7).last_word(b""), "się".as_bytes());
        assert_eq!(Window::before("\u{2014}się".as_bytes(), 7, 7).last_word(b""), "się".as_bytes());
    }

    #[test]
    fn digit_runs_cross_single_separators_only() {
        let run = DigitRun::read(b"4111 1111-1111 1111 x", 0, b" -", 19).unwrap();
        assert_eq!(run.digits(b"4111 1111-1111 1111 x", &mut [0; 24]), b"4111111111111111");
        assert_eq!(run.value, 4111111111111111);
        assert_eq!(run.groups(), &[4, 4, 4, 4]);
        assert_eq!(run.end, 19);
        let run = DigitRun::read(b"12  34", 0, b" ", 19).unwrap();
        assert_eq!(run.digits(b"12  34", &mut [0; 24]), b"12");
        assert_eq!((run.value, run.end), (12, 2));
        assert!(DigitRun::read(b"12345678901234567890", 0, b" ", 19).is_none());
    }

    #[test]
    fn typographic_punctuation_and_emoji_are_no_part_of_a_word() {
        for mark in [
            "\u{201c}",
            "\u{201d}",
            "\u{2018}",
            "\u{2019}",
            "\u{2026}",
            "\u{2013}",
            "\u{2014}",
            "\u{a0}",
            "\u{ab}",
            "\u{bb}",
            "\u{1f44d}",
            "\u{2705}",
            "\u{2764}\u{fe0f}",
            "\u{1f3fb}",
        ] {
            let text = format!("a{mark}b");
            let b = text.as_bytes();
            assert!(!word_char_before(b, 1 + mark.len()) && !word_char_at(b, 1), "{mark}");
            assert!(clean_end(b, 1) && clean_start(b, 1 + mark.len()), "{mark}");
        }
        // Letters of any script, and other symbols, still are.
        for letter in ["\u{e9}", "\u{c9}", "\u{2d2d}", "\u{3b1}", "\u{a3}", "\u{2122}", "\u{10348}", "\u{4e2d}"] {
            let text = format!("a{letter}b");
            let b = text.as_bytes();
            assert!(word_char_before(b, 1 + letter.len()) && word_char_at(b, 1), "{letter}");
        }
        assert!(word_char_before(b"ab", 1) && !word_char_before(b"a b", 2) && !word_char_before(b"ab", 0));
        assert!(word_char_at(b"ab", 1) && !word_char_at(b"a b", 1) && !word_char_at(b"ab", 2));
    }

    #[test]
    fn boundaries() {
        assert!(!clean_end(b"1234.56", 4));
        assert!(clean_end(b"1234. Next", 4));
        assert!(!clean_start(b"12-4111", 3));
        assert!(clean_start(b"no. 4111", 4));
    }
}
