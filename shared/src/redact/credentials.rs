//! Credentials typed into a chat after the words that name them: a password or passphrase, a
//! PIN, passcode or door code, a bank's memorable word or a security answer ("my password is
//! Summer2024!", "PIN: 4821", "memorable word is biscuit", "passcode 839201", "changed my pin
//! to 1234"). The value is the next token, or a quoted phrase; what says something about the
//! credential rather than gives it is none ("my password is incorrect", "the pin is 4 digits",
//! "Password: required", "my pin is blocked").
//!
//! Three triggers of the scan find them: the "is" after the name, the colon after it, and a
//! token with a digit after the name, "=", "was", "to" or "be". A lowercase word after
//! "password was" or "changed my password to" ("sunshine") is not found: no trigger sees it.

use super::numbers::Span;
use super::text::{Window, eq_ignore_case, is_word};
use super::words::{WordSet, is_stop_word, set_of};

/// What a credential's value may be, by the last word of its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A PIN or a code: a token with a digit in it ("the pin is bent" gives none).
    Code,
    /// A password: any token, but not a lowercase word that describes one ("expired",
    /// "working", "rejected", "slowly").
    Password,
    /// A memorable word or a security answer: any token or word but a stop word.
    Word,
}

/// The names of credentials, in lowercase, each followed by its value.
const NAMES: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "passcode",
    "pass code",
    "pin",
    "pin number",
    "pin no",
    "pin code",
    "door code",
    "gate code",
    "alarm code",
    "entry code",
    "access code",
    "safe code",
    "key safe code",
    "keysafe code",
    "memorable word",
    "memorable information",
    "memorable phrase",
    "memorable answer",
    "memorable date",
    "memorable name",
    "memorable place",
    "security answer",
    "secret answer",
    "secret word",
];

static NAME_SET: WordSet = WordSet::new(|| set_of(NAMES.iter().copied()));

/// The last words of [`NAMES`]: one look-up settles most words before a number.
static LAST_WORDS: WordSet = WordSet::new(|| set_of(NAMES.iter().filter_map(|n| n.rsplit(' ').next())));

/// Words after the name that say how the credential is, not what it is (besides stop words).
const NOT_VALUES: &[&str] = &[
    "invalid",
    "valid",
    "expired",
    "locked",
    "blocked",
    "working",
    "required",
    "needed",
    "mandatory",
    "optional",
    "reset",
    "changed",
    "updated",
    "case",
    "sensitive",
    "weak",
    "strong",
    "long",
    "short",
    "being",
    "rejected",
    "accepted",
    "saved",
    "forgotten",
    "lost",
    "missing",
    "empty",
    "blank",
    "unknown",
    "old",
    "mine",
    "yours",
    "compromised",
    "hacked",
    "stolen",
    "set",
    "sent",
    "attached",
    "below",
    "above",
    "good",
    "great",
    "known",
    "secure",
    "safe",
    "broken",
    "disabled",
    "suspended",
    "temporary",
    "visible",
    "hidden",
    "something",
    "anything",
    "nothing",
    "different",
    "similar",
    "easy",
    "hard",
    "simple",
    "complicated",
    "unique",
    "private",
    "personal",
    "confidential",
    "secret",
    "encrypted",
    "stored",
    "shown",
    "displayed",
    "printed",
    "written",
    "registered",
    "recognised",
    "recognized",
    "accepting",
    "rejecting",
];

static NOT_VALUE_SET: WordSet = WordSet::new(|| set_of(NOT_VALUES.iter().copied()));

/// Words that may stand between "is" and the value: "my password is now Summer2024".
const ADVERBS: &[&str] = &["now", "still", "currently", "just", "actually"];

/// Words after a number that make it a length, not a value: "the pin is 1234 digits" is odd,
/// but "a passcode 6 digits long" is not.
const UNITS: &[&str] = &["digits", "digit", "characters", "character", "chars", "letters", "numbers", "long"];

/// The longest value read, in bytes; a longer token is no credential (a link, a pasted blob).
const MAX_VALUE: usize = 64;

/// A value after the "is" at `i` that follows a credential's name ("my password is hunter2",
/// "PIN is: 4821", "memorable word is now biscuit"), or after "it's" and a comma ("my
/// memorable word, it's Biscuit").
pub(crate) fn after_is(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    // "is", "it's", "its", "it is": the second letter settles most words starting with "i".
    if i == 0 || b[i - 1] != b' ' || !matches!(b.get(i + 1), Some(b's' | b'S' | b't' | b'T')) {
        return None;
    }
    let (len, ignore) = ["is", "it's", "it\u{2019}s", "its", "it is"]
        .iter()
        .zip([&b""[..], b",-", b",-", b",-", b",-"])
        .find(|(connector, _)| eq_ignore_case(b, i, connector.as_bytes()))
        .map(|(connector, ignore)| (connector.len(), ignore))?;
    if !matches!(b.get(i + len), Some(b' ' | b':')) {
        return None;
    }
    let kind = named_before(b, i, ignore)?;
    let from = if b[i + len] == b':' { i + len + 1 } else { i + len };
    value(text, past_adverb(b, skip_spaces(b, from)), kind)
}

/// A value after the colon at `i` that follows a credential's name ("Password: hunter2",
/// "PIN:4821").
pub(crate) fn after_colon(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    let kind = named_before(b, i, b"")?;
    value(text, skip_spaces(b, i + 1), kind)
}

/// The token with the digit at `i` in it, where it follows a credential's name directly
/// ("passcode 839201", "pin=1234") or after "was", "to" or "be" ("changed my pin to 1234").
/// "is" and ":" are read from their own triggers, before the token.
pub(crate) fn around_digit(text: &str, i: usize) -> Option<Span> {
    let b = text.as_bytes();
    // The token: back to a space, or to the "=" or ":" that joins it to a name.
    let start = i - b[..i]
        .iter()
        .rev()
        .take(MAX_VALUE)
        .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b':'))
        .count();
    let before = start - b[..start].iter().rev().take_while(|c| **c == b' ').count();
    let kind = match before.checked_sub(1).map(|p| b[p]) {
        Some(b'=') => named_before(b, before - 1, b"")?,
        Some(c) if is_word(c) && before < start => {
            let window = Window::before(b, before, 8);
            let last = window.last_word(b"");
            if [&b"was"[..], b"to", b"be"].iter().any(|w| last.eq_ignore_ascii_case(w)) {
                named_before(b, before - last.len(), b"")?
            } else {
                named_before(b, before, b"")?
            }
        }
        _ => return None,
    };
    value(text, start, kind)
}

/// What a credential's name ending at `end` (spaces and `ignore` after it aside) asks of its
/// value.
fn named_before(b: &[u8], end: usize, ignore: &[u8]) -> Option<Kind> {
    let window = Window::before(b, end, 32);
    let last = window.last_word(ignore);
    if !LAST_WORDS.contains(last) || !window.ends_with_phrase_in(&NAME_SET, ignore) {
        return None;
    }
    let any_of = |words: &[&str]| words.iter().any(|w| last.eq_ignore_ascii_case(w.as_bytes()));
    Some(if any_of(&["password", "passwd", "pwd", "passphrase"]) {
        Kind::Password
    } else if any_of(&["word", "information", "phrase", "answer", "date", "name", "place"]) {
        Kind::Word
    } else {
        Kind::Code
    })
}

/// The value of a credential of `kind` starting at `start`: a quoted phrase, or a token to the
/// next white space, without the punctuation that ends a sentence.
fn value(text: &str, start: usize, kind: Kind) -> Option<Span> {
    let b = text.as_bytes();
    let (start, end) = match quoted(text, start) {
        Some(span) => span,
        None => {
            let len = b[start..].iter().take(MAX_VALUE + 1).take_while(|c| !c.is_ascii_whitespace()).count();
            if len > MAX_VALUE {
                return None;
            }
            (start, trim_end(text, start, start + len))
        }
    };
    let v = &text[start..end];
    let first = *v.as_bytes().first()?;
    // A placeholder ("password is [EMAIL]"), an aside, a masked value.
    if v.len() < 4 || matches!(first, b'[' | b'(' | b'<' | b'*') || !v.bytes().any(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let has_digit = v.bytes().any(|c| c.is_ascii_digit());
    if kind == Kind::Code && !has_digit {
        return None;
    }
    if v.bytes().all(|c| c.is_ascii_alphabetic() || c == b'\'') {
        if is_stop_word(v) || NOT_VALUE_SET.contains(v) {
            return None;
        }
        let describes = [&b"ed"[..], b"ing", b"ly"].iter().any(|s| v.as_bytes().ends_with(s));
        if kind == Kind::Password && first.is_ascii_lowercase() && describes {
            return None;
        }
    }
    if has_digit && followed_by_unit(b, end) {
        return None;
    }
    Some((start, end))
}

/// A phrase in quotes at `at` ("my memorable phrase is 'blue sky'"): the span inside them, on
/// one line and at most [`MAX_VALUE`] bytes.
fn quoted(text: &str, at: usize) -> Option<Span> {
    let rest = text.get(at..)?;
    let (open, close): (&str, &[char]) = match rest.chars().next()? {
        '"' => ("\"", &['"']),
        '\'' => ("'", &['\'']),
        '\u{201C}' => ("\u{201C}", &['\u{201D}', '"']),
        '\u{2018}' => ("\u{2018}", &['\u{2019}', '\'']),
        _ => return None,
    };
    let inside = &rest[open.len()..];
    let len = inside.find(close).filter(|&n| n <= MAX_VALUE && !inside[..n].contains('\n'))?;
    let start = at + open.len();
    Some((start, start + len))
}

/// `end` less the punctuation that ends a sentence or closes an aside.
fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    const CLOSERS: [char; 10] = ['.', ',', ';', ':', '?', ')', '"', '\'', '\u{2019}', '\u{201D}'];
    while let Some(trimmed) = text[start..end].strip_suffix(CLOSERS) {
        end = start + trimmed.len();
    }
    end
}

/// Whether the word after `end` is a unit of length: "1234 digits", "8 characters".
fn followed_by_unit(b: &[u8], end: usize) -> bool {
    let start = end + b[end..].iter().take_while(|c| **c == b' ').count();
    let len = b[start..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    start > end && UNITS.iter().any(|u| b[start..start + len].eq_ignore_ascii_case(u.as_bytes()))
}

fn skip_spaces(b: &[u8], from: usize) -> usize {
    from + b[from..].iter().take_while(|c| **c == b' ').count()
}

/// Past one of [`ADVERBS`] and the spaces after it, if one stands at `at`.
fn past_adverb(b: &[u8], at: usize) -> usize {
    for adverb in ADVERBS {
        let end = at + adverb.len();
        if eq_ignore_case(b, at, adverb.as_bytes()) && b.get(end) == Some(&b' ') {
            return skip_spaces(b, end);
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values found in `text` by whichever trigger reads them, as text.
    fn found(text: &str) -> Vec<&str> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut resume = 0;
        for i in 0..b.len() {
            if i < resume {
                continue;
            }
            let span = match b[i] {
                b'i' | b'I' if i == 0 || !is_word(b[i - 1]) => after_is(text, i),
                b':' => after_colon(text, i),
                b'0'..=b'9' => around_digit(text, i),
                _ => None,
            };
            if let Some((s, e)) = span {
                out.push(&text[s..e]);
                resume = e;
            }
        }
        out
    }

    #[test]
    fn values_after_a_credentials_name() {
        for (text, value) in [
            ("I can't log in, my password is Summer2024!", "Summer2024!"),
            ("my password is hunter2.", "hunter2"),
            ("Password: Tr0ub4dor&3", "Tr0ub4dor&3"),
            ("password:hunter22", "hunter22"),
            ("my pin is 4821", "4821"),
            ("My PIN is: 4821, thanks", "4821"),
            ("pin number is 4821", "4821"),
            ("passcode 839201", "839201"),
            ("pin=4821", "4821"),
            ("PIN = 4821", "4821"),
            ("I changed my pin to 1234 yesterday", "1234"),
            ("my old password was qwerty123", "qwerty123"),
            ("the key safe code is 2580", "2580"),
            ("my memorable word is chelsea", "chelsea"),
            ("Memorable word: Biscuit", "Biscuit"),
            ("my memorable phrase is 'blue sky'", "blue sky"),
            ("my password is \u{201C}correct horse\u{201D}", "correct horse"),
            ("my password is now Summer2025", "Summer2025"),
            ("my password is hunter", "hunter"),
            ("security answer is Fluffy", "Fluffy"),
            ("it keeps asking for my memorable word, it's Biscuit", "Biscuit"),
            ("my password - it is Hunter2", "Hunter2"),
            ("my memorable date is 12/03/1985", "12/03/1985"),
        ] {
            assert_eq!(found(text), [value], "{text}");
        }
    }

    #[test]
    fn what_describes_a_credential_is_no_value() {
        for text in [
            "I forgot my password",
            "The password reset link doesn't work",
            "my password is incorrect",
            "my password is not working",
            "password is case sensitive?",
            "my password is being rejected",
            "my password is definitely correct",
            "my password is expired",
            "my password is showing as wrong",
            "password is required",
            "Password: required",
            "Password: ********",
            "my pin is blocked after 3 tries",
            "the pin is bent",
            "the pin is on the map",
            "the pin is 4 digits",
            "passwords must be 8 characters long",
            "my password is 12 characters",
            "the password is 1234 digits long",
            "my password is the same as my email",
            "my password is [EMAIL]",
            "my password was reset yesterday",
            "my phone number is 07700900123",
            "order number 12345678",
            "The 3-pin plug on my kettle melted",
            "pin 2 on the map",
            "my pin is still not working",
            "the wifi password is on the receipt?",
            "my password, it's not working",
            "the pin, it is bent",
            "my password isn't working",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_value_is_bounded() {
        let long = format!("password: {}", "x1".repeat(40));
        assert_eq!(found(&long), Vec::<&str>::new());
        let edge = format!("password: {}", "x1".repeat(32));
        assert_eq!(found(&edge), [&edge[10..]]);
        // At the text's end, the name and its connector alone.
        for text in ["password", "password:", "my password is", "my password is ", "pin=", "pin 1"] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
