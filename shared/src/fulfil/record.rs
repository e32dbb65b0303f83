//! The turn as it leaves the webhook: every text redacted, personal parameters replaced by their
//! type's placeholder, a booking's fields left out, and the emails and phone numbers taken out
//! kept only as keyed hashes (`shared::subject`). This is where raw chat text stops.

use super::{BotConfig, Fulfilment};
use crate::model::{Feedback, RedactedText, Timestamp, Turn, TurnId};
use crate::platform::{Inbound, display_value, leaf_strings};
use crate::redact::PersonalValue;
use crate::subject::{SubjectKey, Subjects};
use std::collections::BTreeMap;

/// The turn for `inbound` answered by `fulfilment`, redacted by `bot`'s redactor and stored under
/// its day at `at`; with `subject_key`, the hashes of the emails and phone numbers redacted from
/// it.
pub fn record(
    bot: &BotConfig,
    subject_key: Option<&SubjectKey>,
    inbound: &Inbound,
    fulfilment: &Fulfilment,
    turn: TurnId,
    at: Timestamp,
) -> Turn {
    let mut owned = Vec::new();
    for (name, value) in inbound.session_parameters.iter().chain(&inbound.parameters) {
        if let Some(entity) = bot.personal_type(name) {
            owned.extend(leaf_strings(value).into_iter().map(|v| (entity, v)));
        }
    }
    owned.extend(fulfilment.personal.iter().cloned());
    let values: Vec<PersonalValue<'_>> =
        owned.iter().map(|(entity, value)| PersonalValue { entity: *entity, value }).collect();

    let mut subjects = Subjects::default();
    for (entity, value) in &owned {
        subjects.add(*entity, value);
    }
    let redactor = bot.redactor();
    let mut counts = BTreeMap::new();
    let mut redact = |text: &str| {
        let redaction = redactor.redact_with(text, &values);
        subjects.add_findings(text, &redaction.findings);
        redaction.tally_into(&mut counts)
    };

    let mut out = Turn::new(bot.id.clone(), inbound.session.clone(), turn, at, bot.time_zone, inbound.platform);
    out.user_text = inbound.user_text.as_deref().map(&mut redact);
    let bot_text = fulfilment.reply.messages.join("\n");
    out.bot_text = (!bot_text.is_empty()).then(|| redact(&bot_text));
    let mut placeholders = Vec::new();
    for (name, value) in &inbound.parameters {
        if fulfilment.removed_parameters.contains(name) {
            continue;
        }
        let logged = match bot.personal_type(name) {
            Some(entity) if !leaf_strings(value).is_empty() => {
                placeholders.push(entity);
                RedactedText::from_redacted(entity.placeholder())
            }
            _ => redact(&display_value(value)),
        };
        out.parameters.insert(name.clone(), logged);
    }
    out.feedback = fulfilment
        .feedback
        .as_ref()
        .map(|(rating, comment)| Feedback { rating: *rating, comment: comment.as_deref().map(&mut redact) });
    for entity in placeholders {
        *counts.entry(entity.name().to_owned()).or_insert(0) += 1;
    }
    out.channel = inbound.channel.clone();
    out.language = inbound.language.clone();
    out.intent = inbound.intent.clone();
    out.confidence = inbound.confidence;
    out.matched = !fulfilment.missed;
    out.tag = inbound.tag.clone();
    out.sentiment = inbound.sentiment;
    out.redactions = counts;
    if let Some(key) = subject_key {
        subjects.hash_into(key, &mut out.subjects);
    }
    out.expires_at = bot.policy.expires_at(at, bot.time_zone);
    out
}
