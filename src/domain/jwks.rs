//! Whether a JWKS can verify tokens at all: at least one public signing key Alter can use, with
//! the sizes and checks a verifier applies (RSA 2048-16384 bits with a sane exponent, EC points
//! on their curve, Ed25519 keys of the right length).

use super::Rejection;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};

pub const MIN_RSA_BITS: usize = 2048;
pub const MAX_RSA_BITS: usize = 16384;

/// The JWKS's signing keys: how many are usable, and why each of the others is not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyReport {
    pub usable: usize,
    /// "`kid`: why", for each key meant for signatures that cannot verify any.
    pub unusable: Vec<String>,
}

/// Refuses a set with no usable signing key, naming each unusable one.
pub fn usable_signing_keys(jwks: &Value, jwks_uri: &str) -> Result<KeyReport, Rejection> {
    let keys = jwks.get("keys").and_then(Value::as_array).ok_or_else(|| {
        Rejection::unacceptable(format!("the JWKS at {jwks_uri} has no `keys` array"))
            .hint("check that jwks_uri in the discovery document points at the provider's key set")
    })?;
    let mut report = KeyReport { usable: 0, unusable: Vec::new() };
    for (i, key) in keys.iter().enumerate() {
        let Some(key) = key.as_object().filter(|k| is_for_signing(k)) else { continue };
        match key_problem(key) {
            None => report.usable += 1,
            Some(why) => report.unusable.push(format!("{}: {why}", key_name(key, i))),
        }
    }
    if report.usable == 0 {
        let mut message = format!(
            "the JWKS at {jwks_uri} has no usable signing key ({} key(s), none an RSA, EC or OKP public key Alter can verify with)",
            keys.len()
        );
        for line in &report.unusable {
            message.push_str(&format!("\n  {line}"));
        }
        return Err(Rejection::unacceptable(message)
            .hint("the provider must publish the public key it signs tokens with; check its key configuration"));
    }
    Ok(report)
}

/// Keys published for signatures (not encryption, not shared secrets), usable or not.
fn is_for_signing(key: &Map<String, Value>) -> bool {
    let text = |name: &str| key.get(name).and_then(Value::as_str);
    if text("use").is_some_and(|u| u != "sig") {
        return false;
    }
    if text("alg").is_some_and(|alg| {
        alg == "none" || alg.starts_with("HS") || alg.starts_with("RSA-OAEP") || alg.starts_with("ECDH")
    }) {
        return false;
    }
    matches!(text("kty"), Some("RSA" | "EC" | "OKP"))
}

fn key_name(key: &Map<String, Value>, index: usize) -> String {
    match key.get("kid").and_then(Value::as_str) {
        Some(kid) => format!("key `{}`", crate::scrub::remote(kid)),
        None => format!("key #{} (no kid)", index + 1),
    }
}

/// Why a public key cannot verify a signature, if it cannot.
pub fn key_problem(key: &Map<String, Value>) -> Option<String> {
    let param = |name: &str| -> Result<Vec<u8>, String> {
        let text = key.get(name).and_then(Value::as_str).ok_or(format!("it has no `{name}`"))?;
        decode(text).filter(|bytes| !bytes.is_empty()).ok_or(format!("its `{name}` is not base64url"))
    };
    let result = match key.get("kty").and_then(Value::as_str) {
        Some("RSA") => param("n").and_then(|n| Ok((n, param("e")?))).and_then(|(n, e)| rsa_problem(&n, &e)),
        Some("EC") => param("x")
            .and_then(|x| Ok((x, param("y")?)))
            .and_then(|(x, y)| ec_problem(key.get("crv").and_then(Value::as_str).unwrap_or("(none)"), &x, &y)),
        Some("OKP") => {
            param("x").and_then(|x| okp_problem(key.get("crv").and_then(Value::as_str).unwrap_or("(none)"), &x))
        }
        other => Err(format!("its key type `{}` is not RSA, EC or OKP", other.unwrap_or("(none)"))),
    };
    result.err()
}

fn rsa_problem(n: &[u8], e: &[u8]) -> Result<(), String> {
    let bits = bit_length(n);
    if !(MIN_RSA_BITS..=MAX_RSA_BITS).contains(&bits) {
        return Err(format!("its RSA modulus is {bits} bits; a verifier accepts {MIN_RSA_BITS} to {MAX_RSA_BITS}"));
    }
    // Verifiers take odd exponents from 3 up to 33 bits (65537 in practice).
    let e_bits = bit_length(e);
    let odd = e.last().is_some_and(|b| b & 1 == 1);
    if !(2..=33).contains(&e_bits) || !odd {
        return Err(
            "its RSA exponent `e` is not a usable public exponent (an odd number from 3 to 2^33; 65537 is usual)"
                .to_owned(),
        );
    }
    Ok(())
}

fn ec_problem(crv: &str, x: &[u8], y: &[u8]) -> Result<(), String> {
    use ring::agreement::{ECDH_P256, ECDH_P384};
    let (size, curve) = match crv {
        "P-256" => (32, Some(&ECDH_P256)),
        "P-384" => (48, Some(&ECDH_P384)),
        "P-521" => (66, None),
        other => return Err(format!("its curve `{other}` is not P-256, P-384 or P-521")),
    };
    if x.len() != size || y.len() != size {
        return Err(format!("its coordinates are not {size} bytes each, as {crv} needs"));
    }
    let point = [&[4u8][..], x, y].concat();
    match curve {
        Some(curve) if !on_curve(curve, &point) => Err(format!("its point (x, y) is not on the {crv} curve")),
        _ => Ok(()),
    }
}

/// ring validates a peer's point (on the curve, not the identity) before any key agreement, and
/// has no other public way to ask: an agreement with a throwaway key answers it.
fn on_curve(curve: &'static ring::agreement::Algorithm, point: &[u8]) -> bool {
    let rng = ring::rand::SystemRandom::new();
    let Ok(mine) = ring::agreement::EphemeralPrivateKey::generate(curve, &rng) else { return false };
    let theirs = ring::agreement::UnparsedPublicKey::new(curve, point);
    ring::agreement::agree_ephemeral(mine, &theirs, |_| ()).is_ok()
}

fn okp_problem(crv: &str, x: &[u8]) -> Result<(), String> {
    let size = match crv {
        "Ed25519" => 32,
        "Ed448" => 57,
        other => return Err(format!("its curve `{other}` is not Ed25519 or Ed448")),
    };
    if x.len() == size {
        Ok(())
    } else {
        Err(format!("its `x` is not {size} bytes, as {crv} needs"))
    }
}

fn bit_length(bytes: &[u8]) -> usize {
    match bytes.iter().position(|b| *b != 0) {
        None => 0,
        Some(i) => (bytes.len() - i) * 8 - bytes[i].leading_zeros() as usize,
    }
}

fn decode(value: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(value.trim_end_matches('=')).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn b64(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(bytes)
    }

    fn rsa(bits: usize, e: &[u8]) -> Value {
        let mut n = vec![0xffu8; bits / 8];
        n[0] = 0x80;
        json!({"kty": "RSA", "kid": format!("rsa{bits}"), "n": b64(&n), "e": b64(e)})
    }

    /// The P-256 generator point, which is on the curve.
    fn p256(y_last: u8) -> Value {
        let x = hex("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296");
        let mut y = hex("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5");
        y[31] = y_last;
        json!({"kty": "EC", "crv": "P-256", "x": b64(&x), "y": b64(&y)})
    }

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn counts_usable_signing_keys_and_names_the_others() {
        let jwks = json!({"keys": [
            rsa(2048, &[1, 0, 1]),
            {"kty": "RSA", "n": "!!!", "e": "AQAB", "use": "sig", "alg": "RS256"},
            {"kty": "RSA", "n": "abc", "e": "AQAB", "use": "enc", "alg": "RSA-OAEP"},
            p256(0xf5),
            {"kty": "oct", "k": "secret"},
        ]});
        let report = usable_signing_keys(&jwks, "u").unwrap();
        assert_eq!(report.usable, 2);
        assert_eq!(report.unusable, ["key #2 (no kid): its `n` is not base64url"]);
    }

    #[test]
    fn degenerate_keys_are_unusable() {
        let problem = |key: Value| key_problem(key.as_object().unwrap()).unwrap_or_default();
        assert_eq!(problem(rsa(2048, &[1, 0, 1])), "");
        assert_eq!(problem(rsa(16384, &[3])), "");
        assert!(problem(json!({"kty": "RSA", "n": "AA", "e": "AQAB"})).contains("modulus is 0 bits"));
        assert!(problem(rsa(256, &[1, 0, 1])).contains("modulus is 256 bits"));
        assert!(problem(rsa(8 << 20, &[1, 0, 1])).contains("modulus is 8388608 bits"));
        assert!(problem(rsa(2048, &[0xff; 4096])).contains("exponent"));
        assert!(problem(rsa(2048, &[2])).contains("exponent"));
        assert!(problem(rsa(2048, &[1])).contains("exponent"));
        assert!(problem(p256(0xf4)).contains("not on the P-256 curve"));
        assert!(problem(json!({"kty": "EC", "crv": "P-256", "x": "AQAB", "y": "AQAB"})).contains("32 bytes"));
        assert!(problem(json!({"kty": "OKP", "crv": "Ed25519", "x": b64(&[1; 31])})).contains("32 bytes"));
        assert_eq!(problem(json!({"kty": "OKP", "crv": "Ed25519", "x": b64(&[1; 32])})), "");
    }

    #[test]
    fn refuses_empty_or_unusable_sets_naming_each_key() {
        assert!(usable_signing_keys(&json!({"keys": []}), "u").is_err());
        assert!(usable_signing_keys(&json!({"nokeys": 1}), "u").is_err());
        assert!(usable_signing_keys(&json!({"keys": [{"kty": "RSA", "use": "enc", "n": "a", "e": "b"}]}), "u").is_err());
        let err = usable_signing_keys(&json!({"keys": [rsa(1024, &[1, 0, 1])]}), "u").unwrap_err();
        assert!(err.message.contains("key `rsa1024`: its RSA modulus is 1024 bits"), "{}", err.message);
    }
}
