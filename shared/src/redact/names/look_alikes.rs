//! What a cue or a sign-off takes that is nobody's name: organisations, shops and brands
//! ("Thanks, Vodafone", "John Lewis"), places after a given name ("Victoria Station"), job
//! titles, terms of address, things loved or thanked for.

use super::lexicon::is_given_name;
use super::lowercase::booked_before;
use super::shouted::{is_given_name_in_any_accent, shouted_at};
use super::sign_offs::{GREETINGS_AND_THANKS, GREETS_ANYONE};
use super::{CUE_PUNCTUATION, word_after, word_start_before, word_start_of};
use crate::redact::address::{house_read_as_name, is_street_type};
use crate::redact::text::{
    Keywords, Window, eq_ignore_case, letters_before, offset_in, possessive_stem, word_char_at, word_char_before,
};
use crate::redact::words::{WordSet, capitalised, is_named_thing, set_of, word_end};

/// Whether the name found at `start..end` is one word that greets or thanks someone without
/// naming them, right after the greeting or the thanks ("Hello Darling", "Morning Sunshine",
/// "Cheers Boss", "Love you Mum x", "Happy birthday Grandad"; but "Mr Darling", "Thanks,
/// Alistair Darling"), or after "and" ("Love from Mum and Dad", "Sarah and Grandpa"); or a
/// word for a parent or a grandparent alone, wherever it stands ("I spoke to Mum", "text Nan
/// when it's dispatched"; but "Grandma Pat"). Asked only where a name was found.
pub(super) fn term_of_address(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let word = &b[start..end];
    let before = || Window::before(b, start, 16).last_word(CUE_PUNCTUATION);
    let greeted = || {
        let before = before();
        GREETINGS_AND_THANKS.contains(before) || before == b"and" || before == b"&"
    };
    word_end(text, start) == end
        && (PARENTS_AND_GRANDPARENTS.contains(word) || (TERMS_OF_ADDRESS.contains(word) && greeted()))
}

/// Whether the name found at `start..end` is an acronym after "under" where no booking is
/// made: "Under GDPR please tell me ...", "Is it under VAT?"; but "booked under SMITH", "a
/// table for 4 under JONES". Asked only where a name was found.
pub(super) fn acronym_under(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let word = &b[start..end];
    let Some(under) = start.checked_sub(6).filter(|&u| eq_ignore_case(b, u, b"under ")) else { return false };
    (2..=5).contains(&word.len())
        && word.iter().all(u8::is_ascii_uppercase)
        && !shouted_at(b, start)
        && !booked_before(b, under)
}

/// Whether the name found at `start` is the first word of what is booked, not who for: "Class
/// booking for Yoga at 7am", "Appointment for Flu Jab", "Table for Two", "Delivery for Unit
/// 5"; but "Booking for Grant at 7pm". Asked only where a name was found.
pub(super) fn booked_thing(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    start >= 4 && eq_ignore_case(b, start - 4, b"for ") && BOOKED_THINGS.contains(&b[start..word_end(text, start)])
}

/// What a booking, a table, an appointment or a delivery is for, not whom ([`booked_thing`]):
/// classes and sports, meals, treatments and services, rooms and units, numbers, occasions.
/// None is a common given name, nor a surname likely after "for" ("Hall", "Lodge", "Lane" are
/// left out).
static BOOKED_THINGS: WordSet = WordSet::new(|| {
    set_of([
        // Classes and sports.
        "yoga",
        "pilates",
        "zumba",
        "spin",
        "spinning",
        "swim",
        "swimming",
        "tennis",
        "padel",
        "squash",
        "badminton",
        "football",
        "netball",
        "golf",
        "boxing",
        "kickboxing",
        "hiit",
        "bootcamp",
        "climbing",
        "bouldering",
        "bowling",
        "karate",
        "judo",
        "taekwondo",
        "gymnastics",
        "trampolining",
        "ballet",
        "dance",
        "barre",
        "aerobics",
        "aquafit",
        "aqua",
        "bodypump",
        "crossfit",
        "cricket",
        "rugby",
        "hockey",
        "snooker",
        "archery",
        "paintball",
        "karting",
        "skating",
        "skiing",
        "surfing",
        "kayaking",
        "paddleboarding",
        "gym",
        "fitness",
        "circuits",
        "sauna",
        "spa",
        // Meals.
        "afternoon",
        "tea",
        "lunch",
        "dinner",
        "breakfast",
        "brunch",
        "supper",
        "drinks",
        "cocktails",
        "buffet",
        "carvery",
        "bottomless",
        "tasting",
        // Treatments and services.
        "botox",
        "fillers",
        "facial",
        "massage",
        "manicure",
        "pedicure",
        "nails",
        "haircut",
        "hair",
        "cut",
        "colour",
        "highlights",
        "balayage",
        "waxing",
        "tanning",
        "lashes",
        "brows",
        "mot",
        "servicing",
        "repair",
        "repairs",
        "valet",
        "tyres",
        "flu",
        "covid",
        "vaccine",
        "vaccination",
        "jab",
        "booster",
        "smear",
        "blood",
        "bloods",
        "ultrasound",
        "scan",
        "x-ray",
        "xray",
        "mri",
        "ecg",
        "dental",
        "checkup",
        "check-up",
        "hygienist",
        "filling",
        "extraction",
        "whitening",
        "eye",
        "eyes",
        "hearing",
        "physiotherapy",
        "consultation",
        "assessment",
        "review",
        "counselling",
        "injection",
        "injections",
        // Rooms, units and places.
        "unit",
        "flat",
        "apartment",
        "suite",
        "room",
        "rooms",
        "block",
        "office",
        "floor",
        "table",
        "studio",
        "cabin",
        "tent",
        "pod",
        "caravan",
        "chalet",
        "parking",
        "garage",
        "storage",
        // How many, and who as a group.
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "adults",
        "kids",
        "children",
        "seniors",
        "juniors",
        "students",
        "toddlers",
        "babies",
        "family",
        "group",
        "party",
        // Occasions.
        "wedding",
        "birthday",
        "anniversary",
        "hen",
        "stag",
        "christening",
        "graduation",
        "prom",
        "event",
        "meeting",
        "conference",
        "interview",
        "training",
        "induction",
    ])
});

/// Whether a word that names where a business is follows the name that ends at `end`: "How
/// do I get to Mary Arches car park?", "the Victoria Wine branch"; but a person's after a title
/// ("Dr Shah surgery" is asked as a name), and a car that is no car park ("my brother
/// Tarquin's car"). Asked only where a name was found.
pub(super) fn before_a_business_place(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    // The first letters of those places settle most words.
    if !(b.get(end) == Some(&b' ')
        && matches!(b.get(end + 1).map(|c| c | 0x20), Some(b'b' | b'c' | b'd' | b'e' | b's' | b'w')))
    {
        return false;
    }
    let next = word_after(text, end);
    PLACES_OF_BUSINESS.contains(next) || (next.eq_ignore_ascii_case("car") && eq_ignore_case(b, end + 4, b" park"))
}

/// Where a business is, after its name ([`before_a_business_place`]).
static PLACES_OF_BUSINESS: WordSet =
    WordSet::new(|| set_of(["station", "branch", "store", "depot", "warehouse", "entrance", "centre", "center"]));

/// Whether the name found at `start..end` after an honour ("Lord", "Lady", "Sir", "Dame",
/// "Prince", "Princess") is a place's: its last word names a street or a kind of place ("Lord
/// Street is closed", "book the Lady Chapel", "Prince Charles Cinema"; but "Dame Judi Dench",
/// "Lady Hamilton"). Asked only where a name was found.
pub(super) fn honours_a_place(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let honour = letters_before(b, start.saturating_sub(1), 8);
    let honoured =
        ["lord", "lady", "sir", "dame", "prince", "princess"].iter().any(|h| honour.eq_ignore_ascii_case(h.as_bytes()));
    honoured && {
        let last = &b[word_start_of(b, end)..end];
        names_a_kind_of_place(last)
    }
}

/// Whether the name found at `start..end` is a job's title, as a signature gives it under the
/// name ("Account Manager", "Consultant Radiologist", "Operations"): its last word names a
/// job or a department, and its first is no common given name ("Francesca Head" is a name).
/// Asked only where a name was found.
pub(super) fn job_title(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    JOB_TITLES.contains(&b[word_start_of(b, end)..end])
        && !is_given_name_in_any_accent(&b[start..word_end(text, start)])
}

/// The last words of jobs' titles and departments' names ([`job_title`]).
static JOB_TITLES: WordSet = WordSet::new(|| {
    set_of([
        "manager",
        "director",
        "officer",
        "assistant",
        "consultant",
        "executive",
        "coordinator",
        "co-ordinator",
        "administrator",
        "analyst",
        "specialist",
        "lead",
        "head",
        "associate",
        "adviser",
        "advisor",
        "supervisor",
        "secretary",
        "receptionist",
        "engineer",
        "technician",
        "accountant",
        "solicitor",
        "radiologist",
        "dermatologist",
        "cardiologist",
        "oncologist",
        "neurologist",
        "haematologist",
        "endocrinologist",
        "rheumatologist",
        "gastroenterologist",
        "urologist",
        "gynaecologist",
        "obstetrician",
        "paediatrician",
        "psychiatrist",
        "psychologist",
        "anaesthetist",
        "ophthalmologist",
        "optometrist",
        "audiologist",
        "podiatrist",
        "dietitian",
        "physiotherapist",
        "radiographer",
        "sonographer",
        "pathologist",
        "hygienist",
        "orthodontist",
        "registrar",
        "paralegal",
        "conveyancer",
        "underwriter",
        "surgeon",
        "practitioner",
        "therapist",
        "designer",
        "developer",
        "buyer",
        "representative",
        "clerk",
        "controller",
        "president",
        "founder",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "operations",
        "sales",
        "marketing",
        "finance",
        "accounts",
        "payable",
        "receivable",
        "support",
        "team",
        "department",
        "dept",
        "services",
        "resources",
    ])
});

/// What people call someone they greet or thank instead of a name, parents and grandparents too.
pub(super) static TERMS_OF_ADDRESS: WordSet = WordSet::new(|| {
    set_of(PARENTS_AND_GRANDPARENTS_WORDS.iter().copied().chain([
        "darling",
        "darlin",
        "sunshine",
        "babe",
        "baby",
        "hun",
        "hunny",
        "honey",
        "hon",
        "love",
        "luv",
        "pet",
        "petal",
        "duck",
        "chuck",
        "bab",
        "flower",
        "treacle",
        "sweetheart",
        "sweetie",
        "gorgeous",
        "lovely",
        "mate",
        "pal",
        "buddy",
        "bud",
        "boss",
        "chief",
        "guv",
        "doc",
        "bot",
        "bro",
        "sis",
        "bruv",
        "fam",
        "lads",
        "ladies",
        "officer",
        "doctor",
        "nurse",
    ]))
});

/// Words for a parent or a grandparent, which stand for a name but are none ([`term_of_address`]).
const PARENTS_AND_GRANDPARENTS_WORDS: &[&str] = &[
    "mum", "mam", "mom", "mummy", "dad", "daddy", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad",
    "grandpa",
];

static PARENTS_AND_GRANDPARENTS: WordSet = WordSet::new(|| set_of(PARENTS_AND_GRANDPARENTS_WORDS.iter().copied()));

/// Whether the name found at `start..end` is one word that names a company as often as a
/// person ("Sky"), greeted, thanked or got in touch with: "Hi Sky, my broadband is down", "I
/// was on the phone to Sky", "I called Sky"; but "My daughter Sky", "she's called Sky".
/// Asked only where a name was found.
pub(super) fn company_in_touch(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if word_end(text, start) != end || !COMPANIES_NAMED_LIKE_PEOPLE.contains(&b[start..end]) {
        return false;
    }
    let window = Window::before(b, start, 24);
    let before = window.last_word(CUE_PUNCTUATION);
    // "called" after whoever rang, not after "is", "was" or "'s" that name someone.
    let rang = || {
        let caller = Window::before(b, offset_in(b, before), 8).last_word(CUE_PUNCTUATION);
        !(caller.is_empty() || NAMING_VERBS.contains(caller) || ends_possessive(caller, caller.len()))
    };
    IN_TOUCH.contains(before) || (before.eq_ignore_ascii_case(b"called") && rang())
}

/// Words that name a company as often as a person ([`company_in_touch`]).
pub(super) static COMPANIES_NAMED_LIKE_PEOPLE: WordSet = WordSet::new(|| set_of(["sky"]));

/// The last words of greeting, thanking or getting in touch with a company ([`company_in_touch`]);
/// not a card's ("Dear Sky", "Happy birthday Sky", "Love Sky").
static IN_TOUCH: WordSet = WordSet::new(|| {
    set_of(GREETS_ANYONE.iter().copied().chain([
        "to",
        "with",
        "contact",
        "contacted",
        "call",
        "ring",
        "rang",
        "phoned",
        "email",
        "emailed",
    ]))
});

/// Verbs before "called" that name someone ([`company_in_touch`]).
static NAMING_VERBS: WordSet = WordSet::new(|| set_of(["is", "was", "are", "were", "be", "been", "being"]));

/// Whether the name found at `start..end` is part of an organisation's: no common given name
/// after a capitalised place, brand or nationality ("Cheers Virgin Atlantic", "Thanks, Scottish
/// Power"; but "Send it to ..., Glasgow Zara's mum is collecting"), or ending with, or before,
/// a word that names an organisation ("Hi Thames Water", "Thanks, Octopus Energy", "Cheers
/// Sports Direct"). Asked only where a name was found.
pub(crate) fn organisation(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let word = &b[start..word_end(text, start)];
    let first = &word[..possessive_stem(word).unwrap_or(word.len())];
    let before = word_start_before(b, start);
    if before.is_some_and(|p| capitalised(text, p) && is_named_thing(&text[p..start - 1])) && !is_given_name(first) {
        return true;
    }
    // The set holds no empty word: a word after the name, so `end + 1` starts it.
    let next = || ORGANISATION_SET.contains(word_after(text, end)) && capitalised(text, end + 1);
    // One given name alone is the writer's, with friends: "Thanks, Sarah & Co".
    let firm = || and_co(b, end) && (end > word_end(text, start) || !is_given_name(first));
    ORGANISATION_SET.contains(&b[word_start_of(b, end)..end]) || next() || firm()
}

/// Whether a firm's "& Co", "and Sons" or "& Partners" follows the name that ends at `end`
/// ("my accountant, Hollis & Co", "John Lewis & Partners").
fn and_co(b: &[u8], end: usize) -> bool {
    let rest = &b[end..];
    let joint = if rest.starts_with(b" & ") {
        3
    } else if rest.starts_with(b" and ") {
        5
    } else {
        return false;
    };
    ["Co", "Sons", "Partners", "Son"].iter().any(|firm| {
        let at = end + joint;
        b[at..].starts_with(firm.as_bytes()) && !word_char_at(b, at + firm.len())
    })
}

/// Words that name an organisation after its name ([`organisation`]); none a surname ("Power",
/// "Banks" and "Waters" are).
pub(super) static ORGANISATION_SET: WordSet = WordSet::new(|| {
    set_of([
        "water",
        "energy",
        "gas",
        "electric",
        "mail",
        "media",
        "mobile",
        "broadband",
        "direct",
        "insurance",
        "airways",
        "airlines",
        "rail",
        "railways",
        "trains",
        "buses",
        "bank",
        "society",
        "office",
        "council",
        "group",
        "ltd",
        "limited",
        "plc",
        "inc",
        "hotel",
        "inn",
        "hospital",
        "surgery",
        "pharmacy",
        "university",
        "college",
        "school",
        "academy",
        "nursery",
        "institute",
        "trust",
        "foundation",
        "charity",
        "association",
        "federation",
        "partnership",
        "clinic",
        "motors",
        "garage",
        "taxis",
        "cars",
        "logistics",
        "couriers",
        "removals",
        "express",
        "restaurant",
        "takeaway",
        "cafe",
        "bakery",
        "foods",
        "solicitors",
        "accountants",
        "dental",
        "salon",
        "florists",
        "builders",
        "plumbing",
        "electrical",
        "carpets",
        "lettings",
        "properties",
        "services",
        "solutions",
        "travel",
    ])
});

/// Whether `window` ends with a word before a place, not before a person signing ("Thanks for
/// the lift to Florence", "Cheers, see you at Victoria"); but who is thanked is a person ("Big
/// thanks to Zebedee").
pub(super) fn before_a_place(window: &Window<'_>) -> bool {
    PLACE_PREPOSITIONS.contains(window.last_word(CUE_PUNCTUATION))
        && window.ends_with_any(&["thanks to", "thank you to"], CUE_PUNCTUATION).is_none()
}

/// Whether the word at `w` is a place's second, after a capitalised word that follows a word
/// before a place ([`before_a_place`]): "Love from Lily at Kings Cross", "Thanks, see you in
/// New Malden". Asked only of a sign-off's name.
pub(super) fn second_word_of_place(b: &[u8], w: usize) -> bool {
    word_start_before(b, w).is_some_and(|p| b[p].is_ascii_uppercase() && before_a_place(&Window::before(b, p, 16)))
}

/// Words before a place ([`before_a_place`]).
static PLACE_PREPOSITIONS: WordSet =
    WordSet::new(|| set_of(["at", "in", "to", "near", "on", "into", "onto", "via", "towards", "outside", "around"]));

/// Whether the word at `w`, or a capitalised word or two before it, follows, one space between,
/// what one does with a business: "Thanks for choosing Argos", "thanks for shopping with
/// Tesco", "Thanks for staying at Premier Inn" (a bot's message is redacted too); not after a
/// comma ("Thanks for calling, Sarah").
pub(super) fn patronised(b: &[u8], w: usize) -> bool {
    let mut start = w;
    for _ in 0..3 {
        if start < 2 || b[start - 1] != b' ' || !b[start - 2].is_ascii_alphabetic() {
            return false;
        }
        if Window::before(b, start, 24).ends_with_phrase_in(&PATRONAGE, b"") {
            return true;
        }
        start = word_start_of(b, start - 1);
        if !b[start].is_ascii_uppercase() {
            return false;
        }
    }
    false
}

/// Whether the name ending at `end` ends in "'s": a shop named after its founder, thanked as a
/// sign-off's name would be ("Thanks, Sainsbury's", "Cheers McDonald's!"); who signs off writes
/// no possessive.
pub(super) fn ends_possessive(b: &[u8], end: usize) -> bool {
    b[..end].ends_with(b"'s") || b[..end].ends_with("\u{2019}s".as_bytes())
}

/// Whether the word before `w`, one space between, is a preposition, and the word at `w` no
/// common given name: what ends a line of thanks there is what the thanks were for ("Thanks for
/// the tip on Netflix", "Cheers for the help with Amazon", "Thanks for the link to Spotify"),
/// not who signs off or is thanked ("Big thanks to Sarah", "Thanks to Zeb"; "from" leads a
/// sign-off: "Love from Zeb").
pub(super) fn thanked_about(b: &[u8], w: usize, first: &str) -> bool {
    let Some(start) = word_start_before(b, w) else { return false };
    let before = &b[start..w - 1];
    let thanks_to = before.eq_ignore_ascii_case(b"to") && start >= 7 && eq_ignore_case(b, start - 7, b"thanks ");
    // "Thanks for recommending Tesla".
    let for_doing = || {
        start >= 4
            && eq_ignore_case(b, start - 4, b"for ")
            && THANKED_FOR.iter().any(|v| before.eq_ignore_ascii_case(v))
    };
    ((PREPOSITION_SET.contains(before) && !thanks_to) || for_doing()) && !is_given_name(first.as_bytes())
}

/// What someone is thanked for doing with a thing, before it ([`thanked_about`]).
const THANKED_FOR: [&[u8]; 5] = [b"recommending", b"suggesting", b"mentioning", b"stocking", b"selling"];

/// "Love" as a verb before a thing ("Love the new Zara", "love my Peloton"), not a sign-off's.
pub(super) const LOVED_THINGS: Keywords = Keywords::new(&[
    "love the",
    "love my",
    "love your",
    "love this",
    "love that",
    "love these",
    "love those",
    "love our",
    "love a",
    "loved the",
    "loving the",
    "love it",
    "i love",
    "we love",
    "i loved",
    "we loved",
    "really love",
]);

/// What the thanks may have been for ends after these ([`thanked_about`]).
pub(super) static PREPOSITION_SET: WordSet = WordSet::new(|| {
    set_of(["on", "about", "at", "with", "to", "for", "in", "into", "onto", "of", "via", "by", "over", "re"])
});

/// What one does with a business ([`patronised`]).
static PATRONAGE: WordSet = WordSet::new(|| {
    set_of([
        "choosing",
        "shopping with",
        "shopping at",
        "flying with",
        "banking with",
        "staying with",
        "staying at",
        "staying at the",
        "shopping at the",
        "visiting the",
        "booking with",
        "ordering from",
        "contacting",
        "calling",
        "visiting",
        "joining",
        "travelling with",
        "switching to",
    ])
});

/// Words after a given name that make the pair a place, a thing or an event rather than a
/// person ("Victoria Station", "Grace Period", "Ruby Wedding"), besides street types.
pub(super) const NOT_PERSON_AFTER_GIVEN: &[&str] = &[
    "station",
    "line",
    "hall",
    "palace",
    "airport",
    "hospital",
    "centre",
    "center",
    "house",
    "school",
    "college",
    "university",
    "theatre",
    "cinema",
    "museum",
    "dock",
    "docks",
    "gallery",
    "arms",
    "inn",
    "hotel",
    "bridge",
    "cross",
    "tower",
    "market",
    "club",
    "fc",
    "city",
    "county",
    "town",
    "estate",
    "period",
    "wedding",
    "anniversary",
    "appeal",
    "day",
    "rice",
    "tea",
    "pale",
    "bay",
    "beach",
    "island",
    "falls",
    "coach",
    "bus",
    "shopping",
    "dental",
    "medical",
    "surgery",
    "ward",
    "unit",
    // Where one eats or drinks ("Booking for the Ivy Brasserie at 8pm").
    "brasserie",
    "bistro",
    "restaurant",
    "cafe",
    "bar",
    "grill",
    "kitchen",
    "lounge",
    "spa",
    "bakery",
    "deli",
    "tavern",
    "pub",
    "block",
    "building",
    "wing",
    "infirmary",
    "clinic",
    "hospice",
    "church",
    "chapel",
    "cathedral",
    "library",
    "stadium",
    "arena",
    "creek",
    "lodge",
    "harbour",
    "quay",
    "marina",
    "season",
    "nursery",
    "pond",
    "tree",
    "red",
    "blue",
    "gold",
    "pink",
    "silver",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "festival",
    "brothers",
    "sisters",
    "pro",
    "cottage",
    "farm",
    "barn",
    "manor",
    "villa",
    "abbey",
    "ambulance",
    "sponge",
    "wine",
    "wines",
    "air",
    "airways",
    "airlines",
    "showroom",
    "suite",
    "room",
    "range",
    "branch",
    "shop",
    "outlet",
    // Words that start a new sentence or name a thing, after a name written without a full
    // stop ("Thanks Sarah Book me in", "Hi Tom Order 5521"); the verbs among them in lowercase
    // are what the person does after some cues ([`done_by_them`]).
    "book",
    "booking",
    "call",
    "contact",
    "tell",
    "ask",
    "pay",
    "try",
    "order",
    "deliver",
    "delivery",
    "send",
    "ring",
    "text",
    "does",
    "did",
    "store",
    "seat",
    "collection",
    "voucher",
    "billing",
    "card",
    "phone",
    "email",
    "invoice",
    "postcode",
    "account",
    "flat",
    "kind",
    "national",
    "android",
    "iphone",
];

pub(super) static NOT_PERSON_AFTER_GIVEN_SET: WordSet = WordSet::new(|| set_of(NOT_PERSON_AFTER_GIVEN.iter().copied()));

/// Whether `word` after a name makes it a place's: a street type or one of
/// [`NOT_PERSON_AFTER_GIVEN`] ("Victoria Road", "Victoria Station", "Lady Chapel").
pub(super) fn names_a_kind_of_place(word: impl AsRef<[u8]>) -> bool {
    let word = word.as_ref();
    is_street_type(word) || NOT_PERSON_AFTER_GIVEN_SET.contains(word)
}

/// Whether `next` after the given name `given` makes the pair a place or a thing
/// ([`NOT_PERSON_AFTER_GIVEN`]); but a surname that names a building too is a person's after a
/// given name that names none ("Thanks Rebecca Hall", "forward it to Hannah Church"; "Victoria
/// Hall", "Grace Church", "George Cross" are places).
pub(super) fn names_a_place_after(given: &[u8], next: &str) -> bool {
    NOT_PERSON_AFTER_GIVEN_SET.contains(next)
        && (!SURNAMES_OF_BUILDINGS.contains(next) || GIVEN_NAMES_OF_PLACES.contains(given))
}

/// Surnames that name a building ([`names_a_place_after`]).
static SURNAMES_OF_BUILDINGS: WordSet = WordSet::new(|| set_of(["hall", "church", "cross"]));

/// Given names that name halls, churches and crosses: kings, queens, saints and their virtues
/// ([`names_a_place_after`]).
static GIVEN_NAMES_OF_PLACES: WordSet = WordSet::new(|| {
    set_of([
        "victoria",
        "albert",
        "alexandra",
        "elizabeth",
        "george",
        "mary",
        "margaret",
        "anne",
        "charlotte",
        "william",
        "edward",
        "john",
        "james",
        "peter",
        "paul",
        "andrew",
        "david",
        "patrick",
        "michael",
        "stephen",
        "luke",
        "mark",
        "matthew",
        "thomas",
        "catherine",
        "helen",
        "jude",
        "giles",
        "martin",
        "nicholas",
        "lawrence",
        "grace",
        "emmanuel",
        "trinity",
        "kelvin",
        "christopher",
        "bartholomew",
        "cuthbert",
        "oswald",
        "aidan",
        "columba",
        "mungo",
        "ninian",
        "alban",
        "clement",
        "botolph",
        "bride",
        "agnes",
        "faith",
        "hope",
        "charity",
        "gabriel",
        "raphael",
        "joseph",
        "benedict",
        "francis",
        "dominic",
        "augustine",
        "philip",
        "barnabas",
        "simon",
        "jerome",
        "anselm",
        "chad",
        "wilfrid",
        "dunstan",
        "hilda",
        "winifred",
        "edmund",
    ])
});

/// Shops and brands named after a person, which a message names far more often than the
/// person ("John Lewis", "Ted Baker").
const BRANDS: &[&str] = &[
    "captain morgan",
    "captain birdseye",
    "captain america",
    "percy pig",
    "percy pigs",
    "john lewis",
    "ted baker",
    "jack wills",
    "paul smith",
    "ben sherman",
    "laura ashley",
    "dorothy perkins",
    "oliver bonas",
    "joe browns",
    "charlotte tilbury",
    "harvey nichols",
    "karen millen",
    "jo malone",
    "tom ford",
    "calvin klein",
    "ralph lauren",
    "michael kors",
    "kate spade",
    "hugo boss",
    "tommy hilfiger",
    "victoria beckham",
    "bobbi brown",
    "james villas",
    "jack daniels",
    "jack daniel",
    "jack daniel's",
    "ruby murray",
    "jamie oliver",
    "stella artois",
    "emma bridgewater",
    "sophie allport",
    "austin reed",
    "alexander mcqueen",
    "jack russell",
    "jack wolfskin",
    "harry potter",
    "russell hobbs",
    "vivienne westwood",
    "giorgio armani",
    "marc jacobs",
    "stella mccartney",
    "harman kardon",
    "fred perry",
    "cath kidston",
    "mona lisa",
    "olivia burton",
    "jasper conran",
    "kurt geiger",
    "jimmy choo",
    "morphy richards",
    "orla kiely",
    "charlie bigham",
    "charlie bigham's",
    "charlie bighams",
    "henry hoover",
    "flora light",
    "flora buttery",
    "flora original",
    "george foreman",
    "mary berry",
    "paul hollywood",
    "ken hom",
    "gordon ramsay",
    "nigella lawson",
    "delia smith",
    "peter rabbit",
    "molly maid",
    // Shows and characters a theatre's, a cinema's or a shop's bot is asked about.
    "peter pan",
    "billy elliot",
    "mary poppins",
    "oliver twist",
    "sherlock holmes",
    // After "Dr", "Mr" or "Aunt", which read the word after them as a name ([`after_cue`]).
    "dr martens",
    "dr pepper",
    "dr oetker",
    "mr kipling",
    "mr muscle",
    "mr sheen",
    "aunt bessie's",
    "aunt bessie\u{2019}s",
    // Given names and surnames that shops and makers are called.
    "ernest jones",
    "charles tyrwhitt",
    "jane norman",
    "louis vuitton",
    "victoria plum",
    "austin healey",
    "kelly kettle",
    "jack reacher",
    "jacques vert",
];

pub(super) static BRAND_SET: WordSet = WordSet::new(|| set_of(BRANDS.iter().copied()));

/// Whether `words` (one space between) are a brand named after a person ("Dr Martens").
pub(crate) fn is_brand(words: &[u8]) -> bool {
    BRAND_SET.contains(words)
}

/// Whether the word at `start..end` is part of a brand named after a person, with the word
/// before or after it, one space between ("Ted Baker", "Paul Smith").
pub(crate) fn in_brand(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let with_before = word_start_before(b, start).is_some_and(|s| BRAND_SET.contains(&b[s..end]));
    let next = word_after(text, end);
    with_before || (!next.is_empty() && BRAND_SET.contains(&b[start..end + 1 + next.len()]))
}

/// Whether the name read after a weak cue from `w` to `end`, its first word ending at
/// `end_first`, is a place's: the word after the given name makes one ("from Victoria Coach
/// Station", "from Victoria Hall"), or its last word is a street's type that is no surname's
/// too ("Bus from Ashley Road"; but "a message from Sarah Green"), or any street's after a
/// given name that names places ("I came from Victoria Park"). Not a house before its street,
/// which is read as an address where it is found as a name ("Its Ivy House, Station Road").
/// Asked only after a weak cue.
pub(super) fn place_after_given_name(text: &str, w: usize, end_first: usize, end: usize) -> bool {
    if end <= end_first {
        return false;
    }
    let b = text.as_bytes();
    let first = &b[w..end_first];
    let last = &b[word_start_of(b, end)..end];
    let place = names_a_place_after(first, word_after(text, end_first))
        || (is_street_type(last)
            && (!STREET_TYPES_OF_SURNAMES.contains(last) || GIVEN_NAMES_OF_PLACES.contains(first)));
    place && house_read_as_name(text, w, end).is_none()
}

/// Street types that are surnames too ([`place_after_given_name`]): "Sarah Green", "Tom Hill".
static STREET_TYPES_OF_SURNAMES: WordSet = WordSet::new(|| {
    set_of([
        "green", "hill", "park", "lane", "row", "vale", "way", "gate", "court", "grove", "fields", "croft", "cross",
        "close", "meadows",
    ])
});

/// Whether the name found at `start..end` after "text" is a keyword sent to a short code: one
/// in capitals from [`TEXT_KEYWORDS`] ("Text STOP", "text HELP for more"), or any word before
/// "to" and a short code ("Text Pay to 81400"); but "text Sarah to say you're late".
pub(super) fn texted_keyword(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    // One compare settles most names found: "text" and a space right before.
    if start < 5 || !eq_ignore_case(b, start - 5, b"text ") || word_char_before(b, start - 5) {
        return false;
    }
    let word = &b[start..end];
    let in_capitals = || word.iter().all(u8::is_ascii_uppercase) && TEXT_KEYWORDS.contains(word);
    // A short code: five or six digits alone ("to 80085").
    let to_number = || {
        let digits = b.get(end + 4..).map_or(0, |code| code.iter().take(7).take_while(|c| c.is_ascii_digit()).count());
        b[end..].starts_with(b" to ") && (5..=6).contains(&digits) && !word_char_at(b, end + 4 + digits)
    };
    in_capitals() || to_number()
}

/// Keywords texted to short codes ([`texted_keyword`]).
static TEXT_KEYWORDS: WordSet = WordSet::new(|| {
    set_of(["stop", "help", "yes", "no", "join", "info", "start", "end", "quit", "cancel", "pay", "bal"])
});

/// Whether the name found at `start` follows "work with" said of a thing: the word before
/// "work" is one of [`THINGS_THAT_WORK`] ("Does it work with Echo?", "Will the app work with
/// Android?"; but "I work with Sarah", "used to work with Tom").
pub(super) fn works_with_a_thing(b: &[u8], start: usize) -> bool {
    let Some(with) = start.checked_sub(5).filter(|&s| eq_ignore_case(b, s, b"with ")) else { return false };
    let Some(work) = with.checked_sub(5).filter(|&s| eq_ignore_case(b, s, b"work ")) else { return false };
    work > 0 && b[work - 1] == b' ' && THINGS_THAT_WORK.contains(letters_before(b, work - 1, 10))
}

/// Words for a thing before "work with" ([`works_with_a_thing`]).
static THINGS_THAT_WORK: WordSet = WordSet::new(|| {
    set_of([
        "it",
        "this",
        "that",
        "these",
        "those",
        "which",
        "app",
        "device",
        "doorbell",
        "camera",
        "speaker",
        "phone",
        "watch",
        "charger",
        "printer",
        "plug",
        "bulb",
        "bulbs",
        "hub",
        "tv",
        "system",
        "one",
        "model",
        "version",
        "thermostat",
        "controller",
        "remote",
        "headphones",
        "earbuds",
        "laptop",
        "tablet",
        "router",
        "kit",
    ])
});
