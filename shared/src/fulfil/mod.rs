//! Routing and actions: the bot config maps a turn's tag or intent to an action, and the action
//! decides the reply and what the logged turn must leave out.
//!
//! - `reply`: templated messages;
//! - `lead` / `booking`: validate the fields, deliver them signed to the client's endpoint; a
//!   booking's fields are then kept out of the log altogether;
//! - `feedback`: thumbs up or down, and a comment, on the turn;
//! - `fallback`: a missed utterance, answered with the fallback message.
//!
//! A missed utterance with no route of its own gets the bot's fallback. Lex calls the dialog code
//! hook while it is still collecting slots: there only a route for that exact tag acts, anything
//! else is handed back to Lex. A failed delivery answers with the bot's apology, never an error.

pub mod config;
mod delivery;
pub(crate) mod https;
mod record;
mod template;

pub use config::{Action, BotConfig, BotConfigError, BotsConfig};
pub use delivery::{DELIVERY_HEADER, Deliver, DeliveryError, DeliveryRequest, Payload, SIGNATURE_HEADER, sign, verify};
pub use https::{ClientError, HttpsDelivery};
pub use record::record;
pub use template::render;

use crate::model::{Rating, Timestamp, TurnId};
use crate::platform::{Inbound, Outcome, Reply, ReplyContext, display_value};
use crate::redact::{EntitySet, EntityType, Redactor};
use crate::secrets::{Secret, SecretRef};
use config::{Delivery, Field};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

/// The secrets loaded at start-up, by where they are kept.
pub type Secrets = HashMap<SecretRef, Secret>;

/// Which action answered, for logs and metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Reply,
    Lead,
    Booking,
    Feedback,
    Fallback,
}

impl ActionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reply => "reply",
            Self::Lead => "lead",
            Self::Booking => "booking",
            Self::Feedback => "feedback",
            Self::Fallback => "fallback",
        }
    }
}

/// What fulfilling a turn decided.
#[derive(Debug, Clone, Default)]
pub struct Fulfilment {
    pub reply: Reply,
    pub action: Option<ActionKind>,
    /// The rating, and the raw comment (redacted when the turn is recorded).
    pub feedback: Option<(Rating, Option<String>)>,
    /// Values handed over in a lead or booking, by type: redacted wherever they appear.
    pub personal: Vec<(EntityType, String)>,
    /// Parameters left out of the logged turn (a booking's fields).
    pub removed_parameters: Vec<String>,
    /// Whether the turn counts as a missed utterance.
    pub missed: bool,
    /// How a lead or booking delivery went.
    pub delivery: Option<Result<(), DeliveryError>>,
}

/// Runs the action the bot config routes `inbound` to.
pub async fn fulfil<D: Deliver>(
    bot: &BotConfig,
    secrets: &Secrets,
    deliver: &D,
    inbound: &Inbound,
    turn: &TurnId,
    at: Timestamp,
) -> Fulfilment {
    let mut fulfilment = Fulfilment { missed: !inbound.matched, ..Fulfilment::default() };
    let fallback = Action::Fallback { messages: Vec::new() };
    let action = match route(bot, inbound) {
        Some(action) => action,
        None if !inbound.matched => &fallback,
        None => return fulfilment,
    };
    let params = &inbound.session_parameters;
    let messages = |templates: &[String]| templates.iter().map(|t| render(t, params)).collect::<Vec<_>>();
    match action {
        Action::Reply { messages: templates, target } => {
            fulfilment.action = Some(ActionKind::Reply);
            fulfilment.reply = Reply {
                messages: messages(templates),
                outcome: Outcome::Fulfilled,
                target: target.clone(),
                ..Reply::default()
            };
        }
        Action::Feedback { rating, rating_parameter, comment_parameter, messages: templates } => {
            fulfilment.action = Some(ActionKind::Feedback);
            let rating =
                rating.or_else(|| rating_parameter.as_ref().and_then(|p| params.get(p)).and_then(parse_rating));
            let comment = comment_parameter
                .as_ref()
                .and_then(|p| params.get(p))
                .map(display_value)
                .filter(|c| !c.trim().is_empty());
            fulfilment.feedback = rating.map(|r| (r, comment));
            let templates =
                if templates.is_empty() { &vec!["Thanks for your feedback.".to_owned()] } else { templates };
            fulfilment.reply = Reply { messages: messages(templates), outcome: Outcome::Fulfilled, ..Reply::default() };
        }
        Action::Fallback { messages: templates } => {
            fulfilment.action = Some(ActionKind::Fallback);
            fulfilment.missed = true;
            let templates = if templates.is_empty() { &bot.messages.fallback } else { templates };
            fulfilment.reply = Reply { messages: messages(templates), outcome: Outcome::Fallback, ..Reply::default() };
        }
        Action::Lead(delivery) | Action::Booking(delivery) => {
            let kind = if matches!(action, Action::Lead(_)) { ActionKind::Lead } else { ActionKind::Booking };
            fulfilment.action = Some(kind);
            let request = TurnRef { bot, inbound, turn, at };
            let sent = send(&request, secrets, deliver, kind, delivery, &mut fulfilment).await;
            fulfilment.reply = match sent {
                Sent::Delivered => Reply {
                    messages: messages(&delivery.messages),
                    set_parameters: BTreeMap::from([(format!("{}_delivered", kind.as_str()), Value::Bool(true))]),
                    outcome: Outcome::Fulfilled,
                    target: None,
                },
                Sent::Invalid => Reply {
                    messages: messages(&bot.messages.invalid_details),
                    outcome: Outcome::Failed,
                    ..Reply::default()
                },
                Sent::Failed => {
                    Reply { messages: messages(&bot.messages.apology), outcome: Outcome::Failed, ..Reply::default() }
                }
            };
        }
    }
    fulfilment
}

/// The action for a turn, if any. Lex's dialog code hook acts only on a route for its exact tag.
fn route<'b>(bot: &'b BotConfig, inbound: &Inbound) -> Option<&'b Action> {
    let tag = inbound.tag.as_deref();
    if let ReplyContext::LexV2(echo) = &inbound.context
        && !echo.is_fulfilment()
        && inbound.matched
    {
        return bot.routes.iter().find(|r| r.tag.is_some() && r.tag.as_deref() == tag).map(|r| &r.action);
    }
    bot.route(tag, inbound.intent.as_deref())
}

fn parse_rating(value: &Value) -> Option<Rating> {
    let text = display_value(value).trim().to_lowercase();
    match text.as_str() {
        "up" | "yes" | "good" | "positive" | "helpful" | "true" | "1" | "👍" => Some(Rating::Up),
        "down" | "no" | "bad" | "negative" | "unhelpful" | "false" | "0" | "👎" => Some(Rating::Down),
        _ => None,
    }
}

enum Sent {
    Delivered,
    Invalid,
    Failed,
}

/// The turn being fulfilled, as a lead or booking names it.
struct TurnRef<'a> {
    bot: &'a BotConfig,
    inbound: &'a Inbound,
    turn: &'a TurnId,
    at: Timestamp,
}

async fn send<D: Deliver>(
    request: &TurnRef<'_>,
    secrets: &Secrets,
    deliver: &D,
    kind: ActionKind,
    delivery: &Delivery,
    fulfilment: &mut Fulfilment,
) -> Sent {
    let TurnRef { bot, inbound, .. } = request;
    let mut fields = BTreeMap::new();
    let mut valid = true;
    for field in &delivery.fields {
        let value = inbound.session_parameters.get(&field.parameter).filter(|v| !display_value(v).trim().is_empty());
        if let Some(value) = value {
            if let Some(entity) = field.entity {
                fulfilment.personal.extend(crate::platform::leaf_strings(value).into_iter().map(|v| (entity, v)));
            }
            valid &= is_valid(field, value);
            fields.insert(field.parameter.as_str(), value.clone());
        } else {
            valid &= !field.required;
        }
        if kind == ActionKind::Booking {
            fulfilment.removed_parameters.push(field.parameter.clone());
        }
    }
    if !valid {
        tracing::info!(bot = %bot.id, session = %inbound.session, action = kind.as_str(), "details missing or invalid; nothing delivered");
        return Sent::Invalid;
    }
    let result = post(request, secrets, deliver, kind, delivery, fields).await;
    if let Err(e) = &result {
        tracing::warn!(bot = %bot.id, session = %inbound.session, action = kind.as_str(), reason = e.reason(), error = %e, "delivery failed");
    }
    let sent = if result.is_ok() { Sent::Delivered } else { Sent::Failed };
    fulfilment.delivery = Some(result);
    sent
}

async fn post<D: Deliver>(
    request: &TurnRef<'_>,
    secrets: &Secrets,
    deliver: &D,
    kind: ActionKind,
    delivery: &Delivery,
    fields: BTreeMap<&str, Value>,
) -> Result<(), DeliveryError> {
    let TurnRef { bot, inbound, turn, at } = request;
    let endpoint = bot.endpoints.get(&delivery.endpoint).ok_or(DeliveryError::BadUrl)?;
    let secret = secrets.get(&endpoint.secret).ok_or_else(|| DeliveryError::NoSecret(delivery.endpoint.clone()))?;
    let payload = Payload {
        kind: kind.as_str(),
        bot: bot.id.as_str(),
        session: inbound.session.as_str(),
        turn: turn.as_str(),
        intent: inbound.intent.as_deref(),
        at: at.to_utc().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        fields,
    };
    let body = serde_json::to_vec(&payload).map_err(|_| DeliveryError::BadUrl)?;
    let request = DeliveryRequest {
        url: endpoint.url.clone(),
        signature: sign(secret.expose(), &body),
        body,
        delivery_id: turn.to_string(),
        timeout: Duration::from_millis(endpoint.timeout_ms),
    };
    deliver.deliver(request).await
}

/// An `EMAIL` or `PHONE` field must be one whole email address or phone number.
fn is_valid(field: &Field, value: &Value) -> bool {
    let Some(entity @ (EntityType::Email | EntityType::Phone)) = field.entity else { return true };
    let text = display_value(value);
    let text = text.trim();
    let redactor = Redactor::new(EntitySet::empty().with(entity));
    let findings = redactor.redact(text).findings;
    findings.len() == 1 && findings[0].start == 0 && findings[0].end == text.len()
}

#[cfg(test)]
mod tests;
