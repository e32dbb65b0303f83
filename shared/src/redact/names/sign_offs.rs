//! The writer's own name: signing off ("Thanks, Sarah", "Cheers\nTom"), introduced after a
//! greeting or a sentence ("Hi! Sarah here"), thanked or addressed by a reply ("Sorry Mo,");
//! and where a name's line, sentence or clause ends.

use super::alone::{given_name_addressed, given_name_alone, surname_alone};
use super::context::neighbour;
use super::lexicon::{GIVEN_NAMES, is_given_name};
use super::look_alikes::PREPOSITION_SET;
use super::lowercase::after_label_in_sentence_case;
use super::{CUE_WINDOW, name_words, past_particles_at, word_after, word_start_before, word_start_of};
use crate::redact::address::is_street_type;
use crate::redact::codes;
use crate::redact::entity::EntityType;
use crate::redact::numbers::Span;
use crate::redact::text::{Keywords, Window, byte_before_spaces, eq_ignore_case, word_char_at};
use crate::redact::words::{WordSet, is_stop_word, set_of, word_end};

/// Words that make the text before a name a sign-off ("Thanks a lot, Megan!", "Kind regards\nOllie",
/// "Speak soon, Jess x").
pub(super) const SIGN_OFF_WORDS: Keywords = Keywords::new(&[
    "thanks",
    "thank you",
    "cheers",
    "regards",
    "best",
    "wishes",
    "love",
    "ta",
    "thx",
    "thanx",
    "thnx",
    "ty",
    "bye",
    "soon",
    "signed",
    "faithfully",
    "sincerely",
    "xoxo",
    "appreciated",
    // Acknowledgements that end a chat with the agent's name: "No problem Idris", "See you
    // Saturday Marta".
    "no problem",
    "no worries",
    "see you",
]);

/// Words that may follow a name introduced by a weak cue, or a name at the start ("Ahmed here").
const AFTER_NAME: &[&str] = &["here", "again", "speaking", "calling", "from", "fae", "btw", "bye"];

/// How much closing punctuation, spaces, kisses and emoji may follow a name on its line. Read
/// no further: every capital in "X X X ..." asks, and each reading the rest of the line would
/// make redaction quadratic in the line's length.
pub(super) const LINE_END_REACH: usize = 64;

/// Whether only closing punctuation, spaces or kisses (at most [`LINE_END_REACH`] bytes) follow
/// `end` before the line ends.
pub(super) fn ends_line(b: &[u8], end: usize) -> bool {
    let rest = &b[end..b.len().min(end + LINE_END_REACH + 1)];
    // The first byte that is none of those: a line break, or a word that goes on with the line.
    let other = |c: &u8| !(matches!(c, b' ' | b'.' | b'!' | b',' | b')' | b'x' | b'X' | b':') || *c >= 0x80);
    match rest.iter().position(other) {
        Some(p) => rest[p] == b'\n',
        None => rest.len() <= LINE_END_REACH,
    }
}

/// Whether the sentence ends at `end`, past kisses, brackets and emoji, and another starts with
/// a capital on the same line: "Sarah. Does", "Jess x. Do", "Sarah\u{2026} Does"; with any
/// letter in text written in lowercase (`any_case`): "pete. it's".
pub(super) fn ends_sentence(b: &[u8], end: usize, any_case: bool) -> bool {
    let rest = &b[end..b.len().min(end + 16)];
    let between =
        rest.iter().take_while(|c| matches!(c, b' ' | b'x' | b'X' | b'.' | b'!' | b'?' | b')') || **c >= 0x80);
    let between = &rest[..between.count()];
    let stop = between.iter().any(|c| matches!(c, b'.' | b'!' | b'?'))
        || between.windows(3).any(|w| w == "\u{2026}".as_bytes());
    let starts = |c: &u8| if any_case { c.is_ascii_alphabetic() } else { c.is_ascii_uppercase() };
    stop && between.ends_with(b" ") && rest.get(between.len()).is_some_and(starts)
}

/// The last words of a sign-off right before a name ("Thanks, Sarah", "Speak soon, Jess",
/// "Thanks a lot, Megan", "Thank you Tom").
pub(super) static SIGN_OFF_ENDS: WordSet = WordSet::new(|| {
    set_of([
        "thanks",
        "you",
        "cheers",
        "regards",
        "wishes",
        "soon",
        "love",
        "best",
        "bye",
        "ta",
        "lot",
        "much",
        "again",
        "help",
        "faithfully",
        "sincerely",
    ])
});

/// Whether a name ending at `end` signs off, after `window`: words of a sign-off before it and
/// the line ending after it ("Thanks for all your help\nSarah Jones"), or, right after a
/// sign-off, its sentence ending before another ("Thanks, Sarah. Does the gym open at 6am?",
/// "Speak soon, Jess x. Do you deliver?"; but not "Speak soon. Does Grace work Saturdays? She
/// ...", where "Saturdays" stands far from the sign-off). In text written in lowercase
/// (`any_case`) the next sentence may start with any letter ("thanks so much, pete. it's ...").
pub(super) fn signs_off(b: &[u8], window: &Window<'_>, end: usize, any_case: bool) -> bool {
    let right_after = || SIGN_OFF_ENDS.contains(window.last_word(b",.!\n"));
    window.has_any(&SIGN_OFF_WORDS)
        && (ends_line_past_aside(b, end) || (ends_sentence(b, end, any_case) && right_after()))
}

/// Whether the line ends after `end` ([`ends_line`]), perhaps past an aside in brackets
/// ("Kind regards, Dave (the manager)", "Thanks, Dave (Mr D Hughes)") or "& Co" ("Thanks,
/// Sarah & Co").
#[inline(always)]
fn ends_line_past_aside(b: &[u8], end: usize) -> bool {
    ends_line(b, end)
        || closes_quote(b, end)
        || (b[end..].starts_with(b" (") && aside_ends_line(b, end))
        || bye_ends_line(b, end)
        || (b[end..].starts_with(b" & ") && company_ends_line(b, end))
}

/// Whether a double quote, straight or typographic, closes right after `end`: a message
/// quoted inside the message, an engraving's or a card's, ends there ("Please engrave \"All my
/// love, Tom\" on the ring").
fn closes_quote(b: &[u8], end: usize) -> bool {
    b[end..].starts_with(b"\"") || b[end..].starts_with("\u{201d}".as_bytes())
}

/// Whether " & Co" and the line's end follow `end`. Out of line: few names have it.
#[inline(never)]
fn company_ends_line(b: &[u8], end: usize) -> bool {
    eq_ignore_case(b, end, b" & co") && ends_line(b, end + 5)
}

/// Whether " bye" and the line's end follow `end` ("Thanks Dave bye", "cheers tom bye!").
pub(super) fn bye_ends_line(b: &[u8], end: usize) -> bool {
    eq_ignore_case(b, end, b" bye") && ends_line(b, end + 4)
}

/// Whether the aside in brackets after `end` closes within 40 bytes and its line ends there.
/// Out of line: few names have one.
#[inline(never)]
fn aside_ends_line(b: &[u8], end: usize) -> bool {
    b[end..b.len().min(end + 40)].iter().position(|c| *c == b')').is_some_and(|close| ends_line(b, end + close + 1))
}

/// Whether the line before the window's end ends with a street type, or with the placeholder of
/// an address (when redacted text is scanned again).
pub(super) fn below_street(window: &Window<'_>) -> bool {
    let word = window.last_word(b",]\r\n");
    is_street_type(word) || word == EntityType::Address.name().as_bytes()
}

/// Whether the line that ends after `end` (within [`LINE_END_REACH`]) is followed by one that
/// starts with a postcode, or with its placeholder (when redacted text is scanned again).
pub(super) fn above_postcode(b: &[u8], end: usize) -> bool {
    let rest = &b[end..b.len().min(end + LINE_END_REACH + 1)];
    rest.iter().position(|c| *c == b'\n').is_some_and(|p| {
        let next = end + p + 1;
        next < b.len()
            && (codes::postcode(b, next).is_some()
                || b[next..].starts_with(EntityType::Postcode.placeholder().as_bytes()))
    })
}

/// Whether a name starting with the word that ends at `first_end` could end a sign-off: whether
/// its line or sentence ends ([`ends_line`], [`ends_sentence`]) after that word or one of the
/// next two (as [`name_words`] reads them; a name of four words signs off after a comma, or is
/// a given name's and surnames, [`given_and_surname`](super::pairs::given_and_surname)). Cheaper than reading the name, and
/// necessary for a sign-off.
pub(super) fn may_end_sign_off(text: &str, first_end: usize) -> bool {
    let b = text.as_bytes();
    let mut end = first_end;
    for _ in 0..2 {
        if ends_line_past_aside(b, end) || ends_sentence(b, end, false) {
            return true;
        }
        if b.get(end) != Some(&b' ') {
            return false;
        }
        let next = past_particles_at(text, end + 1);
        let next_end = word_end(text, next);
        if next_end == next {
            return false;
        }
        end = next_end;
    }
    ends_line(b, end) || ends_sentence(b, end, false)
}

/// Whether "speaking" or "calling" follows `end`: someone introducing themselves ("Siobhan
/// speaking", "Sarah Jones calling about my order").
pub(super) fn speaking_after(text: &str, end: usize) -> bool {
    followed_by_word(text, end, "speaking") || followed_by_word(text, end, "calling")
}

/// Whether the word after `end` (past one space) is `word`, in any case.
pub(super) fn followed_by_word(text: &str, end: usize, word: &str) -> bool {
    text.as_bytes().get(end) == Some(&b' ') && text[end + 1..word_end(text, end + 1)].eq_ignore_ascii_case(word)
}

/// Whether the clause ends after `end`: punctuation (a colon before a space too: "Message from
/// Chioma: running late"), an aside in brackets ("It's Priya (the manager)"), where to ring
/// ("It's Tom on 07700 900123"), the end of the line, "here"/"again", or "I" starting the next,
/// as speech to text runs them on ("it's margaret thompson i'm ringing about my boiler").
pub(super) fn ends_clause(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    if ends_line(b, end)
        || matches!(b.get(end), Some(b',' | b'.' | b'!' | b'?' | b';' | b')'))
        || text[end..].starts_with(": ")
        || text[end..].starts_with('\u{2026}')
        || text[end..].starts_with(" (")
        || (text[end..].starts_with(" on ") && matches!(b.get(end + 4), Some(b'0' | b'+' | b'(')))
    {
        return true;
    }
    AFTER_NAME.iter().any(|w| followed_by_word(text, end, w)) || followed_by_i(b, end)
}

/// Whether "I" or its contraction follows `end` after a space: "i", "i'm", "im", "i'd", "i've",
/// "i'll", in any case.
fn followed_by_i(b: &[u8], end: usize) -> bool {
    let Some(&[b' ', i]) = b.get(end..end + 2) else { return false };
    let contracted = |c: &u8| matches!(c | 0x20, b'm' | b'd' | b'v' | b'l');
    let after = &b[end + 2..];
    i | 0x20 == b'i'
        && match after {
            [b'\'', c, ..] | [0xE2, 0x80, 0x99, c, ..] => contracted(c),
            [b'm' | b'M', ..] => !word_char_at(b, end + 3),
            _ => !word_char_at(b, end + 2),
        }
}

/// Whether the name at `w` stands where a message or line begins, after a greeting at most.
pub(super) fn at_message_start(b: &[u8], w: usize) -> bool {
    let window = Window::before(b, w, 16);
    let head = window.bytes();
    let trimmed = head.iter().rposition(|c| !matches!(c, b' ' | b',' | b'!')).map_or(0, |p| p + 1);
    trimmed == 0
        || head[trimmed - 1] == b'\n'
        || window
            .ends_with_any(
                &[
                    "hi",
                    "hello",
                    "hey",
                    "hiya",
                    "heya",
                    "howya",
                    "alright",
                    "sorry",
                    "all",
                    "everyone",
                    "team",
                    "guys",
                    "folks",
                    "there",
                    "morning",
                    "afternoon",
                    "evening",
                ],
                b" ,!",
            )
            .is_some()
}

/// Words that stand alone on a line where a name signing off would, and are none: greetings,
/// sign-off words, reactions, a form's labels and an order's states ("Are you open?\nMorning", "Thanks\nCheers",
/// "Thanks\nBrilliant", "Where is my parcel?\nDelivered"). They are no stop words: "12 Morning
/// Lane" is an address.
const ALONE_ON_A_LINE: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "goodnight",
    "hiya",
    "goodbye",
    "bye",
    "cheers",
    "thanks",
    "welcome",
    "greetings",
    "regards",
    "ta",
    "congratulations",
    "sorry",
    "apologies",
    "perfect",
    "brilliant",
    "lovely",
    "amazing",
    "excellent",
    "fab",
    "fabulous",
    "fantastic",
    "awesome",
    "cool",
    "nice",
    "super",
    "superb",
    "wonderful",
    "marvellous",
    "okay",
    "yep",
    "nope",
    "sure",
    "sorted",
    "paid",
    "confirmed",
    "cancelled",
    "received",
    "refunded",
    "delivered",
    "collected",
    "booked",
    "noted",
    "understood",
    "agreed",
    // A letter's closing ("I want a refund.\nYours,\nPaul Carr").
    "yours",
    "sincerely",
    "faithfully",
    // A web form's labels, each above its answer ("Name\nGeorgina Pratt\nEmail\n...").
    "email",
    "e-mail",
    "message",
    "phone",
    "telephone",
    "mobile",
    "subject",
    "comments",
    "enquiry",
    "notes",
];

pub(super) static ALONE_ON_A_LINE_SET: WordSet = WordSet::new(|| set_of(ALONE_ON_A_LINE.iter().copied()));

/// Whether `word` greets or thanks ([`GREETINGS_AND_THANKS`]) and is no common given name ("Ty").
/// Out of line: asked only of a line's first word before more words of a name.
#[inline(never)]
pub(super) fn greets_or_thanks(word: &str) -> bool {
    GREETINGS_AND_THANKS.contains(word) && !is_given_name(word.as_bytes())
}

/// The last words of greetings and thanks, before a term of address ([`term_of_address`](super::look_alikes::term_of_address)):
/// those said to anyone ([`GREETS_ANYONE`]), and those of a card or a parting.
pub(super) static GREETINGS_AND_THANKS: WordSet = WordSet::new(|| {
    set_of(GREETS_ANYONE.iter().copied().chain([
        "night",
        "bye",
        "love",
        "dear",
        "birthday",
        "anniversary",
        "congratulations",
        "congrats",
        "soon",
    ]))
});

/// The last words of greetings and thanks said to a person or a company alike ("Hi", "Thanks",
/// "Cheers"); not a card's ("Dear", "Love", "Happy birthday").
pub(super) const GREETS_ANYONE: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hiya",
    "heya",
    "morning",
    "afternoon",
    "evening",
    "thanks",
    "thank",
    "you",
    "cheers",
    "ta",
    "thx",
    "ty",
];

/// Whether the common given name `first` at `w`, whose name ends before a comma, is thanked in
/// its sentence: "Thanks Sarah, much appreciated", "Thank you for your help today Sarah,
/// really appreciated"; but not after a preposition ("Thanks for the tip about Florence, we
/// loved it"; "thanks to" is a cue of its own). Out of line: few names stand so.
#[inline(never)]
pub(super) fn thanked_before_comma(b: &[u8], w: usize, first: &str) -> bool {
    if !is_given_name(first.as_bytes()) {
        return false;
    }
    // The sentence so far, on its line.
    let reach = b[..w].iter().rev().take(64).position(|c| matches!(c, b'\n' | b'.' | b'!' | b'?')).unwrap_or(64);
    let before = word_start_before(b, w).map(|s| &b[s..w - 1]);
    // A storm is named as a person is ("Thanks for the update re Storm Darragh, any delays?").
    let storm = |p: &[u8]| p.eq_ignore_ascii_case(b"storm") || p.eq_ignore_ascii_case(b"hurricane");
    Window::before(b, w, reach).has_any(&THANKS_IN_A_SENTENCE)
        && !before.is_some_and(|p| PREPOSITION_SET.contains(p) || storm(p))
}

/// Whether the common given name `first` at `w`, whose name ends at `end`, is addressed after a
/// reply that opens its line or sentence ([`opened_by_reply`]): "Sorry Gintare, I meant
/// Tuesday", "No problem Idris, thanks for sorting it", "Yes Sarah!", "Ok Tom", "Sorry Tom I
/// meant Tuesday". The name ends its clause: a comma or "!" follows, or "I", or it ends the
/// line. Out of line: few names stand so.
#[inline(never)]
pub(super) fn addressed_after_reply(b: &[u8], w: usize, end: usize, first: &str) -> bool {
    opened_by_reply(b, w)
        && (matches!(b.get(end), Some(b',' | b'!')) || followed_by_i(b, end) || ends_line(b, end))
        && GIVEN_NAMES.contains(first)
}

/// Whether the common given name `first` at `w` (ending at `end_first`), addressed after a reply
/// ([`opened_by_reply`]), is followed by a word that goes on to what the reply says: "Yes Sarah
/// that's right", "Sorry Tom I meant Tuesday", "Ok Priya thanks", "Thanks Emma you've been so
/// helpful", "Thank you Josh for sorting it"; not "Sorry Will can't make it", "Yes Florence is
/// lovely". Out of line: asked where a lowercase word follows a capital.
#[inline(never)]
pub(super) fn replied_to_before_more(text: &str, w: usize, end_first: usize, first: &str) -> bool {
    opened_by_reply(text.as_bytes(), w) && goes_on_after_reply(text, end_first) && GIVEN_NAMES.contains(first)
}

/// Whether the word after `end` goes on to what a reply or thanks says after the name addressed
/// ([`replied_to_before_more`]).
pub(super) fn goes_on_after_reply(text: &str, end: usize) -> bool {
    let next = word_after(text, end);
    REPLY_GOES_ON.iter().any(|n| next.eq_ignore_ascii_case(n))
}

/// Words that go on after the name in a reply ([`goes_on_after_reply`]).
const REPLY_GOES_ON: [&str; 15] = [
    "that's",
    "that\u{2019}s",
    "thats",
    "that",
    "im",
    "thanks",
    "thank",
    "you",
    "you've",
    "you\u{2019}ve",
    "youve",
    "you're",
    "you\u{2019}re",
    "for",
    "please",
];

/// Whether a reply ([`REPLIES`]) opens the line or sentence right before the word at `w`, one
/// space between.
fn opened_by_reply(b: &[u8], w: usize) -> bool {
    // The word before settles most capitals: few end a reply.
    if w < 2 || b[w - 1] != b' ' || !REPLY_LAST_WORDS.contains(&b[word_start_of(b, w - 1)..w - 1]) {
        return false;
    }
    // The reply's words, back to what opens the line or sentence: most capitals have more
    // words before them than a reply has.
    let reach = w.saturating_sub(REPLY_REACH);
    let words = |c: &u8| c.is_ascii_alphabetic() || *c == b' ';
    let start = match b[reach..w].iter().rposition(|c| !words(c)) {
        Some(p) => reach + p + 1,
        None if reach == 0 => 0,
        None => return false,
    };
    let opens = match start.checked_sub(1).map(|p| b[p]) {
        None | Some(b'\n') => Some(start),
        Some(b'.' | b'!' | b'?') if b[start] == b' ' => Some(start + 1),
        _ => None,
    };
    opens.is_some_and(|s| s + 1 < w && b[w - 1] == b' ' && REPLIES.contains(&b[s..w - 1]))
}

/// The longest reply [`opened_by_reply`] reads ("thank you very much"), with its space, and the
/// full stop and space that may open its sentence.
const REPLY_REACH: usize = 22;

/// Replies that open a line before the name of the one replied to ([`addressed_after_reply`]).
static REPLIES: WordSet = WordSet::new(|| set_of(REPLY_PHRASES.iter().copied()));

/// The last words of [`REPLIES`].
pub(super) static REPLY_LAST_WORDS: WordSet =
    WordSet::new(|| set_of(REPLY_PHRASES.iter().filter_map(|r| r.rsplit(' ').next())));

/// Replies and thanks that open a line before a name ([`REPLIES`], [`REPLY_LAST_WORDS`]).
const REPLY_PHRASES: &[&str] = &[
    "sorry",
    "yes",
    "yeah",
    "yep",
    "no",
    "nope",
    "ok",
    "okay",
    "oh",
    "ah",
    "right",
    "great",
    "perfect",
    "lovely",
    "brilliant",
    "sure",
    "fine",
    "cool",
    "fab",
    "excellent",
    "awesome",
    "no problem",
    "no worries",
    "of course",
    "oh sorry",
    "ok thanks",
    "thanks",
    "thank you",
    "thanks so much",
    "thank you so much",
    "thanks very much",
    "thank you very much",
    "many thanks",
    "cheers",
];

/// Thanks anywhere before a name in its sentence ([`thanked_before_comma`]).
const THANKS_IN_A_SENTENCE: Keywords = Keywords::new(&["thanks", "thank you", "cheers", "ta"]);

/// A name at `w`, a sentence's first word after "!" or ".": a common given name signing off
/// after thanks ([`thanks_then_given_name`]), the writer introducing themselves
/// ([`introduced_after_sentence`]), or a surname after its label ([`surname_label_opening`]).
pub(super) fn after_sentence(text: &str, w: usize, end_first: usize) -> Option<Span> {
    thanks_then_given_name(text, w, end_first)
        .or_else(|| introduced_after_sentence(text, w, end_first))
        .or_else(|| surname_label_opening(text, w, end_first))
}

/// "Surname adeyemi", as a phone types it: the label opening its sentence at `w`, the surname in
/// lowercase after it ([`after_label_in_sentence_case`]). Inlined: most words have not its
/// length.
#[inline(always)]
fn surname_label_opening(text: &str, w: usize, end_first: usize) -> Option<Span> {
    (end_first - w == 7 && text[w..end_first].eq_ignore_ascii_case("surname"))
        .then(|| after_label_in_sentence_case(text, end_first))
        .flatten()
}

/// The writer introducing themselves at `w`, a sentence's first word ([`introduces_writer`]:
/// "Sarah here", "Tom speaking"), after a greeting ("Hi! Sarah here", "Morning. Gruffydd here")
/// or, a common given name, after any sentence ("Thanks for that! Grace here again", "Y'alright?
/// Dean here").
pub(super) fn introduced_after_sentence(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    let greeted = || GIVEN_NAMES.contains(&b[w..end_first]) || after_greeting(b, w);
    introduces_writer(text, w, end_first).filter(|_| greeted())
}

/// Whether the sentence before the one starting at `w` is a greeting that opens its message or
/// line ("Hi!", "Good morning.").
fn after_greeting(b: &[u8], w: usize) -> bool {
    let Some(last) = b[..w].iter().rposition(|c| !matches!(c, b' ' | b'!' | b'.' | b',')) else { return false };
    let window = Window::before(b, last + 1, 16);
    let opens = |greeting: &str| {
        let start = last + 1 - greeting.len();
        start == 0 || b[start - 1] == b'\n'
    };
    window.ends_with_any(GREETINGS, b"").is_some_and(opens)
}

/// What opens a message before the writer says who they are ([`after_greeting`]); the
/// longer first, which the shorter end.
const GREETINGS: &[&str] = &[
    "good morning",
    "good afternoon",
    "good evening",
    "hi there",
    "hello there",
    "hey there",
    "hi",
    "hiya",
    "hello",
    "hey",
    "morning",
    "afternoon",
    "evening",
];

/// A common given name ([`GIVEN_NAMES`]) at `w`, a new sentence, that signs off a message after
/// thanks: "Thanks! Amelia", "Many thanks!! Sophie x", "Ok thanks. Ryan". Only a given name
/// ("Thanks! Tesco", "Thanks. Bye"), and only one that ends its line ("Thanks! Will do").
fn thanks_then_given_name(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    if !GIVEN_NAMES.contains(&b[w..end_first]) || !may_end_sign_off(text, end_first) {
        return None;
    }
    let end = name_words(text, w, false)?;
    signs_off(b, &Window::before(b, w, CUE_WINDOW), end, false).then_some((w, end))
}

/// A name opening the message and followed by "here" ("Ahmed here, ..."), or a common given
/// name followed by "speaking" or "calling" ("Siobhan speaking"; but "Spanish speaking staff?")
/// or all its line ([`given_name_alone`]); `end_first` ends its first word.
pub(super) fn introduces_writer(text: &str, w: usize, end_first: usize) -> Option<Span> {
    let b = text.as_bytes();
    // Cheap test first: "here", "speaking", "calling" or another capitalised word must follow
    // the first word; or nothing (but kisses), where a given name is all the line ("Sarah x").
    let Some(next) = b
        .get(end_first + 1)
        .copied()
        .filter(|&c| b.get(end_first) == Some(&b' ') && !(matches!(c, b'x' | b'X') && ends_line(b, end_first)))
    else {
        let opens_line = matches!(byte_before_spaces(b, w), None | Some(b'\n'));
        let alone = || {
            given_name_alone(text, w, end_first)
                || surname_alone(text, w, end_first)
                || given_name_addressed(text, w, end_first)
        };
        return (opens_line && alone()).then_some((w, end_first));
    };
    if let Some(span) = surname_label_opening(text, w, end_first) {
        return Some(span);
    }
    let speaking = |end: usize| speaking_after(text, end) && GIVEN_NAMES.contains(&b[w..end_first]);
    if matches!(next, b's' | b'c') {
        let sp_or_ca = matches!((next, b.get(end_first + 2)), (b's', Some(b'p')) | (b'c', Some(b'a')));
        return (sp_or_ca && speaking(end_first)).then_some((w, end_first));
    }
    // "Leanne again", "Leanne at number 5", "Tom next door", "Gary over the road".
    if matches!(next, b'a' | b'n' | b'o') {
        return (again_after(text, w, end_first) || neighbour(text, w, end_first)).then_some((w, end_first));
    }
    // "Wright is my surname".
    if next == b'i' {
        return (is_my_name_after(b, end_first) && !is_stop_word(&text[w..end_first])).then_some((w, end_first));
    }
    if !(matches!(next, b'h' | b'H') || next.is_ascii_uppercase() || next >= 0x80) {
        return None;
    }
    let end = name_words(text, w, false)?;
    (followed_by_word(text, end, "here") || speaking(end) || is_my_name_after(b, end)).then_some((w, end))
}

/// Whether " is my name" or " is my surname" (and the like) follows the name that ends at
/// `end`: "Wright is my surname", "Sarah Jones is my name"; not "Wright is my builder".
fn is_my_name_after(b: &[u8], end: usize) -> bool {
    let Some(rest) = b.get(end..).and_then(|r| r.strip_prefix(b" is my ")) else { return false };
    ["name", "surname", "first name", "last name", "family name", "maiden name", "middle name"]
        .iter()
        .any(|n| eq_ignore_case(rest, 0, n.as_bytes()) && !rest.get(n.len()).is_some_and(u8::is_ascii_alphabetic))
}

/// Whether "again" follows the common given name at `w` (ending at `end_first`): the writer
/// back for more ("Bethany again - any update?", "Sorry, Tom again").
pub(super) fn again_after(text: &str, w: usize, end_first: usize) -> bool {
    followed_by_word(text, end_first, "again") && GIVEN_NAMES.contains(&text.as_bytes()[w..end_first])
}
