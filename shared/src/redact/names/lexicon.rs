//! The tables of names: common given names (`given_names.txt`) and surnames (`surnames.txt`),
//! the words that end a name or cannot be a surname, and places that are no names
//! (`places.txt`).

use super::word_start_before;
use crate::redact::address::names_a_place;
use crate::redact::names_again::ORDINARY_WORDS;
use crate::redact::words::{WordSet, set_of};

/// One of [`GIVEN_NAMES`] that is no word too ([`ORDINARY_WORDS`]: "Priya", not "Will" or
/// "Grace"): a name wherever it stands.
pub(super) fn given_name_no_word(word: &[u8]) -> bool {
    GIVEN_NAMES.contains(word) && !ORDINARY_WORDS.contains(word)
}

/// One of [`GIVEN_NAMES`], or two joined by a hyphen ([`double_barrelled_given_name`]).
pub(crate) fn is_given_name(word: &[u8]) -> bool {
    GIVEN_NAMES.contains(word) || (word.len() >= 5 && double_barrelled_given_name(word))
}

/// Two of [`GIVEN_NAMES`] joined by a hyphen ("kerry-ann", "jean-luc"; not "rose-gold"), the
/// second perhaps one that the list leaves out as a word ("ivy-rose", "ellie-may"). Out of
/// line: most words asked about are no given name and have no hyphen.
#[inline(never)]
fn double_barrelled_given_name(word: &[u8]) -> bool {
    const SECOND_ONLY: [&[u8]; 4] = [b"rose", b"may", b"belle", b"mai"];
    let hyphen = word.iter().position(|c| *c == b'-');
    hyphen.is_some_and(|h| {
        let second = &word[h + 1..];
        GIVEN_NAMES.contains(&word[..h])
            && (GIVEN_NAMES.contains(second) || SECOND_ONLY.iter().any(|s| second.eq_ignore_ascii_case(s)))
    })
}

/// Common given names, for lowercase text ([`after_self_introduction`](super::lowercase::after_self_introduction)).
pub(super) static GIVEN_NAMES: WordSet = WordSet::new(|| set_of(given_name_list()));

/// Common surnames that are no word, place or given name, from `surnames.txt`, for a surname
/// given alone ([`surname_alone`](super::alone::surname_alone)).
pub(super) static SURNAMES: WordSet = WordSet::new(|| {
    set_of(include_str!("surnames.txt").lines().filter(|line| !line.is_empty() && !line.starts_with('#')))
});

/// One of [`SURNAMES`] that names no kind of place ([`names_a_place`]: "Hall" names a house
/// too), where a surname stands alone or after a title.
pub(super) fn is_common_surname(word: &str) -> bool {
    SURNAMES.contains(word) && !names_a_place(word)
}

/// Towns, cities, counties and islands of the UK and the islands by it (`places.txt`), for what
/// a weak cue or a sign-off takes ([`is_place_only`]).
static PLACES: WordSet = WordSet::new(|| {
    set_of(include_str!("places.txt").lines().filter(|line| !line.is_empty() && !line.starts_with('#')))
});

/// Whether the name found at `start..end`, alone or with the word before it, names a place of
/// [`PLACES`] and no common given name: where someone is, not who, after a weak cue or signing
/// off ("It's Jersey", "Cheers from Wigan", "Love from Milton Keynes"; but "It's Skye" is a
/// name). Asked only where a name was found.
pub(super) fn is_place_only(b: &[u8], start: usize, end: usize) -> bool {
    let place = |words: &[u8]| PLACES.contains(words) && !GIVEN_NAMES.contains(words);
    place(&b[start..end]) || word_start_before(b, start).is_some_and(|s| place(&b[s..end]))
}

/// The words of `given_names.txt`.
pub(super) fn given_name_list() -> impl Iterator<Item = &'static str> {
    include_str!("given_names.txt").lines().filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Words after a name's first word that end it rather than continue it, besides stop words:
/// "this is sarah speaking", "im tom need help", "its ella x", "call me sam btw", "SURNAME IS
/// MCALLISTER Name ...".
pub(super) const NOT_SURNAMES: &[&str] = &[
    // A boy's title after his name on a ticket ("SMITH/LEO MSTR").
    "mstr",
    "bye",
    // "left with jack next door".
    "next",
    // "and" in the EU regions' languages ("mi marido se llama javier y la reserva ...").
    "y",
    "et",
    "und",
    "speaking",
    "ringing",
    "phoning",
    "texting",
    "messaging",
    "need",
    "needs",
    "needed",
    "wanted",
    "wants",
    "said",
    "says",
    "told",
    "asked",
    "rang",
    "phoned",
    "emailed",
    "ive",
    "id",
    "ill",
    "im",
    "got",
    "get",
    "thank",
    "cheers",
    "regarding",
    "re",
    "help",
    "x",
    "xx",
    "xxx",
    "first",
    "last",
    "middle",
    "surname",
    "name",
    "name's",
    "names",
    "forename",
    "aged",
    "age",
    "born",
    "btw",
    "pls",
    "plz",
    "thx",
    "ty",
    "asap",
    "lol",
    "tho",
    "though",
    "too",
    "instead",
    "anyway",
    "yesterday",
    "later",
    "earlier",
    "recently",
    "previously",
    // What someone did, in the past tense a verb of its own has ("my son jack bought it"; those
    // ending in "ed": [`past_tense`]), and does.
    "paid",
    "sent",
    "bought",
    "brought",
    "made",
    "left",
    "took",
    "came",
    "went",
    "gave",
    "found",
    "thought",
    "sold",
    "spent",
    "lost",
    "kept",
    "knew",
    "wrote",
    "drove",
    "flew",
    "broke",
    "forgot",
    // And in the present ("my son jack likes it", "my wife emma lives in leeds"); none a surname.
    "likes",
    "loves",
    "lives",
    "works",
    "plays",
    "goes",
    "thinks",
    "knows",
    "uses",
    "keeps",
    "takes",
    "makes",
    "comes",
    "pays",
    "owes",
    "prefers",
    "hates",
    "eats",
    "drinks",
    "drives",
    "gets",
    "sees",
    "tries",
    "buys",
    "sends",
    "orders",
    "books",
    "calls",
    "emails",
    "texts",
    "rings",
    "visits",
    "stays",
    "starts",
    "finishes",
    "arrives",
    "collects",
    "returns",
    "did",
    "does",
    // What a verb's name is picked or dropped by ("picking ollie up", "drop jack off").
    "up",
    "off",
];

static NOT_SURNAME_SET: WordSet = WordSet::new(|| set_of(NOT_SURNAMES.iter().copied()));

/// What someone may or will do, after "can", "will", "could" before the name ("can aunty bola
/// come too", "will my son jack pick it up"): no surname in lowercase or in capitals, but some
/// are one capitalised ("Chris Pick", "Tom Wait").
const MAY_DO: &[&str] = &[
    "come",
    "go",
    "pick",
    "collect",
    "bring",
    "take",
    "sign",
    "pay",
    "use",
    "join",
    "stay",
    "attend",
    "drop",
    "swap",
    "borrow",
    "see",
    "meet",
    "wait",
    "apply",
    "travel",
    "fly",
    "sit",
    "eat",
    "ring",
    "call",
    "text",
    "send",
    "tell",
    "ask",
    "book",
    "order",
    "contact",
    "try",
    "deliver",
    "speak",
    "talk",
    "help",
    "phone",
    "email",
    "message",
    "reply",
    "check",
    "sort",
    "get",
    "working",
    "available",
    "busy",
    "around",
    "coming",
    "going",
];

static MAY_DO_SET: WordSet = WordSet::new(|| set_of(MAY_DO.iter().copied()));

/// Whether `word` after a name's first word ends the name: one of [`NOT_SURNAMES`], or of
/// [`MAY_DO`] unless capitalised.
pub(super) fn ends_a_name(word: &str) -> bool {
    let capitalised = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && word.bytes().skip(1).any(|c| c.is_ascii_lowercase());
    NOT_SURNAME_SET.contains(word) || (!capitalised && MAY_DO_SET.contains(word))
}

/// Whether `word` after a given name is what they did, a verb in the past tense ("my husband
/// john called", "my son jack ordered it"), not their surname: five letters or more ending in
/// "ed", but not "eed" ("reed", "saeed"), a given name ("alfred") or a surname of
/// [`ED_SURNAME_SET`] ("ahmed", "javed").
pub(super) fn past_tense(word: &str) -> bool {
    let w = word.as_bytes();
    w.len() >= 5
        && w[w.len() - 2..].eq_ignore_ascii_case(b"ed")
        && !w[w.len() - 3].eq_ignore_ascii_case(&b'e')
        && !is_given_name(w)
        && !ED_SURNAME_SET.contains(w)
}

/// Surnames that end in "ed" as a verb in the past tense does ([`past_tense`]).
static ED_SURNAME_SET: WordSet = WordSet::new(|| {
    set_of([
        "ahmed", "mohammed", "muhammed", "mohamed", "muhamed", "javed", "zayed", "sayed", "rashed", "hamed", "mehmed",
    ])
});
