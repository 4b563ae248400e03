//! `alter idp directory-import`: each provider's local checks (nothing written when they fail),
//! the credential body the control plane receives, runs polled to the end, and every conflict.

use crate::support::control_plane::{Session, APP, OKTA};
use alter_testkit::control_plane::discovery;
use serde_json::{json, Value};

const AUTH0: &str = "https://dev-abc.us.auth0.com/";
const CLERK: &str = "https://clerk.acme.example";
const AUTH0_SECRET: &str = "dir-auth0-client-secret-5";
const CLERK_KEY: &str = "sk_live_clerkDirectoryKey77";
const JWK_D: &str = "okta-jwk-private-d-value";

fn session_with(provider_type: &str, issuer: &str) -> (Session, String) {
    let s = Session::new();
    if issuer != OKTA {
        s.cp.register_issuer(issuer, discovery(issuer, provider_type));
    }
    let created = s.alter(&["idp", "create", "--issuer-url", issuer, "--json"]).code(0).json();
    (s, created["id"].as_str().expect("id").to_owned())
}

fn file(content: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("credential");
    std::fs::write(&path, content).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let spec = format!("@{}", path.display());
    (dir, spec)
}

fn rsa_jwk(kid: Option<&str>) -> Value {
    let mut jwk = json!({
        "kty": "RSA", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP",
        "e": "AQAB", "d": JWK_D, "p": "okta-jwk-prime-p", "q": "okta-jwk-prime-q",
        "dp": "okta-jwk-dp", "dq": "okta-jwk-dq", "qi": "okta-jwk-qi",
    });
    if let Some(kid) = kid {
        jwk["kid"] = json!(kid);
    }
    jwk
}

fn puts(s: &Session) -> Vec<Value> {
    s.cp.requests()
        .into_iter()
        .filter(|r| r.method == "PUT" && r.path.ends_with("/directory-import"))
        .map(|r| r.json().expect("json body"))
        .collect()
}

fn set(s: &Session, id: &str, extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["idp", "directory-import", "set-credential", "--provider", id];
    args.extend_from_slice(extra);
    s.alter(&args)
}

#[test]
fn auth0_domain_is_a_host_and_the_credential_is_sent_as_the_contract_says() {
    let (s, id) = session_with("auth0", AUTH0);
    let (_dir, secret) = file(&format!("{AUTH0_SECRET}\n"));
    set(
        &s,
        &id,
        &["--domain", "https://dev-abc.us.auth0.com/api/v2/", "--client-id", "abc", "--client-secret", &secret],
    )
    .code(2)
    .stderr_has("has a path")
    .stderr_has("use --domain dev-abc.us.auth0.com");
    set(&s, &id, &["--domain", "dev-abc.us.auth0.com", "--client-id", "abc"])
        .code(2)
        .stderr_has("missing --client-secret")
        .stderr_has("read:users");
    set(&s, &id, &["--domain", "dev-abc.us.auth0.com", "--client-id", "abc", "--client-secret", &secret, "--kid", "k"])
        .code(2)
        .stderr_has("--domain (auth0) and --kid (okta) are for different providers");
    set(&s, &id, &["--secret-key", CLERK_KEY])
        .code(2)
        .stderr_has("this identity provider is auth0, and --secret-key (clerk)");
    assert!(puts(&s).is_empty(), "nothing written: {:?}", s.requests());

    let run =
        set(&s, &id, &["--domain", "https://dev-abc.us.auth0.com/", "--client-id", "abc", "--client-secret", &secret]);
    run.code(0).stdout_has("Configured  yes").stdout_has("Next run").stderr_has("directory-import run --wait");
    let body = &puts(&s)[0];
    assert_eq!(
        body,
        &json!({"auth0": {"domain": "dev-abc.us.auth0.com", "client_id": "abc", "client_secret": AUTH0_SECRET}})
    );
    let put = s.cp.requests().into_iter().find(|r| r.method == "PUT").expect("put");
    assert!(put.header("idempotency-key").is_some());
}

#[test]
fn clerk_refuses_the_publishable_key_and_reads_the_secret_key_from_stdin() {
    let (s, id) = session_with("clerk", CLERK);
    set(&s, &id, &["--secret-key", "pk_live_Y2xlcmsuYWNtZS5leGFtcGxlJA"])
        .code(2)
        .stderr_has("publishable key")
        .stderr_has("sk_live_")
        .stderr_has("API keys");
    let (_dir, secret) = file(&format!("{AUTH0_SECRET}\n"));
    set(&s, &id, &["--domain", "acme.us.auth0.com", "--client-id", "abc", "--client-secret", &secret])
        .code(2)
        .stderr_has("this identity provider is clerk")
        .stderr_has("--domain (auth0)")
        .stderr_has("--secret-key");
    assert!(puts(&s).is_empty(), "nothing written: {:?}", s.requests());

    let args =
        ["idp", "directory-import", "set-credential", "--provider", &id, "--secret-key", "-", "--json", "--app", APP];
    let status = s.ctx.run_with_stdin(&args, Some(format!("{CLERK_KEY}\n").as_bytes())).code(0).json();
    assert_eq!((status["configured"].clone(), status["supported"].clone()), (json!(true), json!(true)));
    assert_eq!(status["provider_type"], "clerk");
    assert_eq!(puts(&s)[0], json!({"clerk": {"secret_key": CLERK_KEY}}));
}

#[test]
fn okta_needs_a_private_jwk_and_the_org_url() {
    let (s, id) = session_with("okta", OKTA);
    let (_d1, with_kid) = file(&rsa_jwk(Some("kid-1")).to_string());
    let (_d2, without_kid) = file(&rsa_jwk(None).to_string());
    let mut public = rsa_jwk(Some("kid-1"));
    for k in ["d", "p", "q", "dp", "dq", "qi"] {
        public.as_object_mut().expect("object").remove(k);
    }
    let (_d3, public) = file(&public.to_string());
    let (_d4, pem) = file("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n");
    let okta = |key: &str, org: &str, extra: &[&str]| {
        let mut args = vec!["--org-url", org, "--client-id", "0oa1abc", "--private-key", key];
        args.extend_from_slice(extra);
        set(&s, &id, &args)
    };

    okta(&pem, "https://acme.okta.com", &[]).code(2).stderr_has("PEM").stderr_has("convert it to a JWK");
    okta(&public, "https://acme.okta.com", &[]).code(2).stderr_has("public-only");
    okta(&with_kid, OKTA, &[])
        .code(2)
        .stderr_has("authorization server's issuer")
        .stderr_has("use --org-url https://acme.okta.com (the same URL without `/oauth2/default`)");
    okta(&without_kid, "https://acme.okta.com", &[]).code(2).stderr_has("no \"kid\"").stderr_has("--kid KEY_ID");
    okta(&with_kid, "https://acme.okta.com", &["--kid", "kid-2"])
        .code(2)
        .stderr_has("already has its key id")
        .stderr_has("drop --kid");
    set(&s, &id, &["--secret-key", CLERK_KEY])
        .code(2)
        .stderr_has("this identity provider is okta")
        .stderr_has("--org-url");
    assert!(puts(&s).is_empty(), "nothing written: {:?}", s.requests());

    okta(&without_kid, "https://acme.okta.com/", &["--kid", "kid-9"]).code(0).stdout_has("Configured  yes");
    okta(&with_kid, "https://acme.okta.com", &[]).code(0);
    let bodies = puts(&s);
    assert_eq!(
        bodies[0],
        json!({"okta": {"org_url": "https://acme.okta.com", "client_id": "0oa1abc", "private_key_jwk": rsa_jwk(None), "key_id": "kid-9"}})
    );
    assert_eq!(bodies[1]["okta"]["private_key_jwk"], rsa_jwk(Some("kid-1")));
    assert!(bodies[1]["okta"].get("key_id").is_none(), "no key_id when the JWK has its kid");
}

#[test]
fn workos_and_custom_oidc_have_no_directory_sync() {
    for (ptype, issuer) in
        [("workos", "https://api.workos.com/user_management/client_1"), ("custom_oidc", "https://sso.acme.example")]
    {
        let (s, id) = session_with(ptype, issuer);
        set(&s, &id, &["--secret-key", CLERK_KEY])
            .code(5)
            .stderr_has("directory sync is not available")
            .stderr_has("alter idp webhook enable");
        assert!(puts(&s).is_empty(), "{ptype}: nothing written: {:?}", s.requests());
        s.alter(&["idp", "directory-import", "status", "--provider", &id]).code(0).stdout_has("Supported   no");
        s.alter(&["idp", "directory-import", "run", "--provider", &id])
            .code(5)
            .stderr_has("directory_sync_unsupported")
            .stderr_has("alter idp webhook enable");
    }
}

#[test]
fn run_wait_follows_the_import_to_its_counts() {
    let (s, id) = session_with("clerk", CLERK);
    s.alter(&["idp", "directory-import", "run", "--provider", &id])
        .code(5)
        .stderr_has("directory_credential_missing")
        .stderr_has("alter idp directory-import set-credential");
    set(&s, &id, &["--secret-key", CLERK_KEY]).code(0);

    let run = s.alter(&["idp", "directory-import", "run", "--provider", &id, "--wait"]);
    run.code(0)
        .stdout_has("Status       succeeded")
        .stdout_has("Users        12 imported, 3 updated, 1 deprovisioned")
        .stdout_has("Groups       4 imported")
        .stderr_has(": queued\n")
        .stderr_has(": running\n")
        .stderr_has(": succeeded\n");
    assert!(!run.stderr.contains('\r'), "no spinner without a terminal");
    assert!(run.elapsed.as_secs() < 10, "polled briskly: {:?}", run.elapsed);

    let quiet = s.alter(&["idp", "directory-import", "run", "--wait", "--quiet"]);
    assert_eq!((quiet.code, quiet.stderr.as_str()), (0, ""), "no progress with --quiet");
    quiet.stdout_has("Status       succeeded");

    let json = s.alter(&["idp", "directory-import", "run", "--wait", "--json"]).code(0).json();
    assert_eq!(json["status"], "succeeded");
    assert_eq!((json["users_imported"].clone(), json["groups_imported"].clone()), (json!(12), json!(4)));
    assert!(json["id"].as_str().expect("id").starts_with("run_"));

    let status = s.alter(&["idp", "directory-import", "status", "--json"]).code(0).json();
    assert_eq!(status["last_run"]["id"], json["id"]);
    s.alter(&["idp", "directory-import", "status"])
        .code(0)
        .stdout_has("succeeded at")
        .stdout_has("12 users imported, 3 updated, 1 deprovisioned; 4 groups imported");
}

#[test]
fn a_run_already_going_is_a_conflict_with_the_next_step() {
    let (s, id) = session_with("clerk", CLERK);
    set(&s, &id, &["--secret-key", CLERK_KEY]).code(0);
    let started = s.alter(&["idp", "directory-import", "run", "--provider", &id]);
    started.code(0).stdout_has("Status       queued").stderr_has("directory-import status");
    s.alter(&["idp", "directory-import", "run", "--provider", &id, "--wait"])
        .code(5)
        .stderr_has("an import is already running")
        .stderr_has("directory_import_running")
        .stderr_has("alter idp directory-import status");
}

#[test]
fn a_failed_run_exits_5_with_its_error() {
    let (s, id) = session_with("okta", OKTA);
    let (_dir, key) = file(&rsa_jwk(Some("kid-1")).to_string());
    set(&s, &id, &["--org-url", "https://acme.okta.com", "--client-id", "0oa1", "--private-key", &key]).code(0);
    let why = "Okta answered 403: the API Services app has no admin role";
    s.cp.set_directory_run_script(
        &id,
        vec![
            json!({"status": "queued"}),
            json!({"status": "running", "users_imported": 5}),
            json!({"status": "failed", "users_imported": 5, "error": why}),
        ],
    );
    let run = s.alter(&["idp", "directory-import", "run", "--provider", &id, "--wait"]);
    run.code(5).stderr_has(why).stderr_has("set-credential").stdout_has("Status       failed");
    let json = s.alter(&["idp", "directory-import", "status", "--provider", &id, "--json"]).code(0).json();
    assert_eq!((json["last_run"]["status"].clone(), json["last_run"]["error"].clone()), (json!("failed"), json!(why)));
}

#[test]
fn status_is_one_request_with_the_provider_given() {
    let (s, id) = session_with("auth0", AUTH0);
    let before = s.requests().len();
    let status = s.alter(&["idp", "directory-import", "status", "--provider", &id, "--json"]).code(0).json();
    assert_eq!(s.requests().len(), before + 1, "exactly one request");
    assert_eq!(
        status,
        json!({"provider_id": id, "provider_type": "auth0", "supported": true, "configured": false, "last_run": null, "next_run_at": null})
    );
    s.alter(&["idp", "directory-import", "status"])
        .code(0)
        .stdout_has("Configured  no (save one with `alter idp directory-import set-credential`)")
        .stdout_has("Last run    never");
}

#[test]
fn remove_credential_needs_yes_without_a_terminal() {
    let (s, id) = session_with("clerk", CLERK);
    set(&s, &id, &["--secret-key", CLERK_KEY]).code(0);
    let sent = s.requests().len();
    s.alter(&["idp", "directory-import", "remove-credential", "--provider", &id]).code(2).stderr_has("--yes");
    assert_eq!(s.requests().len(), sent, "refused before any request");

    s.alter(&["idp", "directory-import", "remove-credential", "--provider", &id, "--yes"])
        .code(0)
        .stdout_has("Removed the directory-import credential");
    assert!(s.requests().last().expect("request").starts_with("DELETE "));
    let json = s.alter(&["idp", "directory-import", "status", "--json"]).code(0).json();
    assert_eq!(json["configured"], false);
    s.alter(&["idp", "directory-import", "run"]).code(5).stderr_has("directory_credential_missing");
    let removed = s.alter(&["idp", "directory-import", "remove-credential", "--yes", "--json"]).code(0).json();
    assert_eq!(removed, json!({"provider_id": id, "credential_removed": true}));
}

#[test]
fn on_a_terminal_remove_asks_and_wait_shows_a_spinner() {
    let (s, id) = session_with("clerk", CLERK);
    set(&s, &id, &["--secret-key", CLERK_KEY]).code(0);
    let args = ["idp", "directory-import", "remove-credential", "--provider", &id, "--app", APP];
    let declined = s.ctx.run_in_terminal(&args, b"n");
    declined.code(130);
    assert!(s.requests().iter().all(|r| !r.starts_with("DELETE ")), "declined: nothing removed");

    let run = s.ctx.run_in_terminal(&["idp", "directory-import", "run", "--wait", "--app", APP], b"");
    run.code(0).stdout_has("Status       succeeded");
    assert!(run.stdout.contains("\r\x1b[2K"), "a rewritten progress line: {:?}", run.stdout);
    s.ctx.run_in_terminal(&args, b"y").code(0);
    assert!(s.requests().iter().any(|r| r.starts_with("DELETE ")));
}

#[test]
fn secrets_from_two_stdin_flags_and_a_missing_scope_are_refused() {
    let (s, id) = session_with("auth0", AUTH0);
    let args = [
        "idp",
        "directory-import",
        "set-credential",
        "--provider",
        &id,
        "--client-secret",
        "-",
        "--private-key",
        "-",
        "--app",
        APP,
    ];
    s.ctx
        .run_with_stdin(&args, Some(b"x"))
        .code(2)
        .stderr_has("--client-secret (auth0) and --private-key (okta) are for different providers");
    let sent = s.requests().len();
    let args = ["idp", "directory-import", "set-credential", "--provider", &id, "--app", APP];
    s.ctx
        .run_with_stdin(&[&args[..], &["--secret-key", "-", "--domain", "acme.us.auth0.com"]].concat(), Some(b"x"))
        .code(2)
        .stderr_has("--domain (auth0) and --secret-key (clerk) are for different providers")
        .stderr_has("clerk: --secret-key");
    assert_eq!(s.requests().len(), sent, "refused before any request");

    s.cp.add_token("tok_read_only", "ci@example.com", &["dashboard_identity_providers:read"]);
    let mut ctx = crate::support::TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_read_only");
    ctx.run(&["idp", "directory-import", "status", "--provider", &id, "--app", APP])
        .code(3)
        .stderr_has("dashboard_identity_providers:directory");
}
