//! Credentials typed into a chat after the words that name them: a password or passphrase, a
//! PIN or passcode, a one-time code sent to sign in, a bank's memorable word, a door or key
//! safe code, a security answer ("my password is Summer2024!", "PIN: 4821", "my otp is
//! 123456", "memorable word is biscuit", "passcode 839201", "the key safe code is 2580", "my
//! old password was qwerty123"). The value is the next token,
//! or a quoted phrase; what says something about the credential rather than gives it is none
//! ("my password is incorrect", "the pin is 4 digits", "Password: required", "my pin is
//! blocked").
//!
//! Usernames and social media handles are read the same way (`USERNAME`): "my username is
//! jsmith84", "Login: tom_w_1990", "my insta is tomsbakes", "Twitter: @sarahj_84", "follow me
//! on instagram @tomsbakes".
//!
//! Most names are read back from what follows them, the "is" (or ", it's") or ":" after them, a
//! token with a digit after them, "=", "was", "to" or their "'s" ("my pin's 1234"), or a handle's
//! "@". A password's or a PIN's
//! name is also read forward from its "p", for a word after "was" or "to", which no trigger
//! sees: "my password was sunshine", "I changed my password to sunshine", "my pin was changed
//! to 1357". Not a word after "to" without a word of changing before ("I need my password to
//! work"), nor a memorable word's or username's after "was" ("my memorable word was biscuit").

use super::dates;
use super::entity::EntityType;
use super::numbers::Span;
use super::text::{IT_IS, eq_ignore_case, letters_before, possessive_stem, word_char_at};
use super::transcript;
use super::words::{WordSet, is_named_thing, is_stop_word, set_of};

/// What a credential's value may be, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A PIN or a code: a token with a digit in it ("the pin is bent" gives none).
    Code,
    /// A password: any token, but not a lowercase word that describes one ("expired",
    /// "working", "rejected", "slowly").
    Password,
    /// A memorable word or a security answer: any token or word but a stop word.
    Word,
    /// A memorable date: as a memorable word, and the rest of a date said in words after it
    /// ("the 14th of feb", "3 March 1990").
    Date,
    /// A username or login, or a handle named as one's own ("my insta is tomsbakes"): any
    /// token but a word that describes one ("my login is blocked", "Login: failed").
    Username,
    /// A handle after a social network's name alone: a token starting with "@", or with a
    /// letter and a digit, an underscore or a dot in it ("Instagram: @tomsbakes", "twitter:
    /// jsmith88", "Instagram: toms_bakes", "Instagram: priya.makes.cakes"; but "Instagram:
    /// closed today", "Twitter: 2023").
    Handle,
}

impl Kind {
    fn entity(self) -> EntityType {
        match self {
            Kind::Username | Kind::Handle => EntityType::Username,
            Kind::Code | Kind::Password | Kind::Word | Kind::Date => EntityType::Password,
        }
    }
}

/// A credential's type and where its value stands.
pub(crate) type Credential = (EntityType, Span);

/// The last four bytes of each name's last word (lowercase, a space before the three-letter
/// ones), as [`tail`] reads them: one compare settles most words before an "is", a colon, a
/// number or an "@" ([`named_before`] has the names; [`SHORT_TAILS`] the two-letter ones).
const TAILS: [u32; 26] = [
    u32::from_le_bytes(*b"word"),
    u32::from_le_bytes(*b"sswd"),
    u32::from_le_bytes(*b" pwd"),
    u32::from_le_bytes(*b"rase"),
    u32::from_le_bytes(*b"code"),
    u32::from_le_bytes(*b" pin"),
    u32::from_le_bytes(*b"mber"),
    u32::from_le_bytes(*b"tion"),
    u32::from_le_bytes(*b"swer"),
    u32::from_le_bytes(*b"date"),
    u32::from_le_bytes(*b"name"),
    u32::from_le_bytes(*b"ogin"),
    u32::from_le_bytes(*b"erid"),
    u32::from_le_bytes(*b"rtag"),
    u32::from_le_bytes(*b"ndle"),
    u32::from_le_bytes(*b"tter"),
    u32::from_le_bytes(*b"nsta"),
    u32::from_le_bytes(*b"gram"),
    u32::from_le_bytes(*b"ktok"),
    u32::from_le_bytes(*b"chat"),
    u32::from_le_bytes(*b"snap"),
    u32::from_le_bytes(*b"book"),
    u32::from_le_bytes(*b" otp"),
    u32::from_le_bytes(*b"user"),
    u32::from_le_bytes(*b" tag"),
    u32::from_le_bytes(*b"olut"),
];

/// The last three bytes of the two-letter names ("user id", "my ig", "my fb", "pw"), a space
/// first, as the top three bytes of [`tail`]'s four.
const SHORT_TAILS: [u32; 4] = [
    u32::from_le_bytes(*b" id\0"),
    u32::from_le_bytes(*b" ig\0"),
    u32::from_le_bytes(*b" fb\0"),
    u32::from_le_bytes(*b" pw\0"),
];

/// Whether `four` ([`tail`]) may end a credential's name.
#[inline(always)]
fn is_tail(four: u32) -> bool {
    // The byte before a two-letter name a space if it is no letter or digit ("pw" opening a
    // line, "(pw: ...)"), as [`tail`] makes the first.
    let short = four >> 8;
    let short = if (short as u8).is_ascii_alphanumeric() { short } else { short & !0xFF | u32::from(b' ') };
    TAILS.contains(&four) || SHORT_TAILS.contains(&short)
}

/// Bit `n` set for the `n`th letter of the alphabet that ends a name, "was" or "to": before
/// the four bytes are compared, a shift settles most words.
const LAST_LETTERS: u32 = {
    let mut bits = 0;
    let letters = b"denrsoamktpgbw";
    let mut n = 0;
    while n < letters.len() {
        bits |= 1 << (letters[n] - b'a');
        n += 1;
    }
    bits
};

/// Whether the word ending at `end` may end a name, "was" or "to", by its last letter.
#[inline(always)]
fn may_end_name(b: &[u8], end: usize) -> bool {
    let last = end.checked_sub(1).map_or(0, |p| b[p] | 0x20);
    last.is_ascii_lowercase() && LAST_LETTERS >> (last - b'a') & 1 != 0
}

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
    "does",
    "doesnt",
    "didnt",
    "isnt",
    "wont",
    "cant",
    "slow",
    "down",
    "public",
    "deactivated",
    "deleted",
    "gone",
    "linked",
    "connected",
    "failed",
    "unavailable",
    "available",
    "taken",
    "closed",
    "open",
    "useless",
    "rubbish",
    "better",
    "always",
    "never",
    "often",
    "sometimes",
    "again",
];

static NOT_VALUE_SET: WordSet = WordSet::new(|| set_of(NOT_VALUES.iter().copied()));

/// Words that may stand between "is" and the value: "my password is now Summer2024".
const ADVERBS: &[&str] = &["now", "still", "currently", "just", "actually"];

/// Words after a number that make it a length, not a value: "the pin is 1234 digits" is odd,
/// but "a passcode 6 digits long" is not.
const UNITS: &[&str] = &["digits", "digit", "characters", "character", "chars", "letters", "numbers", "long"];

/// The longest value read, in bytes; a longer token is no credential (a link, a pasted blob).
const MAX_VALUE: usize = 64;

/// How far back from what follows it a credential's name is looked for: spaces skipped.
const NAME_REACH: usize = 32;

/// Whether the word at `i` (a word start with "i") may join a credential's name to its value,
/// from the bytes next to it alone: "is", or "it" after a comma or a dash ("memorable word,
/// it's Biscuit"). Inlined, so that the scan's every "i" pays a few compares only.
#[inline(always)]
pub(crate) fn may_follow_name(b: &[u8], i: usize) -> bool {
    match b.get(i + 1).map(|c| c | 0x20) {
        Some(b's') => matches!(b.get(i + 2), Some(b' ' | b':')),
        Some(b't') => i >= 2 && matches!(b[i - 2], b',' | b'-'),
        _ => false,
    }
}

/// The value after the "is", "it's", "its" or "it is" at `i` that follows a credential's name
/// ("my password is hunter2", "PIN is: 4821", "memorable word is now biscuit", "my memorable
/// word, it's Biscuit"). Kept out of line, as are the other entry points, so that the scan
/// loop that calls them keeps its shape (inlined, they cost it more than they do).
#[inline(never)]
pub(crate) fn after_is(text: &str, i: usize) -> Option<Credential> {
    let b = text.as_bytes();
    if i == 0 || b[i - 1] != b' ' {
        return None;
    }
    // "is" alone; "it's", "its", "it is" only after a comma or a dash ([`may_follow_name`]).
    let (len, ignore) = if b[i + 1] | 0x20 == b's' {
        (2, &b""[..])
    } else {
        let len = IT_IS.iter().find(|c| eq_ignore_case(b, i, c.as_bytes()))?.len();
        (len, &b",-"[..])
    };
    if !matches!(b.get(i + len), Some(b' ' | b':')) {
        return None;
    }
    let kind = named_before(b, i, ignore).or_else(|| code_sent_before(b, i))?;
    let from = if b[i + len] == b':' { i + len + 1 } else { i + len };
    value(text, past_adverb(b, skip_spaces(b, from)), kind)
}

/// A one-time code named by how it came, before the "is" at `is`: "the code you sent me is
/// 482913", "The code they texted me is", "the code I got is"; "code" after "the", "a", "that"
/// or "this" only, and at most four words before "is" ("the discount code you sent me is
/// SAVE20" is none). Asked only where the word before "is" says how it came.
fn code_sent_before(b: &[u8], is: usize) -> Option<Kind> {
    const SENT: [&str; 5] = ["sent", "texted", "emailed", "got", "received"];
    let came = |word: &[u8]| SENT.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
    let last = letters_before(b, is - 1, 8);
    if !(came(last) || last.eq_ignore_ascii_case(b"me")) {
        return None;
    }
    // The words back from "is" to "code": how it came among them.
    let mut end = is - 1;
    let mut sent = false;
    for _ in 0..5 {
        let word = letters_before(b, end, 8);
        let start = end - word.len();
        if word.is_empty() {
            return None;
        }
        if word.eq_ignore_ascii_case(b"code") {
            let before = start.checked_sub(1).filter(|&p| b[p] == b' ').map(|p| letters_before(b, p, 4));
            let determiner = ["the", "a", "that", "this"]
                .iter()
                .any(|d| before.is_some_and(|w| w.eq_ignore_ascii_case(d.as_bytes())));
            return (sent && determiner).then_some(Kind::Code);
        }
        sent |= came(word);
        end = start.checked_sub(1).filter(|&p| b[p] == b' ')?;
    }
    None
}

/// The value after the colon at `i` that follows a credential's name ("Password: hunter2",
/// "PIN:4821").
/// Or, where the colon ends a speaker's label in a transcript, the credential the turn gives
/// as its answer ([`answered`]).
#[inline(never)]
pub(crate) fn after_colon(text: &str, i: usize) -> Option<Credential> {
    let b = text.as_bytes();
    match named_before(b, i, b"").or_else(|| login_label(b, i)) {
        Some(kind) => value(text, skip_spaces(b, i + 1), kind),
        None => answered(text, i),
    }
}

/// How far after "user:" a password's label is looked for ([`login_label`]). Bounded, and within
/// the reach of a pass that reads again near a placeholder: a value across a line break, once a
/// placeholder, joined a "User:" line to one with "pw:" far after it, and a second redaction
/// found a username the first had not (the property tests at 1,000,000 cases).
const LOGIN_REACH: usize = 128;

/// The credential a login's short label names before the colon at `colon`, as a login is
/// pasted whole ("user: jsmith84 pass: hunter22", "User: tom_w / Pass: Summer2024!"): "user"
/// where a password's label follows on its line or the next (a transcript's "User:" labels a
/// turn), "pass" where no word stands before it but a username's value ("user: tomw pass:
/// hunter22"; not "bus pass: 4821").
fn login_label(b: &[u8], colon: usize) -> Option<Kind> {
    let label = letters_before(b, colon, 4);
    let start = colon - label.len();
    if label.len() != 4 || start.checked_sub(1).is_some_and(|p| b[p].is_ascii_alphanumeric()) {
        return None;
    }
    if label.eq_ignore_ascii_case(b"user") {
        // Its line and the next, within the reach of a pass that reads again near a placeholder
        // ([`LOGIN_REACH`]).
        let reach = &b[colon..b.len().min(colon + LOGIN_REACH)];
        let mut lines = reach.iter().enumerate().filter(|(_, c)| **c == b'\n').map(|(p, _)| p);
        let after = &reach[..lines.nth(1).unwrap_or(reach.len())];
        let password_label = ["pass:", "password:", "pwd:", "pw:"]
            .iter()
            .any(|l| after.windows(l.len()).any(|w| w.eq_ignore_ascii_case(l.as_bytes())));
        return password_label.then_some(Kind::Username);
    }
    if !label.eq_ignore_ascii_case(b"pass") {
        return None;
    }
    // The token before, past the separators between a username and its password.
    let value_end =
        start - b[..start].iter().rev().take_while(|c| matches!(c, b' ' | b',' | b'/' | b'|' | b';')).count();
    if !b[..value_end].last().is_some_and(u8::is_ascii_alphabetic) {
        return Some(Kind::Password);
    }
    let value_start =
        value_end - b[..value_end].iter().rev().take(MAX_VALUE).take_while(|c| !c.is_ascii_whitespace()).count();
    let colon_before = b[..value_start].iter().rposition(|c| *c != b' ').filter(|&p| b[p] == b':')?;
    let named = letters_before(b, colon_before, 8);
    ["user", "username", "login"].iter().any(|n| named.eq_ignore_ascii_case(n.as_bytes())).then_some(Kind::Password)
}

/// The credential that the turn after the speaker label ending at `colon` gives, where the
/// turn before asked for one by its name ("Agent: what's the password?\nCaller: sunshine123",
/// "Bot: And your memorable word please\nUser: it's biscuit"): the turn's first token, perhaps
/// after "it's", where it ends its clause ("Caller: sunshine123, I think"; not "Caller: hang on
/// I'll look").
fn answered(text: &str, colon: usize) -> Option<Credential> {
    let b = text.as_bytes();
    // A label on a line after another: settled by a look at the label's bytes for most colons.
    transcript::line_break_before_label(b, colon)?;
    let (question, turn) = transcript::question_at_label(text, colon)?;
    // The question's last words, its marks and a "please" aside ("your PIN, please?").
    let asked = transcript::asking_words(&text[question.clone()]);
    let kind = named_before(b, question.start + asked.len(), b"")?;
    let found @ (_, (_, end)) = value(text, transcript::answer_start(b, turn), kind)?;
    let next = b[end..].iter().find(|c| **c != b' ');
    matches!(next, None | Some(b'\n' | b'\r' | b'.' | b',' | b'!' | b'?')).then_some(found)
}

/// Where the token whose letters and digits start at `ts` starts, with the underscores, dots
/// and hyphens a username joins them by ("sjones_1984", "sarah.j84").
#[inline(always)]
pub(crate) fn token_start(b: &[u8], ts: usize) -> usize {
    if ts == 0 || !matches!(b[ts - 1], b'_' | b'.' | b'-') {
        return ts;
    }
    let joined = b[..ts]
        .iter()
        .rev()
        .take(MAX_VALUE)
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'));
    ts - joined.count()
}

/// Whether what stands before the token starting at `start` may be a credential's name, from
/// the bytes next to it alone: a space or "=" after a name's [`TAILS`], " was", " to" or a
/// name's "'s". Inlined, so that the scan's every number pays a few compares only.
#[inline(always)]
pub(crate) fn may_follow_name_at(b: &[u8], start: usize) -> bool {
    let Some(end) = start.checked_sub(1).filter(|&p| matches!(b[p], b' ' | b'=')) else { return false };
    if !may_end_name(b, end) {
        return false;
    }
    let four = tail(b, end);
    is_tail(four)
        || four == u32::from_le_bytes(*b" was")
        || four >> 8 == u32::from_le_bytes(*b" to\0")
        || possessive_stem(&b[..end]).is_some_and(|name_end| is_tail(tail(b, name_end)))
}

/// The token with the digit at `i` in it, where it follows a credential's name directly
/// ("passcode 839201", "pin=1234", "door code 4417"), after "was" or "to" ("my old password
/// was qwerty123", "I changed my pin to 1357") or after its "'s" ("my pin's 1234": a value with
/// no digit is left there, where "'s" is as often a possessive: "the password's length");
/// `start` is where its letters and digits start
/// ([`may_follow_name_at`] there).
#[inline(never)]
pub(crate) fn before_token(text: &str, start: usize) -> Option<Credential> {
    let b = text.as_bytes();
    let before = start - 1;
    let kind = if b[before] == b'=' {
        named_before(b, before, b"")?
    } else if let Some(name_end) = possessive_stem(&b[..before]) {
        named_before(b, name_end, b"")?
    } else {
        let connector = letters_before(b, before, 3);
        if [&b"was"[..], b"to"].iter().any(|w| connector.eq_ignore_ascii_case(w)) {
            named_before(b, before - connector.len(), b"")?
        } else {
            named_before(b, before, b"")?
        }
    };
    // A network's name alone is a handle's only with a colon or "is" between ("Instagram:
    // jess_bakes_uk"; "I posted on facebook 10am today" gives a time).
    if kind == Kind::Handle {
        return None;
    }
    value(text, start, kind)
}

/// The handle at the "@" at `at`, after a social network's name or a username's ("follow me
/// on instagram @tomsbakes", "my twitter, @sarahj_84"); with no name before it, one that
/// [`bare_handle`] takes. An email address is none.
#[inline(never)]
pub(crate) fn handle_at(text: &str, at: usize) -> Option<Credential> {
    let b = text.as_bytes();
    if at > 0 && !matches!(b[at - 1], b' ' | b',' | b'\n' | b'(') {
        return None;
    }
    match at.checked_sub(1).and_then(|_| named_before(b, at, b",")) {
        Some(kind @ (Kind::Username | Kind::Handle)) => value(text, at, kind),
        _ => bare_handle(b, at).or_else(|| handle_on(b, at)).map(|end| (EntityType::Username, (at, end))),
    }
}

/// Where an "@handle" ends that is said to be on a social network or a payment app after it
/// ("I'm @jamie.wright on Twitter", "Send £20 to @sammy-k on Monzo"): letters, digits and
/// underscores, dots and hyphens between them.
fn handle_on(b: &[u8], at: usize) -> Option<usize> {
    let handle = &b[at + 1..];
    let len =
        handle.iter().take(31).take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-')).count();
    let len = len - handle[..len].iter().rev().take_while(|c| matches!(c, b'.' | b'-')).count();
    let end = at + 1 + len;
    let network = b.get(end..)?.strip_prefix(b" on ")?;
    let network = &network[..network.iter().take_while(|c| c.is_ascii_alphabetic()).count()];
    let known = SOCIAL_NETWORKS.iter().chain(APPS_WITH_HANDLES).any(|n| network.eq_ignore_ascii_case(n.as_bytes()));
    // A word is a brand's account, or no handle ("ask @tesco on twitter").
    let word = || std::str::from_utf8(&handle[..len]).is_ok_and(is_stop_word);
    ((2..=30).contains(&len) && handle[0].is_ascii_alphanumeric() && known && !word()).then_some(end)
}

/// Networks and apps, besides [`SOCIAL_NETWORKS`], that a handle is said to be on.
const APPS_WITH_HANDLES: &[&str] = &[
    "monzo", "revolut", "paypal", "threads", "linkedin", "youtube", "twitch", "discord", "telegram", "bluesky",
    "reddit", "x",
];

/// Where an "@handle" with no name before it ends: one with a digit or an underscore ("thanks
/// @sarahj_84"), or one that opens the message ("@tomsbakes is this you?"); of 2 to 30 letters,
/// digits and underscores, starting with a letter or an underscore ("see you @3pm" is a time).
/// "ask @tesco" is left: a brand's account looks the same.
fn bare_handle(b: &[u8], at: usize) -> Option<usize> {
    let handle = &b[at + 1..];
    let len = handle.iter().take(31).take_while(|c| c.is_ascii_alphanumeric() || **c == b'_').count();
    let end = at + 1 + len;
    let starts = handle.first().is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_');
    // The handle ends its token, or a sentence: "@sam_84." but not "@sam_84.co.uk" or "@sam.j".
    let ends = match b.get(end) {
        None => true,
        Some(b'.') => !b.get(end + 1).is_some_and(|c| c.is_ascii_alphanumeric()),
        Some(&c) => !(word_char_at(b, end) || matches!(c, b'@' | b'-')),
    };
    let marked = at == 0 || handle[..len].iter().any(|c| c.is_ascii_digit() || *c == b'_');
    ((2..=30).contains(&len) && starts && ends && marked).then_some(end)
}

/// Whether the word at `p` (a word start with "p" or "P") may be a password's or a PIN's
/// name: "pas", "pin" or "pwd", in any case. Inlined, so that the scan's every word starting
/// with "p" pays a few compares only.
#[inline(always)]
pub(crate) fn may_start_name(b: &[u8], p: usize) -> bool {
    let Some(&[_, c1, c2]) = b.get(p..p + 3) else { return false };
    matches!([c1 | 0x20, c2 | 0x20], [b'a', b's'] | [b'i', b'n'] | [b'w', b'd'])
}

/// Words of changing before a password's or PIN's name that make a word after "to" its value:
/// "I changed my password to sunshine", "can you reset my pin to 1357".
const CHANGING: &[&str] = &["changed", "change", "changing", "set", "reset", "updated", "update"];

/// The value after the password's or PIN's name starting at `p` ("password", "passwd", "pwd",
/// "passphrase", "passcode", "pass code", "pin", "pin number", "pin code"), read forward where
/// "was" or "to" joins them: "my password was sunshine", "my pin was changed to 1357", "my
/// password has been reset to sunshine", "I changed my password to sunshine" (a word of
/// [`CHANGING`] before the name, within three words, or between it and "to").
#[inline(never)]
pub(crate) fn after_name(text: &str, p: usize) -> Option<Credential> {
    let b = text.as_bytes();
    let word = |at: usize| &b[at..at + b[at..].iter().take(12).take_while(|c| c.is_ascii_alphabetic()).count()];
    let is = |w: &[u8], names: &[&str]| names.iter().any(|n| w.eq_ignore_ascii_case(n.as_bytes()));
    // The next word after one space, and where it starts.
    let next = |end: usize| (b.get(end) == Some(&b' ')).then(|| (end + 1, word(end + 1)));
    let name = word(p);
    // A name of two words ("pin number", "pass code") or of one.
    let two = next(p + name.len())
        .filter(|(_, w)| is(w, &["number", "code"]))
        .and_then(|(at, w)| Some((kind_of(w, || name)?, at + w.len())));
    let (kind, mut end) = two.or_else(|| Some((kind_of(name, || &[])?, p + name.len())))?;
    let (at, mut connector) = next(end)?;
    end = at + connector.len();
    // "was", "is", "has been": a word of changing and "to" may follow.
    let mut changing = false;
    if is(connector, &["has"]) {
        let (at, been) = next(end).filter(|(_, w)| is(w, &["been"]))?;
        end = at + been.len();
        connector = b"is";
    }
    if is(connector, &["was", "is"]) {
        if let Some((at, w)) = next(end).filter(|(_, w)| is(w, CHANGING)) {
            let (to_at, to) = next(at + w.len()).filter(|(_, w)| is(w, &["to"]))?;
            changing = true;
            end = to_at + to.len();
            connector = b"to";
        } else if is(connector, &["is"]) {
            // The "is" reads its own value ([`after_is`]).
            return None;
        }
    }
    if !(is(connector, &["was"]) || (is(connector, &["to"]) && (changing || changing_before(b, p)))) {
        return None;
    }
    let found = value(text, skip_spaces(b, end), kind)?;
    let (_, (start, value_end)) = found;
    // "I set a password to protect it", "reset your password to regain access": a verb of
    // purpose, with its object after it.
    let purpose = is(connector, &["to"])
        && b[start..value_end].iter().all(u8::is_ascii_lowercase)
        && next(value_end).is_some_and(|(_, w)| is(w, OBJECTS));
    (!purpose).then_some(found)
}

/// Words after a verb of purpose ("to protect it", "to keep your account safe", "to get in"),
/// which no credential is followed by.
const OBJECTS: &[&str] = &[
    "it", "me", "us", "them", "my", "your", "our", "his", "her", "their", "the", "a", "an", "this", "that", "in",
    "into", "up", "out", "back", "access",
];

/// Whether one of the three words before the name at `p` is one of [`CHANGING`], in any case.
fn changing_before(b: &[u8], p: usize) -> bool {
    let mut end = p;
    for _ in 0..3 {
        end = match end.checked_sub(1) {
            Some(space) if b[space] == b' ' => space,
            _ => return false,
        };
        let before = letters_before(b, end, 12);
        if CHANGING.iter().any(|c| before.eq_ignore_ascii_case(c.as_bytes())) {
            return true;
        }
        end -= before.len();
    }
    false
}

/// The four bytes before `end` as a `u32`, their ASCII letters lowercase; the first a space
/// if it is no letter or digit, or before the text's start ("pin" opening a line).
#[inline(always)]
fn tail(b: &[u8], end: usize) -> u32 {
    let (four, first) = match end.checked_sub(4) {
        Some(s) => (b[s..end].first_chunk::<4>().map_or(0, |f| u32::from_le_bytes(*f)), b[s]),
        None => {
            let some = b[..end].iter().rev().fold(0, |v: u32, &c| v << 8 | u32::from(c));
            (some.checked_shl(8 * (4 - end) as u32).unwrap_or(0), b' ')
        }
    };
    let four = four | 0x2020_2020;
    if first.is_ascii_alphanumeric() { four } else { four & !0xFF | u32::from(b' ') }
}

/// What a credential's name ending at `end` (spaces and `ignore` after it aside) asks of its
/// value. The names: "password", "passwd", "pwd", "pw", "passphrase", "passcode", "pin", "pin
/// number", a code after "pass", "pin", "door", "gate", "alarm", "entry", "access", "safe" or
/// "keysafe" ("key safe code"), a memorable word, information, phrase, answer or date, a
/// security or secret answer or word, a question's answer, the answer to a security question;
/// "username", "userid", "login", "gamertag", a user, screen or login name, a user or login id;
/// a social network's name ([`SOCIAL_NETWORKS`]), a "handle", "snap", "ig" or "fb"
/// ([`POSSESSIVES`]); one's Revolut, or a "Revolut tag".
fn named_before(b: &[u8], end: usize, ignore: &[u8]) -> Option<Kind> {
    let last_end =
        end - b[..end].iter().rev().take(NAME_REACH).take_while(|c| **c == b' ' || ignore.contains(c)).count();
    named_at(b, last_end).or_else(|| named_before_its_use(b, last_end))
}

/// The credential whose name ends at `last_end`. Inlined: most calls ask it alone.
#[inline(always)]
fn named_at(b: &[u8], last_end: usize) -> Option<Kind> {
    if !may_end_name(b, last_end) || !is_tail(tail(b, last_end)) {
        return None;
    }
    let last = letters_before(b, last_end, 11);
    let last_start = last_end - last.len();
    // A whole word, not joined to the word before it: "a 3-pin 240V adapter".
    if last.is_empty() || last_start.checked_sub(1).is_some_and(|p| b[p].is_ascii_alphanumeric() || b[p] == b'-') {
        return None;
    }
    if last.eq_ignore_ascii_case(b"question") {
        return answer_to_security_question(&b[..last_start]).then_some(Kind::Word);
    }
    kind_of(last, || match last_start.checked_sub(1) {
        Some(p) if b[p] == b' ' => letters_before(b, p, 14),
        _ => &[],
    })
}

/// The credential named before what it is for or on, in one to three words that end at `end`
/// ("my password for the app", "the PIN on my card", "username for online banking").
#[inline(never)]
fn named_before_its_use(b: &[u8], end: usize) -> Option<Kind> {
    const FOR: u32 = u32::from_le_bytes(*b" for");
    const WITH: u32 = u32::from_le_bytes(*b"with");
    const ON: u32 = u32::from_le_bytes(*b" on\0");
    const TO: u32 = u32::from_le_bytes(*b" to\0");
    let mut at = end;
    for _ in 0..3 {
        let word = letters_before(b, at, 12);
        let start = at - word.len();
        if word.is_empty() || start == 0 || b[start - 1] != b' ' {
            return None;
        }
        at = start - 1;
        // The preposition's four bytes (one of them the space before it) in one compare.
        let four = tail(b, at);
        let len = match four {
            FOR => 4,
            WITH => 5,
            _ if matches!(four >> 8, ON | TO) => 3,
            _ => continue,
        };
        let name_end = at.checked_sub(len).filter(|&e| b[e] == b' ')?;
        return named_at(b, name_end);
    }
    None
}

/// Whether `before`, the text before the word "question", ends with "answer to my security"
/// (or "to the", "to your", "to"), so the value is the answer ("the answer to my security
/// question is Fluffy"), not the question ("my security question is my first pet's name").
fn answer_to_security_question(before: &[u8]) -> bool {
    ["answer to my security ", "answer to the security ", "answer to your security ", "answer to security "]
        .iter()
        .any(|p| before.len() >= p.len() && before[before.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes()))
}

/// The kind of credential a name of one word, `last`, or two, `first` (asked for only where
/// `last` needs it) and `last`, names: [`named_before`] has the names.
#[inline(always)]
fn kind_of<'b>(last: &[u8], first: impl Fn() -> &'b [u8]) -> Option<Kind> {
    let first_is = |names: &[&str]| {
        let first = first();
        names.iter().any(|n| first.eq_ignore_ascii_case(n.as_bytes()))
    };
    // One match on the last word, in lowercase (no name is longer than eleven letters).
    let mut lowercase = [0u8; 11];
    let lower = lowercase.get_mut(..last.len())?;
    lower.copy_from_slice(last);
    lower.make_ascii_lowercase();
    let kind = match &*lower {
        b"password" | b"passwd" | b"pwd" | b"pw" | b"passphrase" => Kind::Password,
        b"passcode" | b"pin" | b"otp" => Kind::Code,
        // A one-time code sent to sign in is a credential while it lasts; not a "confirmation
        // code", which is a booking's reference.
        b"code"
            if first_is(&[
                "pass",
                "pin",
                "door",
                "gate",
                "alarm",
                "entry",
                "access",
                "safe",
                "keysafe",
                "verification",
                "auth",
                "authentication",
                "otp",
                "sms",
                "login",
                // "one-time code", "one time code", "MFA code", "two-factor code".
                "time",
                "mfa",
                "factor",
                // The Home Office's share code, which proves a right to work or rent.
                "share",
            ]) =>
        {
            Kind::Code
        }
        b"number" if first_is(&["pin"]) => Kind::Code,
        b"word" | b"information" | b"phrase" | b"answer" if first_is(&["memorable"]) => Kind::Word,
        b"date" if first_is(&["memorable"]) => Kind::Date,
        b"word" | b"answer" if first_is(&["security", "secret"]) => Kind::Word,
        b"answer" if first_is(&["question"]) => Kind::Word,
        b"username" | b"userid" | b"login" | b"gamertag" => Kind::Username,
        b"name" if first_is(&["user", "screen", "login"]) => Kind::Username,
        b"id" if first_is(&["user", "login"]) => Kind::Username,
        // "reset the password for user mkowalski92", "signed in as user jd_88".
        b"user" if first_is(&["for", "as"]) => Kind::Username,
        b"handle" | b"snap" | b"ig" | b"fb" if first_is(POSSESSIVES) => Kind::Username,
        b"snap" | b"ig" | b"fb" if first_is(&["on"]) => Kind::Username,
        b"handle" if first_is(SOCIAL_NETWORKS) => Kind::Username,
        // A payment app's handle: "my Revolut tag is @jessb", "my Revolut is @jessb".
        b"tag" if first_is(&["revolut"]) => Kind::Handle,
        b"revolut" if first_is(POSSESSIVES) => Kind::Handle,
        network if SOCIAL_NETWORKS.iter().any(|n| n.as_bytes() == network) => {
            if first_is(POSSESSIVES) {
                Kind::Username
            } else {
                Kind::Handle
            }
        }
        _ => return None,
    };
    Some(kind)
}

/// Social networks whose name may stand before a handle.
const SOCIAL_NETWORKS: &[&str] = &["twitter", "instagram", "insta", "tiktok", "snapchat", "facebook"];

/// Words that make a network's name, a "handle", "snap", "ig" or "fb" one's own ("my insta",
/// "her snap"; but "the handle is loose"; "on snap" names the network too).
const POSSESSIVES: &[&str] = &["my", "your", "his", "her", "their", "our"];

/// The value of a credential of `kind` starting at `start`: a quoted phrase, or a token to the
/// next white space, without the punctuation that ends a sentence. A word alone is no value
/// when it is a stop word ("my password is wrong"), unless it names a place, a brand or a
/// nationality, as memorable words and passwords often do ("my memorable word is liverpool").
fn value(text: &str, start: usize, kind: Kind) -> Option<Credential> {
    let b = text.as_bytes();
    let start = if kind == Kind::Date && eq_ignore_case(b, start, b"the ") { start + 4 } else { start };
    let (start, end) = match quoted(text, start) {
        Some(span) => span,
        None => {
            let len = b[start..].iter().take(MAX_VALUE + 1).take_while(|c| !c.is_ascii_whitespace()).count();
            if len > MAX_VALUE {
                return None;
            }
            let end = trim_end(text, start, start + len);
            match kind {
                Kind::Date => (start, rest_of_date(text, end)),
                Kind::Code => (start, past_code_groups(b, start, end)),
                _ => (start, end),
            }
        }
    };
    let v = &text[start..end];
    let first = *v.as_bytes().first()?;
    // A placeholder ("password is [EMAIL]"), an aside, a masked value; a memorable word or a
    // security answer may have three letters ("Rex"), other values have four at least.
    let shortest = if kind == Kind::Word { 3 } else { 4 };
    if v.len() < shortest || matches!(first, b'[' | b'(' | b'<' | b'*') || !v.bytes().any(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    let has_digit = v.bytes().any(|c| c.is_ascii_digit());
    let handle_shaped =
        || first == b'@' || (v.bytes().any(|c| c.is_ascii_alphabetic()) && (has_digit || v.contains(['_', '.'])));
    if (kind == Kind::Code && !has_digit) || (kind == Kind::Handle && !handle_shaped()) {
        return None;
    }
    if v.bytes().all(|c| c.is_ascii_alphabetic() || c == b'\'') {
        if (is_stop_word(v) && !is_named_thing(v)) || NOT_VALUE_SET.contains(v) {
            return None;
        }
        let describes = || {
            let v = v.as_bytes();
            [&b"ed"[..], b"ing", b"ly"]
                .iter()
                .any(|s| v.len() > s.len() && v[v.len() - s.len()..].eq_ignore_ascii_case(s))
        };
        let describing = match kind {
            Kind::Password => first.is_ascii_lowercase() && describes(),
            Kind::Username => describes(),
            _ => false,
        };
        if describing {
            return None;
        }
    }
    if has_digit && followed_by_unit(b, end) {
        return None;
    }
    Some((kind.entity(), (start, end)))
}

/// Past the groups of a code read in groups, one space apart, the first from `start` to
/// `end`: each of two to four digits, or digits and capitals where the first has a capital,
/// all of one length and each with a digit; a share code ("W4X 7Y9 2ZP"), a one-time code
/// ("448 201"); at most four groups (not "1234 OK", "448 201 ISN'T", "W4X 7Y9 2ZP AND").
/// `end` where the first is no such group.
fn past_code_groups(b: &[u8], start: usize, end: usize) -> usize {
    let len = end - start;
    let lettered = b[start..end].iter().any(u8::is_ascii_uppercase);
    let is_group = |at: usize| {
        b.get(at..at + len).is_some_and(|g| {
            g.iter().all(|c| c.is_ascii_digit() || (lettered && c.is_ascii_uppercase()))
                && g.iter().any(u8::is_ascii_digit)
                && !b.get(at + len).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'\'')
                && !b[at + len..].starts_with("\u{2019}".as_bytes())
        })
    };
    if !(2..=4).contains(&len) || !is_group(start) {
        return end;
    }
    let mut group_end = end;
    for _ in 0..3 {
        if b.get(group_end) != Some(&b' ') || !is_group(group_end + 1) {
            break;
        }
        group_end += 1 + len;
    }
    group_end
}

/// Past the words after `end` that go on with a date: a month's name, "of" before one, a
/// day's or a year's number ("14th| of feb", "3| March 1990"); at most three.
fn rest_of_date(text: &str, mut end: usize) -> usize {
    let b = text.as_bytes();
    for _ in 0..3 {
        let next = end + 1;
        if b.get(end) != Some(&b' ') {
            break;
        }
        let len = b[next..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let word = &b[next..next + len];
        let number = || {
            let digits = word.iter().take_while(|c| c.is_ascii_digit()).count();
            (1..=4).contains(&digits)
                && matches!(&word[digits..], [] | [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h'])
        };
        let month = || dates::month_at(b, next).is_some();
        let of = || word.eq_ignore_ascii_case(b"of") && dates::month_at(b, next + 3).is_some();
        if len == 0 || !(number() || month() || of()) {
            break;
        }
        end = next + len;
    }
    end
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
    // Only as far as a value may reach: an unclosed quote must not read the rest of the text.
    let (len, _) =
        inside.char_indices().take_while(|&(n, c)| n <= MAX_VALUE && c != '\n').find(|(_, c)| close.contains(c))?;
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
    let start = end + b[end..].iter().take(NAME_REACH).take_while(|c| **c == b' ').count();
    let len = b[start..].iter().take(16).take_while(|c| c.is_ascii_alphabetic()).count();
    start > end && UNITS.iter().any(|u| b[start..start + len].eq_ignore_ascii_case(u.as_bytes()))
}

fn skip_spaces(b: &[u8], from: usize) -> usize {
    from + b[from..].iter().take(NAME_REACH).take_while(|c| **c == b' ').count()
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
        found_typed(text).into_iter().map(|(_, v)| v).collect()
    }

    /// [`found`], with each value's type.
    fn found_typed(text: &str) -> Vec<(EntityType, &str)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut resume = 0;
        for i in 0..b.len() {
            if i < resume {
                continue;
            }
            let word_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
            // As the scan calls it: where a token with a digit in it starts.
            let token = &b[i..i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count()];
            let starts_token = word_start && token.iter().any(u8::is_ascii_digit);
            let span = match b[i] {
                b'i' | b'I' if word_start && may_follow_name(b, i) => after_is(text, i),
                b':' => after_colon(text, i),
                b'@' => handle_at(text, i),
                b'p' | b'P' if word_start && may_start_name(b, i) => after_name(text, i),
                _ if starts_token && may_follow_name_at(b, token_start(b, i)) => before_token(text, token_start(b, i)),
                _ => None,
            };
            if let Some((entity, (s, e))) = span {
                out.push((entity, &text[s..e]));
                resume = e;
            }
        }
        out
    }

    #[test]
    fn a_transcripts_answer_to_a_question_for_a_credential() {
        for (text, want) in [
            ("Agent: what's the password?\nCaller: sunshine123", "sunshine123"),
            ("Bot: And your memorable word please?\nUser: it's biscuit", "biscuit"),
            ("Agent: Can I take your PIN, please?\r\nCaller: 4821.", "4821"),
            ("[10:01] Bot: What's your username?\n[10:02] User: tomsbakes, thanks", "tomsbakes"),
            // Marks repeated, and a space before one.
            ("Agent: and the password??\nCaller: sunshine123", "sunshine123"),
            ("Agent: your memorable word ?\nCaller: biscuit", "biscuit"),
        ] {
            assert_eq!(found(text), [want], "{text}");
        }
        for text in [
            "Agent: what's the password?\nCaller: hang on I'll look",
            "Agent: what's the password?\nCaller: forgotten",
            "Agent: Is your password working?\nCaller: nope",
            "Agent: what's your PIN?\nCaller: why",
            "Agent: what's the order number?\nCaller: 48213",
            "what's the password?\nCaller: sunshine123",
            "Caller: sunshine123",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn values_after_a_credentials_name() {
        for (text, value) in [
            ("I can't log in, my password is Summer2024!", "Summer2024!"),
            ("my password is hunter2.", "hunter2"),
            ("Password: Tr0ub4dor&3", "Tr0ub4dor&3"),
            ("password:hunter22", "hunter22"),
            ("pw: hunter2", "hunter2"),
            ("my new pw is Summer24!", "Summer24!"),
            ("my pin is 4821", "4821"),
            // Named before what it is for or on.
            ("my password for the app is Summer2024!", "Summer2024!"),
            ("my password for online banking is Tr0ub4dor", "Tr0ub4dor"),
            ("the PIN on my card is 4921", "4921"),
            ("My PIN is: 4821, thanks", "4821"),
            ("pin number is 4821", "4821"),
            ("passcode 839201", "839201"),
            ("pin=4821", "4821"),
            ("PIN=4821", "4821"),
            ("pin 4821", "4821"),
            ("PIN is 4821", "4821"),
            ("I changed my pin to 1234 yesterday", "1234"),
            ("my old password was qwerty123", "qwerty123"),
            ("the key safe code is 2580", "2580"),
            ("my memorable word is chelsea", "chelsea"),
            ("my memorable word is liverpool", "liverpool"),
            ("my password is London", "London"),
            ("security answer: Italian", "Italian"),
            ("the answer to my security question is Fluffy", "Fluffy"),
            ("the answer to my security question is Rex", "Rex"),
            ("security answer: Max", "Max"),
            ("Security question answer: Rover", "Rover"),
            ("Memorable word: Biscuit", "Biscuit"),
            ("my memorable phrase is 'blue sky'", "blue sky"),
            ("my password is \u{201C}correct horse\u{201D}", "correct horse"),
            ("my password is now Summer2025", "Summer2025"),
            // After the name's "'s", typed or typographic, a value with a digit.
            ("My pin's 1234", "1234"),
            ("my password\u{2019}s Summer2024!", "Summer2024!"),
            ("the door code\u{2019}s 2580", "2580"),
            ("my password is hunter", "hunter"),
            ("security answer is Fluffy", "Fluffy"),
            ("it keeps asking for my memorable word, it's Biscuit", "Biscuit"),
            ("Pass code 4417 please", "4417"),
            ("door code 4417", "4417"),
            ("Door code: 4417#", "4417#"),
            ("the gate code was 1357", "1357"),
            ("the alarm code=9021", "9021"),
            ("secret word is Rosebud", "Rosebud"),
            ("my password - it is Hunter2", "Hunter2"),
            ("my memorable date is 12/03/1985", "12/03/1985"),
            ("my memorable date is 14th feb", "14th feb"),
            ("My memorable date is the 3rd of May 1990, thanks", "3rd of May 1990"),
            ("memorable date: 1 jan and", "1 jan"),
            // A one-time code.
            ("my otp is 123456", "123456"),
            ("verification code: 884421", "884421"),
            // A code read in groups of one length: a one-time code, a Home Office share code.
            ("Two-factor code 448 201 isn't working", "448 201"),
            ("Right to work share code W4X 7Y9 2ZP", "W4X 7Y9 2ZP"),
            ("My share code is WX7 Y92 ZP4.", "WX7 Y92 ZP4"),
            ("Door code 1234 BT", "1234"),
            ("MY SHARE CODE IS W4X 7Y9 2ZP AND IT EXPIRES", "W4X 7Y9 2ZP"),
            ("TWO-FACTOR CODE 448 201 ISN'T WORKING", "448 201"),
            ("door code 4417 please", "4417"),
            ("the one-time code is 482913", "482913"),
            ("my MFA code is 118822", "118822"),
            ("the sms code is 552190, it expires soon", "552190"),
        ] {
            assert_eq!(found_typed(text), [(EntityType::Password, value)], "{text}");
        }
    }

    #[test]
    fn a_one_time_code_named_by_how_it_came() {
        for (text, code) in [
            ("the code they texted me is 482913", "482913"),
            ("The code you sent me is 482913", "482913"),
            ("the code I got is 482913, it says invalid", "482913"),
            ("that code you emailed is 118822", "118822"),
        ] {
            assert_eq!(found_typed(text), [(EntityType::Password, code)], "{text}");
        }
        for text in [
            "The discount code you sent me is SAVE20",
            "the code you sent me is wrong",
            "the code is 482913 you sent me",
            "what you sent me is 482913",
            "the tracking code you sent is JD0002",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_login_pasted_with_its_short_labels() {
        let login = |user, password| vec![(EntityType::Username, user), (EntityType::Password, password)];
        assert_eq!(found_typed("user: jsmith84 pass: hunter22"), login("jsmith84", "hunter22"));
        assert_eq!(found_typed("User: tom_w / Pass: Summer2024!"), login("tom_w", "Summer2024!"));
        assert_eq!(found_typed("user: tomw pass: hunter22"), login("tomw", "hunter22"));
        assert_eq!(found_typed("User: tomw\nPass: hunter22"), login("tomw", "hunter22"));
        assert_eq!(found_typed("Username: jsmith84, Pass: hunter22"), login("jsmith84", "hunter22"));
        assert_eq!(found_typed("login: tomw pass: Sunshine1"), login("tomw", "Sunshine1"));
        assert_eq!(found_typed("Pass: hunter22"), [(EntityType::Password, "hunter22")]);
        for text in [
            "bus pass: 48213",
            "My bus pass: 48213",
            "Boarding pass: BA2291",
            "User: hi I need help",
            "User: I forgot my pass: help",
            "User: hi there\nAgent: pass: no",
            "user: jsmith84",
            "Pass: yes",
            "bypass: 4417",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn words_after_was_or_to_read_forward_from_the_name() {
        for (text, value) in [
            ("my password was sunshine", "sunshine"),
            ("My old password was sunshine but it doesn't work", "sunshine"),
            ("Password was Sunshine!", "Sunshine!"),
            ("I changed my password to sunshine", "sunshine"),
            ("can you reset my pin to 1357", "1357"),
            ("my pin was changed to 1357", "1357"),
            ("my password has been reset to sunshine", "sunshine"),
            ("my pin number was 4821", "4821"),
            ("the pass code was 4417", "4417"),
            ("my passphrase is set to 'blue sky'", "blue sky"),
        ] {
            assert_eq!(found_typed(text), [(EntityType::Password, value)], "{text}");
        }
        for text in [
            "I need my password to work",
            "what do I use my pin to do?",
            "my password was changed yesterday",
            "my password was reset",
            "my password was wrong",
            "my password was accepted at first",
            "my pin was blocked",
            "the pin was bent",
            "password was too short",
            "please pass it to my wife",
            "I passed my test",
            "pin it to the top",
            "my password is the same",
            "my password to the account is on a post-it",
            "I set a password to protect it",
            "reset your password to regain access",
            "change your pin to keep your account safe",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn usernames_and_handles_after_their_names() {
        for (text, value) in [
            ("my username is jsmith84", "jsmith84"),
            ("username for the app: bigdave77", "bigdave77"),
            ("my username's bigdave77", "bigdave77"),
            ("my login on the website is dave.r", "dave.r"),
            ("Username: sarah.jones", "sarah.jones"),
            ("my login is tom_w_1990 and it says locked", "tom_w_1990"),
            ("Login ID: TW1990", "TW1990"),
            ("user id 88213", "88213"),
            ("my userid=sj1984", "sj1984"),
            ("my user name is Sarah", "Sarah"),
            ("his gamertag is xXSlayerXx", "xXSlayerXx"),
            ("my twitter is @sarahj_84", "@sarahj_84"),
            ("my insta is tomsbakes", "tomsbakes"),
            ("Twitter: @sarahj_84", "@sarahj_84"),
            ("twitter: sarahj84", "sarahj84"),
            ("Instagram: jess_bakes_uk", "jess_bakes_uk"),
            ("Find me on Instagram: priya.makes.cakes", "priya.makes.cakes"),
            // Said to be on a network or a payment app after it.
            ("I'm @jamie.wright on Twitter", "@jamie.wright"),
            ("Send £20 to @sammy-k on Monzo", "@sammy-k"),
            ("pay @jess-b on Revolut", "@jess-b"),
            // A payment app's handle after its name.
            ("Revolut tag is @jessb", "@jessb"),
            ("My Revolut is @jessb", "@jessb"),
            ("follow me on instagram @tomsbakes for updates", "@tomsbakes"),
            ("my tiktok, @sarah.makes", "@sarah.makes"),
            ("my twitter handle is sarahj_84", "sarahj_84"),
            ("add her on snap: amy_b", "amy_b"),
            ("I changed my username to jsmith85", "jsmith85"),
            ("screen name was Tommo1990", "Tommo1990"),
            ("I changed my user name to sjones_1984 last week", "sjones_1984"),
            ("username sarah.j84", "sarah.j84"),
            ("Can you reset the password for user mkowalski92", "mkowalski92"),
            ("signed in as user jd_88 but it failed", "jd_88"),
            // With no name before it: a digit or an underscore, or opening the message.
            ("thanks @sarahj_84 for the help", "@sarahj_84"),
            ("@tomsbakes is this you?", "@tomsbakes"),
            ("was it you (@amy_b)?", "@amy_b"),
            ("ask @dan99.", "@dan99"),
        ] {
            assert_eq!(found_typed(text), [(EntityType::Username, value)], "{text}");
        }
    }

    #[test]
    fn what_describes_a_username_and_what_is_no_handle() {
        for text in [
            "my username is not recognised",
            "my revolut is frozen",
            "the price tag is £5",
            "my login is slow today",
            "Login: failed",
            "Is the app for users 18 and over?",
            "the user is not found",
            "my username is the same as my email",
            "username is case sensitive",
            "my login is being blocked",
            "Instagram is better for this",
            "Instagram: closed on Sundays",
            "Instagram: see bio.",
            "Twitter: 2023 was our year",
            "Instagram: 10k followers",
            "I posted on facebook 10am today",
            "Facebook: Sarah Jones",
            "the handle is loose",
            "the door handle is broken",
            "the handle: 12cm",
            "the login page is broken",
            "my twitter is down",
            "my instagram is private",
            "your twitter is always down",
            "a snap is fine",
            "Is your chat open at 9?",
            "email me at tom@example.com",
            "see you @ 5pm",
            "Book the table @7pm",
            "ask @tesco about it",
            "ask @tesco on twitter",
            "I'm @home on Sunday",
            "meet @ the station on Friday",
            "I'm @home all day",
            "@ 5pm then",
            "@7 works",
            "reply to @sam_84.example.com",
            "tag @x",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn what_describes_a_credential_is_no_value() {
        for text in [
            "I forgot my password",
            "my password for the app is wrong",
            "The password for the wifi is on the router",
            "the pin for the card is in the post",
            "my order for the party is 12 pizzas",
            "the code on the door is 4417",
            "the pin on the plug is bent",
            "a password for the first four words of it is fine",
            "The password reset link doesn't work",
            "my password is incorrect",
            "the password's length",
            "the pin's 4 digits",
            "my pin's been blocked",
            "Sam's 12 today",
            "it's 1234",
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
            "Do you sell a 3-pin 240V adapter?",
            "Password: does not work",
            "I need a password to access my account",
            "the password must be strong",
            "my passwords are all different",
            "the door code is on the letter",
            "What is a share code? Where do I get one?",
            "My share code is on the letter from the Home Office",
            "discount code SAVE1234",
            "the code is 1234",
            "pin 2 on the map",
            "my pin is still not working",
            "the wifi password is on the receipt?",
            "my password, it's not working",
            "the pin, it is bent",
            "my password isn't working",
            "my security question is your first pet's name",
            "the question is whether it's safe",
            "my password is from Amazon",
            "my memorable word is the same",
            "security answer: yes",
            "my pin is 123",
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
