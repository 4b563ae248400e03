//! `apply --replace` never leaves the app without a provider, and a write whose answer was lost
//! is reported as one that may have taken effect: each failure injected into the control-plane
//! double, then the app's state checked on the double and a second apply shown to converge.

use crate::declarative::{body_of, file, secret_file, writes, File, AUTH0};
use crate::support::control_plane::{Session, APP, OKTA};
use alter_testkit::control_plane::{discovery, Fault};
use serde_json::{json, Value};

/// An Okta provider with everything a replace can lose: wallet sign-in, an enabled webhook,
/// an audience, a role claim and a group claim cleared against the detected `groups`.
fn okta_with_secrets() -> (Session, String, tempfile::TempDir) {
    let mut s = Session::new();
    s.ctx.env("DECL_WALLET_SECRET", "env-wallet-secret-decl");
    let dir = tempfile::tempdir().expect("tempdir");
    let hook = secret_file(&dir, "hook", "okta-event-hook-secret-7");
    let f = file(&json!({
        "issuer_url": OKTA, "audience": "api://default", "role_claim": "roles", "group_claim": null,
        "wallet": {"client_id": "0oa1", "client_secret": "env:DECL_WALLET_SECRET"},
        "webhook": {"enabled": true, "secret": hook},
    }));
    s.alter(&["idp", "apply", "-f", &f.path]).code(0);
    let id = s.cp.providers(APP)[0]["id"].as_str().expect("id").to_owned();
    s.cp.register_issuer(AUTH0, discovery(AUTH0, "auth0"));
    (s, id, dir)
}

fn auth0_file() -> File {
    file(&json!({"issuer_url": AUTH0, "audience": "https://api.example.com"}))
}

fn only_provider(s: &Session) -> Value {
    let providers = s.cp.providers(APP);
    assert_eq!(providers.len(), 1, "{providers:?}");
    providers[0].clone()
}

#[test]
fn a_new_issuer_that_fails_discovery_deletes_nothing() {
    let (s, id, _dir) = okta_with_secrets();
    let unknown = file(&json!({"issuer_url": "https://unknown.example.com"}));
    let before = writes(&s).len();
    s.alter(&["idp", "apply", "-f", &unknown.path, "--replace", "--yes"])
        .code(5)
        .stderr_has("discovery_failed")
        .stderr_has("nothing was deleted or created");
    assert_eq!(writes(&s)[before..], [format!("POST /v1/apps/{APP}/identity-providers/discover")]);
    assert_eq!(only_provider(&s)["id"], id.as_str(), "the saved provider is untouched");
}

#[test]
fn a_create_refused_after_the_delete_puts_the_old_provider_back_and_names_what_is_lost() {
    let (s, id, _dir) = okta_with_secrets();
    let old = only_provider(&s);
    s.cp.inject(Fault::CreateRefusedAfterDelete { status: 422, code: "discovery_failed".into(), times: 1 });
    let f = auth0_file();
    let run = s.alter(&["idp", "apply", "-f", &f.path, "--replace", "--yes"]);
    run.code(5)
        .stderr_has(&format!("took effect: deleted {id}; recreated the old provider as idp_"))
        .stderr_has(&format!("(issuer {OKTA}, without its secrets)"))
        .stderr_has("did not: create the provider\n")
        .stderr_has("lost: wallet sign-in (client id 0oa1): its secret is write-only")
        .stderr_has("--wallet-client-id 0oa1 --wallet-client-secret @FILE")
        .stderr_has("lost: the webhook and its signing secret")
        .stderr_has("alter idp webhook enable --provider idp_");
    let back = only_provider(&s);
    let new_id = back["id"].as_str().expect("id");
    assert_ne!(new_id, id);
    assert!(run.stderr.contains(&format!("alter idp update --provider {new_id} ")), "{}", run.stderr);
    assert_eq!(back["issuer_url"], OKTA);
    assert_eq!(back["audience"], old["audience"]);
    assert_eq!(back["claim_mappings"], old["claim_mappings"], "mappings as they were, the cleared one too");
    assert_eq!((&back["wallet"], &back["webhook"]["enabled"]), (&Value::Null, &json!(false)));

    // The fault is spent: the same apply now converges.
    s.alter(&["idp", "apply", "-f", &f.path, "--replace", "--yes"]).code(0);
    assert_eq!(only_provider(&s)["issuer_url"], AUTH0);
    s.alter(&["idp", "diff", "-f", &f.path]).code(0);
}

#[test]
fn when_the_old_provider_cannot_come_back_either_the_command_to_recreate_it_is_given() {
    let (s, id, _dir) = okta_with_secrets();
    s.cp.inject(Fault::CreateRefusedAfterDelete { status: 422, code: "discovery_failed".into(), times: 2 });
    let f = auth0_file();
    s.alter(&["idp", "apply", "-f", &f.path, "--replace", "--yes"])
        .code(5)
        .stderr_has(&format!("took effect: deleted {id}\n"))
        .stderr_has("the app has no identity provider now")
        .stderr_has(&format!(
            "alter idp create --issuer-url {OKTA} --audience api://default --user-id-claim sub --role-claim roles --group-claim-stable-ids true"
        ));
    assert!(s.cp.providers(APP).is_empty());
}

#[test]
fn a_create_whose_answer_is_lost_after_the_delete_is_reported_as_unknown_not_undone() {
    let (s, id, _dir) = okta_with_secrets();
    let create = format!("/v1/apps/{APP}/identity-providers");
    s.cp.inject(Fault::LostOn { method: "POST".into(), path_ends_with: create, times: 4 });
    let f = auth0_file();
    s.alter(&["idp", "apply", "-f", &f.path, "--replace", "--yes"])
        .code(6)
        .stderr_has(&format!("took effect: deleted {id}\n"))
        .stderr_has("may have taken effect (its answer was lost): create the provider")
        .stderr_has(&format!("`alter idp diff -f {}`", f.path));
    // It did: the app has the new provider (never a second one, never the old one back).
    assert_eq!(only_provider(&s)["issuer_url"], AUTH0);
    s.alter(&["idp", "diff", "-f", &f.path]).code(0);
    s.alter(&["idp", "apply", "-f", &f.path]).code(0).stdout_has("No changes.");
}

#[test]
fn a_patch_whose_answer_is_lost_may_have_taken_effect_and_a_second_apply_converges() {
    let s = Session::new();
    let id = s.create_okta();
    s.cp.inject(Fault::LostOn { method: "PATCH".into(), path_ends_with: id.clone(), times: 4 });
    let f = file(&json!({"issuer_url": OKTA, "audience": "api://new"}));
    let run = s.alter(&["idp", "apply", "-f", &f.path]);
    run.code(6)
        .stderr_has(&format!("took effect: nothing\n  may have taken effect (its answer was lost): update {id}"))
        .stderr_has(&format!("`alter idp diff -f {}`", f.path));
    assert!(!run.stderr.contains("did not:"), "nothing else was planned: {}", run.stderr);
    assert!(!run.stderr.contains("alter idp show"), "one command shows the truth: {}", run.stderr);
    assert_eq!(only_provider(&s)["audience"], "api://new", "it had taken effect");
    s.alter(&["idp", "diff", "-f", &f.path]).code(0);
    s.alter(&["idp", "apply", "-f", &f.path]).code(0).stdout_has("No changes.");
}

#[test]
fn a_delete_whose_answer_is_lost_stops_the_replace_and_a_second_apply_converges() {
    let (s, id, _dir) = okta_with_secrets();
    s.cp.inject(Fault::LostOn { method: "DELETE".into(), path_ends_with: id.clone(), times: 4 });
    let f = auth0_file();
    s.alter(&["idp", "apply", "-f", &f.path, "--replace", "--yes"])
        .code(6)
        .stderr_has(&format!("may have taken effect (its answer was lost): delete {id}"))
        .stderr_has("did not: create the provider");
    assert!(s.cp.providers(APP).is_empty(), "the delete had taken effect");
    s.alter(&["idp", "apply", "-f", &f.path, "--replace", "--yes"]).code(0).stdout_has("create its identity provider");
    assert_eq!(body_of(&s, "POST")["issuer_url"], AUTH0);
    s.alter(&["idp", "diff", "-f", &f.path]).code(0);
}
