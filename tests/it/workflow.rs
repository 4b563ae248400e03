//! The control-plane workflow against the contract double: discover, create/configure, list,
//! show, update, delete, app context, exit codes and what each sends.

use crate::support::control_plane::{Session, APP, OKTA, TOKEN};
use crate::support::TestContext;
use alter_testkit::control_plane::{discovery, WalletOutcome};

#[test]
fn discover_through_the_control_plane_sends_exactly_one_request() {
    let s = Session::new();
    let found = s.alter(&["idp", "discover", "--issuer-url", OKTA, "--json"]).code(0).json();
    assert_eq!(found, discovery(OKTA, "okta"));
    assert_eq!(s.requests(), [format!("POST /v1/apps/{APP}/identity-providers/discover")]);
    let request = &s.cp.requests()[0];
    assert_eq!(request.json().expect("body"), serde_json::json!({"issuer_url": OKTA}));
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert!(request.header("idempotency-key").is_some_and(|k| !k.is_empty()));

    let human = s.alter(&["idp", "discover", "--issuer-url", OKTA]);
    human.code(0).stdout_has("Provider type  okta");
}

#[test]
fn discover_refuses_bad_and_brokered_issuers_locally_and_maps_server_rejections() {
    let s = Session::new();
    s.alter(&["idp", "discover", "--issuer-url", "https://acme.okta.com/.well-known/openid-configuration"]).code(2);
    s.alter(&["idp", "discover", "--issuer-url", "https://accounts.google.com"]).code(5).stderr_has("Google");
    assert!(s.requests().is_empty(), "refused locally: {:?}", s.requests());
    s.cp.register_brokered("https://sso.acme.example", "keycloak");
    s.alter(&["idp", "discover", "--issuer-url", "https://sso.acme.example"])
        .code(5)
        .stderr_has("brokered_provider")
        .stderr_has("broker it through Auth0, Clerk or Okta");
    s.alter(&["idp", "discover", "--issuer-url", "https://unknown.example"]).code(5).stderr_has("discovery_failed");
}

#[test]
fn create_list_show_update_delete() {
    let s = Session::new();
    let run = s.alter(&["idp", "configure", "--issuer-url", OKTA, "--audience", "api://default", "--json"]);
    run.code(0).stderr_has("Claim mappings lock after the first end user signs in");
    let created = run.json();
    let id = created["id"].as_str().expect("id").to_owned();
    assert_eq!(created["audience"], "api://default");
    assert_eq!(created["claim_mappings"]["group_claim"], "groups");
    assert_eq!(s.cp.providers(APP).len(), 1);

    let list = s.alter(&["idp", "list", "--json"]).code(0).json();
    assert_eq!(list["items"][0]["id"], id.as_str());
    s.alter(&["idp", "list"]).code(0).stdout_has(&id).stdout_has("okta");

    let shown = s.alter(&["idp", "show", "--json"]);
    shown.code(0).stderr_has(&format!("Using identity provider {id}"));
    assert_eq!(shown.json()["issuer_url"], OKTA);

    let updated = s.alter(&["idp", "update", "--group-claim", "grp", "--audience", "", "--json"]).code(0).json();
    assert_eq!(updated["claim_mappings"]["group_claim"], "grp");
    assert_eq!(updated["audience"], serde_json::Value::Null);
    let patch = s.cp.requests().into_iter().find(|r| r.method == "PATCH").expect("PATCH sent");
    assert_eq!(patch.json().expect("body"), serde_json::json!({"group_claim": "grp", "audience": null}));

    s.alter(&["idp", "delete", "--provider", &id]).code(2).stderr_has("--yes");
    s.alter(&["idp", "delete", "--provider", &id, "--yes"])
        .code(0)
        .stdout_has(&format!("Deleted identity provider {id}"));
    assert!(s.cp.providers(APP).is_empty());
    s.alter(&["idp", "show"]).code(4).stderr_has("has no identity provider");
    s.alter(&["idp", "show", "--provider", &id]).code(4).stderr_has("identity_provider_not_found");
}

#[test]
fn quiet_leaves_scripts_only_the_result() {
    let s = Session::new();
    let run = s.alter(&["idp", "create", "--issuer-url", OKTA, "--quiet", "--json"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "no note with --quiet");
    assert_eq!(run.json()["issuer_url"], OKTA);
    let id = run.json()["id"].as_str().expect("id").to_owned();
    let shown = s.alter(&["idp", "show", "-q"]);
    assert_eq!((shown.code, shown.stderr.as_str()), (0, ""), "no `Using identity provider` note");
    shown.stdout_has(&id);
    // Errors and their hints still show.
    s.alter(&["idp", "create", "--issuer-url", OKTA, "--quiet"]).code(5).stderr_has("identity_provider_exists");
    s.alter(&["idp", "list", "--quiet", "--verbose"]).code(2).stderr_has("cannot be used with");
}

#[test]
fn a_second_provider_is_a_conflict_naming_the_existing_one() {
    let s = Session::new();
    let id = s.create_okta();
    s.alter(&["idp", "create", "--issuer-url", OKTA])
        .code(5)
        .stderr_has("identity_provider_exists")
        .stderr_has(&format!("alter idp update --provider {id}"))
        .stderr_has(&format!("alter idp delete --provider {id}"));
}

#[test]
fn wallet_flags_are_all_or_nothing_and_the_secret_is_never_shown() {
    let s = Session::new();
    s.alter(&["idp", "create", "--issuer-url", OKTA, "--wallet-client-id", "0oa1"])
        .code(2)
        .stderr_has("--wallet-client-secret");
    s.alter(&["idp", "create", "--issuer-url", OKTA, "--wallet-client-secret", "x"])
        .code(2)
        .stderr_has("--wallet-client-id");
    s.alter(&[
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa1",
        "--wallet-client-secret",
        "@/nonexistent/secret",
    ])
    .code(2)
    .stderr_has("/nonexistent/secret");
    assert!(s.requests().is_empty());

    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("secret");
    std::fs::write(&file, "wallet-secret-from-file\r\n").expect("write");
    s.cp.set_wallet_verification("0oa1", WalletOutcome::Unverified);
    let run = s.alter(&[
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa1",
        "--wallet-client-secret",
        &format!("@{}", file.display()),
        "--json",
    ]);
    run.code(0).stderr_has("wallet_unverified");
    assert_eq!(run.json()["wallet"]["verification"], "unverified");
    let sent = s.cp.requests().into_iter().find(|r| r.method == "POST").expect("create sent");
    assert_eq!(sent.json().expect("body")["wallet"]["client_secret"], "wallet-secret-from-file");
    assert!(!run.stdout.contains("wallet-secret-from-file") && !run.stderr.contains("wallet-secret-from-file"));
}

#[test]
fn wallet_secret_from_stdin_inline_and_a_hard_rejection() {
    let s = Session::new();
    s.cp.set_wallet_verification("0oa-bad", WalletOutcome::Rejected);
    let args = [
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa-bad",
        "--wallet-client-secret",
        "-",
        "--app",
        APP,
    ];
    let run = s.ctx.run_with_stdin(&args, Some(b"stdin-wallet-secret\n"));
    run.code(5).stderr_has("wallet_credentials_rejected");
    assert!(s.cp.providers(APP).is_empty(), "a hard rejection saves nothing");
    assert_eq!(s.cp.requests()[0].json().expect("body")["wallet"]["client_secret"], "stdin-wallet-secret");

    let inline = s.alter(&[
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa2",
        "--wallet-client-secret",
        "inline-wallet-secret",
    ]);
    inline.code(0).stderr_has("shell history");
    assert!(!inline.stderr.contains("inline-wallet-secret") && !inline.stdout.contains("inline-wallet-secret"));
}

#[test]
fn input_bodies_are_checked_locally() {
    let s = Session::new();
    let run =
        |body: &str| s.ctx.run_with_stdin(&["idp", "create", "--input", "-", "--app", APP], Some(body.as_bytes()));
    run(r#"{"issuer_url": "https://acme.okta.com", "colour": "blue"}"#).code(2).stderr_has("unknown field `colour`");
    run("{\n  \"issuer_url\": \"https://acme.okta.com\",\n  oops\n}").code(2).stderr_has("line 3 column");
    run(r#"{"issuer_url": "http://acme.okta.com"}"#).code(2).stderr_has("https");
    s.alter(&["idp", "create", "--input", "-", "--audience", "x"]).code(2).stderr_has("cannot be used with");
    assert!(s.requests().is_empty());

    let created =
        run(&format!(r#"{{"issuer_url": "{OKTA}", "group_claim": "groups", "group_claim_stable_ids": true}}"#));
    created.code(0);
    assert!(created.stdout.contains("Stable group IDs  true"), "{}", created.stdout);
}

#[test]
fn dry_run_prints_the_request_with_secrets_masked_and_sends_nothing() {
    let s = Session::new();
    let run = s.alter(&[
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa1",
        "--wallet-client-secret",
        "dry-run-secret",
        "--dry-run",
        "--json",
    ]);
    let printed = run.code(0).json();
    assert_eq!(printed["method"], "POST");
    assert_eq!(printed["url"], format!("{}/v1/apps/{APP}/identity-providers", s.cp.url()));
    assert_eq!(printed["body"]["wallet"]["client_secret"], "***");
    assert!(!run.stdout.contains("dry-run-secret"));
    assert!(s.requests().is_empty());

    // What a dry run prints is what the client then sends.
    let id = s.create_okta();
    let created = &s.cp.requests()[0];
    assert_eq!(
        format!("{} {}{}", created.method, s.cp.url(), created.path),
        format!("POST {}", printed["url"].as_str().expect("url"))
    );
    let update = ["idp", "update", "--provider", &id, "--group-claim", "grp"];
    let printed = s.alter(&[&update[..], &["--dry-run", "--json"]].concat()).code(0).json();
    assert_eq!(printed["method"], "PATCH");
    assert_eq!(printed["body"], serde_json::json!({"group_claim": "grp"}));
    s.alter(&update).code(0);
    let patch = s.cp.requests().into_iter().find(|r| r.method == "PATCH").expect("PATCH sent");
    assert_eq!(format!("{}{}", s.cp.url(), patch.path), printed["url"].as_str().expect("url"));
    assert_eq!(patch.json().expect("body"), printed["body"]);
}

#[test]
fn app_context_precedence_flag_env_workspace() {
    let s = Session::new();
    s.cp.add_app("app_env", "Env app");
    s.cp.add_app("app_linked", "Linked app");
    let work = tempfile::tempdir().expect("tempdir");
    let nested = work.path().join("a/b");
    std::fs::create_dir_all(&nested).expect("mkdir");

    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", TOKEN).cwd(work.path());
    ctx.run(&["idp", "list"]).code(2).stderr_has("--app APP_ID").stderr_has("ALTER_APP_ID").stderr_has("alter link");
    ctx.run(&["link", "--app", "app_missing"]).code(4).stderr_has("app_not_found");
    ctx.run(&["link", "--app", "app_linked"]).code(0).stdout_has("Linked app (app_linked)");
    assert!(work.path().join(".alter/app.json").is_file());

    let mut nested_ctx = TestContext::new();
    nested_ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", TOKEN).cwd(&nested);
    nested_ctx.run(&["idp", "list"]).code(0);
    nested_ctx.env("ALTER_APP_ID", "app_env");
    nested_ctx.run(&["idp", "list"]).code(0);
    nested_ctx.run(&["idp", "list", "--app", APP]).code(0);
    let paths: Vec<String> = s.cp.requests().iter().filter(|r| r.method == "GET").map(|r| r.path.clone()).collect();
    assert_eq!(
        paths[paths.len() - 3..],
        [
            "/v1/apps/app_linked/identity-providers",
            "/v1/apps/app_env/identity-providers",
            &format!("/v1/apps/{APP}/identity-providers")
        ]
    );
    nested_ctx.run(&["idp", "list", "--app", "bad app!"]).code(2).stderr_has("not a valid app id");

    ctx.run(&["unlink"]).code(0);
    assert!(!work.path().join(".alter/app.json").exists());
    ctx.run(&["unlink"]).code(4);
}

#[test]
fn auth_errors_map_to_exit_3_with_the_fix() {
    let s = Session::new();
    s.cp.add_token("tok_read_only", "ci@example.com", &["dashboard_identity_providers:read"]);
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_read_only");
    ctx.run(&["idp", "discover", "--issuer-url", OKTA, "--app", APP])
        .code(3)
        .stderr_has("dashboard_identity_providers:create");

    let mut bad = TestContext::new();
    bad.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_wrong");
    bad.run(&["idp", "list", "--app", APP]).code(3).stderr_has("alter auth login");

    let mut none = TestContext::new();
    none.env("ALTER_API_URL", s.cp.url());
    none.run(&["idp", "list", "--app", APP]).code(3).stderr_has("not signed in");
}

#[test]
fn claims_locked_is_a_rejection() {
    let s = Session::new();
    let id = s.create_okta();
    s.cp.lock_claims(&id);
    s.alter(&["idp", "update", "--group-claim", "other"]).code(5).stderr_has("claims_locked");
    s.alter(&["idp", "update"]).code(2).stderr_has("nothing to update");
}

#[test]
fn api_url_must_be_https_off_loopback() {
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", "http://api.example.com").env("ALTER_TOKEN", TOKEN);
    ctx.run(&["idp", "list", "--app", APP]).code(2).stderr_has("https");
}

#[test]
fn delete_asks_on_a_terminal() {
    let s = Session::new();
    let id = s.create_okta();
    s.ctx.run_in_terminal(&["idp", "delete", "--app", APP], b"n").code(130);
    assert_eq!(s.cp.providers(APP).len(), 1, "declined: nothing deleted");
    s.ctx.run_in_terminal(&["idp", "delete", "--app", APP], b"y").code(0);
    assert!(s.cp.providers(APP).is_empty(), "{id} deleted once confirmed");
}
