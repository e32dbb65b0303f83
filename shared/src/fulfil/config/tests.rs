use super::*;
use serde_json::json;

fn example() -> BotsConfig {
    BotsConfig::from_json(include_bytes!("../../../../infra/bots/example.json")).unwrap()
}

fn with_bot(bot: serde_json::Value) -> Result<BotsConfig, BotConfigError> {
    BotsConfig::from_json(&serde_json::to_vec(&json!({"bots": [bot]})).unwrap())
}

#[test]
fn the_example_config_loads_and_finds_its_bot_on_every_platform() {
    let config = example();
    let cx = Identity::DialogflowCx { agent: "5f1c2a7e-3b8d-4c1e-9a2f-0d6b7e8c9f10".into() };
    let es = Identity::DialogflowEs { project: "acme-dental-es".into() };
    let lex = Identity::LexV2 { bot: "ACMEBOT01".into(), alias: "TSTALIASID".into() };
    for identity in [cx, es, lex] {
        assert_eq!(config.find(&identity).map(|b| b.id.as_str()), Some("acme-dental"), "{identity:?}");
    }
    assert!(config.find(&Identity::LexV2 { bot: "ACMEBOT01".into(), alias: "PRODALIAS".into() }).is_none());
    assert!(config.find(&Identity::DialogflowEs { project: "someone-else".into() }).is_none());
}

#[test]
fn single_bot_mode_sends_everything_to_the_one_bot() {
    let config = BotsConfig::from_json(br#"{"single_bot": true, "bots": [{"id": "only"}]}"#).unwrap();
    assert_eq!(config.find(&Identity::DialogflowEs { project: "any".into() }).unwrap().id.as_str(), "only");
    let two = br#"{"single_bot": true, "bots": [{"id": "a"}, {"id": "b"}]}"#;
    assert_eq!(BotsConfig::from_json(two).unwrap_err(), BotConfigError::NotSingle(2));
}

#[test]
fn routes_match_by_tag_intent_or_both_first_wins() {
    let config = with_bot(json!({"id": "b", "routes": [
        {"tag": "t", "intent": "i", "action": {"type": "reply", "messages": ["both"]}},
        {"tag": "t", "action": {"type": "reply", "messages": ["tag"]}},
        {"intent": "i", "action": {"type": "reply", "messages": ["intent"]}}
    ]}))
    .unwrap();
    let bot = &config.bots[0];
    let first = |tag, intent| match bot.route(tag, intent) {
        Some(Action::Reply { messages, .. }) => Some(messages[0].clone()),
        _ => None,
    };
    assert_eq!(first(Some("t"), Some("i")).as_deref(), Some("both"));
    assert_eq!(first(Some("t"), Some("x")).as_deref(), Some("tag"));
    assert_eq!(first(None, Some("i")).as_deref(), Some("intent"));
    assert_eq!(first(Some("x"), Some("y")), None);
}

#[test]
fn a_bots_redactor_takes_its_policys_types_and_leaves_its_own_terms() {
    let text = "Thanks Molly, I'm Priya: a.b@example.com, 07700 900123";
    assert_eq!(Redactor::default().redact(text).text, "Thanks [NAME], I'm [NAME]: [EMAIL], [PHONE]");
    let config = example();
    assert_eq!(config.bots[0].redactor().redact(text).text, "Thanks Molly, I'm [NAME]: [EMAIL], [PHONE]");
    let config = with_bot(json!({"id": "b", "policy": {"redact_types": ["EMAIL", "PHONE"]}})).unwrap();
    assert_eq!(config.bots[0].redactor().redact(text).text, "Thanks Molly, I'm Priya: [EMAIL], [PHONE]");
    let err = with_bot(json!({"id": "b", "policy": {"redact_types": ["EMAIL", "SSN"]}})).unwrap_err();
    assert!(matches!(&err, BotConfigError::Parse(m) if m.contains("unknown entity type \"SSN\"")), "{err}");
    assert_eq!(
        with_bot(json!({"id": "b", "never_redact": ["Molly", " "]})).unwrap_err(),
        BotConfigError::BlankNeverRedact { bot: "b".into(), index: 1 }
    );
}

#[test]
fn personal_parameters_include_dialogflow_default_names() {
    let config = example();
    let bot = &config.bots[0];
    assert_eq!(bot.personal_type("callback_number"), Some(EntityType::Phone));
    assert_eq!(bot.personal_type("email"), Some(EntityType::Email));
    assert_eq!(bot.personal_type("given-name"), Some(EntityType::Name));
    assert_eq!(bot.personal_type("party_size"), None);
}

#[test]
fn mistakes_are_refused_with_the_bot_named() {
    let endpoint = json!({"url": "https://x.example/h", "secret": {"env": "K"}});
    let cases = [
        (json!({"id": "b", "routes": [{"action": {"type": "fallback"}}]}), "route 0 has neither a tag nor an intent"),
        (
            json!({"id": "b", "routes": [{"tag": "t", "action": {"type": "lead", "endpoint": "nope", "fields": [], "messages": ["ok"]}}]}),
            "not configured",
        ),
        (
            json!({"id": "b", "endpoints": {"e": {"url": "http://crm.example/h", "secret": {"env": "K"}}}}),
            "must be https://",
        ),
        (
            json!({"id": "b", "endpoints": {"e": {"url": "https://x", "secret": {"env": "K"}, "timeout_ms": 9000}}}),
            "timeout",
        ),
        (
            json!({"id": "b", "endpoints": {"e": endpoint}, "routes": [{"tag": "t", "action": {"type": "reply", "messages": []}}]}),
            "no messages",
        ),
        (json!({"id": "b", "routes": [{"tag": "t", "action": {"type": "sing"}}]}), "not valid JSON for this schema"),
    ];
    for (bot, expected) in cases {
        let err = with_bot(bot.clone()).unwrap_err().to_string();
        assert!(err.contains(expected), "{bot}: {err}");
    }
    let local = json!({"id": "b", "endpoints": {"e": {"url": "http://127.0.0.1:9/h", "secret": {"env": "K"}}}});
    assert!(with_bot(local).is_ok());
    let twice = br#"{"bots": [{"id": "a", "platforms": {"dialogflow_es_projects": ["p"]}}, {"id": "b", "platforms": {"dialogflow_es_projects": ["p"]}}]}"#;
    assert!(matches!(BotsConfig::from_json(twice), Err(BotConfigError::DuplicateIdentity { .. })));
    assert_eq!(BotsConfig::from_json(br#"{"bots": []}"#).unwrap_err(), BotConfigError::NoBots);
}
