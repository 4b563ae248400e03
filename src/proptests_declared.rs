//! Properties of the declarative-file parser (`alter idp diff|apply -f`): any bytes and any JSON
//! never panic it; a key given twice anywhere is always refused, naming its path; without
//! duplicates the strict reader is plain JSON; an accepted issuer is one line that survives URL
//! parsing; a literal secret never shows in the plan or in `Debug`.

use crate::domain::desired::{parse, Detectable, Field, TOP_FIELDS};
use crate::domain::issuer::Issuer;
use crate::domain::plan::{plan, Options};
use crate::domain::rejection::RejectionKind;
use crate::domain::strict_json::{self, StrictError};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// The members of `wallet` and `webhook`; with the top-level fields, the file's own names.
const NESTED_KEYS: [&str; 4] = ["client_id", "client_secret", "enabled", "secret"];

fn key() -> impl Strategy<Value = String> {
    // Often the file's own names, so generated objects hit the real paths.
    let own: Vec<&str> = TOP_FIELDS.iter().chain(&NESTED_KEYS).copied().collect();
    prop_oneof![prop::sample::select(own).prop_map(str::to_owned), "[a-z_]{0,8}"]
}

/// JSON values of any shape, with keys that are often the file's own.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,30}".prop_map(Value::from),
        Just(Value::from("https://acme.okta.com")),
        Just(Value::from("env:X")),
        Just(Value::from("@secret")),
        Just(Value::from("-")),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(key(), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Issuer-like text: URL-shaped, with the characters a parser rewrites or drops mixed in.
fn issuer_like() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        "[a-z0-9.-]{1,12}",
        Just("A".to_owned()),
        Just("%41".to_owned()),
        Just("..".to_owned()),
        Just(":443".to_owned()),
        Just("\u{0}".to_owned()),
        Just("\n".to_owned()),
        Just(" ".to_owned()),
        Just("\u{85}".to_owned()),
        Just("\\".to_owned()),
        Just("ü".to_owned()),
        Just("\u{202e}".to_owned()),
    ];
    (
        prop_oneof![Just("https://"), Just("http://"), Just("HTTPS://"), Just("")],
        prop::collection::vec(part, 1..6),
        prop::collection::vec("[a-z/]{0,6}", 0..3),
    )
        .prop_map(|(scheme, host, path)| format!("{scheme}{}.example{}", host.concat(), path.concat()))
}

/// A file that parses: every field drawn from what it may hold.
fn valid_file() -> impl Strategy<Value = Value> {
    let text = prop_oneof![Just(None), Just(Some(Value::Null)), "[a-z:/]{1,12}".prop_map(|s| Some(Value::from(s)))];
    let secret = prop_oneof![Just("env:WALLET"), Just("@wallet"), Just("-"), Just("literal-value")];
    (text.clone(), text.clone(), text, proptest::option::of(any::<bool>()), proptest::option::of(secret), any::<bool>())
        .prop_map(|(audience, group, role, stable, wallet, hook)| {
            let mut file = Map::new();
            file.insert("issuer_url".into(), json!("https://acme.okta.com/oauth2/default"));
            for (k, v) in [("audience", audience), ("group_claim", group), ("role_claim", role)] {
                if let Some(v) = v {
                    file.insert(k.into(), v);
                }
            }
            if let Some(stable) = stable {
                file.insert("group_claim_stable_ids".into(), json!(stable));
            }
            if let Some(secret) = wallet {
                file.insert("wallet".into(), json!({"client_id": "0oa1", "client_secret": secret}));
            }
            file.insert("webhook".into(), json!({"enabled": hook, "secret": "env:HOOK"}));
            Value::Object(file)
        })
}

/// The text of `file` with the key at `path` (an object key path) written a second time,
/// with another value, inside the same object.
fn with_duplicate(file: &Value, path: &[String]) -> String {
    fn render(value: &Value, path: &[String]) -> String {
        let Value::Object(map) = value else { return value.to_string() };
        let mut entries: Vec<String> = map
            .iter()
            .map(|(k, v)| {
                let inner =
                    if path.first() == Some(k) && path.len() > 1 { render(v, &path[1..]) } else { v.to_string() };
                format!("{}: {inner}", Value::from(k.as_str()))
            })
            .collect();
        if path.len() == 1 {
            entries.push(format!("{}: \"second\"", Value::from(path[0].as_str())));
        }
        format!("{{{}}}", entries.join(", "))
    }
    render(file, path)
}

/// Every object key path in `value`, e.g. `["wallet", "client_id"]`.
fn key_paths(value: &Value, prefix: &[String], out: &mut Vec<Vec<String>>) {
    if let Value::Object(map) = value {
        for (k, v) in map {
            let mut path = prefix.to_vec();
            path.push(k.clone());
            out.push(path.clone());
            key_paths(v, &path, out);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_never_panic_the_file_parser(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = strict_json::parse(&text);
        if let Err(rejection) = parse(&text, "idp.json") {
            prop_assert!(!rejection.message.is_empty());
        }
    }

    #[test]
    fn any_json_never_panics_the_file_parser(value in json_value()) {
        if let Ok(desired) = parse(&value.to_string(), "idp.json") {
            let _ = plan(&desired, None, Options::default());
        }
    }

    #[test]
    fn an_accepted_issuer_is_one_line_that_survives_url_parsing(issuer in issuer_like()) {
        let file = json!({"issuer_url": issuer});
        if let Ok(desired) = parse(&file.to_string(), "idp.json") {
            let issuer = &desired.issuer_url;
            prop_assert!(!issuer.chars().any(|c| c.is_control() || c.is_whitespace()), "{issuer:?}");
            let url = url::Url::parse(issuer).unwrap();
            prop_assert!(url.as_str() == issuer || url.as_str() == format!("{issuer}/"), "{issuer:?} -> {url}");
            let again = Issuer::parse(issuer).unwrap();
            prop_assert!(again.require_exact_form().is_ok());
            prop_assert_eq!(again.as_str(), issuer.as_str());
        }
    }

    #[test]
    fn a_key_given_twice_is_always_refused_with_its_path(file in valid_file(), pick in any::<prop::sample::Index>()) {
        prop_assert!(parse(&file.to_string(), "idp.json").is_ok(), "the base file parses");
        let mut paths = Vec::new();
        key_paths(&file, &[], &mut paths);
        let path = pick.get(&paths);
        let text = with_duplicate(&file, path);
        let rejection = parse(&text, "idp.json").unwrap_err();
        prop_assert_eq!(rejection.kind, RejectionKind::BadInput);
        let named = format!("the key `{}` is given twice", path.join("."));
        prop_assert!(rejection.message.contains(&named), "{} in {}", rejection.message, text);
    }

    #[test]
    fn without_duplicates_the_strict_reader_is_plain_json(value in json_value()) {
        let text = value.to_string();
        prop_assert_eq!(strict_json::parse(&text), Ok(value.clone()));
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        prop_assert_eq!(strict_json::parse(&pretty), Ok(value));
    }

    #[test]
    fn a_literal_secret_never_shows_in_the_plan_or_debug(secret in "[a-zA-Z0-9_]{8,30}") {
        prop_assume!(!secret.starts_with("env") && secret != "-");
        let file = json!({
            "issuer_url": "https://acme.okta.com",
            "wallet": {"client_id": "0oa1", "client_secret": secret},
            "user_id_claim": null,
        });
        let desired = parse(&file.to_string(), "idp.json").unwrap();
        prop_assert_eq!(&desired.user_id_claim, &Detectable::Detected);
        prop_assert!(matches!(desired.wallet, Field::Set(_)));
        let shown = format!("{desired:?} {:?}", plan(&desired, None, Options::default()));
        prop_assert!(!shown.contains(&secret), "{}", shown);
    }
}

#[test]
fn duplicate_in_arrays_and_deep_objects_is_named_too() {
    let err = strict_json::parse(r#"{"a": [{"b": {"c": 1, "c": 2}}]}"#).unwrap_err();
    assert_eq!(err, StrictError::DuplicateKey("a[0].b.c".into()));
}
