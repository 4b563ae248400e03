//! A hostile or broken control plane: problems that quote our secrets back, megabyte details,
//! terminal escape sequences, bodies that do not match the contract. Whatever it sends, the user
//! sees no secret, no raw control character and no flood, and the exit code says whose fault it
//! was. (Every run is also scanned for all of `support::SECRETS`.)

use crate::support::control_plane::{Session, APP, OKTA, TOKEN};
use crate::support::TestContext;
use alter_testkit::control_plane::{discovery, Fault};
use serde_json::json;

const WALLET_SECRET: &str = "hostile-wallet-secret-31";

fn echo(path: &str) -> Fault {
    Fault::Echo { path_contains: path.into(), status: 422, times: 1 }
}

fn raw(path: &str, status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Fault {
    Fault::Raw { path_contains: path.into(), status, content_type: content_type.into(), body: body.into(), times: 1 }
}

#[test]
fn a_problem_quoting_the_request_shows_no_secret_and_no_token() {
    let s = Session::new();
    s.cp.inject(echo("identity-providers"));
    let run = s.alter(&[
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa1",
        "--wallet-client-secret",
        WALLET_SECRET,
    ]);
    // The echo really quoted both: the scan in `support` and these lines prove they were redacted.
    run.code(5).stderr_has("Authorization: Bearer ***").stderr_has(r#""client_secret":"***""#).stderr_has("body: ");
    assert!(!run.stderr.contains(TOKEN) && !run.stderr.contains(WALLET_SECRET), "{}", run.stderr);

    let id = s.create_okta();
    s.cp.inject(echo("webhook"));
    let secret = "hostile-okta-hook-secret-5";
    s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", secret])
        .code(5)
        .stderr_has("\"secret\":\"***\"");
}

#[test]
fn a_private_jwk_quoted_member_by_member_is_redacted() {
    let s = Session::new();
    let id = s.create_okta();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("jwk.json");
    let jwk = json!({"kty": "RSA", "kid": "k1", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP",
        "e": "AQAB", "d": "hostile-jwk-d", "p": "hostile-jwk-p", "q": "hostile-jwk-q",
        "dp": "hostile-jwk-dp", "dq": "hostile-jwk-dq", "qi": "hostile-jwk-qi"});
    std::fs::write(&key, jwk.to_string()).unwrap();
    // The server quotes the members alone, not the file as it was read.
    let quoted =
        "d=hostile-jwk-d p=hostile-jwk-p q=hostile-jwk-q dp=hostile-jwk-dp dq=hostile-jwk-dq qi=hostile-jwk-qi";
    let problem = json!({"title": "Bad key", "status": 422, "code": "credential_rejected", "detail": quoted});
    s.cp.inject(raw("directory-import", 422, "application/problem+json", problem.to_string()));
    let spec = format!("@{}", key.display());
    let run = s.alter(&[
        "idp",
        "directory-import",
        "set-credential",
        "--provider",
        &id,
        "--org-url",
        "https://acme.okta.com",
        "--client-id",
        "0oa1",
        "--private-key",
        &spec,
    ]);
    run.code(5).stderr_has("d=*** p=*** q=*** dp=*** dq=*** qi=***");
}

#[test]
fn a_failed_import_runs_error_is_scrubbed_in_text_and_json() {
    let s = Session::new();
    let clerk = "https://clerk.acme.example";
    s.cp.register_issuer(clerk, discovery(clerk, "clerk"));
    let created = s.alter(&["idp", "create", "--issuer-url", clerk, "--json"]).code(0).json();
    let id = created["id"].as_str().unwrap().to_owned();
    let set = ["idp", "directory-import", "set-credential", "--provider", &id, "--secret-key", "-", "--app", APP];
    s.ctx.run_with_stdin(&set, Some(b"sk_live_hostileClerkKey12")).code(0);
    let why = format!("upstream refused Bearer {TOKEN} \u{1b}]0;pwned\u{7}");
    s.cp.set_directory_run_script(&id, vec![json!({"status": "running"}), json!({"status": "failed", "error": why})]);
    let run = s.alter(&["idp", "directory-import", "run", "--provider", &id, "--wait"]);
    run.code(5).stderr_has("upstream refused Bearer *** \\u{1b}]0;pwned\\u{7}");
    assert!(!run.stderr.contains('\u{1b}') && !run.stdout.contains('\u{1b}'), "{}", run.stderr);
    let status = s.alter(&["idp", "directory-import", "status", "--provider", &id, "--json"]).code(0).json();
    assert_eq!(status["last_run"]["error"], "upstream refused Bearer *** \u{1b}]0;pwned\u{7}");
}

#[test]
fn a_megabyte_detail_is_cut_and_escape_sequences_are_shown_not_obeyed() {
    let s = Session::new();
    let detail = format!("\u{1b}[31mred\u{1b}]0;pwned\u{7}{}", "x".repeat(3 << 20));
    let problem = json!({"title": "Bad", "status": 400, "code": "invalid_request", "detail": detail});
    s.cp.inject(raw("identity-providers", 400, "application/problem+json", problem.to_string()));
    let run = s.alter(&["idp", "list"]);
    run.code(5).stderr_has("\\u{1b}[31mred\\u{1b}]0;pwned\\u{7}").stderr_has("more characters cut");
    assert!(run.stderr.len() < 10_000, "stderr is {} bytes", run.stderr.len());
    assert!(!run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'));
}

#[test]
fn a_discovery_document_with_escape_sequences_is_escaped_for_people_and_valid_json_for_scripts() {
    let s = Session::new();
    let issuer = "https://login.evil.example";
    let mut doc = discovery(issuer, "custom_oidc");
    doc["issuer"] = json!("https://login.evil.example\u{1b}]0;pwned\u{7}");
    doc["warnings"] = json!([{"code": "x\u{1b}[2J", "message": "clear \u{9b}2J screen"}]);
    s.cp.register_issuer(issuer, doc);
    let run = s.alter(&["idp", "discover", "--issuer-url", issuer]);
    run.code(0).stdout_has("https://login.evil.example\\u{1b}]0;pwned\\u{7}").stdout_has("clear \\u{9b}2J");
    assert!(!run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{9b}'), "{}", run.stdout);
    let json = s.alter(&["idp", "discover", "--issuer-url", issuer, "--json"]).code(0).json();
    assert_eq!(json["issuer"], "https://login.evil.example\u{1b}]0;pwned\u{7}");
}

#[test]
fn a_token_with_a_line_ending_is_trimmed_and_one_that_cannot_be_a_header_is_exit_3() {
    let s = Session::new();
    for padded in [format!("{TOKEN}\r"), format!("{TOKEN}\r\n"), format!("  {TOKEN}\n")] {
        let mut ctx = TestContext::new();
        ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", padded);
        ctx.run(&["idp", "list", "--app", APP]).code(0);
    }
    let before = s.requests().len();
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_all\r\nscopes");
    let run = ctx.run(&["idp", "list", "--app", APP, "-v"]);
    run.code(3).stderr_has("the Alter token from ALTER_TOKEN cannot be sent").stderr_has("hint: copy the token again");
    assert!(!run.stderr.contains("retrying"), "{}", run.stderr);
    let run = ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(b"tok\x01bad\n"));
    run.code(3).stderr_has("from stdin cannot be sent");
    assert_eq!(s.requests().len(), before, "no request sent");

    // The stored file, hand-edited with a CRLF and spaces.
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url());
    let file = ctx.home().join(".config/alter/credentials");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, format!(" {TOKEN} \r\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    ctx.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    ctx.run(&["idp", "list", "--app", APP]).code(0);
}
