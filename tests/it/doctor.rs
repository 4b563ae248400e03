//! `alter doctor`: every line's ✓, ! and ✗ case against the control-plane double and the HTTPS
//! fixture server (the saved issuer served at its real URL through a CONNECT proxy), the JSON
//! report and the exit codes.

use crate::support::control_plane::{Session, APP, TOKEN};
use crate::support::issuers::{discovery_url, fixture};
use crate::support::{Run, TestContext};
use alter_testkit::control_plane::{discovery, Fault, WalletOutcome};
use alter_testkit::https::{FixtureServer, Reply};
use alter_testkit::tls::TestCa;
use alter_testkit::tokens::unusable_keys;
use serde_json::{json, Value};
use std::time::{Duration, SystemTime};

const ISSUER: &str = "https://dev-486191.okta.com/oauth2/default";
const JWKS_URI: &str = "https://dev-486191.okta.com/oauth2/default/v1/keys";
const PROXY_PASSWORD: &str = "proxy-pass-1";
const HOOK_SECRET: &str = "okta-event-hook-secret-7";

/// The double with one app and an all-scopes token, and the Okta issuer served over HTTPS.
struct World {
    s: Session,
    issuer: FixtureServer,
    ca: TestCa,
}

impl World {
    fn new() -> Self {
        let mut s = Session::new();
        let ca = TestCa::new();
        let issuer = FixtureServer::start(&ca);
        issuer.route(&discovery_url(ISSUER), Reply::Json(fixture("okta-dev-486191-oauth2-default.json")));
        issuer.route(JWKS_URI, Reply::Json(fixture("jwks-okta.json")));
        let mut saved = discovery(ISSUER, "okta");
        saved["jwks_uri"] = json!(JWKS_URI);
        s.cp.register_issuer(ISSUER, saved);
        s.ctx
            .env("HTTPS_PROXY", issuer.proxy_url())
            .env("ALTER_CA_CERT", ca.ca_pem_path().to_str().unwrap())
            .env("HOOK", HOOK_SECRET);
        Self { s, issuer, ca }
    }

    fn create(&self, extra: &[&str]) -> String {
        let mut args = vec!["idp", "create", "--issuer-url", ISSUER, "--json"];
        args.extend_from_slice(extra);
        self.s.alter(&args).code(0).json()["id"].as_str().expect("id").to_owned()
    }

    /// A user of the same servers signed in with `token`.
    fn user(&self, token: &str) -> TestContext {
        let mut ctx = TestContext::new();
        ctx.env("ALTER_API_URL", self.s.cp.url())
            .env("ALTER_TOKEN", token)
            .env("HTTPS_PROXY", self.issuer.proxy_url())
            .env("ALTER_CA_CERT", self.ca.ca_pem_path().to_str().unwrap());
        ctx
    }

    fn doctor(&self, extra: &[&str]) -> Run {
        let mut args = vec!["doctor"];
        args.extend_from_slice(extra);
        self.s.alter(&args)
    }
}

/// The report's line for `check`.
fn line(report: &Value, check: &str) -> Value {
    report["checks"].as_array().expect("checks").iter().find(|c| c["check"] == check).cloned().unwrap_or_else(|| {
        panic!("no `{check}` line in\n{report:#}");
    })
}

#[track_caller]
fn status(report: &Value, check: &str, expected: &str) -> Value {
    let found = line(report, check);
    assert_eq!(found["status"], expected, "{check}: {found:#}");
    found
}

fn json_report(run: &Run) -> Value {
    run.json()
}

#[test]
fn a_healthy_setup_is_all_ticks_and_exit_0() {
    let w = World::new();
    let id = w.create(&[]);
    w.s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", "env:HOOK"]).code(0);
    let run = w.doctor(&[]);
    run.code(0).stdout_has("No problems found.");
    for expected in [
        "✓ token from ALTER_TOKEN",
        "✓ every scope the commands need",
        "✓ app_demo (Demo app), from --app",
        "still passes discovery (okta)",
        "✓ the saved jwks_uri is still current",
        "usable signing key(s) at https://dev-486191.okta.com/oauth2/default/v1/keys",
        "· no wallet sign-in configured",
        "· claim mappings are not locked yet",
        "· directory import not configured",
    ] {
        run.stdout_has(expected);
    }
    assert!(run.stdout.contains("answered in "), "{}", run.stdout);
    // The token is never printed, nor anything from the proxy variable beyond its host.
    let report = json_report(&w.doctor(&["--json"]));
    assert_eq!(report["healthy"], true);
    status(&report, "clock_control_plane", "ok");
    status(&report, "clock_issuer", "ok");
    status(&report, "webhook", "ok");
    // Discovery really went to the issuer, through the proxy.
    assert!(w.issuer.requests().iter().any(|r| r.path == "/oauth2/default/.well-known/openid-configuration"));
}

#[test]
fn json_report_shape_and_strict_exit_codes() {
    let w = World::new();
    w.create(&[]);
    let run = w.doctor(&["--json"]);
    run.code(0);
    let report = run.json();
    assert_eq!(report["strict"], false);
    for key in ["ok", "warn", "fail", "info", "skipped"] {
        assert!(report["counts"][key].is_u64(), "counts.{key}: {report:#}");
    }
    for check in report["checks"].as_array().unwrap() {
        let keys: Vec<&str> = check.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["check", "fix", "message", "section", "status"], "{check}");
        assert!(["ok", "warn", "fail", "info", "skipped"].contains(&check["status"].as_str().unwrap()));
    }
    let sections: Vec<&str> =
        report["checks"].as_array().unwrap().iter().map(|c| c["section"].as_str().unwrap()).collect();
    let mut sorted = sections.clone();
    sorted.dedup();
    assert_eq!(sorted, ["machine", "control_plane", "token", "clock", "app", "identity_provider"]);
    // The disabled webhook is a warning: --strict turns it into exit 5.
    let strict = w.doctor(&["--strict"]);
    strict.code(5).stderr_has("--strict counts them");
    assert_eq!(w.doctor(&["--strict", "--json"]).code(5).json()["healthy"], false);
}

#[test]
fn no_account_reports_the_local_half_and_how_to_sign_in() {
    let s = Session::new();
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url());
    let run = ctx.run(&["doctor"]);
    run.code(0)
        .stdout_has("! not signed in")
        .stdout_has("alter auth login")
        .stdout_has("the token: not checked (not signed in)")
        .stdout_has("! no app selected")
        .stdout_has("the identity provider: not checked (no app selected)");
    assert!(run.stdout.contains("(ALTER_API_URL) answered in"), "{}", run.stdout);
    // Reachability was probed without any Authorization header.
    let sent = s.cp.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!((sent[0].method.as_str(), sent[0].path.as_str()), ("GET", "/v1/me"));
    assert_eq!(sent[0].header("authorization"), None);
    // An app named but no account: it is shown with why it was not looked up.
    ctx.run(&["doctor", "--app", APP]).code(0).stdout_has("app_demo, from --app; not looked up: not signed in");
}

#[test]
fn token_file_private_or_readable_by_others_and_no_keyring() {
    use std::os::unix::fs::PermissionsExt;
    let s = Session::new();
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url());
    let path = ctx.home().join(".config/alter/credentials");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, format!("{TOKEN}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let shown = path.display().to_string();
    let private = ctx.run(&["doctor", "--json", "--app", APP]).code(0).json();
    assert_eq!(
        status(&private, "token_source", "ok")["message"],
        format!("token from {shown} (mode 600: other users can neither read nor write it)")
    );
    // The tests run without a D-Bus session: no keyring, and the token is not from ALTER_TOKEN.
    let keyring = status(&private, "keyring", "warn");
    assert!(keyring["message"].as_str().unwrap().contains(&shown), "{keyring}");
    status(&private, "token", "ok");

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let open = ctx.run(&["doctor", "--app", APP]);
    open.code(0)
        .stdout_has("which is readable by other users (mode 644)")
        .stdout_has(&format!("fix: chmod 600 {shown}"));
    ctx.run(&["doctor", "--app", APP, "--strict"]).code(5);

    // The mode actually read (0400 is not 0600), and write bits count as much as read bits.
    let mode_line = |mode: u32| {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        line(&ctx.run(&["doctor", "--json", "--app", APP]).json(), "token_source")
    };
    let read_only = mode_line(0o400);
    assert_eq!(read_only["status"], "ok");
    assert_eq!(
        read_only["message"],
        format!("token from {shown} (mode 400: other users can neither read nor write it)")
    );
    for (mode, open) in [(0o620, "writable"), (0o602, "writable"), (0o666, "readable and writable")] {
        let found = mode_line(mode);
        assert_eq!(found["status"], "warn", "{mode:o}: {found}");
        let expected = format!("which is {open} by other users (mode {mode:o})");
        assert!(found["message"].as_str().unwrap().contains(&expected), "{found}");
        assert_eq!(found["fix"], format!("chmod 600 {shown}"));
    }
}

/// Where CI runs a Secret Service (`.ci/run`: ALTER_REQUIRE_KEYRING=1), doctor sees it; elsewhere
/// doctor reports the file fallback, and the test says in its output that it did not see a real
/// keyring (named `os_keyring` so `.config/nextest.toml` shows that line).
#[test]
fn doctor_sees_the_os_keyring_or_says_it_could_not() {
    let coverage = alter_testkit::coverage::Keyring::from_env();
    let s = Session::new();
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url());
    if coverage.is_real() {
        ctx.env("DBUS_SESSION_BUS_ADDRESS", std::env::var("DBUS_SESSION_BUS_ADDRESS").expect("a D-Bus session"));
    }
    let report = ctx.run(&["doctor", "--json"]).code(0).json();
    if coverage.is_real() {
        status(&report, "keyring", "ok");
    } else {
        let keyring = status(&report, "keyring", "warn");
        assert!(keyring["message"].as_str().unwrap().contains("no OS keyring"), "{keyring}");
    }
    coverage.report("doctor::doctor_sees_the_os_keyring_or_says_it_could_not");
}

#[test]
fn an_unreachable_control_plane_fails_and_the_rest_still_runs() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", &url).env("ALTER_TOKEN", TOKEN);
    let run = ctx.run(&["doctor", "--app", APP]);
    run.code(5)
        .stdout_has(&format!("✗ {url} (ALTER_API_URL) is unreachable"))
        .stdout_has("the token: not checked (the control plane is unreachable)")
        .stdout_has("✓ token from ALTER_TOKEN")
        .stderr_has("alter doctor found 1 problem(s)");
}

/// doctor reports what happens now: each request is sent once, where any other command retries
/// (a lost answer, a 503). Counted at the server, so retries cannot hide in a time budget.
#[test]
fn each_request_is_sent_once_never_retried() {
    let w = World::new();
    w.create(&[]);
    w.s.cp.inject(Fault::DropAfterCommit { path_contains: "/v1/me".into(), times: 10 });
    let unavailable =
        Fault::Status { path_contains: "identity-providers".into(), status: 503, retry_after: None, times: 10 };
    w.s.cp.inject(unavailable);
    let before = w.s.requests().len();
    let run = w.doctor(&[]);
    run.code(5).stdout_has("is unreachable").stdout_has("✗ injected by the test (unavailable)");
    let sent = &w.s.requests()[before..];
    let count = |part: &str| sent.iter().filter(|r| r.contains(part)).count();
    assert_eq!(count("/v1/me"), 1, "a lost answer is not retried: {sent:?}");
    assert_eq!(count("identity-providers"), 1, "a 503 is not retried: {sent:?}");
}

#[test]
fn a_proxy_in_effect_is_named_with_its_credentials_redacted() {
    let ca = TestCa::new();
    let server = FixtureServer::start(&ca);
    let api = "https://api.alter.test";
    server.route(&format!("{api}/v1/me"), Reply::Json(json!({"subject": "ci@example.com", "scopes": []})));
    let proxy = server.proxy_url().replace("http://", &format!("http://alice:{PROXY_PASSWORD}@"));
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", api)
        .env("ALTER_TOKEN", TOKEN)
        .env("HTTPS_PROXY", &proxy)
        .env("ALTER_CA_CERT", ca.ca_pem_path().to_str().unwrap());
    let run = ctx.run(&["doctor"]);
    let port = server.proxy_url().rsplit(':').next().unwrap().to_owned();
    run.stdout_has(&format!(
        "api.alter.test is reached through the proxy http://***@127.0.0.1:{port} (from HTTPS_PROXY)"
    ))
    .stdout_has("(ALTER_API_URL) answered in")
    .stdout_has("✓ valid: signed in as ci@example.com")
    .stdout_has(&format!("plus {} (ALTER_CA_CERT)", ca.ca_pem_path().display()));
    assert!(!run.stdout.contains("alice"), "{}", run.stdout);
    assert_eq!(server.proxy_connects(), ["api.alter.test:443"]);

    // A loopback control plane is exempt by NO_PROXY; a variable that is no URL is a warning.
    let s = Session::new();
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("HTTP_PROXY", "http://proxy.example:3128");
    ctx.run(&["doctor"]).stdout_has("NO_PROXY exempts 127.0.0.1");
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", "https://api.alter.test").env("HTTPS_PROXY", "ftp://nope");
    ctx.run(&["doctor"]).stdout_has("! HTTPS_PROXY is set but is not a proxy URL alter can use");
}

#[test]
fn a_refused_token_and_missing_scopes() {
    let w = World::new();
    w.create(&[]);
    w.s.cp.add_token("tok_read_only", "ci@example.com", &["dashboard_identity_providers:read"]);
    let run = w.user("tok_read_only").run(&["doctor", "--app", APP]);
    run.code(0)
        .stdout_has(
            "! missing dashboard_identity_providers:create -> alter idp discover, alter idp create, alter idp update",
        )
        .stdout_has("dashboard_identity_providers:webhooks -> alter idp webhook ...")
        .stdout_has(
            "the last directory import: not checked (the token lacks the dashboard_identity_providers:directory scope)",
        );

    w.user("tok_wrong")
        .run(&["doctor", "--app", APP])
        .code(5)
        .stdout_has("✗ the control plane refused the token (HTTP 401)")
        .stdout_has("fix: sign in again with `alter auth login`");
}

fn http_date(offset_secs: u64) -> String {
    httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(offset_secs))
}

#[test]
fn skewed_date_headers_warn_with_the_skew() {
    let w = World::new();
    w.create(&[]);
    w.s.cp.set_date_offset(-300);
    // Date headers have whole seconds: 7230 s ahead reads as 2h 0m whatever the milliseconds.
    let dated = |then| Reply::Dated { date: http_date(7230), then: Box::new(then) };
    w.issuer.route(JWKS_URI, dated(Reply::Json(fixture("jwks-okta.json"))));
    let run = w.doctor(&[]);
    run.code(0)
        .stdout_has("! this machine's clock is 5m ")
        .stdout_has("ahead of the control plane's: token expiry checks on this machine (check-token) would mislead")
        .stdout_has("! this machine's clock is 2h 0m behind the issuer's")
        .stdout_has("fix: turn on network time");
}

#[test]
fn the_app_from_each_source_and_a_missing_app() {
    let s = Session::new();
    let flag = s.alter(&["doctor", "--json"]).code(0).json();
    assert_eq!(status(&flag, "app", "ok")["message"], "app_demo (Demo app), from --app");

    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", TOKEN).env("ALTER_APP_ID", APP);
    ctx.run(&["doctor"]).code(0).stdout_has("✓ app_demo (Demo app), from ALTER_APP_ID");

    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", TOKEN);
    let dir = ctx.home().join("project/src");
    std::fs::create_dir_all(&dir).unwrap();
    ctx.cwd(ctx.home().join("project")).run(&["link", "--app", APP]).code(0);
    let link = ctx.home().join("project/.alter/app.json");
    ctx.cwd(&dir)
        .run(&["doctor"])
        .code(0)
        .stdout_has(&format!("✓ app_demo (Demo app), from the link file {}", link.display()));

    let missing = s.ctx.run(&["doctor", "--app", "app_gone"]);
    missing
        .code(5)
        .stdout_has("✗ app_gone (from --app) does not exist")
        .stdout_has("the identity provider: not checked");
}

#[test]
fn a_saved_issuer_that_now_fails_discovery_is_a_cross() {
    let w = World::new();
    w.create(&[]);
    w.issuer.route(&discovery_url(ISSUER), Reply::status(404, "text/plain", "gone"));
    let run = w.doctor(&["--json"]);
    run.code(5);
    let report = run.json();
    let found = status(&report, "discovery", "fail");
    assert!(found["message"].as_str().unwrap().contains("no discovery document"), "{found}");
    status(&report, "jwks_uri", "skipped");
    // The other provider lines still ran.
    status(&report, "webhook", "warn");
}

#[test]
fn a_moved_jwks_uri_unverified_wallet_and_disabled_webhook_warn() {
    let w = World::new();
    // The saved provider keeps the old jwks_uri; the issuer now publishes another one.
    w.s.cp.register_issuer(ISSUER, discovery(ISSUER, "okta"));
    w.s.cp.set_wallet_verification("0oa-unverified", WalletOutcome::Unverified);
    let mut secret = tempfile::NamedTempFile::new().unwrap();
    std::io::Write::write_all(&mut secret, b"wallet-secret-from-file").unwrap();
    let spec = format!("@{}", secret.path().display());
    w.create(&["--wallet-client-id", "0oa-unverified", "--wallet-client-secret", &spec]);
    let run = w.doctor(&[]);
    run.code(0)
        .stdout_has("! the provider moved its keys: Alter verifies with https://dev-486191.okta.com/oauth2/default/.well-known/jwks.json, discovery now publishes https://dev-486191.okta.com/oauth2/default/v1/keys")
        .stdout_has("! wallet sign-in is unverified")
        .stdout_has("alter idp test-login")
        .stdout_has("! the deprovisioning webhook is disabled: removed users lose access only at the next directory import");
}

#[test]
fn a_failed_directory_import_is_a_cross_with_its_error() {
    let w = World::new();
    let id = w.create(&[]);
    w.s.cp.set_directory_run_script(
        &id,
        vec![json!({"status": "failed", "error": "Okta answered 403: the app lacks okta.users.read"})],
    );
    let jwk = json!({
        "kty": "RSA", "kid": "k1", "e": "AQAB",
        "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP",
        "d": "okta-jwk-private-d-value", "p": "okta-jwk-prime-p", "q": "okta-jwk-prime-q",
        "dp": "okta-jwk-dp", "dq": "okta-jwk-dq", "qi": "okta-jwk-qi",
    });
    let mut keyfile = tempfile::NamedTempFile::new().unwrap();
    std::io::Write::write_all(&mut keyfile, jwk.to_string().as_bytes()).unwrap();
    let key = format!("@{}", keyfile.path().display());
    w.s.alter(&[
        "idp",
        "directory-import",
        "set-credential",
        "--org-url",
        "https://dev-486191.okta.com",
        "--client-id",
        "0oa1",
        "--private-key",
        &key,
    ])
    .code(0);
    w.s.alter(&["idp", "directory-import", "run"]).code(0);
    let run = w.doctor(&[]);
    run.code(5)
        .stdout_has("✗ the last directory import failed")
        .stdout_has("Okta answered 403: the app lacks okta.users.read")
        .stdout_has("fix: fix the credential or the provider");
}

/// Keys the verifier in use cannot verify with (Ed448; RSA over 8192 bits, real keys with real
/// signatures) are named unusable, for the same reason, by all three commands that judge keys:
/// doctor, `discover --offline` and check-token, which blames the key, never the token.
#[test]
fn doctor_discover_and_check_token_agree_on_unusable_keys() {
    let w = World::new();
    w.create(&[]);
    let unusable = unusable_keys();
    let mut keys = fixture("jwks-okta.json")["keys"].as_array().unwrap().clone();
    keys.extend(unusable["keys"].as_array().unwrap().iter().cloned());
    w.issuer.route(JWKS_URI, Reply::Json(json!({ "keys": keys })));
    let why = [
        "key `ed448`: its curve is Ed448, which alter's verifier (ring) does not have: Ed25519 only",
        "key `rsa8448`: its RSA modulus is 8448 bits; alter's verifier (ring) takes 2048 to 8192",
    ];

    let report = w.doctor(&["--json"]).code(0).json();
    let keys_line = status(&report, "signing_keys", "warn");
    let message = keys_line["message"].as_str().unwrap();
    assert!(message.starts_with("2 usable signing key(s)"), "{message}");
    assert!(message.ends_with(&format!("2 unusable: {}", why.join("; "))), "{message}");

    let discovered = w.s.ctx.run(&["idp", "discover", "--offline", "--issuer-url", ISSUER]);
    discovered.code(0);
    for why in why {
        discovered.stdout_has(&format!("{why}; tokens signed with it cannot be verified"));
    }

    let ca = w.ca.ca_pem_path().to_str().unwrap().to_owned();
    for (kid, why) in ["ed448", "rsa8448"].into_iter().zip(why) {
        let token = unusable["tokens"][kid].as_str().unwrap();
        let args = ["idp", "check-token", "--offline", "--issuer-url", ISSUER, "--ca-cert", &ca, "--token", "-"];
        let run = w.s.ctx.run_with_stdin(&args, Some(token.as_bytes()));
        let reason = why.split_once(": ").unwrap().1;
        run.code(5)
            .stdout_has("✗ key")
            .stdout_has(&format!("`{kid}` is in the JWKS but unusable: {reason}"))
            .stdout_has("not verified: the key is unusable, which says nothing about the token");
        assert!(!run.stdout.contains("altered"), "{kid}: {}", run.stdout);
    }
}
