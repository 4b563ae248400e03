//! `alter idp webhook`: per-provider secret rules, secrets from every source, the generated
//! secret shown exactly once, confirmations without a terminal, and lost-response replay.

use crate::support::control_plane::{Session, APP};
use alter_testkit::control_plane::{discovery, Fault};

fn session_with(provider_type: &str, issuer: &str) -> (Session, String) {
    let s = Session::new();
    s.cp.register_issuer(issuer, discovery(issuer, provider_type));
    let created = s.alter(&["idp", "create", "--issuer-url", issuer, "--json"]).code(0).json();
    (s, created["id"].as_str().expect("id").to_owned())
}

fn secret_file(content: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("secret");
    std::fs::write(&path, content).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let spec = format!("@{}", path.display());
    (dir, spec)
}

#[test]
fn status_shows_the_endpoint_url_before_enabling_in_one_request() {
    let (s, id) = session_with("clerk", "https://clerk.acme.example");
    let before = s.requests().len();
    let status = s.alter(&["idp", "webhook", "status", "--provider", &id, "--json"]).code(0).json();
    assert_eq!(s.requests().len(), before + 1, "exactly one request");
    assert_eq!(status["enabled"], false);
    assert!(status["endpoint_url"].as_str().expect("url").starts_with("https://"));
    s.alter(&["idp", "webhook", "status"]).code(0).stdout_has("Endpoint URL").stdout_has("Enabled       no");
}

#[test]
fn clerk_needs_its_whsec_secret_before_anything_is_sent() {
    let (s, id) = session_with("clerk", "https://clerk.acme.example");
    s.alter(&["idp", "webhook", "enable", "--provider", &id])
        .code(2)
        .stderr_has("whsec_")
        .stderr_has("Clerk dashboard");
    let (_dir, wrong) = secret_file(b"sk_live_notawebhooksecret\n");
    s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", &wrong])
        .code(2)
        .stderr_has("starts with `whsec_`");
    assert!(s.requests().iter().all(|r| !r.contains("/webhook/enable")), "{:?}", s.requests());

    let (_dir, good) = secret_file(b"whsec_clerkEndpointSecret42\r\n");
    let run = s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", &good]);
    run.code(0)
        .stdout_has("Enabled       yes")
        .stderr_has("user.deleted")
        .stderr_has("organizationMembership.deleted")
        .stderr_has("organization.deleted");
    assert!(!run.stdout.contains("Signing secret"), "a supplied secret is never echoed");
    assert_eq!(s.cp.webhook_secret(&id).as_deref(), Some("whsec_clerkEndpointSecret42"), "CRLF stripped");
}

#[test]
fn okta_and_workos_need_their_secret_and_get_their_next_steps() {
    let (s, id) = session_with("okta", "https://acme.okta.com/oauth2/aus1");
    s.alter(&["idp", "webhook", "enable", "--provider", &id]).code(2).stderr_has("Event Hook");
    let run = s.ctx.run_with_stdin(
        &["idp", "webhook", "enable", "--provider", &id, "--secret", "-", "--app", APP],
        Some(b"okta-event-hook-secret-7\n"),
    );
    run.code(0).stderr_has("Verify").stderr_has("user.lifecycle.delete.initiated").stderr_has("group.lifecycle.delete");
    assert_eq!(s.cp.webhook_secret(&id).as_deref(), Some("okta-event-hook-secret-7"));

    let (s, id) = session_with("workos", "https://api.workos.com/user_management/client_1");
    s.alter(&["idp", "webhook", "enable", "--provider", &id]).code(2).stderr_has("WorkOS");
    let (_dir, spec) = secret_file("\u{feff}workos-endpoint-secret-9\n".as_bytes());
    s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", &spec])
        .code(0)
        .stderr_has("organization_membership.deleted");
    assert_eq!(s.cp.webhook_secret(&id).as_deref(), Some("workos-endpoint-secret-9"), "BOM stripped");
}

#[test]
fn auth0_generates_a_secret_shown_exactly_once() {
    let (s, id) = session_with("auth0", "https://dev-abc.us.auth0.com/");
    let run = s.alter(&["idp", "webhook", "enable", "--provider", &id]);
    run.code(0).stderr_has("shown once").stderr_has("sdu").stderr_has("ublkdu").stderr_has("never `sul`");
    let generated = s.cp.webhook_secret(&id).expect("secret stored");
    assert_eq!(run.stdout.matches(&generated).count(), 1, "printed once on stdout");
    assert!(!run.stderr.contains(&generated), "never on stderr");
    let status = s.alter(&["idp", "webhook", "status", "--json"]);
    status.code(0);
    assert!(!status.stdout.contains(&generated));
    assert_eq!(status.json()["secret_hint"], generated[generated.len() - 4..]);

    let rotated = s.alter(&["idp", "webhook", "rotate", "--yes", "--json"]).code(0).json();
    let new_secret = rotated["signing_secret"].as_str().expect("generated on rotate");
    assert_ne!(new_secret, generated);
    assert_eq!(s.cp.webhook_secret(&id).as_deref(), Some(new_secret));
}

#[test]
fn inline_secrets_warn_and_world_readable_files_warn() {
    let (s, id) = session_with("auth0", "https://dev-abc.us.auth0.com/");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("open");
    std::fs::write(&path, "auth0-own-secret-crlf\r\n").expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", &format!("@{}", path.display())])
        .code(0)
        .stderr_has("readable by other users");
    s.alter(&["idp", "webhook", "rotate", "--yes", "--secret", "inline-value-x"]).code(0).stderr_has("shell history");
}

#[test]
fn rotate_and_disable_confirm_rules_without_a_terminal() {
    let (s, id) = session_with("auth0", "https://dev-abc.us.auth0.com/");
    s.alter(&["idp", "webhook", "rotate", "--provider", &id, "--yes"]).code(5).stderr_has("not enabled");
    s.alter(&["idp", "webhook", "enable", "--provider", &id]).code(0);
    s.alter(&["idp", "webhook", "enable", "--provider", &id])
        .code(5)
        .stderr_has("webhook_already_enabled")
        .stderr_has("webhook rotate");

    let sent = s.requests().len();
    s.alter(&["idp", "webhook", "rotate", "--provider", &id]).code(2).stderr_has("--yes");
    s.alter(&["idp", "webhook", "disable", "--provider", &id]).code(2).stderr_has("--yes");
    let stdin_without_yes = s.ctx.run_with_stdin(
        &["idp", "webhook", "rotate", "--provider", &id, "--secret", "-", "--app", APP],
        Some(b"rotated-from-stdin-secret\n"),
    );
    stdin_without_yes.code(2).stderr_has("--secret - needs --yes");
    assert_eq!(s.requests().len(), sent, "refused before any request");

    s.ctx
        .run_with_stdin(
            &["idp", "webhook", "rotate", "--provider", &id, "--secret", "-", "--yes", "--app", APP],
            Some(b"rotated-from-stdin-secret\n"),
        )
        .code(0);
    assert_eq!(s.cp.webhook_secret(&id).as_deref(), Some("rotated-from-stdin-secret"));

    s.alter(&["idp", "webhook", "disable", "--provider", &id, "--yes"]).code(0).stdout_has("Webhook disabled");
    s.alter(&["idp", "webhook", "disable", "--provider", &id, "--yes"]).code(5).stderr_has("not enabled");
}

#[test]
fn a_lost_enable_or_rotate_response_is_replayed_never_repeated() {
    let (s, id) = session_with("auth0", "https://dev-abc.us.auth0.com/");
    s.cp.inject(Fault::DropAfterCommit { path_contains: "/webhook/enable".into(), times: 1 });
    let run = s.alter(&["idp", "webhook", "enable", "--provider", &id, "--json"]);
    let shown = run.code(0).json()["signing_secret"].as_str().expect("secret").to_owned();
    assert_eq!(
        s.cp.webhook_secret(&id).as_deref(),
        Some(shown.as_str()),
        "the secret shown is the one the server kept"
    );

    s.cp.inject(Fault::DropAfterCommit { path_contains: "/webhook/rotate".into(), times: 1 });
    let rotated = s.alter(&["idp", "webhook", "rotate", "--provider", &id, "--yes", "--json"]).code(0).json();
    let rotated = rotated["signing_secret"].as_str().expect("secret");
    assert_eq!(s.cp.webhook_secret(&id).as_deref(), Some(rotated), "rotated once, the new secret not lost");
    let rotates: Vec<_> = s.cp.requests().into_iter().filter(|r| r.path.ends_with("/webhook/rotate")).collect();
    assert_eq!(rotates.len(), 2);
    assert_eq!(rotates[0].header("idempotency-key"), rotates[1].header("idempotency-key"));
}

#[test]
fn the_webhooks_scope_is_named_when_missing() {
    let (s, id) = session_with("auth0", "https://dev-abc.us.auth0.com/");
    s.cp.add_token("tok_read_only", "ci@example.com", &["dashboard_identity_providers:read"]);
    let mut ctx = crate::support::TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_read_only");
    ctx.run(&["idp", "webhook", "status", "--provider", &id, "--app", APP])
        .code(3)
        .stderr_has("dashboard_identity_providers:webhooks");
}

#[test]
fn on_a_terminal_rotate_and_disable_ask_first() {
    let (s, id) = session_with("auth0", "https://dev-abc.us.auth0.com/");
    s.alter(&["idp", "webhook", "enable", "--provider", &id]).code(0);
    let before = s.cp.webhook_secret(&id);
    let declined = s.ctx.run_in_terminal(&["idp", "webhook", "rotate", "--provider", &id, "--app", APP], b"n");
    declined.code(130);
    assert!(declined.stdout.contains("Rotate the webhook secret"), "{}", declined.stdout);
    assert_eq!(s.cp.webhook_secret(&id), before, "declined: nothing rotated");
    assert!(s.requests().iter().all(|r| !r.ends_with("/webhook/rotate")));

    s.ctx.run_in_terminal(&["idp", "webhook", "rotate", "--provider", &id, "--app", APP], b"y").code(0);
    assert_ne!(s.cp.webhook_secret(&id), before, "confirmed: rotated");
    s.ctx.run_in_terminal(&["idp", "webhook", "disable", "--provider", &id, "--app", APP], b"y").code(0);
    assert_eq!(s.cp.webhook_secret(&id), None);
}
