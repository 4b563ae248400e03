//! Arbitrary input never panics the parsers of untrusted text: the JWT decoder and checks, the
//! discovery document assessment, the JWKS key checks and the issuer URL parser.

use crate::domain::discovery::{assess_document, prepare};
use crate::domain::issuer::Issuer;
use crate::domain::jwks::usable_signing_keys;
use crate::domain::model::ProviderType;
use crate::domain::token::{check, Expectations};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use serde_json::{json, Value};

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
}
