//! The `redact` binary, run as a user would: stdin in, stdout out.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn redact(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_redact"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn jsonl_lines_get_redacted_text_and_byte_offsets() {
    let input =
        "{\"id\": 7, \"text\": \"mail me at jo.b@example.com\"}\n{\"id\": \"x\", \"text\": \"opening hours?\"}\n";
    let out = redact(&["--jsonl"], input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(
        lines[0],
        serde_json::json!({"id": 7, "text": "mail me at [EMAIL]", "findings": [{"type": "EMAIL", "start": 11, "end": 27}]})
    );
    assert_eq!(lines[1], serde_json::json!({"id": "x", "text": "opening hours?", "findings": []}));
}

#[test]
fn plain_text_is_redacted_line_by_line() {
    let out = redact(&[], "call 07700 900123\nno pii here\r\nNI AB123456C\n");
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "call [PHONE]\nno pii here\nNI [NINO]\n");
}

#[test]
fn bad_lines_are_reported_in_place_and_the_rest_go_on() {
    let input = "{\"id\": 1, \"text\": \"07700 900123\"}\nnot json with secret@example.com\n{\"id\": 3}\n";
    let out = redact(&["--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].contains("[PHONE]"));
    assert_eq!(lines[1], r#"{"line":2,"error":"not a JSON object with a string \"text\" field"}"#);
    assert!(lines[2].starts_with(r#"{"line":3,"#));
    assert!(!stdout.contains("secret"), "a bad line is never echoed");
}

#[test]
fn types_can_be_limited_and_unknown_ones_are_refused() {
    let out = redact(&["--types", "EMAIL"], "a@example.com 07700 900123\n");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "[EMAIL] 07700 900123\n");
    let out = redact(&["--types", "SSN"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("unknown entity type \"SSN\""));
}

#[test]
fn terms_never_redacted_are_left_whole() {
    let text = "Hi Chase, it's Chase Smith\nThanks Chase\n";
    let out = redact(&[], text);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Hi [NAME], it's [NAME]\nThanks [NAME]\n");
    let out = redact(&["--never-redact", "chase"], text);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Hi Chase, it's [NAME]\nThanks Chase\n");
    let out = redact(&["--never-redact", " "], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--never-redact needs a term"));
}
