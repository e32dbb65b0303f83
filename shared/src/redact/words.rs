//! Word lists shared by the name and address recognizers, as hash sets built on first use.

use super::text::{eq_lanes, in_lanes, lanes, leading_letters, letter_lanes, lowercase_lanes};
use std::sync::LazyLock;

/// Words that are never the first word of a name after a cue ("I'm looking", "this is urgent"),
/// nor a street's name ("2 tickets for the ..."): function words, common adjectives and
/// participles after "I'm", nationalities, days ([`NAMED_THINGS`] are stop words too).
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "able",
    "afraid",
    "after",
    "again",
    "all",
    "allergic",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "available",
    "away",
    "back",
    "be",
    "because",
    "been",
    "before",
    "booked",
    "both",
    "busy",
    "but",
    "by",
    "calling",
    "can",
    "car",
    "checking",
    "coming",
    "confused",
    "could",
    "currently",
    "deaf",
    "disabled",
    "do",
    // A form's label for a date of birth, in capitals alone on its line too.
    "dob",
    "done",
    "early",
    "enquiring",
    "every",
    "fine",
    "for",
    "free",
    "friday",
    "from",
    "getting",
    "glad",
    "going",
    "good",
    "great",
    "had",
    "happy",
    "has",
    "have",
    "having",
    "he",
    "hello",
    "her",
    "here",
    "hey",
    "hi",
    "his",
    "home",
    "how",
    "i",
    "if",
    "in",
    "interested",
    "is",
    "it",
    "just",
    "like",
    "late",
    "looking",
    "me",
    "missing",
    "monday",
    "more",
    "my",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "ok",
    "okay",
    "on",
    "only",
    "or",
    "our",
    "out",
    "over",
    "please",
    "pregnant",
    "ready",
    "real",
    "really",
    "saturday",
    "she",
    "should",
    "so",
    "sorry",
    "still",
    // A firm's: "Thanks, Sarah & Co", "Hollis & Co".
    "co",
    // When: "See you Soon", "Thanks, Later".
    "soon",
    "later",
    "shortly",
    "next",
    "week",
    "weekend",
    "month",
    "year",
    "then",
    "sunday",
    "sure",
    "thanks",
    "that",
    "the",
    "their",
    "there",
    "they",
    "this",
    "thursday",
    "to",
    "trying",
    "training",
    "tuesday",
    "unable",
    "under",
    "unsure",
    "urgent",
    "us",
    "very",
    "via",
    "vegan",
    "vegetarian",
    "want",
    "wanting",
    "was",
    "were",
    "we",
    "wednesday",
    "what",
    "when",
    "where",
    "which",
    "who",
    "why",
    "will",
    "with",
    "wondering",
    "would",
    "wrong",
    "incorrect",
    "misspelt",
    "world",
    "spelt",
    "spelled",
    "different",
    // What a form says of a name: "surname: none", "your name is required".
    "required",
    "mandatory",
    "optional",
    "hyphenated",
    "double",
    "none",
    "unknown",
    "blank",
    "empty",
    "withheld",
    "tbc",
    "too",
    "yes",
    "you",
    "your",
    "correct",
    "right",
    "same",
    "changed",
    "showing",
    "listed",
    "writing",
    "asking",
    "told",
    "hoping",
    "keen",
    "worried",
    "concerned",
    "stuck",
    // Stems of contractions: "don't", "didn't", "let's".
    "don",
    "won",
    "didn",
    "isn",
    "wasn",
    "couldn",
    "wouldn",
    "let",
    // Contractions typed without their apostrophe: "my son jacob hes 12", "my wife amy shes at work".
    "hes",
    "shes",
    "im",
    "thats",
    "theyre",
    "youre",
    "dont",
    "cant",
    "isnt",
    "didnt",
    "doesnt",
    "wasnt",
    "whats",
    "bye",
    "team",
    "everyone",
    "guys",
    "folks",
    "sir",
    "sirs",
    "madam",
    "anyone",
    "someone",
    "support",
    "customer",
    "services",
    "service",
    "christmas",
    "easter",
    "valentine's",
    "mother's",
    "father's",
    "mothering",
    "today",
    "tomorrow",
    "tonight",
    // What people say they are: "I'm diabetic" (nationalities and faiths: [`NAMED_THINGS`]).
    "diabetic",
    "autistic",
    "retired",
    "coeliac",
    "celiac",
    "epileptic",
    "asthmatic",
    "dyslexic",
    "blind",
    "gluten",
    "lactose",
    "dairy",
    // Who signs for a parcel when nobody named does ("Signed for by Reception").
    "reception",
    "neighbour",
    "neighbours",
    "concierge",
    "porter",
    "security",
    "mailroom",
    "self",
];

/// Places, brands, nationalities and faiths: stop words too (they follow "from", "for", "is"
/// and "I'm" as often as names do: "I'm from Leeds", "I'm Polish"), but words a password or a
/// memorable word may well be ("my memorable word is liverpool").
const NAMED_THINGS: &[&str] = &[
    // Places that follow "from", "for" and "is" as often as names do.
    "london",
    "manchester",
    "leeds",
    "birmingham",
    "glasgow",
    "edinburgh",
    "bristol",
    "liverpool",
    "cardiff",
    "belfast",
    "oxford",
    "cambridge",
    "york",
    "brighton",
    "sheffield",
    "newcastle",
    "nottingham",
    "leicester",
    "southampton",
    "heathrow",
    "gatwick",
    // Towns that are words too ("I'm reading", "in the bath"); streets are named after them
    // ("12 Bath Road", "4 Reading Road").
    "bath",
    "reading",
    "scotland",
    "wales",
    "england",
    "ireland",
    "europe",
    "france",
    "spain",
    "uk",
    "amazon",
    "google",
    "apple",
    "paypal",
    // Voice assistants, greeted as people are ("Hey Siri isn't working with your app").
    "siri",
    "cortana",
    // Shops, banks, networks, carriers and apps, which customers address by name as they would
    // a person ("Thanks, Vodafone", "Hi Tesco, where is my order?", "Cheers Deliveroo"); none a
    // given name or a surname.
    "tesco",
    "asda",
    "lidl",
    "aldi",
    "waitrose",
    "sainsburys",
    "morrisons",
    "ocado",
    "argos",
    "boots",
    "primark",
    "superdrug",
    "currys",
    "halfords",
    "selfridges",
    "debenhams",
    "wilko",
    "matalan",
    "dunelm",
    "screwfix",
    "wickes",
    "homebase",
    "specsavers",
    "ikea",
    "asos",
    "boohoo",
    "uniqlo",
    "superdry",
    "topshop",
    "adidas",
    "ebay",
    "etsy",
    "vinted",
    "greggs",
    "starbucks",
    "nandos",
    "deliveroo",
    "hellofresh",
    "gousto",
    "uber",
    "netflix",
    "spotify",
    "microsoft",
    // Software and devices a thing works with, and people work with ("Does it work with
    // Android 14?", "I work with Excel all day").
    "android",
    "windows",
    "iphone",
    "ipad",
    "excel",
    "xero",
    "quickbooks",
    "sonos",
    "fitbit",
    "playstation",
    "xbox",
    "nintendo",
    "chromecast",
    "samsung",
    "vodafone",
    "ee",
    "bt",
    "giffgaff",
    "lebara",
    "plusnet",
    "talktalk",
    "openreach",
    "virgin",
    "ovo",
    "hsbc",
    "natwest",
    "barclays",
    "lloyds",
    "santander",
    "monzo",
    "revolut",
    "nationwide",
    "halifax",
    "klarna",
    "clearpay",
    "ryanair",
    "easyjet",
    "trainline",
    "airbnb",
    "expedia",
    "evri",
    "dpd",
    "yodel",
    "dhl",
    "fedex",
    "parcelforce",
    "hmrc",
    "dvla",
    "ofgem",
    // Public bodies, broadcasters, charities and energy suppliers, greeted the same way ("Hi
    // NHS 111, my husband has chest pains", "Hi RSPCA, I found a cat").
    "nhs",
    "dwp",
    "dvsa",
    "ofcom",
    "ofsted",
    "ucas",
    "tfl",
    "bbc",
    "itv",
    "rspca",
    "nspcc",
    "rnli",
    "oxfam",
    "acas",
    "octopus",
    "eon",
    "edf",
    "lner",
    // Insurers, banks and airlines greeted the same way ("Hi Aviva, I need to make a claim").
    "bupa",
    "aviva",
    "axa",
    "allianz",
    "ageas",
    "esure",
    "hiscox",
    "saga",
    "tui",
    "zopa",
    "starling",
    "emirates",
    "qantas",
    "etihad",
    "lufthansa",
    "iceland",
    // Nationalities and faiths.
    "british",
    "english",
    "scottish",
    "welsh",
    "irish",
    "polish",
    "indian",
    "pakistani",
    "nigerian",
    "romanian",
    "italian",
    "spanish",
    "portuguese",
    "chinese",
    "american",
    "australian",
    "canadian",
    "lithuanian",
    "bangladeshi",
    "ghanaian",
    "somali",
    "turkish",
    "greek",
    "dutch",
    "european",
    "jamaican",
    "kenyan",
    "bulgarian",
    "latvian",
    "ukrainian",
    "russian",
    "filipino",
    "vietnamese",
    "japanese",
    "korean",
    "african",
    "asian",
    "muslim",
    "hindu",
    "sikh",
    "jewish",
    "catholic",
    "french",
    "german",
    "brazilian",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "icelandic",
    "belgian",
    "swiss",
    "austrian",
    "czech",
    "slovak",
    "slovakian",
    "slovenian",
    "hungarian",
    "croatian",
    "serbian",
    "bosnian",
    "albanian",
    "estonian",
    "moldovan",
    "belarusian",
    "armenian",
    "cypriot",
    "maltese",
    "moroccan",
    "algerian",
    "tunisian",
    "egyptian",
    "sudanese",
    "eritrean",
    "ethiopian",
    "ugandan",
    "tanzanian",
    "zimbabwean",
    "zambian",
    "malawian",
    "congolese",
    "cameroonian",
    "senegalese",
    "iranian",
    "iraqi",
    "syrian",
    "lebanese",
    "jordanian",
    "palestinian",
    "israeli",
    "saudi",
    "emirati",
    "yemeni",
    "afghan",
    "kurdish",
    "arab",
    "persian",
    "nepali",
    "nepalese",
    "thai",
    "burmese",
    "malaysian",
    "indonesian",
    "singaporean",
    "taiwanese",
    "mexican",
    "colombian",
    "argentinian",
    "chilean",
    "peruvian",
    "venezuelan",
    "cuban",
    "caribbean",
    "scandinavian",
    "punjabi",
    "gujarati",
    "bengali",
    "tamil",
    "cornish",
    "buddhist",
    "protestant",
    "anglican",
    "methodist",
    "baptist",
    "pentecostal",
    "orthodox",
    "quaker",
    "mormon",
    "atheist",
    "rastafarian",
];

/// Nouns that follow a quantity ("3 weeks", "2 tickets"), not a house number.
const QUANTITY_WORDS: &[&str] = &[
    "week", "weeks", "day", "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "mile", "miles",
    "people", "person", "persons", "guests", "kids", "children", "adults", "items", "times", "year", "years", "month",
    "months", "pm", "am", "night", "nights", "room", "rooms", "ticket", "tickets", "seat", "seats", "x", "large",
    "small", "medium", "bottles", "boxes", "packs", "star", "stars", "percent",
];

/// A word list as a set: an open-addressing table keyed by the word's bytes in ASCII
/// lowercase, built on first use. A look-up reads the word in place, at most sixteen bytes of
/// it, into one `u64` key; only words over eight bytes are then compared byte by byte.
pub(crate) struct WordSet(LazyLock<Table>);

pub(crate) struct Table {
    slots: Vec<Slot>,
    /// Bit `n` set when some word has `n` bytes (words over 63 bytes are in no list).
    lengths: u64,
}

/// A word of the set (empty in a free slot) and its [`key`].
#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    word: &'static [u8],
}

/// The word's bytes in ASCII lowercase as one `u64`: the word itself, zero-padded, when it has
/// at most eight bytes (so equal keys and lengths mean equal words); for a longer word, its
/// first and last eight bytes and its length mixed. Unaligned loads, no loop. Always inlined:
/// called, it cost 0.7% more instructions on PII-free messages.
#[inline(always)]
fn key(word: &[u8]) -> u64 {
    let n = word.len();
    let load4 = |at: usize| u64::from(u32::from_le_bytes([word[at], word[at + 1], word[at + 2], word[at + 3]]));
    let bytes = match (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        (Some(head), Some(tail)) if n > 8 => {
            return lowercase_lanes(u64::from_le_bytes(*head))
                ^ lowercase_lanes(u64::from_le_bytes(*tail)).rotate_left(29)
                ^ n as u64;
        }
        (Some(all), _) => u64::from_le_bytes(*all),
        // Four to seven bytes: the first four and the last four, overlapping where they meet.
        _ if n >= 4 => load4(0) | load4(n - 4) << (8 * (n - 4)),
        _ if n > 0 => {
            u64::from(word[0]) | u64::from(word[n / 2]) << (8 * (n / 2)) | u64::from(word[n - 1]) << (8 * (n - 1))
        }
        _ => 0,
    };
    lowercase_lanes(bytes)
}

/// Where a key's probe starts in a table of `mask + 1` slots.
fn home(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask
}

impl WordSet {
    pub(crate) const fn new(init: fn() -> Table) -> Self {
        Self(LazyLock::new(init))
    }

    pub(crate) fn contains(&self, word: impl AsRef<[u8]>) -> bool {
        self.0.contains(word.as_ref())
    }
}

impl Table {
    /// Always inlined into [`WordSet::contains`], which is one call per look-up (not two).
    #[inline(always)]
    fn contains(&self, word: &[u8]) -> bool {
        if word.len() >= 64 || self.lengths & (1 << word.len()) == 0 {
            return false;
        }
        let key = key(word);
        let mask = self.slots.len() - 1;
        let mut slot = home(key, mask);
        loop {
            let Slot { key: k, word: entry } = self.slots[slot];
            if entry.is_empty() {
                return false;
            }
            if k == key && entry.len() == word.len() && (word.len() <= 8 || entry.eq_ignore_ascii_case(word)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// The table for `words` (lowercase): a power of two at least four times their number. A word
/// with an apostrophe is there with the typographic one too ("i'm", "i\u{2019}m"), which phones
/// type by default: each such spelling is made once, when the set is first used, and kept for
/// the life of the process.
pub(crate) fn set_of(words: impl IntoIterator<Item = &'static str>) -> Table {
    let mut words: Vec<&'static str> = words.into_iter().collect();
    let typographic: Vec<&'static str> = words
        .iter()
        .filter(|w| w.contains('\''))
        .map(|w| &*Box::leak(w.replace('\'', "\u{2019}").into_boxed_str()))
        .collect();
    words.extend(typographic);
    let size = (words.len() * 4).next_power_of_two();
    let mut slots = vec![Slot { key: 0, word: &[] }; size];
    let mut lengths = 0u64;
    for word in words.iter().map(|w| w.as_bytes()).filter(|w| !w.is_empty() && w.len() < 64) {
        let key = key(word);
        let mut slot = home(key, size - 1);
        while !slots[slot].word.is_empty() && slots[slot].word != word {
            slot = (slot + 1) & (size - 1);
        }
        slots[slot] = Slot { key, word };
        lengths |= 1 << word.len();
    }
    Table { slots, lengths }
}

static STOP: WordSet = WordSet::new(|| set_of(STOP_WORDS.iter().chain(NAMED_THINGS).copied()));
static NAMED: WordSet = WordSet::new(|| set_of(NAMED_THINGS.iter().copied()));
static QUANTITY: WordSet = WordSet::new(|| set_of(QUANTITY_WORDS.iter().copied()));
static MONTHS: WordSet = WordSet::new(|| set_of(MONTH_NAMES.iter().copied()));

/// A stop word, or a contraction of one ("I'm", "it's", "don't").
pub(crate) fn is_stop_word(word: &str) -> bool {
    if STOP.contains(word) {
        return true;
    }
    let b = word.as_bytes();
    let apostrophe =
        b.iter().enumerate().position(|(p, &c)| c == b'\'' || (c == 0xE2 && b[p..].starts_with("\u{2019}".as_bytes())));
    apostrophe.is_some_and(|p| STOP.contains(&b[..p]))
}

/// A place, brand, nationality or faith of the stop words ([`NAMED_THINGS`]).
pub(crate) fn is_named_thing(word: &str) -> bool {
    NAMED.contains(word)
}

pub(crate) fn is_quantity_word(word: &str) -> bool {
    QUANTITY.contains(word)
}

/// The months' names, January first.
pub(crate) const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(crate) fn is_month(word: &str) -> bool {
    MONTHS.contains(word)
}

/// Whether `word` is a day of the week, or its plural, in any case.
pub(crate) fn is_day(word: &str) -> bool {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let day = word.strip_suffix(['s', 'S']).unwrap_or(word);
    DAYS.iter().any(|d| day.eq_ignore_ascii_case(d))
}

/// The longest word read, in bytes; a longer one is no word (no name or street has one). The
/// bound keeps redaction linear in the text's length: every capital in "A-A-A-..." starts a
/// word that would otherwise run to the end.
const MAX_WORD: usize = 64;

/// The word of letters (any script), apostrophes and hyphens starting at `i`: its end; `i`
/// itself when the letters run straight into digits ("SW1A" is no word) or the word is longer
/// than [`MAX_WORD`].
#[inline]
pub(crate) fn word_end(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    // The commonest case, from one read: fewer than eight ASCII letters, then a byte that ends
    // any word (not a digit, apostrophe, hyphen or non-ASCII byte).
    let eight = match b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        Some(chunk) => Some(u64::from_le_bytes(*chunk)),
        // Near the end: the last eight bytes shifted down, the lanes past the end zero.
        None if i < b.len() => b.last_chunk::<8>().map(|last| u64::from_le_bytes(*last) >> (8 * (i + 8 - b.len()))),
        None => None,
    };
    if let Some(v) = eight {
        let letters = leading_letters(v);
        let joins = in_lanes(v, b'0', b'9') | eq_lanes(v, b'\'') | eq_lanes(v, b'-') | (v & lanes(0x80));
        if letters < 8 && joins >> (8 * letters) & 0x80 == 0 {
            return i + letters as usize;
        }
    }
    word_end_slow(text, i)
}

/// [`word_end`] past its one read: a word of eight letters or more, or one that may go on
/// through a digit, apostrophe, hyphen or non-ASCII letter. Out of line, so that the one read
/// inlines small.
#[inline(never)]
fn word_end_slow(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    // Settled here: ASCII letters up to the end, a space or punctuation.
    let end = i + ascii_letters(&b[i..b.len().min(i + MAX_WORD + 1)]);
    match b.get(end) {
        _ if end - i > MAX_WORD => i,
        Some(c) if c.is_ascii_digit() || matches!(c, b'\'' | b'-') || *c >= 0x80 => word_end_from(text, i, end),
        _ => end,
    }
}

/// [`word_end`] for the word at `i` read up to `end` so far: through apostrophes, hyphens and
/// letters of any script. Kept out of line: it is rare, and inlined it made every
/// [`word_end`] call save and restore registers for it.
#[inline(never)]
fn word_end_from(text: &str, i: usize, mut end: usize) -> usize {
    let b = text.as_bytes();
    let joiner = |j: usize| matches!(b[j], b'\'' | b'-') && b.get(j + 1).is_some_and(u8::is_ascii_alphabetic);
    while end < b.len() {
        if end - i > MAX_WORD {
            return i;
        }
        let c = b[end];
        if c.is_ascii_alphabetic() {
            end += 1 + ascii_letters(&b[end + 1..b.len().min(i + MAX_WORD + 1)]);
        } else if end > i && joiner(end) {
            end += 1;
        } else if c >= 0x80 {
            let Some(ch) = text[end..].chars().next() else { break };
            let next_is_letter = || text[end + ch.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
            // A combining accent belongs to the letter before it ("Adébáyọ̀").
            let combining = end > i && ('\u{300}'..='\u{36f}').contains(&ch);
            if ch.is_alphabetic() || combining || (ch == '\u{2019}' && end > i && next_is_letter()) {
                end += ch.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if end - i > MAX_WORD || b.get(end).is_some_and(u8::is_ascii_digit) { i } else { end }
}

/// How many ASCII letters `b` starts with, eight bytes at a time.
fn ascii_letters(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = b[n..].first_chunk::<8>() {
        let letters = letter_lanes(u64::from_le_bytes(*chunk));
        if letters != lanes(0x80) {
            return n + (!letters & lanes(0x80)).trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + b[n..].iter().take_while(|c| c.is_ascii_alphabetic()).count()
}

/// Whether the word at `i` starts with a capital letter (any script).
pub(crate) fn capitalised(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_ends_where_the_general_reading_ends_it() {
        let pieces =
            ["a", "Bc", "x", "'", "-", "7", " ", ".", "\u{e9}", "\u{2019}", "\u{3b1}", "\u{2014}", "\n", "\u{300}"];
        let mut rng = fastrand::Rng::with_seed(9);
        for _ in 0..50_000 {
            let text: String = (0..rng.usize(..12)).map(|_| pieces[rng.usize(..pieces.len())]).collect();
            for i in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(word_end(&text, i), word_end_from(&text, i, i), "{text:?} at {i}");
            }
        }
        assert_eq!(word_end("O'Brien-Smith, hi", 0), 13);
        assert_eq!(word_end("SW1A 1AA", 0), 0);
        // A combining accent after a letter is the letter's; before any, no word.
        let yoruba = "Ad\u{e9}b\u{e1}y\u{1ecd}\u{300} here";
        assert_eq!(word_end(yoruba, 0), yoruba.find(' ').unwrap());
        assert_eq!(word_end("\u{300}a", 0), 0);
        // Words longer than the bound are none, however they are joined.
        let long = "a".repeat(MAX_WORD);
        assert_eq!(word_end(&format!("{long} b"), 0), MAX_WORD);
        assert_eq!(word_end(&format!("{long}a b"), 0), 0);
        assert_eq!(word_end(&"A-".repeat(MAX_WORD / 2), 0), MAX_WORD - 1);
        assert_eq!(word_end(&"A-".repeat(MAX_WORD / 2 + 1), 0), 0);
        assert_eq!(word_end(&"\u{e9}".repeat(MAX_WORD / 2 + 1), 0), 0);
    }

    #[test]
    fn a_set_holds_exactly_its_words_in_any_case() {
        // Short and long words, phrases, apostrophes: everything the sets are built from.
        let lists: [&[&'static str]; 5] = [
            STOP_WORDS,
            NAMED_THINGS,
            QUANTITY_WORDS,
            MONTH_NAMES,
            &["my name is", "i'm", "reservation for", "a", "xy", "abcdefgh"],
        ];
        // Letters, the bytes one case bit away from them (`@` and `` ` ``, `[` and `{`), NUL,
        // apostrophes, spaces and non-ASCII bytes.
        let alphabet: Vec<u8> = b"aeimnorstxyzAEIMNRSTXYZ@`[{\0' ".iter().copied().chain([0xC3, 0xA9]).collect();
        let mut rng = fastrand::Rng::with_seed(64);
        for words in lists {
            let set = set_of(words.iter().copied());
            let expected = |w: &[u8]| words.iter().any(|x| x.as_bytes().eq_ignore_ascii_case(w));
            for word in words.iter().map(|w| w.as_bytes()) {
                let mut probe: Vec<u8> =
                    word.iter().map(|c| if rng.bool() { c.to_ascii_uppercase() } else { *c }).collect();
                assert!(set.contains(&probe), "{probe:?}");
                // One byte changed, one added or one taken away: in the set only if that is a word.
                let at = rng.usize(..probe.len());
                probe[at] = alphabet[rng.usize(..alphabet.len())];
                assert_eq!(set.contains(&probe), expected(&probe), "{probe:?}");
                probe.insert(rng.usize(..=probe.len()), alphabet[rng.usize(..alphabet.len())]);
                assert_eq!(set.contains(&probe), expected(&probe), "{probe:?}");
                probe.truncate(probe.len() - 2);
                assert_eq!(set.contains(&probe), expected(&probe), "{probe:?}");
            }
            // A word with an apostrophe with the typographic one too, and nothing else new.
            for word in words.iter().filter(|w| w.contains('\'')) {
                assert!(set.contains(word.replace('\'', "\u{2019}").to_uppercase().as_bytes()), "{word}");
                assert!(!set.contains(word.replace('\'', "\u{2018}").as_bytes()), "{word}");
            }
            for _ in 0..20_000 {
                let probe: Vec<u8> = (0..rng.usize(..20)).map(|_| alphabet[rng.usize(..alphabet.len())]).collect();
                assert_eq!(set.contains(&probe), expected(&probe), "{probe:?}");
            }
        }
    }

    #[test]
    fn letters_are_counted_eight_at_a_time_as_one_at_a_time() {
        let mut rng = fastrand::Rng::with_seed(8);
        // Letters and the bytes next to them in ASCII, in both cases, and non-ASCII bytes.
        let alphabet: Vec<u8> = b"aAzZ@[`{_^~?01 '-".iter().copied().chain([0x80, 0xC1, 0xE1, 0xFA]).collect();
        for _ in 0..50_000 {
            let len = rng.usize(..40);
            let bytes: Vec<u8> = (0..len)
                .map(|_| if rng.u8(..4) == 0 { alphabet[rng.usize(..alphabet.len())] } else { rng.u8(b'a'..=b'z') })
                .collect();
            let expected = bytes.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            assert_eq!(ascii_letters(&bytes), expected, "{bytes:?}");
        }
        for byte in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = [b'q'; 12];
                bytes[lane] = byte;
                let expected = if byte.is_ascii_alphabetic() { 12 } else { lane };
                assert_eq!(ascii_letters(&bytes), expected, "{byte:#x} in lane {lane}");
            }
        }
    }
}
