//! Why Alter would accept or refuse a JWT: each check Alter applies, with the fix for a failure.
//! Signatures are verified with `ring`; nothing here touches the network or the terminal.

use super::clock::Skew;
use super::jwks::{Curve, VerifyingKey};
use super::model::ProviderType;
use crate::scrub::remote;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::signature::{self, RsaPublicKeyComponents, UnparsedPublicKey};
use serde::Serialize;
use serde_json::{Map, Value};

/// Clock skew tolerated on `exp` and `nbf`.
pub const CLOCK_SKEW_SECS: u64 = 60;

/// What the provider's configuration says a token must look like.
#[derive(Debug, Clone)]
pub struct Expectations {
    pub provider_type: ProviderType,
    pub issuer: String,
    pub audience: Option<String>,
    pub user_id_claim: String,
    pub group_claim: Option<String>,
    pub role_claim: Option<String>,
    pub group_claim_stable_ids: bool,
}

/// What one check found. A warning is something Alter accepts but that will not work as the
/// configuration intends (the admin guide: no group claim means memberships are not recorded).
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Warn,
    Fail,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accepted,
    AcceptedWithWarnings,
    Refused,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Check {
    pub check: &'static str,
    pub status: Status,
    /// Kept for scripts written before `status`: true only for a pass.
    pub ok: bool,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub verdict: Verdict,
    /// Kept for scripts written before `verdict`: false only when refused.
    pub accepted: bool,
    pub issuer: String,
    pub checks: Vec<Check>,
    /// Seconds this machine's clock is ahead of the issuer's (negative: behind), when measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock_skew_secs: Option<i64>,
    /// How many of the failed checks are warnings that `--strict` turned into failures.
    #[serde(skip)]
    pub failed_by_strict: usize,
}

impl Report {
    fn new(issuer: &str, checks: Vec<Check>) -> Self {
        let verdict = if checks.iter().any(|c| c.status == Status::Fail) {
            Verdict::Refused
        } else if checks.iter().any(|c| c.status == Status::Warn) {
            Verdict::AcceptedWithWarnings
        } else {
            Verdict::Accepted
        };
        Report {
            verdict,
            accepted: verdict != Verdict::Refused,
            issuer: issuer.to_owned(),
            checks,
            clock_skew_secs: None,
            failed_by_strict: 0,
        }
    }

    /// A skewed local clock is a common cause of "expired" or "not yet valid": say so next to
    /// the lifetime result when this machine and the issuer disagree by more than the tolerance.
    pub fn with_clock(mut self, skew: Option<Skew>) -> Self {
        let Some(skew) = skew else { return self };
        self.clock_skew_secs = Some(skew.local_ahead_secs);
        if skew.is_significant() {
            for check in self.checks.iter_mut().filter(|c| c.check == "lifetime") {
                check.message.push_str(&format!(
                    " (note: {}, and lifetimes are judged with this machine's clock: set it right, e.g. enable NTP)",
                    skew.describe("the issuer's")
                ));
            }
        }
        self
    }

    /// `--strict`: a pipeline that depends on groups refuses what Alter would only warn about.
    pub fn strict(self) -> Self {
        let failed_by_strict = self.failed_by_strict + self.count(Status::Warn);
        let checks = self
            .checks
            .into_iter()
            .map(|c| if c.status == Status::Warn { Check { status: Status::Fail, ..c } } else { c })
            .collect();
        Report { clock_skew_secs: self.clock_skew_secs, failed_by_strict, ..Report::new(&self.issuer, checks) }
    }

    /// Refused, and only because `--strict` counts warnings: without it, Alter would accept it.
    pub fn refused_only_by_strict(&self) -> bool {
        !self.accepted && self.failed_by_strict == self.count(Status::Fail)
    }

    pub fn count(&self, status: Status) -> usize {
        self.checks.iter().filter(|c| c.status == status).count()
    }
}

fn pass(check: &'static str, message: impl Into<String>) -> Check {
    Check { check, status: Status::Pass, ok: true, message: message.into() }
}

fn warn(check: &'static str, message: impl Into<String>) -> Check {
    Check { check, status: Status::Warn, ok: false, message: message.into() }
}

fn fail(check: &'static str, message: impl Into<String>) -> Check {
    Check { check, status: Status::Fail, ok: false, message: message.into() }
}

struct Decoded {
    header: Map<String, Value>,
    claims: Map<String, Value>,
    signing_input: String,
    signature: Vec<u8>,
}

/// Runs every check; claim checks run even when the signature fails, so one run shows all
/// that is wrong.
pub fn check(token: &str, jwks: &Value, expect: &Expectations, now: u64) -> Report {
    let mut checks = Vec::new();
    match decode(token, expect.provider_type) {
        Err(not_a_jwt) => checks.push(not_a_jwt),
        Ok(decoded) => {
            checks.push(pass("jwt", "a signed JWT (JWS compact form)"));
            checks.extend(signature_checks(&decoded, jwks));
            checks.extend(claim_checks(&decoded.claims, expect, now));
        }
    }
    Report::new(&expect.issuer, checks)
}

/// The payload of a JWS, unverified: for reading claims whose token `check` judges separately.
/// None for anything that is not a JWT.
pub fn claims(token: &str) -> Option<Map<String, Value>> {
    decode(token, ProviderType::CustomOidc).ok().map(|decoded| decoded.claims)
}

fn decode(token: &str, provider: ProviderType) -> Result<Decoded, Check> {
    let parts: Vec<&str> = token.trim().split('.').collect();
    let opaque_hint = if provider == ProviderType::Auth0 {
        ": Auth0 issues an opaque access token when no `audience` is requested; request one with audience=<your API identifier>"
    } else {
        ": send the provider's JWT access token (or ID token), not an opaque token"
    };
    match parts.len() {
        3 => {}
        5 => {
            return Err(fail(
                "jwt",
                "this is an encrypted token (JWE, 5 parts); Alter needs a signed JWT (JWS, 3 parts)",
            ))
        }
        n => return Err(fail("jwt", format!("not a JWT ({n} dot-separated part(s), a JWT has 3){opaque_hint}"))),
    }
    let json_part = |part: &str, what: &str| -> Result<Map<String, Value>, Check> {
        let bytes = b64(part).ok_or_else(|| fail("jwt", format!("the {what} is not base64url{opaque_hint}")))?;
        json_object(&bytes).ok_or_else(|| fail("jwt", format!("the {what} is not a JSON object{opaque_hint}")))
    };
    let header = json_part(parts[0], "header")?;
    let claims = json_part(parts[1], "payload")?;
    let signature = b64(parts[2]).ok_or_else(|| fail("jwt", "the signature is not base64url"))?;
    Ok(Decoded { header, claims, signing_input: format!("{}.{}", parts[0], parts[1]), signature })
}

/// A member serde_json cannot hold (a number beyond f64 such as `1e400`) is kept as its raw
/// text, so the check that reads it reports that claim as malformed, not the whole payload.
fn json_object(bytes: &[u8]) -> Option<Map<String, Value>> {
    if let Ok(Value::Object(map)) = serde_json::from_slice(bytes) {
        return Some(map);
    }
    let raw: Vec<(String, Box<serde_json::value::RawValue>)> =
        serde_json::from_slice::<std::collections::BTreeMap<_, _>>(bytes).ok()?.into_iter().collect();
    Some(
        raw.into_iter()
            .map(|(name, raw)| {
                let value = serde_json::from_str(raw.get()).unwrap_or_else(|_| Value::String(raw.get().to_owned()));
                (name, value)
            })
            .collect(),
    )
}

fn b64(part: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()
}

fn signature_checks(decoded: &Decoded, jwks: &Value) -> Vec<Check> {
    let raw_alg = decoded.header.get("alg").and_then(Value::as_str).unwrap_or("");
    let alg = &remote(raw_alg);
    let Some(family) = Family::of(raw_alg) else {
        let why = if alg.is_empty() || alg == "none" {
            format!("`alg` is `{}`: an unsigned token is never accepted", if alg.is_empty() { "missing" } else { alg })
        } else if alg.starts_with("HS") {
            format!("`alg` is {alg}, a shared-secret algorithm: Alter verifies only with the provider's public keys; configure the provider to sign with RS256 (or ES256)")
        } else {
            format!("`alg` {alg} is not supported; use RS256, RS384, RS512, PS256-512, ES256, ES384 or EdDSA")
        };
        return vec![
            fail("algorithm", why),
            fail("key", "not looked up: the algorithm is unusable"),
            fail("signature", "not verified: the algorithm is unusable"),
        ];
    };
    let keys: Vec<&Map<String, Value>> =
        jwks.get("keys").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object).collect();
    let usable: Vec<&Map<String, Value>> = keys
        .iter()
        .copied()
        .filter(|k| k.get("kty").and_then(Value::as_str) == Some(family.kty()))
        .filter(|k| k.get("use").and_then(Value::as_str).is_none_or(|u| u == "sig"))
        .filter(|k| k.get("alg").and_then(Value::as_str).is_none_or(|a| a == raw_alg))
        .collect();
    let mut checks = Vec::new();
    if usable.is_empty() {
        checks.push(fail(
            "algorithm",
            format!(
                "the token is signed with {alg}, but the provider's JWKS offers no {} signing key for it",
                family.kty()
            ),
        ));
    } else {
        checks.push(pass("algorithm", format!("{alg}, an asymmetric algorithm the JWKS offers")));
    }
    let kid = decoded.header.get("kid").and_then(Value::as_str);
    let key = match kid {
        Some(kid) => usable.iter().find(|k| k.get("kid").and_then(Value::as_str) == Some(kid)).copied(),
        None if usable.len() == 1 => usable.first().copied(),
        None => None,
    };
    let Some(key) = key else {
        let message = match kid {
            Some(kid) => format!("no key `{}` in the provider's JWKS: the key was rotated away, or the token comes from another tenant or environment", remote(kid)),
            None => "the token has no `kid` and the JWKS has several keys: Alter cannot pick one".to_owned(),
        };
        checks.push(fail("key", message));
        checks.push(fail("signature", "not verified: no matching key"));
        return checks;
    };
    let name = kid.map_or_else(|| "(the only key)".to_owned(), remote);
    // The one conversion discovery and doctor count usable keys by: what fails here, the verifier
    // cannot use, and that says nothing about the token.
    let verifying = match super::jwks::verifying_key(key) {
        Ok(verifying) => verifying,
        Err(why) => {
            checks.push(fail(
                "key",
                format!("`{name}` is in the JWKS but unusable: {why}; the provider must publish a key alter can verify with"),
            ));
            checks.push(fail("signature", "not verified: the key is unusable, which says nothing about the token"));
            return checks;
        }
    };
    if let VerifyingKey::Ec { curve, .. } = &verifying {
        let needed = if raw_alg == "ES256" { Curve::P256 } else { Curve::P384 };
        if *curve != needed {
            checks.push(fail(
                "key",
                format!("`{name}` is a {} key, but the token's `alg` {alg} needs {}", curve.name(), needed.name()),
            ));
            checks.push(fail("signature", "not verified: the key does not fit the token's algorithm"));
            return checks;
        }
    }
    checks.push(pass("key", format!("found `{name}` in the JWKS")));
    checks.push(if verifies(raw_alg, &verifying, decoded.signing_input.as_bytes(), &decoded.signature) {
        pass("signature", "valid")
    } else {
        fail(
            "signature",
            "invalid (bad signature): the token was altered, or signed by a different key with the same id",
        )
    });
    checks
}

/// Verifies with a key the verifier takes; `alg` picks the hash and padding for RSA (the key's
/// kind already matches `alg`'s family, and an EC key's curve matches `alg`).
fn verifies(alg: &str, key: &VerifyingKey, message: &[u8], sig: &[u8]) -> bool {
    let verified = match key {
        VerifyingKey::Rsa { n, e } => {
            let params: &signature::RsaParameters = match alg {
                "RS256" => &signature::RSA_PKCS1_2048_8192_SHA256,
                "RS384" => &signature::RSA_PKCS1_2048_8192_SHA384,
                "RS512" => &signature::RSA_PKCS1_2048_8192_SHA512,
                "PS256" => &signature::RSA_PSS_2048_8192_SHA256,
                "PS384" => &signature::RSA_PSS_2048_8192_SHA384,
                _ => &signature::RSA_PSS_2048_8192_SHA512,
            };
            RsaPublicKeyComponents { n, e }.verify(params, message, sig)
        }
        VerifyingKey::Ec { curve, point } => {
            let algorithm: &signature::EcdsaVerificationAlgorithm = match curve {
                Curve::P256 => &signature::ECDSA_P256_SHA256_FIXED,
                Curve::P384 => &signature::ECDSA_P384_SHA384_FIXED,
            };
            UnparsedPublicKey::new(algorithm, point).verify(message, sig)
        }
        VerifyingKey::Ed25519 { x } => UnparsedPublicKey::new(&signature::ED25519, x).verify(message, sig),
    };
    verified.is_ok()
}

#[derive(Clone, Copy)]
enum Family {
    Rsa,
    Ec,
    Okp,
}

impl Family {
    fn of(alg: &str) -> Option<Self> {
        match alg {
            "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" => Some(Self::Rsa),
            "ES256" | "ES384" => Some(Self::Ec),
            "EdDSA" => Some(Self::Okp),
            _ => None,
        }
    }

    fn kty(self) -> &'static str {
        match self {
            Self::Rsa => "RSA",
            Self::Ec => "EC",
            Self::Okp => "OKP",
        }
    }
}

fn claim_checks(claims: &Map<String, Value>, expect: &Expectations, now: u64) -> Vec<Check> {
    let mut checks = vec![issuer_check(claims, &expect.issuer)];
    checks.push(audience_check(claims, expect.audience.as_deref()));
    checks.push(lifetime_check(claims, now));
    checks.push(match claims.get(&expect.user_id_claim) {
        Some(Value::String(s)) if !s.is_empty() => {
            pass("user_id_claim", format!("`{}` is present", expect.user_id_claim))
        }
        Some(Value::Number(_)) => pass("user_id_claim", format!("`{}` is present", expect.user_id_claim)),
        _ => fail(
            "user_id_claim",
            format!(
                "the user-id claim `{}` is missing or empty: tokens must carry it (a custom JWT template must keep it)",
                expect.user_id_claim
            ),
        ),
    });
    if let Some(group) = &expect.group_claim {
        checks.extend(group_checks(claims, group, expect));
    }
    if let Some(role) = &expect.role_claim {
        checks.push(match claims.get(role) {
            Some(v) if recorded_values(v).is_some() => pass("role_claim", format!("`{role}` is present")),
            Some(v) if !v.is_null() => warn("role_claim", format!("`{role}` is neither a string nor an array of strings, so no roles are recorded: emit the roles as a list of strings")),
            _ => warn("role_claim", format!("the role claim `{role}` is missing, so no roles are recorded: add it at the provider, or clear the mapping (`alter idp update --role-claim ''`)")),
        });
    }
    checks
}

fn issuer_check(claims: &Map<String, Value>, configured: &str) -> Check {
    let issuer = remote(configured);
    match claims.get("iss").and_then(Value::as_str) {
        Some(iss) if iss == configured => pass("issuer", format!("`iss` is `{issuer}`")),
        Some(iss) if iss.trim_end_matches('/') == configured.trim_end_matches('/') => fail(
            "issuer",
            format!("`iss` is `{}` but the configured issuer is `{issuer}`: they differ only by the trailing slash, and Alter compares exactly; configure the issuer as `{}`", remote(iss), remote(iss)),
        ),
        Some(iss) => fail("issuer", format!("`iss` is `{}`, not the configured issuer `{issuer}`: the token comes from another issuer (a custom domain vs the tenant URL?)", remote(iss))),
        None => fail("issuer", "the token has no `iss` claim"),
    }
}

fn audience_check(claims: &Map<String, Value>, audience: Option<&str>) -> Check {
    let Some(audience) = audience else {
        return pass("audience", "no audience configured: any `aud` is accepted");
    };
    let values: Vec<&str> = match claims.get("aud") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        None => Vec::new(),
        Some(_) => {
            return fail("audience", "`aud` is neither a string nor an array of strings: the token is malformed")
        }
    };
    let shown = remote(audience);
    if values.contains(&audience) {
        pass("audience", format!("`aud` contains `{shown}`"))
    } else if values.is_empty() {
        fail(
            "audience",
            format!("the token has no `aud`, but `{shown}` is required: request the token with that audience"),
        )
    } else {
        let values: Vec<String> = values.iter().map(|v| format!("`{}`", remote(v))).collect();
        fail("audience", format!("`aud` is {}, which does not include `{shown}`: request the token for that audience, or change the configured one", values.join(", ")))
    }
}

fn lifetime_check(claims: &Map<String, Value>, now: u64) -> Check {
    for name in ["exp", "nbf"] {
        if claims.get(name).is_some_and(|v| !v.is_number()) {
            return fail("lifetime", format!("malformed `{name}`: not a number of seconds since 1970 (NumericDate)"));
        }
    }
    let time = |name: &str| claims.get(name).and_then(Value::as_f64).map(|v| v as u64);
    match (time("exp"), time("nbf")) {
        (None, _) => fail("lifetime", "the token has no `exp`: Alter accepts only tokens that expire"),
        (Some(exp), _) if exp.saturating_add(CLOCK_SKEW_SECS) < now => {
            fail("lifetime", format!("expired {} s ago: get a fresh token", now - exp))
        }
        (_, Some(nbf)) if nbf > now.saturating_add(CLOCK_SKEW_SECS) => fail(
            "lifetime",
            format!("not valid for another {} s (`nbf`): check this machine's clock and the provider's", nbf - now),
        ),
        (Some(exp), _) => pass("lifetime", format!("valid, expires in {} s", exp.saturating_sub(now))),
    }
}

/// Missing or unusable group claims are warnings: Alter accepts the token and records no
/// memberships. Names instead of IDs are warnings too: memberships are recorded, grants cannot be.
fn group_checks(claims: &Map<String, Value>, group: &str, expect: &Expectations) -> Vec<Check> {
    const UNRECORDED: &str = "group memberships are not recorded and group grants will not work";
    let Some(value) = claims.get(group) else {
        let message = if group.contains('.') {
            format!("the group claim `{group}` names a nested path; Alter reads top-level claims only, so {UNRECORDED}: emit it top-level (for Clerk, a JWT template with \"groups\": \"{{{{org.id}}}}\")")
        } else if claims.get("o").and_then(|o| o.get("id")).is_some() {
            format!("`{group}` is missing and the token nests the organization under `o` (`o.id`), which is not top-level, so {UNRECORDED}: add a Clerk JWT template emitting \"{group}\": \"{{{{org.id}}}}\"")
        } else {
            match expect.provider_type {
                ProviderType::Okta => format!("`{group}` is missing, so {UNRECORDED}: add a `{group}` claim on the Okta authorization server (Security > API > Claims), for access tokens"),
                ProviderType::Auth0 => format!("`{group}` is missing, so group memberships are not recorded: emit it from an Auth0 Action as a namespaced claim, and configure that name"),
                _ => format!("the group claim `{group}` is missing, so {UNRECORDED}: add it at the provider, or map the claim that carries groups (`alter idp update --group-claim NAME`)"),
            }
        };
        return vec![warn("group_claim", message)];
    };
    let values = match recorded_values(value) {
        Some(values) => values,
        None => {
            return vec![warn(
                "group_claim",
                format!("`{group}` is neither a string nor an array of strings, so {UNRECORDED}: emit the group values as a list of strings"),
            )]
        }
    };
    vec![
        pass("group_claim", format!("`{group}` is present and top-level ({} value(s))", values.len())),
        group_ids_check(&values, expect),
    ]
}

fn group_ids_check(values: &[&str], expect: &Expectations) -> Check {
    let provider = expect.provider_type;
    if provider == ProviderType::Auth0 {
        return pass("group_ids", "memberships are recorded; Auth0 never backs group grants (no group lifecycle webhooks), so names or IDs make no difference");
    }
    let names: Vec<&str> = values.iter().copied().filter(|v| !is_stable_id(provider, v)).collect();
    match (names.is_empty(), expect.group_claim_stable_ids) {
        (true, true) => pass("group_ids", "group values are stable IDs, as group grants need"),
        (true, false) => pass(
            "group_ids",
            "group values look like stable IDs; group grants also need the setting: `alter idp update --group-claim-stable-ids`",
        ),
        (false, true) => warn("group_ids", format!(
            "{names:?} look like group names, not stable IDs ({}), yet the provider is set to stable IDs: those groups will never match the provider's webhooks, so group grants will not work: emit IDs from the group claim",
            stable_id_shape(provider)
        )),
        (false, false) => warn("group_ids", format!(
            "{names:?} look like group names, not stable IDs ({}): memberships are recorded, but names rule out group grants: emit IDs, then `alter idp update --group-claim-stable-ids`",
            stable_id_shape(provider)
        )),
    }
}

/// The one rule for what Alter records from a group or role claim: a string, or an array of
/// strings; anything else (a number, an object, an array with a non-string in it) records
/// nothing. The checklist and test-login's record both ask this function.
pub fn recorded_values(value: &Value) -> Option<Vec<&str>> {
    match value {
        Value::String(s) => Some(vec![s.as_str()]),
        Value::Array(items) => items.iter().map(Value::as_str).collect(),
        _ => None,
    }
}

pub fn is_stable_id(provider: ProviderType, value: &str) -> bool {
    match provider {
        ProviderType::Okta => {
            value.starts_with("00g") && value.len() >= 15 && value.bytes().all(|b| b.is_ascii_alphanumeric())
        }
        ProviderType::Clerk | ProviderType::Workos => value.starts_with("org_"),
        // No fixed shape: a value of words alone ("Engineering", "sales-team") is a name.
        _ => !value.is_empty() && !value.contains(char::is_whitespace) && value.bytes().any(|b| b.is_ascii_digit()),
    }
}

fn stable_id_shape(provider: ProviderType) -> &'static str {
    match provider {
        ProviderType::Okta => "Okta group IDs look like 00g1a2b3c4d5e6f7g8h9",
        ProviderType::Clerk | ProviderType::Workos => "organization IDs look like org_...",
        _ => "IDs have digits and no spaces, e.g. a UUID",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alter_testkit::tokens::{good_claims, hs256, now, unusable_keys, AlgSigner, Signer};
    use serde_json::json;

    fn expect(provider_type: ProviderType) -> Expectations {
        Expectations {
            provider_type,
            issuer: "https://idp.example".into(),
            audience: Some("api".into()),
            user_id_claim: "sub".into(),
            group_claim: None,
            role_claim: None,
            group_claim_stable_ids: false,
        }
    }

    fn with(report: &Report, status: Status) -> Vec<&str> {
        report.checks.iter().filter(|c| c.status == status).map(|c| c.check).collect()
    }

    fn failed(report: &Report) -> Vec<&str> {
        with(report, Status::Fail)
    }

    /// Keys the verifier cannot use (Ed448, RSA over 8192 bits) are named as unusable, with real
    /// signatures from them: the token is never blamed ("altered") for the key.
    #[test]
    fn a_key_the_verifier_cannot_use_is_blamed_not_the_token() {
        let fixture = unusable_keys();
        for (kid, why) in [("ed448", "its curve is Ed448"), ("rsa8448", "its RSA modulus is 8448 bits")] {
            let token = fixture["tokens"][kid].as_str().unwrap();
            let report = check(token, &fixture, &expect(ProviderType::CustomOidc), now());
            assert_eq!(failed(&report), ["key", "signature"], "{kid}: {:?}", report.checks);
            let line = |name: &str| report.checks.iter().find(|c| c.check == name).unwrap().message.clone();
            assert!(line("key").starts_with(&format!("`{kid}` is in the JWKS but unusable: {why}")), "{}", line("key"));
            assert!(line("signature").contains("says nothing about the token"), "{}", line("signature"));
            assert!(report.checks.iter().all(|c| !c.message.contains("altered")), "{kid}: {:?}", report.checks);
            let key = fixture["keys"].as_array().unwrap().iter().find(|k| k["kid"] == kid).unwrap();
            assert!(crate::domain::jwks::key_problem(key.as_object().unwrap()).is_some(), "{kid} counted usable");
        }
    }

    /// The other direction: every key the JWKS check counts usable verifies a real signature,
    /// also with the leading zero bytes some providers put before `n` and `e`, and a key of the
    /// wrong curve for the token's `alg` is a key problem, not a bad signature.
    #[test]
    fn every_key_counted_usable_verifies_real_signatures() {
        let claims = good_claims("https://idp.example", "api");
        let es256 = Signer::es256("es256");
        let mut signed = vec![(es256.jwk(), es256.sign(&claims))];
        for alg in ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES384", "EdDSA"] {
            let signer = AlgSigner::new(alg, alg);
            signed.push((signer.jwk(), signer.sign(&claims)));
        }
        let rsa = AlgSigner::new("RS256", "zeros");
        let mut zeros = rsa.jwk();
        for member in ["n", "e"] {
            let bytes = URL_SAFE_NO_PAD.decode(zeros[member].as_str().unwrap()).unwrap();
            zeros[member] = json!(URL_SAFE_NO_PAD.encode([&[0u8, 0][..], &bytes].concat()));
        }
        signed.push((zeros, rsa.sign(&claims)));
        for (jwk, token) in signed {
            assert_eq!(crate::domain::jwks::key_problem(jwk.as_object().unwrap()), None, "{jwk}");
            let report = check(&token, &json!({"keys": [jwk]}), &expect(ProviderType::CustomOidc), now());
            assert!(report.accepted, "{jwk}: {:?}", report.checks);
        }

        let p384 = AlgSigner::new("ES384", "ec");
        let mut wrong_curve = p384.jwk();
        wrong_curve.as_object_mut().unwrap().remove("alg");
        let token = Signer::es256("ec").sign(&claims);
        let report = check(&token, &json!({"keys": [wrong_curve]}), &expect(ProviderType::CustomOidc), now());
        assert_eq!(failed(&report), ["key", "signature"], "{:?}", report.checks);
        assert!(report.checks[2].message.contains("is a P-384 key, but the token's `alg` ES256 needs P-256"));
    }

    #[test]
    fn accepts_a_good_token_and_reports_each_failure_alone() {
        let signer = Signer::es256("k1");
        let jwks = Signer::jwks(&[&signer]);
        let good = check(
            &signer.sign(&good_claims("https://idp.example", "api")),
            &jwks,
            &expect(ProviderType::CustomOidc),
            now(),
        );
        assert!(good.accepted, "{:?}", good.checks);

        let mut claims = good_claims("https://idp.example/", "api");
        claims["exp"] = json!(now() - 10);
        let within_skew = check(&signer.sign(&claims), &jwks, &expect(ProviderType::CustomOidc), now());
        assert_eq!(failed(&within_skew), ["issuer"]);
        assert!(within_skew.checks.iter().any(|c| c.message.contains("trailing slash")));

        let hs =
            check(&hs256(&good_claims("https://idp.example", "api")), &jwks, &expect(ProviderType::CustomOidc), now());
        assert_eq!(failed(&hs), ["algorithm", "key", "signature"]);

        let mut mistyped = good_claims("https://idp.example", "api");
        mistyped["exp"] = json!("soon");
        mistyped["aud"] = json!(123);
        let report = check(&signer.sign(&mistyped), &jwks, &expect(ProviderType::CustomOidc), now());
        assert_eq!(failed(&report), ["audience", "lifetime"]);
        assert!(report.checks.iter().all(|c| c.ok || c.message.contains("malformed")));
    }

    #[test]
    fn opaque_and_encrypted_tokens_are_not_jwts() {
        let jwks = json!({"keys": []});
        let opaque = check("v2.local.abc", &jwks, &expect(ProviderType::Auth0), 0);
        assert_eq!(failed(&opaque), ["jwt"]);
        assert!(opaque.checks[0].message.contains("audience"));
        assert!(check("a.b.c.d.e", &jwks, &expect(ProviderType::Okta), 0).checks[0].message.contains("JWE"));
    }

    #[test]
    fn stable_group_ids_per_provider() {
        assert!(is_stable_id(ProviderType::Okta, "00g1a2b3c4d5e6f7g8h9"));
        assert!(!is_stable_id(ProviderType::Okta, "Engineering"));
        assert!(is_stable_id(ProviderType::Clerk, "org_2abc"));
        assert!(!is_stable_id(ProviderType::CustomOidc, "Sales Team"));
        assert!(!is_stable_id(ProviderType::CustomOidc, "engineering"));
        assert!(is_stable_id(ProviderType::CustomOidc, "7f9c2b1e-0d4a-4c11-9a53-2f1e0b6c8d21"));
    }

    /// The admin guide: wrong audience fails verification; no group claim, names instead of IDs
    /// and no role claim are accepted, with what will not work.
    #[test]
    fn verdicts_follow_the_admin_guide() {
        let signer = Signer::es256("k1");
        let jwks = Signer::jwks(&[&signer]);
        let okta = Expectations {
            group_claim: Some("groups".into()),
            role_claim: Some("roles".into()),
            ..expect(ProviderType::Okta)
        };
        let mut claims = good_claims("https://idp.example", "api");
        let bare = check(&signer.sign(&claims), &jwks, &okta, now());
        assert_eq!((bare.verdict, bare.accepted), (Verdict::AcceptedWithWarnings, true));
        assert_eq!(with(&bare, Status::Warn), ["group_claim", "role_claim"]);
        assert!(bare.checks.iter().all(|c| c.ok == (c.status == Status::Pass)));
        let strict = bare.clone().strict();
        assert_eq!((strict.verdict, strict.accepted), (Verdict::Refused, false));
        assert_eq!(failed(&strict), ["group_claim", "role_claim"]);
        assert!(strict.refused_only_by_strict(), "the warnings alone refused it");
        assert!(!bare.refused_only_by_strict());

        claims["groups"] = json!(["Engineering"]);
        claims["roles"] = json!(["admin"]);
        let names = check(&signer.sign(&claims), &jwks, &okta, now());
        assert_eq!(with(&names, Status::Warn), ["group_ids"]);
        assert!(names.checks.iter().any(|c| c.message.contains("--group-claim-stable-ids")));
        claims["groups"] = json!(["00g1a2b3c4d5e6f7g8h9"]);
        let ids =
            check(&signer.sign(&claims), &jwks, &Expectations { group_claim_stable_ids: true, ..okta.clone() }, now());
        assert_eq!(ids.verdict, Verdict::Accepted);
        assert_eq!(ids.clone().strict().verdict, Verdict::Accepted);

        claims["groups"] = json!({"id": "00g1"});
        assert_eq!(with(&check(&signer.sign(&claims), &jwks, &okta, now()), Status::Warn), ["group_claim"]);
        claims["aud"] = json!("another");
        let refused = check(&signer.sign(&claims), &jwks, &okta, now());
        assert_eq!((refused.verdict, failed(&refused)), (Verdict::Refused, vec!["audience"]));
        assert!(!refused.clone().strict().refused_only_by_strict(), "refused with or without --strict");

        let auth0 =
            Expectations { group_claim: Some("https://alter.dev/groups".into()), ..expect(ProviderType::Auth0) };
        let mut claims = good_claims("https://idp.example", "api");
        claims["https://alter.dev/groups"] = json!(["Sales Team"]);
        assert_eq!(check(&signer.sign(&claims), &jwks, &auth0, now()).verdict, Verdict::Accepted);
    }

    #[test]
    fn a_skewed_clock_is_noted_next_to_the_lifetime() {
        let signer = Signer::es256("k1");
        let report = check(
            &signer.sign(&good_claims("https://idp.example", "api")),
            &Signer::jwks(&[&signer]),
            &expect(ProviderType::CustomOidc),
            now(),
        );
        let lifetime = |r: &Report| r.checks.iter().find(|c| c.check == "lifetime").unwrap().message.clone();
        let small = report.clone().with_clock(Some(Skew { local_ahead_secs: -20 }));
        assert_eq!((lifetime(&small), small.clock_skew_secs), (lifetime(&report), Some(-20)));
        let large = report.with_clock(Some(Skew { local_ahead_secs: 300 })).strict();
        assert!(lifetime(&large).contains("5m 0s ahead of the issuer's"), "{}", lifetime(&large));
        assert_eq!(large.clock_skew_secs, Some(300));
    }
}
