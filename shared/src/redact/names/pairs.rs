//! A given name read with the words beside it: its surname ("Joanne Blake"), names joined by
//! "and", "or" or "nor" or listed by commas, a family's name ("the Okonkwo family"), and what a
//! name owns ("Ella's birthday").

use super::context::{KIN_IN_BRACKETS, away_after_contraction};
use super::cues::CUE_SET;
use super::lexicon::{GIVEN_NAMES, ends_a_name, given_name_no_word, is_common_surname};
use super::look_alikes::{BRAND_SET, NOT_PERSON_AFTER_GIVEN_SET, names_a_kind_of_place, names_a_place_after};
use super::lowercase::given_name;
use super::shouted::{folded_given_name, is_given_name_in_any_accent};
use super::sign_offs::ends_clause;
use super::titles::is_title;
use super::{MAX_NAME_WORD, name_words, past_initials, past_particles_at, starts_address, word_after, word_start_of};
use crate::redact::address::is_street_type;
use crate::redact::names_again::ORDINARY_WORDS;
use crate::redact::numbers::Span;
use crate::redact::text::{Window, apostrophe_before, byte_before_spaces, eq_ignore_case, possessive_stem, word_start};
use crate::redact::words::{WordSet, capitalised, is_day, is_month, is_stop_word, set_of, word_end};

/// A common given name at `w`, capitalised, joined by "and" or "&" to a name found that ends at
/// `name_end` ("my wife Sarah Jones and Imogen", "cc Rebecca Hall & Imogen's"): one of the
/// people named together, without its "'s". After a comma, only a given name that is no word
/// too: a surname's ("Booking for Smith, John please") or someone addressed ("I'm Tom Price,
/// Imogen"); not "Thanks Sarah, Will do". Out of line: asked only after a name.
#[inline(never)]
pub(crate) fn joined_to_name(text: &str, name_end: usize, w: usize) -> Option<Span> {
    let b = text.as_bytes();
    let after_comma = joint_before(b, name_end, w)?;
    if let Some(end) = initial_and_surname(text, w) {
        return Some((w, end));
    }
    let end_first = word_end(text, w);
    let own = &b[w..end_first];
    let stem = possessive_stem(own).unwrap_or(own.len());
    if after_comma && !given_name_no_word(&own[..stem]) {
        return None;
    }
    let next = word_after(text, end_first);
    // Not a place's first word ("Victoria Station"); after a possessive, only a capitalised
    // word makes one ("Robin Hood's Bay"; "Imogen's school" is hers).
    let place = names_a_kind_of_place(next);
    if !is_given_name_in_any_accent(&own[..stem]) || (place && (stem == own.len() || capitalised(text, end_first + 1)))
    {
        return None;
    }
    // With a surname after it ("Sarah and Imogen Poots").
    let end = if stem == own.len() { name_words(text, w, false).unwrap_or(end_first) } else { w + stem };
    Some((w, end))
}

/// Where an initial with its full stop and a surname from `w` end ("Attendees: A. Morris, B.
/// Kaur"): a capital, a full stop and a space, then a capitalised word with a lowercase letter,
/// no stop word. Next to a name, the initial is no sentence's end.
fn initial_and_surname(text: &str, w: usize) -> Option<usize> {
    let b = text.as_bytes();
    if !b[w].is_ascii_uppercase() || b.get(w + 1..w + 3) != Some(b". ") || !capitalised(text, w + 3) {
        return None;
    }
    let end = word_end(text, w + 3);
    let surname = &text[w + 3..end];
    let cased = surname.bytes().skip(1).any(|c| c.is_ascii_lowercase());
    (surname.len() >= 2 && cased && !is_stop_word(surname)).then_some(end)
}

/// A common given name that is no word too ([`given_name_no_word`]), in lowercase at `w`,
/// joined by "and", "&" or a comma to a name found that ends at `name_end` ("my kids are ruby
/// and alfie", "kids are called ruby, alfie and max"), with a surname after it: without its
/// "'s" ("ruby and alfie's school"); not "tom and will", "jack and rose", nor a place's first
/// word ("sarah and victoria station"). Asked only after a name.
pub(crate) fn joined_in_lowercase(text: &str, name_end: usize, w: usize) -> Option<Span> {
    let b = text.as_bytes();
    if joint_before(b, name_end, w).is_none() || !b.get(w).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let end = word_end(text, w);
    let stem = possessive_stem(&b[w..end]).unwrap_or(end - w);
    let next = word_after(text, end);
    // After a possessive no place's word ("alfie's school" is his).
    let place = || stem == end - w && names_a_kind_of_place(next);
    if !given_name_no_word(&b[w..w + stem]) || place() {
        return None;
    }
    // With a surname after it ("i am priya, priya sharma").
    given_name(text, w, end, 2).map(|name_end| (w, name_end))
}

/// What joins the name that ends at `name_end` to the word at `w`: "and", "&" or "or" (`false`;
/// "call me Rajesh or Raj") or a comma (`true`), perhaps after a child's age ("the kids are Mia
/// 8 and Jack 5"); none where anything else stands between.
fn joint_before(b: &[u8], name_end: usize, w: usize) -> Option<bool> {
    let mut between = b.get(name_end..w)?;
    if let [b' ', d, rest @ ..] = between
        && d.is_ascii_digit()
    {
        let digits = rest.iter().take(1).take_while(|c| c.is_ascii_digit()).count();
        between = &rest[digits..];
    }
    match between {
        b", " => Some(true),
        joint if JOINTS.contains(&joint) => Some(false),
        _ => None,
    }
}

/// What joins two names ([`joint_before`]): "and", "&", "or" ("call me Rajesh or Raj") or a
/// comma.
const JOINTS: [&[u8]; 4] = [b" and ", b" & ", b" or ", b", "];

/// A given name in lowercase joined to the name that ends at `end`, which a word's trigger
/// found ("in the name of peter and susan hale", "my name is sam or sammy"): the lowercase
/// reading joins names only to those it finds itself ([`joined_in_lowercase`]). Out of line:
/// asked only after a name.
#[inline(never)]
pub(crate) fn joined_in_lowercase_after(text: &str, end: usize) -> Option<Span> {
    let joint = JOINTS.into_iter().find(|joint| text.as_bytes()[end..].starts_with(joint))?;
    joined_in_lowercase(text, end, end + joint.len())
}

/// Whether the common given name at `w`, before a comma at `end_first`, opens a list of names:
/// another common given name follows, then "and", "&" or a comma and a capital ("Jacob, Ella
/// and Oliver are coming"), or stands between two ("Jacob, Ella, Oliver"). Not when the first
/// is a word or a place too ("Florence, Sydney and Paris"). Out of line: asked only before a
/// comma.
#[inline(never)]
fn listed_given_name(text: &str, w: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let next = end_first + 2;
    if b.get(end_first + 1) != Some(&b' ') || !capitalised(text, next) || !given_name_no_word(&b[w..end_first]) {
        return false;
    }
    let next_end = word_end(text, next);
    let more = [&b" and "[..], b" & ", b", "].into_iter().find(|j| eq_ignore_case(b, next_end, j));
    // "Jacob, Ella, Oliver": one between two.
    let listed_before =
        || w >= 2 && b[w - 2] == b',' && b[w - 1] == b' ' && given_name_no_word(&b[word_start_of(b, w - 2)..w - 2]);
    // After a comma only another given name goes on with the list ("HUSSAIN, ZARA, CAN YOU").
    let goes_on = |j: &[u8]| {
        let then = next_end + j.len();
        capitalised(text, then) && (j != b", " || GIVEN_NAMES.contains(&b[then..word_end(text, then)]))
    };
    (more.is_some_and(goes_on) || listed_before()) && GIVEN_NAMES.contains(&b[next..next_end])
}

/// Two common given names ([`GIVEN_NAMES`]), capitalised, joined by "and", "&", "or" or "nor"
/// ("my kids Sarah and Tom", "Tom & Ella Jones", "Sarah & Tom's wedding", "Neither Kate nor
/// William"), or one and the writer ("Tom and I are coming", "me and Dave", "Dave and me"), or
/// one and a relative called by what they are ("Love, Sarah and Grandpa") or a relative of
/// theirs ("Aisha and her brother"): the one at `w`, on either side, is a name.
pub(super) fn joined_given_name(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    if b.get(end_first) == Some(&b',') && listed_given_name(text, w, end_first) {
        return Some((w, end_first));
    }
    // The joints before and after the name, each settled by a byte for most words.
    let before = w.checked_sub(2).and_then(|p| joint_ending(b, w, b[p]));
    let after = b.get(end_first + 1).and_then(|&c| joint_starting(b, end_first, c));
    if before.is_none() && after.is_none() {
        return None;
    }
    // The other perhaps a possessive ("Sarah & Tom's"): the writer, a relative or a common
    // given name (`true`), or a given name the list leaves out as mostly a word (`false`: "Max").
    // After "or" and "nor", which offer colours and stones as often ("Jade or Ruby"), a given
    // name that is no word.
    let name_beside = |start: usize, end: usize, offered: bool| {
        let other = &b[start..end];
        let stem = &other[..possessive_stem(other).unwrap_or(other.len())];
        if other == b"I" || other.eq_ignore_ascii_case(b"me") {
            return Some((true, stem));
        }
        // "Aisha and her brother", "Tom or his wife": a relative of theirs after the name.
        if start > w && ["his", "her", "their"].iter().any(|o| other.eq_ignore_ascii_case(o.as_bytes())) {
            let kin = word_after(text, end);
            return KIN_IN_BRACKETS
                .contains(&kin[..possessive_stem(kin.as_bytes()).unwrap_or(kin.len())])
                .then_some((true, stem));
        }
        if end == start || !capitalised(text, start) || (offered && ORDINARY_WORDS.contains(stem)) {
            return None;
        }
        if GIVEN_NAMES.contains(stem) || KIN_ADDRESSED.contains(&stem) {
            return Some((true, stem));
        }
        ORDINARY_WORDS.contains(stem).then_some((false, stem))
    };
    // "Either Kate or William", "Neither Kate nor William": an offer after "or" and "nor".
    let offered = |joint: &[u8]| joint[1] | 0x20 == b'o' || joint[1] | 0x20 == b'n';
    let before = before.and_then(|joint| {
        let end = past_aside_before(b, w - joint.len());
        name_beside(word_start_of(b, end), end, offered(joint))
    });
    let after = after.and_then(|joint| {
        let start = end_first + joint.len();
        name_beside(start, word_end(text, start), offered(joint))
    });
    let (other_given, other) = before.max(after)?;
    let own = &b[w..end_first];
    let stem = possessive_stem(own).unwrap_or(own.len());
    // Two common given names, or one that is mostly a word beside one that is no word ("Sarah
    // and Max", "Max and I"; not "Rose and Crown", "Mark and Max", "Max and Holly").
    let named = match GIVEN_NAMES.contains(&own[..stem]) {
        true => other_given || !ORDINARY_WORDS.contains(&own[..stem]),
        false => other_given && ORDINARY_WORDS.contains(&own[..stem]) && !ORDINARY_WORDS.contains(other),
    };
    if !named {
        return None;
    }
    // "Sarah & Tom's": the name without its "'s".
    if stem < own.len() {
        return Some((w, w + stem));
    }
    Some((w, name_words(text, w, false)?))
}

/// The joint between two names ("and", "&", "or", "nor") that ends at `w`, `last` the byte
/// before the space before `w`, which settles most words.
fn joint_ending(b: &[u8], w: usize, last: u8) -> Option<&'static [u8]> {
    let candidates: &[&'static [u8]] = match last | 0x20 {
        b'd' => &[b" and "],
        b'&' => &[b" & "],
        b'r' => &[b" or ", b" nor "],
        _ => return None,
    };
    candidates.iter().copied().find(|j| w >= j.len() && eq_ignore_case(b, w - j.len(), j))
}

/// The joint between two names ("and", "&", "or", "nor") that starts at `end`, `first` the
/// byte after its space, which settles most words.
fn joint_starting(b: &[u8], end: usize, first: u8) -> Option<&'static [u8]> {
    let joint: &'static [u8] = match first | 0x20 {
        b'a' => b" and ",
        b'&' => b" & ",
        b'o' => b" or ",
        b'n' => b" nor ",
        _ => return None,
    };
    eq_ignore_case(b, end, joint).then_some(joint)
}

/// Names that stand between a given name and a surname and are no given name of the list: the
/// Sikh "Kaur" and "Singh", the South Asian "Kumar" and "Devi" ("Harpreet Singh Gill"), and the
/// middle names that are words, which the list leaves out ("Isla Rose McKenzie", "Ava Belle
/// Hughes"; "May" is a month, not read as a surname).
const MIDDLE_NAMES: [&[u8]; 7] = [b"kaur", b"singh", b"kumar", b"devi", b"rose", b"belle", b"mai"];

/// Relatives as the family calls them, capitalised as names ([`joined_given_name`]).
const KIN_ADDRESSED: [&[u8]; 14] = [
    b"Mum", b"Mam", b"Mom", b"Mummy", b"Dad", b"Daddy", b"Nan", b"Nana", b"Nanna", b"Gran", b"Granny", b"Grandma",
    b"Grandad", b"Grandpa",
];

/// Where the word before a short aside in brackets that ends at `end` ends ("Maisie (7)", "Tom
/// (my son)"); `end` itself where no aside ends there.
fn past_aside_before(b: &[u8], end: usize) -> usize {
    if end == 0 || b[end - 1] != b')' {
        return end;
    }
    let open = b[end.saturating_sub(16)..end].iter().rposition(|c| *c == b'(').map(|p| end.saturating_sub(16) + p);
    open.filter(|&o| o > 0 && b[o - 1] == b' ').map_or(end, |o| o - 1)
}

/// A surname between "the" and "family" or "household" ("We are the Okonkwo family", "for the
/// Patel household"; not "the Royal family", nor a title: "The Addams Family"), or a common
/// surname before them without "the" ("table 2 Okoye family", "Smith household").
pub(super) fn family_name(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    // Settled for most words by the three bytes after them.
    if !matches!(b.get(end_first..end_first + 3), Some(b" fa" | b" ho")) {
        return None;
    }
    let next = word_after(text, end_first);
    if !["family", "family's", "household"].contains(&next) {
        return None;
    }
    let word = &text[w..end_first];
    let after_the = w >= 4 && eq_ignore_case(b, w - 4, b"the ");
    let named =
        if after_the { !is_stop_word(word) && !word.eq_ignore_ascii_case("royal") } else { is_common_surname(word) };
    named.then_some((w, end_first))
}

/// Where a Vietnamese name's middle name at `at`, "Thi" or "Van" (with or without its accent),
/// and the given name after it end ("Nguyen |Thi Lan", "Tran |Van An"): the given name is
/// capitalised and may be a word too ("An", "Mai").
fn vietnamese_middle_and_given(text: &str, at: usize) -> Option<usize> {
    let middle_end = word_end(text, at);
    let middle = &text[at..middle_end];
    let given = middle_end + 1;
    let named = matches!(middle, "Thi" | "Th\u{1ecb}" | "Van" | "V\u{103}n")
        && text.as_bytes().get(middle_end) == Some(&b' ')
        && capitalised(text, given);
    named.then(|| word_end(text, given)).filter(|&end| end > given)
}

/// A common given name ([`GIVEN_NAMES`]) at `w` with a capitalised surname after it ("my case
/// worker is Joanne Blake", "FAO Sarah Mitchell", "Mary Anne Smith", "John F. Kennedy"): a
/// person's full name, with or without a cue. Not when the second word makes the pair a place, a
/// thing or a new sentence ("Victoria Station", "George Street", "Hi Sarah Thanks", "Tom NHS"),
/// nor when the pair is a shop ("John Lewis"), nor in capitals unless it ends its clause.
pub(super) fn given_and_surname(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    // The surname, perhaps after its particles ("Maria de la Cruz").
    if b.get(end_first) != Some(&b' ') {
        return None;
    }
    let surname_at = past_particles_at(text, end_first + 1);
    let first = &b[w..end_first];
    if !b.get(surname_at).is_some_and(u8::is_ascii_uppercase)
        || !(GIVEN_NAMES.contains(first) || folded_given_name(first))
    {
        return None;
    }
    if let Some(end) = vietnamese_middle_and_given(text, end_first + 1) {
        return Some((w, end));
    }
    // In capitals case no longer tells a surname from a word ("DANIEL SAID IT WAS LEFT"): two
    // words that end their clause only ("C/O HELEN WOOD, 3 PARK ROAD").
    let capitals = b[w..end_first].iter().all(u8::is_ascii_uppercase);
    let surname = |start: usize| {
        let start = past_initials(text, start, false);
        let end = word_end(text, start);
        let word = &text[start..end];
        let ok = end > start + 1
            && !starts_address(b, end)
            && capitalised(text, start)
            && (capitals || !word.bytes().all(|c| c.is_ascii_uppercase()))
            && !is_stop_word(word)
            && !ends_a_name(word)
            && !is_street_type(word)
            && !names_a_place_after(first, word)
            && !is_month(word)
            && !is_title(word);
        ok.then_some((start, end))
    };
    let (second, mut end) = surname(surname_at)?;
    // "Jamie Oliver's range".
    let pair_end = possessive_stem(&b[second..end]).map_or(end, |stem| second + stem);
    if BRAND_SET.contains(&b[w..pair_end]) || (capitals && !ends_clause(text, end)) {
        return None;
    }
    // A middle name, then the surname ("Mary Anne Smith", "Jaswinder Kaur Sandhu"), or two
    // ("Maria Jose Garcia Lopez").
    if !capitals
        && (GIVEN_NAMES.contains(&b[second..end])
            || MIDDLE_NAMES.iter().any(|m| b[second..end].eq_ignore_ascii_case(m)))
        && b.get(end) == Some(&b' ')
        && let Some((_, third_end)) = surname(end + 1)
    {
        end = third_end;
        if b.get(end) == Some(&b' ')
            && let Some((_, fourth_end)) = surname(end + 1)
        {
            end = fourth_end;
        }
    }
    // "Abdul Rahman bin Ismail": particles, then the rest of the surname.
    let particles_end = past_particles_at(text, end + 1);
    if b.get(end) == Some(&b' ')
        && particles_end > end + 1
        && let Some((_, last_end)) = surname(particles_end)
    {
        end = last_end;
    }
    // "Holly Bush Lane", "Robin Hood Airport": the word after the name makes it a place; but
    // after a possessive only a capitalised one does ("Robin Hood's Bay"; "Jack Smith's
    // account", "Is Sarah Jones's order ready?" are a person's). A day after it says when ("I'll
    // see Joanne Blake Thursday").
    let last = b[..end].iter().rposition(|c| *c == b' ').map_or(w, |p| p + 1);
    let stem = possessive_stem(&b[last..end]);
    let after = word_after(text, end);
    let place = is_street_type(after) || (NOT_PERSON_AFTER_GIVEN_SET.contains(after) && !is_day(after));
    if place && (stem.is_none() || capitalised(text, end + 1)) {
        return None;
    }
    // "Sarah Jones's wedding": the name without its "'s".
    Some((w, stem.map_or(end, |stem| last + stem)))
}

/// What only a person has, so that a possessive before it is a name: "Ella's birthday", "Tom's
/// mum" (but "Tesco's number" is no name).
const OWNED_BY_PEOPLE: &[&str] = &[
    "name",
    "birthday",
    "bday",
    "mum",
    "mam",
    "mother",
    "dad",
    "father",
    "husband",
    "wife",
    "partner",
    "son",
    "daughter",
    "brother",
    "sister",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancee",
    "grandma",
    "grandad",
    "nan",
    "auntie",
    "aunt",
    "uncle",
    "parents",
    "grandparents",
    "carer",
    "guardian",
    "teacher",
    "nursery",
    "christening",
    "wedding",
    "funeral",
    "appointment",
    "appointments",
    "lesson",
    "lessons",
    "prescription",
    "medication",
    "passport",
];

/// What a customer has, so that a common given name's possessive before it is a name ("cancel
/// Jodie's membership", "is Amir's order ready?"); a shop has them too ("Costco's membership").
const OWNED_BY_CUSTOMERS: &[&str] = &[
    "membership",
    "subscription",
    "account",
    "order",
    "booking",
    "ticket",
    "tickets",
    "car",
    "phone",
    "card",
    "parcel",
    "school",
    "class",
    "party",
    // A patient's ("Can you cancel Jayden's vaccination").
    "appointment",
    "vaccination",
    "vaccinations",
    "jabs",
    "injection",
    "prescription",
    "medication",
    "results",
    "referral",
    "check-up",
    // A child's, as a school's or a club's messages name them ("Noah's training is off").
    "training",
    "practice",
    "session",
    "test",
    "exam",
    "trip",
    "club",
    "jab",
];

static OWNED_BY_CUSTOMERS_SET: WordSet = WordSet::new(|| set_of(OWNED_BY_CUSTOMERS.iter().copied()));

pub(super) static OWNED_BY_PEOPLE_SET: WordSet = WordSet::new(|| set_of(OWNED_BY_PEOPLE.iter().copied()));

/// Words before a possessive that make it no name ("my friend's birthday", "St Mary's
/// appointment": a hospital's).
pub(super) const DETERMINERS: &[&str] =
    &["my", "your", "his", "her", "our", "their", "the", "a", "an", "this", "that", "whose", "st", "saint"];

/// A possessive name, the capitalised word at `w` ending in "'s" at `end_first`, before what only
/// a person has ("Ella's birthday"); with a capitalised word before it that is no stop word or
/// cue ("Sarah Jones's wedding", but "Tell Ella's mum").
pub(super) fn possessive(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    let name_end = w + possessive_stem(&b[w..end_first])?;
    if b.get(end_first) != Some(&b' ') {
        return owner_asked(text, w, name_end, end_first).then_some((w, name_end));
    }
    let owned_end = word_end(text, end_first + 1);
    let name = &text[w..name_end];
    // "MY SON'S BIRTHDAY", "THE TEACHER'S": a relation or a thing, in capitals. But "Will",
    // whose "'s" no verb takes before what only a person has ("I am Will's dad").
    let common =
        || (is_stop_word(name) && name != "Will") || CUE_SET.contains(name) || OWNED_BY_PEOPLE_SET.contains(name);
    let determined = || Window::before(b, w, 8).ends_with_any(DETERMINERS, b".").is_some();
    let owned_word = &b[end_first + 1..owned_end];
    // Anything has a name ("MY FIRST PET'S NAME"): before it, only a common given name.
    // A birthday by its ordinal ("Olumide's 40th"), or what a customer has ("cancel Jodie's
    // membership"): only after a common given name ("the club's 50th", "Costco's membership").
    // Perhaps after a word for what kind it is ("Ava's piano lesson", "Jayden's dental
    // appointment"), after a common given name.
    let kind_of = || {
        let next = word_after(text, owned_end);
        owned_word.first().is_some_and(u8::is_ascii_lowercase)
            && std::str::from_utf8(owned_word).is_ok_and(|w| !is_stop_word(w))
            && (OWNED_BY_CUSTOMERS_SET.contains(next) || OWNED_BY_PEOPLE_SET.contains(next))
    };
    let a_customer_s = || {
        GIVEN_NAMES.contains(name)
            && (ordinal_at(b, end_first + 1) || OWNED_BY_CUSTOMERS_SET.contains(owned_word) || kind_of())
    };
    let owned = (OWNED_BY_PEOPLE_SET.contains(owned_word)
        && (!owned_word.eq_ignore_ascii_case(b"name") || GIVEN_NAMES.contains(name)))
        || a_customer_s();
    if !owned || common() || determined() || after_apostrophe(text, w) {
        // Or "is" or "has" contracted ("Ellie's not feeling well"), where no common word is.
        let away = || !owned && away_after_contraction(text, w, name_end, end_first) && !common();
        return away().then_some((w, name_end));
    }
    // The word before, past one space: its start.
    let name_before = w.checked_sub(1).filter(|&e| b[e] == b' ').and_then(|e| {
        let s = e - b[e.saturating_sub(MAX_NAME_WORD)..e].iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
        let word = &text[s..e];
        // Opening a sentence, a verb's capital as often ("Cancel Jayden's appointment").
        let opens_sentence = || matches!(byte_before_spaces(b, s), None | Some(b'.' | b'!' | b'?' | b'\n'));
        let name = s < e
            && b[s].is_ascii_uppercase()
            && word_start(b, s)
            && !after_apostrophe(text, s)
            && !is_stop_word(word)
            && !CUE_SET.contains(word)
            && (GIVEN_NAMES.contains(word) || !opens_sentence());
        name.then_some(s)
    });
    Some((name_before.unwrap_or(w), name_end))
}

/// Whether the common given name at `w`, its "'s" from `name_end` to `end_first`, is whose
/// something is, ending its clause after "it" or "that's": "Is it Darren's?", "I think it was
/// Priya's."; not a shop's ("Is it Morrisons?"). Asked only where a possessive ends no word.
fn owner_asked(text: &str, w: usize, name_end: usize, end_first: usize) -> bool {
    let b = text.as_bytes();
    let name = &b[w..name_end];
    matches!(b.get(end_first), None | Some(b'?' | b'.' | b'!' | b'\n'))
        && Window::before(b, w, 12).ends_with_any(&["it", "it was", "that's", "thats", "that\u{2019}s"], b"").is_some()
        && given_name_no_word(name)
}

/// Whether a number's ordinal written in digits stands at `i` ("40th", "21st", "2nd", "3rd").
fn ordinal_at(b: &[u8], i: usize) -> bool {
    let digits = b[i.min(b.len())..].iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let suffix = b.get(i + digits..i + digits + 2);
    (1..=3).contains(&digits)
        && suffix.is_some_and(|s| [&b"st"[..], b"nd", b"rd", b"th"].iter().any(|o| s.eq_ignore_ascii_case(o)))
        && !b.get(i + digits + 2).is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether the word at `w` only ends a contraction or another word ("I'M SARAH'S MUM",
/// "meI'H'S"), so that it is no name of its own.
fn after_apostrophe(text: &str, w: usize) -> bool {
    apostrophe_before(text.as_bytes(), w).is_some()
}
