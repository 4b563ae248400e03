//! `alter idp export | diff -f | apply -f` against the control-plane double: the plan, exit codes,
//! what each path sends (checked on the double's request log), secrets from every reference
//! kind and never in the output, refusals before any write, and partial failures reported.

use crate::support::control_plane::{Session, APP, OKTA};
use alter_testkit::control_plane::{discovery, Fault};
use serde_json::{json, Value};

pub const AUTH0: &str = "https://dev-abc.us.auth0.com/";
const OTHER_APP: &str = "app_prod";

/// A file in its own temp dir; `spec` is what `-f` takes.
pub struct File {
    pub _dir: tempfile::TempDir,
    pub path: String,
}

pub fn file(content: &Value) -> File {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("idp.json");
    std::fs::write(&path, serde_json::to_string_pretty(content).expect("json")).expect("write");
    File { path: path.display().to_string(), _dir: dir }
}

pub fn secret_file(dir: &tempfile::TempDir, name: &str, content: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    format!("@{}", path.display())
}

/// Requests that change something (anything but GET).
pub fn writes(s: &Session) -> Vec<String> {
    s.requests().into_iter().filter(|r| !r.starts_with("GET ")).collect()
}

/// The body of the last PATCH, or of the last create (`POST`).
pub fn body_of(s: &Session, method: &str) -> Value {
    let requests = s.cp.requests();
    let request = requests
        .iter()
        .rev()
        .find(|r| r.method == method && (method != "POST" || r.path.ends_with("/identity-providers")))
        .expect("request sent");
    request.json().expect("JSON body")
}

#[test]
fn apply_creates_then_the_same_file_is_in_sync_with_no_write() {
    let s = Session::new();
    let f = file(&json!({
        "issuer_url": OKTA, "audience": "api://default", "group_claim": "groups", "group_claim_stable_ids": true,
    }));
    let diff = s.alter(&["idp", "diff", "-f", &f.path]);
    diff.code(8).stdout_has("create its identity provider").stdout_has(&format!("+ issuer_url: \"{OKTA}\""));
    assert!(!diff.stderr.contains("error:"), "differences are an answer, not an error: {}", diff.stderr);
    diff.stderr_has("alter idp apply -f");
    assert!(writes(&s).is_empty());

    let applied = s.alter(&["idp", "apply", "-f", &f.path]);
    applied.code(0).stdout_has("+ audience: \"api://default\"").stdout_has("Applied: created idp_");
    assert_eq!(writes(&s), [format!("POST /v1/apps/{APP}/identity-providers")]);
    assert_eq!(
        body_of(&s, "POST"),
        json!({"issuer_url": OKTA, "audience": "api://default", "group_claim": "groups", "group_claim_stable_ids": true})
    );

    let before = s.requests().len();
    let again = s.alter(&["idp", "apply", "-f", &f.path]);
    again.code(0);
    assert_eq!(again.stdout, "No changes.\n");
    let after: Vec<String> = s.requests()[before..].to_vec();
    assert_eq!(after, [format!("GET /v1/apps/{APP}/identity-providers")], "the no-op path writes nothing");
    let diff = s.alter(&["idp", "diff", "-f", &f.path]);
    assert_eq!((diff.code, diff.stdout.as_str()), (0, "No changes.\n"));
}

#[test]
fn update_patches_only_the_fields_that_differ() {
    let s = Session::new();
    s.create_okta();
    let f = file(&json!({
        "issuer_url": OKTA, "audience": "api://new", "user_id_claim": "sub", "group_claim": "groups",
        "role_claim": "roles",
    }));
    let diff = s.alter(&["idp", "diff", "-f", &f.path, "--json"]);
    let plan = diff.code(8).json();
    assert_eq!(plan["action"], "update");
    assert_eq!(plan["in_sync"], false);
    assert_eq!(
        plan["changes"],
        json!([
            {"op": "set", "field": "audience", "old": null, "new": "api://new"},
            {"op": "set", "field": "role_claim", "old": null, "new": "roles"},
        ])
    );
    let human = s.alter(&["idp", "diff", "-f", &f.path]);
    human.code(8).stdout_has("  + audience: \"api://new\"\n  + role_claim: \"roles\"\n");
    assert!(!human.stdout.contains("group_claim") && !human.stdout.contains("jwks"), "{}", human.stdout);

    s.alter(&["idp", "apply", "-f", &f.path]).code(0).stdout_has("updated idp_");
    assert_eq!(writes(&s).iter().filter(|r| r.starts_with("PATCH")).count(), 1);
    assert_eq!(body_of(&s, "PATCH"), json!({"audience": "api://new", "role_claim": "roles"}));

    let cleared = file(&json!({"issuer_url": OKTA, "audience": null, "group_claim": null}));
    s.alter(&["idp", "diff", "-f", &cleared.path])
        .code(8)
        .stdout_has("- audience (was \"api://new\")")
        .stdout_has("- group_claim (was \"groups\")");
    s.alter(&["idp", "apply", "-f", &cleared.path]).code(0);
    assert_eq!(body_of(&s, "PATCH"), json!({"audience": null, "group_claim": null}));
    s.alter(&["idp", "diff", "-f", &cleared.path]).code(0);
}

#[test]
fn dry_run_prints_the_plan_and_sends_nothing() {
    let s = Session::new();
    let f =
        file(&json!({"issuer_url": OKTA, "wallet": {"client_id": "0oa1", "client_secret": "env:WALLET_SECRET_UNSET"}}));
    let run = s.alter(&["idp", "apply", "-f", &f.path, "--dry-run"]);
    run.code(0)
        .stdout_has("+ wallet.client_id: \"0oa1\"")
        .stdout_has("wallet.client_secret: will be sent from env:WALLET_SECRET_UNSET (creating the provider)")
        .stderr_has("Dry run: nothing was sent.");
    let json = s.alter(&["idp", "apply", "-f", &f.path, "--dry-run", "--json"]).code(0).json();
    assert_eq!(json["plan"]["action"], "create");
    assert_eq!(json["applied"], json!([]));
    assert!(writes(&s).is_empty(), "{:?}", s.requests());
}

#[test]
fn another_issuer_is_refused_unless_replaced_with_consent() {
    let s = Session::new();
    let id = s.create_okta();
    s.cp.register_issuer(AUTH0, discovery(AUTH0, "auth0"));
    let f = file(&json!({"issuer_url": AUTH0, "audience": "https://api.example.com"}));
    s.alter(&["idp", "diff", "-f", &f.path])
        .code(8)
        .stdout_has(&format!("~ issuer_url: \"{OKTA}\" -> \"{AUTH0}\""))
        .stdout_has("apply would refuse");
    let before = writes(&s).len();
    s.alter(&["idp", "apply", "-f", &f.path])
        .code(5)
        .stderr_has(OKTA)
        .stderr_has(AUTH0)
        .stderr_has("--replace")
        .stderr_has("lock again");
    s.alter(&["idp", "apply", "-f", &f.path, "--replace"]).code(2).stderr_has("--yes");
    assert_eq!(writes(&s).len(), before, "refused before any write");

    let run = s.alter(&["idp", "apply", "-f", &f.path, "--replace", "--yes"]);
    run.code(0).stdout_has(&format!("deleted {id}")).stdout_has("created idp_");
    let sent = writes(&s)[before..].to_vec();
    assert_eq!(
        sent,
        [
            format!("POST /v1/apps/{APP}/identity-providers/discover"),
            format!("DELETE /v1/apps/{APP}/identity-providers/{id}"),
            format!("POST /v1/apps/{APP}/identity-providers")
        ],
        "the new issuer is discovered before anything is deleted"
    );
    assert_eq!(s.cp.providers(APP)[0]["issuer_url"], AUTH0);
    s.alter(&["idp", "diff", "-f", &f.path]).code(0);
}

#[test]
fn locked_claims_are_refused_before_any_write_naming_the_fields() {
    let s = Session::new();
    let id = s.create_okta();
    s.cp.lock_claims(&id);
    let f = file(&json!({"issuer_url": OKTA, "group_claim": "grp", "role_claim": "roles", "audience": "a"}));
    let before = writes(&s).len();
    s.alter(&["idp", "apply", "-f", &f.path])
        .code(5)
        .stderr_has("locked")
        .stderr_has("group_claim, role_claim")
        .stderr_has("nothing was changed");
    assert_eq!(writes(&s).len(), before);
    // Fields that do not lock still apply.
    let audience = file(&json!({"issuer_url": OKTA, "audience": "a", "group_claim": "groups"}));
    s.alter(&["idp", "apply", "-f", &audience.path]).code(0);
    assert_eq!(body_of(&s, "PATCH"), json!({"audience": "a"}));
}

#[test]
fn secrets_come_from_env_files_stdin_or_a_warned_literal_and_are_never_shown() {
    let s = Session::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let hook = secret_file(&dir, "hook", "okta-event-hook-secret-7\n");
    let f = file(&json!({
        "issuer_url": OKTA,
        "wallet": {"client_id": "0oa1", "client_secret": "env:DECL_WALLET_SECRET"},
        "webhook": {"enabled": true, "secret": hook},
    }));
    s.alter(&["idp", "apply", "-f", &f.path]).code(2).stderr_has("DECL_WALLET_SECRET is not set");
    assert!(writes(&s).is_empty(), "a missing secret costs no request");

    let mut s2 = Session::new();
    s2.ctx.env("DECL_WALLET_SECRET", "env-wallet-secret-decl");
    let run = s2.alter(&["idp", "apply", "-f", &f.path]);
    run.code(0).stdout_has("enabled the webhook").stderr_has("Event Hooks");
    assert_eq!(body_of(&s2, "POST")["wallet"]["client_secret"], "env-wallet-secret-decl");
    let id = s2.cp.providers(APP)[0]["id"].as_str().expect("id").to_owned();
    assert_eq!(s2.cp.webhook_secret(&id).as_deref(), Some("okta-event-hook-secret-7"));
    assert!(s2.requests().iter().any(|r| r.ends_with("/discover")), "the type is known before the create");

    // stdin, with the client id changed: the secret is sent, and why is said.
    let stdin = file(&json!({"issuer_url": OKTA, "wallet": {"client_id": "0oa2", "client_secret": "-"}}));
    s2.alter(&["idp", "diff", "-f", &stdin.path])
        .code(8)
        .stdout_has("wallet.client_secret: will be sent from stdin (client id changed)");
    let args = ["idp", "apply", "-f", &stdin.path, "--app", APP];
    s2.ctx.run_with_stdin(&args, Some(b"stdin-wallet-secret-decl\n")).code(0);
    assert_eq!(
        body_of(&s2, "PATCH"),
        json!({"wallet": {"client_id": "0oa2", "client_secret": "stdin-wallet-secret-decl"}})
    );

    // A literal works, with a warning that does not repeat it; unchanged, it is not sent...
    let literal = file(
        &json!({"issuer_url": OKTA, "wallet": {"client_id": "0oa2", "client_secret": "literal-wallet-secret-decl"}}),
    );
    let patches = || s2.requests().iter().filter(|r| r.starts_with("PATCH")).count();
    let before = patches();
    s2.alter(&["idp", "apply", "-f", &literal.path])
        .code(0)
        .stderr_has("literal secret")
        .stderr_has("--update-secrets");
    assert_eq!(patches(), before);
    // ...unless asked.
    s2.alter(&["idp", "apply", "-f", &literal.path, "--update-secrets"]).code(0).stdout_has("--update-secrets");
    assert_eq!(body_of(&s2, "PATCH")["wallet"]["client_secret"], "literal-wallet-secret-decl");
}

#[test]
fn bad_files_are_refused_before_any_request() {
    let s = Session::new();
    let unknown = file(&json!({"issuer_url": OKTA, "colour": "blue"}));
    s.alter(&["idp", "apply", "-f", &unknown.path]).code(2).stderr_has("unknown field `colour`");
    let nested = file(&json!({"issuer_url": OKTA, "webhook": {"enabled": true, "rotate": true}}));
    s.alter(&["idp", "diff", "-f", &nested.path]).code(2).stderr_has("unknown field `webhook.rotate`");
    let twice = file(&json!({
        "issuer_url": OKTA,
        "wallet": {"client_id": "0oa1", "client_secret": "-"},
        "webhook": {"enabled": true, "secret": "-"},
    }));
    s.alter(&["idp", "apply", "-f", &twice.path]).code(2).stderr_has("read only once");
    let one = file(&json!({"issuer_url": OKTA, "webhook": {"enabled": true, "secret": "-"}}));
    let args = ["idp", "apply", "-f", "-", "--app", APP];
    let text = std::fs::read(&one.path).expect("read");
    s.ctx.run_with_stdin(&args, Some(&text)).code(2).stderr_has("(-f, webhook.secret)");
    s.alter(&["idp", "diff", "-f", "/nonexistent/idp.json"]).code(2).stderr_has("/nonexistent/idp.json");
    s.ctx
        .run_with_stdin(&["idp", "diff", "-f", "-", "--app", APP], Some(b"{oops"))
        .code(2)
        .stderr_has("line 1 column 2");
    assert!(s.requests().is_empty(), "{:?}", s.requests());
}

#[test]
fn export_then_apply_to_another_app_then_diff_is_clean() {
    let s = Session::new();
    s.cp.add_app(OTHER_APP, "Production");
    s.cp.register_issuer(AUTH0, discovery(AUTH0, "auth0"));
    let dir = tempfile::tempdir().expect("tempdir");
    let wallet = secret_file(&dir, "wallet", "wallet-secret-from-file\n");
    let staging = file(&json!({
        "issuer_url": AUTH0, "audience": "https://api.example.com", "role_claim": "https://example.com/roles",
        "wallet": {"client_id": "auth0-client", "client_secret": wallet},
        "webhook": {"enabled": true},
    }));
    let created = s.alter(&["idp", "apply", "-f", &staging.path, "--json"]);
    let result = created.code(0).json();
    let generated = result["signing_secret"].as_str().expect("a generated secret, shown once").to_owned();
    assert!(created.stderr.contains("shown once"));
    assert_eq!(result["provider"]["webhook"]["enabled"], true);

    let export_path = dir.path().join("export.json");
    s.alter(&["idp", "export", "-o", &export_path.display().to_string()])
        .code(0)
        .stderr_has("WALLET_CLIENT_SECRET and WEBHOOK_SECRET");
    let exported: Value = serde_json::from_str(&std::fs::read_to_string(&export_path).expect("read")).expect("json");
    assert_eq!(exported["wallet"], json!({"client_id": "auth0-client", "client_secret": "env:WALLET_CLIENT_SECRET"}));
    assert_eq!(exported["webhook"], json!({"enabled": true, "secret": "env:WEBHOOK_SECRET"}));
    assert_eq!(exported["group_claim"], Value::Null);
    assert!(
        exported.get("jwks_uri").is_none() && exported.get("provider_type").is_none() && exported.get("id").is_none()
    );
    let stdout = s.alter(&["idp", "export"]).code(0).stdout.clone();
    assert!(!stdout.contains(&generated) && !stdout.contains("wallet-secret-from-file"));

    let mut prod = Session { cp: s.cp, ctx: crate::support::TestContext::new() };
    prod.ctx
        .env("ALTER_API_URL", prod.cp.url())
        .env("ALTER_TOKEN", crate::support::control_plane::TOKEN)
        .env("ALTER_APP_ID", OTHER_APP)
        .env("WALLET_CLIENT_SECRET", "dry-run-secret")
        .env("WEBHOOK_SECRET", "auth0-own-secret-crlf");
    let path = export_path.display().to_string();
    prod.ctx.run(&["idp", "apply", "-f", &path]).code(0);
    let diff = prod.ctx.run(&["idp", "diff", "-f", &path]);
    assert_eq!((diff.code, diff.stdout.as_str()), (0, "No changes.\n"), "{}", diff.stderr);
    let id = prod.cp.providers(OTHER_APP)[0]["id"].as_str().expect("id").to_owned();
    assert_eq!(prod.cp.webhook_secret(&id).as_deref(), Some("auth0-own-secret-crlf"));
}

#[test]
fn webhook_disable_and_a_partial_failure_says_what_took_effect() {
    let s = Session::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let hook = secret_file(&dir, "hook", "okta-event-hook-secret-7");
    s.cp.inject(Fault::Status { path_contains: "/webhook/enable".into(), status: 500, retry_after: None, times: 1 });
    let f = file(&json!({"issuer_url": OKTA, "webhook": {"enabled": true, "secret": hook}}));
    s.alter(&["idp", "apply", "-f", &f.path])
        .code(7)
        .stderr_has("took effect: created idp_")
        .stderr_has("did not: enable the webhook")
        .stderr_has("again is safe");
    s.alter(&["idp", "apply", "-f", &f.path]).code(0).stdout_has("~ webhook.enabled: false -> true");
    s.alter(&["idp", "diff", "-f", &f.path]).code(0);

    let off = file(&json!({"issuer_url": OKTA, "webhook": {"enabled": false}}));
    s.alter(&["idp", "apply", "-f", &off.path]).code(0).stdout_has("disabled the webhook");
    assert!(s.requests().last().expect("request").ends_with("/webhook/disable"));
    s.alter(&["idp", "diff", "-f", &off.path]).code(0);

    // Okta cannot generate a secret: refused before any write, and said in the plan.
    let missing = file(&json!({"issuer_url": OKTA, "webhook": {"enabled": true}}));
    s.alter(&["idp", "diff", "-f", &missing.path]).code(8).stdout_has("apply would refuse");
    let before = writes(&s).len();
    s.alter(&["idp", "apply", "-f", &missing.path]).code(2).stderr_has("signing secret");
    assert_eq!(writes(&s).len(), before);
}

#[test]
fn on_a_terminal_replace_asks_first() {
    let s = Session::new();
    let id = s.create_okta();
    s.cp.register_issuer(AUTH0, discovery(AUTH0, "auth0"));
    let f = file(&json!({"issuer_url": AUTH0}));
    let args = ["idp", "apply", "-f", &f.path, "--replace", "--app", APP];
    let declined = s.ctx.run_in_terminal(&args, b"n");
    declined.code(130);
    assert!(declined.stdout.contains(&format!("Delete identity provider {id}")), "{}", declined.stdout);
    assert!(declined.stdout.contains("lock again"), "{}", declined.stdout);
    assert_eq!(s.cp.providers(APP)[0]["id"], id.as_str(), "declined: nothing changed");
    assert!(writes(&s).iter().all(|r| !r.starts_with("DELETE")));
    s.ctx.run_in_terminal(&args, b"y").code(0);
    assert_eq!(s.cp.providers(APP)[0]["issuer_url"], AUTH0);
}

#[test]
fn a_mapping_the_file_clears_stays_cleared_after_create() {
    let s = Session::new();
    // The double, like the server, fills in the detected group claim (`groups` for Okta).
    let f = file(&json!({"issuer_url": OKTA, "group_claim": null, "audience": null}));
    let text = std::fs::read(&f.path).expect("read");
    let stdin = ["idp", "apply", "-f", "-", "--app", APP];
    s.ctx.run_with_stdin(&stdin, Some(&text)).code(0).stdout_has("cleared the mappings");
    assert_eq!(
        writes(&s),
        [
            format!("POST /v1/apps/{APP}/identity-providers"),
            format!("PATCH /v1/apps/{APP}/identity-providers/{}", s.cp.providers(APP)[0]["id"].as_str().expect("id"))
        ]
    );
    assert_eq!(body_of(&s, "PATCH"), json!({"group_claim": null}));
    let diff = s.ctx.run_with_stdin(&["idp", "diff", "-f", "-", "--app", APP], Some(&text));
    assert_eq!((diff.code, diff.stdout.as_str()), (0, "No changes.\n"));
}
