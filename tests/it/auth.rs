//! `alter auth`: token from stdin or a prompt, checked before it is stored; the keyring where a
//! Secret Service runs, else a 0600 file; ALTER_TOKEN overriding both.

use crate::support::control_plane::{Session, APP, TOKEN};
use crate::support::TestContext;

fn session_without_env_token() -> (Session, TestContext) {
    let s = Session::new();
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url());
    (s, ctx)
}

#[cfg(unix)]
#[test]
fn login_status_logout_with_the_file_fallback() {
    use std::os::unix::fs::PermissionsExt;
    let (s, ctx) = session_without_env_token();
    let login = ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(format!("{TOKEN}\n").as_bytes()));
    login.code(0).stdout_has("Logged in as dev@example.com").stderr_has("No OS keyring");
    let file = ctx.home().join(".config/alter/credentials");
    let mode = std::fs::metadata(&file).expect("credentials file").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    let status = ctx.run(&["auth", "status", "--json"]).code(0).json();
    assert_eq!(status["subject"], "dev@example.com");
    assert!(status["scopes"].as_array().expect("scopes").iter().any(|s| s == "dashboard_identity_providers:create"));
    ctx.run(&["idp", "list", "--app", APP]).code(0);
    ctx.run(&["auth", "status"]).code(0).stdout_has(&file.display().to_string());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    ctx.run(&["auth", "status"])
        .code(0)
        .stderr_has("is readable by other users (mode 644); restrict it with `chmod 600");

    ctx.run(&["auth", "logout"]).code(0).stdout_has("Logged out");
    assert!(!file.exists());
    ctx.run(&["auth", "status"]).code(3).stderr_has("alter auth login");
    assert!(s.cp.requests().iter().all(|r| r.path == "/v1/me" || r.path.contains("identity-providers")));
}

#[test]
fn a_bad_token_is_not_stored_and_prompts_need_a_terminal() {
    let (_s, ctx) = session_without_env_token();
    ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(b"tok_wrong\n")).code(3);
    assert!(!ctx.home().join(".config/alter/credentials").exists());
    ctx.run(&["auth", "login"]).code(2).stderr_has("--with-token");
    ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(b"\n")).code(2).stderr_has("empty");
}

#[test]
fn the_environment_token_overrides_the_stored_one() {
    let (s, mut ctx) = session_without_env_token();
    s.cp.add_token("tok_other", "ci@example.com", &["dashboard_identity_providers:read"]);
    ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(TOKEN.as_bytes())).code(0);
    ctx.env("ALTER_TOKEN", "tok_other");
    ctx.run(&["auth", "status"]).code(0).stdout_has("ci@example.com").stdout_has("ALTER_TOKEN");
}

#[test]
fn login_prompts_for_the_token_on_a_terminal() {
    let (_s, ctx) = session_without_env_token();
    let run = ctx.run_in_terminal(&["auth", "login"], format!("{TOKEN}\n").as_bytes());
    run.code(0).stdout_has("Paste your Alter token").stdout_has("Logged in as dev@example.com");
    assert!(!run.stdout.contains(TOKEN), "the prompt does not echo the token");
    ctx.run(&["auth", "status"]).code(0).stdout_has("dev@example.com");
}

/// The real OS keyring, where CI provides one (`.ci/run` starts gnome-keyring and sets
/// ALTER_REQUIRE_KEYRING=1); elsewhere this checks the fallback is announced instead, and says so.
#[test]
fn login_uses_the_os_keyring_or_the_fallback() {
    let (_s, mut ctx) = session_without_env_token();
    let coverage = alter_testkit::coverage::Keyring::from_env();
    let required = coverage.is_real();
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS").ok();
    if let (true, Some(bus)) = (required, &bus) {
        ctx.env("DBUS_SESSION_BUS_ADDRESS", bus.clone());
    }
    let login = ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(TOKEN.as_bytes()));
    login.code(0);
    let file = ctx.home().join(".config/alter/credentials");
    if required {
        assert!(bus.is_some(), "ALTER_REQUIRE_KEYRING=1 but no D-Bus session");
        assert!(!login.stderr.contains("No OS keyring"), "{}", login.stderr);
        assert!(!file.exists(), "the token went to the keyring, not a file");
        ctx.run(&["auth", "status"]).code(0).stdout_has("the OS keyring");
        ctx.run(&["auth", "logout"]).code(0).stdout_has("the OS keyring");
        ctx.run(&["auth", "status"]).code(3);
    } else {
        login.stderr_has("No OS keyring");
        assert!(file.exists());
    }
    coverage.report("auth::login_uses_the_os_keyring_or_the_fallback");
}

#[cfg(unix)]
#[test]
fn a_credentials_file_others_can_read_is_used_with_one_warning_and_shown_in_status() {
    use std::os::unix::fs::PermissionsExt;
    let (_s, ctx) = session_without_env_token();
    ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(TOKEN.as_bytes())).code(0);
    let file = ctx.home().join(".config/alter/credentials");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = ctx.run(&["idp", "list", "--app", APP]);
    run.code(0).stderr_has("is readable by other users (mode 644); restrict it with `chmod 600");
    assert_eq!(run.stderr.matches("readable by other users").count(), 1, "warned once: {}", run.stderr);
    ctx.run(&["auth", "status"]).code(0).stdout_has("(readable by other users: mode 644; run chmod 600 on it)");
    // Writable by the group is as open: another user could swap in a token of theirs.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o620)).unwrap();
    ctx.run(&["idp", "list", "--app", APP]).code(0).stderr_has("is writable by other users (mode 620)");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let run = ctx.run(&["auth", "status"]);
    assert!(!run.stderr.contains("readable") && !run.stdout.contains("readable"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_credentials_file_that_is_a_device_and_an_endless_token_on_stdin_are_refused() {
    let (s, ctx) = session_without_env_token();
    let file = ctx.home().join(".config/alter/credentials");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &file).unwrap();
    ctx.run(&["idp", "list", "--app", APP]).code(2).stderr_has("not a regular file");
    std::fs::remove_file(&file).unwrap();
    let huge = vec![b'a'; 3 << 20];
    ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(&huge))
        .code(2)
        .stderr_has("cannot read --with-token from stdin: it is over the 1 MiB limit");
    assert!(s.cp.requests().is_empty(), "nothing sent");
}
