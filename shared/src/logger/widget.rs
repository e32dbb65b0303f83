//! Events from the chat widget, `POST /events`, authenticated like the webhook (an `x-api-key`
//! header or Basic, with the events key):
//!
//! ```json
//! {"bot": "acme-dental", "session": "web-7f3a", "platform": "dialogflow_cx", "type": "feedback", "rating": "down", "comment": "too slow"}
//! {"bot": "acme-dental", "session": "web-7f3a", "platform": "dialogflow_cx", "type": "card", "card": "Book an appointment"}
//! {"bot": "acme-dental", "session": "web-7f3a", "platform": "dialogflow_cx", "type": "session"}
//! ```
//!
//! An optional `id` makes a retried event idempotent. The browser and OS come from the request's
//! `User-Agent` header and the IP from the connection, never from the body; the bot's policy
//! decides what of them is kept. Each event is stored as a widget item of the session.

use super::Logger;
use crate::model::{BotId, Feedback, Platform, Rating, SessionId, Timestamp, Turn, TurnId, TurnKind, UserAgent};
use crate::store::{DeadLetters, TranscriptWriter};
use crate::subject::Subjects;
use crate::web::{self, HttpError, HttpRequest, HttpResponse, Refusal};
use serde::Deserialize;
use serde_json::json;

/// The longest card title accepted.
const MAX_CARD_CHARS: usize = 200;
/// The longest comment accepted.
const MAX_COMMENT_CHARS: usize = 2_000;

/// Why an event was refused. The message names the problem, never the content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error("{0}")]
    BadRequest(String),
    #[error("this deployment does not serve that bot")]
    UnknownBot,
    #[error("the event could not be stored just now; send it again")]
    Unavailable,
}

impl HttpError for EventError {
    fn status(&self) -> u16 {
        match self {
            Self::Refused(refusal) => refusal.status(),
            Self::BadRequest(_) => 400,
            Self::UnknownBot => 403,
            Self::Unavailable => 503,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::Refused(refusal) => refusal.code(),
            Self::BadRequest(_) => "bad_request",
            Self::UnknownBot => "unknown_bot",
            Self::Unavailable => "unavailable",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    bot: String,
    session: String,
    platform: Platform,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    rating: Option<Rating>,
    #[serde(default)]
    comment: Option<String>,
    #[serde(default)]
    card: Option<String>,
}

/// A widget event, checked. The comment and card are still raw here.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetEvent {
    pub bot: BotId,
    pub session: SessionId,
    pub platform: Platform,
    pub id: Option<TurnId>,
    pub what: What,
}

#[derive(Debug, Clone, PartialEq)]
pub enum What {
    Feedback { rating: Rating, comment: Option<String> },
    Card(String),
    Session,
}

/// Parses and checks an event body.
pub fn parse_event(body: &[u8]) -> Result<WidgetEvent, EventError> {
    let body: Body = serde_json::from_slice(body).map_err(|e| {
        let place = format!("line {}, column {}", e.line(), e.column());
        EventError::BadRequest(match e.classify() {
            serde_json::error::Category::Data => {
                format!("the body is not a widget event ({place}); expected bot, session, platform and type")
            }
            _ => format!("the body is not valid JSON ({place})"),
        })
    })?;
    let bad = |what: &str| EventError::BadRequest(what.to_owned());
    let bot = BotId::parse(body.bot).map_err(|e| bad(&format!("bot: {e}")))?;
    let session = SessionId::parse(body.session).map_err(|e| bad(&format!("session: {e}")))?;
    let id = body.id.map(TurnId::parse).transpose().map_err(|e| bad(&format!("id: {e}")))?;
    let what = match body.kind.as_str() {
        "feedback" => {
            let rating = body.rating.ok_or_else(|| bad("a feedback event needs a rating, up or down"))?;
            let comment = body.comment.filter(|c| !c.trim().is_empty());
            if comment.as_ref().is_some_and(|c| c.chars().count() > MAX_COMMENT_CHARS) {
                return Err(bad(&format!("the comment is longer than {MAX_COMMENT_CHARS} characters")));
            }
            What::Feedback { rating, comment }
        }
        "card" => {
            let card = body.card.filter(|c| !c.trim().is_empty()).ok_or_else(|| bad("a card event needs a card"))?;
            if card.chars().count() > MAX_CARD_CHARS {
                return Err(bad(&format!("the card is longer than {MAX_CARD_CHARS} characters")));
            }
            What::Card(card)
        }
        "session" => What::Session,
        _ => return Err(bad("unknown event type; expected feedback, card or session")),
    };
    Ok(WidgetEvent { bot, session, platform: body.platform, id, what })
}

impl<W: TranscriptWriter, P: DeadLetters> Logger<W, P> {
    /// Answers a widget event: 202 once it is stored, or a JSON error.
    pub async fn event(&self, request: &HttpRequest) -> HttpResponse {
        match self.try_event(request).await {
            Ok(id) => HttpResponse::json(202, &json!({"stored": id.as_str()})),
            Err(err) => {
                tracing::info!(status = err.status(), code = err.code(), reason = %err, "event refused");
                HttpResponse::error(&err)
            }
        }
    }

    async fn try_event(&self, request: &HttpRequest) -> Result<TurnId, EventError> {
        if request.path.trim_end_matches('/') != "/events" {
            return Err(Refusal::NotFound("POST /events").into());
        }
        web::admit(request, &self.events_key)?;
        let event = parse_event(&request.body)?;
        let bot = self.bots.bot(&event.bot).ok_or(EventError::UnknownBot)?;
        let id = event.id.clone().unwrap_or_else(TurnId::generate);
        let mut turn = Turn::new(event.bot, event.session, id.clone(), Timestamp::now(), bot.time_zone, event.platform);
        turn.kind = TurnKind::Widget;
        let mut subjects = Subjects::default();
        let mut redact = |text: &str| {
            let redaction = bot.redactor().redact(text);
            subjects.add_findings(text, &redaction.findings);
            redaction.tally_into(&mut turn.redactions)
        };
        match &event.what {
            What::Feedback { rating, comment } => {
                turn.feedback = Some(Feedback { rating: *rating, comment: comment.as_deref().map(&mut redact) });
            }
            What::Card(card) => turn.card = Some(redact(card).as_str().to_owned()),
            What::Session => {}
        }
        if let Some(key) = &self.subject_key {
            subjects.hash_into(key, &mut turn.subjects);
        }
        turn.user_agent = request
            .headers
            .get(http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(UserAgent::parse)
            .filter(|ua| ua.browser.is_some() || ua.os.is_some());
        turn.ip = request.client_ip;
        self.finish(bot, &mut turn);
        let outcome = self.writer.write(std::slice::from_ref(&turn)).await;
        if let Some(failure) = outcome.failed.first() {
            tracing::error!(turn = %failure.turn, reason = %failure.reason, "widget event not stored");
            return Err(EventError::Unavailable);
        }
        Ok(id)
    }
}
