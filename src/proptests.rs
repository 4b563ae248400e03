//! Arbitrary input never panics the parsers of untrusted text: the JWT decoder and checks, the
//! discovery document assessment, the JWKS key checks, the issuer URL parser, the sign-in
//! callback's request parser, and the OAuth answers (the device authorization answer's
//! `interval` and `expires_in`, the polling arithmetic, token responses).

use crate::domain::discovery::{assess_document, prepare};
use crate::domain::issuer::Issuer;
use crate::domain::jwks::usable_signing_keys;
use crate::domain::login::{read_callback, request_target, Callback, ErrorContext, Flow};
use crate::domain::model::ProviderType;
use crate::domain::oauth::{
    backed_off, device_answer, next_pause, slowed_down, token_answer, Answered, TokenAnswer, MIN_INTERVAL,
};
use crate::domain::token::{check, Expectations};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::time::Duration;

/// JSON values of any shape, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,40}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{0,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn expectations() -> Expectations {
    Expectations {
        issuer: "https://idp.example".into(),
        audience: Some("api".into()),
        provider_type: ProviderType::CustomOidc,
        user_id_claim: "sub".into(),
        group_claim: Some("groups".into()),
        role_claim: Some("role".into()),
        group_claim_stable_ids: true,
    }
}

fn b64(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_a_token_never_panics(token in ".{0,200}") {
        let _ = check(&token, &json!({"keys": []}), &expectations(), 1_700_000_000);
    }

    #[test]
    fn any_header_claims_and_keys_never_panic(header in json_value(), claims in json_value(), key in json_value(), now in any::<u64>()) {
        let token = format!("{}.{}.c2ln", b64(&header), b64(&claims));
        let _ = check(&token, &json!({"keys": [key.clone()]}), &expectations(), now);
        let _ = usable_signing_keys(&json!({"keys": [key]}), "https://k");
    }

    #[test]
    fn hostile_lifetimes_never_panic(exp in any::<f64>(), nbf in any::<f64>(), now in any::<u64>()) {
        let claims = format!(r#"{{"iss":"https://idp.example","aud":"api","sub":"u","exp":{exp:e},"nbf":{nbf:e}}}"#);
        let token = format!("{}.{}.c2ln", b64(&json!({"alg": "ES256"})), URL_SAFE_NO_PAD.encode(claims));
        let _ = check(&token, &json!({"keys": []}), &expectations(), now);
    }

    #[test]
    fn any_issuer_text_never_panics(input in ".{0,300}") {
        let _ = Issuer::parse(&input);
        let _ = prepare(&input);
    }

    #[test]
    fn url_shaped_issuers_never_panic(scheme in "(https?|ftp|)", host in "[a-zA-Z0-9.:@\\[\\]-]{0,40}", path in "[/a-zA-Z0-9.%?#_-]{0,60}") {
        let _ = prepare(&format!("{scheme}://{host}{path}"));
    }

    #[test]
    fn any_discovery_document_never_panics(document in json_value(), issuer_value in ".{0,60}", jwks_uri in ".{0,80}") {
        let issuer = prepare("https://idp.example").unwrap();
        let _ = assess_document(&issuer, &document);
        let _ = assess_document(&issuer, &json!({"issuer": issuer_value, "jwks_uri": jwks_uri}));
        let _ = assess_document(&issuer, &json!({"issuer": "https://idp.example", "jwks_uri": jwks_uri}));
    }

    #[test]
    fn any_request_head_never_panics_the_callback_parser(head in prop::collection::vec(any::<u8>(), 0..300), text in ".{0,200}") {
        for head in [head.as_slice(), text.as_bytes(), format!("GET {text} HTTP/1.1\r\n\r\n").as_bytes()] {
            if let Some(target) = request_target(head) {
                prop_assert!(target.starts_with('/'));
                let _ = read_callback(target, "state-1", "https://idp.example");
            }
        }
    }

    #[test]
    fn only_our_state_completes_a_callback(pairs in prop::collection::vec(("[a-z_]{1,8}", ".{0,20}"), 0..6), ours in any::<bool>()) {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in &pairs {
            query.append_pair(name, value);
        }
        if ours {
            query.append_pair("state", "state-1");
        }
        let target = format!("/callback?{}", query.finish());
        let first_state = url::form_urlencoded::parse(target.split_once('?').unwrap().1.as_bytes())
            .find(|(k, _)| k == "state")
            .map(|(_, v)| v.into_owned());
        match read_callback(&target, "state-1", "https://idp.example") {
            Callback::Ignored(_) => prop_assert!(first_state.as_deref() != Some("state-1")),
            _ => prop_assert_eq!(first_state.as_deref(), Some("state-1")),
        }
    }

    #[test]
    fn any_interval_and_expiry_never_panic_and_polling_stays_in_bounds(
        interval in prop_oneof![
            any::<u64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "(-?[0-9]{1,30}(\\.[0-9]{0,5})?(e[0-9]{1,3})?|NaN|inf|.{0,10})".prop_map(Value::from),
            "-?[0-9]{1,3}(\\.[0-9]{1,5})?e[0-9]{1,3}".prop_map(|n| serde_json::from_str(&n).unwrap_or(Value::Null)),
            json_value(),
        ],
        expires_in in json_value(),
        steps in prop::collection::vec(0u8..3, 0..12),
        remaining in any::<u64>(),
    ) {
        let body = json!({"device_code": "d", "user_code": "U", "verification_uri": "https://idp.example/a", "interval": interval, "expires_in": expires_in});
        let at = Answered { endpoint: "device authorization endpoint", url: "https://idp.example/device", status: 200 };
        let context = ErrorContext { client_id: "c", redirect_uri: "", flow: Flow::Device, confidential: false };
        let issuer = url::Url::parse("https://idp.example").unwrap();
        let grant = device_answer(&at, body.to_string().as_bytes(), &issuer, &context).unwrap();
        prop_assert!(grant.interval >= MIN_INTERVAL);
        let remaining = Duration::from_secs(remaining);
        let mut interval = grant.interval;
        for step in steps {
            interval = match step { 0 => slowed_down(interval), 1 => backed_off(interval), _ => interval };
            prop_assert!(interval >= MIN_INTERVAL);
            if let Some(pause) = next_pause(interval, remaining) {
                prop_assert!(pause >= MIN_INTERVAL && pause < remaining);
            }
        }
    }

    #[test]
    fn any_token_or_device_answer_never_panics(status in any::<u16>(), body in prop::collection::vec(any::<u8>(), 0..200), object in json_value(), polling in any::<bool>()) {
        let at = Answered { endpoint: "token endpoint", url: "https://idp.example/token", status };
        let context = ErrorContext { client_id: "c", redirect_uri: "", flow: Flow::Device, confidential: false };
        let issuer = url::Url::parse("https://idp.example").unwrap();
        for body in [body.clone(), object.to_string().into_bytes()] {
            if let Ok(TokenAnswer::Issued(_)) = token_answer(&at, &body, polling, &context) {
                prop_assert!((200..300).contains(&status));
            }
            let _ = device_answer(&at, &body, &issuer, &context);
        }
    }
}
