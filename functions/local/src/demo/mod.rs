//! `chatbot demo`: starts the server, plays the scripted conversations ([`script`]) through it
//! over HTTP on all three platforms, hands the queued turns to the logger, runs the nightly
//! aggregation for today, and tells where the report is, with a short summary.

mod requests;
pub mod script;

use crate::app::{AppError, Local};
use crate::server::Server;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use script::{CONVERSATIONS, Conversation, WidgetEvent};
use serde_json::{Value, json};
use shared::model::{Day, Platform, Timestamp};
use shared::report::{AggregateRequest, DailyReport};
use shared::store::{ObjectKey, ReportFormat};
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// What a browser sends as its user agent with the widget's events.
const WIDGET_USER_AGENT: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";

/// What the demo left behind.
#[derive(Debug)]
pub struct Outcome {
    pub report_json: PathBuf,
    pub report_html: PathBuf,
    pub report: DailyReport,
    /// Leads and bookings the stand-in endpoint received with a valid signature.
    pub deliveries: u64,
}

type HttpClient = Client<HttpConnector, Full<Bytes>>;

/// Plays the demo on `local`, listening on 127.0.0.1:`port` (0: any free port), writing progress
/// to `out`.
pub async fn run(local: &Local, port: u16, out: &mut impl Write) -> Result<Outcome, AppError> {
    let bot = local.bots.bots.first().ok_or_else(|| AppError::Failed("the bot config has no bot".into()))?;
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port)))
        .await
        .map_err(|e| AppError::Failed(format!("could not listen on 127.0.0.1:{port}: {e}")))?;
    let address = listener.local_addr().map_err(|e| AppError::Failed(e.to_string()))?;
    let services = Arc::new(local.services(address)?);
    let server = Server::start(listener, Arc::clone(&services)).map_err(|e| AppError::Failed(e.to_string()))?;
    let say = |out: &mut dyn Write, line: String| {
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    };
    say(out, format!("chatbot demo: the webhook, logger and widget endpoints are serving on http://{address}"));
    say(out, format!("data folder: {}", local.data.display()));
    let run = uuid::Uuid::new_v4().simple().to_string()[..6].to_owned();
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
    let player = Player { client, address, key: local.key_text().to_owned(), bot: bot.id.as_str().to_owned() };
    let turns: usize = CONVERSATIONS.iter().map(|c| c.steps.len()).sum();
    say(
        out,
        format!(
            "playing {} conversations ({turns} turns) on Dialogflow CX, Dialogflow ES and Lex V2:",
            CONVERSATIONS.len()
        ),
    );
    let mut played = Ok(());
    for (n, conversation) in CONVERSATIONS.iter().enumerate() {
        let session = format!("{}-{run}", conversation.session);
        if let Err(err) = player.play(conversation, &session, &run, n).await {
            played = Err(err);
            break;
        }
        say(
            out,
            format!(
                "  [{:>2}/{}] {:<14} {:<20} {} turn(s): {}",
                n + 1,
                CONVERSATIONS.len(),
                platform_label(conversation.platform),
                session,
                conversation.steps.len(),
                conversation.what
            ),
        );
    }
    drop(player);
    server.stop().await;
    played?;
    say(
        out,
        "handing the queued turns to the logger (redacted again, cut to the data policy, stored with their expiry)"
            .into(),
    );
    services.drain().await?;
    let now = Timestamp::now();
    let today = Day::of(now, bot.time_zone);
    say(out, format!("running the nightly aggregation for {today}"));
    let request = AggregateRequest { date: Some(today), bot: Some(bot.id.clone()) };
    local.aggregator().run(&request, now).await.map_err(|e| AppError::Failed(e.to_string()))?;
    let report_json = local.reports.path_of(&ObjectKey::daily_report(&bot.id, today, ReportFormat::Json));
    let report_html = local.reports.path_of(&ObjectKey::daily_report(&bot.id, today, ReportFormat::Html));
    let body = std::fs::read(&report_json).map_err(|e| AppError::Failed(format!("{}: {e}", report_json.display())))?;
    let report: DailyReport = serde_json::from_slice(&body).map_err(|e| AppError::Failed(e.to_string()))?;
    let outcome = Outcome { report_json, report_html, report, deliveries: services.inbox.accepted() };
    say(out, summary(&outcome));
    Ok(outcome)
}

/// The demo's client: the platforms' side of the conversation, and the widget's.
struct Player {
    client: HttpClient,
    address: SocketAddr,
    key: String,
    bot: String,
}

impl Player {
    async fn play(&self, conversation: &Conversation, session: &str, run: &str, n: usize) -> Result<(), AppError> {
        for (i, step) in conversation.steps.iter().enumerate() {
            let turn = format!("demo-{run}-{n}-{i}");
            let (path, body) = requests::request(conversation.platform, session, &turn, step);
            self.post(path, &body, 200).await?;
        }
        for event in conversation.widget {
            let mut body = json!({"bot": self.bot, "session": session, "platform": conversation.platform.as_str()});
            match event {
                WidgetEvent::Feedback { rating, comment } => {
                    body["type"] = json!("feedback");
                    body["rating"] = json!(rating);
                    body["comment"] = json!(comment);
                }
                WidgetEvent::Card(card) => {
                    body["type"] = json!("card");
                    body["card"] = json!(card);
                }
            }
            self.post("/events", &body, 202).await?;
        }
        Ok(())
    }

    async fn post(&self, path: &str, body: &Value, expected: u16) -> Result<Value, AppError> {
        let request = http::Request::post(format!("http://{}{path}", self.address))
            .header(http::header::CONTENT_TYPE, "application/json")
            .header(http::header::USER_AGENT, WIDGET_USER_AGENT)
            .header("x-api-key", &self.key)
            .body(Full::new(Bytes::from(body.to_string())))
            .map_err(|e| AppError::Failed(e.to_string()))?;
        let failed = |reason: String| AppError::Failed(format!("POST {path}: {reason}"));
        let response = self.client.request(request).await.map_err(|e| failed(e.to_string()))?;
        let status = response.status().as_u16();
        let bytes = response.into_body().collect().await.map_err(|e| failed(e.to_string()))?.to_bytes();
        if status != expected {
            return Err(failed(format!("HTTP {status}: {}", String::from_utf8_lossy(&bytes))));
        }
        serde_json::from_slice(&bytes).map_err(|e| failed(e.to_string()))
    }
}

fn platform_label(platform: Platform) -> &'static str {
    match platform {
        Platform::DialogflowCx => "Dialogflow CX",
        Platform::DialogflowEs => "Dialogflow ES",
        Platform::LexV2 => "Lex V2",
    }
}

/// The short summary printed at the end.
fn summary(outcome: &Outcome) -> String {
    let report = &outcome.report;
    let listing = |pairs: Vec<(String, u64)>| {
        if pairs.is_empty() {
            "none".to_owned()
        } else {
            pairs.iter().map(|(n, c)| format!("{n} {c}")).collect::<Vec<_>>().join(", ")
        }
    };
    let intents = listing(report.intents.top.iter().take(5).map(|r| (r.name.clone(), r.count)).collect());
    let redactions = listing(report.redactions.iter().map(|(k, v)| (k.clone(), *v)).collect());
    let rate = report.fallback.rate.map_or("n/a".to_owned(), |r| format!("{:.1}%", r * 100.0));
    format!(
        "\nreport for {} on {}:\n  {}\n  {}\n\
         sessions {}, turns {}, fallback rate {rate} ({} missed), feedback {} up / {} down\n\
         top intents: {intents}\n\
         redactions: {redactions}\n\
         leads and bookings delivered to the local stand-in endpoint, signatures checked: {}",
        report.bot,
        report.date,
        outcome.report_html.display(),
        outcome.report_json.display(),
        report.sessions,
        report.turns,
        report.fallback.missed,
        report.feedback.up,
        report.feedback.down,
        outcome.deliveries,
    )
}
