//! The DynamoDB transcript adapter against Amazon's DynamoDB Local: the shared behavioural
//! suite, the TTL sweep, pagination past 1 MB, the one-write-unit item size, and (with a
//! fault-injecting client, for what an emulator cannot do) unprocessed items, throttling and 5xx.

use aws_sdk_dynamodb::types::{AttributeValue, ReturnConsumedCapacity};
use blackbox::fixtures::{bot, conversation, ids, noon, session, today, turn};
use blackbox::{contract, endpoints};
use futures::TryStreamExt;
use shared::model::{DayRange, RedactedText, Timestamp, Turn};
use shared::store::dynamodb::DynamoDbTranscripts;
use shared::store::{TranscriptReader, TranscriptWriter};
use std::time::{Duration, Instant};

async fn store(ttl: bool) -> (aws_sdk_dynamodb::Client, String, DynamoDbTranscripts) {
    let client = endpoints::dynamodb().await;
    let table = endpoints::create_table(&client, ttl).await;
    (client.clone(), table.clone(), DynamoDbTranscripts::new(client, table))
}

async fn raw_item_count(client: &aws_sdk_dynamodb::Client, table: &str) -> i32 {
    client.scan().table_name(table).select(aws_sdk_dynamodb::types::Select::Count).send().await.unwrap().count()
}

#[tokio::test]
async fn writes_100_turns_and_reads_them_by_day_and_session() {
    let (client, table, store) = store(false).await;
    contract::writes_100_turns_and_reads_them_by_day_and_session(&store).await;
    assert_eq!(raw_item_count(&client, &table).await, 105);
}

#[tokio::test]
async fn reads_a_day_by_partition_with_sessions_together() {
    let (_, _, store) = store(false).await;
    contract::reads_a_day_by_partition_with_sessions_together(&store).await;
}

#[tokio::test]
async fn never_returns_expired_turns_that_dynamodb_still_holds() {
    let (client, table, store) = store(false).await;
    let expired = contract::never_returns_expired_turns(&store).await;
    // The table has no TTL sweep: the expired items are physically there, yet never read.
    assert_eq!(raw_item_count(&client, &table).await, 5);
    assert_eq!(expired.len(), 3);
}

#[tokio::test]
async fn deletes_a_session_and_nothing_else() {
    let (_, _, store) = store(false).await;
    contract::deletes_a_session_and_nothing_else(&store).await;
}

#[tokio::test]
async fn deletes_chosen_turns_and_nothing_else() {
    let (_, _, store) = store(false).await;
    contract::deletes_chosen_turns_and_nothing_else(&store).await;
}

#[tokio::test]
async fn rewriting_turns_is_harmless() {
    let (_, _, store) = store(false).await;
    contract::rewriting_turns_is_harmless(&store).await;
}

#[tokio::test]
async fn items_deleted_by_the_ttl_sweep_are_gone_from_reads() {
    let (client, table, store) = store(true).await;
    let (b, s) = (bot("ttl"), session("sweep"));
    let mut turns = conversation(&b, &s, noon(today()), 4);
    let soon = Timestamp::now().seconds() + 2;
    turns[0].expires_at = soon;
    turns[1].expires_at = soon;
    assert!(store.write(&turns).await.failed.is_empty());

    let deadline = Instant::now() + Duration::from_secs(90);
    while raw_item_count(&client, &table).await > 2 {
        assert!(Instant::now() < deadline, "DynamoDB Local's TTL sweep did not delete the expired items in 90 s");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let window = DayRange::retention_window(today(), 30);
    assert_eq!(store.session_turns(&b, &s, window).await.unwrap(), turns[2..].to_vec());
}

#[tokio::test]
async fn reads_follow_pagination_past_one_megabyte() {
    let (_, _, store) = store(false).await;
    let (b, s) = (bot("big"), session("long-session"));
    // 160 turns of ~8 KB each: one partition of ~1.3 MB, more than one Query page.
    let padding = "x".repeat(8_000);
    let turns: Vec<Turn> = conversation(&b, &s, noon(today()), 160)
        .into_iter()
        .map(|mut t| {
            t.bot_text = Some(RedactedText::from_redacted(padding.clone()));
            t
        })
        .collect();
    let outcome = store.write(&turns).await;
    assert_eq!((outcome.succeeded, outcome.failed.len()), (160, 0));
    let by_day: Vec<Turn> = store.day_turns(&b, today()).try_collect().await.unwrap();
    assert_eq!(ids(&by_day), ids(&turns));
    let by_session = store.session_turns(&b, &s, DayRange::retention_window(today(), 30)).await.unwrap();
    assert_eq!(by_session, turns);
}

/// DynamoDB's documented sizing, written here independently of the adapter's own guard.
fn billed_size(item: &std::collections::HashMap<String, AttributeValue>) -> usize {
    fn value(v: &AttributeValue) -> usize {
        match v {
            AttributeValue::S(s) => s.len(),
            AttributeValue::N(n) => {
                n.trim_start_matches('-').replace('.', "").trim_start_matches('0').len().div_ceil(2) + 1
            }
            AttributeValue::Bool(_) => 1,
            AttributeValue::M(m) => 3 + m.iter().map(|(k, v)| k.len() + value(v) + 1).sum::<usize>(),
            // A set is the sum of its elements.
            AttributeValue::Ss(set) => set.iter().map(String::len).sum(),
            other => panic!("unexpected attribute type {other:?}"),
        }
    }
    item.iter().map(|(k, v)| k.len() + value(v)).sum()
}

#[tokio::test]
async fn a_realistic_turn_costs_one_write_unit() {
    let (client, table, store) = store(false).await;
    let t = turn(&bot("acme-dental"), &session("8f14e45f-ceea-467f-a0e6-2bd5c1e5c2a1"), noon(today()), 7);
    assert!(store.write(std::slice::from_ref(&t)).await.failed.is_empty());
    let scanned = client.scan().table_name(&table).send().await.unwrap();
    let item = scanned.items()[0].clone();
    let size = billed_size(&item);
    assert!(size <= 1024, "a realistic turn is {size} bytes as stored, over one write unit");
    // And DynamoDB Local bills it as one unit when it is written.
    let put = client
        .put_item()
        .table_name(&table)
        .set_item(Some(item))
        .return_consumed_capacity(ReturnConsumedCapacity::Total)
        .send()
        .await
        .unwrap();
    assert_eq!(put.consumed_capacity().and_then(|c| c.capacity_units()), Some(1.0));
}

mod faults {
    //! What DynamoDB Local cannot be made to do, injected with `aws-smithy-mocks`.

    use super::*;
    use aws_sdk_dynamodb::Client;
    use aws_sdk_dynamodb::operation::batch_write_item::{BatchWriteItemInput, BatchWriteItemOutput};
    use aws_smithy_mocks::{RuleMode, mock, mock_client};
    use shared::store::RetryPolicy;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

    const FAST: RetryPolicy =
        RetryPolicy { attempts: 4, base: Duration::from_millis(1), cap: Duration::from_millis(4) };

    fn turns(n: usize) -> Vec<Turn> {
        conversation(&bot("faults"), &session("s"), noon(today()), n)
    }

    /// The sort keys of the items in a BatchWriteItem request.
    fn sort_keys(input: &BatchWriteItemInput) -> Vec<String> {
        input
            .request_items()
            .unwrap()
            .values()
            .flatten()
            .filter_map(|w| w.put_request()?.item().get("sk")?.as_s().ok().cloned())
            .collect()
    }

    fn transcripts(client: Client) -> DynamoDbTranscripts {
        DynamoDbTranscripts::new(client, "table").with_retry(FAST)
    }

    #[tokio::test]
    async fn unprocessed_items_are_retried_until_taken() {
        let calls = Arc::new(Mutex::new(Vec::<Vec<String>>::new()));
        let seen = Arc::clone(&calls);
        // First call: the first 3 of each batch come back unprocessed; later calls take all.
        let rule = mock!(Client::batch_write_item).then_compute_output(move |input| {
            let mut seen = seen.lock().unwrap();
            seen.push(sort_keys(input));
            let mut out = BatchWriteItemOutput::builder();
            if seen.len() == 1 {
                let requests = input.request_items().unwrap()["table"][..3].to_vec();
                out = out.unprocessed_items("table", requests);
            }
            out.build()
        });
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let written = turns(20);
        let outcome = transcripts(client).write(&written).await;
        assert_eq!((outcome.succeeded, outcome.failed), (20, vec![]));
        let calls = calls.lock().unwrap();
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[1], calls[0][..3].to_vec(), "the retry carries exactly the unprocessed items");
    }

    #[tokio::test]
    async fn items_never_processed_are_returned_by_id_after_the_bound() {
        let count = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&count);
        let rule = mock!(Client::batch_write_item).then_compute_output(move |input| {
            counter.fetch_add(1, Ordering::SeqCst);
            // The item of turn s-004 is never processed.
            let stuck: Vec<_> = input.request_items().unwrap()["table"]
                .iter()
                .filter(|w| sort_keys_of(w).ends_with("#s-004"))
                .cloned()
                .collect();
            BatchWriteItemOutput::builder().unprocessed_items("table", stuck).build()
        });
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let outcome = transcripts(client).write(&turns(10)).await;
        assert_eq!(outcome.succeeded, 9);
        assert_eq!(outcome.failed.len(), 1);
        assert_eq!(outcome.failed[0].turn.as_str(), "s-004");
        assert_eq!(outcome.failed[0].reason, "UnprocessedItems");
        assert_eq!(count.load(Ordering::SeqCst), FAST.attempts as usize);
    }

    fn sort_keys_of(w: &aws_sdk_dynamodb::types::WriteRequest) -> String {
        w.put_request().unwrap().item()["sk"].as_s().unwrap().clone()
    }

    #[tokio::test]
    async fn throttling_is_retried_with_backoff() {
        // The throttling answer as DynamoDB sends it, so the SDK's own parsing is exercised.
        let body = r#"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down"}"#;
        let rule = mock!(Client::batch_write_item)
            .sequence()
            .http_status(400, Some(body.into()))
            .times(2)
            .output(|| BatchWriteItemOutput::builder().build())
            .build();
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let outcome = transcripts(client).write(&turns(5)).await;
        assert_eq!((outcome.succeeded, outcome.failed), (5, vec![]));
        assert_eq!(rule.num_calls(), 3);
    }

    #[tokio::test]
    async fn persistent_throttling_fails_every_turn_with_its_code() {
        let body = r#"{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"slow down"}"#;
        let rule = mock!(Client::batch_write_item).sequence().http_status(400, Some(body.into())).repeatedly().build();
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let outcome = transcripts(client).write(&turns(3)).await;
        assert_eq!(outcome.succeeded, 0);
        assert!(outcome.failed.iter().all(|f| f.reason == "ThrottlingException"), "{:?}", outcome.failed);
        // Each of our attempts is itself retried by the SDK's standard retry strategy.
        assert!(rule.num_calls() >= FAST.attempts as usize, "{} calls", rule.num_calls());
    }

    #[tokio::test]
    async fn persistent_server_errors_fail_every_turn_by_id() {
        let rule = mock!(Client::batch_write_item).sequence().http_status(500, None).repeatedly().build();
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let written = turns(30);
        let outcome = transcripts(client).write(&written).await;
        assert_eq!(outcome.succeeded, 0);
        let mut failed: Vec<String> = outcome.failed.iter().map(|f| f.turn.to_string()).collect();
        failed.sort();
        assert_eq!(failed, ids(&written));
    }

    #[tokio::test]
    async fn a_rejected_request_is_not_retried() {
        let body = r#"{"__type":"com.amazon.coral.validate#ValidationException","message":"bad"}"#;
        let rule = mock!(Client::batch_write_item).sequence().http_status(400, Some(body.into())).repeatedly().build();
        let client = mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&rule]);
        let outcome = transcripts(client).write(&turns(3)).await;
        assert_eq!(outcome.failed.len(), 3);
        assert!(outcome.failed.iter().all(|f| f.reason == "ValidationException"), "{:?}", outcome.failed);
        assert_eq!(rule.num_calls(), 1);
    }
}
