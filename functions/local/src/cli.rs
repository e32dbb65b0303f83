//! The `chatbot` command line: parses the arguments and runs the command on the data folder.

use crate::app::{AppError, DEFAULT_DATA, Local};
use crate::demo;
use crate::server::Server;
use shared::model::{BotId, Day, Timestamp};
use shared::report::AggregateRequest;
use shared::rights::Caller;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

const USAGE: &str = "\
usage: chatbot <command> [options]

commands:
  demo                      play conversations on all three platforms through a local server,
                            aggregate today's report, and print where it is
  serve [--port 3000]       serve POST /dialogflow/cx, /dialogflow/es, /lex/v2 and /events on
                            127.0.0.1 until Ctrl-C
  aggregate --date YYYY-MM-DD [--bot BOT]
                            build that day's report (and the month's aggregate)
  export --bot BOT --session SESSION
                            write the session's stored turns to exports/ and print where
  erase --bot BOT --session SESSION
                            delete every stored turn of the session
  scrub --bot BOT --session SESSION [--value VALUE ...]
                            redact the session's stored turns again, and every given value
  erase-subject (--email EMAIL | --phone PHONE) [--bot BOT]
                            delete every turn an email address or phone number was redacted from
  request                   run one redactor request read as JSON on stdin, e.g.
                            {\"op\": \"redact\", \"document\": {...}, \"fields\": [\"items.*.text\"]}
  redact [--jsonl] [--types EMAIL,PHONE,...] [--never-redact TERM ...]
                            redact stdin to stdout (the same as the `redact` binary)

options for every command but redact:
  --data DIR                the data folder (default .chatbot-data)
  --config FILE             the bot config (default: the built-in infra/bots/example.json)";

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Command {
    Demo {
        port: u16,
    },
    Serve {
        port: u16,
    },
    Aggregate {
        date: Day,
        bot: Option<String>,
    },
    /// A data-subject operation (`shared::rights`), as its JSON request.
    Rights(serde_json::Value),
    /// A data-subject request read as JSON from stdin.
    Request,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Invocation {
    command: Command,
    data: PathBuf,
    config: Option<PathBuf>,
}

/// Runs the command line `args` (without the program name); answers the exit status: 0, 1 when
/// the command failed, 2 for a bad command line.
pub fn main(mut args: impl Iterator<Item = String>) -> ExitCode {
    let Some(command) = args.next() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if command == "redact" {
        return shared::redact::cli::main(args);
    }
    let invocation = match parse(&command, args) {
        Ok(invocation) => invocation,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    shared::logging::init_terminal();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("chatbot: could not start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(invocation)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("chatbot: {err}");
            ExitCode::FAILURE
        }
    }
}

fn parse(command: &str, args: impl Iterator<Item = String>) -> Result<Invocation, String> {
    let mut data = PathBuf::from(DEFAULT_DATA);
    let mut config = None;
    let mut port = None;
    let mut date = None;
    let mut bot = None;
    let mut session = None;
    let mut values = Vec::new();
    let mut email = None;
    let mut phone = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"));
        match arg.as_str() {
            "--data" => data = PathBuf::from(value("--data")?),
            "--config" => config = Some(PathBuf::from(value("--config")?)),
            "--port" => {
                port = Some(value("--port")?.parse::<u16>().map_err(|_| "--port needs a port number".to_owned())?)
            }
            "--date" => date = Some(value("--date")?.parse::<Day>().map_err(|e| format!("--date: {e}"))?),
            "--bot" => bot = Some(value("--bot")?),
            "--session" => session = Some(value("--session")?),
            "--value" => values.push(value("--value")?),
            "--email" => email = Some(value("--email")?),
            "--phone" => phone = Some(value("--phone")?),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n\n{USAGE}")),
        }
    }
    let command = match command {
        "demo" => Command::Demo { port: port.unwrap_or(0) },
        "serve" => Command::Serve { port: port.unwrap_or(3000) },
        "aggregate" => Command::Aggregate {
            date: date.ok_or_else(|| format!("aggregate needs --date YYYY-MM-DD\n\n{USAGE}"))?,
            bot,
        },
        "export" | "erase" | "scrub" => {
            let need = |name: &str, v: Option<String>| v.ok_or_else(|| format!("{command} needs --{name}\n\n{USAGE}"));
            let (bot, session) = (need("bot", bot)?, need("session", session)?);
            let op = match command {
                "export" => "export_session",
                "erase" => "erase_session",
                _ => "scrub_session",
            };
            let mut request = serde_json::json!({"op": op, "bot": bot, "session": session});
            if command == "scrub" {
                request["values"] = serde_json::json!(values);
            }
            Command::Rights(request)
        }
        "erase-subject" => {
            let mut request = serde_json::json!({"op": "erase_subject"});
            match (email, phone) {
                (Some(email), None) => request["email"] = email.into(),
                (None, Some(phone)) => request["phone"] = phone.into(),
                _ => return Err(format!("erase-subject needs --email or --phone (one of them)\n\n{USAGE}")),
            }
            if let Some(bot) = bot {
                request["bot"] = bot.into();
            }
            Command::Rights(request)
        }
        "request" => Command::Request,
        "-h" | "--help" | "help" => return Err(USAGE.to_owned()),
        other => return Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    Ok(Invocation { command, data, config })
}

async fn run(invocation: Invocation) -> Result<(), AppError> {
    let local = Local::open(&invocation.data, invocation.config.as_deref()).await?;
    match invocation.command {
        Command::Demo { port } => demo::run(&local, port, &mut std::io::stdout()).await.map(drop),
        Command::Serve { port } => serve(&local, port).await,
        Command::Aggregate { date, bot } => {
            let bot = bot.map(BotId::parse).transpose().map_err(|e| AppError::Failed(format!("--bot: {e}")))?;
            let keys = local
                .aggregator()
                .run(&AggregateRequest { date: Some(date), bot }, Timestamp::now())
                .await
                .map_err(|e| AppError::Failed(e.to_string()))?;
            for key in keys {
                println!("{}", local.reports.path_of(&key).display());
            }
            Ok(())
        }
        Command::Rights(request) => rights(&local, &request.to_string()).await,
        Command::Request => {
            let mut request = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut request)
                .map_err(|e| AppError::Failed(format!("request: could not read stdin: {e}")))?;
            rights(&local, &request).await
        }
    }
}

/// Runs one data-subject request, as the local user, and prints the answer.
async fn rights(local: &Local, request: &str) -> Result<(), AppError> {
    let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
    let caller = Caller { requester: Some(format!("local:{user}")), request_id: uuid::Uuid::new_v4().to_string() };
    let answer = local.rights().handle(request, &caller, Timestamp::now()).await;
    let answer = answer.map_err(|e| AppError::Failed(e.to_string()))?;
    println!("{}", serde_json::to_string_pretty(&answer).unwrap_or_default());
    Ok(())
}

async fn serve(local: &Local, port: u16) -> Result<(), AppError> {
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| AppError::Failed(format!("could not listen on {address}: {e}")))?;
    let address = listener.local_addr().map_err(|e| AppError::Failed(e.to_string()))?;
    let services = Arc::new(local.services(address)?);
    let server = Server::start(listener, Arc::clone(&services)).map_err(|e| AppError::Failed(e.to_string()))?;
    println!("chatbot serve: listening on http://{address}");
    println!("  POST /dialogflow/cx, /dialogflow/es   Dialogflow webhook requests");
    println!("  POST /lex/v2                          Lex V2 events");
    println!("  POST /events                          chat-widget events");
    println!("dev key: {}  (send it as x-api-key, or as the password of HTTP Basic)", local.key_text());
    println!("data folder: {}", local.data.display());
    println!("Ctrl-C stops the server.");
    tokio::signal::ctrl_c().await.map_err(|e| AppError::Failed(e.to_string()))?;
    server.stop().await;
    services.drain().await?;
    println!("stopped; every queued turn is stored");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_line(line: &str) -> Result<Invocation, String> {
        let mut words = line.split_whitespace().map(str::to_owned);
        let command = words.next().unwrap_or_default();
        parse(&command, words)
    }

    #[test]
    fn commands_take_their_options_and_defaults() {
        let demo = parse_line("demo").unwrap();
        assert_eq!(demo.command, Command::Demo { port: 0 });
        assert_eq!(demo.data, PathBuf::from(".chatbot-data"));
        assert_eq!(parse_line("serve").unwrap().command, Command::Serve { port: 3000 });
        let serve = parse_line("serve --port 8080 --data /tmp/x --config bots.json").unwrap();
        assert_eq!(serve.command, Command::Serve { port: 8080 });
        assert_eq!((serve.data, serve.config), (PathBuf::from("/tmp/x"), Some(PathBuf::from("bots.json"))));
        assert_eq!(
            parse_line("aggregate --date 2026-11-30 --bot acme").unwrap().command,
            Command::Aggregate { date: Day::from_ymd(2026, 11, 30).unwrap(), bot: Some("acme".into()) }
        );
    }

    #[test]
    fn data_subject_commands_become_their_requests() {
        let scrub = parse_line("scrub --bot acme --session s-1 --value Tom --value tom@example.com").unwrap();
        assert_eq!(
            scrub.command,
            Command::Rights(
                serde_json::json!({"op": "scrub_session", "bot": "acme", "session": "s-1", "values": ["Tom", "tom@example.com"]})
            )
        );
        assert_eq!(
            parse_line("export --bot acme --session s-1").unwrap().command,
            Command::Rights(serde_json::json!({"op": "export_session", "bot": "acme", "session": "s-1"}))
        );
        assert_eq!(
            parse_line("erase-subject --phone 07700900123").unwrap().command,
            Command::Rights(serde_json::json!({"op": "erase_subject", "phone": "07700900123"}))
        );
        assert!(parse_line("erase --bot acme").unwrap_err().starts_with("erase needs --session"));
        assert!(parse_line("erase-subject --email a@b.com --phone 1").unwrap_err().starts_with("erase-subject needs"));
    }

    #[test]
    fn bad_command_lines_say_what_is_wrong() {
        assert!(parse_line("aggregate").unwrap_err().starts_with("aggregate needs --date"));
        assert!(parse_line("aggregate --date 2026-02-30").unwrap_err().starts_with("--date:"));
        assert!(parse_line("serve --port http").unwrap_err().starts_with("--port needs a port number"));
        assert!(parse_line("serve --port").unwrap_err().starts_with("--port needs a value"));
        assert!(parse_line("launch").unwrap_err().starts_with("unknown command \"launch\""));
        assert!(parse_line("demo --colour").unwrap_err().starts_with("unknown argument \"--colour\""));
    }
}
