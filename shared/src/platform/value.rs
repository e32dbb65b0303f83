//! Parameter values as text. The platforms send parameters as any JSON: a string, a number, or a
//! structure (`@sys.person` is `{"name": "..."}`, a date period is `{"startDate", "endDate"}`).

use serde_json::Value;

/// Every string and number inside `value`, in document order: what could be personal in it.
pub fn leaf_strings(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    collect(value, &mut out);
    out
}

fn collect(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) if !s.trim().is_empty() => out.push(s.clone()),
        Value::Number(n) => out.push(n.to_string()),
        Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| collect(v, out)),
        _ => {}
    }
}

/// `value` as a person would read it: a string as it is, a structure as its leaves joined by
/// spaces, `true`/`false` as words, null as nothing.
pub fn display_value(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        other => leaf_strings(other).join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn structures_read_as_their_leaves() {
        assert_eq!(display_value(&json!({"name": "Jane Doe"})), "Jane Doe");
        assert_eq!(display_value(&json!(["a", 2, {"b": "c"}])), "a 2 c");
        assert_eq!(display_value(&json!(4.5)), "4.5");
        assert_eq!(display_value(&json!(null)), "");
        assert_eq!(leaf_strings(&json!({"x": " ", "y": true, "z": "v"})), vec!["v".to_owned()]);
    }
}
