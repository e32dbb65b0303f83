//! Fuzzes the redactor with arbitrary text: it must not panic, its findings must be ordered,
//! disjoint and on character boundaries, and redacting its output must change nothing; nor
//! with a redactor that keeps the first value found, which it must leave.
//! Run: `cargo +nightly fuzz run redact` (from the repository root).

#![no_main]

use libfuzzer_sys::fuzz_target;
use shared::redact::Redactor;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let redactor = Redactor::default();
    let once = redactor.redact(&text);
    let mut last = 0;
    for f in &once.findings {
        assert!(last <= f.start && f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        last = f.end;
    }
    let twice = redactor.redact(&once.text);
    assert_eq!(twice.text, once.text);
    assert!(twice.findings.is_empty());
    if let Some(first) = once.findings.first() {
        let value = &text[first.start..first.end];
        let keeping = Redactor::default().keeping([value]);
        let once = keeping.redact(&text);
        assert!(once.findings.iter().all(|f| !text[f.start..f.end].eq_ignore_ascii_case(value)));
        let twice = keeping.redact(&once.text);
        assert_eq!(twice.text, once.text);
        assert!(twice.findings.is_empty());
    }
});
