//! Precision and recall of the redactor on the project's labelled corpus of UK chatbot
//! messages (`tests/corpus/uk_chat.txt`), per entity type and overall, and how many messages
//! without personal data it alters.

use shared::redact::{EntityType, Redactor};
use std::collections::BTreeMap;

/// A corpus message: the text, and the gold spans (type, byte start, byte end).
struct Labelled {
    text: String,
    gold: Vec<(EntityType, usize, usize)>,
}

/// Parses `{TYPE|value}` markup into plain text and spans.
fn parse(line: &str) -> Labelled {
    let line = line.replace("\\n", "\n");
    let (mut text, mut gold) = (String::new(), Vec::new());
    let mut rest = line.as_str();
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("unclosed {");
        let (kind, value) = rest[open + 1..close].split_once('|').expect("{TYPE|value}");
        let entity = EntityType::parse(kind).unwrap_or_else(|| panic!("unknown type {kind}"));
        gold.push((entity, text.len(), text.len() + value.len()));
        text.push_str(value);
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    Labelled { text, gold }
}

fn corpus() -> Vec<Labelled> {
    include_str!("corpus/uk_chat.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(parse)
        .collect()
}

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    tp_predicted: u32,
    predicted: u32,
    tp_gold: u32,
    gold: u32,
}

impl Score {
    fn precision(self) -> f64 {
        if self.predicted == 0 { 1.0 } else { f64::from(self.tp_predicted) / f64::from(self.predicted) }
    }
    fn recall(self) -> f64 {
        if self.gold == 0 { 1.0 } else { f64::from(self.tp_gold) / f64::from(self.gold) }
    }
    fn add(&mut self, other: Score) {
        self.tp_predicted += other.tp_predicted;
        self.predicted += other.predicted;
        self.tp_gold += other.tp_gold;
        self.gold += other.gold;
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Per-type scores: a prediction is right when it overlaps a gold span of its type; a gold
/// span is found when a prediction of its type overlaps it.
fn evaluate() -> (BTreeMap<&'static str, Score>, usize, usize, Vec<String>) {
    let redactor = Redactor::default();
    let mut scores: BTreeMap<&'static str, Score> = BTreeMap::new();
    let (mut clean, mut altered) = (0, 0);
    let mut misses = Vec::new();
    for m in corpus() {
        let found = redactor.redact(&m.text).findings;
        if m.gold.is_empty() {
            clean += 1;
            if !found.is_empty() {
                altered += 1;
            }
        }
        for f in &found {
            let s = scores.entry(f.entity.name()).or_default();
            s.predicted += 1;
            if m.gold.iter().any(|g| g.0 == f.entity && overlaps((g.1, g.2), (f.start, f.end))) {
                s.tp_predicted += 1;
            } else {
                misses.push(format!("FP {}: {:?} in {:?}", f.entity, &m.text[f.start..f.end], m.text));
            }
        }
        for g in &m.gold {
            let s = scores.entry(g.0.name()).or_default();
            s.gold += 1;
            if found.iter().any(|f| f.entity == g.0 && overlaps((g.1, g.2), (f.start, f.end))) {
                s.tp_gold += 1;
            } else {
                misses.push(format!("FN {}: {:?} in {:?}", g.0, &m.text[g.1..g.2], m.text));
            }
        }
    }
    (scores, clean, altered, misses)
}

#[test]
fn corpus_is_big_and_varied_enough() {
    let corpus = corpus();
    let clean = corpus.iter().filter(|m| m.gold.is_empty()).count();
    assert!(corpus.len() >= 600, "{} messages", corpus.len());
    assert!(clean * 100 >= corpus.len() * 35, "{clean} of {} without personal data", corpus.len());
    for m in &corpus {
        for (_, s, e) in &m.gold {
            assert!(m.text.is_char_boundary(*s) && m.text.is_char_boundary(*e));
        }
    }
}

#[test]
fn precision_and_recall_per_type_and_overall() {
    let (scores, clean, altered, misses) = evaluate();
    let mut total = Score::default();
    println!("{:<16} {:>7} {:>9} {:>7}", "type", "gold", "precision", "recall");
    for (name, s) in &scores {
        println!("{name:<16} {:>7} {:>9.3} {:>7.3}", s.gold, s.precision(), s.recall());
        total.add(*s);
    }
    println!("{:<16} {:>7} {:>9.3} {:>7.3}", "overall", total.gold, total.precision(), total.recall());
    println!("PII-free messages altered: {altered} of {clean}");
    for m in &misses {
        println!("{m}");
    }
    for (name, s) in &scores {
        assert!(s.precision() >= 0.9, "{name} precision {:.3}", s.precision());
        assert!(s.recall() >= 0.9, "{name} recall {:.3}", s.recall());
    }
    assert!(total.precision() >= 0.95, "overall precision {:.3}", total.precision());
    assert!(total.recall() >= 0.95, "overall recall {:.3}", total.recall());
    assert!(altered * 50 <= clean, "{altered} of {clean} PII-free messages altered (limit 2%)");
}

/// The bytes of a gold span that no finding (of any type) covers: what redaction would leave.
fn left_over(gold: (usize, usize), found: &[shared::redact::Finding]) -> Vec<(usize, usize)> {
    let mut left = Vec::new();
    let mut at = gold.0;
    for f in found.iter().filter(|f| overlaps(gold, (f.start, f.end))) {
        if f.start > at {
            left.push((at, f.start));
        }
        at = at.max(f.end);
    }
    if at < gold.1 {
        left.push((at, gold.1));
    }
    left
}

/// Recall counts a value found when any part of it is; this counts what is left of the values
/// after redaction: a found street whose house name survives ("Orchard House, [ADDRESS]") still
/// leaks. Spaces and punctuation left between two findings inside one value do not count.
#[test]
fn little_of_the_personal_values_is_left_after_redaction() {
    let redactor = Redactor::default();
    let (mut gold_bytes, mut left_bytes) = (0, 0);
    let mut leaks = Vec::new();
    for m in corpus() {
        let found = redactor.redact(&m.text).findings;
        for &(entity, start, end) in &m.gold {
            gold_bytes += end - start;
            for (s, e) in left_over((start, end), &found) {
                let piece = &m.text[s..e];
                if piece.bytes().any(|c| c.is_ascii_alphanumeric()) {
                    left_bytes += piece.len();
                    leaks.push(format!("{entity}: {piece:?} left of {:?} in {:?}", &m.text[start..end], m.text));
                }
            }
        }
    }
    println!("personal bytes left after redaction: {left_bytes} of {gold_bytes}");
    for leak in &leaks {
        println!("{leak}");
    }
    assert!(left_bytes * 200 <= gold_bytes, "{left_bytes} of {gold_bytes} personal bytes left (limit 0.5%)");
}

/// Phones type the typographic apostrophe ("I’m Sarah") by default: every corpus message with
/// an apostrophe redacts the same typed either way.
#[test]
fn typographic_apostrophes_read_as_typed_ones() {
    let redactor = Redactor::default();
    let mut differ = Vec::new();
    let mut read = 0;
    for m in corpus().into_iter().filter(|m| m.text.contains(['\'', '\u{2019}'])) {
        read += 1;
        let typed = m.text.replace('\u{2019}', "'");
        let typographic = m.text.replace('\'', "\u{2019}");
        let plain = redactor.redact(&typed).text.into_owned();
        let phone = redactor.redact(&typographic).text.replace('\u{2019}', "'");
        if plain != phone {
            differ.push(format!("{plain:?}\n{phone:?}"));
        }
    }
    assert!(read >= 100, "{read} messages with an apostrophe");
    assert!(differ.is_empty(), "{} of {read} differ:\n{}", differ.len(), differ.join("\n"));
}

/// Phones and word processors also type typographic quotes, dashes and an ellipsis, and chat
/// glues emoji to words: every corpus value put in quotes, or followed by an ellipsis or a
/// dash, loses nothing more to them than to the ASCII ones, nor to an emoji than to a space ("\u{201c}07700 900123\u{201d}" as "\"07700 900123\""). Email
/// addresses spoken in a voice transcript aside: in quotes of either kind they are not read
/// whole ("'tom [EMAIL]'").
#[test]
fn values_among_typographic_punctuation_are_found_as_among_typed() {
    const PAIRS: [(&str, &str, &str, &str); 5] = [
        ("\"", "\"", "\u{201c}", "\u{201d}"),
        ("'", "'", "\u{2018}", "\u{2019}"),
        ("", "...", "", "\u{2026}"),
        ("", "-", "", "\u{2014}"),
        // An emoji glued to a value that ends its message or is followed by a space reads as a
        // space would.
        ("", " ", "", "\u{1f44d}"),
    ];
    let redactor = Redactor::default();
    let left = |before: &str, open: &str, value: &str, close: &str, after: &str| {
        let text = format!("{before}{open}{value}{close}{after}");
        let start = before.len() + open.len();
        let found = redactor.redact(&text).findings;
        let left: usize = left_over((start, start + value.len()), &found).iter().map(|(s, e)| e - s).sum();
        (left, text)
    };
    let mut worse = Vec::new();
    let mut read = 0;
    for m in corpus() {
        for &(entity, start, end) in &m.gold {
            if entity == EntityType::Email && !m.text[start..end].contains('@') {
                continue;
            }
            for (open, close, typographic_open, typographic_close) in PAIRS {
                let (before, value, after) = (&m.text[..start], &m.text[start..end], &m.text[end..]);
                if close == " " && !(after.is_empty() || after.starts_with(' ')) {
                    continue;
                }
                read += 1;
                let (typed, _) = left(before, open, value, close, after);
                let (typographic, text) = left(before, typographic_open, value, typographic_close, after);
                if typographic > typed {
                    worse.push(format!("{entity}: {text:?}"));
                }
            }
        }
    }
    assert!(read >= 2000, "{read} values read");
    assert!(worse.is_empty(), "{} of {read} leak more:\n{}", worse.len(), worse.join("\n"));
}
