//! JWTs signed by keys the tests own, with the JWKS that verifies them, to cover each way a
//! token can fail (the npm oidc-provider covers real RS256 tokens).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use serde_json::{json, Value};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs()
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// An ES256 key with its `kid`.
pub struct Signer {
    pub kid: String,
    key: EcdsaKeyPair,
}

impl Signer {
    pub fn es256(kid: &str) -> Signer {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("generate key");
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).expect("load key");
        Signer { kid: kid.to_owned(), key }
    }

    /// The public JWK (uncompressed point 0x04 || x || y).
    pub fn jwk(&self) -> Value {
        let point = self.key.public_key().as_ref();
        json!({"kty": "EC", "crv": "P-256", "alg": "ES256", "use": "sig", "kid": self.kid,
               "x": b64(&point[1..33]), "y": b64(&point[33..65])})
    }

    pub fn jwks(signers: &[&Signer]) -> Value {
        json!({"keys": signers.iter().map(|s| s.jwk()).collect::<Vec<_>>()})
    }

    pub fn sign(&self, claims: &Value) -> String {
        self.sign_with_header(&json!({"alg": "ES256", "typ": "JWT", "kid": self.kid}), claims)
    }

    pub fn sign_with_header(&self, header: &Value, claims: &Value) -> String {
        self.sign_payload(header, &claims.to_string())
    }

    /// Signs payload text as given, for JSON a `Value` cannot hold (e.g. `{"exp": 1e400}`).
    pub fn sign_payload(&self, header: &Value, payload: &str) -> String {
        let input = format!("{}.{}", b64(header.to_string().as_bytes()), b64(payload.as_bytes()));
        let signature = self.key.sign(&SystemRandom::new(), input.as_bytes()).expect("sign");
        format!("{input}.{}", b64(signature.as_ref()))
    }
}

/// A token signed with HMAC-SHA256 and a shared secret: what Alter must refuse.
pub fn hs256(claims: &Value) -> String {
    let input = format!(
        "{}.{}",
        b64(json!({"alg": "HS256", "typ": "JWT"}).to_string().as_bytes()),
        b64(claims.to_string().as_bytes())
    );
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"shared-secret");
    format!("{input}.{}", b64(ring::hmac::sign(&key, input.as_bytes()).as_ref()))
}

/// Claims that pass every check for `issuer`/`audience`, to be varied one at a time.
pub fn good_claims(issuer: &str, audience: &str) -> Value {
    let now = now();
    json!({"iss": issuer, "aud": audience, "sub": "user_123", "iat": now, "exp": now + 600})
}

/// A signer for every algorithm check-token verifies besides ES256: RS256/384/512 and
/// PS256/384/512 with one fixed 2048-bit RSA test key (ring signs RSA but does not generate
/// keys), ES384 and EdDSA (Ed25519) with fresh keys.
pub struct AlgSigner {
    pub alg: &'static str,
    pub kid: String,
    key: AlgKey,
}

enum AlgKey {
    Rsa(ring::signature::RsaKeyPair, &'static dyn ring::signature::RsaEncoding),
    Ec(EcdsaKeyPair),
    Ed(ring::signature::Ed25519KeyPair),
}

/// A throwaway key for tests only, generated with `openssl genpkey -algorithm RSA` (RSAPrivateKey DER).
const RSA_TEST_KEY: &[u8] = include_bytes!("rsa-2048-test-key.der");

impl AlgSigner {
    pub fn new(alg: &'static str, kid: &str) -> AlgSigner {
        use ring::signature as sig;
        let rng = SystemRandom::new();
        let rsa = |encoding: &'static dyn sig::RsaEncoding| {
            AlgKey::Rsa(sig::RsaKeyPair::from_der(RSA_TEST_KEY).expect("RSA test key"), encoding)
        };
        let key = match alg {
            "RS256" => rsa(&sig::RSA_PKCS1_SHA256),
            "RS384" => rsa(&sig::RSA_PKCS1_SHA384),
            "RS512" => rsa(&sig::RSA_PKCS1_SHA512),
            "PS256" => rsa(&sig::RSA_PSS_SHA256),
            "PS384" => rsa(&sig::RSA_PSS_SHA384),
            "PS512" => rsa(&sig::RSA_PSS_SHA512),
            "ES384" => {
                let pkcs8 = EcdsaKeyPair::generate_pkcs8(&sig::ECDSA_P384_SHA384_FIXED_SIGNING, &rng).expect("key");
                AlgKey::Ec(
                    EcdsaKeyPair::from_pkcs8(&sig::ECDSA_P384_SHA384_FIXED_SIGNING, pkcs8.as_ref(), &rng).expect("key"),
                )
            }
            "EdDSA" => {
                let pkcs8 = sig::Ed25519KeyPair::generate_pkcs8(&rng).expect("key");
                AlgKey::Ed(sig::Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).expect("key"))
            }
            other => panic!("AlgSigner does not sign {other}"),
        };
        AlgSigner { alg, kid: kid.to_owned(), key }
    }

    pub fn jwk(&self) -> Value {
        match &self.key {
            AlgKey::Rsa(key, _) => {
                let public = ring::signature::RsaPublicKeyComponents::<Vec<u8>>::from(key.public());
                json!({"kty": "RSA", "alg": self.alg, "use": "sig", "kid": self.kid,
                       "n": b64(&public.n), "e": b64(&public.e)})
            }
            AlgKey::Ec(key) => {
                let point = key.public_key().as_ref();
                json!({"kty": "EC", "crv": "P-384", "alg": self.alg, "use": "sig", "kid": self.kid,
                       "x": b64(&point[1..49]), "y": b64(&point[49..97])})
            }
            AlgKey::Ed(key) => json!({"kty": "OKP", "crv": "Ed25519", "alg": self.alg, "use": "sig", "kid": self.kid,
                                      "x": b64(key.public_key().as_ref())}),
        }
    }

    pub fn sign(&self, claims: &Value) -> String {
        let header = json!({"alg": self.alg, "typ": "JWT", "kid": self.kid});
        let input = format!("{}.{}", b64(header.to_string().as_bytes()), b64(claims.to_string().as_bytes()));
        let rng = SystemRandom::new();
        let signature = match &self.key {
            AlgKey::Rsa(key, encoding) => {
                let mut signature = vec![0; key.public().modulus_len()];
                key.sign(*encoding, &rng, input.as_bytes(), &mut signature).expect("sign");
                signature
            }
            AlgKey::Ec(key) => key.sign(&rng, input.as_bytes()).expect("sign").as_ref().to_vec(),
            AlgKey::Ed(key) => key.sign(input.as_bytes()).as_ref().to_vec(),
        };
        format!("{input}.{}", b64(&signature))
    }
}

/// Public keys alter's verifier (ring) cannot use, each with a token its private key really
/// signed, generated once with openssl (ring neither has Ed448 nor signs with RSA over 4096
/// bits): `keys` holds the JWKs `ed448` (Ed448) and `rsa8448` (8448-bit RSA), `tokens` the token
/// signed by each, under its kid. Claims: iss `https://idp.example`, aud `api`, exp in 2100.
pub fn unusable_keys() -> Value {
    serde_json::from_str(include_str!("unusable-keys.json")).expect("unusable-keys.json")
}
