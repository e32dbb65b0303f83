//! The redactor allocates nothing for a message without personal data: every PII-free message
//! of the labelled corpus, alone and with the next one, is redacted under an allocator that
//! counts what the redacting thread allocates (after a first round, which builds the word lists
//! once per process).

use shared::redact::Redactor;
use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;

thread_local! {
    /// Allocations made by this thread (a constant initialiser: reading it never allocates).
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; counting touches only a
// thread-local `Cell`, which neither allocates nor unwinds.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's layout, as `GlobalAlloc::alloc` requires it.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The corpus messages without markup, that is, without personal data.
fn pii_free_messages() -> Vec<String> {
    include_str!("corpus/uk_chat.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.contains('{'))
        .map(|l| l.replace("\\n", "\n"))
        .collect()
}

#[test]
fn messages_without_personal_data_are_redacted_without_allocating() {
    let messages = pii_free_messages();
    assert!(messages.len() >= 200, "the corpus has {} PII-free messages", messages.len());
    let pairs: Vec<String> = messages.windows(2).map(|w| format!("{} {}", w[0], w[1])).collect();
    let redactor = Redactor::default();
    // The word lists are built on first use, once per process.
    for text in messages.iter().chain(&pairs) {
        redactor.redact(text);
    }
    let mut allocating = Vec::new();
    for text in messages.iter().chain(&pairs) {
        let before = ALLOCATIONS.with(Cell::get);
        let redaction = redactor.redact(text);
        let allocations = ALLOCATIONS.with(Cell::get) - before;
        assert!(matches!(redaction.text, Cow::Borrowed(_)), "{text:?} was altered");
        if allocations > 0 {
            allocating.push((allocations, text.as_str()));
        }
    }
    assert!(allocating.is_empty(), "allocated while redacting: {allocating:?}");
}
