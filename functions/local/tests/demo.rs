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
