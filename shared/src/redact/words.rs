//! Word lists shared by the name and address recognizers.

/// Words that are never the first word of a name after a cue ("I'm looking", "this is urgent"),
/// nor a street's name ("2 tickets for the ..."): function words, common adjectives and
/// participles after "I'm", nationalities, days, and a few towns that are also words.
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
    "bath",
    "be",
    "because",
    "been",
    "before",
    "booked",
    "british",
    "busy",
    "but",
    "by",
    "calling",
    "can",
    "checking",
    "coming",
    "confused",
    "could",
    "currently",
    "deaf",
    "disabled",
    "do",
    "done",
    "early",
    "english",
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
    "irish",
    "is",
    "it",
    "just",
    "late",
    "looking",
    "me",
    "missing",
    "monday",
    "more",
    "my",
    "new",
    "no",
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
    "reading",
    "ready",
    "really",
    "saturday",
    "scottish",
    "she",
    "should",
    "so",
    "sorry",
    "still",
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
    "tuesday",
    "unable",
    "under",
    "unsure",
    "urgent",
    "us",
    "very",
    "vegan",
    "vegetarian",
    "want",
    "wanting",
    "was",
    "we",
    "wednesday",
    "welsh",
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
    "spelt",
    "spelled",
    "different",
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
    "after",
    "told",
    "trying",
    "hoping",
    "keen",
    "worried",
    "concerned",
    "stuck",
    "new",
];

/// Nouns that follow a quantity ("3 weeks", "2 tickets"), not a house number.
const QUANTITY_WORDS: &[&str] = &[
    "week", "weeks", "day", "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "mile", "miles",
    "people", "person", "persons", "guests", "kids", "children", "adults", "items", "times", "year", "years", "month",
    "months", "pm", "am", "night", "nights", "room", "rooms", "ticket", "tickets", "seat", "seats", "x", "large",
    "small", "medium", "bottles", "boxes", "packs", "star", "stars", "percent",
];

fn lower_eq(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

pub(crate) fn is_stop_word(word: &str) -> bool {
    lower_eq(word, STOP_WORDS)
}

pub(crate) fn is_quantity_word(word: &str) -> bool {
    lower_eq(word, QUANTITY_WORDS)
}

const MONTH_NAMES: &[&str] = &[
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
    lower_eq(word, MONTH_NAMES)
}

/// The word of letters (any script), apostrophes and hyphens starting at `i`: its end.
pub(crate) fn word_end(text: &str, i: usize) -> usize {
    let mut end = i;
    let mut chars = text[i..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let inner =
            matches!(c, '\'' | '-' | '\u{2019}') && chars.peek().is_some_and(|(_, n)| n.is_alphabetic()) && end > i;
        if c.is_alphabetic() || inner {
            end = i + off + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Whether the word at `i` starts with a capital letter (any script).
pub(crate) fn capitalised(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_uppercase)
}
