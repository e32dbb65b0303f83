//! Reply templates: `{name}` is replaced by the session parameter `name`, `{{` and `}}` are
//! literal braces. A parameter the session does not have renders as nothing, so a reply never
//! shows a raw placeholder to the user.

use crate::platform::display_value;
use serde_json::Value;
use std::collections::BTreeMap;

/// `template` with every `{parameter}` filled in from `parameters`.
pub fn render(template: &str, parameters: &BTreeMap<String, Value>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let brace = rest.as_bytes()[i];
        if after.as_bytes().first() == Some(&brace) {
            out.push(brace as char);
            rest = &after[1..];
        } else if brace == b'{' {
            match after.find('}') {
                Some(end) => {
                    let name = after[..end].trim();
                    if let Some(value) = parameters.get(name) {
                        out.push_str(&display_value(value));
                    }
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str(&rest[i..]);
                    rest = "";
                }
            }
        } else {
            out.push('}');
            rest = after;
        }
    }
    out.push_str(rest);
    collapse_spaces(out)
}

/// An empty parameter leaves two spaces ("Thanks  !"); close the gap.
fn collapse_spaces(text: String) -> String {
    if !text.contains("  ") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn params() -> BTreeMap<String, Value> {
        BTreeMap::from([
            ("given-name".into(), json!("Sam")),
            ("party".into(), json!(4)),
            ("person".into(), json!({"name": "Sam Lee"})),
        ])
    }

    #[test]
    fn parameters_are_filled_in() {
        assert_eq!(render("Thanks {given-name}, a table for {party}.", &params()), "Thanks Sam, a table for 4.");
        assert_eq!(render("Hi { person }!", &params()), "Hi Sam Lee!");
    }

    #[test]
    fn missing_parameters_render_as_nothing_and_braces_escape() {
        assert_eq!(render("Thanks {nickname} !", &params()), "Thanks !");
        assert_eq!(render("{{literal}} and }} {unclosed", &params()), "{literal} and } {unclosed");
        assert_eq!(render("a } b", &params()), "a } b");
    }
}
