//! Whether a JWKS can verify tokens at all: at least one public signing key Alter can use.

use super::Rejection;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

/// Returns how many usable signing keys the set holds.
pub fn usable_signing_keys(jwks: &Value, jwks_uri: &str) -> Result<usize, Rejection> {
    let keys = jwks.get("keys").and_then(Value::as_array).ok_or_else(|| {
        Rejection::unacceptable(format!("the JWKS at {jwks_uri} has no `keys` array"))
            .hint("check that jwks_uri in the discovery document points at the provider's key set")
    })?;
    let usable = keys.iter().filter(|key| is_signing_key(key)).count();
    if usable == 0 {
        return Err(Rejection::unacceptable(format!(
            "the JWKS at {jwks_uri} has no usable signing key ({} key(s), none an RSA, EC or OKP public key for signatures)",
            keys.len()
        ))
        .hint("the provider must publish the public key it signs tokens with; check its key configuration"));
    }
    Ok(usable)
}

fn is_signing_key(key: &Value) -> bool {
    let text = |name: &str| key.get(name).and_then(Value::as_str);
    // Each key parameter must decode, or the key can verify nothing.
    let has = |names: &[&str]| names.iter().all(|n| text(n).is_some_and(is_base64url));
    if text("use").is_some_and(|u| u != "sig") {
        return false;
    }
    if text("alg").is_some_and(|alg| {
        alg == "none" || alg.starts_with("HS") || alg.starts_with("RSA-OAEP") || alg.starts_with("ECDH")
    }) {
        return false;
    }
    match text("kty") {
        Some("RSA") => has(&["n", "e"]),
        Some("EC") => text("crv").is_some() && has(&["x", "y"]),
        Some("OKP") => text("crv").is_some() && has(&["x"]),
        _ => false,
    }
}

fn is_base64url(value: &str) -> bool {
    !value.is_empty() && URL_SAFE_NO_PAD.decode(value.trim_end_matches('=')).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn counts_signing_keys_only() {
        let jwks = json!({"keys": [
            {"kty": "RSA", "n": "abcd", "e": "AQAB", "use": "sig", "alg": "RS256"},
            {"kty": "RSA", "n": "!!!", "e": "AQAB", "use": "sig", "alg": "RS256"},
            {"kty": "RSA", "n": "abc", "e": "AQAB", "use": "enc", "alg": "RSA-OAEP"},
            {"kty": "EC", "crv": "P-256", "x": "AQAB", "y": "AQAB"},
            {"kty": "oct", "k": "secret"},
        ]});
        assert_eq!(usable_signing_keys(&jwks, "u"), Ok(2));
    }

    #[test]
    fn refuses_empty_or_unusable_sets() {
        assert!(usable_signing_keys(&json!({"keys": []}), "u").is_err());
        assert!(usable_signing_keys(&json!({"nokeys": 1}), "u").is_err());
        assert!(usable_signing_keys(&json!({"keys": [{"kty": "RSA", "use": "enc", "n": "a", "e": "b"}]}), "u").is_err());
    }
}
