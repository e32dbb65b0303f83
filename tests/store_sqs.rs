//! The SQS turn queue against the moto server.

use blackbox::fixtures::{bot, conversation, noon, session, today};
use blackbox::{contract, endpoints};
use shared::store::sqs::SqsTurnQueue;
use shared::store::{EnvelopeError, TurnQueue};

#[tokio::test]
async fn queues_turns_and_delivers_them_whole() {
    let client = endpoints::sqs().await;
    let url = endpoints::create_queue(&client).await;
    let queue = SqsTurnQueue::new(client.clone(), &url);
    contract::queues_turns_and_delivers_them_whole(&queue).await;
    let attrs = client
        .get_queue_attributes()
        .queue_url(&url)
        .attribute_names(aws_sdk_sqs::types::QueueAttributeName::All)
        .send()
        .await
        .unwrap();
    let count = |name| attrs.attributes().unwrap()[&name].parse::<u32>().unwrap();
    use aws_sdk_sqs::types::QueueAttributeName::{ApproximateNumberOfMessages, ApproximateNumberOfMessagesNotVisible};
    assert_eq!(count(ApproximateNumberOfMessages) + count(ApproximateNumberOfMessagesNotVisible), 0);
}

#[tokio::test]
async fn message_bodies_are_versioned_envelopes_and_foreign_bodies_are_reported() {
    let client = endpoints::sqs().await;
    let url = endpoints::create_queue(&client).await;
    let queue = SqsTurnQueue::new(client.clone(), &url);
    let turn = conversation(&bot("b"), &session("s"), noon(today()), 1).remove(0);
    assert_eq!(queue.send(std::slice::from_ref(&turn)).await.succeeded, 1);
    let raw = client.receive_message().queue_url(&url).send().await.unwrap();
    let body: serde_json::Value = serde_json::from_str(raw.messages()[0].body().unwrap()).unwrap();
    assert_eq!(body["v"], 1);
    assert_eq!(body["turn"]["session"], "s");
    client
        .delete_message()
        .queue_url(&url)
        .receipt_handle(raw.messages()[0].receipt_handle().unwrap())
        .send()
        .await
        .unwrap();

    client.send_message().queue_url(&url).message_body("not an envelope").send().await.unwrap();
    client.send_message().queue_url(&url).message_body(r#"{"v": 9, "turn": {}}"#).send().await.unwrap();
    let deliveries = contract::receive_all(&queue, 2).await;
    let errors: Vec<EnvelopeError> = deliveries.into_iter().map(|d| d.turn.unwrap_err()).collect();
    assert_eq!(errors.len(), 2);
    assert!(errors.contains(&EnvelopeError::UnsupportedVersion(9)), "{errors:?}");
    assert!(errors.iter().any(|e| matches!(e, EnvelopeError::Malformed { .. })), "{errors:?}");
}

#[tokio::test]
async fn a_missing_queue_fails_every_turn_by_id() {
    let client = endpoints::sqs().await;
    let url = endpoints::create_queue(&client).await;
    client.delete_queue().queue_url(&url).send().await.unwrap();
    let queue = SqsTurnQueue::new(client, &url).with_retry(shared::store::RetryPolicy {
        attempts: 2,
        base: std::time::Duration::from_millis(1),
        cap: std::time::Duration::from_millis(2),
    });
    let turns = conversation(&bot("b"), &session("s"), noon(today()), 12);
    let outcome = queue.send(&turns).await;
    assert_eq!(outcome.succeeded, 0);
    let mut failed: Vec<String> = outcome.failed.iter().map(|f| f.turn.to_string()).collect();
    failed.sort();
    assert_eq!(failed, blackbox::fixtures::ids(&turns));
}
