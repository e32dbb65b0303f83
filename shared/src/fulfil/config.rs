//! The bot config: which bots a deployment serves, how each is recognised, what its data policy
//! is, and which action answers each tag or intent. One JSON document, checked as a whole when it
//! is loaded so that a mistake stops the start-up instead of a conversation. `infra/bots/` has
//! an example; the README documents every field.

use crate::model::{BotId, TimeZone};
use crate::platform::{Identity, Target};
use crate::policy::DataPolicy;
use crate::redact::{EntityType, Redactor};
use crate::secrets::SecretRef;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// The longest an endpoint may take: the platforms give the whole webhook 5 seconds, and
/// queueing the turn may take up to 800 ms more.
pub const MAX_DELIVERY_TIMEOUT_MS: u64 = 3_500;

/// Every bot the deployment serves.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BotsConfig {
    /// Send every request to the only bot, whatever platform identity it carries.
    #[serde(default)]
    pub single_bot: bool,
    pub bots: Vec<BotConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BotConfig {
    pub id: BotId,
    /// The bot's local time zone: its days, reports and retention are counted in it.
    #[serde(default)]
    pub time_zone: TimeZone,
    #[serde(default)]
    pub policy: DataPolicy,
    /// How the platforms identify this bot.
    #[serde(default)]
    pub platforms: Platforms,
    /// Parameter or slot names whose values are personal, with their type: redacted wherever
    /// they appear. Dialogflow's default names (`person`, `email`, `phone-number`, ...) are
    /// personal without being listed.
    #[serde(default)]
    pub personal_parameters: BTreeMap<String, EntityType>,
    /// Terms never redacted, whatever a recognizer reads them as: the bot's own brand where it is
    /// also a name ("Chase"), its products, the artists it sells tickets for, its helpline. A
    /// finding is left only when its whole text is one of them; personal parameters' values are
    /// redacted all the same.
    #[serde(default)]
    pub never_redact: Vec<String>,
    #[serde(default)]
    pub messages: Messages,
    /// Named HTTPS endpoints that leads and bookings are delivered to.
    #[serde(default)]
    pub endpoints: BTreeMap<String, Endpoint>,
    /// Checked in order; the first whose tag or intent matches answers.
    #[serde(default)]
    pub routes: Vec<Route>,
    /// Built from the policy's types and `never_redact` on first use.
    #[serde(skip)]
    redactor: OnceLock<Redactor>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Platforms {
    pub dialogflow_cx_agents: Vec<String>,
    pub dialogflow_es_projects: Vec<String>,
    pub lex_bots: Vec<LexBot>,
}

/// A Lex V2 bot; without an alias, every alias of it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexBot {
    pub bot_id: String,
    #[serde(default)]
    pub alias_id: Option<String>,
}

/// The bot's own words for the cases every bot has.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Messages {
    /// A missed utterance.
    pub fallback: Vec<String>,
    /// A lead or booking that could not be delivered.
    pub apology: Vec<String>,
    /// A lead or booking whose details are missing or invalid.
    pub invalid_details: Vec<String>,
}

impl Default for Messages {
    fn default() -> Self {
        Self {
            fallback: vec!["Sorry, I didn't understand that. Could you put it another way?".into()],
            apology: vec![
                "Sorry, something went wrong on our side and we couldn't send your details. Please try again later."
                    .into(),
            ],
            invalid_details: vec!["Sorry, some of those details don't look right. Could you check them?".into()],
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// `https://...`; plain `http://` only to this machine (127.0.0.1, localhost), for local runs.
    pub url: String,
    /// The HMAC-SHA256 key the body is signed with.
    pub secret: SecretRef,
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
}

fn default_timeout_ms() -> u64 {
    2_500
}

/// Matches a turn by fulfilment tag, intent, or both (then both must match).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    #[serde(default)]
    pub tag: Option<String>,
    #[serde(default)]
    pub intent: Option<String>,
    pub action: Action,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Action {
    /// Answer with templated messages (`{parameter}` is replaced by a session parameter).
    Reply {
        messages: Vec<String>,
        #[serde(default)]
        target: Option<Target>,
    },
    /// Send the named fields to the client's endpoint.
    Lead(Delivery),
    /// Send the named fields to the client's booking endpoint, then keep none of them in the log.
    Booking(Delivery),
    /// Record thumbs up or down, from a fixed rating or a parameter, and an optional comment.
    Feedback {
        #[serde(default)]
        rating: Option<crate::model::Rating>,
        #[serde(default)]
        rating_parameter: Option<String>,
        #[serde(default)]
        comment_parameter: Option<String>,
        #[serde(default)]
        messages: Vec<String>,
    },
    /// A missed utterance: counted, answered with these messages or the bot's fallback.
    Fallback {
        #[serde(default)]
        messages: Vec<String>,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    pub endpoint: String,
    pub fields: Vec<Field>,
    /// The answer once the endpoint accepted it.
    pub messages: Vec<String>,
}

/// A parameter that goes into a lead or booking.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub parameter: String,
    /// What the value is. `EMAIL` and `PHONE` values are validated before delivery; every typed
    /// field is personal and redacted from the log.
    #[serde(default, rename = "type")]
    pub entity: Option<EntityType>,
    #[serde(default)]
    pub required: bool,
}

/// Why a bot config was refused. Names the bot and the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BotConfigError {
    #[error("the bot config is not valid JSON for this schema: {0}")]
    Parse(String),
    #[error("the bot config has no bots")]
    NoBots,
    #[error("single_bot is set but the config has {0} bots")]
    NotSingle(usize),
    #[error("bot {0} is configured twice")]
    DuplicateBot(String),
    #[error("bot {bot}: {identity} is claimed by another bot too")]
    DuplicateIdentity { bot: String, identity: String },
    #[error("bot {bot}: route {index} has neither a tag nor an intent")]
    UnmatchableRoute { bot: String, index: usize },
    #[error("bot {bot}: route {index} delivers to endpoint {endpoint:?}, which is not configured")]
    UnknownEndpoint { bot: String, index: usize, endpoint: String },
    #[error("bot {bot}: endpoint {endpoint:?} must be https:// (http:// only to 127.0.0.1 or localhost)")]
    InsecureEndpoint { bot: String, endpoint: String },
    #[error("bot {bot}: endpoint {endpoint:?} timeout must be 1 to {max} ms", max = MAX_DELIVERY_TIMEOUT_MS)]
    Timeout { bot: String, endpoint: String },
    #[error("bot {bot}: route {index} has no messages")]
    NoMessages { bot: String, index: usize },
    #[error("bot {bot}: never_redact term {index} is blank")]
    BlankNeverRedact { bot: String, index: usize },
}

impl BotsConfig {
    /// Parses and checks a config document.
    pub fn from_json(json: &[u8]) -> Result<Self, BotConfigError> {
        let config: Self = serde_json::from_slice(json).map_err(|e| BotConfigError::Parse(e.to_string()))?;
        config.check()?;
        Ok(config)
    }

    fn check(&self) -> Result<(), BotConfigError> {
        if self.bots.is_empty() {
            return Err(BotConfigError::NoBots);
        }
        if self.single_bot && self.bots.len() != 1 {
            return Err(BotConfigError::NotSingle(self.bots.len()));
        }
        let mut ids = HashSet::new();
        let mut identities = HashSet::new();
        for bot in &self.bots {
            if !ids.insert(bot.id.as_str()) {
                return Err(BotConfigError::DuplicateBot(bot.id.to_string()));
            }
            for identity in bot.platforms.claims() {
                if !identities.insert(identity.clone()) {
                    return Err(BotConfigError::DuplicateIdentity { bot: bot.id.to_string(), identity });
                }
            }
            bot.check()?;
        }
        Ok(())
    }

    /// The bot a request is for: by its platform identity, or the only bot in single-bot mode.
    pub fn find(&self, identity: &Identity) -> Option<&BotConfig> {
        if self.single_bot {
            return self.bots.first();
        }
        self.bots.iter().find(|bot| bot.platforms.matches(identity))
    }

    pub fn bot(&self, id: &BotId) -> Option<&BotConfig> {
        self.bots.iter().find(|bot| &bot.id == id)
    }
}

impl BotConfig {
    fn check(&self) -> Result<(), BotConfigError> {
        let bot = || self.id.to_string();
        if let Some(index) = self.never_redact.iter().position(|term| term.trim().is_empty()) {
            return Err(BotConfigError::BlankNeverRedact { bot: bot(), index });
        }
        for (name, endpoint) in &self.endpoints {
            if !is_allowed_url(&endpoint.url) {
                return Err(BotConfigError::InsecureEndpoint { bot: bot(), endpoint: name.clone() });
            }
            if !(1..=MAX_DELIVERY_TIMEOUT_MS).contains(&endpoint.timeout_ms) {
                return Err(BotConfigError::Timeout { bot: bot(), endpoint: name.clone() });
            }
        }
        for (index, route) in self.routes.iter().enumerate() {
            if route.tag.is_none() && route.intent.is_none() {
                return Err(BotConfigError::UnmatchableRoute { bot: bot(), index });
            }
            let no_messages = match &route.action {
                Action::Reply { messages, .. } => messages.is_empty(),
                Action::Lead(d) | Action::Booking(d) => {
                    if !self.endpoints.contains_key(&d.endpoint) {
                        return Err(BotConfigError::UnknownEndpoint {
                            bot: bot(),
                            index,
                            endpoint: d.endpoint.clone(),
                        });
                    }
                    d.messages.is_empty()
                }
                Action::Feedback { .. } | Action::Fallback { .. } => false,
            };
            if no_messages {
                return Err(BotConfigError::NoMessages { bot: bot(), index });
            }
        }
        Ok(())
    }

    /// What redacts this bot's texts: the types its policy names, leaving its `never_redact`
    /// terms.
    pub fn redactor(&self) -> &Redactor {
        self.redactor.get_or_init(|| Redactor::new(self.policy.redact_types).keeping(&self.never_redact))
    }

    /// The first route matching the turn's tag and intent.
    pub fn route(&self, tag: Option<&str>, intent: Option<&str>) -> Option<&Action> {
        let matches = |want: &Option<String>, have: Option<&str>| want.as_deref().is_none_or(|w| Some(w) == have);
        self.routes.iter().find(|r| matches(&r.tag, tag) && matches(&r.intent, intent)).map(|r| &r.action)
    }

    /// The personal type of a parameter: configured, or one of Dialogflow's default names.
    pub fn personal_type(&self, parameter: &str) -> Option<EntityType> {
        self.personal_parameters
            .get(parameter)
            .copied()
            .or_else(|| crate::redact::params::entity_for_platform_type(&format!("sys.{parameter}")))
    }
}

impl Platforms {
    fn claims(&self) -> Vec<String> {
        let cx = self.dialogflow_cx_agents.iter().map(|a| format!("Dialogflow CX agent {a}"));
        let es = self.dialogflow_es_projects.iter().map(|p| format!("Dialogflow ES project {p}"));
        let lex = self
            .lex_bots
            .iter()
            .map(|b| format!("Lex bot {} alias {}", b.bot_id, b.alias_id.as_deref().unwrap_or("*")));
        cx.chain(es).chain(lex).collect()
    }

    fn matches(&self, identity: &Identity) -> bool {
        match identity {
            Identity::DialogflowCx { agent } => self.dialogflow_cx_agents.iter().any(|a| a == agent),
            Identity::DialogflowEs { project } => self.dialogflow_es_projects.iter().any(|p| p == project),
            Identity::LexV2 { bot, alias } => {
                self.lex_bots.iter().any(|b| &b.bot_id == bot && b.alias_id.as_deref().is_none_or(|a| a == alias))
            }
        }
    }
}

/// HTTPS anywhere; plain HTTP only to this machine.
fn is_allowed_url(url: &str) -> bool {
    let Ok(uri) = url.parse::<http::Uri>() else { return false };
    match (uri.scheme_str(), uri.host()) {
        (Some("https"), Some(_)) => true,
        (Some("http"), Some(host)) => matches!(host, "127.0.0.1" | "localhost" | "[::1]"),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
