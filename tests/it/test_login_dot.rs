//! `alter idp test-login` against a second real OpenID Provider, Django OAuth Toolkit (testkit's
//! `dot`): browser.mjs (as $BROWSER) plays the person on Django's login page and DOT's consent
//! and device pages. DOT differs from the npm oidc-provider where it matters to a user: its
//! device grant issues no ID token, and it checks the redirect URI only after the login. Every
//! token and device code it hands out, and the person's password, are in the leak scan.

use crate::support::{free_port, person_context, Run, TestContext};
use alter_testkit::dot::{DjangoOAuthToolkit, BROWSER_CLIENT, DEVICE_CLIENT, PASSWORD, UNREGISTERED_CLIENT};
use alter_testkit::tls::TestCa;
use std::path::PathBuf;

struct Person {
    ca: TestCa,
    provider: DjangoOAuthToolkit,
    ctx: TestContext,
    log: PathBuf,
    port: String,
}

impl Person {
    fn new(user: &str) -> Person {
        let ca = TestCa::new();
        let provider = DjangoOAuthToolkit::start(&ca);
        let (mut ctx, log) = person_context(&ca, user, provider.issued_tokens_file());
        ctx.env("LOGIN_PASSWORD", PASSWORD);
        Person { ca, provider, ctx, log, port: free_port() }
    }

    /// `alter idp test-login --offline` against DOT with `extra` flags (`--timeout 30` unless given).
    fn login(&self, extra: &[&str]) -> Run {
        let _shown = LogOnPanic(self);
        let issuer = self.provider.issuer();
        let ca = self.ca.ca_pem_path().to_str().expect("utf-8 path").to_owned();
        let mut args =
            vec!["idp", "test-login", "--offline", "--issuer-url", &issuer, "--ca-cert", &ca, "--port", &self.port];
        if !extra.contains(&"--timeout") {
            args.extend_from_slice(&["--timeout", "30"]);
        }
        args.extend_from_slice(extra);
        self.ctx.run(&args)
    }

    fn browser_log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// What DOT handed out (tokens, device codes): the leak scan is only as good as this list.
    fn issued(&self) -> Vec<String> {
        let issued = std::fs::read_to_string(self.provider.issued_tokens_file()).unwrap_or_default();
        issued.lines().map(str::to_owned).collect()
    }
}

#[test]
fn dot_device_grant_grants_openid_without_an_id_token_and_userinfo_names_the_person() {
    let person = Person::new("alice");
    let run = person.login(&["--client-id", DEVICE_CLIENT, "--flow", "device"]);
    // DOT's device grant is plain OAuth: an opaque access token and no ID token, so Alter gets
    // nothing it can verify (exit 5); who signed in comes from userinfo, and says so.
    run.code(5)
        .stderr_has("and enter the code")
        .stdout_has("Signed in as 1 <alice@example.com> (Alice Liddell)  (from the provider's userinfo endpoint")
        .stdout_has("client alter-device by the device code flow")
        .stdout_has("ID token: none issued, although `openid` was requested")
        .stdout_has("What Alter would record for this user: nothing")
        .stderr_has("hint: `openid` was requested, yet no ID token came")
        .stderr_has("sign in with --flow browser");
    let everything = format!("{}{}", run.stdout, run.stderr);
    assert!(!everything.contains("--scope"), "the hint loops back to the scope already granted: {everything}");
    assert!(!everything.contains("(no sub)"), "{everything}");
    assert!(person.browser_log().contains("Device Authorized"), "{}", person.browser_log());
    // The device code, the access token and the refresh token, all scanned for.
    assert_eq!(person.issued().len(), 3, "{:?}", person.issued());

    let report = person.login(&["--client-id", DEVICE_CLIENT, "--flow", "device", "--json"]).code(5).json();
    assert_eq!(report["identity_from"], "userinfo", "{report:#}");
    assert_eq!(report["person"]["sub"], "1", "{report:#}");
    assert_eq!(report["person"]["email"], "alice@example.com", "{report:#}");
    assert!(report["id_token"].is_null() && report["record"].is_null(), "{report:#}");
}

#[test]
fn dot_browser_flow_signs_in_from_its_verified_id_token() {
    let person = Person::new("bob");
    let run = person.login(&["--client-id", BROWSER_CLIENT, "--flow", "browser"]);
    run.code(0)
        .stdout_has("Signed in as 2 <bob@example.com> (Bob Builder)\n")
        .stdout_has("client alter-cli by the browser (authorization code + PKCE) flow")
        .stdout_has("Access token: opaque (not a JWT)")
        .stdout_has("ID token  <- an app gives Alter this one")
        .stdout_has("✓ signature")
        .stdout_has(&format!("✓ issuer         `iss` is `{}`", person.provider.issuer()))
        .stdout_has("user id  2")
        .stdout_has("Alter would accept this token.")
        .stderr_has("code_challenge_method=S256")
        .stderr_has(&format!("redirect_uri=http%3A%2F%2F127.0.0.1%3A{}%2Fcallback", person.port));
    assert!(!run.stdout.contains("userinfo"), "the person is not from the verified ID token: {}", run.stdout);
    let log = person.browser_log();
    assert!(log.contains("GET /accounts/login/") && log.contains("callback: HTTP 200"), "{log}");
    let issued = person.issued();
    assert!(issued.len() == 3 && issued.iter().any(|t| t.split('.').count() == 3), "{issued:?}");
}

#[test]
fn dot_unregistered_redirect_uri_times_out_naming_the_uri_to_register() {
    let person = Person::new("alice");
    let run = person.login(&["--client-id", UNREGISTERED_CLIENT, "--flow", "browser", "--timeout", "5"]);
    let uri = format!("http://127.0.0.1:{}/callback", person.port);
    // DOT redirects to its login page first, so the pre-flight sees no error; it refuses the
    // redirect URI only after the person signed in, and the callback never comes.
    run.code(6).stderr_has("the sign-in was not finished within 5 s");
    let hints: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("hint:")).collect();
    let first = format!("register {uri} as a redirect (callback) URI of client `{UNREGISTERED_CLIENT}`");
    assert!(hints.first().is_some_and(|h| h.contains(&first)), "{hints:?}");
    let log = person.browser_log();
    assert!(log.contains("GET /authorize/: HTTP 400") && log.contains("Mismatching redirect URI"), "{log}");
}

/// browser.mjs's output is hidden by alter: shown when a test fails.
struct LogOnPanic<'a>(&'a Person);
impl Drop for LogOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("--- browser log\n{}", self.0.browser_log());
        }
    }
}
