//! A [`Turn`] as a DynamoDB item. Bot, day, session, time and turn id live only in the keys
//! (`pk`, `sk`), and attribute names are short, so a typical turn stays within the 1 KB of one
//! write unit. Empty optional fields are left out.

use crate::model::{Feedback, Platform, Rating, RedactedText, Turn, TurnKind, UserAgent};
use crate::store::StoreError;
use crate::store::keys::{parse_keys, session_partition, sort_key};
use aws_sdk_dynamodb::types::AttributeValue;
use std::collections::{BTreeMap, HashMap};

pub(crate) type Item = HashMap<String, AttributeValue>;

/// The TTL attribute every item carries; the SAM template's table names the same one.
pub const TTL_ATTRIBUTE: &str = "expires_at";

/// DynamoDB's limit on one item.
pub(crate) const MAX_ITEM_BYTES: usize = 400 * 1024;

/// An item's size as DynamoDB bills it: names and values in UTF-8 bytes, numbers about one byte
/// per two significant digits plus one, booleans one byte, maps three bytes plus one per entry.
pub fn item_size(item: &HashMap<String, AttributeValue>) -> usize {
    item.iter().map(|(name, value)| name.len() + value_size(value)).sum()
}

fn value_size(value: &AttributeValue) -> usize {
    match value {
        AttributeValue::S(text) => text.len(),
        AttributeValue::N(number) => {
            let digits = number.trim_start_matches(['-', '0', '.']).chars().filter(char::is_ascii_digit).count();
            (digits.div_ceil(2) + 1).min(21)
        }
        AttributeValue::Bool(_) | AttributeValue::Null(_) => 1,
        AttributeValue::M(map) => 3 + map.iter().map(|(k, v)| k.len() + value_size(v) + 1).sum::<usize>(),
        AttributeValue::L(list) => 3 + list.iter().map(|v| value_size(v) + 1).sum::<usize>(),
        AttributeValue::Ss(set) => set.iter().map(String::len).sum(),
        _ => 0,
    }
}

fn s(value: impl Into<String>) -> AttributeValue {
    AttributeValue::S(value.into())
}

fn n(value: impl ToString) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

pub(crate) fn key_of(turn: &Turn) -> (String, String) {
    (session_partition(&turn.bot, turn.day, &turn.session), sort_key(&turn.session, turn.at, &turn.turn))
}

pub(crate) fn to_item(turn: &Turn) -> Item {
    let (pk, sk) = key_of(turn);
    let mut item = Item::with_capacity(20);
    item.insert("pk".into(), s(pk));
    item.insert("sk".into(), s(sk));
    item.insert(TTL_ATTRIBUTE.into(), n(turn.expires_at));
    item.insert("platform".into(), s(turn.platform.as_str()));
    item.insert("matched".into(), AttributeValue::Bool(turn.matched));
    let mut put = |name: &str, value: Option<AttributeValue>| {
        if let Some(value) = value {
            item.insert(name.to_owned(), value);
        }
    };
    put("kind", (turn.kind == TurnKind::Widget).then(|| s("widget")));
    put("channel", turn.channel.as_deref().map(s));
    put("lang", turn.language.as_deref().map(s));
    put("user_text", turn.user_text.as_ref().map(|t| s(t.as_str())));
    put("bot_text", turn.bot_text.as_ref().map(|t| s(t.as_str())));
    put("intent", turn.intent.as_deref().map(s));
    put("confidence", turn.confidence.map(n));
    put("tag", turn.tag.as_deref().map(s));
    put("card", turn.card.as_deref().map(s));
    put("ip", turn.ip.map(|ip| s(ip.to_string())));
    put("sentiment", turn.sentiment.map(n));
    put("params", map(&turn.parameters, |v| s(v.as_str())));
    put("redactions", map(&turn.redactions, |c| n(c)));
    put("subj", (!turn.subjects.is_empty()).then(|| AttributeValue::Ss(turn.subjects.clone())));
    put("feedback", turn.feedback.as_ref().map(feedback_item));
    put("ua", turn.user_agent.as_ref().map(user_agent_item));
    item
}

fn map<V>(values: &BTreeMap<String, V>, f: impl Fn(&V) -> AttributeValue) -> Option<AttributeValue> {
    (!values.is_empty()).then(|| AttributeValue::M(values.iter().map(|(k, v)| (k.clone(), f(v))).collect()))
}

fn feedback_item(feedback: &Feedback) -> AttributeValue {
    let rating = match feedback.rating {
        Rating::Up => "up",
        Rating::Down => "down",
    };
    let mut m = HashMap::from([("rating".to_owned(), s(rating))]);
    if let Some(comment) = &feedback.comment {
        m.insert("comment".into(), s(comment.as_str()));
    }
    AttributeValue::M(m)
}

fn user_agent_item(ua: &UserAgent) -> AttributeValue {
    let mut m = HashMap::new();
    if let Some(browser) = &ua.browser {
        m.insert("browser".to_owned(), s(browser));
    }
    if let Some(os) = &ua.os {
        m.insert("os".to_owned(), s(os));
    }
    AttributeValue::M(m)
}

/// Reads an item back; anything malformed is reported by key, without its values.
pub(crate) fn from_item(item: &Item) -> Result<Turn, StoreError> {
    let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
    let pk = text("pk").unwrap_or_default();
    let sk = text("sk").unwrap_or_default();
    let corrupt = |reason| StoreError::Corrupt { key: format!("{pk} {sk}"), reason };
    let key = parse_keys(&pk, &sk).ok_or_else(|| corrupt("keys"))?;
    let number = |name: &str| item.get(name).and_then(|v| v.as_n().ok());
    let float = |name: &str| number(name).and_then(|v| v.parse::<f32>().ok());
    let platform = text("platform").as_deref().and_then(Platform::parse).ok_or_else(|| corrupt("platform"))?;
    let expires_at = number(TTL_ATTRIBUTE).and_then(|v| v.parse().ok()).ok_or_else(|| corrupt(TTL_ATTRIBUTE))?;
    let strings = |name: &str| -> BTreeMap<String, RedactedText> {
        sub_map(item, name)
            .map(|m| {
                m.iter().filter_map(|(k, v)| Some((k.clone(), RedactedText::from_redacted(v.as_s().ok()?)))).collect()
            })
            .unwrap_or_default()
    };
    let redactions = sub_map(item, "redactions")
        .map(|m| m.iter().filter_map(|(k, v)| Some((k.clone(), v.as_n().ok()?.parse().ok()?))).collect())
        .unwrap_or_default();
    // A string set comes back in no particular order.
    let mut subjects = item.get("subj").and_then(|v| v.as_ss().ok()).cloned().unwrap_or_default();
    subjects.sort_unstable();
    Ok(Turn {
        bot: key.bot,
        session: key.session,
        turn: key.turn,
        at: key.at,
        day: key.day,
        platform,
        kind: if text("kind").as_deref() == Some("widget") { TurnKind::Widget } else { TurnKind::Message },
        channel: text("channel"),
        language: text("lang"),
        user_text: text("user_text").map(RedactedText::from_redacted),
        bot_text: text("bot_text").map(RedactedText::from_redacted),
        intent: text("intent"),
        confidence: float("confidence"),
        matched: item.get("matched").and_then(|v| v.as_bool().ok()).copied().unwrap_or(true),
        tag: text("tag"),
        parameters: strings("params"),
        card: text("card"),
        feedback: sub_map(item, "feedback").map(read_feedback).transpose().map_err(|()| corrupt("feedback"))?,
        user_agent: sub_map(item, "ua").map(|m| UserAgent {
            browser: m.get("browser").and_then(|v| v.as_s().ok()).cloned(),
            os: m.get("os").and_then(|v| v.as_s().ok()).cloned(),
        }),
        ip: text("ip").map(|ip| ip.parse()).transpose().map_err(|_| corrupt("ip"))?,
        sentiment: float("sentiment"),
        redactions,
        subjects,
        expires_at,
    })
}

fn sub_map<'a>(item: &'a Item, name: &str) -> Option<&'a HashMap<String, AttributeValue>> {
    item.get(name).and_then(|v| v.as_m().ok())
}

fn read_feedback(m: &HashMap<String, AttributeValue>) -> Result<Feedback, ()> {
    let rating = match m.get("rating").and_then(|v| v.as_s().ok()).map(String::as_str) {
        Some("up") => Rating::Up,
        Some("down") => Rating::Down,
        _ => return Err(()),
    };
    let comment = m.get("comment").and_then(|v| v.as_s().ok()).map(RedactedText::from_redacted);
    Ok(Feedback { rating, comment })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BotId, SessionId, TimeZone, Timestamp, TurnId};

    pub(crate) fn full_turn() -> Turn {
        let mut t = Turn::new(
            BotId::parse("acme").unwrap(),
            SessionId::parse("s-1").unwrap(),
            TurnId::parse("r-1").unwrap(),
            Timestamp::from_millis(1_790_000_000_123).unwrap(),
            TimeZone::LONDON,
            Platform::DialogflowCx,
        );
        t.channel = Some("web".into());
        t.language = Some("en-GB".into());
        t.user_text = Some(RedactedText::from_redacted("I'm [NAME]"));
        t.bot_text = Some(RedactedText::from_redacted("Hello!"));
        t.intent = Some("greeting".into());
        t.confidence = Some(0.875);
        t.matched = false;
        t.tag = Some("welcome".into());
        t.parameters.insert("name".into(), RedactedText::from_redacted("[NAME]"));
        t.card = Some("opening-hours".into());
        t.feedback = Some(Feedback { rating: Rating::Up, comment: Some(RedactedText::from_redacted("great")) });
        t.user_agent = Some(UserAgent { browser: Some("Firefox 128".into()), os: Some("Linux".into()) });
        t.ip = Some("2001:db8:1::".parse().unwrap());
        t.sentiment = Some(-0.25);
        t.redactions.insert("NAME".into(), 2);
        t.expires_at = 1_792_592_000;
        t
    }

    #[test]
    fn every_field_round_trips() {
        let turn = full_turn();
        assert_eq!(from_item(&to_item(&turn)).unwrap(), turn);
        let mut bare = full_turn();
        bare.channel = None;
        bare.parameters.clear();
        bare.feedback = None;
        bare.user_agent = None;
        bare.ip = None;
        let item = to_item(&bare);
        assert!(!item.contains_key("channel") && !item.contains_key("params"));
        assert_eq!(from_item(&item).unwrap(), bare);
    }

    #[test]
    fn corrupt_items_name_their_key_not_their_values() {
        let mut item = to_item(&full_turn());
        item.insert("platform".into(), s("alexa"));
        let err = from_item(&item).unwrap_err().to_string();
        assert!(err.contains("platform") && err.contains("acme#"), "{err}");
        assert!(!err.contains("[NAME]"));
        item.remove("sk");
        assert!(from_item(&item).is_err());
    }
}
