//! The words that say a name comes next: introductions ("my name is", "call me", and their
//! like in the languages of the EU regions), the people someone has ("my solicitor", "my
//! hubby"), what someone was called, and the cues after which only a common given name is one.

use super::context::KIN_IN_BRACKETS;
use super::labels::LABELS;
use super::lexicon::{SURNAMES, ends_a_name, is_given_name};
use super::look_alikes::NOT_PERSON_AFTER_GIVEN_SET;
use super::shouted::is_given_name_in_any_accent;
use super::{CUE_PUNCTUATION, name_words, word_after, word_start_of};
use crate::redact::address::names_a_place;
use crate::redact::names_again::ORDINARY_WORDS;
use crate::redact::numbers::Span;
use crate::redact::text::{Keywords, Window, byte_before_spaces, eq_ignore_case, letters_before, possessive_stem};
use crate::redact::words::{WordSet, set_of};

/// Cues after which a capitalised word is a name: introductions, titles, greetings, people
/// someone is related to, and verbs that take a person.
pub(super) const CUES: &[&str] = &[
    "my name is",
    "name is",
    "name was",
    // "the account is in my husband's name, which is Gareth Price".
    "name which is",
    "name which was",
    "surname which is",
    "name's",
    "surname's",
    "names",
    "name",
    "called",
    "call me",
    "calls me",
    "name will be",
    "known as",
    // A maiden name: "Sarah Jones (nee Smith)".
    "nee",
    "surname",
    "surname was",
    "forename",
    "contact person",
    "kin is",
    "emergency contact is",
    "details are",
    // Introductions in the languages of the regions this runs in, and of those who write there.
    "m'appelle",
    "me llamo",
    "mi chiamo",
    "ich heiße",
    "ich heisse",
    "nazywam się",
    "mam na imię",
    "mă numesc",
    "ma numesc",
    "mon nom est",
    "mio nome è",
    "meu nome é",
    // Welsh, "fy enw i yw" read three words back.
    "enw i yw",
    "enw i ydy",
    "fy enw yw",
    "fy enw ydy",
    "is mise",
    "mi nombre es",
    "mein name ist",
    "ik heet",
    "me chamo",
    "chamo-me",
    "numele meu este",
    "jmenuji se",
    "volám sa",
    "a nevem",
    "jag heter",
    "jeg heter",
    "jeg hedder",
    "mano vardas",
    "mani sauc",
    "zovem se",
    "ime mi je",
    "mijn naam is",
    "mitt namn \u{e4}r",
    "mitt navn er",
    "mit navn er",
    "i'm",
    "im",
    "i am",
    "this is",
    "speak to",
    "speaking to",
    "speak with",
    "spoke to",
    "spoken to",
    "spoke with",
    "talk to",
    "talked to",
    "talking to",
    "chatting to",
    "the phone to",
    "the phone with",
    "ask for",
    "dear",
    "hi",
    "hiya",
    "hello",
    "hey",
    "morning",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "rev",
    "revd",
    "reverend",
    "cllr",
    "councillor",
    // Titles in the languages of the EU regions ("Je suis Mme Lefèvre", "Herr Becker hat
    // angerufen", "la Sra. García", "Dhr. de Vries").
    "mme",
    "mlle",
    "herr",
    "frau",
    "sra",
    "srta",
    "signora",
    "signor",
    "sig",
    "dhr",
    "mevr",
    "mevrouw",
    "meneer",
    "sgt",
    "sergeant",
    "insp",
    "inspector",
    "rabbi",
    "imam",
    "pastor",
    "officer",
    "constable",
    "sir",
    "dame",
    "lady",
    "lord",
    "wife",
    "husband",
    "hubby",
    "wifey",
    "missus",
    "partner",
    "partner is",
    "daughter",
    "son",
    "mum",
    "mam",
    "mother",
    "dad",
    "father",
    "grandad",
    "grandma",
    "nan",
    "brother",
    "sister",
    "friend",
    "bestie",
    "colleague",
    "boss",
    "manager",
    "landlord",
    "tenant",
    "neighbour",
    "carer",
    "niece",
    "nephew",
    "aunt",
    "uncle",
    "cousin",
    "girlfriend",
    "boyfriend",
    "fiance",
    "fiancee",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "grandpa",
    "nanna",
    "nana",
    "gramps",
    "stepson",
    "stepdaughter",
    "stepmum",
    "stepdad",
    "stepmother",
    "stepfather",
    "godson",
    "goddaughter",
    "auntie",
    "aunty",
    "flatmate",
    "housemate",
    "my lodger",
    "my solicitor",
    "our solicitor",
    "my accountant",
    "our accountant",
    "my ex",
    "my bf",
    "my gf",
    "my bff",
    "my twin",
    "my lawyer",
    "my physio",
    "my therapist",
    "my counsellor",
    "my childminder",
    "our childminder",
    "my nanny",
    "our nanny",
    "our lodger",
    "my au pair",
    "our au pair",
    "tell",
    "contact",
    "call",
    "ring",
    "text",
    "work with",
    "who is",
    "is for",
    "booking for",
    "reservation for",
    "table for",
    "parcel for",
    "package for",
    "delivery for",
    "letter for",
    "appointment for",
    "under",
    "on the booking",
    "my details",
    "his details",
    "her details",
    "their details",
    "our details",
    "pass this to",
    "pass it to",
    "refund to",
    "give it to",
    "addressed to",
    "name to",
    "surname to",
    "signed by",
    "signed for by",
    "received by",
    "accepted by",
];

/// Cues before a common given name only ([`GIVEN_NAMES`](super::lexicon::GIVEN_NAMES)), in any case: "My son is Oliver",
/// "Can you ask Jack to call me", "I booked with Hannah", "I was served by Ravi", "the account
/// holder is Amy Hall", but "MY SON IS ILL", "my wife is at work", "ask Amazon", "pay with
/// Klarna", "THE ACCOUNT HOLDER IS DECEASED".
const BEFORE_GIVEN_NAME: &[&str] = &[
    // Wishes, as a gift's message gives them ("Happy birthday Freya", "Happy 40th birthday
    // Ben"; "Happy Birthday Banner" is a product).
    "birthday",
    "anniversary",
    "retirement",
    "congratulations",
    "congrats",
    "get well soon",
    "birthday to",
    "anniversary to",
    "congratulations to",
    "congrats to",
    // Where a parcel goes ("Please redeliver to Sunita at 31 Orchard Way").
    "deliver to",
    "redeliver to",
    "other half",
    "better half",
    "it's for",
    "its for",
    "it is for",
    // Who got in touch or helped ("I had a call from Jasmine about my claim", "Great service
    // from Arjun today"; not "flights from Florence", "a card from Florence").
    "call from",
    "calls from",
    // Whom to be seen by ("Can I book in with Marguerite again?").
    "book in with",
    // Whom a gathering or a gift is for ("Farewell drinks for Gillian on Friday", "a whip
    // round for Kev").
    "drinks for",
    "leaving do for",
    "whip round for",
    "whip-round for",
    "send-off for",
    "present for",
    "flowers for",
    // Whose fees a parent pays ("Nursery fees for Alfie for March").
    "fees for",
    "fee for",
    "email from",
    "emails from",
    "text from",
    "texts from",
    "message from",
    "voicemail from",
    // Who approved or put something forward ("Holiday approved by Siobhan"; not "approved by
    // Ofgem").
    "approved by",
    "authorised by",
    "authorized by",
    "referred by",
    "recommended by",
    // Who died ("RIP Derek").
    "rip",
    // Who a name badge says someone is ("his badge said Tomasz").
    "badge said",
    "badge says",
    "service from",
    "help from",
    "support from",
    "question from",
    "query from",
    "enquiry from",
    "request from",
    "complaint from",
    "feedback from",
    "note from",
    // Someone named, and the writer's family, in the languages of the regions this runs in
    // ("Il s'appelle Julien", "Mein Mann heißt Stefan", "mon mari, Julien, au 06 ...", "mi hijo
    // Pablo"): a given name only, as a thing is named so too.
    "s'appelle",
    "s\u{2019}appelle",
    "hei\u{df}t",
    "heisst",
    "se llama",
    "si chiama",
    "heet",
    "nazywa si\u{119}",
    "se chama",
    "chama-se",
    "mon mari",
    "ma femme",
    "mon fils",
    "ma fille",
    "ma m\u{e8}re",
    "mon p\u{e8}re",
    "mon fr\u{e8}re",
    "ma s\u{153}ur",
    "ma soeur",
    "mon compagnon",
    "ma compagne",
    "mein mann",
    "meine frau",
    "mein sohn",
    "meine tochter",
    "meine mutter",
    "mein vater",
    "mein bruder",
    "meine schwester",
    "mi marido",
    "mi mujer",
    "mi esposa",
    "mi esposo",
    "mi hijo",
    "mi hija",
    "mi madre",
    "mi padre",
    "mi hermano",
    "mi hermana",
    "mi pareja",
    "mio marito",
    "mia moglie",
    "mio figlio",
    "mia figlia",
    "mia madre",
    "mio padre",
    "mio fratello",
    "mia sorella",
    "mijn man",
    "mijn vrouw",
    "mijn zoon",
    "mijn dochter",
    "meu marido",
    "minha esposa",
    "minha mulher",
    "meu filho",
    "minha filha",
    "m\u{f3}j m\u{105}\u{17c}",
    "moja \u{17c}ona",
    "m\u{f3}j syn",
    "moja c\u{f3}rka",
    // Someone's details, not a form's ("Contact details: Peter Walsh"; "Details: Order 123",
    // "Bank details: Name: D Morris").
    "details",
    // Whose number the writer has or wants ("Is this the right number for Hannah?").
    "number for",
    "you're",
    "you\u{2019}re",
    "youre",
    "you are",
    "wife is",
    "husband is",
    "son is",
    "daughter is",
    "mum is",
    "mother is",
    "dad is",
    "father is",
    "brother is",
    "sister is",
    "boyfriend is",
    "girlfriend is",
    "fiance is",
    "fiancee is",
    "ask",
    // Whom the writer asks for ("Can I request Sinead again?") or sends word to ("Say hi to
    // Rosie for me!").
    "request",
    "requested",
    "meet",
    "met",
    // Whom the writer rings for ("I'm calling for Pete, he's my brother").
    "calling for",
    "ringing for",
    "phoning for",
    "say hi to",
    "say hello to",
    "give my regards to",
    // Only before "to" ("can you get Gaz to ring me"; not "where can I get Jack Daniels").
    "get",
    "with",
    "was",
    "were",
    "through to",
    "agent",
    "advisor",
    "adviser",
    "fao",
    "attn",
    "boy",
    "girl",
    "baby",
    "wean",
    "bairn",
    "lad",
    "lass",
    "kids are",
    "children are",
    "twins are",
    "sons are",
    "daughters are",
    "boys are",
    "girls are",
    "grandkids are",
    "grandchildren are",
    "twins",
    "grandkids",
    "my kids",
    "our kids",
    "my children",
    "our children",
    "my sons",
    "our sons",
    "my daughters",
    "our daughters",
    "my grandchildren",
    "our grandchildren",
    "youngest",
    "eldest",
    "oldest",
    "engineer",
    "driver",
    "technician",
    "plumber",
    "electrician",
    "builder",
    "contractor",
    "surveyor",
    "handyman",
    "joiner",
    "carpenter",
    "decorator",
    "roofer",
    "locksmith",
    "gardener",
    "courier",
    "postman",
    "postie",
    "caretaker",
    "warden",
    "pharmacist",
    "dentist",
    "paramedic",
    "supervisor",
    "manager",
    "cleaner",
    "waiter",
    "waitress",
    "barista",
    "bartender",
    "barman",
    "barmaid",
    "host",
    "hostess",
    "chef",
    "porter",
    "concierge",
    "housekeeper",
    "steward",
    "stewardess",
    "conductor",
    "cashier",
    "instructor",
    "trainer",
    "physio",
    "optician",
    "vet",
    "doctor",
    "gp",
    "hairdresser",
    "stylist",
    "barber",
    "rep",
    "employee",
    "agent",
    // A family's own, as the north of England says it ("our Becky starts school in September").
    "our",
    "advisor",
    "adviser",
    "counsellor",
    "therapist",
    "solicitor",
    "caseworker",
    "broker",
    // "Condolences to the family of Derek".
    "family of",
    "mentor",
    "keyworker",
    "key worker",
    "support worker",
    "mechanic",
    "nanny",
    "childminder",
    "babysitter",
    "sitter",
    "dog walker",
    // "Your driver today is Kofi", "the pharmacist on today is Aisha".
    "today is",
    "thank you to",
    "thank u to",
    // Grandparents, whose words are places' and apples' too: "Gran Edith", not "Gran Canaria".
    "gran",
    "granny",
    // Who the writer would rather not deal with: "someone other than Brian".
    "other than",
    "anyone but",
    "instead of",
    "except",
    "nurse",
    "midwife",
    "matron",
    // A ship's, a team's or an army's ("Captain Hughes will meet you"; "Captain Morgan" is rum).
    "captain",
    // Police ranks, as people write them before a name ("PC Davies", "DI Khan"); before a
    // surname in capitals only ([`before_surname`]).
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "teacher",
    "tutor",
    "mate",
    "pa",
    "assistant",
    "secretary",
    "receptionist",
    "saw",
    "served by",
    "helped by",
    "assisted by",
    "seen by",
    "dealt with by",
    "looked after by",
    "treated by",
    "sent by",
    "booked by",
    "ordered by",
    "collected by",
    "delivered by",
    // Who is added to a booking, picked up or handed something ("add Jayden as a second
    // driver", "swap Ellie for Grace", "can Grandma pick up Freddie", "Delivered to Sarah at
    // reception"; but "add Victoria sponge").
    "add",
    "swap",
    "pick up",
    "picking up",
    // Before the name and "up" ([`before_given_name`]).
    "pick",
    "picking",
    "collect",
    "collecting",
    // Who a school is asked to let off ("please excuse Harry from PE").
    "excuse",
    "delivered to",
    "handed to",
    "given to",
    "let",
    "thank",
    "remind",
    "holder is",
    "cardholder is",
    "policyholder is",
    "passenger is",
    "booker is",
    "guest is",
    "driver is",
    "tenant is",
    "payee is",
    "recipient is",
    "beneficiary is",
    "applicant is",
    "patient is",
    "social worker",
    "case worker",
    "support worker",
    "key worker",
    "midwife",
    "health visitor",
    "thanks to",
    "thanks on to",
    // A message left for someone ("This is a message for Shauna, please call the surgery",
    // "Note for Karen: the boiler is fixed"; but "a message for Easter").
    "message for",
    "messages for",
    "voicemail for",
    // Whom to get in touch with ("Can you email Bethany the receipt?", "Reply to Wiktoria").
    "email",
    "phone",
    "message",
    "whatsapp",
    "reply to",
    "note for",
    "order for",
    "on behalf of",
    "per",
    "named",
    // A child or a pet named: "We named him Teddy", "we christened him Arlo".
    "named him",
    "named her",
    "christened",
    "christened him",
    "christened her",
    "message to",
    "cc",
    "coach",
    "cc'd",
    "cc'ing",
    "bcc",
    "attention",
    // "Could you pass this on to Shabnam" (a cue reads three words back at most).
    "this on to",
    "that on to",
    "it on to",
    // Who took a parcel in: "left with Dave at number 4", "handed to Priya" (not "delivered
    // to": "delivered to Florence, Italy").
    "left with",
    "handed to",
    "soy",
    "c'est",
    "ich bin",
    "je suis",
    "jestem",
    "sono",
    "ik ben",
    "eu sou",
    // "Olá, sou a Inês", "sou o João".
    "sou a",
    "sou o",
    "jeg er",
    "jag \u{e4}r",
    "alright",
    "howdy",
    // Someone met and named after a comma ("a lovely young man, Kyle I think").
    "young man",
    "nice man",
    "lovely man",
    "young woman",
    "nice woman",
    "lovely woman",
    "guy",
    "chap",
    "gentleman",
    "bloke",
    "fella",
    "complain about",
    "complaint about",
    "complaining about",
    // Grandparents as people write them, a given name only ("Granny Smith apples").
    "granny",
    "granda",
    "grampa",
    "gramps",
    // Praise for someone ("Shout out to Gemma at the Leicester store!").
    "shout out to",
    "shoutout to",
    "kudos to",
    "credit to",
    "hats off to",
    "praise for",
    "our kid",
    // Who someone said they were, as a scam is reported ("someone claiming to be Steve from
    // Microsoft", "she introduced herself as Linda"; not "claiming to be Amazon").
    "claiming to be",
    "claimed to be",
    "claims to be",
    "pretending to be",
    "pretended to be",
    "posing as",
    "posed as",
    "introduced herself as",
    "introduced himself as",
    "introduced themselves as",
    "calls himself",
    "calls herself",
    "called himself",
    "called herself",
    // Someone met once, by the name they gave ("Spoke to a Rebecca in billing").
    "spoke to a",
    "spoken to a",
    "speak to a",
    "talked to a",
    "remove",
    "who's",
    "who\u{2019}s",
    "who is",
    // Not any word: "does the 25 go by Piccadilly?".
    "go by",
    "goes by",
    "went by",
];

/// Whether `window` ends with a cue of [`BEFORE_GIVEN_NAME`] after which a given name followed
/// by `next` is a person's: a place or a thing when `next` makes it one ("with Victoria
/// Station", "the engineer, Victoria Station branch", [`NOT_PERSON_AFTER_GIVEN`](super::look_alikes::NOT_PERSON_AFTER_GIVEN)), except after
/// a cue that says who someone is or did something ("my wife is Amy Hall", "served by Grace
/// Ward").
pub(super) fn before_given_name(window: &Window<'_>, next: &str) -> bool {
    // "served by Grace Ward", not where a bus goes by ("goes by Victoria Station"); a copy is
    // sent to a person ("cc Rebecca Hall").
    let says_who = || {
        let last = window.last_word(CUE_PUNCTUATION);
        last.eq_ignore_ascii_case(b"is")
            || last.eq_ignore_ascii_case(b"cc")
            || last.eq_ignore_ascii_case(b"bcc")
            || (last.eq_ignore_ascii_case(b"by")
                && window.ends_with_any(&["go by", "goes by", "went by"], CUE_PUNCTUATION).is_none())
    };
    // A verb's particle after the name: picked up ("picking Ollie up", not "I'd pick Florence
    // over Rome"), got to do something ("get Gaz to ring me", not "get Florence tickets").
    let particle_follows = || {
        let last = window.last_word(CUE_PUNCTUATION);
        let particle = match last.len() {
            3 if last.eq_ignore_ascii_case(b"get") => "to",
            4 | 7 if last.eq_ignore_ascii_case(b"pick") || last.eq_ignore_ascii_case(b"picking") => "up",
            _ => return true,
        };
        next.eq_ignore_ascii_case(particle)
    };
    window.ends_with_phrase_in(&BEFORE_GIVEN_NAME_SET, CUE_PUNCTUATION)
        && (!NOT_PERSON_AFTER_GIVEN_SET.contains(next) || says_who() || done_by_them(next))
        && particle_follows()
}

/// Whether "happy" and an ordinal stand before `w`, perhaps a comma between ("Happy 18th
/// Lauren!", "happy 40th, Deano"): a wish, after which a given name is one, as after
/// "birthday".
pub(super) fn after_happy_ordinal(b: &[u8], w: usize) -> bool {
    let end = w - b[..w].iter().rev().take(2).take_while(|c| matches!(c, b' ' | b',')).count();
    let suffix = letters_before(b, end, 2);
    let ordinal = suffix.len() == 2 && [&b"th"[..], b"st", b"nd", b"rd"].iter().any(|s| suffix.eq_ignore_ascii_case(s));
    let digits_end = end - suffix.len();
    let digits = b[..digits_end].iter().rev().take(4).take_while(|c| c.is_ascii_digit()).count();
    let start = digits_end - digits;
    ordinal
        && (1..=3).contains(&digits)
        && start > 0
        && b[start - 1] == b' '
        && letters_before(b, start - 1, 5).eq_ignore_ascii_case(b"happy")
}

/// Whether `window` ends with "order for" or "collection for", after which a common surname is
/// who is to collect ("Click and collect order for Singh"), as after a booking's cue; not a
/// word ("an order for Grant Thornton"), nor a day ("order for Tuesday").
pub(super) fn orders_for(window: &Window<'_>) -> bool {
    window.ends_with_any(&["order for", "orders for", "collection for"], CUE_PUNCTUATION).is_some()
}

/// Whether the capitalised word `first` at `w` follows a word for kin that opens its sentence,
/// nobody's ("Mother Goose tickets", "Dad Jokes are the best", "Friend Zone"), and is no common
/// given name (nor one that is a word too, [`ORDINARY_WORDS`]) or surname: a show's or a thing's
/// name, where "Mum Sarah", "Grandma Pat" and "Nan Edith" are people. Within a sentence the kin
/// word stands as a title would ("Can Nana Ama collect it?"), and any name after it is taken,
/// "tickets for Sister Act" too. Asked only after a cue.
pub(super) fn kin_names_a_thing(text: &str, w: usize, first: &str) -> bool {
    let b = text.as_bytes();
    if w < 2 || b[w - 1] != b' ' {
        return false;
    }
    let kin_start = word_start_of(b, w - 1);
    // "Auntie Jean's coming": the name without its "'s".
    let first = &first[..possessive_stem(first.as_bytes()).unwrap_or(first.len())];
    b[kin_start].is_ascii_uppercase()
        && matches!(byte_before_spaces(b, kin_start), None | Some(b'\n' | b'.' | b'!' | b'?'))
        && KIN_IN_BRACKETS.contains(&b[kin_start..w - 1])
        && !(is_given_name_in_any_accent(first.as_bytes())
            || ORDINARY_WORDS.contains(first)
            || SURNAMES.contains(first))
}

/// Whether `last_word`, the cue before a capitalised `name`, is a grandparent's word that takes
/// only a common given name ([`BEFORE_GIVEN_NAME`]), and `name` is a given name the list leaves
/// out as a word too, as older people bear them: "Gran Pat", "Nanny Val's not well" (not "Gran
/// Canaria", "Granny Smith apples", "Nanny McPhee").
pub(super) fn grandparent_before_word_name(last_word: &[u8], name: &str) -> bool {
    ["gran", "granny", "nanny"].iter().any(|g| last_word.eq_ignore_ascii_case(g.as_bytes()))
        && ORDINARY_WORDS.contains(name)
}

/// Whether `next`, after a given name, is in lowercase what the person does ([`ends_a_name`]),
/// a verb that capitalised would start a sentence after the name ("the engineer Tom did a great
/// job", "Can Nurse Sarah ring me"; but "I was with Sarah Order 5521").
fn done_by_them(next: &str) -> bool {
    next.starts_with(|c: char| c.is_ascii_lowercase()) && ends_a_name(next)
}

pub(super) static CUE_SET: WordSet = WordSet::new(|| set_of(CUES.iter().chain(PERSON_NAMED).copied()));

/// Someone named after a word for a person: cues as [`CUES`] are, after which any word is a
/// name, in lowercase too ("a guy named Tarquin", "a lady named zebedee okoro"; but "a company
/// named Acme", after which only a common given name is one).
pub(super) const PERSON_NAMED: &[&str] = &[
    "guy named",
    "man named",
    "lady named",
    "woman named",
    "bloke named",
    "chap named",
    "gentleman named",
    "girl named",
    "boy named",
    "lad named",
    "someone named",
    "somebody named",
    "person named",
    "colleague named",
    "friend named",
];

pub(super) static PERSON_NAMED_SET: WordSet = WordSet::new(|| set_of(PERSON_NAMED.iter().copied()));

pub(super) static WEAK_CUE_SET: WordSet = WordSet::new(|| set_of(WEAK_CUES.iter().copied()));

pub(super) static BEFORE_GIVEN_NAME_SET: WordSet = WordSet::new(|| set_of(BEFORE_GIVEN_NAME.iter().copied()));

/// The last word of every cue, strong, weak, relation or label: a capitalised word after any
/// other word has no cue before it, which one look-up settles.
pub(super) static CUE_LAST_WORDS: WordSet = WordSet::new(|| {
    let cues = CUES.iter().chain(PERSON_NAMED).chain(IN_LAWS).chain(WEAK_CUES).chain(BEFORE_GIVEN_NAME).chain(LABELS);
    set_of(cues.filter_map(|cue| cue.rsplit([' ', '-']).next()))
});

/// Relations by marriage, cues as [`CUES`] are, with their hyphens (one word, which the window
/// reads as words apart: "my brother-in-law Gareth") or without ("my sister in law Jo").
const IN_LAWS: &[&str] = &[
    "brother-in-law",
    "sister-in-law",
    "mother-in-law",
    "father-in-law",
    "son-in-law",
    "daughter-in-law",
    "brother in law",
    "sister in law",
    "mother in law",
    "father in law",
    "son in law",
    "daughter in law",
];

/// Whether `window` ends with one of [`CUES`] or [`IN_LAWS`].
pub(super) fn ends_with_cue(window: &Window<'_>) -> bool {
    window.ends_with_phrase_in(&CUE_SET, CUE_PUNCTUATION) || window.ends_with_any(IN_LAWS, CUE_PUNCTUATION).is_some()
}

/// Cues weak enough that the name must end its clause ("It's Jack here", "It's Zara, ...").
const WEAK_CUES: &[&str] = &["it's", "its", "it is", "it's me", "its me", "it is me", "from"];

/// A maiden name at `w` after "née" ([`after_cue_in_any_case`](super::after_cue_in_any_case)). Out of line: asked at every
/// capital after an "e" and a space.
#[inline(never)]
pub(super) fn after_nee(text: &str, w: usize) -> Option<Span> {
    let nee = ["n\u{e9}e ", "N\u{e9}e "].iter().any(|nee| text.as_bytes()[..w].ends_with(nee.as_bytes()));
    if !nee {
        return None;
    }
    name_words(text, w, false).map(|end| (w, end))
}

/// A name changed from or to, after "from" or "to" where "name" or "surname" stands within 64
/// bytes before on the same line: "change the name on my booking from Liam to Connor", "update
/// my surname from Smith to Jones". After "name" only a common given name ("my name is Sam,
/// send it to London" keeps London); after "surname" any capitalised word but an acronym ("my
/// surname ... to NHS"). After a role ("named driver", "lead passenger", "account holder")
/// only one common given name changed to another with a word of changing before it ("change
/// the named driver from Stuart to Fiona"; not "the lead passenger is flying from Florence to
/// Sydney"). After the writer's own name changed ("my name" and a word of changing, or "deed
/// poll"), any capitalised words after "to" ("I've changed my name by deed poll to River
/// Song"). Never a place ("send it to Victoria Station").
pub(super) fn renamed(text: &str, w: usize, end_first: usize, last_word: &[u8]) -> Option<Span> {
    let from = last_word.eq_ignore_ascii_case(b"from");
    if !(from || last_word.eq_ignore_ascii_case(b"to")) {
        return None;
    }
    let b = text.as_bytes();
    let word = &b[w..end_first];
    let given = is_given_name(word);
    if !given && word.iter().all(|c| !c.is_ascii_lowercase()) {
        return None;
    }
    // The 64 bytes before, none of them from the line before.
    let reach = b[..w].iter().rev().take(64).position(|c| *c == b'\n').unwrap_or(64);
    let wide = Window::before(b, w, reach);
    let role_changed = || {
        // The other given name, the first word of a name: after " to " where this one follows
        // "from" (past its surname: "from Rachel Green to Monica"), after the " from " before
        // " to " where it follows "to".
        let other = if from {
            let end = name_words(text, w, false).unwrap_or(end_first);
            eq_ignore_case(b, end, b" to ").then(|| word_after(text, end + 3))
        } else {
            let to = w.checked_sub(4).filter(|&t| eq_ignore_case(b, t, b" to "));
            let line = w.saturating_sub(reach);
            let from_at = to.and_then(|t| (line..t.saturating_sub(5)).rev().find(|&f| eq_ignore_case(b, f, b" from ")));
            from_at.map(|f| word_after(text, f + 5))
        };
        other.is_some_and(|o| is_given_name(o.as_bytes())) && wide.has_any(&ROLE_WORDS) && wide.has_any(&CHANGE_WORDS)
    };
    // The writer's own name changed to another ("I've changed my name by deed poll to River
    // Song"): any capitalised words.
    // The writer's own name: two words at least unless the first is a common given name ("I
    // changed my name on the app to Premium" is none).
    let own_changed = || !from && own_name_changed(&wide);
    let changed = wide.has_any(&SURNAME_WORDS) || (given && (wide.has_any(&NAME_WORDS) || role_changed()));
    let place = || {
        let next = word_after(text, end_first);
        names_a_place(next) || NOT_PERSON_AFTER_GIVEN_SET.contains(next)
    };
    let own = !changed && own_changed();
    if !(changed || own) || place() {
        return None;
    }
    let end = name_words(text, w, false)?;
    (!own || given || end > end_first).then_some((w, end))
}

const NAME_WORDS: Keywords = Keywords::new(&["name", "names"]);

const MY_NAME: Keywords = Keywords::new(&["my name"]);

const DEED_POLL: Keywords = Keywords::new(&["deed poll"]);

/// Whether `wide` says the writer's own name changed ([`renamed`]): "deed poll", or "my name"
/// and a word of changing. Out of line: each look-up is a loop inlined.
#[inline(never)]
fn own_name_changed(wide: &Window<'_>) -> bool {
    wide.has_any(&OWN_NAME_CHANGED)
        && (wide.has_any(&DEED_POLL) || (wide.has_any(&MY_NAME) && wide.has_any(&CHANGE_WORDS)))
}

/// [`MY_NAME`] and [`DEED_POLL`] in one look, which settles most texts.
const OWN_NAME_CHANGED: Keywords = Keywords::new(&["my name", "deed poll"]);

const SURNAME_WORDS: Keywords = Keywords::new(&["surname", "surnames", "last name", "family name"]);

const ROLE_WORDS: Keywords = Keywords::new(&[
    "driver",
    "drivers",
    "passenger",
    "holder",
    "guest",
    "user",
    "contact",
    "recipient",
    "payee",
    "beneficiary",
    "owner",
    "keeper",
    "tenant",
]);

const CHANGE_WORDS: Keywords =
    Keywords::new(&["change", "changed", "changing", "swap", "switch", "update", "transfer", "move", "replace"]);

/// "Called" after a word for a thing rather than a person: "It's called Sage Green", "they're
/// called Moonbeams", "a company called Acme", "an app called Monzo" ("my son is called Oliver",
/// "a lady called Bernadette" are names; a pet's name is kept one, as people reuse it).
pub(super) const THING_CALLED: &[&str] = &[
    "it's called",
    "it\u{2019}s called",
    "its called",
    "it is called",
    "it was called",
    "they're called",
    "they\u{2019}re called",
    "they are called",
    "that's called",
    "that is called",
    "this is called",
    "company called",
    "firm called",
    "business called",
    "shop called",
    "store called",
    "restaurant called",
    "cafe called",
    "café called",
    "pub called",
    "bar called",
    "hotel called",
    "place called",
    "website called",
    "site called",
    "app called",
    "brand called",
    "product called",
    "range called",
    "film called",
    "book called",
    "game called",
    "show called",
    "band called",
    "song called",
    "programme called",
    "village called",
    "town called",
];
