use super::*;
use crate::model::{BotId, Day, DayRange, Platform, SessionId, TimeZone, Timestamp};
use crate::store::local::LocalStore;
use crate::store::{TranscriptReader, encode_envelope};
use crate::web::HttpRequest;
use bytes::Bytes;
use serde_json::{Value, json};

fn bots() -> BotsConfig {
    BotsConfig::from_json(include_bytes!("../../../infra/bots/example.json")).unwrap()
}

fn logger(dir: &std::path::Path) -> (Logger<LocalStore, LocalStore>, LocalStore) {
    let store = LocalStore::open(dir).unwrap();
    (Logger::new(bots(), store.clone(), store.clone(), Secret::new("events-key")).without_metrics(), store)
}

fn queued_turn(id: &str, text: &str) -> Turn {
    let mut turn = Turn::new(
        BotId::parse("acme-dental").unwrap(),
        SessionId::parse("s-1").unwrap(),
        TurnId::parse(id).unwrap(),
        Timestamp::now(),
        TimeZone::LONDON,
        Platform::DialogflowEs,
    );
    // As if an older webhook had missed something: the logger must catch it.
    turn.user_text = Some(RedactedText::from_redacted(text));
    turn.ip = Some("198.51.100.23".parse().unwrap());
    turn
}

async fn session_turns(store: &LocalStore) -> Vec<Turn> {
    let today = Day::of(Timestamp::now(), TimeZone::LONDON);
    let days = DayRange::new(today.previous(), today.next()).unwrap();
    store.session_turns(&BotId::parse("acme-dental").unwrap(), &SessionId::parse("s-1").unwrap(), days).await.unwrap()
}

#[tokio::test]
async fn a_batch_is_redacted_again_cut_to_policy_stored_and_bad_messages_parked() {
    let dir = tempfile::tempdir().unwrap();
    let (logger, store) = logger(dir.path());
    // The bot's own assistant, Molly, is a term its config never redacts.
    let good = encode_envelope(&queued_turn("t-1", "Thanks Molly, ring me on 07700 900123"));
    let other = encode_envelope(&queued_turn("t-2", "thanks"));
    let mut stranger = queued_turn("t-3", "hi");
    stranger.bot = BotId::parse("unknown-bot").unwrap();
    let stranger = encode_envelope(&stranger);
    let newer = good.replacen(r#""v":1"#, r#""v":2"#, 1);
    let messages = [
        QueuedMessage { message_id: "m1", body: &good },
        QueuedMessage { message_id: "m2", body: &other },
        QueuedMessage { message_id: "m3", body: &good },
        QueuedMessage { message_id: "m4", body: "not json" },
        QueuedMessage { message_id: "m5", body: &newer },
        QueuedMessage { message_id: "m6", body: &stranger },
    ];
    assert!(logger.store_batch(&messages).await.is_empty(), "nothing to deliver again");
    let stored = session_turns(&store).await;
    assert_eq!(stored.len(), 2, "the duplicate is stored once");
    let first = stored.iter().find(|t| t.turn.as_str() == "t-1").unwrap();
    assert_eq!(first.user_text.as_ref().unwrap().as_str(), "Thanks Molly, ring me on [PHONE]");
    assert_eq!(first.redactions["PHONE"], 1);
    assert_eq!(first.ip, Some("198.51.100.0".parse().unwrap()), "the example bot truncates IPs");
    let bot = bots();
    let policy_expiry = bot.bots[0].policy.expires_at(first.at, TimeZone::LONDON);
    assert_eq!(first.expires_at, policy_expiry);
    let parked = store.dead_letters().await.unwrap();
    let ids: Vec<&str> = parked.iter().map(|(id, _, _)| id.as_str()).collect();
    assert_eq!(ids, vec!["m4", "m5", "m6"]);
    assert!(parked[1].1.contains("version 2"), "{parked:?}");
    assert!(parked[2].1.contains("unknown-bot"), "{parked:?}");
}

fn event_request(body: Value, headers: &[(&'static str, &str)]) -> HttpRequest {
    let mut request = HttpRequest {
        method: http::Method::POST,
        path: "/events".into(),
        headers: http::HeaderMap::new(),
        body: Bytes::from(body.to_string()),
        client_ip: Some("2001:db8:85a3:1234:5678:8a2e:370:7334".parse().unwrap()),
    };
    for (name, value) in headers {
        request.headers.insert(*name, value.parse().unwrap());
    }
    request
}

const FIREFOX: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0";

#[tokio::test]
async fn widget_events_are_stored_with_user_agent_family_and_truncated_ip() {
    let dir = tempfile::tempdir().unwrap();
    let (logger, store) = logger(dir.path());
    let auth = [("x-api-key", "events-key"), ("user-agent", FIREFOX)];
    let base = json!({"bot": "acme-dental", "session": "s-1", "platform": "dialogflow_cx"});
    let with = |extra: Value| {
        let mut body = base.clone();
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        body
    };
    let feedback = with(
        json!({"type": "feedback", "rating": "down", "comment": "Thanks Molly, email me at a.b@example.com", "id": "fb-1"}),
    );
    let response = logger.event(&event_request(feedback, &auth)).await;
    assert_eq!((response.status, response.body.as_str()), (202, r#"{"stored":"fb-1"}"#));
    assert_eq!(
        logger.event(&event_request(with(json!({"type": "card", "card": "Book now"})), &auth)).await.status,
        202
    );
    assert_eq!(logger.event(&event_request(with(json!({"type": "session"})), &auth)).await.status, 202);
    let stored = session_turns(&store).await;
    assert_eq!(stored.len(), 3);
    assert!(stored.iter().all(|t| t.kind == crate::model::TurnKind::Widget));
    let fb = stored.iter().find(|t| t.turn.as_str() == "fb-1").unwrap();
    let feedback = fb.feedback.as_ref().unwrap();
    assert_eq!(feedback.comment.as_ref().unwrap().as_str(), "Thanks Molly, email me at [EMAIL]");
    assert_eq!(fb.user_agent.as_ref().unwrap().browser.as_deref(), Some("Firefox 133"));
    assert_eq!(fb.ip, Some("2001:db8:85a3::".parse().unwrap()), "IPv6 kept to its /48");
    assert!(stored.iter().any(|t| t.card.as_deref() == Some("Book now")));
}

#[tokio::test]
async fn bad_widget_events_get_a_clear_status() {
    let dir = tempfile::tempdir().unwrap();
    let (logger, store) = logger(dir.path());
    let key = [("x-api-key", "events-key")];
    let good = json!({"bot": "acme-dental", "session": "s-1", "platform": "lex_v2", "type": "session"});
    let mut wrong_path = event_request(good.clone(), &key);
    wrong_path.path = "/event".into();
    let mut wrong_method = event_request(good.clone(), &key);
    wrong_method.method = http::Method::GET;
    let mut oversize = event_request(good.clone(), &key);
    oversize.body = Bytes::from(vec![b' '; 64 * 1024 + 1]);
    let cases = [
        (event_request(good.clone(), &[]), 401),
        (event_request(good.clone(), &[("x-api-key", "nope")]), 401),
        (wrong_path, 404),
        (wrong_method, 405),
        (oversize, 413),
        (event_request(json!({"bot": "acme-dental"}), &key), 400),
        (
            event_request(
                json!({"bot": "acme-dental", "session": "s", "platform": "lex_v2", "type": "feedback"}),
                &key,
            ),
            400,
        ),
        (
            event_request(json!({"bot": "acme-dental", "session": "s", "platform": "lex_v2", "type": "dance"}), &key),
            400,
        ),
        (
            event_request(
                json!({"bot": "acme-dental", "session": "a#b", "platform": "lex_v2", "type": "session"}),
                &key,
            ),
            400,
        ),
        (
            event_request(json!({"bot": "acme-dental", "session": "s", "platform": "alexa", "type": "session"}), &key),
            400,
        ),
        (
            event_request(
                json!({"bot": "someone-else", "session": "s", "platform": "lex_v2", "type": "session"}),
                &key,
            ),
            403,
        ),
    ];
    for (request, status) in cases {
        let response = logger.event(&request).await;
        assert_eq!(response.status, status, "{}", response.body);
        let body: Value = serde_json::from_str(&response.body).unwrap();
        assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    assert!(session_turns(&store).await.is_empty());
}
