//! Redacting chosen fields of a JSON document, like a DLP de-identify call: each field path is
//! dotted (`customer.notes`), with `*` for every key of an object or every item of an array
//! (`messages.*.text`). A path that matches nothing is not an error; a field that is not a string
//! is left as it is (only text carries free-form personal data).

use crate::redact::{Finding, Redactor};
use serde::Serialize;
use serde_json::Value;

/// A finding in one field of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldFinding {
    /// The concrete path of the field (`messages.2.text`).
    pub field: String,
    #[serde(flatten)]
    pub finding: Finding,
}

/// Why a field path is not usable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("field path {0:?} is empty or has an empty segment")]
pub struct BadPath(pub String);

/// Checks every path before anything is redacted.
pub fn check_paths(paths: &[String]) -> Result<(), BadPath> {
    match paths.iter().find(|p| p.is_empty() || p.split('.').any(str::is_empty)) {
        Some(bad) => Err(BadPath(bad.clone())),
        None => Ok(()),
    }
}

/// Redacts, in place, every string field of `document` that one of `paths` names.
pub fn redact_fields(document: &mut Value, paths: &[String], redactor: &Redactor) -> Vec<FieldFinding> {
    let mut findings = Vec::new();
    for path in paths {
        let segments: Vec<&str> = path.split('.').collect();
        visit(document, &segments, &mut String::new(), &mut |field, value| {
            if let Value::String(text) = value {
                let redaction = redactor.redact(text);
                if !redaction.findings.is_empty() {
                    findings.extend(
                        redaction.findings.iter().map(|f| FieldFinding { field: field.to_owned(), finding: *f }),
                    );
                    *text = redaction.text.into_owned();
                }
            }
        });
    }
    findings
}

fn visit(value: &mut Value, segments: &[&str], at: &mut String, apply: &mut impl FnMut(&str, &mut Value)) {
    let Some((first, rest)) = segments.split_first() else {
        apply(at, value);
        return;
    };
    let mut descend = |key: &str, child: &mut Value, at: &mut String| {
        let length = at.len();
        if !at.is_empty() {
            at.push('.');
        }
        at.push_str(key);
        visit(child, rest, at, apply);
        at.truncate(length);
    };
    match value {
        Value::Object(map) if *first == "*" => map.iter_mut().for_each(|(k, child)| descend(k, child, at)),
        Value::Object(map) => {
            if let Some(child) = map.get_mut(*first) {
                descend(first, child, at);
            }
        }
        Value::Array(items) if *first == "*" => {
            items.iter_mut().enumerate().for_each(|(i, child)| descend(&i.to_string(), child, at));
        }
        Value::Array(items) => {
            if let Some(child) = first.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                descend(first, child, at);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::EntityType;
    use serde_json::json;

    #[test]
    fn named_fields_and_wildcards_are_redacted_and_the_rest_is_left_alone() {
        let mut document = json!({
            "ticket": 4521,
            "customer": {"notes": "call 07700 900123", "tier": "gold"},
            "messages": [{"text": "mail jo@example.com", "from": "jo@example.com"}, {"text": "no pii"}, {"text": 7}],
        });
        let paths = vec!["customer.notes".to_owned(), "messages.*.text".to_owned(), "missing.path".to_owned()];
        let findings = redact_fields(&mut document, &paths, &Redactor::default());
        assert_eq!(
            document,
            json!({
                "ticket": 4521,
                "customer": {"notes": "call [PHONE]", "tier": "gold"},
                "messages": [{"text": "mail [EMAIL]", "from": "jo@example.com"}, {"text": "no pii"}, {"text": 7}],
            })
        );
        assert_eq!(
            findings,
            vec![
                FieldFinding {
                    field: "customer.notes".into(),
                    finding: Finding { entity: EntityType::Phone, start: 5, end: 17 }
                },
                FieldFinding {
                    field: "messages.0.text".into(),
                    finding: Finding { entity: EntityType::Email, start: 5, end: 19 }
                },
            ]
        );
        let mut by_index = json!({"messages": [{"text": "x"}, {"text": "jo@example.com"}]});
        assert_eq!(redact_fields(&mut by_index, &["messages.1.text".into()], &Redactor::default()).len(), 1);
        assert_eq!(by_index["messages"][1]["text"], "[EMAIL]");
    }

    #[test]
    fn empty_segments_are_refused() {
        assert!(check_paths(&["a.b".into(), "*.c".into()]).is_ok());
        assert_eq!(check_paths(&["a..b".into()]), Err(BadPath("a..b".into())));
        assert!(check_paths(&["".into()]).is_err());
    }
}
