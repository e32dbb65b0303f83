//! Counters in CloudWatch Embedded Metric Format: one JSON line on stdout per event, which Lambda
//! ships to CloudWatch Logs and CloudWatch turns into metrics. No client, no API call, no latency.
//! Dimensions are ids (the bot), never chat content.

use crate::model::Timestamp;
use serde_json::{Map, Value, json};

/// The namespace every function's metrics are in.
pub const NAMESPACE: &str = "ChatbotBackend";

/// One EMF record: counts under one set of dimensions.
#[derive(Debug, Clone, Default)]
pub struct Record {
    dimensions: Vec<(&'static str, String)>,
    counts: Vec<(String, u64)>,
}

impl Record {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn dimension(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.dimensions.push((name, value.into()));
        self
    }

    pub fn count(mut self, name: impl Into<String>, value: u64) -> Self {
        self.counts.push((name.into(), value));
        self
    }

    /// The record as the single JSON line CloudWatch expects.
    pub fn render(&self, at: Timestamp) -> String {
        let mut root = Map::new();
        let metrics: Vec<Value> = self.counts.iter().map(|(name, _)| json!({"Name": name, "Unit": "Count"})).collect();
        let dimension_names: Vec<&str> = self.dimensions.iter().map(|(name, _)| *name).collect();
        root.insert(
            "_aws".into(),
            json!({
                "Timestamp": at.millis(),
                "CloudWatchMetrics": [{"Namespace": NAMESPACE, "Dimensions": [dimension_names], "Metrics": metrics}]
            }),
        );
        for (name, value) in &self.dimensions {
            root.insert((*name).into(), Value::String(value.clone()));
        }
        for (name, value) in &self.counts {
            root.insert(name.clone(), Value::from(*value));
        }
        Value::Object(root).to_string()
    }

    /// Writes the record to stdout, where Lambda collects it.
    pub fn emit(&self) {
        println!("{}", self.render(Timestamp::now()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_follow_the_embedded_metric_format() {
        let at = Timestamp::from_millis(1_790_000_000_000).unwrap();
        let line = Record::new().dimension("Bot", "acme").count("TurnsQueued", 1).count("QueueFailures", 0).render(at);
        let value: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(
            value,
            json!({
                "_aws": {"Timestamp": 1_790_000_000_000_i64, "CloudWatchMetrics": [{
                    "Namespace": "ChatbotBackend",
                    "Dimensions": [["Bot"]],
                    "Metrics": [{"Name": "TurnsQueued", "Unit": "Count"}, {"Name": "QueueFailures", "Unit": "Count"}]
                }]},
                "Bot": "acme", "TurnsQueued": 1, "QueueFailures": 0
            })
        );
        assert!(!line.contains('\n'));
    }
}
