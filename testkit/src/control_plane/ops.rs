//! Routing, auth, idempotency and the operations of the contract.

use std::collections::HashMap;

use axum::http::{header::AUTHORIZATION, HeaderMap, Method};
use serde_json::{json, Map, Value};

use super::schema::{self, invalid};
use super::{problem, random_alnum, timestamp, Reply, State, Token, WalletOutcome};

const CLAIM_FIELDS: [&str; 4] = ["user_id_claim", "group_claim", "role_claim", "group_claim_stable_ids"];
const BROKERS: [&str; 3] = ["auth0", "clerk", "okta"];

type Res = Result<Reply, Reply>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Me,
    GetApp,
    Discover,
    List,
    Create,
    Get,
    Patch,
    Delete,
    WebhookGet,
    WebhookEnable,
    WebhookDisable,
    WebhookRotate,
    DirGet,
    DirPut,
    DirDelete,
    DirRun,
}

impl Op {
    fn scope(self) -> Option<&'static str> {
        use Op::*;
        Some(match self {
            Me | GetApp => return None,
            List | Get => "dashboard_identity_providers:read",
            Discover | Create | Patch => "dashboard_identity_providers:create",
            Delete => "dashboard_identity_providers:delete",
            WebhookGet | WebhookEnable | WebhookDisable | WebhookRotate => "dashboard_identity_providers:webhooks",
            DirGet | DirPut | DirDelete | DirRun => "dashboard_identity_providers:directory",
        })
    }
}

/// `(operation, app_id, provider_id)`; ids are "" where the path has none.
fn route<'p>(method: &Method, path: &'p str) -> Option<(Op, &'p str, &'p str)> {
    use Op::*;
    let segments: Vec<&str> = path.strip_prefix("/v1/")?.split('/').collect();
    Some(match (method.as_str(), segments.as_slice()) {
        ("GET", ["me"]) => (Me, "", ""),
        ("GET", ["apps", app]) => (GetApp, app, ""),
        ("GET", ["apps", app, "identity-providers"]) => (List, app, ""),
        ("POST", ["apps", app, "identity-providers"]) => (Create, app, ""),
        ("POST", ["apps", app, "identity-providers", "discover"]) => (Discover, app, ""),
        (method, ["apps", app, "identity-providers", idp, rest @ ..]) => {
            let op = match (method, rest) {
                ("GET", []) => Get,
                ("PATCH", []) => Patch,
                ("DELETE", []) => Delete,
                ("GET", ["webhook"]) => WebhookGet,
                ("POST", ["webhook", "enable"]) => WebhookEnable,
                ("POST", ["webhook", "disable"]) => WebhookDisable,
                ("POST", ["webhook", "rotate"]) => WebhookRotate,
                ("GET", ["directory-import"]) => DirGet,
                ("PUT", ["directory-import"]) => DirPut,
                ("DELETE", ["directory-import"]) => DirDelete,
                ("POST", ["directory-import", "runs"]) => DirRun,
                _ => return None,
            };
            (op, app, idp)
        }
        _ => return None,
    })
}

/// The contract's AppId/ProviderId pattern `^[A-Za-z0-9_-]{1,64}$`.
fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The first response for an idempotency key, with what identifies the call it answered.
pub(super) struct Stored {
    call: String,
    body: Vec<u8>,
    reply: Reply,
}

/// Bodies are "identical" when they are the same JSON value (key order and whitespace aside).
fn same_body(a: &[u8], b: &[u8]) -> bool {
    match (serde_json::from_slice::<Value>(a), serde_json::from_slice::<Value>(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

impl State {
    pub(super) fn dispatch(
        &mut self,
        method: &Method,
        path: &str,
        headers: &HeaderMap,
        body: &[u8],
        request_id: &str,
    ) -> Reply {
        let mut reply = self.authorize_and_run(method, path, headers, body, request_id).unwrap_or_else(|e| e);
        if !reply.replayed {
            reply.stamp(request_id);
        }
        reply
    }

    fn authorize_and_run(
        &mut self,
        method: &Method,
        path: &str,
        headers: &HeaderMap,
        body: &[u8],
        request_id: &str,
    ) -> Res {
        let bearer = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
        let Some(token) = bearer.and_then(|t| self.tokens.get(t.trim())).cloned() else {
            return Err(problem(401, "unauthenticated", "a valid bearer token is required"));
        };
        let Some((op, app, idp)) = route(method, path) else {
            return Err(problem(404, "not_found", format!("no operation {method} {path}")));
        };
        let bad_ids: Vec<(String, String)> = [("app_id", app), ("provider_id", idp)]
            .into_iter()
            .filter(|(_, id)| !id.is_empty() && !valid_id(id))
            .map(|(f, _)| (f.to_owned(), "must match ^[A-Za-z0-9_-]{1,64}$".to_owned()))
            .collect();
        if !bad_ids.is_empty() {
            return Err(invalid(bad_ids));
        }
        if let Some(scope) = op.scope() {
            if !token.scopes.iter().any(|s| s == scope) {
                return Err(problem(403, "missing_scope", format!("this operation needs the {scope} scope"))
                    .with("required_scope", json!(scope)));
            }
        }

        let key = match *method {
            Method::POST | Method::PUT | Method::PATCH => headers.get("idempotency-key"),
            _ => None,
        };
        let Some(key) = key else { return self.run(op, app, idp, body, &token) };
        let key = key.to_str().ok().filter(|k| (1..=255).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()));
        let Some(key) = key else {
            return Err(invalid(vec![("Idempotency-Key".into(), "must be 1-255 visible ASCII characters".into())]));
        };
        let call = format!("{method} {path}");
        if let Some(stored) = self.idempotency.get(key) {
            if stored.call == call && same_body(&stored.body, body) {
                return Ok(Reply { replayed: true, ..stored.reply.clone() });
            }
            return Err(problem(
                422,
                "idempotency_key_reused",
                "this Idempotency-Key was used with a different request",
            ));
        }
        let mut reply = self.run(op, app, idp, body, &token).unwrap_or_else(|e| e);
        reply.stamp(request_id);
        // Server errors are not kept, so that a retry runs the call again.
        if reply.status < 500 {
            self.idempotency.insert(key.to_owned(), Stored { call, body: body.to_vec(), reply: reply.clone() });
        }
        Ok(reply)
    }

    fn run(&mut self, op: Op, app: &str, idp: &str, body: &[u8], token: &Token) -> Res {
        if op == Op::Me {
            return Ok(Reply::ok(200, json!({"subject": token.subject, "scopes": token.scopes, "expires_at": null})));
        }
        let Some(app_name) = self.apps.get(app) else {
            return Err(problem(404, "app_not_found", format!("no app {app}")));
        };
        match op {
            Op::GetApp => Ok(Reply::ok(200, json!({"id": app, "name": app_name}))),
            Op::Discover => {
                let req = schema::parse(body, schema::DISCOVER)?;
                Ok(Reply::ok(200, self.discover(req["issuer_url"].as_str().unwrap())?))
            }
            Op::List => {
                let items: Vec<Value> =
                    self.providers.iter().filter(|p| p.json["app_id"] == app).map(|p| p.json.clone()).collect();
                Ok(Reply::ok(200, json!({ "items": items })))
            }
            Op::Create => self.create(app, body),
            _ => {
                let Some(i) = self.providers.iter().position(|p| p.id() == idp && p.json["app_id"] == app) else {
                    return Err(problem(
                        404,
                        "identity_provider_not_found",
                        format!("no identity provider {idp} in app {app}"),
                    ));
                };
                if op == Op::Delete {
                    self.providers.remove(i);
                    self.deletes += 1;
                    return Ok(Reply::no_content());
                }
                self.provider_op(op, i, body)
            }
        }
    }

    /// What the server's OIDC discovery would find, from the tables the test registered.
    fn discover(&self, issuer: &str) -> Result<Value, Reply> {
        check_issuer(issuer)?;
        if let Some(detected) = self.brokered.get(issuer.trim_end_matches('/')) {
            let detail = format!("{detected} can only be used through a broker: auth0, clerk or okta");
            return Err(problem(422, "brokered_provider", detail)
                .with("detected_provider", json!(detected))
                .with("brokers", json!(BROKERS)));
        }
        self.issuers.get(issuer).cloned().ok_or_else(|| {
            let detail = format!("could not fetch {}/.well-known/openid-configuration", issuer.trim_end_matches('/'));
            problem(422, "discovery_failed", detail)
        })
    }

    fn create(&mut self, app: &str, body: &[u8]) -> Res {
        let req = schema::parse(body, schema::CREATE)?;
        if let Some(existing) = self.providers.iter().find(|p| p.json["app_id"] == app) {
            return Err(problem(
                409,
                "identity_provider_exists",
                "the app already has an identity provider; delete it to switch",
            )
            .with("existing_provider_id", json!(existing.id())));
        }
        let discovery = self.discover(req["issuer_url"].as_str().unwrap())?;
        let mut notices = discovery["warnings"].as_array().cloned().unwrap_or_default();
        let wallet = verify_wallet(&self.wallet_outcomes, req.get("wallet").unwrap_or(&Value::Null), &mut notices)?;
        // On create, an omitted or null mapping means "use the detected one".
        let mut mappings = discovery["claim_mappings"].clone();
        for f in CLAIM_FIELDS {
            if let Some(v) = req.get(f).filter(|v| !v.is_null()) {
                mappings[f] = v.clone();
            }
        }
        let now = timestamp(0);
        let json = json!({
            "id": format!("idp_{}", random_alnum(16)),
            "app_id": app,
            "provider_type": discovery["provider_type"],
            "issuer_url": discovery["issuer"],
            "jwks_uri": discovery["jwks_uri"],
            "audience": req.get("audience").cloned().unwrap_or(Value::Null),
            "claim_mappings": mappings,
            "claims_locked": false,
            "wallet": wallet,
            "webhook": {"enabled": false},
            "created_at": now,
            "updated_at": now,
        });
        self.providers.push(Provider { json: json.clone(), webhook: Webhook::default(), credential: None, run: None });
        Ok(Reply::ok(201, with_notices(json, notices)))
    }

    fn provider_op(&mut self, op: Op, i: usize, body: &[u8]) -> Res {
        let script = self.run_scripts.get(self.providers[i].id()).cloned();
        let p = &mut self.providers[i];
        let ptype = p.json["provider_type"].as_str().unwrap_or_default().to_owned();
        let supported = BROKERS.contains(&ptype.as_str());
        let unsupported =
            || problem(422, "directory_sync_unsupported", format!("directory import is not available for {ptype}"));
        match op {
            Op::Get => Ok(Reply::ok(200, p.json.clone())),
            Op::Patch => {
                let req = schema::parse(body, schema::UPDATE)?;
                if req.is_empty() {
                    return Err(invalid(vec![("body".into(), "at least one field is required".into())]));
                }
                let mappings = &p.json["claim_mappings"];
                let changes_claims = CLAIM_FIELDS.iter().any(|f| req.get(*f).is_some_and(|v| *v != mappings[*f]));
                if p.json["claims_locked"] == true && changes_claims {
                    return Err(problem(
                        409,
                        "claims_locked",
                        "claim mappings cannot change after the first end user signed in",
                    ));
                }
                let mut notices = Vec::new();
                if let Some(wallet) = req.get("wallet") {
                    p.json["wallet"] = verify_wallet(&self.wallet_outcomes, wallet, &mut notices)?;
                }
                for (k, v) in req {
                    match k.as_str() {
                        "audience" => p.json["audience"] = v,
                        "wallet" => {}
                        _ => p.json["claim_mappings"][k.as_str()] = v,
                    }
                }
                p.json["updated_at"] = json!(timestamp(0));
                Ok(Reply::ok(200, with_notices(p.json.clone(), notices)))
            }
            Op::WebhookGet => Ok(Reply::ok(200, p.webhook_status())),
            Op::WebhookEnable | Op::WebhookRotate => {
                let req = schema::parse(body, schema::WEBHOOK_SECRET)?;
                match (op, p.webhook.secret.is_some()) {
                    (Op::WebhookEnable, true) => {
                        return Err(problem(409, "webhook_already_enabled", "webhooks are already enabled"))
                    }
                    (Op::WebhookRotate, false) => {
                        return Err(problem(409, "webhook_not_enabled", "webhooks are not enabled"))
                    }
                    _ => {}
                }
                let (secret, source) = webhook_secret(&ptype, req.get("secret").and_then(Value::as_str))?;
                let now = Some(timestamp(0));
                if op == Op::WebhookEnable {
                    p.webhook = Webhook { enabled_at: now, ..Webhook::default() };
                } else {
                    p.webhook.rotated_at = now;
                }
                p.webhook.secret = Some(secret.clone());
                p.webhook.source = Some(source);
                p.json["webhook"]["enabled"] = json!(true);
                let shown = if source == "generated" { json!(secret) } else { Value::Null };
                let mut result = p.webhook_status();
                result["signing_secret"] = shown;
                Ok(Reply::ok(200, result))
            }
            Op::WebhookDisable => {
                p.webhook = Webhook::default(); // the secret is discarded
                p.json["webhook"]["enabled"] = json!(false);
                Ok(Reply::ok(200, p.webhook_status()))
            }
            Op::DirGet => {
                if let Some(run) = &mut p.run {
                    run.pos = (run.pos + 1).min(run.states.len() - 1);
                }
                Ok(Reply::ok(200, p.directory_status()))
            }
            Op::DirPut => {
                let credential = parse_credential(body)?;
                if !supported {
                    return Err(unsupported());
                }
                let (kind, inner) = credential.iter().next().unwrap();
                if *kind != ptype {
                    let message = format!("this identity provider is {ptype}; send a {ptype} credential");
                    return Err(invalid(vec![(kind.clone(), message)]));
                }
                verify_credential(kind, inner)?;
                p.credential = Some(inner.clone());
                Ok(Reply::ok(200, p.directory_status()))
            }
            Op::DirDelete => {
                p.credential = None;
                Ok(Reply::no_content())
            }
            Op::DirRun => {
                if !supported {
                    return Err(unsupported());
                }
                if p.credential.is_none() {
                    return Err(problem(409, "directory_credential_missing", "save a directory credential first"));
                }
                if p.run.as_ref().is_some_and(|r| matches!(r.current()["status"].as_str(), Some("queued" | "running")))
                {
                    return Err(problem(409, "directory_import_running", "an import is already running"));
                }
                let run = Run::new(script.unwrap_or_else(default_script));
                let first = run.current().clone();
                p.run = Some(run);
                Ok(Reply::ok(202, first))
            }
            Op::Me | Op::GetApp | Op::Discover | Op::List | Op::Create | Op::Delete => unreachable!(),
        }
    }
}

/// Absolute https, or http to a loopback host (for local development); no query or fragment.
fn check_issuer(issuer: &str) -> Result<(), Reply> {
    let why = match url::Url::parse(issuer) {
        Err(e) => Some(format!("not an absolute URL: {e}")),
        Ok(u) if u.query().is_some() || u.fragment().is_some() => Some("must not have a query or fragment".into()),
        Ok(u) if !u.username().is_empty() || u.password().is_some() => Some("must not carry credentials".into()),
        Ok(u) => {
            let loopback = match u.host() {
                Some(url::Host::Domain(d)) => d == "localhost",
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            match u.scheme() {
                "https" => None,
                "http" if loopback => None,
                _ => Some("must be https (http only for loopback)".into()),
            }
        }
    };
    match why {
        Some(why) => Err(problem(422, "invalid_issuer_url", format!("issuer_url {issuer:?}: {why}"))),
        None => Ok(()),
    }
}

/// The stored wallet object for `input` (a validated WalletInput or null), as verification says.
fn verify_wallet(
    outcomes: &HashMap<String, WalletOutcome>,
    input: &Value,
    notices: &mut Vec<Value>,
) -> Result<Value, Reply> {
    let Some(client_id) = input.get("client_id").and_then(Value::as_str) else { return Ok(Value::Null) };
    let verification = match outcomes.get(client_id).copied().unwrap_or(WalletOutcome::Verified) {
        WalletOutcome::Rejected => {
            return Err(problem(
                422,
                "wallet_credentials_rejected",
                "the provider rejected the wallet client id and secret",
            ))
        }
        WalletOutcome::Unverified => {
            notices.push(json!({
                "code": "wallet_unverified",
                "message": "the wallet credentials could not be verified; wallet sign-in may fail until they are fixed",
            }));
            "unverified"
        }
        WalletOutcome::Verified => "verified",
    };
    Ok(json!({"client_id": client_id, "verification": verification}))
}

/// `(secret, source)` for enable/rotate, per the contract's rules by provider type.
fn webhook_secret(ptype: &str, secret: Option<&str>) -> Result<(String, &'static str), Reply> {
    let Some(secret) = secret else {
        if matches!(ptype, "auth0" | "custom_oidc") {
            return Ok((format!("whsec_{}", random_alnum(32)), "generated"));
        }
        let detail = format!("{ptype} webhooks need the signing secret configured at the provider");
        return Err(problem(422, "webhook_secret_required", detail));
    };
    let why = if secret.is_empty() {
        Some("the secret is empty")
    } else if secret.chars().count() > 1024 {
        Some("the secret is over 1024 characters")
    } else if secret.chars().any(char::is_control) {
        Some("the secret contains control characters")
    } else if ptype == "clerk" && (!secret.starts_with("whsec_") || secret.len() == "whsec_".len()) {
        Some("a Clerk signing secret is the dashboard's whsec_... value")
    } else {
        None
    };
    match why {
        Some(why) => Err(problem(422, "webhook_secret_invalid", why)),
        None => Ok((secret.to_owned(), "provided")),
    }
}

/// A DirectoryCredential: exactly one of auth0, clerk or okta, each with its own shape.
fn parse_credential(body: &[u8]) -> Result<Map<String, Value>, Reply> {
    let credential = schema::parse(body, schema::DIRECTORY)?;
    if credential.len() != 1 {
        let message = "exactly one of auth0, clerk or okta is required".to_owned();
        return Err(invalid(vec![("body".into(), message)]));
    }
    Ok(credential)
}

/// The double's stand-in for checking a credential with the provider.
fn verify_credential(kind: &str, credential: &Value) -> Result<(), Reply> {
    let why = match kind {
        "clerk" => match credential["secret_key"].as_str().unwrap_or_default() {
            k if k.starts_with("pk_") => Some("this is a Clerk publishable key (pk_...); use the secret key (sk_...)"),
            k if !k.starts_with("sk_") => Some("a Clerk secret key starts with sk_"),
            _ => None,
        },
        "okta" if credential["private_key_jwk"].get("d").is_none() => {
            Some("the JWK is public-only (no \"d\"); Okta needs the private key")
        }
        _ => None,
    };
    match why {
        Some(why) => Err(problem(422, "credential_rejected", why)),
        None => Ok(()),
    }
}

fn with_notices(mut provider: Value, notices: Vec<Value>) -> Value {
    provider["notices"] = Value::Array(notices);
    provider
}

pub(super) struct Provider {
    pub(super) json: Value,
    pub(super) webhook: Webhook,
    credential: Option<Value>,
    run: Option<Run>,
}

#[derive(Default)]
pub(super) struct Webhook {
    pub(super) secret: Option<String>,
    source: Option<&'static str>,
    enabled_at: Option<String>,
    rotated_at: Option<String>,
}

impl Provider {
    pub(super) fn id(&self) -> &str {
        self.json["id"].as_str().unwrap_or_default()
    }

    fn webhook_status(&self) -> Value {
        let w = &self.webhook;
        let hint = w.secret.as_ref().map(|s| s.chars().skip(s.chars().count().saturating_sub(4)).collect::<String>());
        json!({
            "provider_id": self.id(),
            "provider_type": self.json["provider_type"],
            "enabled": w.secret.is_some(),
            "endpoint_url": format!("https://api.alterauth.test/v1/webhooks/idp/{}", self.id()),
            "secret_source": w.source,
            "secret_hint": hint,
            "enabled_at": w.enabled_at,
            "rotated_at": w.rotated_at,
        })
    }

    fn directory_status(&self) -> Value {
        let ptype = self.json["provider_type"].as_str().unwrap_or_default();
        let configured = self.credential.is_some();
        json!({
            "provider_id": self.id(),
            "provider_type": ptype,
            "supported": BROKERS.contains(&ptype),
            "configured": configured,
            "last_run": self.run.as_ref().map(|r| r.current().clone()),
            "next_run_at": configured.then(|| timestamp(6 * 3600)),
        })
    }
}

/// A directory import run: the states a client sees, and which one it sees now.
struct Run {
    states: Vec<Value>,
    pos: usize,
}

impl Run {
    fn new(script: Vec<Value>) -> Run {
        let (id, started) = (format!("run_{}", random_alnum(16)), timestamp(0));
        let states = script
            .into_iter()
            .map(|step| {
                let mut run = json!({
                    "id": id, "status": "queued", "started_at": null, "finished_at": null,
                    "users_imported": 0, "users_updated": 0, "users_deprovisioned": 0, "groups_imported": 0,
                    "error": null,
                });
                for (k, v) in step.as_object().cloned().unwrap_or_default() {
                    run[k.as_str()] = v;
                }
                let status = run["status"].as_str().unwrap_or_default().to_owned();
                if status != "queued" && run["started_at"].is_null() {
                    run["started_at"] = json!(started);
                }
                if matches!(status.as_str(), "succeeded" | "failed") && run["finished_at"].is_null() {
                    run["finished_at"] = json!(timestamp(0));
                }
                run
            })
            .collect();
        Run { states, pos: 0 }
    }

    fn current(&self) -> &Value {
        &self.states[self.pos]
    }
}

fn default_script() -> Vec<Value> {
    vec![
        json!({"status": "queued"}),
        json!({"status": "running"}),
        json!({"status": "succeeded", "users_imported": 12, "users_updated": 3, "users_deprovisioned": 1, "groups_imported": 4}),
    ]
}
