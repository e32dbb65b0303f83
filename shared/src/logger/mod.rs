//! The transcript logger service: what the `transcript-logger` function (and the local runner)
//! does with queued turns and with the chat widget's events.
//!
//! Every turn, however it arrives, is redacted again (a second line of defence; redacting
//! redacted text changes nothing), cut down to what the bot's data policy collects, given its
//! expiry (never later than the policy allows), and written. A queued message that can never be
//! stored (not an envelope, a newer version, a bot the config does not know) is parked in the
//! dead-letter queue once, with its reason, and never blocks the batch; a turn the store could
//! not take is reported by message id so that SQS delivers exactly those again.

mod widget;

pub use widget::{EventError, WidgetEvent, parse_event};

use crate::fulfil::{BotConfig, BotsConfig};
use crate::metrics;
use crate::model::{RedactedText, Turn, TurnId};
use crate::redact::{PersonalValue, Redactor};
use crate::secrets::Secret;
use crate::store::{DeadLetters, Delivery, TranscriptWriter, decode_envelope};
use crate::subject::{SubjectKey, Subjects};
use std::collections::{BTreeMap, HashMap};

/// One message of an SQS batch.
#[derive(Debug, Clone, Copy)]
pub struct QueuedMessage<'a> {
    pub message_id: &'a str,
    pub body: &'a str,
}

/// A queued message, decoded: its turn, or why it has none.
struct Decoded<'a> {
    message_id: &'a str,
    body: &'a str,
    turn: Result<Turn, String>,
}

/// Everything the logger needs, built once at start-up.
pub struct Logger<W, P> {
    bots: BotsConfig,
    writer: W,
    dead_letters: P,
    events_key: Secret,
    subject_key: Option<SubjectKey>,
    metrics: bool,
}

impl<W: TranscriptWriter, P: DeadLetters> Logger<W, P> {
    pub fn new(bots: BotsConfig, writer: W, dead_letters: P, events_key: Secret) -> Self {
        Self { bots, writer, dead_letters, events_key, subject_key: None, metrics: true }
    }

    /// The same logger hashing the emails and phone numbers it redacts (in widget comments, or
    /// missed by the webhook) onto the turn, so that `erase_subject` can find them.
    pub fn with_subject_key(mut self, key: Option<SubjectKey>) -> Self {
        self.subject_key = key;
        self
    }

    /// The same logger writing no metric records (local runner, tests that read stdout).
    pub fn without_metrics(mut self) -> Self {
        self.metrics = false;
        self
    }

    /// Stores a batch of queued turns; answers the ids of the messages SQS must deliver again.
    pub async fn store_batch(&self, messages: &[QueuedMessage<'_>]) -> Vec<String> {
        let decoded = messages
            .iter()
            .map(|m| Decoded {
                message_id: m.message_id,
                body: m.body,
                turn: decode_envelope(m.body).map_err(|e| e.to_string()),
            })
            .collect();
        self.store_decoded(decoded).await
    }

    /// Stores turns a [`TurnInbox`](crate::store::TurnInbox) has already decoded (the local runner's queue); answers the
    /// message ids to deliver again. A message that did not decode is parked with its reason
    /// (the inbox does not keep the undecodable body).
    pub async fn store_deliveries(&self, deliveries: &[Delivery]) -> Vec<String> {
        let decoded = deliveries
            .iter()
            .map(|d| Decoded { message_id: &d.message_id, body: "", turn: d.turn.clone().map_err(|e| e.to_string()) })
            .collect();
        self.store_decoded(decoded).await
    }

    async fn store_decoded(&self, messages: Vec<Decoded<'_>>) -> Vec<String> {
        let mut retry = Vec::new();
        let mut turns = Vec::with_capacity(messages.len());
        let mut senders: HashMap<TurnId, Vec<&str>> = HashMap::new();
        for message in messages {
            match self.prepare(message.turn) {
                Ok(turn) => {
                    senders.entry(turn.turn.clone()).or_default().push(message.message_id);
                    turns.push(turn);
                }
                Err(reason) => {
                    if let Err(e) = self.dead_letters.park(message.message_id, message.body, &reason).await {
                        tracing::error!(message_id = message.message_id, %reason, error = %e, "could not park an unstorable message; SQS will deliver it again");
                        retry.push(message.message_id.to_owned());
                    } else {
                        tracing::warn!(message_id = message.message_id, %reason, "parked an unstorable message in the dead-letter queue");
                    }
                }
            }
        }
        let outcome = self.writer.write(&turns).await;
        for failure in &outcome.failed {
            tracing::error!(turn = %failure.turn, reason = %failure.reason, "turn not stored; SQS will deliver it again");
            if let Some(ids) = senders.get(&failure.turn) {
                retry.extend(ids.iter().map(|id| (*id).to_owned()));
            }
        }
        retry.sort_unstable();
        retry.dedup();
        if self.metrics {
            let failed: Vec<&TurnId> = outcome.failed.iter().map(|f| &f.turn).collect();
            emit_metrics(&turns, &failed);
        }
        retry
    }

    /// A decoded message as the turn to store, or why it can never be stored.
    fn prepare(&self, turn: Result<Turn, String>) -> Result<Turn, String> {
        let mut turn = turn?;
        let bot = self.bots.bot(&turn.bot).ok_or_else(|| format!("bot {} is not in the bot config", turn.bot))?;
        self.finish(bot, &mut turn);
        Ok(turn)
    }

    /// Redacts `turn` again and applies `bot`'s data policy.
    fn finish(&self, bot: &BotConfig, turn: &mut Turn) {
        redact_again(turn, bot.redactor(), &[], self.subject_key.as_ref());
        bot.policy.apply(turn, bot.time_zone);
    }
}

/// Runs every text of `turn` (user and bot text, parameters, feedback comment, card) through
/// `redactor` again, and through the personal `values` given, counting anything new it finds;
/// with `subject_key`, hashes the emails and phone numbers among it onto the turn. Answers
/// whether anything changed. The logger's second line of defence, and `scrub_session`'s rewrite.
pub fn redact_again(
    turn: &mut Turn,
    redactor: &Redactor,
    values: &[PersonalValue<'_>],
    subject_key: Option<&SubjectKey>,
) -> bool {
    let mut subjects = Subjects::default();
    let mut changed = false;
    let mut again = |text: &mut RedactedText| {
        let redaction = redactor.redact_with(text.as_str(), values);
        if !redaction.findings.is_empty() {
            changed = true;
            subjects.add_findings(text.as_str(), &redaction.findings);
            *text = redaction.tally_into(&mut turn.redactions);
        }
    };
    turn.user_text.iter_mut().for_each(&mut again);
    turn.bot_text.iter_mut().for_each(&mut again);
    turn.parameters.values_mut().for_each(&mut again);
    if let Some(feedback) = &mut turn.feedback {
        feedback.comment.iter_mut().for_each(&mut again);
    }
    if let Some(card) = &mut turn.card {
        let mut text = RedactedText::from_redacted(card.as_str());
        again(&mut text);
        *card = text.as_str().to_owned();
    }
    if let Some(key) = subject_key {
        subjects.hash_into(key, &mut turn.subjects);
    }
    changed
}

/// Per bot: turns stored and failed; per bot and entity type: values redacted.
fn emit_metrics(turns: &[Turn], failed: &[&TurnId]) {
    let mut per_bot: BTreeMap<&str, (u64, u64, BTreeMap<&str, u64>)> = BTreeMap::new();
    for turn in turns {
        let entry = per_bot.entry(turn.bot.as_str()).or_default();
        if failed.contains(&&turn.turn) {
            entry.1 += 1;
        } else {
            entry.0 += 1;
            for (entity, n) in &turn.redactions {
                *entry.2.entry(entity.as_str()).or_insert(0) += u64::from(*n);
            }
        }
    }
    for (bot, (stored, failed, redactions)) in per_bot {
        metrics::Record::new().dimension("Bot", bot).count("TurnsStored", stored).count("TurnsFailed", failed).emit();
        for (entity, n) in redactions {
            metrics::Record::new().dimension("Bot", bot).dimension("Entity", entity).count("Redactions", n).emit();
        }
    }
}

#[cfg(test)]
mod tests;
