//! What the `-f` file may say, against the control-plane double: malformed issuers, duplicate
//! keys and references to alter's own credentials refused before any request; secret references
//! shown to a reviewer; relative `@path` read from the file's directory; `null` kept to the
//! detected value; server notices capped.

use crate::declarative::{body_of, file, secret_file, writes};
use crate::support::control_plane::{Session, APP, OKTA};
use alter_testkit::control_plane::Fault;
use serde_json::json;

/// A file with exactly this text (for what `serde_json::Value` cannot hold: duplicate keys).
fn raw_file(dir: &tempfile::TempDir, text: &str) -> String {
    let path = dir.path().join("idp.json");
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

#[test]
fn a_malformed_issuer_is_local_input_in_files_and_flags_alike() {
    let s = Session::new();
    let nul = file(&json!({"issuer_url": "http://127.0.0.1:18901\u{0}"}));
    s.alter(&["idp", "diff", "-f", &nul.path]).code(2).stderr_has("control character (\\u{0})");
    s.alter(&["idp", "apply", "-f", &nul.path]).code(2);
    let spaced = file(&json!({"issuer_url": "https://acme.okta.com/oauth2/ default"}));
    s.alter(&["idp", "apply", "-f", &spaced.path]).code(2).stderr_has("contains whitespace");
    s.alter(&["idp", "create", "--issuer-url", "https://acme.okta.com/oauth2/ default"]).code(2);
    s.alter(&["idp", "create", "--issuer-url", "http://127.0.0.1:18901\u{1}"]).code(2).stderr_has("control character");
    let upper = file(&json!({"issuer_url": "https://ACME.okta.com/oauth2/default"}));
    s.alter(&["idp", "diff", "-f", &upper.path]).code(2).stderr_has(&format!("reads as `{OKTA}`"));
    s.ctx
        .run(&["idp", "discover", "--offline", "--issuer-url", "https://acme.okta.com:443/oauth2/default"])
        .code(2)
        .stderr_has("does not survive URL parsing unchanged");
    assert!(s.requests().is_empty(), "{:?}", s.requests());
}

#[test]
fn a_key_given_twice_anywhere_is_refused_naming_its_path() {
    let s = Session::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let top =
        raw_file(&dir, &format!(r#"{{"audience": "api://alter", "issuer_url": "{OKTA}", "audience": "api://EVIL"}}"#));
    s.alter(&["idp", "diff", "-f", &top]).code(2).stderr_has("the key `audience` is given twice");
    let nested = raw_file(
        &dir,
        &format!(
            r#"{{"issuer_url": "{OKTA}", "wallet": {{"client_id": "a", "client_secret": "-", "client_id": "b"}}}}"#
        ),
    );
    s.alter(&["idp", "apply", "-f", &nested]).code(2).stderr_has("the key `wallet.client_id` is given twice");
    assert!(s.requests().is_empty(), "{:?}", s.requests());
}

#[test]
fn the_plan_and_dry_run_show_where_each_secret_comes_from_never_its_value() {
    let s = Session::new();
    let dir = tempfile::tempdir().expect("tempdir");
    secret_file(&dir, "wallet", "wallet-secret-from-file\n");
    let hook = secret_file(&dir, "hook", "okta-event-hook-secret-7");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("hook"), dir.path().join("hook-link")).expect("symlink");
    let f = file(&json!({
        "issuer_url": OKTA,
        "wallet": {"client_id": "0oa1", "client_secret": "env:SOME_WALLET_SECRET"},
        "webhook": {"enabled": true, "secret": hook},
    }));
    let plan = s.alter(&["idp", "diff", "-f", &f.path]);
    plan.code(8)
        .stdout_has("wallet.client_secret: will be sent from env:SOME_WALLET_SECRET (creating the provider)")
        .stdout_has(&format!("webhook.secret: will be sent from {hook} (enabling the webhook)"));
    let json = s.alter(&["idp", "diff", "-f", &f.path, "--json"]).code(8).json();
    assert_eq!(json["secrets"][0]["from"], "env:SOME_WALLET_SECRET");

    // Relative to the file's directory, not the current one (the test runs in HOME), and a
    // symbolic link shows where it leads.
    let relative = dir.path().join("relative.json");
    let text = json!({
        "issuer_url": OKTA,
        "wallet": {"client_id": "0oa1", "client_secret": "@wallet"},
        "webhook": {"enabled": true, "secret": "@hook-link"},
    });
    std::fs::write(&relative, text.to_string()).expect("write");
    let relative = relative.display().to_string();
    let dry = s.alter(&["idp", "apply", "-f", &relative, "--dry-run"]);
    dry.code(0)
        .stderr_has("Dry run: nothing was sent.")
        .stdout_has(&format!("wallet.client_secret: will be sent from @{}", dir.path().join("wallet").display()));
    #[cfg(unix)]
    dry.stdout_has(&format!(
        "from @{} (a symbolic link to {})",
        dir.path().join("hook-link").display(),
        std::fs::canonicalize(dir.path().join("hook")).expect("canonical").display()
    ));
    assert!(writes(&s).is_empty());
    s.alter(&["idp", "apply", "-f", &relative]).code(0);
    assert_eq!(body_of(&s, "POST")["wallet"]["client_secret"], "wallet-secret-from-file");
}

#[test]
fn references_to_alters_own_credentials_are_refused() {
    let s = Session::new();
    let f = file(&json!({"issuer_url": OKTA, "wallet": {"client_id": "0oa1", "client_secret": "env:ALTER_TOKEN"}}));
    s.alter(&["idp", "diff", "-f", &f.path]).code(2).stderr_has("alter's own control-plane credentials");
    s.alter(&["idp", "apply", "-f", &f.path]).code(2);
    s.alter(&[
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa1",
        "--wallet-client-secret",
        "env:ALTER_TOKEN",
    ])
    .code(2)
    .stderr_has("alter's own control-plane credentials");

    // The credentials file, through a symbolic link and a relative path.
    let config = s.ctx.home().join(".config/alter");
    std::fs::create_dir_all(&config).expect("mkdir");
    std::fs::write(config.join("credentials"), "tok_other\n").expect("write");
    let dir = tempfile::tempdir().expect("tempdir");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(config.join("credentials"), dir.path().join("innocent")).expect("symlink");
        let text = json!({"issuer_url": OKTA, "webhook": {"enabled": true, "secret": "@innocent"}});
        let path = raw_file(&dir, &text.to_string());
        s.alter(&["idp", "diff", "-f", &path])
            .code(2)
            .stderr_has("`webhook.secret` is @")
            .stderr_has("alter's own control-plane credentials");
    }
    assert!(s.requests().is_empty(), "{:?}", s.requests());
}

#[test]
fn null_user_id_claim_and_stable_ids_mean_the_detected_values_and_drift_is_fixed() {
    let s = Session::new();
    let id = s.create_okta();
    s.alter(&["idp", "update", "--provider", &id, "--user-id-claim", "email", "--group-claim-stable-ids", "false"])
        .code(0);
    let f = file(&json!({"issuer_url": OKTA, "user_id_claim": null, "group_claim_stable_ids": null}));
    s.alter(&["idp", "diff", "-f", &f.path])
        .code(8)
        .stdout_has("~ user_id_claim: \"email\" -> \"sub\"")
        .stdout_has("~ group_claim_stable_ids: false -> true");
    s.alter(&["idp", "apply", "-f", &f.path]).code(0);
    assert_eq!(body_of(&s, "PATCH"), json!({"user_id_claim": "sub", "group_claim_stable_ids": true}));
    s.alter(&["idp", "diff", "-f", &f.path]).code(0);
    // Discovery needs the create scope: a read-only token is told why it was asked.
    s.cp.add_token("tok_read_only", "ci@example.com", &["dashboard_identity_providers:read"]);
    let mut reader = crate::support::TestContext::new();
    reader.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_read_only").env("ALTER_APP_ID", APP);
    reader.run(&["idp", "diff", "-f", &f.path]).code(3).stderr_has("means the detected value; write the value itself");
    // Left out, they are not managed: no discovery, no drift.
    let before = s.requests().len();
    let unmanaged = file(&json!({"issuer_url": OKTA}));
    s.alter(&["idp", "diff", "-f", &unmanaged.path]).code(0);
    assert_eq!(s.requests()[before..], [format!("GET /v1/apps/{APP}/identity-providers")]);
}

#[test]
fn thousands_of_notices_are_capped_and_each_is_one_line() {
    let s = Session::new();
    let id = s.create_okta();
    let mut answer = s.cp.providers(APP)[0].clone();
    let mut notices: Vec<_> = (0..30_000).map(|i| json!({"code": "n", "message": format!("notice {i}")})).collect();
    notices[0] = json!({"code": "wallet_unverified", "message": "x\nerror: forged by the server"});
    answer["notices"] = json!(notices);
    s.cp.inject(Fault::Raw {
        path_contains: format!("/identity-providers/{id}"),
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: answer.to_string().into_bytes(),
        times: 1,
    });
    let f = file(&json!({"issuer_url": OKTA, "audience": "api://new"}));
    let run = s.alter(&["idp", "apply", "-f", &f.path]);
    run.code(0)
        .stderr_has("warning: wallet_unverified: x\\u{a}error: forged by the server")
        .stderr_has("notice 19\n")
        .stderr_has("... and 29980 more notices");
    assert!(!run.stderr.contains("notice 20\n"), "{}", &run.stderr[..2000]);
    assert!(run.stderr.lines().count() < 30, "{} lines", run.stderr.lines().count());
    assert!(!run.stderr.lines().any(|l| l.starts_with("error:")), "no forged line");
}

#[test]
fn a_missing_file_names_the_flag_it_was_given_to() {
    let s = Session::new();
    let run = s.alter(&["idp", "diff", "-f", "/nonexistent/idp.json"]);
    run.code(2).stderr_has("/nonexistent/idp.json").stderr_has("check the path given to -f");
    assert!(!run.stderr.contains('@'), "{}", run.stderr);
    assert!(s.requests().is_empty());
}
