//! Fuzzes the Lex V2 request parser with arbitrary bytes: it must never panic, and whatever it
//! accepts must give a usable turn and a response that serialises.
//! Run: `cargo +nightly fuzz run platform_lex` (from the repository root).

#![no_main]

use libfuzzer_sys::fuzz_target;
use shared::platform::{lex, Outcome, Reply};

fuzz_target!(|data: &[u8]| {
    if let Ok(inbound) = lex::parse(data) {
        assert!(!inbound.session.as_str().is_empty());
        for outcome in [Outcome::Fulfilled, Outcome::Failed, Outcome::Fallback, Outcome::Delegate] {
            let reply = Reply { messages: vec!["ok".into()], outcome, ..Reply::default() };
            assert!(inbound.context.respond(&reply).is_object());
        }
    }
});
