//! `alter idp check-token`: real tokens from the npm oidc-provider, and tokens signed by the
//! tests' own keys served as a JWKS over HTTPS, one failing check at a time. The token itself
//! never appears in any output.

use crate::support::control_plane::{Session, APP};
use crate::support::issuers::{discovery_url, fixture, Issuers};
use crate::support::Run;
use alter_testkit::control_plane::discovery;
use alter_testkit::https::Reply;
use alter_testkit::oidc_provider::OidcProvider;
use alter_testkit::tokens::{good_claims, hs256, now, AlgSigner, Signer};
use serde_json::{json, Value};

const AUD: &str = "https://api.example.com";

/// A custom OIDC issuer on loopback HTTPS whose JWKS holds `signer`'s key.
struct Issuer {
    issuers: Issuers,
    url: String,
    signer: Signer,
}

impl Issuer {
    fn new() -> Self {
        let issuers = Issuers::new();
        let url = issuers.server.base_url();
        let signer = Signer::es256("key-1");
        Self::serve(&issuers, &url, &format!("{url}/jwks"), &Signer::jwks(&[&signer]));
        Self { issuers, url, signer }
    }

    fn serve(issuers: &Issuers, issuer: &str, jwks_uri: &str, jwks: &Value) {
        let document = json!({"issuer": issuer, "jwks_uri": jwks_uri});
        issuers.server.route(&discovery_url(issuer), Reply::Json(document));
        issuers.server.route(jwks_uri, Reply::Json(jwks.clone()));
    }

    fn check(&self, token: &str, extra: &[&str]) -> Run {
        check_offline(&self.issuers, &self.url, token, extra)
    }
}

fn check_offline(issuers: &Issuers, issuer: &str, token: &str, extra: &[&str]) -> Run {
    let ca = issuers.ca.ca_pem_path().to_str().expect("path").to_owned();
    let mut args = vec!["idp", "check-token", "--offline", "--issuer-url", issuer, "--ca-cert", &ca, "--token", "-"];
    args.extend_from_slice(extra);
    let run = issuers.ctx.run_with_stdin(&args, Some(token.as_bytes()));
    assert!(!run.stdout.contains(token) && !run.stderr.contains(token), "the token leaked");
    run
}

fn failed(report: &Value) -> Vec<&str> {
    report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["status"] == "fail")
        .map(|c| c["check"].as_str().expect("name"))
        .collect()
}

#[test]
fn a_good_token_passes_every_check() {
    let issuer = Issuer::new();
    let token = issuer.signer.sign(&good_claims(&issuer.url, AUD));
    let run = issuer.check(&token, &["--audience", AUD]);
    run.code(0).stdout_has("✓ signature").stdout_has("✓ audience").stdout_has("Alter would accept this token.");
    let report = issuer.check(&token, &["--audience", AUD, "--json"]).code(0).json();
    assert_eq!((&report["accepted"], &report["verdict"]), (&json!(true), &json!("accepted")));
    assert!(failed(&report).is_empty());
    assert!(report["checks"].as_array().expect("checks").iter().all(|c| c["status"] == "pass" && c["ok"] == true));

    let mut array_aud = good_claims(&issuer.url, AUD);
    array_aud["aud"] = json!(["https://other.example", AUD]);
    issuer.check(&issuer.signer.sign(&array_aud), &["--audience", AUD]).code(0);
}

#[test]
fn each_claim_failure_names_its_fix() {
    let issuer = Issuer::new();
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!({"iss": format!("{}/", issuer.url)}), "issuer", "trailing slash"),
        (json!({"aud": "https://wrong.example"}), "audience", "does not include"),
        (json!({"aud": ["a", "b"]}), "audience", "does not include"),
        (json!({"exp": now() - 3600}), "lifetime", "expired"),
        (json!({"nbf": now() + 3600}), "lifetime", "nbf"),
        (json!({"sub": null}), "user_id_claim", "`sub` is missing"),
    ];
    for (change, check, message) in cases {
        let mut claims = good_claims(&issuer.url, AUD);
        for (key, value) in change.as_object().expect("object") {
            claims[key] = value.clone();
        }
        let run = issuer.check(&issuer.signer.sign(&claims), &["--audience", AUD]);
        run.code(5).stdout_has(&format!("✗ {check}")).stdout_has(message).stderr_has("Alter would refuse this token");
        assert_eq!(failed(&issuer.check(&issuer.signer.sign(&claims), &["--audience", AUD, "--json"]).json()), [check]);
    }
}

#[test]
fn algorithm_key_and_signature_failures() {
    let issuer = Issuer::new();
    let claims = good_claims(&issuer.url, AUD);
    issuer.check(&hs256(&claims), &[]).code(5).stdout_has("✗ algorithm").stdout_has("shared-secret");
    let unsigned = issuer.signer.sign_with_header(&json!({"alg": "none", "kid": "key-1"}), &claims);
    issuer.check(&unsigned, &[]).code(5).stdout_has("unsigned token is never accepted");

    let rotated = Signer::es256("key-rotated-away");
    issuer.check(&rotated.sign(&claims), &[]).code(5).stdout_has("✗ key").stdout_has("rotated");
    let impostor = Signer::es256("key-1");
    issuer.check(&impostor.sign(&claims), &[]).code(5).stdout_has("✗ signature").stdout_has("invalid");

    let mut tampered = issuer.signer.sign(&claims);
    tampered.insert(tampered.find('.').expect("dot") + 2, 'x');
    issuer.check(&tampered, &[]).code(5);
    issuer.check("not-a-jwt-at-all", &[]).code(5).stdout_has("✗ jwt").stdout_has("not a JWT");
}

#[test]
fn group_claim_checks_clerk_nesting_and_stable_ids() {
    let issuer = Issuer::new();
    let mut nested = good_claims(&issuer.url, AUD);
    nested["o"] = json!({"id": "org_2abc"});
    issuer
        .check(&issuer.signer.sign(&nested), &["--group-claim", "groups"])
        .code(0)
        .stdout_has("! group_claim")
        .stdout_has("{{org.id}}")
        .stdout_has("group memberships are not recorded")
        .stdout_has("Alter would accept this token, with 1 warning(s)");

    // An Okta custom authorization server, reached at its real host name through the proxy.
    let okta = "https://acme.okta.com/oauth2/default";
    let jwks_uri = format!("{okta}/v1/keys");
    Issuer::serve(&issuer.issuers, okta, &jwks_uri, &Signer::jwks(&[&issuer.signer]));
    let mut names = good_claims(okta, AUD);
    names["groups"] = json!(["Engineering", "Sales"]);
    let names = issuer.signer.sign(&names);
    check_offline(&issuer.issuers, okta, &names, &["--group-claim-stable-ids"])
        .code(0)
        .stdout_has("! group_ids")
        .stdout_has("00g");
    // Names rule out group grants even with the stable-IDs setting off (the same flag as on
    // create and update: an explicit false overrides the suggestion).
    check_offline(&issuer.issuers, okta, &names, &["--group-claim-stable-ids=false"])
        .code(0)
        .stdout_has("! group_ids")
        .stdout_has("names rule out group grants");
    let run = check_offline(&issuer.issuers, okta, &names, &["--strict"]);
    run.code(5).stdout_has("✗ group_ids").stderr_has("--strict refuses warnings too");

    let mut ids = good_claims(okta, AUD);
    ids["groups"] = json!(["00g1a2b3c4d5e6f7g8h9"]);
    let ids = issuer.signer.sign(&ids);
    check_offline(&issuer.issuers, okta, &ids, &["--group-claim-stable-ids", "--strict"])
        .code(0)
        .stdout_has("✓ group_ids")
        .stdout_has("Alter would accept this token.");
    let report = check_offline(&issuer.issuers, okta, &ids, &["--json"]).code(0).json();
    assert_eq!(report["verdict"], "accepted");

    let missing = issuer.signer.sign(&good_claims(okta, AUD));
    check_offline(&issuer.issuers, okta, &missing, &[])
        .code(0)
        .stdout_has("! group_claim")
        .stdout_has("add a `groups` claim on the Okta authorization server");
    let report = check_offline(&issuer.issuers, okta, &missing, &["--json"]).code(0).json();
    assert_eq!((&report["verdict"], &report["accepted"]), (&json!("accepted_with_warnings"), &json!(true)));
    let group = report["checks"].as_array().expect("checks").iter().find(|c| c["check"] == "group_claim").cloned();
    assert_eq!(group.map(|c| (c["status"].clone(), c["ok"].clone())), Some((json!("warn"), json!(false))));
    let strict = check_offline(&issuer.issuers, okta, &missing, &["--json", "--strict"]).code(5).json();
    assert_eq!((&strict["verdict"], failed(&strict)), (&json!("refused"), vec!["group_claim"]));
}

/// `--strict`'s hint ("without it, Alter would accept it") is true only when the warnings it
/// counts are all that refused the token: never beside a bad signature or a wrong audience.
#[test]
fn the_strict_hint_appears_only_when_warnings_alone_refused() {
    let issuer = Issuer::new();
    let hint = "without it, Alter would accept it";
    let mut nested = good_claims(&issuer.url, AUD);
    nested["o"] = json!({"id": "org_2abc"});
    let warned = issuer.signer.sign(&nested);
    let strict = ["--group-claim", "groups", "--audience", AUD, "--strict"];
    issuer.check(&warned, &strict).code(5).stdout_has("✗ group_claim").stderr_has(hint);

    let impostor = Signer::es256("key-1").sign(&nested);
    let run = issuer.check(&impostor, &strict);
    run.code(5).stdout_has("✗ signature").stdout_has("✗ group_claim");
    assert!(!run.stderr.contains(hint), "a bad signature is refused with or without --strict: {}", run.stderr);

    let mut wrong_audience = nested.clone();
    wrong_audience["aud"] = json!("https://wrong.example");
    let run = issuer.check(&issuer.signer.sign(&wrong_audience), &strict);
    run.code(5).stdout_has("✗ audience");
    assert!(!run.stderr.contains(hint), "{}", run.stderr);
}

/// An issuer whose `Date` is ten minutes behind this machine: the token looks expired here, and
/// the lifetime line says the clock may be why.
#[test]
fn a_skewed_clock_is_named_next_to_the_lifetime() {
    let issuer = Issuer::new();
    let jwks_uri = format!("{}/jwks", issuer.url);
    let ten_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    let date = httpdate::fmt_http_date(ten_minutes_ago);
    let jwks = Reply::Json(Signer::jwks(&[&issuer.signer]));
    issuer.issuers.server.route(&jwks_uri, Reply::Dated { date, then: Box::new(jwks) });
    let mut claims = good_claims(&issuer.url, AUD);
    claims["exp"] = json!(now() - 300);
    let token = issuer.signer.sign(&claims);
    issuer
        .check(&token, &[])
        .code(5)
        .stdout_has("✗ lifetime")
        .stdout_has("this machine's clock is 10m")
        .stdout_has("ahead of the issuer's");
    let report = issuer.check(&token, &["--json"]).code(5).json();
    let skew = report["clock_skew_secs"].as_i64().expect("clock_skew_secs");
    assert!((598..=602).contains(&skew), "{skew}");
    // A token valid either way passes, with the note still beside it.
    issuer
        .check(&issuer.signer.sign(&good_claims(&issuer.url, AUD)), &[])
        .code(0)
        .stdout_has("✓ lifetime")
        .stdout_has("ahead of the issuer's");
    let fresh = Issuer::new();
    let report = fresh.check(&fresh.signer.sign(&good_claims(&fresh.url, AUD)), &["--json"]).code(0).json();
    assert!(report["clock_skew_secs"].as_i64().expect("measured").abs() <= 30, "{report}");
    assert!(!report.to_string().contains("clock is"), "{report}");
}

#[test]
fn an_auth0_opaque_token_means_no_audience_was_requested() {
    let issuers = Issuers::new();
    issuers.serve(&fixture("auth0-us-regional-redpanda.json"), &fixture("jwks-auth0.json"));
    check_offline(&issuers, "https://dev-ltxchcls4igzho78.us.auth0.com/", "opaqueTokenValue123", &[])
        .code(5)
        .stdout_has("opaque access token when no `audience` is requested");
}

#[test]
fn real_rs256_tokens_from_the_npm_oidc_provider() {
    let issuers = Issuers::new();
    let provider = OidcProvider::start(&issuers.ca);
    let token = provider.client_credentials_token();
    check_offline(&issuers, &provider.issuer(), &token, &["--audience", "https://api.alter.test"])
        .code(0)
        .stdout_has("✓ signature");
    check_offline(&issuers, &provider.issuer(), &token, &["--audience", "https://another.api"])
        .code(5)
        .stdout_has("✗ audience");
}

#[test]
fn against_the_saved_provider_through_the_control_plane() {
    let issuer = Issuer::new();
    let s = Session::new();
    s.cp.register_issuer(&issuer.url, discovery(&issuer.url, "custom_oidc"));
    let jwks_uri = format!("{}/.well-known/jwks.json", issuer.url);
    issuer.issuers.server.route(&jwks_uri, Reply::Json(Signer::jwks(&[&issuer.signer])));
    s.alter(&["idp", "create", "--issuer-url", &issuer.url, "--audience", AUD]).code(0);

    let mut ctx = crate::support::TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", crate::support::control_plane::TOKEN);
    let ca = issuer.issuers.ca.ca_pem_path().to_str().expect("path").to_owned();
    let token = issuer.signer.sign(&good_claims(&issuer.url, AUD));
    let run = ctx.run_with_stdin(
        &["idp", "check-token", "--token", "-", "--app", APP, "--ca-cert", &ca],
        Some(token.as_bytes()),
    );
    run.code(0).stdout_has("✓ audience");
    assert!(!run.stdout.contains(&token) && !run.stderr.contains(&token));

    let wrong = issuer.signer.sign(&good_claims(&issuer.url, "https://wrong.example"));
    ctx.run_with_stdin(&["idp", "check-token", "--token", "-", "--app", APP, "--ca-cert", &ca], Some(wrong.as_bytes()))
        .code(5)
        .stdout_has("✗ audience");
    ctx.run(&["idp", "check-token", "--token", "@/nonexistent/token", "--app", APP]).code(2);
}

#[test]
fn lifetimes_beyond_any_clock_saturate_and_unrepresentable_ones_are_malformed() {
    let issuer = Issuer::new();
    let mut claims = good_claims(&issuer.url, AUD);
    for far in [json!(u64::MAX), json!(1.0e300)] {
        claims["exp"] = far;
        issuer.check(&issuer.signer.sign(&claims), &["--audience", AUD]).code(0).stdout_has("✓ lifetime");
    }
    claims["exp"] = json!(1);
    claims["nbf"] = json!(u64::MAX);
    issuer.check(&issuer.signer.sign(&claims), &["--audience", AUD]).code(5).stdout_has("✗ lifetime");
    let header = json!({"alg": "ES256", "typ": "JWT", "kid": "key-1"});
    let payload = good_claims(&issuer.url, AUD).to_string().replacen("\"exp\":", "\"exp\":1e400,\"was_exp\":", 1);
    let run = issuer.check(&issuer.signer.sign_payload(&header, &payload), &["--audience", AUD]);
    run.code(5).stdout_has("✗ lifetime").stdout_has("malformed `exp`").stdout_has("✓ signature");
    assert!(!run.stdout.contains("not a JSON object"), "{}", run.stdout);
}

#[test]
fn every_supported_algorithm_verifies_real_signatures_and_catches_alterations() {
    let issuers = Issuers::new();
    let url = issuers.server.base_url();
    for alg in ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES384", "EdDSA"] {
        let signer = AlgSigner::new(alg, &format!("kid-{alg}"));
        Issuer::serve(&issuers, &url, &format!("{url}/jwks"), &json!({"keys": [signer.jwk()]}));
        let token = signer.sign(&good_claims(&url, AUD));
        let run = check_offline(&issuers, &url, &token, &["--audience", AUD]);
        run.code(0).stdout_has("✓ signature");
        let mut claims = good_claims(&url, AUD);
        claims["sub"] = json!("someone_else");
        let forged = signer.sign(&claims);
        let altered = format!("{}.{}", &token[..token.rfind('.').unwrap()], &forged[forged.rfind('.').unwrap() + 1..]);
        let run = check_offline(&issuers, &url, &altered, &["--audience", AUD]);
        run.code(5).stdout_has("✗ signature");
        assert!(run.stdout.contains(&format!("`kid-{alg}`")), "{alg}: {}", run.stdout);
    }
}
