//! Log output for the functions: one line per event on stdout, JSON when Lambda's advanced
//! logging asks for it (`AWS_LAMBDA_LOG_FORMAT=JSON`, as the template sets), at the level of
//! `AWS_LAMBDA_LOG_LEVEL` (or `RUST_LOG`; a plain level such as `info`), INFO by default.
//! The local runner logs to stderr instead, WARN by default, so its own output stays readable.
//!
//! A level, not a filter expression: a full filter needs a regex engine in every binary, for a
//! feature the functions do not use. Log lines carry ids, counts and reasons, never chat text.

use tracing_subscriber::filter::LevelFilter;

/// Installs the process-wide subscriber; call once, first thing in `main`.
pub fn init() {
    let json = std::env::var("AWS_LAMBDA_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    let builder = tracing_subscriber::fmt().with_max_level(level(LevelFilter::INFO)).with_target(false).without_time();
    // A second call (tests, a runner that embeds two services) keeps the first subscriber.
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}

/// Installs a subscriber for a program run in a terminal: stderr, WARN unless a level is set.
pub fn init_terminal() {
    let _ = tracing_subscriber::fmt()
        .with_max_level(level(LevelFilter::WARN))
        .with_target(false)
        .with_writer(std::io::stderr)
        .try_init();
}

fn level(default: LevelFilter) -> LevelFilter {
    ["AWS_LAMBDA_LOG_LEVEL", "RUST_LOG"]
        .iter()
        .find_map(|name| std::env::var(name).ok()?.trim().parse::<LevelFilter>().ok())
        .unwrap_or(default)
}
