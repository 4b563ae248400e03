//! Whether a JWKS can verify tokens at all: at least one public signing key the verifier in use
//! (ring, in `token.rs`) can verify with. A key counts as usable exactly when it converts into
//! that verifier's [`VerifyingKey`]: RSA of 2048-8192 bits with an odd exponent of 3 to 2^33-1,
//! EC points on P-256 or P-384, Ed25519. `discover`, `doctor` and `check-token` all ask here, so
//! they agree, and check-token never blames a token for a key it could not use.

use super::Rejection;
use crate::scrub::remote;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};

/// ring's `RSA_PKCS1_2048_8192_*` and `RSA_PSS_2048_8192_*`, the parameters `token.rs` verifies with.
pub const MIN_RSA_BITS: usize = 2048;
pub const MAX_RSA_BITS: usize = 8192;

/// A public key as the verifier takes it; the only way `token.rs` gets one is [`verifying_key`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyingKey {
    /// Big-endian, without leading zero bytes (ring refuses them; they do not change the number).
    Rsa { n: Vec<u8>, e: Vec<u8> },
    /// The uncompressed point 0x04 || x || y, on `curve`.
    Ec { curve: Curve, point: Vec<u8> },
    /// The 32-byte public key.
    Ed25519 { x: Vec<u8> },
}

/// The EC curves the verifier has (ring: ES256 and ES384; no ES512).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curve {
    P256,
    P384,
}

impl Curve {
    pub fn name(self) -> &'static str {
        match self {
            Self::P256 => "P-256",
            Self::P384 => "P-384",
        }
    }
}

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

/// Why the verifier cannot verify a signature with this key, if it cannot.
pub fn key_problem(key: &Map<String, Value>) -> Option<String> {
    verifying_key(key).err()
}

/// The key as the verifier takes it, or why it cannot be one.
pub fn verifying_key(key: &Map<String, Value>) -> Result<VerifyingKey, String> {
    let param = |name: &str| -> Result<Vec<u8>, String> {
        let text = key.get(name).and_then(Value::as_str).ok_or(format!("it has no `{name}`"))?;
        decode(text).filter(|bytes| !bytes.is_empty()).ok_or(format!("its `{name}` is not base64url"))
    };
    let crv = || key.get("crv").and_then(Value::as_str).unwrap_or("(none)");
    match key.get("kty").and_then(Value::as_str) {
        Some("RSA") => rsa_key(&param("n")?, &param("e")?),
        Some("EC") => ec_key(crv(), &param("x")?, &param("y")?),
        Some("OKP") => okp_key(crv(), param("x")?),
        other => Err(format!("its key type `{}` is not RSA, EC or OKP", remote(other.unwrap_or("(none)")))),
    }
}

fn rsa_key(n: &[u8], e: &[u8]) -> Result<VerifyingKey, String> {
    let (n, e) = (without_leading_zeros(n), without_leading_zeros(e));
    let bits = bit_length(n);
    if !(MIN_RSA_BITS..=MAX_RSA_BITS).contains(&bits) {
        return Err(format!(
            "its RSA modulus is {bits} bits; alter's verifier (ring) takes {MIN_RSA_BITS} to {MAX_RSA_BITS}"
        ));
    }
    if n.last().is_some_and(|b| b & 1 == 0) {
        return Err("its RSA modulus `n` is even, which no RSA modulus is".to_owned());
    }
    // ring takes odd exponents from 3 to 2^33-1 (65537 in practice).
    let e_bits = bit_length(e);
    let odd = e.last().is_some_and(|b| b & 1 == 1);
    if !(2..=33).contains(&e_bits) || !odd {
        return Err(
            "its RSA exponent `e` is not a usable public exponent (an odd number from 3 to 2^33; 65537 is usual)"
                .to_owned(),
        );
    }
    Ok(VerifyingKey::Rsa { n: n.to_vec(), e: e.to_vec() })
}

fn ec_key(crv: &str, x: &[u8], y: &[u8]) -> Result<VerifyingKey, String> {
    use ring::agreement::{ECDH_P256, ECDH_P384};
    let (curve, size, agreement) = match crv {
        "P-256" => (Curve::P256, 32, &ECDH_P256),
        "P-384" => (Curve::P384, 48, &ECDH_P384),
        "P-521" => {
            return Err("its curve is P-521 (ES512), which alter's verifier (ring) does not have: P-256 and P-384 only"
                .to_owned())
        }
        other => return Err(format!("its curve `{}` is not P-256 or P-384", remote(other))),
    };
    if x.len() != size || y.len() != size {
        return Err(format!("its coordinates are not {size} bytes each, as {crv} needs"));
    }
    let point = [&[4u8][..], x, y].concat();
    if !on_curve(agreement, &point) {
        return Err(format!("its point (x, y) is not on the {crv} curve"));
    }
    Ok(VerifyingKey::Ec { curve, point })
}

/// ring validates a peer's point (on the curve, not the identity) before any key agreement, and
/// has no other public way to ask: an agreement with a throwaway key answers it.
fn on_curve(curve: &'static ring::agreement::Algorithm, point: &[u8]) -> bool {
    let rng = ring::rand::SystemRandom::new();
    let Ok(mine) = ring::agreement::EphemeralPrivateKey::generate(curve, &rng) else { return false };
    let theirs = ring::agreement::UnparsedPublicKey::new(curve, point);
    ring::agreement::agree_ephemeral(mine, &theirs, |_| ()).is_ok()
}

fn okp_key(crv: &str, x: Vec<u8>) -> Result<VerifyingKey, String> {
    match crv {
        "Ed25519" if x.len() == 32 => Ok(VerifyingKey::Ed25519 { x }),
        "Ed25519" => Err("its `x` is not 32 bytes, as Ed25519 needs".to_owned()),
        "Ed448" => Err("its curve is Ed448, which alter's verifier (ring) does not have: Ed25519 only".to_owned()),
        other => Err(format!("its curve `{}` is not Ed25519", remote(other))),
    }
}

fn without_leading_zeros(bytes: &[u8]) -> &[u8] {
    &bytes[bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len())..]
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
        assert_eq!(problem(rsa(8192, &[3])), "");
        // Beyond what the verifier in use (ring) takes: unusable, however sound.
        assert!(
            problem(rsa(8200, &[1, 0, 1])).contains("modulus is 8200 bits; alter's verifier (ring) takes 2048 to 8192")
        );
        assert!(problem(rsa(16384, &[3])).contains("modulus is 16384 bits"));
        let ed448 = json!({"kty": "OKP", "crv": "Ed448", "x": b64(&[1; 57])});
        assert!(problem(ed448).contains("Ed448, which alter's verifier (ring) does not have"));
        let p521 = json!({"kty": "EC", "crv": "P-521", "x": b64(&[1; 66]), "y": b64(&[1; 66])});
        assert!(problem(p521).contains("P-521 (ES512), which alter's verifier (ring) does not have"));
        let mut even = vec![0xffu8; 256];
        even[255] = 0xfe;
        assert!(problem(json!({"kty": "RSA", "n": b64(&even), "e": "AQAB"})).contains("is even"));
        // Leading zero bytes do not change the number: usable, and passed on without them.
        let padded = json!({"kty": "RSA", "n": b64(&[&[0u8][..], &[0xff; 256]].concat()), "e": b64(&[0, 1, 0, 1])});
        let Ok(VerifyingKey::Rsa { n, e }) = verifying_key(padded.as_object().unwrap()) else { panic!("usable") };
        assert_eq!((n.len(), e), (256, vec![1, 0, 1]));
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
