//! Bounded retries with exponential backoff and full jitter, for the parts of a batch a service
//! did not take (DynamoDB's `UnprocessedItems`, throttling, 5xx, SQS batch entries).

use std::time::Duration;

/// How often and how patiently to retry. The default spends at most about 1.6 s waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included.
    pub attempts: u32,
    /// The ceiling of the first wait; each later ceiling doubles, up to `cap`.
    pub base: Duration,
    pub cap: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { attempts: 6, base: Duration::from_millis(50), cap: Duration::from_millis(800) }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (0 for the first retry): a random duration up to
    /// `min(cap, base * 2^retry)`, so that many writers backing off do not retry in step.
    pub fn delay(&self, retry: u32) -> Duration {
        let ceiling = self.base.saturating_mul(1 << retry.min(20)).min(self.cap);
        let millis = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(fastrand::u64(0..=millis))
    }

    pub(crate) async fn wait(&self, retry: u32) {
        tokio::time::sleep(self.delay(retry)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_exponentially_up_to_the_cap() {
        let policy = RetryPolicy { attempts: 10, base: Duration::from_millis(10), cap: Duration::from_millis(100) };
        for retry in 0..10 {
            let ceiling = Duration::from_millis((10u64 << retry).min(100));
            for _ in 0..50 {
                assert!(policy.delay(retry) <= ceiling);
            }
        }
        // Jitter: over many draws the waits are not all the same.
        let draws: std::collections::HashSet<_> = (0..50).map(|_| policy.delay(5)).collect();
        assert!(draws.len() > 5);
    }
}
