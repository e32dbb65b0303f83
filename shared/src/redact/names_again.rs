//! A name written again: who gives their name once often writes it again where no cue stands
//! ("I'm Jan, Jan Kowalski", "My name is Tobias. Tobias Brown is on the account", "Dear Mrs
//! Okafor, ... Okafor's order"). Once a person's name is found, each capitalised word of it is
//! found wherever else it stands in the text, capitalised the same way, and a first name goes
//! on to the surname after it. Only where a name was found: a message without one costs
//! nothing more.

use super::Finding;
use super::address::names_a_place;
use super::entity::EntityType;
use super::names::{after_title, given_name, in_brand, is_given_name, is_title, name_words, organisation, word_after};
use super::text::{
    Window, apostrophe_before, byte_before_spaces, eq_ignore_case, possessive_stem, word_char_at, word_char_before,
};
use super::words::{WordSet, capitalised, is_month, is_stop_word, set_of, word_end};
// Seeded at random per process (minimally DoS-resistant: a text cannot be written in advance
// for its words to collide); several times cheaper than SipHash on a long document's every word.
use foldhash::{HashMap, HashSet};
use std::ops::Range;

/// The other places in `text` where a capitalised word of one of the names among `found`
/// stands (in lowercase, its first word: [`may_recur`]), appended to `more` as names, where
/// that name is surely a person's ([`surely_a_person`]). Each place is the word itself or,
/// where it was the name's first word and no possessive, the name read on from it ("Jan
/// Kowalski"); not where it is part of a place's or a brand's name ("Hannah Green" is no reason
/// to find "Green Park"), and not inside anything found.
///
/// Linear in the text for each distinct word: a word already looked for, in the same place in a
/// name, is not looked for again (a transcript or a list names the same person hundreds of
/// times, and each name looked for anew, each place tested against every finding, took 40 s
/// on 64 KiB of "I'm Priya" lines).
pub(crate) fn find_again(text: &str, found: &[Finding], more: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // Made where a word of a name stands again, which most names do not.
    let mut taken = None;
    let mut search = Search::Few(Vec::new());
    'names: for name in found.iter().filter(|f| f.entity == EntityType::Name) {
        if !(text.is_char_boundary(name.start) && text.is_char_boundary(name.end)) {
            continue;
        }
        // A name in lowercase (a voice bot's transcript): its first word, a given name, alone.
        let lowercase = b.get(name.start).is_some_and(u8::is_ascii_lowercase);
        let mut words = name_words_to_find(text, name.start, name.end, lowercase);
        let Some(first) = words.next() else { continue };
        // Asked only where a word of the name stands again: most names are written once.
        let mut person = None;
        for (w, len) in std::iter::once(first).chain(words) {
            let word = &b[w..w + len];
            let opens = w == first.0;
            if word.is_empty() || search.done(word, opens) {
                continue;
            }
            // Marked only where it stands elsewhere too (no allocation where a name is written once).
            let mut elsewhere = false;
            for p in search.places(b, word) {
                if p == w {
                    continue;
                }
                elsewhere = true;
                if word_char_before(b, p)
                    || joined_before(b, p)
                    || taken.get_or_insert_with(|| Taken::new(found)).covers(p)
                {
                    continue;
                }
                // The same word, or its possessive ("Okafor's"), not a longer one.
                let whole = &b[p..word_end(text, p)];
                let stem = possessive_stem(whole).unwrap_or(whole.len());
                if stem != len || in_brand(text, p, p + len) {
                    continue;
                }
                if !*person
                    .get_or_insert_with(|| surely_a_person(text, name.start, name.end, &b[first.0..first.0 + first.1]))
                {
                    continue 'names;
                }
                if !may_recur(&text[w..w + len], lowercase) {
                    break;
                }
                if at_sentence_start(b, p) && ORDINARY_WORDS.contains(word) {
                    continue;
                }
                let end = match (opens && stem == whole.len(), lowercase) {
                    (true, false) => name_words(text, p, false).unwrap_or(p + len),
                    (true, true) => lowercase_name_end(text, p, p + len, &b[w + len..name.end]),
                    (false, _) => p + len,
                };
                if !part_of_a_place(text, p, end, !opens, lowercase) {
                    more.push(Finding { entity: EntityType::Name, start: p, end });
                }
            }
            if elsewhere {
                search.mark(text, word, opens);
            }
        }
    }
}

/// The words of names looked for so far in a text, each with whether it opened its name (then
/// read on to a surname), and where to look: a few words each read the text for themselves
/// (nothing allocated for a word written once, as most are); more share one [`WordIndex`] of it,
/// since each on its own is quadratic in a long text of many names ("I'm Paaa\nI'm Paab\n...").
enum Search<'t> {
    Few(Vec<(&'t [u8], bool)>),
    Many(WordIndex<'t>, HashSet<(&'t [u8], bool)>),
}

/// How many words are looked for each on its own before a [`WordIndex`] is made.
const FEW: usize = 16;

impl<'t> Search<'t> {
    /// Whether `word` (opening its name or not) was looked for already.
    fn done(&self, word: &'t [u8], opens: bool) -> bool {
        match self {
            Self::Few(few) => few.contains(&(word, opens)),
            Self::Many(_, done) => done.contains(&(word, opens)),
        }
    }

    /// Marks `word` as looked for.
    fn mark(&mut self, text: &'t str, word: &'t [u8], opens: bool) {
        match self {
            Self::Few(few) if few.len() < FEW => few.push((word, opens)),
            Self::Few(few) => {
                let done = few.drain(..).chain([(word, opens)]).collect();
                *self = Self::Many(WordIndex::new(text), done);
            }
            Self::Many(_, done) => {
                done.insert((word, opens));
            }
        }
    }

    /// Where `word` may start in `b`: for a few words, each place it stands at all; for more,
    /// each place a word of the text with it as its stem starts.
    fn places(&self, b: &'t [u8], word: &'t [u8]) -> Places<'_> {
        match self {
            Self::Few(..) => Places::Scan { b, word, first_bytes: memchr::memchr_iter(word[0], b) },
            Self::Many(index, _) => Places::Indexed(index.places(word)),
        }
    }
}

/// The places of [`Search::places`].
enum Places<'a> {
    /// Each place the word's first byte stands where the word follows (texts are short).
    Scan {
        b: &'a [u8],
        word: &'a [u8],
        first_bytes: memchr::Memchr<'a>,
    },
    Indexed(std::slice::Iter<'a, usize>),
}

impl Iterator for Places<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Self::Scan { b, word, first_bytes } => first_bytes.find(|&p| b[p..].starts_with(word)),
            Self::Indexed(places) => places.next().copied(),
        }
    }
}

/// Where each word of a text starts, by the word without a possessive "'s".
struct WordIndex<'t>(HashMap<&'t [u8], Vec<usize>>);

impl<'t> WordIndex<'t> {
    fn new(text: &'t str) -> Self {
        let b = text.as_bytes();
        let mut places: HashMap<&[u8], Vec<usize>> = HashMap::default();
        let mut p = 0;
        while p < b.len() {
            if !text.is_char_boundary(p) || !word_char_at(b, p) || word_char_before(b, p) {
                p += 1;
                continue;
            }
            let end = word_end(text, p);
            if end == p {
                p += 1;
                continue;
            }
            let stem = possessive_stem(&b[p..end]).unwrap_or(end - p);
            places.entry(&b[p..p + stem]).or_default().push(p);
            p = end;
        }
        Self(places)
    }

    /// Where `word` starts a word of the text, with or without a possessive.
    fn places(&self, word: &[u8]) -> std::slice::Iter<'_, usize> {
        self.0.get(word).map_or([].iter(), |places| places.iter())
    }
}

/// Where the findings stand, in order and merged: whether a place is inside one, by binary
/// search.
struct Taken(Vec<Range<usize>>);

impl Taken {
    fn new(found: &[Finding]) -> Self {
        let mut spans: Vec<Range<usize>> = found.iter().map(|f| f.start..f.end).collect();
        spans.sort_unstable_by_key(|s| s.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        Self(merged)
    }

    fn covers(&self, p: usize) -> bool {
        let after = self.0.partition_point(|s| s.start <= p);
        after > 0 && p < self.0[after - 1].end
    }
}

/// Whether the name found at `start..end`, whose first capitalised word is `first`, is surely
/// a person's: it starts with a common given name, or one follows its surname and a comma
/// ("Patel, Ravi"), or a title or a naming cue stands before it ("Mrs Okafor", "I'm Jan", "my
/// surname is Kowalski"); not any name the scan found ("Thanks, Octopus" may be a business, and
/// a business's name is no reason to redact its words again).
fn surely_a_person(text: &str, start: usize, end: usize, first: &[u8]) -> bool {
    let b = text.as_bytes();
    let given_after_comma = || {
        text[start..end].find(", ").is_some_and(|comma| {
            let given = start + comma + 2;
            is_given_name(&b[given..word_end(text, given).min(end)])
        })
    };
    is_given_name(first)
        || given_after_comma()
        || after_title(b, start)
        || Window::before(b, start, 24).ends_with_phrase_in(&NAMING_CUES, b":,")
}

/// Cues before a name that make it a person's ([`surely_a_person`]).
static NAMING_CUES: WordSet = WordSet::new(|| {
    set_of([
        "name",
        "name is",
        "name was",
        "name's",
        "surname",
        "surname is",
        "surname's",
        "forename",
        "known as",
        "i'm",
        "im",
        "i am",
        "this is",
        "call me",
        "called",
        "go by",
        "dear",
    ])
});

/// The words of the name at `start..end` to find again, each as where it starts and its length
/// without a possessive "'s": its capitalised words or, in `lowercase`, its first word.
fn name_words_to_find(
    text: &str,
    start: usize,
    end: usize,
    lowercase: bool,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut at = start;
    std::iter::from_fn(move || {
        while at < end {
            let w = at;
            let e = word_end(text, w).min(end);
            if e == w {
                at += text[w..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            at = if lowercase { end } else { e };
            if lowercase || b[w].is_ascii_uppercase() || (b[w] >= 0x80 && capitalised(text, w)) {
                return Some((w, possessive_stem(&b[w..e]).unwrap_or(e - w)));
            }
        }
        None
    })
}

/// Where a name in lowercase found again at `start..first_end` ends: past `rest`, the found
/// name after its first word, where it is written again ("priya sharma" after "priya sharma");
/// else past a surname after it that punctuation ends ("i am priya, priya sharma, i rang"), as
/// its case tells no surname from any other word ("priya working from home"); else at its end.
fn lowercase_name_end(text: &str, start: usize, first_end: usize, rest: &[u8]) -> usize {
    let b = text.as_bytes();
    if !rest.is_empty() && b[first_end..].starts_with(rest) && !word_char_at(b, first_end + rest.len()) {
        return first_end + rest.len();
    }
    // Punctuation of any kind ("," "..." "\u{2026}"), a line break, or the text's end.
    let punctuated = |end: &usize| b.get(*end).is_none_or(|c| *c != b' ' && !word_char_at(b, *end));
    given_name(text, start, first_end, 2).filter(punctuated).unwrap_or(first_end)
}

/// Whether a word of a found name is worth finding again: two letters or more, no title, no
/// stop word ("Will", "May"), no month ("April"), no kind of place ("Road"); in `lowercase`, a
/// common given name that is no ordinary word ("priya", not "grace" or "holly").
fn may_recur(word: &str, lowercase: bool) -> bool {
    word.len() >= 2
        && !is_title(word)
        && !is_stop_word(word)
        && !is_month(word)
        && !names_a_place(word)
        && (!lowercase || (is_given_name(word.as_bytes()) && !ORDINARY_WORDS.contains(word)))
}

/// Whether a hyphen or an apostrophe joins the word at `p` to the one before ("Sage-Green",
/// "O'Connor" when "Connor" was found).
fn joined_before(b: &[u8], p: usize) -> bool {
    p > 0 && (b[p - 1] == b'-' || apostrophe_before(b, p).is_some())
}

/// Whether the name at `start..end` is part of a place's or an organisation's name: its last
/// word, or a capitalised word after it, names a kind of place ("Victoria Coach Station", "Ivy
/// Cottage") or it is an organisation's ([`organisation`]: "Victoria Bank"); "the" stands
/// before it ("the Manor Road depot"); or, a `surname` alone, any capitalised word follows it
/// ("Green Park" after "Hannah Green"). In `lowercase` any word after it counts as capitalised.
fn part_of_a_place(text: &str, start: usize, end: usize, surname: bool, lowercase: bool) -> bool {
    let last = &text[text[start..end].rfind(' ').map_or(start, |s| start + s + 1)..end];
    let next = word_after(text, end);
    let capital_next = !next.is_empty() && (lowercase || capitalised(text, end + 1));
    names_a_place(last)
        || (capital_next && (surname || names_a_place(next)))
        || (start >= 4 && eq_ignore_case(text.as_bytes(), start - 4, b"the "))
        || organisation(text, start, end)
}

/// Given names that are also ordinary words: not found again at a sentence's start ("I'm
/// Hope. Hope you can help", "Mark it as urgent"), nor anywhere in lowercase ("i'm holly, is
/// the holly wreath in stock").
pub(crate) static ORDINARY_WORDS: WordSet = WordSet::new(|| {
    set_of([
        "hope", "mark", "bill", "grace", "rose", "chase", "sue", "pat", "rob", "grant", "drew", "joy", "faith", "dawn",
        "summer", "jack", "frank", "ray", "guy", "penny", "rich", "bob", "art", "miles", "sandy", "sky", "amber",
        "ruby", "holly", "ivy", "daisy", "jade", "iris", "hunter", "pearl", "crystal", "dean", "cliff", "glen",
        "lance", "norm", "wade", "ken", "don", "autumn", "violet", "lily", "poppy", "jasmine", "heather", "olive",
        "hazel", "willow", "river", "robin", "jay", "wren", "kit", "carol", "eve", "gene", "angel", "melody",
        "harmony", "destiny", "sunny", "victoria", "chelsea", "florence", "sydney", "paris", "india", "georgia",
        "jordan", "austin", "brook", "storm", "star", "rain", "max", "al", "ed", "di", "les", "flora", "teddy", "val",
        "dot", "peg", "reg", "dev", "blessing", "patience", "mercy", "precious", "charity", "honour", "favour",
        "comfort", "peace", "prudence",
    ])
});

/// Whether `p` starts a sentence: the text's, a line's, or after a full stop, question or
/// exclamation mark and spaces.
fn at_sentence_start(b: &[u8], p: usize) -> bool {
    matches!(byte_before_spaces(b, p), None | Some(b'.' | b'?' | b'!' | b'\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn again<'t>(text: &'t str, found: &str) -> Vec<&'t str> {
        let start = text.find(found).unwrap();
        let mut more = Vec::new();
        find_again(text, &[Finding { entity: EntityType::Name, start, end: start + found.len() }], &mut more);
        more.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn a_name_written_again_is_found_again() {
        assert_eq!(again("I'm Jan, Jan Kowalski", "Jan"), ["Jan Kowalski"]);
        assert_eq!(again("My name is Tobias. Tobias Brown is on the account", "Tobias"), ["Tobias Brown"]);
        assert_eq!(again("Dear Mrs Okafor, is Okafor's order here?", "Okafor"), ["Okafor"]);
        assert_eq!(again("I'm Priya Sharma. Sharma is my married name", "Priya Sharma"), ["Sharma"]);
        // A possessive of the first name: the name alone.
        assert_eq!(again("I'm Jan. Jan's order is late", "Jan"), ["Jan"]);
        // Each place, in order.
        assert_eq!(again("Dr. Ng here. Ng is spelt N G. Ask for Ng", "Ng"), ["Ng", "Ng"]);
        assert_eq!(again("I'M PRIYA PATEL, MY EMAIL IS PRIYA AT EXAMPLE DOT COM", "PRIYA PATEL"), ["PRIYA"]);
        // In lowercase, a common given name that is no ordinary word, and its surname again.
        assert_eq!(again("i am priya, priya sharma", "priya"), ["priya sharma"]);
        assert_eq!(again("my name is sarah jones, so sarah needs a refund", "sarah jones"), ["sarah"]);
        assert_eq!(again("i'm priya, priya working from home", "priya"), ["priya"]);
        // Written surname first, a given name after the comma.
        assert_eq!(again("Patel, Ravi\nRavi will collect it", "Patel, Ravi"), ["Ravi"]);
        assert_eq!(again("Okafor, Grace\nOkafor is my married name", "Okafor, Grace"), ["Okafor"]);
    }

    #[test]
    fn many_names_are_found_again_as_a_few_are() {
        // Twenty words to look for: past the first few, the rest are looked for in an index of
        // the text's words. The same places, each name's again and in order.
        let names = ["Aarav", "Bethany", "Callum", "Darcey", "Eilidh", "Fatima", "Gethin", "Hamza", "Isla", "Jago"];
        let surnames = ["Shah", "Okafor", "Byrne", "Nowak", "Evans"];
        let people: Vec<String> =
            names.iter().zip(surnames.iter().cycle()).map(|(given, surname)| format!("{given} {surname}")).collect();
        let mut text: String = people.iter().map(|p| format!("I'm {p}. ")).collect();
        let again_at = text.len();
        for given in names.iter().rev() {
            text.push_str(&format!("{given}'s order, {given} again. "));
        }
        let found: Vec<Finding> = people
            .iter()
            .map(|p| {
                let start = text.find(p.as_str()).unwrap();
                Finding { entity: EntityType::Name, start, end: start + p.len() }
            })
            .collect();
        let mut more = Vec::new();
        find_again(&text, &found, &mut more);
        let mut places: Vec<(usize, &str)> = more.iter().map(|f| (f.start, &text[f.start..f.end])).collect();
        places.sort_unstable();
        let expected: Vec<&str> = names.iter().rev().flat_map(|given| [*given, *given]).collect();
        let afterwards: Vec<&str> = places.iter().filter(|(p, _)| *p >= again_at).map(|(_, w)| *w).collect();
        assert_eq!(afterwards, expected);
        // Nothing inside the introductions, all found already (each surname twice among them).
        assert!(places.iter().all(|(p, _)| *p >= again_at));
    }

    #[test]
    fn what_only_looks_like_the_name_is_not_found() {
        // A longer word, a word in another case, a part of a word.
        assert!(again("I'm Jan, it's January now", "Jan").is_empty());
        assert!(again("I'm Jan, the jan sale", "Jan").is_empty());
        assert!(again("I'm Ali, at Alibaba", "Ali").is_empty());
        assert!(again("I'm Hannah Green, it's Sage-Green", "Hannah Green").is_empty());
        // Titles, stop words, months, initials, kinds of place.
        assert!(again("I'm Mr T. Ellison. Mr T wrote", "Mr T. Ellison").is_empty());
        assert!(again("My name is Will. Will it arrive?", "Will").is_empty());
        assert!(again("I'm April. Due 3 April", "April").is_empty());
        assert!(again("Name: Sarah Road. Road closed", "Sarah Road").is_empty());
        // A given name that is also a word a sentence starts with, at a sentence's start.
        assert!(again("I'm Hope. Hope you can help", "Hope").is_empty());
        assert_eq!(again("I'm Hope. Ask for Hope", "Hope"), ["Hope"]);
        // Part of a place's or an organisation's name.
        assert!(again("I'm Victoria. I bank with Victoria Bank", "Victoria").is_empty());
        assert!(again("I'm Victoria, at Victoria Coach Station", "Victoria").is_empty());
        assert!(again("I'm Hannah Green. Do you deliver to Green Park?", "Hannah Green").is_empty());
        assert!(again("I'm Jan. Send it to the Jan Smith depot", "Jan").is_empty());
        // In lowercase, no surname alone, no given name that is an ordinary word, no place.
        assert!(again("my name is sarah green, the green one", "sarah green").is_empty());
        assert!(again("i'm holly, is the holly wreath in stock", "holly").is_empty());
        assert_eq!(again("i'm ben, ben again", "ben"), ["ben"]);
        assert!(again("i'm victoria, at victoria station", "victoria").is_empty());
        assert!(again("booked under thompson, thompson again", "thompson").is_empty());
        // Part of a brand named after a person.
        assert!(again("Hi, I am Paul Smith. Do you stock Paul Smith shirts?", "Paul Smith").is_empty());
        assert!(again("My name is Ted. Is Ted Baker in the sale?", "Ted").is_empty());
        // A name that need not be a person's: no common given name first, no title or naming
        // cue before.
        assert!(again("Cheers Delivery. Delivery was late", "Delivery").is_empty());
        assert_eq!(again("Surname: Kowalski. Kowalski again", "Kowalski"), ["Kowalski"]);
        assert!(again("Thanks, Kowalski. Kowalski again", "Kowalski").is_empty());
    }
}
