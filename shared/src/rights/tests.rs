//! The requests' checks and the operations on the embedded store (the AWS adapters are tested
//! with the same operations in `tests/redactor.rs`).

use super::*;
use crate::model::RedactedText;
use crate::secrets::Secret;
use crate::store::local::{LocalReports, LocalStore};
use crate::store::{ReportSource, TranscriptWriter};

fn bots() -> BotsConfig {
    BotsConfig::from_json(br#"{"bots": [{"id": "alpha"}, {"id": "beta"}]}"#).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: LocalStore,
    reports: LocalReports,
    rights: Rights<LocalStore, LocalReports>,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(&dir.path().join("data")).unwrap();
    let reports = LocalReports::new(dir.path().join("objects"));
    let key = SubjectKey::new(Secret::new("subject-key"));
    let rights = Rights::new(bots(), store.clone(), reports.clone(), Some(key));
    Fixture { _dir: dir, store, reports, rights }
}

fn caller() -> Caller {
    Caller { requester: Some("arn:aws:iam::123456789012:role/dpo".into()), request_id: "req-1".into() }
}

fn turn(bot: &str, session: &str, text: &str, at: Timestamp) -> Turn {
    let mut turn = Turn::new(
        BotId::parse(bot).unwrap(),
        SessionId::parse(session).unwrap(),
        crate::model::TurnId::generate(),
        at,
        Default::default(),
        crate::model::Platform::DialogflowCx,
    );
    turn.user_text = Some(RedactedText::from_redacted(text));
    turn.expires_at = at.seconds() + 86_400 * 30;
    turn
}

async fn audit_records(reports: &LocalReports) -> Vec<Value> {
    let keys = reports.list(&crate::store::KeyPrefix::audit_records()).await.unwrap();
    let mut out = Vec::new();
    for key in keys {
        out.push(serde_json::from_slice(&reports.get(&key).await.unwrap().unwrap()).unwrap());
    }
    out
}

#[tokio::test]
async fn bad_requests_are_refused_with_a_reason_and_audited() {
    let f = fixture();
    let now = Timestamp::now();
    f.store.write(&[turn("beta", "s-1", "hello", now)]).await;
    let cases = [
        (r#"{"op": "shred_everything"}"#, "unknown variant `shred_everything`"),
        (r#"{"op": "erase_session", "bot": "alpha"}"#, "missing field `session`"),
        (r#"{"op": "erase_session", "bot": "alpha", "session": "s-1", "force": true}"#, "unknown field `force`"),
        (r#"{"op": "erase_session", "bot": "gamma", "session": "s-1"}"#, "bot gamma is not in the bot config"),
        (r#"{"op": "erase_session", "bot": "alpha", "session": "s-1"}"#, "it belongs to bot beta"),
        (r#"{"op": "export_session", "bot": "alpha", "session": "s-1"}"#, "it belongs to bot beta"),
        (
            r#"{"op": "erase_subject", "email": "a@example.com", "phone": "07700900123"}"#,
            "exactly one of email or phone",
        ),
        (r#"{"op": "erase_subject", "email": "not an email"}"#, "not an email address"),
        (r#"{"op": "redact", "text": "x", "document": {}}"#, "either text, or a document"),
        (r#"{"op": "redact", "document": {"a": "b"}, "fields": ["a..b"]}"#, "empty segment"),
        (r#"{"op": "scrub_session", "bot": "alpha", "session": "s-1", "values": [" "]}"#, "must not be empty"),
        ("not json", "expected"),
        (
            r#"{"op": "redact", "document": {}, "fields": "jo@example.com"}"#,
            "invalid type: string, expected a sequence",
        ),
    ];
    for (request, expected) in cases {
        let err = f.rights.handle(request, &caller(), now).await.unwrap_err();
        assert!(err.is_refusal(), "{request}: {err}");
        assert!(err.to_string().contains(expected), "{request}: {err}");
    }
    // Nothing changed: beta's turn is still there.
    let window = DayRange::retention_window(Day::of(now, Default::default()), 30);
    let beta = BotId::parse("beta").unwrap();
    assert_eq!(f.store.session_turns(&beta, &SessionId::parse("s-1").unwrap(), window).await.unwrap().len(), 1);
    // Each refusal left an audit record saying so, with its code and nothing from the request.
    let records = audit_records(&f.reports).await;
    assert_eq!(records.len(), cases.len());
    assert!(
        records.iter().all(|r| r["outcome"] == "refused" && r["requester"] == "arn:aws:iam::123456789012:role/dpo")
    );
    let text = serde_json::to_string(&records).unwrap();
    assert!(!text.contains("s-1") && !text.contains("a@example.com") && !text.contains("07700900123"), "{text}");
    // Nor does any refusal's message repeat a value sent in the wrong field.
    let err = f.rights.handle(cases.last().unwrap().0, &caller(), now).await.unwrap_err();
    assert!(!err.to_string().contains("jo@example.com"), "{err}");
}

#[tokio::test]
async fn without_a_subject_key_erase_subject_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(&dir.path().join("data")).unwrap();
    let rights = Rights::new(bots(), store, LocalReports::new(dir.path().join("o")), None);
    let err = rights
        .handle(r#"{"op": "erase_subject", "phone": "07700 900123"}"#, &caller(), Timestamp::now())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "no_subject_key");
}

#[tokio::test]
async fn redact_leaves_the_terms_never_redacted_and_refuses_blank_ones() {
    let f = fixture();
    let now = Timestamp::now();
    let request = r#"{"op": "redact", "text": "Hi Chase, I'm Chase Smith", "never_redact": ["chase"]}"#;
    let answer = f.rights.handle(request, &caller(), now).await.unwrap();
    assert_eq!(answer["text"], "Hi Chase, I'm [NAME]", "a term is left where a finding is it whole");
    let answer = f.rights.handle(r#"{"op": "redact", "text": "Hi Chase"}"#, &caller(), now).await.unwrap();
    assert_eq!(answer["text"], "Hi [NAME]");
    let blank = f.rights.handle(r#"{"op": "redact", "text": "x", "never_redact": [" "]}"#, &caller(), now).await;
    assert!(blank.unwrap_err().to_string().contains("never_redact terms must not be blank"));
}

#[tokio::test]
async fn redact_answers_text_or_document_with_findings_and_no_values() {
    let f = fixture();
    let now = Timestamp::now();
    let answer = f.rights.handle(r#"{"op": "redact", "text": "mail jo@example.com"}"#, &caller(), now).await.unwrap();
    assert_eq!(answer, json!({"text": "mail [EMAIL]", "findings": [{"type": "EMAIL", "start": 5, "end": 19}]}));
    let answer = f
        .rights
        .handle(
            r#"{"op": "redact", "document": {"a": {"b": "call 07700 900123"}}, "fields": ["a.b"], "types": ["EMAIL"]}"#,
            &caller(),
            now,
        )
        .await
        .unwrap();
    assert_eq!(answer, json!({"document": {"a": {"b": "call 07700 900123"}}, "findings": []}), "only the chosen types");
    let records = audit_records(&f.reports).await;
    let mut counts: Vec<&Value> = records.iter().map(|r| &r["counts"]).collect();
    counts.sort_by_key(|c| c["findings"].as_u64());
    assert_eq!(counts, [&json!({"findings": 0}), &json!({"findings": 1})]);
    assert!(!serde_json::to_string(&records).unwrap().contains("jo@example.com"));
}

#[test]
fn scrub_values_are_typed_by_their_shape() {
    assert_eq!(guess_type("tom@example.com"), EntityType::Email);
    assert_eq!(guess_type("+44 7700 900123"), EntityType::Phone);
    assert_eq!(guess_type("Tom Baker"), EntityType::Name);
    assert_eq!(guess_type("Flat 2"), EntityType::Name);
}
