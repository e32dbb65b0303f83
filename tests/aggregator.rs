//! The aggregator against DynamoDB Local and moto's S3: a seeded day whose report was worked
//! out by hand (the 25-hour day when British Summer Time ends, with turns either side of both
//! midnights, in the repeated hour, expired-but-undeleted, and of another bot), compared field by
//! field; the nightly run; idempotent re-runs; refused requests; failures; the same files from
//! the embedded local store; and the HTML page in headless Chromium.

use blackbox::endpoints::{self, unique};
use serde_json::Value;
use serde_json::value::RawValue;
use shared::fulfil::BotsConfig;
use shared::model::{
    BotId, Day, Feedback, Platform, Rating, RedactedText, SessionId, TimeZone, Timestamp, Turn, TurnId, TurnKind,
    UserAgent,
};
use shared::report::{Aggregator, DailyReport, MonthlyAggregate};
use shared::store::dynamodb::DynamoDbTranscripts;
use shared::store::local::{LocalReports, LocalStore};
use shared::store::s3::S3Reports;
use shared::store::{KeyPrefix, ObjectKey, ReportFormat, ReportSource, TranscriptWriter};
use std::path::Path;
use std::process::Command;

const DST_DAY: &str = "2026-10-25";

fn at(utc: &str) -> Timestamp {
    Timestamp::from_millis(chrono::DateTime::parse_from_rfc3339(utc).unwrap().timestamp_millis()).unwrap()
}

fn bots_config(bots: &[(&BotId, u32)]) -> BotsConfig {
    let bots: Vec<Value> = bots
        .iter()
        .map(|(id, days)| {
            serde_json::json!({"id": id.as_str(), "time_zone": "Europe/London", "policy": {"log_retention_days": days}})
        })
        .collect();
    BotsConfig::from_json(serde_json::json!({ "bots": bots }).to_string().as_bytes()).unwrap()
}

/// A stored turn of `bot`, unexpired for a year, matched, with nothing else filled in.
fn message(bot: &BotId, session: &str, utc: &str, platform: Platform, channel: &str) -> Turn {
    let id = TurnId::parse(unique("t")).unwrap();
    let mut turn = Turn::new(bot.clone(), SessionId::parse(session).unwrap(), id, at(utc), TimeZone::LONDON, platform);
    turn.channel = Some(channel.into());
    turn.expires_at = Timestamp::now().seconds() + 365 * 86_400;
    turn
}

fn with_intent(mut turn: Turn, intent: &str, confidence: Option<f32>) -> Turn {
    turn.intent = Some(intent.into());
    turn.confidence = confidence;
    turn
}

fn missed(mut turn: Turn, text: &str) -> Turn {
    turn.matched = false;
    turn.user_text = Some(RedactedText::from_redacted(text));
    turn
}

fn widget(mut turn: Turn) -> Turn {
    turn.kind = TurnKind::Widget;
    turn.channel = None;
    turn
}

fn ua(browser: &str, os: &str) -> Option<UserAgent> {
    Some(UserAgent { browser: Some(browser.into()), os: Some(os.into()) })
}

/// The seeded items, around 2026-10-25 in London (BST until 01:00 UTC, GMT after).
fn dst_day(bot: &BotId, other_bot: &BotId) -> Vec<Turn> {
    use Platform::{DialogflowCx as Cx, DialogflowEs as Es, LexV2 as Lex};
    let mut turns = vec![
        // m1: one turn at 23:59:59 BST on the 24th (not this day), one at 00:00:30 BST on the 25th.
        with_intent(message(bot, "m1", "2026-10-24T22:59:59Z", Cx, "web"), "greeting", Some(0.9)),
        with_intent(message(bot, "m1", "2026-10-24T23:00:30Z", Cx, "web"), "greeting", Some(0.9)),
        // r1: 01:30 BST and 01:30 GMT, the repeated hour: one hour apart, both in hour 1.
        with_intent(message(bot, "r1", "2026-10-25T00:30:00Z", Es, "facebook"), "opening_hours", Some(0.8)),
        with_intent(message(bot, "r1", "2026-10-25T01:30:00Z", Es, "facebook"), "opening_hours", Some(0.6)),
        // late: 23:59:59 GMT on the 25th (this day), then midnight on the 26th (not this day).
        with_intent(message(bot, "late", "2026-10-25T23:59:59Z", Lex, "Text"), "goodbye", Some(1.0)),
        with_intent(message(bot, "late", "2026-10-26T00:00:00Z", Lex, "Text"), "goodbye", Some(1.0)),
        // a3: two Lex voice turns 45 s apart, the second without a confidence.
        with_intent(message(bot, "a3", "2026-10-25T09:15:00Z", Lex, "Speech"), "opening_hours", Some(0.7)),
        with_intent(message(bot, "a3", "2026-10-25T09:15:45Z", Lex, "Speech"), "opening_hours", None),
    ];
    // a1: three web turns over 60 s; a missed one; a phone number redacted; thumbs up.
    let mut a1 = vec![
        with_intent(message(bot, "a1", "2026-10-25T10:00:00Z", Cx, "web"), "book_appointment", Some(0.95)),
        missed(message(bot, "a1", "2026-10-25T10:00:20Z", Cx, "web"), "Can I pay by CARD??"),
        with_intent(message(bot, "a1", "2026-10-25T10:01:00Z", Cx, "web"), "book_appointment", Some(0.85)),
    ];
    a1[2].redactions.insert("PHONE".into(), 1);
    a1[2].feedback = Some(Feedback { rating: Rating::Up, comment: None });
    a1[0].user_agent = ua("Chrome 131", "Android 14");
    // a2: two missed web turns 10 s apart, an email redacted; then a widget event (a card and
    // thumbs down) that is not a turn.
    let mut a2 = vec![
        missed(message(bot, "a2", "2026-10-25T14:00:00Z", Cx, "web"), "  can i pay by card"),
        missed(message(bot, "a2", "2026-10-25T14:00:10Z", Cx, "web"), "Email me at [EMAIL]!"),
        widget(message(bot, "a2", "2026-10-25T14:00:20Z", Cx, "web")),
    ];
    a2[1].redactions.insert("EMAIL".into(), 1);
    a2[2].card = Some("Opening times".into());
    a2[2].feedback = Some(Feedback { rating: Rating::Down, comment: None });
    a2[2].user_agent = ua("Safari 17", "iOS 17");
    // w-only: a widget session without a turn: its card and feedback count, it is no session.
    let mut w_only = widget(message(bot, "w-only", "2026-10-25T12:00:00Z", Cx, "web"));
    w_only.card = Some("Prices".into());
    w_only.feedback = Some(Feedback { rating: Rating::Up, comment: None });
    w_only.user_agent = ua("Firefox 128", "Windows 10");
    // expired: past its retention but still in the table (it has no TTL sweep): never counted.
    let mut expired = vec![
        missed(message(bot, "expired", "2026-10-25T11:00:00Z", Cx, "web"), "expired text"),
        with_intent(message(bot, "expired", "2026-10-25T11:00:05Z", Cx, "web"), "expired_intent", Some(0.1)),
    ];
    for t in &mut expired {
        t.expires_at = Timestamp::now().seconds() - 60;
        t.redactions.insert("NAME".into(), 5);
    }
    // Another bot, the same day.
    let other = with_intent(message(other_bot, "o1", "2026-10-25T12:00:00Z", Cx, "web"), "other_intent", Some(0.5));
    turns.extend(a1);
    turns.extend(a2);
    turns.push(w_only);
    turns.extend(expired);
    turns.push(other);
    turns
}

/// The report worked out by hand from `dst_day`, field by field.
fn assert_dst_report(report: &DailyReport, bot: &BotId) {
    let names = |r: &shared::report::schema::Ranking| -> Vec<(String, u64)> {
        r.top.iter().map(|e| (e.name.clone(), e.count)).collect()
    };
    let pairs = |p: &[(&str, u64)]| -> Vec<(String, u64)> { p.iter().map(|(n, c)| ((*n).to_owned(), *c)).collect() };
    assert_eq!(report.schema_version, 1);
    assert_eq!(&report.bot, bot);
    assert_eq!(report.date.to_string(), DST_DAY);
    assert_eq!(report.time_zone, "Europe/London");
    // m1 (1 turn), r1 (2), late (1), a3 (2), a1 (3), a2 (2); not w-only, expired, o1.
    assert_eq!(report.sessions, 6);
    assert_eq!(report.turns, 11);
    // Turns per session sorted: 1 1 2 2 2 3.
    assert_eq!(report.turns_per_session.mean, Some(1.8333));
    assert_eq!(report.turns_per_session.median, Some(2));
    assert_eq!(report.turns_per_session.p90, Some(3));
    // Spans sorted: 0 (m1) 0 (late) 10 (a2) 45 (a3) 60 (a1) 3600 (r1).
    assert_eq!(report.session_duration_seconds.median, Some(10));
    assert_eq!(
        names(&report.intents),
        pairs(&[("opening_hours", 4), ("book_appointment", 2), ("goodbye", 1), ("greeting", 1)])
    );
    assert_eq!((report.intents.other, report.intents.exact), (0, true));
    assert_eq!(report.fallback.missed, 3);
    assert_eq!(report.fallback.rate, Some(0.2727));
    assert_eq!(names(&report.missed_utterances), pairs(&[("can i pay by card", 2), ("email me at [EMAIL]", 1)]));
    assert_eq!((report.feedback.up, report.feedback.down, report.feedback.positive_rate), (2, 1, Some(0.6667)));
    assert_eq!(names(&report.cards), pairs(&[("Opening times", 1), ("Prices", 1)]));
    let platforms: Vec<(String, u64)> = report.platforms.iter().map(|(k, v)| (k.clone(), *v)).collect();
    assert_eq!(platforms, pairs(&[("dialogflow_cx", 6), ("dialogflow_es", 2), ("lex_v2", 3)]));
    assert_eq!(names(&report.channels), pairs(&[("web", 6), ("Speech", 2), ("facebook", 2), ("Text", 1)]));
    assert_eq!(names(&report.browsers), pairs(&[("unknown", 4), ("Chrome 131", 1), ("Safari 17", 1)]));
    assert_eq!(names(&report.operating_systems), pairs(&[("unknown", 4), ("Android 14", 1), ("iOS 17", 1)]));
    let mut hours = vec![0; 24];
    for (hour, n) in [(0, 1), (1, 2), (9, 2), (10, 3), (14, 2), (23, 1)] {
        hours[hour] = n;
    }
    assert_eq!(report.turns_by_hour, hours);
    // (0.9 + 0.8 + 0.6 + 1.0 + 0.7 + 0.95 + 0.85) / 7
    assert_eq!((report.confidence.mean, report.confidence.turns), (Some(0.8286), 7));
    let redactions: Vec<(String, u64)> = report.redactions.iter().map(|(k, v)| (k.clone(), *v)).collect();
    assert_eq!(redactions, pairs(&[("EMAIL", 1), ("PHONE", 1)]));
}

fn payload(json: &str) -> Box<RawValue> {
    RawValue::from_string(json.to_owned()).unwrap()
}

async fn read_json<T: serde::de::DeserializeOwned>(reports: &impl ReportSource, key: &ObjectKey) -> T {
    serde_json::from_slice(&reports.get(key).await.unwrap().expect("object written")).unwrap()
}

async fn aws_service(bots: BotsConfig) -> (aggregator::Service, S3Reports) {
    let dynamodb = endpoints::dynamodb().await;
    let table = endpoints::create_table(&dynamodb, false).await;
    let s3 = endpoints::s3().await;
    let bucket = endpoints::create_bucket(&s3).await;
    let reader = DynamoDbTranscripts::new(dynamodb, table);
    (Aggregator::new(bots, reader, S3Reports::new(s3.clone(), &bucket)), S3Reports::new(s3, bucket))
}

async fn all_keys(reports: &impl ReportSource, bot: &BotId) -> Vec<String> {
    let mut keys = reports.list(&KeyPrefix::daily_reports(bot)).await.unwrap();
    keys.extend(reports.list(&KeyPrefix::monthly_aggregates(bot)).await.unwrap());
    keys.iter().map(ToString::to_string).collect()
}

#[tokio::test]
async fn a_dst_day_is_reported_field_by_field_and_rerunning_it_changes_nothing() {
    let (bot, other_bot) = (BotId::parse(unique("dst")).unwrap(), BotId::parse(unique("other")).unwrap());
    let bots = bots_config(&[(&bot, 3650), (&other_bot, 3650)]);
    let (service, reports) = aws_service(bots.clone()).await;
    let turns = dst_day(&bot, &other_bot);
    assert_eq!(service_writer(&service).write(&turns).await.failed, vec![]);

    let request = format!(r#"{{"date": "{DST_DAY}", "bot": "{bot}"}}"#);
    let answer = aggregator::handle(&service, &payload(&request), Timestamp::now()).await.unwrap();
    let day: Day = DST_DAY.parse().unwrap();
    let json_key = ObjectKey::daily_report(&bot, day, ReportFormat::Json);
    let html_key = ObjectKey::daily_report(&bot, day, ReportFormat::Html);
    let month_key = ObjectKey::monthly_aggregate(&bot, day.month());
    let expected_keys: Vec<String> = [&json_key, &html_key, &month_key].iter().map(|k| k.to_string()).collect();
    assert_eq!(answer, serde_json::json!({ "reports": expected_keys }));

    let report: DailyReport = read_json(&reports, &json_key).await;
    assert_dst_report(&report, &bot);
    let html = String::from_utf8(reports.get(&html_key).await.unwrap().unwrap()).unwrap();
    assert!(html.contains("can i pay by card") && html.contains("id=\"chart-hours\""));
    assert!(!html.contains("expired"), "nothing of an expired turn reaches the page");

    let month: MonthlyAggregate = read_json(&reports, &month_key).await;
    assert_eq!((month.days.len(), month.sessions, month.turns, month.fallback.missed), (1, 6, 11, 3));

    // Re-running the day writes the same bytes at the same keys, and nothing else.
    let first = reports.get(&json_key).await.unwrap().unwrap();
    let first_html = reports.get(&html_key).await.unwrap().unwrap();
    aggregator::handle(&service, &payload(&request), Timestamp::now()).await.unwrap();
    assert_eq!(reports.get(&json_key).await.unwrap().unwrap(), first);
    assert_eq!(reports.get(&html_key).await.unwrap().unwrap(), first_html);
    assert_eq!(all_keys(&reports, &bot).await.len(), 3);

    // The day before: m1's turn at 23:59:59 BST. The month is recomputed from both days.
    let request = format!(r#"{{"date": "2026-10-24", "bot": "{bot}"}}"#);
    aggregator::handle(&service, &payload(&request), Timestamp::now()).await.unwrap();
    let before: DailyReport =
        read_json(&reports, &ObjectKey::daily_report(&bot, day.previous(), ReportFormat::Json)).await;
    assert_eq!((before.sessions, before.turns, before.turns_by_hour[23]), (1, 1, 1));
    let month: MonthlyAggregate = read_json(&reports, &month_key).await;
    assert_eq!(month.days, vec![day.previous(), day]);
    assert_eq!((month.sessions, month.turns, month.fallback.missed, month.fallback.rate), (7, 12, 3, Some(0.25)));
    assert_eq!((month.feedback.up, month.feedback.down), (2, 1));
    assert_eq!(month.intents.get("greeting"), Some(&2));
    assert_eq!(month.turns_by_hour[23], 2);
    assert_eq!(month.platforms.get("dialogflow_cx"), Some(&7));
    let text = serde_json::to_string(&month).unwrap();
    for free_text in ["can i pay", "EMAIL]", "Opening times", "Prices", "Chrome", "facebook"] {
        assert!(!text.contains(free_text), "the monthly aggregate holds no {free_text:?}");
    }

    // The other bot's day was not touched by a request for this one.
    assert_eq!(all_keys(&reports, &other_bot).await, Vec::<String>::new());

    // The same turns in the embedded store give the same files, byte for byte.
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(&dir.path().join("data")).unwrap();
    assert_eq!(store.write(&turns).await.failed, vec![]);
    let local_reports = LocalReports::new(dir.path().join("reports"));
    let local = Aggregator::new(bots, store, local_reports.clone());
    let request = format!(r#"{{"date": "{DST_DAY}", "bot": "{bot}"}}"#);
    aggregator::handle(&local, &payload(&request), Timestamp::now()).await.unwrap();
    assert_eq!(std::fs::read(local_reports.path_of(&json_key)).unwrap(), first);
    assert_eq!(std::fs::read(local_reports.path_of(&html_key)).unwrap(), first_html);
}

/// The aggregator's reader, to seed it: the tests write through the same adapter type.
fn service_writer(service: &aggregator::Service) -> &DynamoDbTranscripts {
    service.reader()
}

#[tokio::test]
async fn the_nightly_run_reports_yesterday_for_every_bot() {
    let (a, b) = (BotId::parse(unique("a")).unwrap(), BotId::parse(unique("b")).unwrap());
    // Bot a's assistant is "Molly", a term its config never redacts; bot b has no such term.
    let mut bots = bots_config(&[(&a, 30), (&b, 30)]);
    bots.bots[0].never_redact = vec!["Molly".into()];
    let (service, reports) = aws_service(bots).await;
    let yesterday = Day::of(Timestamp::now(), TimeZone::LONDON).previous();
    let noon = Timestamp::from_millis(yesterday.start(TimeZone::LONDON).millis() + 12 * 3_600_000).unwrap();
    let utc = noon.to_utc().to_rfc3339();
    // Missed utterances are redacted again by their bot's redactor before a report lists them.
    let asked = "Hi Molly can I book";
    let mut turns = vec![
        missed(message(&a, "s1", &utc, Platform::LexV2, "Text"), asked),
        missed(message(&b, "s2", &utc, Platform::LexV2, "Text"), asked),
    ];
    turns.push(message(&b, "s3", &utc, Platform::DialogflowEs, "web"));
    assert_eq!(service.reader().write(&turns).await.failed, vec![]);

    for empty in ["{}", "null"] {
        let answer = aggregator::handle(&service, &payload(empty), Timestamp::now()).await.unwrap();
        assert_eq!(answer["reports"].as_array().unwrap().len(), 6, "JSON, HTML and month for each of two bots");
    }
    let of = |bot: &BotId| ObjectKey::daily_report(bot, yesterday, ReportFormat::Json);
    let (ra, rb): (DailyReport, DailyReport) = (read_json(&reports, &of(&a)).await, read_json(&reports, &of(&b)).await);
    assert_eq!((ra.sessions, ra.turns), (1, 1));
    assert_eq!((rb.sessions, rb.turns), (2, 2));
    assert_eq!(rb.platforms["dialogflow_es"], 1);
    let missed = |r: &DailyReport| -> Vec<String> { r.missed_utterances.top.iter().map(|e| e.name.clone()).collect() };
    assert_eq!(missed(&ra), ["hi molly can i book"]);
    assert_eq!(missed(&rb), ["hi [NAME] can i book"]);
}

#[tokio::test]
async fn refused_requests_say_why_and_write_nothing() {
    let (bot, short) = (BotId::parse(unique("bot")).unwrap(), BotId::parse(unique("short")).unwrap());
    let (service, reports) = aws_service(bots_config(&[(&bot, 3650), (&short, 30)])).await;
    let today = Day::of(Timestamp::now(), TimeZone::LONDON);
    let cases = [
        (r#"{"date": "2026-13-01"}"#.to_owned(), "bad request"),
        (r#"{"day": "2026-10-25"}"#.to_owned(), "unknown field `day`"),
        ("[1, 2]".to_owned(), "bad request"),
        (r#"{"date": "2026-10-25", "bot": "nobody"}"#.to_owned(), "bot nobody is not in the bot config"),
        (format!(r#"{{"date": "{}"}}"#, today.plus_days(2)), "has not begun yet"),
        (format!(r#"{{"date": "{}", "bot": "{short}"}}"#, today.minus_days(30)), "have expired"),
    ];
    for (request, why) in cases {
        let err = aggregator::handle(&service, &payload(&request), Timestamp::now()).await.unwrap_err();
        let diagnostic = lambda_runtime::Diagnostic::from(err);
        assert_eq!(diagnostic.error_type, "BadRequest", "{request}");
        assert!(diagnostic.error_message.contains(why), "{request}: {}", diagnostic.error_message);
    }
    assert_eq!(all_keys(&reports, &bot).await, Vec::<String>::new());
    assert_eq!(all_keys(&reports, &short).await, Vec::<String>::new());
    // The oldest day still whole is accepted.
    let request = format!(r#"{{"date": "{}", "bot": "{short}"}}"#, today.minus_days(29));
    assert!(aggregator::handle(&service, &payload(&request), Timestamp::now()).await.is_ok());
}

#[tokio::test]
async fn a_store_failure_fails_the_run_with_the_day_and_the_code() {
    let bot = BotId::parse(unique("bot")).unwrap();
    let bots = bots_config(&[(&bot, 30)]);
    let request = payload(&format!(r#"{{"bot": "{bot}"}}"#));

    // No such table: nothing can be read, nothing is written.
    let dynamodb = endpoints::dynamodb().await;
    let s3 = endpoints::s3().await;
    let bucket = endpoints::create_bucket(&s3).await;
    let missing_table = DynamoDbTranscripts::new(dynamodb.clone(), unique("missing"));
    let service = Aggregator::new(bots.clone(), missing_table, S3Reports::new(s3.clone(), &bucket));
    let diagnostic =
        lambda_runtime::Diagnostic::from(aggregator::handle(&service, &request, Timestamp::now()).await.unwrap_err());
    assert_eq!(diagnostic.error_type, "AggregationFailed");
    assert!(
        diagnostic.error_message.contains("Query failed: ResourceNotFoundException"),
        "{}",
        diagnostic.error_message
    );
    assert!(diagnostic.error_message.contains(&bot.to_string()));
    assert_eq!(all_keys(&S3Reports::new(s3.clone(), &bucket), &bot).await, Vec::<String>::new());

    // No such bucket: the day is read, the write fails and says so.
    let table = endpoints::create_table(&dynamodb, false).await;
    let service =
        Aggregator::new(bots, DynamoDbTranscripts::new(dynamodb, table), S3Reports::new(s3, unique("missing")));
    let diagnostic =
        lambda_runtime::Diagnostic::from(aggregator::handle(&service, &request, Timestamp::now()).await.unwrap_err());
    assert!(diagnostic.error_message.contains("PutObject failed: NoSuchBucket"), "{}", diagnostic.error_message);
}

/// Runs headless Chromium on `page`: the DOM it rendered, and every console message it logged.
fn chromium(page: &Path, screenshot: Option<&Path>) -> (String, Vec<String>) {
    let mut command = Command::new("chromium");
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--disable-sync",
        "--no-first-run",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=412,2400",
    ]);
    match screenshot {
        Some(png) => command.arg(format!("--screenshot={}", png.display())),
        None => command.arg("--dump-dom"),
    };
    let out = command
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium is installed by the test command (Debian package chromium)");
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    // The page's console only: Chromium's own pages (`chrome://...`) log notices of their own.
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE") && !l.contains("source: chrome://"))
        .map(str::to_owned)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

#[tokio::test]
async fn the_html_report_renders_in_chromium_without_console_errors() {
    let (bot, other_bot) = (BotId::parse(unique("dst")).unwrap(), BotId::parse(unique("other")).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(&dir.path().join("data")).unwrap();
    assert_eq!(store.write(&dst_day(&bot, &other_bot)).await.failed, vec![]);
    let reports = LocalReports::new(dir.path().join("reports"));
    let service = Aggregator::new(bots_config(&[(&bot, 3650), (&other_bot, 3650)]), store, reports.clone());
    let request = format!(r#"{{"date": "{DST_DAY}", "bot": "{bot}"}}"#);
    aggregator::handle(&service, &payload(&request), Timestamp::now()).await.unwrap();
    let page = reports.path_of(&ObjectKey::daily_report(&bot, DST_DAY.parse().unwrap(), ReportFormat::Html));

    let (dom, console) = chromium(&page, None);
    assert_eq!(console, Vec::<String>::new(), "the page logs nothing to the console");
    for chart in ["chart-hours", "chart-intents", "chart-missed", "chart-feedback", "chart-platforms"] {
        let start =
            dom.find(&format!("<svg class=\"chart\" id=\"{chart}\"")).unwrap_or_else(|| panic!("{chart} missing"));
        let svg = &dom[start..start + dom[start..].find("</svg>").unwrap()];
        assert!(svg.contains("<rect"), "{chart} has bars");
    }
    // One bar per hour; the intents chart lists the four intents.
    let hours = &dom[dom.find("id=\"chart-hours\"").unwrap()..];
    assert_eq!(hours[..hours.find("</svg>").unwrap()].matches("<rect").count(), 24);
    assert!(dom.contains("opening_hours") && dom.contains("27.3%"));

    let artefacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("artefacts");
    std::fs::create_dir_all(&artefacts).unwrap();
    let png = artefacts.join("daily-report-phone.png");
    let _ = std::fs::remove_file(&png);
    let (_, console) = chromium(&page, Some(&png));
    assert_eq!(console, Vec::<String>::new());
    let image = std::fs::read(&png).expect("screenshot written");
    assert!(image.starts_with(b"\x89PNG") && image.len() > 10_000, "a real screenshot: {} bytes", image.len());
    println!("screenshot: {}", png.display());

    // The check can fail: a page that loads anything from elsewhere is blocked and logged.
    let html =
        std::fs::read_to_string(&page).unwrap().replace("</main>", "<img src=\"https://example.com/x.png\"></main>");
    let tainted = dir.path().join("tainted.html");
    std::fs::write(&tainted, html).unwrap();
    let (_, console) = chromium(&tainted, None);
    assert!(console.iter().any(|l| l.contains("Content Security Policy")), "{console:?}");
}
