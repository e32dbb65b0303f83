//! The webhook's in-process path on 0.6-2 KB requests, per platform: authenticate, parse, find
//! the bot, route, fulfil (a `reply`, a missed utterance), build the platform's reply, redact the
//! turn and encode its queue message. Nothing leaves the process: the queue only encodes.
//!
//! Criterion measures the mean; a second pass times 200,000 single requests to report the
//! p50/p99 latency the issue sets targets for. Run: `cargo bench -p shared --bench webhook`.

use bytes::Bytes;
use criterion::{Criterion, Throughput};
use serde_json::Value;
use shared::fulfil::{BotsConfig, Deliver, DeliveryError, DeliveryRequest, Secrets};
use shared::model::Turn;
use shared::secrets::Secret;
use shared::store::{BatchOutcome, TurnQueue, encode_envelope};
use shared::webhook::{HttpRequest, Webhook};
use std::hint::black_box;
use std::time::Instant;

/// Encodes each turn as the SQS adapter would, and sends nothing.
struct EncodeOnly;

impl TurnQueue for EncodeOnly {
    async fn send(&self, turns: &[Turn]) -> BatchOutcome {
        let bytes: usize = turns.iter().map(|t| encode_envelope(t).len()).sum();
        black_box(bytes);
        BatchOutcome { succeeded: turns.len(), failed: Vec::new() }
    }
}

/// The benchmarked routes deliver nothing.
struct NoDelivery;

impl Deliver for NoDelivery {
    async fn deliver(&self, _: DeliveryRequest) -> Result<(), DeliveryError> {
        Err(DeliveryError::BadUrl)
    }
}

enum Request {
    Http(HttpRequest),
    Lex(Vec<u8>),
}

fn sample(name: &str) -> Value {
    let path = format!("{}/../infra/events/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn http(name: &str) -> (usize, Request) {
    let event = sample(name);
    let body = event["body"].as_str().unwrap().to_owned();
    let mut headers = http::HeaderMap::new();
    headers.insert("x-api-key", "local-dev-key".parse().unwrap());
    headers.insert("content-type", "application/json".parse().unwrap());
    let request = HttpRequest {
        method: http::Method::POST,
        path: event["rawPath"].as_str().unwrap().to_owned(),
        headers,
        body: Bytes::from(body),
        client_ip: None,
    };
    (request.body.len(), Request::Http(request))
}

fn lex(name: &str) -> (usize, Request) {
    let body = serde_json::to_vec(&sample(name)).unwrap();
    (body.len(), Request::Lex(body))
}

type Service = Webhook<EncodeOnly, NoDelivery>;

fn service() -> Service {
    let config = std::fs::read(format!("{}/../infra/bots/example.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let bots = BotsConfig::from_json(&config).unwrap();
    Webhook::new(bots, Secrets::new(), Secret::new("local-dev-key"), EncodeOnly, NoDelivery).without_metrics()
}

async fn answer(service: &Service, request: &Request) -> usize {
    match request {
        Request::Http(r) => {
            let response = service.http(r).await;
            assert_eq!(response.status, 200);
            response.body.len()
        }
        Request::Lex(body) => service.lex(body).await.map(|v| v.to_string().len()).unwrap(),
    }
}

fn cases() -> Vec<(&'static str, usize, Request)> {
    let named = |name: &'static str, (len, request): (usize, Request)| (name, len, request);
    vec![
        named("dialogflow_cx_reply", http("dialogflow-cx-reply")),
        named("dialogflow_cx_no_match", http("dialogflow-cx-no-match")),
        named("dialogflow_es_reply", http("dialogflow-es-reply")),
        named("dialogflow_es_no_match", http("dialogflow-es-no-match")),
        named("lex_v2_reply", lex("lex-v2-reply")),
        named("lex_v2_fallback", lex("lex-v2-fallback")),
    ]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap();
    let service = service();
    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("webhook_in_process");
    for (name, len, request) in cases() {
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(name, |b| b.iter(|| runtime.block_on(answer(&service, black_box(&request)))));
    }
    group.finish();
    criterion.final_summary();

    if std::env::args().any(|a| a == "--bench") {
        println!("\nlatency of single requests (200,000 each, after 20,000 warm-up):");
        println!("{:<24} {:>7} {:>9} {:>9} {:>9}", "request", "bytes", "p50 µs", "p99 µs", "max µs");
        for (name, len, request) in cases() {
            for _ in 0..20_000 {
                runtime.block_on(answer(&service, &request));
            }
            let mut times: Vec<u128> = (0..200_000)
                .map(|_| {
                    let start = Instant::now();
                    black_box(runtime.block_on(answer(&service, black_box(&request))));
                    start.elapsed().as_nanos()
                })
                .collect();
            times.sort_unstable();
            let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize] as f64 / 1000.0;
            println!("{name:<24} {len:>7} {:>9.1} {:>9.1} {:>9.1}", at(0.50), at(0.99), at(1.0));
        }
    }
}
