//! Exercises the double over real sockets with a deliberately dumb HTTP/1.1 client, so that
//! what is checked is what goes over the wire (including a connection closed with no answer).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{json, Value};

use super::{discovery, ControlPlane, Fault, WalletOutcome};

const ADMIN: &str = "tok_admin";
const READER: &str = "tok_reader";
const SCOPES: [&str; 5] = [
    "dashboard_identity_providers:read",
    "dashboard_identity_providers:create",
    "dashboard_identity_providers:delete",
    "dashboard_identity_providers:webhooks",
    "dashboard_identity_providers:directory",
];
const TYPES: [&str; 5] = ["auth0", "clerk", "okta", "workos", "custom_oidc"];

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    json: Value,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// One request on a fresh connection; Err when the server closes it without an answer.
fn send(
    cp: &ControlPlane,
    method: &str,
    path: &str,
    token: Option<&str>,
    key: Option<&str>,
    body: Option<&Value>,
) -> std::io::Result<Resp> {
    let mut stream = TcpStream::connect(cp.url().trim_start_matches("http://"))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: control-plane\r\nConnection: close\r\n");
    if let Some(token) = token {
        head += &format!("Authorization: Bearer {token}\r\n");
    }
    if let Some(key) = key {
        head += &format!("Idempotency-Key: {key}\r\n");
    }
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    head += &format!("Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    stream.write_all(head.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8(raw).expect("utf-8 response");
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, format!("no response: {text:?}")));
    };
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines.filter_map(|l| l.split_once(": ")).map(|(n, v)| (n.to_owned(), v.to_owned())).collect();
    let json = if body.is_empty() { Value::Null } else { serde_json::from_str(body).expect("JSON body") };
    Ok(Resp { status, headers, json })
}

fn call(cp: &ControlPlane, method: &str, path: &str, body: Option<Value>) -> Resp {
    send(cp, method, path, Some(ADMIN), None, body.as_ref()).unwrap()
}

fn issuer(ptype: &str) -> String {
    format!("https://{ptype}.idp.test")
}

/// Apps `app_<type>` for every provider type, each issuer registered, and two tokens.
fn setup() -> ControlPlane {
    let cp = ControlPlane::start();
    cp.add_token(ADMIN, "admin@example.com", &SCOPES);
    cp.add_token(READER, "reader@example.com", &SCOPES[..1]);
    for t in TYPES {
        cp.add_app(&format!("app_{t}"), &format!("App {t}"));
        cp.register_issuer(&issuer(t), discovery(&issuer(t), t));
    }
    cp
}

fn create(cp: &ControlPlane, ptype: &str) -> String {
    let res = call(
        cp,
        "POST",
        &format!("/v1/apps/app_{ptype}/identity-providers"),
        Some(json!({"issuer_url": issuer(ptype)})),
    );
    assert_eq!(res.status, 201, "{}", res.json);
    res.json["id"].as_str().unwrap().to_owned()
}

fn assert_problem(res: &Resp, status: u16, code: &str) {
    assert_eq!((res.status, res.json["code"].as_str()), (status, Some(code)), "{}", res.json);
    assert_eq!(res.header("content-type"), Some("application/problem+json"));
    assert_eq!(res.json["request_id"].as_str(), res.header("x-request-id"));
}

#[test]
fn auth_and_scopes() {
    let cp = setup();
    let me = send(&cp, "GET", "/v1/me", None, None, None).unwrap();
    assert_problem(&me, 401, "unauthenticated");
    assert_problem(&send(&cp, "GET", "/v1/me", Some("nope"), None, None).unwrap(), 401, "unauthenticated");

    let me = send(&cp, "GET", "/v1/me", Some(READER), None, None).unwrap();
    assert_eq!(me.status, 200);
    assert_eq!(me.json["subject"], "reader@example.com");
    assert!(me.header("x-request-id").unwrap().starts_with("req_"));

    let body = json!({"issuer_url": issuer("okta")});
    let denied = send(&cp, "POST", "/v1/apps/app_okta/identity-providers", Some(READER), None, Some(&body)).unwrap();
    assert_problem(&denied, 403, "missing_scope");
    assert_eq!(denied.json["required_scope"], "dashboard_identity_providers:create");

    assert_eq!(call(&cp, "GET", "/v1/apps/app_okta", None).json, json!({"id": "app_okta", "name": "App okta"}));
    assert_problem(&call(&cp, "GET", "/v1/apps/app_missing", None), 404, "app_not_found");
    assert_problem(&call(&cp, "GET", "/v1/apps/bad.id", None), 422, "invalid_request");
}

#[test]
fn create_replays_for_the_same_key_and_rejects_reuse() {
    let cp = setup();
    let path = "/v1/apps/app_okta/identity-providers";
    let body = json!({"issuer_url": issuer("okta"), "audience": "api://default"});
    let first = send(&cp, "POST", path, Some(ADMIN), Some("key-1"), Some(&body)).unwrap();
    assert_eq!(first.status, 201, "{}", first.json);
    assert!(first.json["id"].as_str().unwrap().starts_with("idp_"));
    assert_eq!(first.json["claim_mappings"]["group_claim"], "groups");
    assert_eq!(first.json["notices"], json!([]));
    assert_eq!(first.header("idempotent-replayed"), None);

    let again = send(&cp, "POST", path, Some(ADMIN), Some("key-1"), Some(&body)).unwrap();
    assert_eq!((again.status, &again.json), (201, &first.json));
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(cp.providers("app_okta").len(), 1);

    let other = json!({"issuer_url": issuer("okta")});
    assert_problem(
        &send(&cp, "POST", path, Some(ADMIN), Some("key-1"), Some(&other)).unwrap(),
        422,
        "idempotency_key_reused",
    );

    // Without the key, a second create is the single-IDP conflict.
    let second = call(&cp, "POST", path, Some(other));
    assert_problem(&second, 409, "identity_provider_exists");
    assert_eq!(second.json["existing_provider_id"], first.json["id"]);
}

#[test]
fn drop_after_commit_then_retry_replays() {
    let cp = setup();
    let path = "/v1/apps/app_auth0/identity-providers";
    let body = json!({"issuer_url": issuer("auth0")});
    cp.inject(Fault::DropAfterCommit { path_contains: "/identity-providers".into(), times: 1 });
    assert!(send(&cp, "POST", path, Some(ADMIN), Some("k-create"), Some(&body)).is_err());
    let retry = send(&cp, "POST", path, Some(ADMIN), Some("k-create"), Some(&body)).unwrap();
    assert_eq!((retry.status, retry.header("idempotent-replayed")), (201, Some("true")));
    assert_eq!(cp.providers("app_auth0").len(), 1);
    let id = retry.json["id"].as_str().unwrap();

    let enable = call(&cp, "POST", &format!("{path}/{id}/webhook/enable"), Some(json!({})));
    assert_eq!(enable.status, 200);
    cp.inject(Fault::DropAfterCommit { path_contains: "/webhook/rotate".into(), times: 1 });
    let rotate = format!("{path}/{id}/webhook/rotate");
    assert!(send(&cp, "POST", &rotate, Some(ADMIN), Some("k-rotate"), Some(&json!({}))).is_err());
    let retry = send(&cp, "POST", &rotate, Some(ADMIN), Some("k-rotate"), Some(&json!({}))).unwrap();
    assert_eq!((retry.status, retry.header("idempotent-replayed")), (200, Some("true")));
    // One rotation happened: the replayed secret is the one the server holds.
    assert_eq!(retry.json["signing_secret"].as_str(), cp.webhook_secret(id).as_deref());
    assert_ne!(retry.json["signing_secret"], enable.json["signing_secret"]);

    let recorded: Vec<_> = cp.requests().into_iter().filter(|r| r.path == rotate).collect();
    assert_eq!(recorded.len(), 2);
    assert_eq!((recorded[0].status, recorded[1].status), (None, Some(200)));
    assert_eq!(recorded[0].header("Idempotency-Key"), Some("k-rotate"));
}

#[test]
fn lost_answers_by_method_and_a_create_refused_after_a_delete() {
    let cp = setup();
    let id = create(&cp, "okta");
    let path = format!("/v1/apps/app_okta/identity-providers/{id}");
    cp.inject(Fault::LostOn { method: "PATCH".into(), path_ends_with: id.clone(), times: 1 });
    assert_eq!(call(&cp, "GET", &path, None).status, 200, "another method is not affected");
    assert!(send(&cp, "PATCH", &path, Some(ADMIN), Some("k-patch"), Some(&json!({"audience": "a"}))).is_err());
    assert_eq!(cp.providers("app_okta")[0]["audience"], "a", "committed, then the answer lost");

    let create_path = "/v1/apps/app_okta/identity-providers";
    cp.inject(Fault::CreateRefusedAfterDelete { status: 422, code: "discovery_failed".into(), times: 1 });
    let body = json!({"issuer_url": issuer("auth0")});
    let before_any_delete = call(&cp, "POST", "/v1/apps/app_auth0/identity-providers", Some(body));
    assert_eq!(before_any_delete.status, 201, "armed only by a delete");
    cp.inject(Fault::LostOn { method: "DELETE".into(), path_ends_with: id.clone(), times: 1 });
    assert!(send(&cp, "DELETE", &path, Some(ADMIN), None, None).is_err());
    assert!(cp.providers("app_okta").is_empty(), "deleted, then the answer lost");
    assert_problem(
        &call(&cp, "POST", create_path, Some(json!({"issuer_url": issuer("okta")}))),
        422,
        "discovery_failed",
    );
    assert!(cp.providers("app_okta").is_empty(), "refused: nothing created");
    assert_eq!(call(&cp, "POST", create_path, Some(json!({"issuer_url": issuer("okta")}))).status, 201);
}

#[test]
fn webhook_secret_rules_by_provider_type() {
    let cp = setup();
    let hook = |t: &str, id: &str, action: &str, secret: Option<&str>| {
        let body = match secret {
            Some(s) => json!({ "secret": s }),
            None => json!({}),
        };
        call(&cp, "POST", &format!("/v1/apps/app_{t}/identity-providers/{id}/webhook/{action}"), Some(body))
    };
    for t in TYPES {
        let id = create(&cp, t);
        let status = call(&cp, "GET", &format!("/v1/apps/app_{t}/identity-providers/{id}/webhook"), None);
        assert_eq!(status.json["enabled"], false);
        assert_eq!(status.json["endpoint_url"], format!("https://api.alterauth.test/v1/webhooks/idp/{id}"));
        assert_problem(&hook(t, &id, "rotate", Some("whsec_abc")), 409, "webhook_not_enabled");
        for bad in ["", "bad\u{7}secret", &"x".repeat(1025)] {
            assert_problem(&hook(t, &id, "enable", Some(bad)), 422, "webhook_secret_invalid");
        }

        let enabled = if matches!(t, "auth0" | "custom_oidc") {
            let res = hook(t, &id, "enable", None);
            let secret = res.json["signing_secret"].as_str().unwrap().to_owned();
            assert!(secret.starts_with("whsec_") && secret.len() == 38, "{secret}");
            assert_eq!(res.json["secret_source"], "generated");
            assert_eq!(res.json["secret_hint"].as_str().unwrap(), &secret[34..]);
            res
        } else {
            assert_problem(&hook(t, &id, "enable", None), 422, "webhook_secret_required");
            if t == "clerk" {
                assert_problem(&hook(t, &id, "enable", Some("not-a-clerk-secret")), 422, "webhook_secret_invalid");
            }
            let res = hook(t, &id, "enable", Some("whsec_provided1234"));
            assert_eq!((&res.json["signing_secret"], &res.json["secret_source"]), (&Value::Null, &json!("provided")));
            assert_eq!(res.json["secret_hint"], "1234");
            res
        };
        assert_eq!((enabled.status, &enabled.json["enabled"]), (200, &json!(true)), "{t}: {}", enabled.json);
        assert!(enabled.json["enabled_at"].is_string() && enabled.json["rotated_at"].is_null());
        assert_problem(&hook(t, &id, "enable", Some("whsec_again")), 409, "webhook_already_enabled");

        let rotated = hook(t, &id, "rotate", Some("whsec_rotated9876"));
        assert_eq!((rotated.status, &rotated.json["secret_hint"]), (200, &json!("9876")));
        assert!(rotated.json["rotated_at"].is_string());

        for _ in 0..2 {
            let disabled = hook(t, &id, "disable", None);
            assert_eq!(
                (disabled.status, &disabled.json["enabled"], &disabled.json["secret_hint"]),
                (200, &json!(false), &Value::Null)
            );
        }
        assert_eq!(cp.providers(&format!("app_{t}"))[0]["webhook"]["enabled"], false);
    }
}

#[test]
fn claims_lock_after_first_sign_in() {
    let cp = setup();
    let id = create(&cp, "clerk");
    let path = format!("/v1/apps/app_clerk/identity-providers/{id}");
    assert_eq!(
        call(&cp, "PATCH", &path, Some(json!({"role_claim": "role"}))).json["claim_mappings"]["role_claim"],
        "role"
    );
    cp.lock_claims(&id);
    assert_problem(&call(&cp, "PATCH", &path, Some(json!({"group_claim": "groups"}))), 409, "claims_locked");
    // Re-sending the current value is not a change; other fields still change.
    let res = call(&cp, "PATCH", &path, Some(json!({"role_claim": "role", "audience": "aud"})));
    assert_eq!((res.status, &res.json["audience"], &res.json["claims_locked"]), (200, &json!("aud"), &json!(true)));
    assert_problem(&call(&cp, "PATCH", &path, Some(json!({}))), 422, "invalid_request");
    assert_eq!(call(&cp, "DELETE", &path, None).status, 204);
    assert_problem(&call(&cp, "GET", &path, None), 404, "identity_provider_not_found");
}

#[test]
fn strict_bodies_and_wallet_verification() {
    let cp = setup();
    let path = "/v1/apps/app_okta/identity-providers";
    let res = call(&cp, "POST", path, Some(json!({"issuer": issuer("okta"), "wallet": {"client_id": "w"}})));
    assert_problem(&res, 422, "invalid_request");
    let fields: Vec<&str> =
        res.json["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["issuer", "issuer_url", "wallet.client_secret"]);
    let res = call(&cp, "POST", path, Some(json!({"issuer_url": 5})));
    assert_eq!(res.json["errors"][0]["field"], "issuer_url");

    cp.set_wallet_verification("bad", WalletOutcome::Rejected);
    cp.set_wallet_verification("maybe", WalletOutcome::Unverified);
    let wallet = |id: &str| json!({"issuer_url": issuer("okta"), "wallet": {"client_id": id, "client_secret": "s"}});
    assert_problem(&call(&cp, "POST", path, Some(wallet("bad"))), 422, "wallet_credentials_rejected");
    assert!(cp.providers("app_okta").is_empty());
    let res = call(&cp, "POST", path, Some(wallet("maybe")));
    assert_eq!(res.json["wallet"], json!({"client_id": "maybe", "verification": "unverified"}));
    assert_eq!(res.json["notices"][0]["code"], "wallet_unverified");
    let id = res.json["id"].as_str().unwrap();
    let removed = call(&cp, "PATCH", &format!("{path}/{id}"), Some(json!({"wallet": null})));
    assert_eq!(removed.json["wallet"], Value::Null);
}

#[test]
fn discovery_outcomes() {
    let cp = setup();
    cp.register_brokered("https://kc.example.com/realms/acme", "keycloak");
    let discover = |issuer: &str| {
        call(&cp, "POST", "/v1/apps/app_okta/identity-providers/discover", Some(json!({"issuer_url": issuer})))
    };
    assert_eq!(discover(&issuer("okta")).json, discovery(&issuer("okta"), "okta"));
    let brokered = discover("https://kc.example.com/realms/acme/");
    assert_problem(&brokered, 422, "brokered_provider");
    assert_eq!(
        (&brokered.json["detected_provider"], &brokered.json["brokers"]),
        (&json!("keycloak"), &json!(["auth0", "clerk", "okta"]))
    );
    assert_problem(&discover("https://unknown.example.com"), 422, "discovery_failed");
    assert_problem(&discover("http://idp.example.com"), 422, "invalid_issuer_url");
    assert_problem(&discover("issuer"), 422, "invalid_issuer_url");
    assert_problem(&discover("http://127.0.0.1:9/x"), 422, "discovery_failed");
}

#[test]
fn rate_limit_and_unavailable_faults() {
    let cp = setup();
    cp.inject(Fault::Status { path_contains: "/v1/me".into(), status: 429, retry_after: Some(7), times: 1 });
    cp.inject(Fault::Status { path_contains: "/v1/me".into(), status: 503, retry_after: None, times: 1 });
    let limited = call(&cp, "GET", "/v1/me", None);
    assert_problem(&limited, 429, "rate_limited");
    assert_eq!(limited.header("retry-after"), Some("7"));
    assert_problem(&call(&cp, "GET", "/v1/me", None), 503, "unavailable");
    assert_eq!(call(&cp, "GET", "/v1/me", None).status, 200);
    let statuses: Vec<_> = cp.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [Some(429), Some(503), Some(200)]);
}

#[test]
fn directory_import_runs() {
    let cp = setup();
    let id = create(&cp, "okta");
    let dir = format!("/v1/apps/app_okta/identity-providers/{id}/directory-import");
    let runs = format!("{dir}/runs");
    assert_problem(&call(&cp, "POST", &runs, None), 409, "directory_credential_missing");
    let clerk = json!({"clerk": {"secret_key": "sk_test_1"}});
    assert_problem(&call(&cp, "PUT", &dir, Some(clerk)), 422, "invalid_request");
    let public = json!({"okta": {"org_url": "https://acme.okta.com", "client_id": "c", "private_key_jwk": {"kty": "RSA", "n": "x", "e": "AQAB"}}});
    assert_problem(&call(&cp, "PUT", &dir, Some(public.clone())), 422, "credential_rejected");
    let mut private = public;
    private["okta"]["private_key_jwk"]["d"] = json!("secret");
    let saved = call(&cp, "PUT", &dir, Some(private));
    assert_eq!((saved.status, &saved.json["configured"], &saved.json["last_run"]), (200, &json!(true), &Value::Null));

    let queued = call(&cp, "POST", &runs, None);
    assert_eq!((queued.status, &queued.json["status"]), (202, &json!("queued")));
    assert_problem(&call(&cp, "POST", &runs, None), 409, "directory_import_running");
    let seen: Vec<Value> = (0..3).map(|_| call(&cp, "GET", &dir, None).json["last_run"]["status"].clone()).collect();
    assert_eq!(seen, ["running", "succeeded", "succeeded"]);

    cp.set_directory_run_script(
        &id,
        vec![json!({"status": "running"}), json!({"status": "failed", "error": "okta said 403"})],
    );
    assert_eq!(call(&cp, "POST", &runs, None).json["status"], "running");
    let failed = call(&cp, "GET", &dir, None).json["last_run"].clone();
    assert_eq!((&failed["status"], &failed["error"]), (&json!("failed"), &json!("okta said 403")));
    assert!(failed["finished_at"].is_string());

    let workos = create(&cp, "workos");
    let res = call(
        &cp,
        "PUT",
        &format!("/v1/apps/app_workos/identity-providers/{workos}/directory-import"),
        Some(json!({"clerk": {"secret_key": "sk_x"}})),
    );
    assert_problem(&res, 422, "directory_sync_unsupported");
}
