//! `chatbot demo`, run as a newcomer would, in an empty folder: the report it leaves must count
//! exactly what the script played, and no personal value from the script may be stored.

use local::demo::script::{CONVERSATIONS, PERSONAL_VALUES, WidgetEvent};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Every file under `dir`.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { out.extend(files(&path)) } else { out.push(path) }
    }
    out
}

#[test]
fn every_personal_value_checked_for_is_in_the_script() {
    for value in PERSONAL_VALUES {
        let played = CONVERSATIONS.iter().any(|c| {
            c.steps.iter().any(|s| s.text.contains(value) || s.parameters.iter().any(|(_, v)| v.contains(value)))
                || c.widget
                    .iter()
                    .any(|e| matches!(e, WidgetEvent::Feedback { comment, .. } if comment.contains(value)))
        });
        assert!(played, "{value:?} is never played, so checking for it proves nothing");
    }
}

#[test]
fn the_demo_leaves_a_report_that_counts_what_was_played_and_stores_nothing_personal() {
    let folder = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_chatbot")).arg("demo").current_dir(folder.path()).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));

    // The report files are where the summary says.
    let data = folder.path().join(".chatbot-data").canonicalize().unwrap();
    let day = shared::model::Day::of(shared::model::Timestamp::now(), shared::model::TimeZone::default());
    let report_dir = data.join(format!("reports/daily/bot=acme-dental/date={day}"));
    for name in ["report.json", "report.html"] {
        let path = report_dir.join(name);
        assert!(path.is_file(), "{} is missing", path.display());
        assert!(stdout.contains(&path.display().to_string()), "the summary names {}:\n{stdout}", path.display());
    }
    assert!(
        data.join(format!("aggregates/monthly/bot=acme-dental/month={}", day.month())).join("aggregate.json").is_file()
    );
    assert!(
        stdout.contains(&format!("[{}/{}]", CONVERSATIONS.len(), CONVERSATIONS.len())),
        "progress is shown:\n{stdout}"
    );

    // Its numbers are the script's.
    let report: Value = serde_json::from_slice(&std::fs::read(report_dir.join("report.json")).unwrap()).unwrap();
    let steps = || CONVERSATIONS.iter().flat_map(|c| c.steps.iter().map(move |s| (c, s)));
    let widget = || CONVERSATIONS.iter().flat_map(|c| c.widget.iter());
    let ratings = |wanted: &str| {
        steps().filter(|(_, s)| s.rating == Some(wanted)).count()
            + widget().filter(|e| matches!(e, WidgetEvent::Feedback { rating, .. } if *rating == wanted)).count()
    };
    let mut per_platform: BTreeMap<String, u64> = BTreeMap::new();
    for (conversation, _) in steps() {
        *per_platform.entry(conversation.platform.as_str().to_owned()).or_default() += 1;
    }
    assert_eq!(report["sessions"], CONVERSATIONS.len());
    assert_eq!(report["turns"], steps().count());
    assert_eq!(report["fallback"]["missed"], steps().filter(|(_, s)| s.missed).count());
    assert_eq!(report["feedback"]["up"], ratings("up"));
    assert_eq!(report["feedback"]["down"], ratings("down"));
    assert_eq!(report["platforms"], serde_json::to_value(&per_platform).unwrap());
    let cards = widget().filter(|e| matches!(e, WidgetEvent::Card(_))).count() as u64;
    let card_count: u64 = report["cards"]["top"].as_array().unwrap().iter().map(|c| c["count"].as_u64().unwrap()).sum();
    assert_eq!(card_count, cards);
    assert!(stdout.contains(&format!("sessions {}, turns {}", CONVERSATIONS.len(), steps().count())), "{stdout}");

    // Every lead and booking reached the stand-in endpoint with a valid signature.
    let delivering = ["book.appointment", "request.callback", "BookAppointment", "RequestCallback"];
    let expected_deliveries = steps().filter(|(_, s)| s.intent.is_some_and(|i| delivering.contains(&i))).count();
    let deliveries = std::fs::read_to_string(data.join("deliveries.jsonl")).unwrap();
    assert_eq!(deliveries.lines().count(), expected_deliveries);
    assert!(deliveries.lines().all(|l| l.contains(r#""signature":"valid""#)));

    // Nothing personal anywhere in the data folder: store, reports, aggregates, delivery notes.
    for path in files(&data) {
        let bytes = std::fs::read(&path).unwrap();
        for value in PERSONAL_VALUES {
            assert!(
                !bytes.windows(value.len()).any(|w| w == value.as_bytes()),
                "{value:?} is stored in {}",
                path.display()
            );
        }
    }
    // ... but the redactions are counted.
    assert!(report["redactions"]["EMAIL"].as_u64().unwrap() >= 3, "{}", report["redactions"]);
}

/// Runs `chatbot` with `args` in `folder`; answers its JSON output.
fn chatbot(folder: &Path, args: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_chatbot")).args(args).current_dir(folder).output().unwrap();
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn export_erase_scrub_and_erase_subject_work_on_what_the_demo_stored() {
    let folder = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_chatbot")).arg("demo").current_dir(folder.path()).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    // The booking conversation's session id, as the progress line shows it.
    let booking = CONVERSATIONS.iter().find(|c| c.session == "cx-booking").unwrap();
    let session = stdout
        .split_whitespace()
        .find(|w| w.starts_with("cx-booking-"))
        .expect("the progress names each session")
        .to_owned();

    // Erasing a subject by phone number finds every turn and widget event it was redacted from.
    let phone = "07700 900123";
    let carrying = CONVERSATIONS
        .iter()
        .map(|c| {
            c.steps.iter().filter(|s| s.text.contains(phone)).count()
                + c.widget
                    .iter()
                    .filter(|e| matches!(e, WidgetEvent::Feedback { comment, .. } if comment.contains(phone)))
                    .count()
        })
        .sum::<usize>();
    let erased = chatbot(folder.path(), &["erase-subject", "--phone", "+44 7700 900123"]);
    assert_eq!(erased["deleted"], carrying, "{erased}");

    // The booking session's export now has its turns but not the erased widget comment.
    let booking_items_left = booking.steps.len()
        + booking
            .widget
            .iter()
            .filter(|e| !matches!(e, WidgetEvent::Feedback { comment, .. } if comment.contains(phone)))
            .count();
    let export = chatbot(folder.path(), &["export", "--bot", "acme-dental", "--session", &session]);
    assert_eq!(export["turns"], booking_items_left, "{export}");
    let path = export["url"].as_str().unwrap().strip_prefix("file://").unwrap().to_owned();
    let document: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(document["turns"].as_array().unwrap().len(), booking_items_left);
    assert!(!document.to_string().contains("Sarah"), "exports hold redacted turns only");

    let scrub =
        chatbot(folder.path(), &["scrub", "--bot", "acme-dental", "--session", &session, "--value", "Saturday"]);
    assert_eq!(scrub["turns"], booking_items_left);
    assert_eq!(scrub["rewritten"], 1, "only the turn that said Saturday: {scrub}");
    let export = chatbot(folder.path(), &["export", "--bot", "acme-dental", "--session", &session]);
    let document: Value = serde_json::from_slice(
        &std::fs::read(export["url"].as_str().unwrap().strip_prefix("file://").unwrap()).unwrap(),
    )
    .unwrap();
    assert!(!document.to_string().contains("Saturday"));

    let erase = chatbot(folder.path(), &["erase", "--bot", "acme-dental", "--session", &session]);
    assert_eq!(erase["deleted"], booking_items_left);
    assert_eq!(chatbot(folder.path(), &["erase", "--bot", "acme-dental", "--session", &session])["deleted"], 0);
    let export = chatbot(folder.path(), &["export", "--bot", "acme-dental", "--session", &session]);
    assert_eq!(export["turns"], 0);

    // Each operation is audited, without the session or the phone number.
    let audit = folder.path().join(".chatbot-data/audit");
    let records: Vec<Value> =
        files(&audit).iter().map(|p| serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()).collect();
    assert_eq!(records.len(), 7);
    let text = serde_json::to_string(&records).unwrap();
    assert!(!text.contains(&session) && !text.contains("7700"), "{text}");
}
