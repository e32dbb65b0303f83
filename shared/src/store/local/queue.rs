//! The turn queue in the embedded store: envelopes by sequence number, delivered oldest first,
//! at least once.

use super::{LocalStore, QUEUE, local};
use crate::model::Turn;
use crate::store::{
    BatchOutcome, Delivery, Failure, StoreError, TurnInbox, TurnQueue, decode_envelope, encode_envelope,
};
use redb::{ReadableDatabase, ReadableTable};

impl TurnQueue for LocalStore {
    async fn send(&self, turns: &[Turn]) -> BatchOutcome {
        let bodies: Vec<String> = turns.iter().map(encode_envelope).collect();
        let sent = self
            .blocking(move |db| {
                let tx = db.begin_write().map_err(local)?;
                {
                    let mut table = tx.open_table(QUEUE).map_err(local)?;
                    let first = table.last().map_err(local)?.map_or(0, |(k, _)| k.value() + 1);
                    for (seq, body) in (first..).zip(&bodies) {
                        table.insert(seq, body.as_str()).map_err(local)?;
                    }
                }
                tx.commit().map_err(local)
            })
            .await;
        match sent {
            Ok(()) => BatchOutcome { succeeded: turns.len(), failed: Vec::new() },
            Err(err) => BatchOutcome {
                succeeded: 0,
                failed: turns.iter().map(|t| Failure { turn: t.turn.clone(), reason: err.to_string() }).collect(),
            },
        }
    }
}

impl TurnInbox for LocalStore {
    async fn receive(&self, max: usize) -> Result<Vec<Delivery>, StoreError> {
        let in_flight = std::sync::Arc::clone(&self.in_flight);
        self.blocking(move |db| {
            let tx = db.begin_read().map_err(local)?;
            let table = tx.open_table(QUEUE).map_err(local)?;
            let mut taken = in_flight.lock().map_err(local)?;
            let mut deliveries = Vec::new();
            for entry in table.iter().map_err(local)? {
                if deliveries.len() >= max {
                    break;
                }
                let (seq, body) = entry.map_err(local)?;
                let seq = seq.value();
                if taken.insert(seq) {
                    deliveries.push(Delivery {
                        message_id: seq.to_string(),
                        receipt: seq.to_string(),
                        turn: decode_envelope(body.value()),
                    });
                }
            }
            Ok(deliveries)
        })
        .await
    }

    async fn acknowledge(&self, receipts: &[String]) -> Result<(), StoreError> {
        let seqs: Vec<u64> = receipts.iter().filter_map(|r| r.parse().ok()).collect();
        let in_flight = std::sync::Arc::clone(&self.in_flight);
        self.blocking(move |db| {
            let tx = db.begin_write().map_err(local)?;
            {
                let mut table = tx.open_table(QUEUE).map_err(local)?;
                for seq in &seqs {
                    table.remove(*seq).map_err(local)?;
                }
            }
            tx.commit().map_err(local)?;
            let mut taken = in_flight.lock().map_err(local)?;
            for seq in &seqs {
                taken.remove(seq);
            }
            Ok(())
        })
        .await
    }
}
