//! Fuzzes what the transcript logger decodes from outside: queued envelopes and chat-widget
//! event bodies. Neither may panic; an envelope that decodes must encode and decode to the same
//! turn; a widget event that parses has valid ids.
//! Run: `cargo +nightly fuzz run logger_inputs` (from the repository root).

#![no_main]

use libfuzzer_sys::fuzz_target;
use shared::logger::parse_event;
use shared::store::{decode_envelope, encode_envelope};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(turn) = decode_envelope(text)
    {
        let again = decode_envelope(&encode_envelope(&turn)).expect("an encoded turn decodes");
        assert_eq!(serde_json::to_string(&again).unwrap(), serde_json::to_string(&turn).unwrap());
    }
    if let Ok(event) = parse_event(data) {
        assert!(!event.bot.as_str().is_empty() && !event.session.as_str().is_empty());
    }
});
