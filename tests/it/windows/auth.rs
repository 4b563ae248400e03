//! `auth login|status|logout` with Windows Credential Manager (Wine's, in the smoke prefix), and
//! the fallback file in `%APPDATA%\alter` when it refuses a token: Credential Manager holds at
//! most 2560 bytes of UTF-16, so a 4 kB JWT goes to the file, and the older entry is removed so
//! it cannot shadow the new token. Each login's subject tells which token a later command read.
//! These tests share the prefix's one credential, so they run one at a time (.config/nextest.toml).

use super::Wine;
use crate::support::control_plane::Session;
use crate::support::TestContext;

const SHORT: &str = "tok_short_windows";

fn session() -> (Session, TestContext, String) {
    let s = Session::new();
    let long = format!("tok_long_{}", "x".repeat(4087));
    assert_eq!(long.len(), 4096);
    s.cp.add_token(SHORT, "short@example.com", &["dashboard_identity_providers:read"]);
    s.cp.add_token(&long, "long@example.com", &["dashboard_identity_providers:read"]);
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url());
    (s, ctx, long)
}

fn login(ctx: &TestContext, token: &str) -> crate::support::Run {
    ctx.run_windows(&["auth", "login", "--with-token"], Some(format!("{token}\n").as_bytes()))
}

fn status_subject(ctx: &TestContext) -> String {
    let status = ctx.run_windows(&["auth", "status", "--json"], None).code(0).json();
    status["subject"].as_str().expect("subject").to_owned()
}

#[test]
#[ignore = "the Windows smoke suite: needs Wine and alter.exe, run by .ci/windows-smoke"]
fn credential_manager_and_the_fallback_file_for_a_long_token() {
    let wine = Wine::get();
    let file = wine.appdata().join("alter").join("credentials");
    let (_s, ctx, long) = session();
    // A clean start, whatever an earlier run left.
    ctx.run_windows(&["auth", "logout"], None).code(0);
    assert!(!file.exists());

    // Short: Credential Manager, no notice.
    let run = login(&ctx, SHORT);
    run.code(0);
    assert_eq!(run.stderr, "");
    assert!(run.stdout.starts_with("Logged in as short@example.com\n"), "{}", run.stdout);
    ctx.run_windows(&["auth", "status"], None).code(0).stdout_has("the OS keyring");

    // Long after short: the file, one line saying why, and the short token no longer read.
    let run = login(&ctx, &long);
    run.code(0);
    let windows_file = format!("{}\\alter\\credentials", wine.appdata_windows());
    assert_eq!(
        run.stderr,
        format!(
            "The token (4096 characters) is too long for the OS keyring; it is stored in {windows_file} instead (readable only by you).\n"
        )
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), format!("{long}\n"));
    assert_eq!(status_subject(&ctx), "long@example.com", "the stale short token must not shadow the long one");
    ctx.run_windows(&["auth", "status"], None).code(0).stdout_has(&windows_file);

    // Short after long: back in Credential Manager, the file removed.
    login(&ctx, SHORT).code(0);
    assert!(!file.exists(), "the long token's file is removed");
    assert_eq!(status_subject(&ctx), "short@example.com");

    // Logout removes what is there; then nothing is.
    ctx.run_windows(&["auth", "logout"], None).code(0).stdout_has("Logged out: removed the token from the OS keyring.");
    login(&ctx, &long).code(0);
    assert_eq!(status_subject(&ctx), "long@example.com");
    let run = ctx.run_windows(&["auth", "logout"], None);
    run.code(0);
    assert_eq!(run.stdout, format!("Logged out: removed the token from {windows_file}.\n"));
    ctx.run_windows(&["auth", "status"], None).code(3).stderr_has("alter auth login");
}

#[test]
#[ignore = "the Windows smoke suite: needs Wine and alter.exe, run by .ci/windows-smoke"]
fn a_bad_token_is_not_stored_and_the_env_token_wins() {
    let (s, mut ctx, _long) = session();
    ctx.run_windows(&["auth", "login", "--with-token"], Some(b"tok_wrong\n")).code(3);
    ctx.env("ALTER_TOKEN", "tok_all_scopes");
    ctx.run_windows(&["auth", "status"], None).code(0).stdout_has("dev@example.com").stdout_has("ALTER_TOKEN");
    assert!(s.cp.requests().iter().all(|r| r.path == "/v1/me"));
}
