//! Redaction throughput on generated chat traffic of at least 10 MB: messages drawn at random
//! from the labelled corpus (half of them carry personal data, more than real traffic does),
//! the same for the messages without personal data, and each joined into one document.
//! Then texts built to be slow, which must redact in linear time. And, for reference, the
//! `regex` crate finding five simple patterns in the same traffic.
//! Run: `cargo bench -p shared --bench redact`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use shared::redact::{EntityType, PersonalValue, Redactor};
use std::hint::black_box;

/// The corpus messages with their markup removed, split into (with PII, without PII).
fn corpus() -> (Vec<String>, Vec<String>) {
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for line in include_str!("../tests/corpus/uk_chat.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut text = String::new();
        let mut rest = line;
        while let (Some(open), Some(bar), Some(close)) = (rest.find('{'), rest.find('|'), rest.find('}')) {
            text.push_str(&rest[..open]);
            text.push_str(&rest[bar + 1..close]);
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        let text = text.replace("\\n", "\n");
        if line.contains('{') { with.push(text) } else { without.push(text) }
    }
    (with, without)
}

/// At least `bytes` of messages drawn at random (seeded) from `pools`.
fn traffic(pools: &[&[String]], bytes: usize) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(2026);
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let pool = pools[rng.usize(..pools.len())];
        let message = pool[rng.usize(..pool.len())].clone();
        total += message.len();
        out.push(message);
    }
    out
}

fn bench(c: &mut Criterion) {
    let (with, without) = corpus();
    let redactor = Redactor::default();
    for (name, messages) in
        [("mixed", traffic(&[&with, &without], 10 << 20)), ("pii_free", traffic(&[&without], 10 << 20))]
    {
        let bytes: usize = messages.iter().map(String::len).sum();
        let mut group = c.benchmark_group("redact");
        group.throughput(Throughput::Bytes(bytes as u64)).sample_size(10);
        group.bench_function(name, |b| {
            b.iter(|| {
                for m in &messages {
                    black_box(redactor.redact(black_box(m)));
                }
            })
        });
        group.finish();
    }
    // The same traffic as one document (an export, a transcript): no per-call cost.
    let pools: [(&str, &[&[String]]); 2] = [("pii_free_document", &[&without]), ("mixed_document", &[&with, &without])];
    for (name, pools) in pools {
        let document = traffic(pools, 10 << 20).join("\n");
        let mut group = c.benchmark_group("redact");
        group.throughput(Throughput::Bytes(document.len() as u64)).sample_size(10);
        group.bench_function(name, |b| b.iter(|| black_box(redactor.redact(black_box(&document)))));
        group.finish();
    }
}

/// Texts built to make a recognizer read far for every trigger (each capital of "X X X ...",
/// each postcode of a long line without commas), to need many passes with many findings, or to
/// match a personal value almost everywhere; at two sizes up to the webhook's body limit, where
/// linear redaction shows the same throughput.
fn hostile(c: &mut Criterion) {
    let redactor = Redactor::default();
    let mut group = c.benchmark_group("redact_hostile");
    group.sample_size(10);
    for (name, unit) in [
        ("capitals", "X "),
        ("hyphenated", "A-"),
        ("commas", ", X"),
        // Each common given name after a comma is a name's candidate to its end.
        ("given_names", ", Tom"),
        ("postcodes", "to Mill Lane TN24 8XY "),
        // Each "dot" of a spoken domain reads the labels either side of it.
        ("spoken_domains", "com dot "),
        // Each word of a transcript starts a run of spoken digits read to its bound (24), or a
        // spelling, or a code of letters and digits.
        ("spoken_digits", "one "),
        ("spelled_letters", "a b "),
        ("spoken_codes", "s w one a "),
        // Each value hides the next until it is a placeholder: a pass over the redacted text each.
        ("chains", "cvv 123 4111 1111 1111 1111 943 476 5919 "),
        // Each name found is looked for again in the whole text.
        ("names_again", "I'm Priya\n"),
        // Each speaker's name as a label asks whether the lines beside it are labelled too.
        ("speakers", "Priya: hi\n"),
    ] {
        for kib in [16, 64] {
            let text = unit.repeat((kib << 10) / unit.len());
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{name}_{kib}KiB"), |b| {
                b.iter(|| black_box(redactor.redact(black_box(&text))))
            });
        }
    }
    // Each name different, each looked for again in the whole text: "I'm Paaa\nI'm Paab\n...".
    for kib in [16, 64] {
        let mut text = String::new();
        for n in 0.. {
            let line = format!("I'm P{}{}{}\n", letter(n / 676), letter(n / 26), letter(n));
            if text.len() + line.len() > kib << 10 {
                break;
            }
            text.push_str(&line);
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("different_names_{kib}KiB"), |b| {
            b.iter(|| black_box(redactor.redact(black_box(&text))))
        });
    }
    // A personal value from the platform that almost matches everywhere: "aaa...ab" in "aaa...a".
    for kib in [16, 64] {
        let text = "a".repeat(kib << 10);
        let value = format!("{}b", "a".repeat((kib << 10) / 2));
        let values = [PersonalValue { entity: EntityType::Name, value: &value }];
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("value_{kib}KiB"), |b| {
            b.iter(|| black_box(redactor.redact_with(black_box(&text), &values)))
        });
    }
    group.finish();
}

/// The `n`th letter of the alphabet, round and round.
fn letter(n: usize) -> char {
    char::from(b'a' + (n % 26) as u8)
}

/// What a general regex engine (the `regex` crate's lazy DFA) does on the same traffic with five
/// patterns and nothing else: an email address, a UK mobile number, a postcode, 13 to 19 digits
/// and an NI number's shape, ASCII only, with no validation, no context and no rendering. A
/// floor for what finding anything costs on these short messages, not a redactor.
fn reference(c: &mut Criterion) {
    let (with, without) = corpus();
    let patterns = regex::Regex::new(
        r"(?i-u)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b|(?:\+44\s?|\b0)7\d{3}\s?\d{6}\b|\b[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b|\b\d{13,19}\b|\b[a-z]{2}\d{6}[a-d]\b",
    )
    .expect("the reference patterns compile");
    let mut group = c.benchmark_group("reference_regex");
    group.sample_size(10);
    for (name, messages) in
        [("mixed", traffic(&[&with, &without], 10 << 20)), ("pii_free", traffic(&[&without], 10 << 20))]
    {
        let bytes: usize = messages.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name, |b| {
            b.iter(|| messages.iter().map(|m| patterns.find_iter(black_box(m)).count()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group!(benches, bench, hostile, reference);
criterion_main!(benches);
