//! JSON for files a person writes and a reviewer reads: a key given twice is an error naming its
//! path, because `serde_json::Value` keeps the last one silently, so a reviewer who reads the
//! first `"audience"` would approve what the second one changes.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// Why a text is not acceptable JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrictError {
    /// Not JSON at all: serde_json's message, with line and column.
    Syntax(String),
    /// A key given twice, by its path: `wallet.client_id`, `items[2].name`.
    DuplicateKey(String),
}

/// Parses `text` as JSON, refusing a key that appears twice in any object.
pub fn parse(text: &str) -> Result<Value, StrictError> {
    let node: Node = serde_json::from_str(text).map_err(|err| StrictError::Syntax(err.to_string()))?;
    node.into_value("").map_err(StrictError::DuplicateKey)
}

/// A JSON value with every object entry kept, in order, duplicates included.
enum Node {
    Object(Vec<(String, Node)>),
    Array(Vec<Node>),
    Scalar(Value),
}

impl Node {
    /// The value, or the path of the first key given twice (depth first, in file order).
    fn into_value(self, path: &str) -> Result<Value, String> {
        match self {
            Node::Scalar(value) => Ok(value),
            Node::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| item.into_value(&format!("{path}[{i}]")))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array),
            Node::Object(entries) => {
                let mut map = serde_json::Map::new();
                for (key, node) in entries {
                    let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    if map.contains_key(&key) {
                        return Err(at);
                    }
                    let value = node.into_value(&at)?;
                    map.insert(key, value);
                }
                Ok(Value::Object(map))
            }
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(Value::from(v)))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            entries.push((key, value));
        }
        Ok(Node::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_key_given_twice_is_named_by_its_path() {
        let dup = |text: &str| match parse(text) {
            Err(StrictError::DuplicateKey(path)) => path,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(dup(r#"{"audience": "api://alter", "x": 1, "audience": "api://EVIL"}"#), "audience");
        assert_eq!(dup(r#"{"wallet": {"client_id": "a", "client_id": "b"}}"#), "wallet.client_id");
        assert_eq!(dup(r#"{"a": [{"b": 1}, {"c": {"d": 1, "d": 2}}]}"#), "a[1].c.d");
        // The same key in different objects is not a duplicate; escapes name the same key.
        assert_eq!(parse(r#"{"a": {"k": 1}, "b": {"k": 2}}"#).unwrap(), json!({"a": {"k": 1}, "b": {"k": 2}}));
        assert_eq!(dup(r#"{"k": 1, "\u006b": 2}"#), "k");
    }

    #[test]
    fn anything_else_is_plain_json() {
        let text = r#"{"s": "é\n", "n": [1, -2, 3.5, 18446744073709551615], "t": true, "z": null}"#;
        assert_eq!(parse(text).unwrap(), serde_json::from_str::<Value>(text).unwrap());
        assert!(matches!(parse("{nope"), Err(StrictError::Syntax(m)) if m.contains("line 1 column 2")));
        assert!(matches!(parse(&"[".repeat(200)), Err(StrictError::Syntax(m)) if m.contains("recursion limit")));
    }
}
