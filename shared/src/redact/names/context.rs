//! A common given name with no cue before it, a person's by what is said around it: what
//! they said or did ("Tom sent me"), someone away or unwell ("Isla has chickenpox"), asked
//! about ("Is Priya working today?"), wished well, spelled, in brackets, paid or copied in.

use super::cues::before_given_name;
use super::lexicon::{GIVEN_NAMES, given_name_no_word};
use super::look_alikes::{COMPANIES_NAMED_LIKE_PEOPLE, NOT_PERSON_AFTER_GIVEN_SET, in_brand};
use super::lowercase::owned_before;
use super::pairs::DETERMINERS;
use super::shouted::is_given_name_in_any_accent;
use super::sign_offs::GREETINGS_AND_THANKS;
use super::titles::VARIANTS;
use super::{CUE_PUNCTUATION, CUE_WINDOW, word_after, word_start_before, word_start_of};
use crate::redact::address::names_a_place;
use crate::redact::names_again::ORDINARY_WORDS;
use crate::redact::numbers;
use crate::redact::text::{
    Keywords, Window, apostrophe_before, byte_before_spaces, eq_ignore_case, letters_before, offset_in, phrase_end_at,
    possessive_stem, word_char_at, word_start,
};
use crate::redact::words::{WordSet, capitalised, is_day, is_month, is_stop_word, set_of, word_end};
use std::sync::LazyLock;

/// What someone said or did to the writer, after their given name: "Ravi said I could return
/// it", "and Priya told me it was fine", "Tom rang yesterday".
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "mentioned",
    "promised",
    "confirmed",
    "explained",
    "advised",
    "assured",
    "agreed",
    "replied",
    "emailed",
    "phoned",
    "rang",
    "texted",
    "messaged",
    "suggested",
    "recommended",
    "offered",
    // What they did for the writer: "Nadia dealt with my claim", "Callum fitted it".
    "dealt",
    "sorted",
    "fitted",
    "fixed",
    "helped",
    "visited",
    "called",
    "came",
    "answered",
    "handled",
    "arranged",
    "delivered",
    "installed",
    "refunded",
    "cancelled",
    "contacted",
    "asked",
    "checked",
    "signed",
    "took",
    "reset",
    "repaired",
    "replaced",
    "processed",
    "updated",
    "collected",
    "escalated",
    "logged",
    "raised",
    "issued",
    "approved",
    "returned",
    "sent",
    "reported",
];

static SPEECH_VERB_SET: WordSet = WordSet::new(|| set_of(SPEECH_VERBS.iter().copied()));

/// The first four letters of each of [`SPEECH_VERBS`], as a `u32`, sorted: one read and a
/// binary search settle a word after a capital that the filter let through.
pub(super) const SPEECH_PREFIXES: [u32; SPEECH_VERBS.len()] = {
    let mut prefixes = [0; SPEECH_VERBS.len()];
    let mut n = 0;
    while n < SPEECH_VERBS.len() {
        let verb = SPEECH_VERBS[n].as_bytes();
        let prefix = u32::from_le_bytes([verb[0], verb[1], verb[2], verb[3]]);
        // Insertion sort: fine for a table built once, at compile time.
        let mut at = n;
        while at > 0 && prefixes[at - 1] > prefix {
            prefixes[at] = prefixes[at - 1];
            at -= 1;
        }
        prefixes[at] = prefix;
        n += 1;
    }
    prefixes
};

/// A set of four-byte words, as a filter of 1,024 bits: a multiply, a shift and a bit test
/// answer whether a word may be in it; the few that may are then compared exactly.
pub(super) struct PrefixFilter([u64; 16]);

impl PrefixFilter {
    const fn slot(four: u32) -> usize {
        (four.wrapping_mul(0x9E37_79B9) >> 22) as usize
    }

    const fn with(mut self, four: u32) -> Self {
        let slot = Self::slot(four);
        self.0[slot / 64] |= 1 << (slot % 64);
        self
    }

    /// With the first four bytes of each phrase, and of each with its first apostrophe
    /// typographic ("won\u{2019}t").
    const fn with_starts(mut self, phrases: &[&str]) -> Self {
        let mut n = 0;
        while n < phrases.len() {
            let p = phrases[n].as_bytes();
            let mut four = [p[0], p[1], p[2], p[3]];
            self = self.with(u32::from_le_bytes(four));
            let mut k = 0;
            while k < 4 && four[k] != b'\'' {
                k += 1;
            }
            let mut t = 0;
            while k + t < 4 {
                four[k + t] = [0xE2, 0x80, 0x99][t];
                t += 1;
            }
            self = self.with(u32::from_le_bytes(four));
            n += 1;
        }
        self
    }

    #[inline(always)]
    pub(super) fn may_hold(&self, four: u32) -> bool {
        let slot = Self::slot(four);
        self.0[slot / 64] >> (slot % 64) & 1 != 0
    }
}

/// The four bytes after a name (in lowercase) that [`says_something`] reads on from: those of
/// [`SPEECH_VERBS`], "from", "was ", "with", "is my", "is our", "the " and the starts of
/// [`AWAY_OR_UNWELL`]. Most words after a capital fail it at once.
pub(super) const AFTER_NAME_FILTER: PrefixFilter = PrefixFilter([0; 16])
    .with_starts(SPEECH_VERBS)
    .with_starts(AWAY_OR_UNWELL)
    .with_starts(&["from", "was ", "with", "is my", "is our", "the "]);

/// Whether the capitalised word at `w` (ending at `end_first`) is a common given name
/// ([`GIVEN_NAMES`]) before one of [`SPEECH_VERBS`], perhaps with where they are from between
/// them, in any case: "Sarah from accounts said", "Tom from the Leeds branch rang", "RAVI SAID";
/// or before what else tells a person by what follows their name (where they work, their trade,
/// "is my", away or unwell, their phone number). Always inlined: asked at every capital, it
/// reads the four bytes after the name once for all of those.
#[inline(always)]
pub(super) fn says_something(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    if b.get(end_first) == Some(&b',') {
        return w >= 2 && b[w - 2] == b',' && b[w - 1] == b' ' && says_in_commas(text, w, end_first);
    }
    let Some(&[b' ', a, b2, c, d]) = b.get(end_first..end_first + 5) else { return false };
    // In lowercase, letters in capitals too ("RAVI SAID"): no other byte becomes a letter so.
    let next = u32::from_le_bytes([a, b2, c, d]) | u32::from_le_bytes([0x20; 4]);
    // "Sean 07911 204 518", "Dave on +44 7700 900123", "Priya - 0161 ...": whose number it is.
    if matches!(a, b'0' | b'+' | b'(' | b'-')
        || (next & 0x00FF_FFFF == u32::from_le_bytes(*b"on \0") && matches!(d, b'0' | b'+' | b'('))
    {
        return before_phone(text, w, end_first);
    }
    // "Shirley on reception was so helpful", "Becky on live chat said", "Phil in customer
    // services promised a refund"; "in" before a child's class too ("Lily in Year 2").
    // The space after two letters settles most words first.
    if c == b' '
        && matches!([a | 0x20, b2 | 0x20], [b'o', b'n'] | [b'a', b't'] | [b'i', b'n'])
        && where_they_work(text, w, end_first)
    {
        return true;
    }
    // "The lady on the till, Pam I think, was rude": unsure of the name, in commas.
    if a == b'I' && b2 == b' ' && w >= 2 && b[w - 2] == b',' && hedged_in_commas(text, w, end_first) {
        return true;
    }
    if !AFTER_NAME_FILTER.may_hold(next) {
        return false;
    }
    if next == u32::from_le_bytes(*b"from") {
        return says_from(text, w, end_first);
    }
    if next == u32::from_le_bytes(*b"was ") {
        return praised(text, w, end_first);
    }
    if next == u32::from_le_bytes(*b"with") {
        return spelled_by_a_letter(text, w, end_first);
    }
    if next == u32::from_le_bytes(*b"the ") {
        return known_by_trade(text, w, end_first);
    }
    // "Sarah is my wife", "Luis is my line manager".
    if [a | 0x20, b2 | 0x20, c] == [b'i', b's', b' ']
        && (eq_ignore_case(b, end_first + 4, b"my ") || eq_ignore_case(b, end_first + 4, b"our "))
        && named_as_theirs(text, w, end_first)
    {
        return true;
    }
    // Not a brand's or a breed's second word ("our Jack Russell is poorly"), nor a pet's name
    // ("My dog Bella needs her booster", "our cat Luna is poorly").
    if may_start_away_or_unwell([a | 0x20, b2 | 0x20, c | 0x20, d | 0x20]) && away_or_unwell(text, w, end_first) {
        return !in_brand(text, w, end_first) && !named_pet(b, w);
    }
    if SPEECH_PREFIXES.binary_search(&next).is_err() {
        return false;
    }
    let verb = word_after(text, end_first);
    SPEECH_VERB_SET.contains(verb)
        && (GIVEN_NAMES.contains(&b[w..end_first]) || word_name_says_to_someone(text, w, end_first, verb))
}

/// Given names that are words too ([`ORDINARY_WORDS`]) and name the weather, nature or a
/// place far more often than a person, before what a person says ("Storm said it was the
/// worst", "Paris said it was full", "its sky calling").
pub(super) static SELDOM_PEOPLE: WordSet =
    WordSet::new(|| set_of(["storm", "rain", "river", "star", "sky", "paris", "india", "sydney"]));

/// Whether the given name at `w` that is a word too ([`ORDINARY_WORDS`]), `verb` after it,
/// said or did it to someone, a pronoun after the verb: "Mark said he'd call back", "Pat said
/// it was fine", "Dawn rang me"; not a company named as a person is ("Sky said it was a
/// fault"), a place or the weather ("Paris said it was full", "Storm said"), nor "Mark said
/// items as sold".
#[inline(never)]
fn word_name_says_to_someone(text: &str, w: usize, end_first: usize, verb: &str) -> bool {
    let name = &text[w..end_first];
    // "he'd", "she\u{2019}ll": the pronoun without its contraction.
    let object = word_after(text, end_first + 1 + verb.len()).split(['\'', '\u{2019}']).next().unwrap_or_default();
    ORDINARY_WORDS.contains(name)
        && !COMPANIES_NAMED_LIKE_PEOPLE.contains(name)
        && !names_a_place(name)
        && !SELDOM_PEOPLE.contains(name)
        && ["he", "she", "they", "i", "it", "we", "you", "me", "us", "him", "her", "them", "that"]
            .iter()
            .any(|p| object.eq_ignore_ascii_case(p))
}

/// Whether the common given name at `w` (ending at `end_first`), "is my" or "is our" after it,
/// is said to be someone of the writer's, a word for them ([`KIN_IN_BRACKETS`],
/// [`THE_WRITERS_PEOPLE`]) at most one word after those: "Sarah is my wife", "Luis is my line
/// manager", "Tom is our eldest son"; not "Chelsea is my team", "Max is my dog", "Florence is
/// my favourite city". Out of line, as [`says_from`].
#[inline(never)]
fn named_as_theirs(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    // Past "is my" or "is our".
    let owner_end = word_end(text, end_first + 4);
    let person = |word: &str| KIN_IN_BRACKETS.contains(word) || THE_WRITERS_PEOPLE.contains(word);
    let first = word_after(text, owner_end);
    let second = || word_after(text, owner_end + 1 + first.len());
    !first.is_empty() && (person(first) || person(second())) && GIVEN_NAMES.contains(&b[w..end_first])
}

/// People of the writer's besides kin ([`named_as_theirs`]).
static THE_WRITERS_PEOPLE: WordSet = WordSet::new(|| {
    set_of([
        "manager",
        "boss",
        "colleague",
        "boyfriend",
        "girlfriend",
        "flatmate",
        "housemate",
        "grandson",
        "granddaughter",
        "child",
        "baby",
        "assistant",
        "pa",
        "secretary",
        "solicitor",
        "accountant",
        "doctor",
        "gp",
        "dentist",
        "teacher",
        "tutor",
        "mentor",
        "caseworker",
        "advisor",
        "adviser",
        "guardian",
        "bestie",
        "mate",
        "hubby",
        "missus",
        "twin",
        "godmother",
        "godfather",
        "stepbrother",
        "stepsister",
        "childminder",
        "nanny",
        "cleaner",
        "supervisor",
        "employee",
        "patient",
        "client",
    ])
});

/// Whether the common given name at `w` (ending at `end_first`, before " on ", " at " or
/// " in ") is someone's at the desk where they work ([`AT_A_DESK`]): "Shirley on reception was
/// so helpful", "Ask for Tom at the front desk", "Ravi on the tills"; or one to three words of
/// where they work lie before one of [`SPEECH_VERBS`]: "Becky on live chat said", "Phil in
/// customer services promised", "Jamie at the shop told me". Not a place's ("Chelsea on the
/// map", "Florence in March was lovely"). Out of line, as [`says_from`].
#[inline(never)]
fn where_they_work(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let at = end_first + 1;
    GIVEN_NAMES.contains(&b[w..end_first])
        && (AT_A_DESK.iter().any(|d| eq_ignore_case(b, at, d.as_bytes()) && !word_char_at(b, at + d.len()))
            || place_then(text, at + 2, &SPEECH_VERB_SET).is_some_and(|place| WORKPLACES.contains(place)))
}

/// The last words of where staff work, before what they said ([`where_they_work`]): "on live
/// chat", "in customer services", "at the Leeds branch"; not "in the sale", "on the menu".
static WORKPLACES: WordSet = WordSet::new(|| {
    set_of([
        "accounts",
        "billing",
        "finance",
        "payroll",
        "hr",
        "it",
        "sales",
        "support",
        "service",
        "services",
        "care",
        "complaints",
        "returns",
        "claims",
        "collections",
        "admin",
        "reception",
        "chat",
        "phone",
        "phones",
        "helpline",
        "line",
        "email",
        "shop",
        "store",
        "branch",
        "office",
        "counter",
        "desk",
        "till",
        "tills",
        "warehouse",
        "depot",
        "team",
        "department",
        "dept",
        "centre",
        "center",
        "surgery",
        "pharmacy",
        "garage",
        "bank",
        "site",
        "door",
    ])
});

/// Where staff work, after a name ([`where_they_work`]).
const AT_A_DESK: &[&str] = &[
    "on reception",
    "at reception",
    "on the front desk",
    "at the front desk",
    "on the desk",
    "on the till",
    "on the tills",
    "on the counter",
    "at the counter",
    "on the checkout",
    "on the switchboard",
    "on the ward",
    "on the helpline",
];

/// Whether the common given name at `w` (ending at `end_first`, before " the ") is someone's
/// known by their trade ([`TRADES`]): "Mohammed the plumber fixed it", "Dave the builder
/// says"; not "Florence the city". Out of line, as [`says_from`]; the trade's first four
/// letters settle most words ("Is the", "Can the") before any look-up.
#[inline(never)]
fn known_by_trade(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let trade = end_first + " the ".len();
    b.get(trade..trade + 4).is_some_and(|four| {
        TRADE_FILTER.may_hold(u32::from_le_bytes([four[0], four[1], four[2], four[3]]) | u32::from_le_bytes([0x20; 4]))
    }) && TRADE_SET.contains(word_after(text, trade - 1))
        && GIVEN_NAMES.contains(&b[w..end_first])
}

/// The trades and roles someone is known by after their given name and "the" ([`known_by_trade`]).
const TRADES: &[&str] = &[
    "plumber",
    "electrician",
    "builder",
    "engineer",
    "technician",
    "driver",
    "courier",
    "postman",
    "postwoman",
    "postie",
    "gardener",
    "cleaner",
    "decorator",
    "painter",
    "joiner",
    "carpenter",
    "roofer",
    "locksmith",
    "handyman",
    "mechanic",
    "caretaker",
    "janitor",
    "concierge",
    "porter",
    "receptionist",
    "nurse",
    "carer",
    "midwife",
    "physio",
    "dentist",
    "hairdresser",
    "barber",
    "stylist",
    "tutor",
    "teacher",
    "landlord",
    "neighbour",
    "installer",
    "surveyor",
    "fitter",
    "manager",
    "agent",
    "adviser",
    "advisor",
];

static TRADE_SET: WordSet = WordSet::new(|| set_of(TRADES.iter().copied()));

/// The first four letters of [`TRADES`] ([`known_by_trade`]).
const TRADE_FILTER: PrefixFilter = PrefixFilter([0; 16]).with_starts(TRADES);

/// Whether the common given name at `w` (ending at `end_first`) stands between commas before one
/// of [`SPEECH_VERBS`]: "The claim handler, Leanne, said she'd call back". Out of line, as
/// [`says_from`].
/// Or after a word for a person in the clause before the first comma, whatever follows: "The
/// lady on the till, Pam, was really rude", and then a given name that is a word too ("The
/// instructor, Sunny, was brilliant", "The lady next door, Hope, took it in").
#[inline(never)]
fn says_in_commas(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let name = &b[w..end_first];
    let says = || b.get(end_first + 1) == Some(&b' ') && SPEECH_VERB_SET.contains(word_after(text, end_first + 1));
    let given = GIVEN_NAMES.contains(name);
    if given && says() {
        return true;
    }
    (given || ORDINARY_WORDS.contains(name)) && person_before_comma(b, w - 2)
}

/// Whether the common given name at `w` (ending at `end_first`) stands in commas with "I
/// think", "I believe" or the like after it, after a word for a person ([`person_before_comma`]):
/// "The lady on the till, Pam I think, was rude". Out of line: few names have "I" after them.
#[inline(never)]
fn hedged_in_commas(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let hedge =
        [&b" I think,"[..], b" I believe,", b" I reckon,", b" I guess,"].iter().any(|h| b[end_first..].starts_with(h));
    hedge && person_before_comma(b, w - 2) && GIVEN_NAMES.contains(&b[w..end_first])
}

/// Whether a word for a person ([`PEOPLE`]) after "the", "a" or the like stands in the clause
/// that ends with the comma at `comma`, within 32 bytes ("Man, Florence, what a trip" is no
/// one's).
fn person_before_comma(b: &[u8], comma: usize) -> bool {
    let window = Window::before(b, comma, 32);
    let clause = window.bytes().iter().rposition(|c| matches!(c, b',' | b'.' | b'!' | b'?' | b';' | b':' | b'\n'));
    let clause = clause.map_or(window.bytes().len(), |p| window.bytes().len() - p - 1);
    let clause = Window::before(b, comma, clause);
    let Some(end) = clause.last_end(&PEOPLE) else { return false };
    let before = &clause.bytes()[..end - letters_before(clause.bytes(), end, 16).len()];
    let determiner = Window::before(before, before.len().saturating_sub(1), 8).last_word(b"");
    ["the", "a", "this", "that", "your", "one", "another"].iter().any(|d| determiner.eq_ignore_ascii_case(d.as_bytes()))
}

/// Words for a person that someone named in commas after them is ([`person_before_comma`]).
const PEOPLE: Keywords = Keywords::new(&[
    "lady",
    "man",
    "woman",
    "guy",
    "girl",
    "chap",
    "bloke",
    "gentleman",
    "fella",
    "lad",
    "person",
    "cashier",
    "instructor",
    "teacher",
    "driver",
    "engineer",
    "receptionist",
    "waiter",
    "waitress",
    "nurse",
    "assistant",
    "advisor",
    "adviser",
    "courier",
]);

/// What a parent or a colleague writes of someone who will not be there, or of a child's class,
/// after their given name: "Noah won't be in today", "Isla has chickenpox", "Freya forgot her PE
/// kit", "Lily in Year 2". Each a whole word or words; none said of a place or a thing.
pub(super) const AWAY_OR_UNWELL: &[&str] = &[
    "won't be in",
    "wont be in",
    "won't be at",
    "wont be at",
    "won't be coming",
    "wont be coming",
    "won't be attending",
    "will not be in",
    "will not be at",
    "will be absent",
    "will be off",
    "will be late",
    "will be collected",
    "will be picked up",
    "is off sick",
    "is off school",
    "is off today",
    "is off ill",
    "is on leave",
    "is on annual leave",
    "is on maternity leave",
    "is on paternity leave",
    "is on holiday",
    "is covering",
    "will be covering",
    "is ill",
    "is unwell",
    "is poorly",
    "is sick",
    "is absent",
    "is not well",
    "isn't well",
    "isnt well",
    "is not feeling well",
    "isn't feeling well",
    "isnt feeling well",
    "is feeling unwell",
    "is feeling poorly",
    "is feeling sick",
    "is being collected",
    "is being picked up",
    "has been sick",
    "has been ill",
    "has been poorly",
    "has been unwell",
    "has been vomiting",
    "has been sent home",
    "has a temperature",
    "has a high temperature",
    "has a fever",
    "has a cold",
    "has a cough",
    "has a bug",
    "has a sickness bug",
    "has a tummy bug",
    "has chickenpox",
    "has chicken pox",
    "has covid",
    "has flu",
    "has the flu",
    "has tonsillitis",
    "has conjunctivitis",
    "has headlice",
    "has nits",
    "has an appointment",
    "has a dentist",
    "has a doctor's",
    "has a doctors",
    "has a hospital",
    "forgot his",
    "forgot her",
    "forgot their",
    "needs picking up",
    "needs collecting",
    "needs his",
    "needs her",
    "can't come",
    "cant come",
    "can't make it",
    "cant make it",
    "can't attend",
    "cant attend",
    "woke up with",
    "woke up ill",
    "woke up poorly",
    "woke up sick",
    "in year",
    "in reception",
    "in nursery",
    "in class",
    "is in year",
    "is in reception",
    "is in nursery",
];

/// Whether the first four bytes after a word (in lowercase) may start one of [`AWAY_OR_UNWELL`]:
/// a few compares, where a search of the phrases would cost every capital before "is" or "I".
#[inline(always)]
pub(super) fn may_start_away_or_unwell(four: [u8; 4]) -> bool {
    // A typed apostrophe, a "t" typed for it, or the typographic one's first byte.
    const APOSTROPHE: [u8; 3] = [b'\'', b't', 0xE2];
    match four {
        [b'w', b'o', b'n', c] | [b'c', b'a', b'n', c] | [b'i', b's', b'n', c] => APOSTROPHE.contains(&c),
        [b'i', b's', b' ', c] => matches!(c, b'o' | b'i' | b'u' | b'p' | b's' | b'a' | b'n' | b'f' | b'b' | b'c'),
        [b'i', b'n', b' ', c] => matches!(c, b'y' | b'r' | b'n' | b'c'),
        [b'w', b'i', b'l', b'l'] | [b'h', b'a', b's', b' '] | [b'f', b'o', b'r', b'g'] => true,
        [b'n', b'e', b'e', b'd'] | [b'w', b'o', b'k', b'e'] => true,
        _ => false,
    }
}

/// Whether the word at `w` (ending at `end_first`) is a common given name ([`GIVEN_NAMES`])
/// before one of [`AWAY_OR_UNWELL`], in any case. Out of line, as [`says_from`].
#[inline(never)]
fn away_or_unwell(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let at = end_first + 1;
    let first = b.get(at).map_or(0, |c| c | 0x20);
    GIVEN_NAMES.contains(&b[w..end_first])
        && AWAY_OR_UNWELL.iter().any(|p| p.as_bytes()[0] == first && phrase_end_at(b, at, p.as_bytes()).is_some())
}

/// Whether the word at `w` follows a word for a pet ("my dog Bella", "our kitten Milo"): a
/// pet's name, no person's.
fn named_pet(b: &[u8], w: usize) -> bool {
    word_start_before(b, w).is_some_and(|s| PETS.contains(&b[s..w - 1]))
}

/// Whether the cue's last word `last_word`, "called" or "named", ends before the name at `w`
/// after a word for a pet, perhaps with "is", its "'s" or a comma between: a pet's name, not a
/// person's ("a dog called Bailey", "our cat is called Luna", "my puppy's named Max").
pub(super) fn pet_called(b: &[u8], w: usize, last_word: &[u8]) -> bool {
    if !(last_word.eq_ignore_ascii_case(b"called") || last_word.eq_ignore_ascii_case(b"named")) {
        return false;
    }
    let Some(called) = word_start_before(b, w).filter(|&c| c > 0 && b[c - 1] == b' ') else { return false };
    let before = &b[..called - 1];
    // "My horse, called Storm, needs a farrier".
    let before = before.strip_suffix(b",").unwrap_or(before);
    let between = [&b" is"[..], b"'s", "\u{2019}s".as_bytes()].into_iter().find(|e| before.ends_with(e));
    let end = before.len() - between.map_or(0, <[u8]>::len);
    PETS.contains(&b[word_start_of(b, end)..end])
}

/// Words for pets, whose names are people's too.
static PETS: WordSet = WordSet::new(|| {
    set_of([
        "dog", "puppy", "pup", "cat", "kitten", "rabbit", "bunny", "hamster", "horse", "pony", "parrot", "budgie",
        "tortoise", "ferret", "gerbil", "cockapoo", "labrador", "spaniel", "terrier",
    ])
});

/// Whether the common given name at `w`, its "'s" ("is" or "has") from `name_end` to
/// `end_first`, comes before what [`AWAY_OR_UNWELL`] says after "is" or "has": "Ellie's not
/// feeling well", "Noah's off sick today", "Isla's been sick". Out of line, as [`says_from`].
#[inline(never)]
pub(super) fn away_after_contraction(text: &str, w: usize, name_end: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let first = b.get(end_first + 1).map_or(0, |c| c | 0x20);
    let said = |rest: &&[u8]| rest.first() == Some(&first) && phrase_end_at(b, end_first + 1, rest).is_some();
    GIVEN_NAMES.contains(&b[w..name_end]) && AWAY_AFTER_IS_OR_HAS.iter().any(said)
}

/// What [`AWAY_OR_UNWELL`] says after "is " or "has ", without them ([`away_after_contraction`]).
static AWAY_AFTER_IS_OR_HAS: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| {
    let after = |p: &&'static str| p.strip_prefix("is ").or_else(|| p.strip_prefix("has "));
    AWAY_OR_UNWELL.iter().filter_map(after).map(str::as_bytes).collect()
});

/// Whether the word at `w`, ending at `end`, is told apart by how it is spelled, as only a name
/// is: "with an h", "without an e", "with two ls", "with a double n", "with one L", "with an I
/// A N", "with a hyphen" ("it's Sarah with an H", "its thompson with a p", "phillip with two
/// ls"), the spelling ending its clause. Not a stop word, nor a thing after a determiner ("the
/// code with an x in it", "a word with an s"), nor a shape ("Blue with a V neck"). Out of line,
/// as [`says_from`].
#[inline(never)]
pub(super) fn spelled_by_a_letter(text: &str, w: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let mut at = end + 1;
    let Some(rest) = [&b"without "[..], b"with "]
        .into_iter()
        .find(|p| b[at..].len() >= p.len() && b[at..at + p.len()].eq_ignore_ascii_case(p))
    else {
        return false;
    };
    at += rest.len();
    let how = word_after(text, at - 1);
    let plural = how.eq_ignore_ascii_case("two");
    if ["a", "an", "one", "two"].iter().any(|h| how.eq_ignore_ascii_case(h)) {
        at += how.len() + 1;
    } else if !how.eq_ignore_ascii_case("double") {
        return false;
    }
    if eq_ignore_case(b, at, b"double ") {
        at += "double ".len();
    }
    let letter = b.get(at).is_some_and(u8::is_ascii_alphabetic);
    // Two letters that spell a sound together ("Hollie with an ie", "Stephen with a ph").
    let pair = b.get(at..at + 2).is_some_and(|p| SPELLED_PAIRS.iter().any(|s| p.eq_ignore_ascii_case(s)))
        && !word_char_at(b, at + 2);
    // A mark instead of a letter ("Sarah-Jane with a hyphen", "José with an accent").
    let mark = SPELLED_MARKS.iter().find(|m| eq_ignore_case(b, at, m.as_bytes()) && !word_char_at(b, at + m.len()));
    let mut after = match mark {
        Some(mark) => at + mark.len(),
        None if pair => at + 2,
        None => at + 1 + usize::from(plural && b.get(at + 1).is_some_and(|c| *c | 0x20 == b's')),
    };
    // More letters spelled after it ("with an I A N").
    while b.get(after) == Some(&b' ')
        && b.get(after + 1).is_some_and(u8::is_ascii_alphabetic)
        && !word_char_at(b, after + 2)
    {
        after += 2;
    }
    // The spelling ends its clause, or says where the letter goes: "a V neck", "an A line
    // skirt" are shapes.
    let ends = match b.get(after) {
        None | Some(b'\n' | b',' | b'.' | b'!' | b'?' | b';' | b')') => true,
        Some(b' ') => AFTER_A_SPELLING.iter().any(|a| word_after(text, after).eq_ignore_ascii_case(a)),
        _ => false,
    };
    let determined = || Window::before(b, w, 8).ends_with_any(DETERMINERS, b".").is_some();
    // One letter is no name ("Plan B with a C").
    letter && ends && end - w > 1 && !is_stop_word(&text[w..end]) && !determined()
}

/// Marks a name is told apart by ([`spelled_by_a_letter`]): "with a hyphen", "with a fada".
const SPELLED_MARKS: [&str; 4] = ["hyphen", "apostrophe", "accent", "fada"];

/// Two letters a name is told apart by ([`spelled_by_a_letter`]): "with an ie", "with a ph".
const SPELLED_PAIRS: [&[u8]; 6] = [b"ie", b"ey", b"ph", b"ck", b"ee", b"ll"];

/// Words that may follow a name's spelling by a letter ([`spelled_by_a_letter`]).
const AFTER_A_SPELLING: [&str; 10] = ["at", "not", "and", "in", "but", "please", "instead", "x", "thanks", "or"];

/// Whether the common given name at `w` (ending at `end_first`, before " was ") is praised or
/// blamed for how they dealt with the writer, which only a person is: "Callum was really
/// helpful", "Ngozi was so patient", "Dave was a star"; not "Chelsea was brilliant", "Florence
/// was lovely". Out of line, as [`says_from`].
#[inline(never)]
fn praised(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let mut at = end_first + " was ".len();
    let first = word_after(text, end_first + " was".len());
    if INTENSIFIERS.iter().any(|i| first.eq_ignore_ascii_case(i)) {
        at += first.len() + 1;
    }
    is_given_name_in_any_accent(&b[w..end_first])
        && PERSON_TRAITS.iter().any(|t| eq_ignore_case(b, at, t.as_bytes()) && !word_char_at(b, at + t.len()))
}

/// Words that make a trait stronger ([`praised`]).
const INTENSIFIERS: [&str; 8] = ["really", "so", "very", "extremely", "super", "incredibly", "absolutely", "such"];

/// How a person dealt with someone, which a place or a club does not ([`praised`]).
const PERSON_TRAITS: [&str; 22] = [
    "helpful",
    "unhelpful",
    "rude",
    "polite",
    "impolite",
    "patient",
    "impatient",
    "professional",
    "unprofessional",
    "courteous",
    "knowledgeable",
    "kind",
    "friendly",
    "understanding",
    "apologetic",
    "a star",
    "a legend",
    "a great help",
    "a big help",
    "a massive help",
    "a huge help",
    "a help",
];

/// Whether the given name at `w` (ending at `end_first`, before " from") is followed, one to
/// three words after "from", by one of [`SPEECH_VERBS`]. Out of line: it is rare, and inlined
/// it made the scan loop bigger for every capital.
#[inline(never)]
fn says_from(text: &str, w: usize, end_first: usize) -> bool {
    let name = &text.as_bytes()[w..end_first];
    // A given name that is a word too, where someone works and what they said tell it:
    // "Frank from accounts rang", "Rose from the lettings team called".
    (GIVEN_NAMES.contains(name) || ORDINARY_WORDS.contains(name)) && from_then(text, end_first, &SPEECH_VERB_SET)
}

/// Whether " from " follows `end_first`, and one to three words of where someone is from
/// after it, then a word of `then` ([`place_then`]).
fn from_then(text: &str, end_first: usize, then: &WordSet) -> bool {
    text.as_bytes().get(end_first) == Some(&b' ')
        && eq_ignore_case(text.as_bytes(), end_first + 1, b"from ")
        && place_then(text, end_first + 5, then).is_some()
}

/// The last of one to three words (or a house's number) of where someone is or works, where
/// they follow the space at `space` and a word of `then` follows them: "accounts" of
/// "accounts said", "branch" of "the Leeds branch rang", "12" of "number 12 signed".
fn place_then<'t>(text: &'t str, mut space: usize, then: &WordSet) -> Option<&'t str> {
    let b = text.as_bytes();
    for _ in 0..3 {
        // A word, or a house's number ("Dave from number 12 signed for it").
        let mut end = word_end(text, space + 1);
        if end == space + 1 {
            end += b[end..].iter().take(3).take_while(|c| c.is_ascii_digit()).count();
        }
        if end == space + 1 || b.get(end) != Some(&b' ') {
            return None;
        }
        if then.contains(word_after(text, end)) {
            return Some(&text[space + 1..end]);
        }
        space = end;
    }
    None
}

/// Auxiliaries that open a question about someone ([`asked_about`]).
const AUXILIARIES: &[&str] = &["is", "was", "can", "could", "will", "would", "does", "did", "has", "should"];

/// What a question says a person does or where they are, after their name: "Is Priya
/// working today?", "Could Aisha ring me back?", "Is Tom in?".
const ASKED_AFTER: &[&str] = &[
    "working",
    "in",
    "on",
    "off",
    "available",
    "free",
    "there",
    "around",
    "about",
    "back",
    "still",
    "able",
    "going",
    "coming",
    "busy",
    "ok",
    "okay",
    "alright",
    "ring",
    "call",
    "phone",
    "text",
    "email",
    "message",
    "reply",
    "contact",
    "help",
    "see",
    "come",
    "pick",
    "collect",
    "be",
    "have",
    "get",
    "send",
    "speak",
    "talk",
    "sort",
    "check",
    "look",
    "know",
    "work",
    "start",
    "finish",
    "finished",
    "started",
    "left",
    "gone",
    "away",
    "doing",
    "getting",
    "feeling",
    "better",
    "leaving",
    "calling",
    "ringing",
    "deal",
    "book",
    "cover",
    "do",
    "say",
    "said",
    "tell",
    "told",
    "visit",
    "fix",
    "need",
    "sign",
    "pay",
    "bring",
    "take",
    "use",
    "want",
    "fill",
    "turn",
    "leave",
    "drop",
    "forget",
    "give",
    "write",
    "attend",
    "remember",
    "mention",
    "confirm",
    "cancel",
    "change",
    "go",
];

static ASKED_AFTER_SET: WordSet = WordSet::new(|| set_of(ASKED_AFTER.iter().copied()));

/// Whether the capitalised word at `w` (ending at `end_first`) is a common given name
/// ([`GIVEN_NAMES`]) asked about: after an auxiliary that opens the message, a line, a
/// sentence or a clause after a comma, alone or after a question's word, before a word of
/// [`ASKED_AFTER`] ("Is Priya working today?", "Hi, could Aisha ring me back?", "When is Seamus
/// back?"), or after "where is" with nothing after it ("Where's Jess?"). Not a thing in stock
/// ("Is Jade back in stock?") nor a place ("Is Victoria Station open?": a capital follows).
pub(super) fn asked_about(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let aux_end = w - b[..w].iter().rev().take(CUE_WINDOW).take_while(|c| **c == b' ').count();
    // The auxiliaries' last letters settle most words before a capital.
    if aux_end == w || !matches!(b[aux_end - 1] | 0x20, b's' | b'n' | b'l' | b'd') {
        return false;
    }
    let aux_start = aux_end - b[..aux_end].iter().rev().take(7).take_while(|c| c.is_ascii_alphabetic()).count();
    let aux = &b[aux_start..aux_end];
    // "Where's Jess?": the "s" of "is" after a question's word.
    let contracted = aux.eq_ignore_ascii_case(b"s") && apostrophe_before(b, aux_start).is_some();
    if !contracted && !AUXILIARIES.iter().any(|a| aux.eq_ignore_ascii_case(a.as_bytes())) {
        return false;
    }
    // "Please could Liam get in touch?": after "please" too.
    let please_start = match aux_start.checked_sub(7) {
        Some(p) if !contracted && eq_ignore_case(b, p, b"please ") && word_start(b, p) => p,
        _ => aux_start,
    };
    let opens_at =
        |start: usize| byte_before_spaces(b, start).is_none_or(|c| matches!(c, b'\n' | b'.' | b'?' | b'!' | b','));
    // "When is Seamus back?", "What time is Priya in?", "Where's Jess?": after a question's
    // word, asked only where the auxiliary opens nothing itself.
    let question_start = if !contracted && opens_at(please_start) {
        None
    } else {
        let question = match apostrophe_before(b, aux_start) {
            Some(a) if contracted => question_word_ending(b, a),
            _ if aux_start > 1 && b[aux_start - 1] == b' ' => question_word_ending(b, aux_start - 1),
            _ => None,
        };
        match question {
            Some(q) if opens_at(q) => Some(q),
            _ => return false,
        }
    };
    let next = word_after(text, end_first);
    let in_stock = || in_stock_after(text, end_first);
    // "Where is Jess?", "Where's Blessing today?": where someone is, asked with nothing after
    // the name but when.
    let where_asked = || {
        let when = ["today", "now", "tonight"].iter().find(|w| next.eq_ignore_ascii_case(w)).map_or(0, |w| 1 + w.len());
        question_start.is_some_and(|q| eq_ignore_case(b, q, b"where"))
            && matches!(b.get(end_first + when), None | Some(b'?' | b'\n'))
    };
    // "Can Jean-Luc call me back?": a double-barrelled name by its first part.
    let given = b[w..end_first].split(|c| *c == b'-').next().unwrap_or_default();
    // "Could Dave from accounts ring me?": what only a person does, after where they are from.
    let asked = || {
        ASKED_AFTER_SET.contains(next)
            || (next.eq_ignore_ascii_case("from") && from_then(text, end_first, &ASKED_AFTER_FROM_SET))
            || where_asked()
    };
    // What a thing needs too ("Does Jade need polishing?"): after a given name that is a word,
    // not "need".
    let thing_needs = || next.eq_ignore_ascii_case("need") && ORDINARY_WORDS.contains(given);
    // A given name that is only a word to the list ("Is Joy in today?", "Can Patience call me
    // back?"), asked after what only a person does.
    let word_asked = || {
        ORDINARY_WORDS.contains(given)
            && !COMPANIES_NAMED_LIKE_PEOPLE.contains(given)
            && only_a_person_does(text, end_first)
    };
    asked() && !in_stock() && (GIVEN_NAMES.contains(given) || word_asked()) && !thing_needs()
}

/// Whether what follows `end` is what only a person does ([`asked_about`] a given name that
/// is a word): works, rings or is rung, speaks, or is in today ("Is Harmony working Saturday?",
/// "Can Patience call me back?", "Is Joy in today?"; not "Is Ruby in stock?").
fn only_a_person_does(text: &str, end: usize) -> bool {
    let next = word_after(text, end);
    let in_today = || {
        let when = word_after(text, end + 1 + next.len());
        next.eq_ignore_ascii_case("in") && ["today", "tomorrow", "tonight"].iter().any(|w| when.eq_ignore_ascii_case(w))
    };
    PERSON_ONLY.contains(next) || in_today()
}

/// Whether `name`, a given name that is a word too ([`ORDINARY_WORDS`]: the caller knows) ending
/// at `end_first`, is a person's after the cue before a given name that ends `window` (its last
/// word `last`): a child named ("We christened her Wren", "named him Miles"), someone of the
/// writer's by their role ("My stylist Crystal is off sick", "our cleaner Dawn has a key"),
/// someone asked or got to do what only a person does ("Ask Faith to call me", "Can you get
/// Mark to ring me back?"), asked about something or told it ("Ask Frank about the invoice",
/// "Let Dawn know"), or wished a happy birthday ("Happy birthday Storm!"). Not a company named
/// as a person is ("Ask Sky to call me"), nor "ask Will to sort it".
pub(super) fn word_name_after_cue(text: &str, window: &Window<'_>, last: &[u8], end_first: usize, name: &str) -> bool {
    let b = text.as_bytes();
    let is = |word: &[u8]| last.eq_ignore_ascii_case(word);
    // "Happy birthday Storm!": a wish, as a cake or a card carries it.
    let wished = || is(b"birthday") && !in_brand(text, end_first - name.len(), end_first);
    let named = || {
        (is(b"him") || is(b"her") || is(b"christened"))
            && window
                .ends_with_any(
                    &["named him", "named her", "christened", "christened him", "christened her"],
                    CUE_PUNCTUATION,
                )
                .is_some()
    };
    let asked_to = || {
        let next = word_after(text, end_first);
        match last.len() {
            3 if is(b"ask") || is(b"get") => {
                (next.eq_ignore_ascii_case("to") && only_a_person_does(text, end_first + " to".len()))
                    || (is(b"ask") && next.eq_ignore_ascii_case("about"))
            }
            3 if is(b"let") => next.eq_ignore_ascii_case("know"),
            _ => false,
        }
    };
    // The cue a word for a person ([`before_given_name`] reads it), the writer's or theirs.
    let role = || owned_before(b, offset_in(b, last));
    (named() || asked_to() || wished() || role())
        && !COMPANIES_NAMED_LIKE_PEOPLE.contains(name)
        && before_given_name(window, word_after(text, end_first))
}

/// What only a person does, after their name in a question ([`only_a_person_does`]).
static PERSON_ONLY: WordSet = WordSet::new(|| {
    set_of([
        "working", "ring", "call", "phone", "text", "email", "speak", "talk", "calling", "ringing", "feeling",
        "collect",
    ])
});

/// Whether what follows the word ending at `end` says a thing is sold: "in stock", "back on
/// sale", "on offer" ("Is Jade in stock?", "When is Holly back on sale?").
fn in_stock_after(text: &str, end: usize) -> bool {
    let next = word_after(text, end);
    let back = usize::from(next.eq_ignore_ascii_case("back")) * (next.len() + 1);
    let place = word_after(text, end + back);
    let then = word_after(text, end + back + 1 + place.len());
    ["in", "on"].iter().any(|w| place.eq_ignore_ascii_case(w))
        && ["stock", "sale", "offer", "season", "store", "shops", "special"]
            .iter()
            .any(|w| then.eq_ignore_ascii_case(w))
}

/// Where a question's word ("when", "where", "why", "how", "what time", "what day") ending at
/// `end` starts; the question's auxiliary follows ([`asked_about`]).
fn question_word_ending(b: &[u8], end: usize) -> Option<usize> {
    let start = word_start_of(b, end);
    let word = &b[start..end];
    if [&b"time"[..], b"day"].iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return word_start_before(b, start).filter(|&s| b[s..start - 1].eq_ignore_ascii_case(b"what"));
    }
    ["when", "where", "why", "how"].iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes())).then_some(start)
}

/// Whether "To " or "For " ends at `w` and opens the message, a line, a label's value or a
/// quote, as a gift's message does ("To Jess, ...", "Engraving: To Chloe, love Dad", "write
/// \"For Nan - ...\""). Always inlined: asked at every capital.
#[inline(always)]
pub(super) fn after_gift_opening(b: &[u8], w: usize) -> bool {
    // The byte before the space settles most words.
    if w < 3 || b[w - 1] != b' ' {
        return false;
    }
    let s = match b[w - 2] | 0x20 {
        b'o' if eq_ignore_case(b, w - 3, b"to") => w - 3,
        b'r' if w >= 4 && eq_ignore_case(b, w - 4, b"for") => w - 4,
        _ => return false,
    };
    s == 0 || matches!(b[s - 1], b'\n' | b'"' | b'\'' | 0x9C) || b[..s].ends_with(b": ")
}

/// Whether the common given name at `w`, ending at `end`, is whom a gift's message is for: after
/// "To" or "For" opening it ([`after_gift_opening`]), before a comma, a dash, "!" or a line
/// break, a wish after it in its sentence ("To Jess, happy birthday!", "For Jess - Happy
/// Birthday! Love, Nan x"; not "To Victoria, please. ... Happy retirement!"); a given name that
/// is a word too ("To Dawn, love Mark"; not the weather's or a place's, [`SELDOM_PEOPLE`]). Out
/// of line: asked only after such an opening.
#[inline(never)]
pub(super) fn gift_recipient(text: &str, w: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let parted = matches!(b.get(end), Some(b',' | b'!' | b'\n')) || b[end..].starts_with(b" -");
    // The wish in the same sentence: up to a full stop or a question mark, 60 bytes at most.
    let wish = || {
        let rest = &b[end..b.len().min(end + 60)];
        let reach = rest.iter().position(|c| matches!(c, b'.' | b'?')).unwrap_or(rest.len());
        Window::before(b, end + reach, reach).has_any(&WISHES)
    };
    let name = &b[w..end];
    let word_name = || ORDINARY_WORDS.contains(name) && !SELDOM_PEOPLE.contains(name);
    parted && (is_given_name_in_any_accent(name) || word_name()) && wish()
}

/// Wishes a gift's message sends ([`gift_recipient`]).
const WISHES: Keywords = Keywords::new(&[
    "birthday",
    "anniversary",
    "congratulations",
    "congrats",
    "christmas",
    "xmas",
    "love",
    "wedding",
    "retirement",
    "get well",
    "good luck",
    "best wishes",
    "all the best",
]);

/// Whether the name at `w`, ending at `end`, is asked whether it is the person spoken to, as a
/// call or a chat opens: after "is this" or "is that" opening a sentence or a clause (perhaps
/// after a greeting), before a question mark, perhaps after "speaking" or "here" ("Is this
/// Sam?", "Hi, is that Priya speaking?", "hi is that callum?"). The caller asks that it is a
/// common given name ("Is this Reading?").
#[inline(always)]
pub(super) fn asked_if_spoken_to(text: &str, w: usize, end: usize) -> bool {
    after_this_or_that(text.as_bytes(), w) && asked_after_this_or_that(text, w, end)
}

/// Whether "this " or "that " stands right before `w`, in any case: one load, the case bit set
/// on letters only; settles most words before [`asked_if_spoken_to`] reads on.
#[inline(always)]
fn after_this_or_that(b: &[u8], w: usize) -> bool {
    let Some(&[t, h, i, s, b' ']) = w.checked_sub(5).and_then(|p| b.get(p..w)) else { return false };
    let four = u32::from_le_bytes([t, h, i, s]) | 0x2020_2020;
    four == u32::from_le_bytes(*b"this") || four == u32::from_le_bytes(*b"that")
}

/// [`asked_if_spoken_to`] past [`after_this_or_that`]; out of line, as few words stand there.
#[inline(never)]
fn asked_after_this_or_that(text: &str, w: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let Some(start) = w.checked_sub(8) else { return false };
    if !eq_ignore_case(b, start, b"is ") || !word_start(b, start) {
        return false;
    }
    let opens_at =
        |at: usize| byte_before_spaces(b, at).is_none_or(|c| matches!(c, b'\n' | b'.' | b'?' | b'!' | b',' | b':'));
    // Perhaps after a greeting ("hi is that callum?").
    let greeted = || {
        word_start_before(b, start).is_some_and(|p| {
            GREETINGS_AND_THANKS.contains(&b[p..start - 1])
                && !b[p..start - 1].eq_ignore_ascii_case(b"you")
                && opens_at(p)
        })
    };
    let opens = opens_at(start) || greeted();
    let asks = match b.get(end) {
        Some(b'?') => true,
        Some(b' ') => {
            ["speaking", "here"]
                .iter()
                .any(|v| eq_ignore_case(b, end + 1, v.as_bytes()) && b.get(end + 1 + v.len()) == Some(&b'?'))
                || SPOKEN_TO_BEFORE.iter().any(|v| eq_ignore_case(b, end + 1, v.as_bytes()))
        }
        _ => false,
    };
    opens && asks
}

/// What follows a name asked whether it was the person spoken to before ("Is that Darren I
/// spoke to yesterday?", "is that darren i spoke to", in any case).
const SPOKEN_TO_BEFORE: [&str; 6] =
    ["i spoke to", "who i spoke to", "i talked to", "i was speaking to", "i was talking to", "that i spoke to"];

/// Whether the name at `start` (ending at `end`) in lowercase, its first word a common given
/// name that is no word, is asked after or to do what only a person does after an auxiliary
/// ([`ASKED_AFTER`]: "please can rashida ring me back", "is gemma working tomorrow"), asked
/// whether after "if" ([`asked_whether`]), or read by [`says_something`] ("lisa from the office
/// said to call"); not "can will call", "can jade ring". Out of line: asked only of a lowercase
/// given name no other reading took.
#[inline(never)]
pub(super) fn asked_in_lowercase(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let first_end = word_end(text, start);
    let auxiliary = || {
        word_start_before(b, start)
            .is_some_and(|p| AUXILIARIES.iter().any(|a| b[p..start - 1].eq_ignore_ascii_case(a.as_bytes())))
    };
    let next = word_after(text, end);
    // Asked after only where the name is one word ("is gemma working"; "is john lewis open on
    // sunday" read "lewis open" as the name's), asked to do what a person does after any.
    let asked =
        || auxiliary() && (ASKED_AFTER_FROM_SET.contains(next) || (end == first_end && ASKED_AFTER_SET.contains(next)));
    let whether = || b[..start].ends_with(b"if ") && asked_whether(text, start, first_end);
    let stem = possessive_stem(&b[start..first_end]).map_or(first_end, |stem| start + stem);
    // "lisa said to call", "lisa from the office said", "gemma is off sick".
    let says = || stem == first_end && says_something(text, start, first_end);
    given_name_no_word(&b[start..stem]) && (asked() || whether() || says())
}

/// Whether the common given name at `w` (ending at `end_first`), "if" before it, is asked
/// after: "is" or "was" after it, then a word of [`ASKED_AFTER`] ("Can you tell me if Gemma's
/// working tomorrow?", "do you know if priya is in"). Not a thing sold ("if Jade is back in
/// stock", "if Jasmine is in stock": [`in_stock_after`]).
pub(super) fn asked_whether(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    // "if" a word of its own ("Cardiff Grace is in" is none).
    if w >= 4 && b[w - 4].is_ascii_alphabetic() {
        return false;
    }
    // "Gemma's": the word read on through the contracted "is".
    let (name_end, is_end) = match possessive_stem(&b[w..end_first]) {
        Some(stem) => (w + stem, Some(end_first)),
        None => {
            let is = [&b" is"[..], b" was"].into_iter().find(|is| b[end_first..].starts_with(is));
            (end_first, is.map(|is| end_first + is.len()))
        }
    };
    is_end.is_some_and(|e| ASKED_AFTER_SET.contains(word_after(text, e)) && !in_stock_after(text, e))
        && GIVEN_NAMES.contains(&b[w..name_end])
}

/// What of [`ASKED_AFTER`] only a person does, after where they are from ("Can Sarah from the
/// Leeds branch call me back?"; not "Is Jade from Zara in stock?").
static ASKED_AFTER_FROM_SET: WordSet = WordSet::new(|| {
    set_of([
        "ring", "call", "phone", "text", "email", "message", "reply", "contact", "help", "speak", "talk", "sort",
        "check", "deal", "come", "collect", "send", "visit", "tell", "say", "get",
    ])
});

/// Whether what comes "from" the word after the window is what a person sends or says ("a
/// parcel from Zebedee.", "I heard from Tarquin."), or "From:" opens its line as on a card
/// ("To: Mum\nFrom: Zebedee"): only then is a word that is no common given name after "from"
/// a name ("I got it from Harrods.", "This is Lars from Oslo" are none).
pub(super) fn sent_by_a_person(b: &[u8], window: &Window<'_>) -> bool {
    let from = window.last_word(CUE_PUNCTUATION);
    let from_start = offset_in(b, from);
    let card = (from_start == 0 || b[from_start - 1] == b'\n') && b.get(from_start + 4) == Some(&b':');
    card || Window::before(b, from_start, 24).has_any(&SENDINGS)
}

/// Whether what comes "from" the word after the window was bought there, a shop's name,
/// whatever given name it is too: "I ordered a dress from Zara", "a refund for the boots I
/// bought from Zara". Asked only after "from".
pub(super) fn bought_from(b: &[u8], window: &Window<'_>) -> bool {
    let from_start = offset_in(b, window.last_word(CUE_PUNCTUATION));
    Window::before(b, from_start, 32).has_any(&PURCHASES)
}

/// What is done at a shop ([`bought_from`]).
const PURCHASES: Keywords =
    Keywords::new(&["ordered", "order", "bought", "buy", "buying", "purchased", "purchase", "shopped", "refund"]);

/// Whether " at " and a capitalised word follow `end`, where someone works ("a message from
/// Lisa| at Halifax", "a call from Tom| at Barclays"); not a day, a month or a feast ("a card
/// from Florence at Christmas").
pub(super) fn at_a_workplace_after(text: &str, end: usize) -> bool {
    let at = end + " at ".len();
    if !(text.as_bytes().get(end..at) == Some(b" at ") && capitalised(text, at)) {
        return false;
    }
    let word = &text[at..word_end(text, at)];
    !(is_day(word) || is_month(word) || FEASTS.iter().any(|f| word.eq_ignore_ascii_case(f)))
}

/// What is "at" a time of year, not a place ([`at_a_workplace_after`]).
const FEASTS: [&str; 7] = ["Christmas", "Xmas", "Easter", "Eid", "Diwali", "Hanukkah", "New"];

/// What a person sends or says ([`sent_by_a_person`]).
const SENDINGS: Keywords = Keywords::new(&[
    "message",
    "letter",
    "parcel",
    "package",
    "call",
    "email",
    "text",
    "gift",
    "card",
    "present",
    "love",
    "note",
    "visit",
    "reply",
    "heard",
    "hear",
    "hearing",
    "lots of love",
]);

/// Whether the word at `w`, ending at `end_first` right after a "(" , is a common given name
/// alone in brackets: who someone is ("my wife (Sarah) will collect", "left with neighbour at
/// no. 14 (Bev)"), not a variant's name ("colour (Ruby)", "size (Small)"). Asked only after a
/// "(".
pub(super) fn bracketed_given_name(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    b.get(end_first) == Some(&b')')
        && GIVEN_NAMES.contains(&b[w..end_first])
        && !VARIANTS.contains(Window::before(b, w - 1, 16).last_word(CUE_PUNCTUATION))
}

/// Whether the common given name `first` at `w`, after "to", is who money, a booking or a
/// message went to: "I sent £50 to Imran by mistake", "Can I transfer the booking to Connor?",
/// "I forwarded your email to Bethan"; not a given name that is a word or a place too ("sent
/// it to Florence"), nor one before a place's word ("sent it to Sarah Street"). Out of line:
/// asked only after " to ".
#[inline(never)]
pub(super) fn sent_or_paid_to(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let first = &text[w..end_first];
    let line = b[..w].iter().rev().take(48).position(|c| *c == b'\n').unwrap_or(48);
    let next = word_after(text, end_first);
    given_name_no_word(first.as_bytes())
        && !(names_a_place(next) || NOT_PERSON_AFTER_GIVEN_SET.contains(next))
        && Window::before(b, w - 4, line.saturating_sub(4)).has_any(&SENT_OR_PAID)
}

/// Whether the common given name `first` at `w` is copied in on a message: "I've copied in
/// Femi from our team", "copying in Rosalind". Asked here, not as a cue, after " in ": a cue
/// ending in "in" would make every capital after "in" ask the cues ("in London").
#[inline(never)]
pub(super) fn copied_in(b: &[u8], w: usize, first: &str) -> bool {
    let verb = letters_before(b, w - 4, 7);
    (verb.eq_ignore_ascii_case(b"copied") || verb.eq_ignore_ascii_case(b"copying")) && GIVEN_NAMES.contains(first)
}

/// What is done to money, a booking or a message sent to a person ([`sent_or_paid_to`]).
const SENT_OR_PAID: Keywords = Keywords::new(&[
    "sent",
    "send",
    "transfer",
    "transferred",
    "paid",
    "lent",
    "owe",
    "owed",
    "forward",
    "forwarded",
    "reassign",
    "reassigned",
]);

/// Whether the common given name at `w..end_first` is followed by who the person is to the
/// writer, alone in brackets: "Next of kin - Sheila (mum) 01632 960999", "Sheila (my sister)
/// will collect"; not "Ruby (the colour)"; or by a child's age ("my kids, Ayaan (6) and Zara
/// (4)", "Maisie (aged 3)"), where the name is no thing's too ("Rose (2)" may count bushes).
/// Out of line: asked only before " (".
#[inline(never)]
pub(super) fn kin_in_brackets_after(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let inside = end_first + 2;
    let Some(close) = b[inside..b.len().min(inside + 24)].iter().position(|c| *c == b')') else { return false };
    let kin = &b[inside..inside + close];
    let kin = kin.strip_prefix(b"my ").or_else(|| kin.strip_prefix(b"our ")).unwrap_or(kin);
    let given = &b[w..end_first];
    let age = || age_in_brackets(kin) && !ORDINARY_WORDS.contains(given);
    (KIN_IN_BRACKETS.contains(kin) || age()) && GIVEN_NAMES.contains(given)
}

/// Whether `inside` brackets is an age: one or two digits, perhaps after "age" or "aged" and
/// before a unit of years or months ("6", "aged 3", "14 yrs", "18 months").
fn age_in_brackets(inside: &[u8]) -> bool {
    let inside = [&b"aged "[..], b"age "].iter().find_map(|p| inside.strip_prefix(*p)).unwrap_or(inside);
    let digits = inside.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    let unit = &inside[digits..];
    let unit = unit.strip_prefix(b" ").unwrap_or(unit);
    (1..=2).contains(&digits) && ["", "y", "yo", "yrs", "years", "months", "mths"].iter().any(|u| unit == u.as_bytes())
}

/// Who someone is to the writer, in brackets after their name ([`kin_in_brackets_after`]);
/// before a thing's name ([`kin_names_a_thing`](super::cues::kin_names_a_thing)).
pub(super) static KIN_IN_BRACKETS: WordSet = WordSet::new(|| {
    set_of([
        "mum",
        "mam",
        "mom",
        "mother",
        "dad",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "partner",
        "brother",
        "sister",
        "nan",
        "nana",
        "gran",
        "granny",
        "grandma",
        "grandad",
        "grandpa",
        "grandmother",
        "grandfather",
        "aunt",
        "auntie",
        "uncle",
        "niece",
        "nephew",
        "cousin",
        "friend",
        "neighbour",
        "carer",
        "fiance",
        "fiancée",
        "fiancee",
        "stepson",
        "stepdaughter",
        "stepmum",
        "stepdad",
        "sister-in-law",
        "brother-in-law",
        "mother-in-law",
        "father-in-law",
        "son-in-law",
        "daughter-in-law",
        "landlord",
        "landlady",
        "lodger",
        "tenant",
    ])
});

/// Whether the common given name at `w` (ending at `end_first`) stands before " at " and an
/// email address: whose address it is ("update the contact to Yusuf at yusuf.ali@outlook.com").
pub(super) fn before_email(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let Some(rest) = b.get(end_first..).and_then(|r| r.strip_prefix(b" at ")) else { return false };
    let token = &rest[..rest.iter().take(64).position(|c| c.is_ascii_whitespace()).unwrap_or(rest.len().min(64))];
    token.contains(&b'@') && GIVEN_NAMES.contains(&b[w..end_first])
}

/// Whether the common given name at `w` (ending at `end_first`) stands before a UK phone
/// number, after a space, a dash or "on": whose number it is ("The engineer left a card: Sean
/// 07911 204 518", "Dave on +44 7700 900123"). Out of line: asked only where [`says_something`]
/// sees a number's first byte after the name.
#[inline(never)]
fn before_phone(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let rest = &b[end_first..];
    let Some(number) = [&b" on "[..], b" - ", b" "].iter().find_map(|sep| rest.strip_prefix(*sep)) else {
        return false;
    };
    // A trunk "0" before a digit that is no "0", "(0" or "+44", then what the phone recognizer
    // reads as a number from its first digit.
    let uk = matches!(number, [b'0', b'1'..=b'9', ..] | [b'(', b'0', ..] | [b'+', b'4', b'4', ..]);
    let first_digit = b.len() - number.len() + usize::from(!number[0].is_ascii_digit());
    uk && numbers::phone(b, first_digit).is_some() && GIVEN_NAMES.contains(&b[w..end_first])
}

/// Where a neighbour lives, after their name ([`neighbour`]).
const NEIGHBOURS: [&[u8]; 4] = [b" next door", b" at number ", b" across the road", b" over the road"];

/// Whether the common given name at `w` (ending at `end_first`), or one that is a word too, is a
/// neighbour's, where they live after it: "Deliver to Leanne next door", "give it to Gary across
/// the road", "Parcel left with Joy at number 14"; not after "the" ("the Victoria next door" is
/// a pub), nor the weather's or a place's ([`SELDOM_PEOPLE`]).
pub(super) fn neighbour(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    // The cheap test first: most capitalised words are followed by no space and "n", "a" or "o".
    let Some(&[b' ', c]) = b.get(end_first..end_first + 2) else { return false };
    let lives =
        |n: &&[u8]| eq_ignore_case(b, end_first, n) && (n.ends_with(b" ") || !word_char_at(b, end_first + n.len()));
    let the = w >= 4 && eq_ignore_case(b, w - 4, b"the ");
    matches!(c | 0x20, b'n' | b'a' | b'o')
        && NEIGHBOURS.iter().any(lives)
        && !the
        && (GIVEN_NAMES.contains(&b[w..end_first])
            || (ORDINARY_WORDS.contains(&b[w..end_first]) && !SELDOM_PEOPLE.contains(&b[w..end_first])))
}
