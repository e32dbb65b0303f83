//! Email addresses as speech-to-text writes them in a voice bot's transcript: "sam dot jones at
//! gmail dot com", "sam.jones at gmail.com", "s m i t h 92 at b t internet dot co dot uk". No
//! `@` stands in them, so the email recognizer never sees them, and the slot's resolved value
//! ("sam.jones@gmail.com") does not match the spoken text. Each is found from the separator
//! before its top-level domain ("dot com", ".co.uk"), read back through the domain to "at" and
//! then through the local part.
//!
//! The same reading finds addresses typed with their punctuation in brackets to hide them
//! from harvesters, "j.smith(at)gmail.com", "sarah [at] example [dot] org": a bracketed "at" is
//! evidence enough, with no cue.

use super::names::is_given_name;
use super::number_words;
use super::numbers::Span;
use super::text::{apostrophe_before, eq_ignore_case, word_char_at, word_char_before};
use super::words::{WordSet, is_stop_word, set_of};

/// Domains an address can end with: top-level ones and the UK's second-level ones. None of
/// them is an English word a sentence goes on with ("at", "in", "is", "it", "me", "be", "no"
/// are not here).
const TOP_LEVEL: &[&str] = &[
    "com", "net", "org", "uk", "co", "ac", "gov", "nhs", "sch", "ltd", "plc", "io", "info", "biz", "eu", "ie", "de",
    "fr", "es", "nl", "ch", "dk", "se", "pl", "pt", "scot", "wales", "cymru", "london", "ai", "dev", "app", "ca", "au",
    "nz",
];
static TOP_LEVEL_SET: WordSet = WordSet::new(|| set_of(TOP_LEVEL.iter().copied()));

/// Words a voice transcript spells the punctuation of a local part with.
const SPOKEN_JOINERS: &[&str] = &["dot", "underscore", "dash", "hyphen", "period", "plus"];

/// Words before an address, in its clause, that say it is one, so that a local part of one
/// plain word ("my email is sam at ...") counts: without them "shop at tesco dot com" would be
/// an address.
const EMAIL_CUES: &[&str] = &["email", "e-mail", "mail", "address", "contact", "reach"];

/// Domains of webmail only, whose addresses need no cue: no shop is "at gmail dot com", so "it's
/// sam at gmail dot com" is an address ("shop at tesco dot com" is not). Not "sky" or "live":
/// "deals at sky dot com".
const MAIL_PROVIDERS: &[&str] = &[
    "gmail",
    "googlemail",
    "hotmail",
    "outlook",
    "yahoo",
    "ymail",
    "icloud",
    "aol",
    "msn",
    "btinternet",
    "protonmail",
    "proton",
    "virginmedia",
    "talktalk",
    "ntlworld",
    "blueyonder",
    "tiscali",
];

/// How many words before a local part a cue may stand ("my email address is sam jones at").
const CUE_REACH: usize = 4;

/// The longest token read, in bytes, either way.
const MAX_TOKEN: usize = 64;

/// How many labels a domain may have before and after the separator it is found from ("mail dot
/// company dot co dot uk"), and how far back its local part may run, in bytes. The bounds keep
/// redaction linear: "x at com dot com dot ..." would otherwise read the whole chain from each
/// separator, and so would a local part of many spelled letters before each of many.
const MAX_LABELS: usize = 4;
const MAX_LOCAL: usize = 64;

/// The spoken email address whose domain has a separator at `sep`: the word "dot" (perhaps in
/// brackets) or a `.` between letters. The test is inline and cheap; the reading, rarely needed,
/// is not.
#[inline]
pub(crate) fn email(b: &[u8], sep: usize) -> Option<Span> {
    // "dot " in any case, as one load (`eq_ignore_case` here cost 1% on PII-free messages): the
    // case bit set on the three letters only, so the space must be a space.
    let dot_word = || {
        let four = b.get(sep..).and_then(<[u8]>::first_chunk::<4>).map(|s| u32::from_le_bytes(*s));
        four.is_some_and(|f| f | 0x0020_2020 == u32::from_le_bytes(*b"dot ")) && sep > 0 && b[sep - 1] == b' '
    };
    let (label_end, after_sep) = match b[sep] {
        b'.' if sep > 0 && b[sep - 1].is_ascii_alphanumeric() => (sep, sep + 1),
        b'd' | b'D' if dot_word() => (sep - 1, sep + 4),
        b'd' | b'D' if sep > 0 && matches!(b[sep - 1], b'(' | b'[' | b'{') => bracketed_dot(b, sep)?,
        _ => return None,
    };
    if !b.get(after_sep).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    read(b, label_end, after_sep)
}

/// "(dot)", "[dot]" or "{dot}" whose word starts at `sep`: where the label before it ends and
/// the domain after it starts (past a space either side).
#[inline(never)]
fn bracketed_dot(b: &[u8], sep: usize) -> Option<(usize, usize)> {
    let after = bracketed_after(b, sep - 1, b"dot")?;
    let label_end = if sep >= 2 && b[sep - 2] == b' ' { sep - 2 } else { sep - 1 };
    Some((label_end, after))
}

/// Whether `open` and `close` are a pair of brackets.
fn paired(open: u8, close: u8) -> bool {
    matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}'))
}

/// Where the text goes on after `word` in brackets ("(at)", "[dot]", any case) starting at
/// `start` or one space after it, and one space after the brackets.
fn bracketed_after(b: &[u8], start: usize, word: &[u8]) -> Option<usize> {
    let start = if b.get(start) == Some(&b' ') { start + 1 } else { start };
    let end = start + word.len() + 2;
    let token = b.get(start..end)?;
    let found = paired(token[0], token[word.len() + 1]) && token[1..=word.len()].eq_ignore_ascii_case(word);
    found.then(|| if b.get(end) == Some(&b' ') { end + 1 } else { end })
}

/// Where `word` in brackets ending at `end`, or one space before it, starts, less one space
/// before the brackets: [`bracketed_after`] read backwards.
fn bracketed_before(b: &[u8], end: usize, word: &[u8]) -> Option<usize> {
    let end = if end > 0 && b[end - 1] == b' ' { end - 1 } else { end };
    let start = end.checked_sub(word.len() + 2)?;
    let found = paired(b[start], b[end - 1]) && b[start + 1..end - 1].eq_ignore_ascii_case(word);
    found.then(|| if start > 0 && b[start - 1] == b' ' { start - 1 } else { start })
}

/// [`email`] past its test: `label_end` ends the domain's first label, `after_sep` starts the
/// domain after it.
#[inline(never)]
fn read(b: &[u8], label_end: usize, after_sep: usize) -> Option<Span> {
    // "co dot uk", ".co.uk": more domains after the first.
    let end = farthest(top_level_end(b, after_sep)?, MAX_LABELS - 1, |e| {
        separator_end(b, e).and_then(|s| top_level_end(b, s))
    });
    let domain = domain_start(b, label_end)?;
    let (at, bracketed) = match domain.checked_sub(4).filter(|&at| eq_ignore_case(b, at, b" at ")) {
        Some(at) => (at, false),
        None => (bracketed_before(b, domain, b"at")?, true),
    };
    let (start, evident) = local_part(b, at)?;
    let cued = cue_before(b, start);
    // A plain word counts after a cue or before a webmail's domain, unless it is a word like
    // "me" ("email me at ...").
    let plain_word = || (cued || webmail(b, domain)) && !is_stop_word(first_word(b, start));
    if !(evident || bracketed || plain_word()) {
        return None;
    }
    // A bracketed "at" is glued to its local part ("jbloggs(at)btinternet.com"): no words of a
    // name said before it.
    let start = match (bracketed, cued) {
        (true, _) => start,
        (false, true) => named_start(b, start),
        (false, false) => given_name_start(b, start),
    };
    Some((start, end))
}

/// A webmail's address said with no top-level domain, read from the word "at" at `at`:
/// "contact me on jsmith at gmail", "it's sarah.jones at hotmail", "my email is sam at yahoo".
/// Without its domain "at hotmail" says less than "at hotmail dot com" does ("my email account
/// at hotmail was hacked", "my co-worker at yahoo"), so the local part must be evidently an
/// address's (not by a hyphen alone), or a plain word after a cue and "is", "on" or a colon.
#[inline(never)]
pub(crate) fn webmail_without_domain(b: &[u8], at: usize) -> Option<Span> {
    let label = at + 3;
    if at < 2 || b[at - 1] != b' ' || b.get(at + 2) != Some(&b' ') {
        return None;
    }
    let end = label + b[label..].iter().take(16).take_while(|c| c.is_ascii_alphanumeric()).count();
    // A domain after it is [`email`]'s to read ("at gmail dot com", "at gmail.com").
    let domain_follows = || separator_end(b, end).is_some_and(|s| b.get(s).is_some_and(u8::is_ascii_alphabetic));
    if word_char_at(b, end) || !webmail_label(&b[label..end]) || domain_follows() {
        return None;
    }
    let (start, evident) = local_part(b, at - 1)?;
    let token = &b[token_start(b, at - 1)..at - 1];
    let hyphenated = token.contains(&b'-') && token.iter().all(|c| c.is_ascii_alphabetic() || *c == b'-');
    let cued = cue_before(b, start);
    let named = if cued { named_start(b, start) } else { start };
    let said = || {
        let before = &b[..named];
        (before.ends_with(b" is ") || before.ends_with(b" on ") || before.ends_with(b": "))
            && !is_stop_word(first_word(b, start))
            && !is_cue(token)
    };
    ((evident && !hyphenated) || (cued && said())).then_some((named, end))
}

/// Where an address whose local part starts at `start` starts with the name said before it:
/// after a cue, up to two more words ("email sam jones @ hotmail . co . uk"); else `start`.
pub(crate) fn start_with_name(b: &[u8], start: usize) -> usize {
    if cue_before(b, start) { named_start(b, start) } else { start }
}

/// Whether the domain starting at `domain` is a webmail's ([`MAIL_PROVIDERS`]).
fn webmail(b: &[u8], domain: usize) -> bool {
    webmail_label(&b[domain..domain + b[domain..].iter().take_while(|c| c.is_ascii_alphanumeric()).count()])
}

/// Whether `label` is a webmail's name ([`MAIL_PROVIDERS`]), in any case.
pub(crate) fn webmail_label(label: &[u8]) -> bool {
    MAIL_PROVIDER_SET.contains(label)
}

static MAIL_PROVIDER_SET: WordSet = WordSet::new(|| set_of(MAIL_PROVIDERS.iter().copied()));

/// Whether `label` is a top-level domain or a second-level one under it ("com", "co", "uk").
pub(crate) fn top_level(label: &[u8]) -> bool {
    TOP_LEVEL_SET.contains(label)
}

/// The end of a domain from `i` that ends an address (letters only), if one stands there.
fn top_level_end(b: &[u8], i: usize) -> Option<usize> {
    let end = i + b[i..].iter().take(7).take_while(|c| c.is_ascii_alphabetic()).count();
    let whole = !word_char_at(b, end);
    (whole && TOP_LEVEL_SET.contains(&b[i..end])).then_some(end)
}

/// Where the next domain starts if a separator (" dot ", "(dot)" or ".") follows `end`.
fn separator_end(b: &[u8], end: usize) -> Option<usize> {
    match b.get(end) {
        Some(b'.') => Some(end + 1),
        _ if eq_ignore_case(b, end, b" dot ") => Some(end + 5),
        _ => bracketed_after(b, end, b"dot"),
    }
}

/// Where the domain whose first separator is at `label_end` starts: back through its labels
/// ("mail dot company"), and letters spelled one by one ("b t internet").
fn domain_start(b: &[u8], label_end: usize) -> Option<usize> {
    let start = token_start(b, label_end);
    if start == label_end {
        return None;
    }
    let labels = farthest(start, MAX_LABELS - 1, |s| joined_before(b, s, &["dot"]));
    Some(farthest(labels, 3, |s| spelled_before(b, s)))
}

/// Where `step` leads from `from`, taken as often as it goes, at most `steps` times.
fn farthest(from: usize, steps: usize, step: impl Fn(usize) -> Option<usize>) -> usize {
    std::iter::successors(Some(from), |&at| step(at)).take(steps + 1).last().unwrap_or(from)
}

/// Where the local part that ends at `end` (before " at ") starts, and whether it is evidently
/// an address's: spoken joiners, letters with digits or punctuation in one token, or letters
/// spelled one by one. A plain word or number is not ("shop at tesco dot com", "order 12345 at
/// amazon dot co dot uk", "12.99 at amazon.co.uk").
fn local_part(b: &[u8], end: usize) -> Option<(usize, bool)> {
    let mut start = token_start(b, end);
    if start == end {
        return None;
    }
    let token = &b[start..end];
    let mut number = !token.iter().any(u8::is_ascii_alphabetic);
    let mut evident = !number && !token.iter().all(u8::is_ascii_alphabetic);
    // "sharma eighty one": a number said in words, up to four of them.
    if number_words::is_number_word(token) {
        for _ in 0..3 {
            match word_before(b, start) {
                Some(word) if number_words::is_number_word(&b[word..start - 1]) => start = word,
                _ => break,
            }
        }
        number = true;
    }
    // "smith 92": a number said after the word it belongs to.
    if number && let Some(word) = word_before(b, start) {
        start = word;
    }
    let mut letters = 0;
    while end - start <= MAX_LOCAL {
        if let Some(s) = joined_before(b, start, SPOKEN_JOINERS) {
            start = s;
            evident = true;
        } else if let Some(s) = spelled_before(b, start) {
            start = s;
            letters += usize::from(b[s].is_ascii_alphabetic());
        } else {
            break;
        }
    }
    Some((start, evident || letters >= 2))
}

/// Where the token before " `joiner` " (or the joiner in brackets) before `start` starts, for
/// one of `joiners`.
fn joined_before(b: &[u8], start: usize, joiners: &[&str]) -> Option<usize> {
    let end = joiners.iter().find_map(|j| {
        let s = start.checked_sub(j.len() + 2)?;
        let spoken = b[s] == b' ' && b[start - 1] == b' ' && b[s + 1..start - 1].eq_ignore_ascii_case(j.as_bytes());
        if spoken { Some(s) } else { bracketed_before(b, start, j.as_bytes()) }
    })?;
    let s = token_start(b, end);
    (s < end).then_some(s)
}

/// Where the token before the space before `start` starts, if there is one.
fn token_before(b: &[u8], start: usize) -> Option<usize> {
    let end = start.checked_sub(1).filter(|&e| b[e] == b' ')?;
    let s = token_start(b, end);
    (s < end).then_some(s)
}

/// [`token_before`], if that token is one letter or only digits (an address spelled out, "s m i
/// t h 92").
fn spelled_before(b: &[u8], start: usize) -> Option<usize> {
    token_before(b, start).filter(|&s| {
        let token = &b[s..start - 1];
        token.len() == 1 || token.iter().all(u8::is_ascii_digit)
    })
}

/// [`token_before`], if that token is a word of letters.
fn word_before(b: &[u8], start: usize) -> Option<usize> {
    token_before(b, start).filter(|&s| b[s..start - 1].iter().all(u8::is_ascii_alphabetic))
}

/// The token from `start` up to a space, as text for a word list.
fn first_word(b: &[u8], start: usize) -> &str {
    let end = start + b[start..].iter().position(|c| *c == b' ').unwrap_or(b.len() - start);
    std::str::from_utf8(&b[start..end]).unwrap_or("")
}

/// After a cue ("my email is sam jones at ..."), the address's start moved back over up to two
/// more words of a name said before it.
fn named_start(b: &[u8], mut start: usize) -> usize {
    for _ in 0..2 {
        let Some(s) = word_before(b, start) else { break };
        let word = first_word(b, s);
        if is_stop_word(word) || is_cue(word.as_bytes()) {
            break;
        }
        start = s;
    }
    start
}

/// With no cue, the address's start moved back over a given name or an initial said before the
/// rest of the local part ("its sarah jones 99 at yahoo dot co dot uk"), or over a word and the
/// given name or initial before it ("j smith 1 9 8 2 at hotmail dot com"; not "so I said 1 2 3
/// at gmail dot com", "i emailed sarah at ...").
fn given_name_start(b: &[u8], start: usize) -> usize {
    let named = |s: usize, end: usize| match &b[s..end] {
        [c] => c.is_ascii_lowercase() && !matches!(c, b'a' | b'i'),
        word => is_given_name(word),
    };
    let Some(last) = word_before(b, start) else { return start };
    match word_before(b, last) {
        Some(first) if named(first, last - 1) && !is_stop_word(first_word(b, last)) => first,
        _ if named(last, start - 1) => last,
        _ => start,
    }
}

/// Whether a cue stands in the [`CUE_REACH`] words before `start`, in the same clause (only
/// spaces and colons between the words).
fn cue_before(b: &[u8], start: usize) -> bool {
    let mut end = start;
    for _ in 0..CUE_REACH {
        let word_end = end - b[..end].iter().rev().take_while(|c| matches!(c, b' ' | b':')).count();
        let word_start = word_end
            - b[..word_end]
                .iter()
                .rev()
                .take(MAX_TOKEN)
                .take_while(|c| c.is_ascii_alphabetic() || matches!(c, b'-' | b'\''))
                .count();
        if word_end == end || word_start == word_end {
            return false;
        }
        if is_cue(&b[word_start..word_end]) {
            return true;
        }
        end = word_start;
    }
    false
}

/// Whether `word` is a cue, perhaps with "'s" ("email's", "email\u{2019}s").
fn is_cue(word: &[u8]) -> bool {
    let word = word.strip_suffix(b"'s").or_else(|| word.strip_suffix("\u{2019}s".as_bytes())).unwrap_or(word);
    EMAIL_CUES.iter().any(|cue| word.eq_ignore_ascii_case(cue.as_bytes()))
}

/// Where the token ending at `end` starts: letters and digits, and the `.`, `_`, `+`, `-` an
/// address has between them; at most [`MAX_TOKEN`] bytes back.
fn token_start(b: &[u8], end: usize) -> usize {
    let floor = end.saturating_sub(MAX_TOKEN);
    let mut s = end;
    while s > floor {
        let c = b[s - 1];
        let inner = matches!(c, b'.' | b'_' | b'+' | b'-') && s < end && s >= 2 && b[s - 2].is_ascii_alphanumeric();
        if !(c.is_ascii_alphanumeric() || inner) {
            break;
        }
        s -= 1;
    }
    // A token cut by the bound, or the tail of "I'm" (or "I\u{2019}m"), is none.
    if word_char_before(b, s) || apostrophe_before(b, s).is_some() { end } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the recognizer finds from each separator of `text`, as text.
    fn found(text: &str) -> Vec<&str> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut resume = 0;
        for i in 0..b.len() {
            let sep = b[i] == b'.' || (matches!(b[i], b'd' | b'D') && !word_char_before(b, i));
            if i >= resume
                && sep
                && let Some((s, e)) = email(b, i)
            {
                out.push(&text[s..e]);
                resume = e;
            }
        }
        out
    }

    #[test]
    fn finds_addresses_as_voice_transcripts_write_them() {
        for (text, address) in [
            ("my email is sam dot jones at gmail dot com", "sam dot jones at gmail dot com"),
            ("it's sam.jones at gmail.com thanks", "sam.jones at gmail.com"),
            ("j underscore smith 92 at hotmail dot co dot uk please", "j underscore smith 92 at hotmail dot co dot uk"),
            ("s m i t h 92 at b t internet dot com", "s m i t h 92 at b t internet dot com"),
            ("send it to priya dash patel at mail dot company dot org", "priya dash patel at mail dot company dot org"),
            ("Sam Dot Jones At Outlook Dot Com", "Sam Dot Jones At Outlook Dot Com"),
            ("email address is sam at sky dot com", "sam at sky dot com"),
            ("my email is sam jones at outlook dot com.", "sam jones at outlook dot com"),
            ("contact me on jsmith84 at yahoo.co.uk", "jsmith84 at yahoo.co.uk"),
            ("email's ruth at aol dot com", "ruth at aol dot com"),
            // Typed with the punctuation in brackets.
            ("my email is j.smith(at)gmail.com", "j.smith(at)gmail.com"),
            ("email: sarah [at] example [dot] org", "sarah [at] example [dot] org"),
            ("tom(at)example(dot)com thanks", "tom(at)example(dot)com"),
            ("you can reach me via jbloggs(at)btinternet.com", "jbloggs(at)btinternet.com"),
            ("or reach me via sam at gmail dot com", "sam at gmail dot com"),
            ("it's j(dot)smith(at)mail(dot)company(dot)co(dot)uk", "j(dot)smith(at)mail(dot)company(dot)co(dot)uk"),
            ("SAM [AT] SKY {DOT} COM", "SAM [AT] SKY {DOT} COM"),
            // A webmail's domain needs no cue.
            ("it's sam at gmail dot com", "sam at gmail dot com"),
            ("yeah it's jones at hotmail dot co dot uk", "jones at hotmail dot co dot uk"),
            ("Email. ruth at aol dot com", "ruth at aol dot com"),
            // With the given name or initial said before the rest.
            ("its sarah jones 99 at yahoo dot co dot uk", "sarah jones 99 at yahoo dot co dot uk"),
            ("sure its j smith 1 9 8 2 at hotmail dot com", "j smith 1 9 8 2 at hotmail dot com"),
            ("so I said 1 2 3 at gmail dot com", "1 2 3 at gmail dot com"),
            ("i emailed sarah at gmail dot com", "sarah at gmail dot com"),
            ("my friend said smith 92 at gmail dot com", "smith 92 at gmail dot com"),
            // A number said in words after the name.
            (
                "its priya sharma eighty one at hotmail dot co dot uk",
                "priya sharma eighty one at hotmail dot co dot uk",
            ),
            ("email is smith twenty twenty at gmail dot com", "smith twenty twenty at gmail dot com"),
        ] {
            assert_eq!(found(text), vec![address], "{text}");
        }
    }

    #[test]
    fn leaves_places_and_times_that_only_look_like_addresses() {
        for text in [
            "I bought it at argos dot co dot uk",
            "shop at tesco.com for the deal",
            "we'll meet at ten on the dot",
            "my email is one at gmail dot com",
            "sam dot jones is my username",
            "email me at gmail dot com",
            "my email is at the top",
            "order at amazon dot co dot uk yesterday",
            "see the site at example dot community",
            "my email is it at dot com",
            "my email is wrong, order 12345 at amazon dot co dot uk",
            "email. ruth at example dot com",
            "deals at sky dot com this week",
            "log in at gmail dot com",
            "it was 12.99 at amazon.co.uk",
            "sam.j at gmail dot\u{0}com",
            // Brackets that do not pair or hold no "at", or nothing before them.
            "tom(at]example(dot)com",
            "tom(at)example(dot]com",
            "tom(a)example.com",
            "(at) tesco.com",
            "sam [at] home",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    /// What [`webmail_without_domain`] finds from each word "at" of `text`, as text.
    fn found_without_domain(text: &str) -> Vec<&str> {
        let b = text.as_bytes();
        (0..b.len())
            .filter(|&i| b[i..].starts_with(b"at") && !word_char_before(b, i))
            .filter_map(|i| webmail_without_domain(b, i))
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn finds_webmail_addresses_said_without_their_domain() {
        for (text, address) in [
            ("contact me on jsmith at gmail", "jsmith at gmail"),
            ("its sarah.jones at hotmail", "sarah.jones at hotmail"),
            ("my email is sam at yahoo thanks", "sam at yahoo"),
            ("email: sam jones at outlook", "sam jones at outlook"),
            ("it's j underscore smith at icloud", "j underscore smith at icloud"),
            ("s m i t h at btinternet.", "s m i t h at btinternet"),
        ] {
            assert_eq!(found_without_domain(text), vec![address], "{text}");
        }
    }

    #[test]
    fn leaves_webmail_named_without_an_address() {
        for text in [
            "my email account at hotmail was hacked",
            "my co-worker at yahoo",
            "email me at gmail",
            "my email address at outlook",
            "there's a problem at yahoo",
            "i'm at gmail",
            "order 12345 at outlook",
            // With a domain, the domain's reader decides.
            "contact me on jsmith at gmail dot com",
            "contact me on jsmith at gmail.com",
            // "gmailfan" is no webmail.
            "contact me on jsmith at gmailfan",
        ] {
            assert_eq!(found_without_domain(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn reads_no_further_than_its_bounds() {
        // A token longer than the bound is no local part; nothing reads past either end.
        let long = format!("email {} at gmail dot com", "a".repeat(200));
        assert_eq!(found(&long), Vec::<&str>::new());
        assert_eq!(found("at gmail dot com"), Vec::<&str>::new());
        assert_eq!(found("x at y dot"), Vec::<&str>::new());
        assert_eq!(found("dot com"), Vec::<&str>::new());
        assert_eq!(found("."), Vec::<&str>::new());
        // A domain of more labels than the bound is read up to it; a local part goes back no
        // further than its bound.
        assert_eq!(
            found("sam.j at com dot com dot com dot com dot com dot com"),
            vec!["sam.j at com dot com dot com dot com dot com"]
        );
        let spelled = format!("email is {}at x dot com", "a ".repeat(100));
        let local = found(&spelled)[0].strip_suffix("at x dot com").map(str::len);
        assert!(local.is_some_and(|n| n > MAX_LOCAL - 2 && n <= MAX_LOCAL + 2), "{local:?}");
    }
}
