//! `chatbot serve`, driven over HTTP as the platforms and the widget would: each platform's
//! request answered in its shape, every bad request refused with its status, and on Ctrl-C the
//! queued turns stored, so that `chatbot aggregate` counts them.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

struct Served {
    child: Child,
    port: u16,
    key: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts `chatbot serve` on `data` and reads the dev key it prints.
fn serve(data: &Path) -> Served {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_chatbot"))
        .args(["serve", "--port", &port.to_string(), "--data"])
        .arg(data)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut key = None;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(rest) = line.strip_prefix("dev key: ") {
            key = rest.split_whitespace().next().map(str::to_owned);
        }
        if line.starts_with("Ctrl-C") {
            break;
        }
    }
    std::thread::spawn(move || lines.for_each(drop));
    Served { child, port, key: key.expect("the dev key is printed at start") }
}

/// One HTTP/1.1 request; answers the status and the body as JSON (`Null` if not JSON).
fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, Value) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    let _ = stream.write_all(body);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    let status = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = answer.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or_default();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// The body of a sample event: Dialogflow's request inside a Function URL event, or the Lex event.
fn sample(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../infra/events").join(name);
    let event: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    match event["body"].as_str() {
        Some(body) => body.as_bytes().to_vec(),
        None => event.to_string().into_bytes(),
    }
}

#[test]
fn each_platform_is_answered_bad_requests_are_refused_and_turns_are_stored() {
    let data = tempfile::tempdir().unwrap();
    let served = serve(data.path());
    let (port, key) = (served.port, served.key.as_str());
    let auth = [("x-api-key", key), ("content-type", "application/json")];

    let (status, cx) = http(port, "POST", "/dialogflow/cx", &auth, &sample("dialogflow-cx-reply.json"));
    assert_eq!(status, 200, "{cx}");
    assert!(cx["fulfillmentResponse"]["messages"][0]["text"]["text"][0].as_str().unwrap().contains("open"), "{cx}");
    let (status, es) = http(port, "POST", "/dialogflow/es", &auth, &sample("dialogflow-es-reply.json"));
    assert_eq!(status, 200, "{es}");
    assert!(es["fulfillmentText"].as_str().unwrap().contains("open"), "{es}");
    let (status, lex) = http(port, "POST", "/lex/v2", &auth, &sample("lex-v2-reply.json"));
    assert_eq!(status, 200, "{lex}");
    assert_eq!(lex["sessionState"]["dialogAction"]["type"], "Close", "{lex}");
    let (status, lex_missed) = http(port, "POST", "/lex/v2", &auth, &sample("lex-v2-fallback.json"));
    assert_eq!(status, 200, "{lex_missed}");
    let event =
        json!({"bot": "acme-dental", "session": "web-1", "platform": "lex_v2", "type": "feedback", "rating": "up"});
    let (status, stored) = http(port, "POST", "/events", &auth, event.to_string().as_bytes());
    assert_eq!(status, 202, "{stored}");

    let refused = |status: u16, code: &str, answer: (u16, Value)| {
        assert_eq!(answer.0, status, "{}", answer.1);
        assert_eq!(answer.1["error"]["code"], code, "{}", answer.1);
    };
    let cx_body = sample("dialogflow-cx-reply.json");
    refused(401, "unauthorized", http(port, "POST", "/dialogflow/cx", &[], &cx_body));
    refused(
        401,
        "unauthorized",
        http(port, "POST", "/lex/v2", &[("x-api-key", "wrong")], &sample("lex-v2-reply.json")),
    );
    refused(404, "not_found", http(port, "POST", "/dialogflow/cx3", &auth, &cx_body));
    refused(405, "method_not_allowed", http(port, "GET", "/dialogflow/es", &auth, b""));
    refused(413, "payload_too_large", http(port, "POST", "/dialogflow/es", &auth, &vec![b' '; 64 * 1024 + 1]));
    refused(400, "bad_request", http(port, "POST", "/dialogflow/es", &auth, b"{not json"));
    refused(400, "bad_request", http(port, "POST", "/lex/v2", &auth, &cx_body));
    refused(401, "bad_signature", http(port, "POST", "/_local/deliveries/crm", &[], b"{}"));

    // Ctrl-C: the server stops and stores what is queued.
    let mut served = served;
    let stopped = Command::new("kill").args(["-INT", &served.child.id().to_string()]).status().unwrap();
    assert!(stopped.success());
    assert!(served.child.wait().unwrap().success());

    let day = shared::model::Day::of(shared::model::Timestamp::now(), shared::model::TimeZone::default());
    let output = Command::new(env!("CARGO_BIN_EXE_chatbot"))
        .args(["aggregate", "--date", &day.to_string(), "--data"])
        .arg(data.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let json_path = stdout.lines().find(|l| l.ends_with("report.json")).expect("the report's path is printed");
    let report: Value = serde_json::from_slice(&std::fs::read(json_path).unwrap()).unwrap();
    assert_eq!(report["turns"], 4, "the four answered platform requests are stored: {report}");
    assert_eq!(report["fallback"]["missed"], 1);
    assert_eq!(report["platforms"], json!({"dialogflow_cx": 1, "dialogflow_es": 1, "lex_v2": 2}));
    assert_eq!(report["feedback"]["up"], 1, "the widget's thumbs up is counted");
}
