//! A stateful double of the Alter control plane that follows `shared/api/control-plane.yaml`:
//! bearer tokens with scopes, apps, one identity provider per app, webhooks, directory import,
//! idempotency keys, problem+json errors, and injectable faults (status, delay, hang, and a
//! connection dropped after the change was committed).
//!
//! It serves plain HTTP on 127.0.0.1 from its own tokio runtime so that sync `#[test]`s can
//! point the real `alter` binary at it with `ALTER_API_URL`.

mod ops;
mod schema;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{Request, State as AxState};
use axum::http::header::CONTENT_TYPE;
use axum::response::Response;
use axum::{Extension, Router};
use serde_json::{json, Value};
use tokio::sync::Notify;

/// Outcome of checking wallet credentials "against the provider", by client id (default Verified).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WalletOutcome {
    Verified,
    Unverified,
    Rejected,
}

/// A fault for the next request(s) whose path contains `path_contains`; each fires `times` times.
/// Faults are checked before anything else (auth included), in the order they were injected.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Answer with this status and a problem (code `rate_limited` for 429, `unavailable` for 503,
    /// `internal` for 500) without touching state; `Retry-After` is sent when given.
    Status { path_contains: String, status: u16, retry_after: Option<u64>, times: usize },
    /// Handle the request fully (state change and idempotency record) and then close the
    /// connection without sending a response.
    DropAfterCommit { path_contains: String, times: usize },
    /// Wait, then handle the request normally.
    Delay { path_contains: String, millis: u64, times: usize },
    /// Never answer (and change nothing).
    Hang { path_contains: String, times: usize },
    /// A hostile server: a problem whose `title`, `detail` and `errors[].message` quote the
    /// request's Authorization header and body back, as a careless server's validation does.
    Echo { path_contains: String, status: u16, times: usize },
    /// Answer with exactly this status, headers and body (change nothing).
    Raw { path_contains: String, status: u16, headers: Vec<(String, String)>, body: Vec<u8>, times: usize },
    /// As `DropAfterCommit`, for requests with this method whose path ends with `path_ends_with`
    /// (a create, a PATCH or DELETE of one provider): the write happens and its answer is lost.
    LostOn { method: String, path_ends_with: String, times: usize },
    /// Once a provider of any app has been deleted, refuse the next creates with this status and
    /// problem code, changing nothing: a create that fails after `apply --replace` deleted.
    CreateRefusedAfterDelete { status: u16, code: String, times: usize },
}

impl Fault {
    fn path_contains(&self) -> &str {
        match self {
            Fault::Status { path_contains, .. }
            | Fault::DropAfterCommit { path_contains, .. }
            | Fault::Delay { path_contains, .. }
            | Fault::Hang { path_contains, .. }
            | Fault::Echo { path_contains, .. }
            | Fault::Raw { path_contains, .. } => path_contains,
            Fault::LostOn { path_ends_with, .. } => path_ends_with,
            Fault::CreateRefusedAfterDelete { .. } => "/identity-providers",
        }
    }

    /// Whether this fault applies to a request, given how many deletes the double has seen.
    fn matches(&self, method: &str, path: &str, deletes: usize) -> bool {
        match self {
            Fault::LostOn { method: only, path_ends_with, .. } => {
                only.eq_ignore_ascii_case(method) && path.ends_with(path_ends_with.as_str())
            }
            Fault::CreateRefusedAfterDelete { .. } => {
                method == "POST" && path.ends_with("/identity-providers") && deletes > 0
            }
            fault => path.contains(fault.path_contains()),
        }
    }

    fn times_mut(&mut self) -> &mut usize {
        match self {
            Fault::Status { times, .. }
            | Fault::DropAfterCommit { times, .. }
            | Fault::Delay { times, .. }
            | Fault::Hang { times, .. }
            | Fault::Echo { times, .. }
            | Fault::Raw { times, .. }
            | Fault::LostOn { times, .. }
            | Fault::CreateRefusedAfterDelete { times, .. } => times,
        }
    }
}

/// One request the double received, recorded on arrival.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The URI path, without the query.
    pub path: String,
    /// Header names are lowercase.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The status sent; `None` while pending, and for hung or dropped requests (no response
    /// reached the client).
    pub status: Option<u16>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// A plausible contract `Discovery` object for `register_issuer`, with the claim mappings and
/// capabilities the real server would suggest for `provider_type`.
pub fn discovery(issuer: &str, provider_type: &str) -> Value {
    let (group_claim, stable) = match provider_type {
        "okta" => (json!("groups"), true),
        "clerk" => (json!("org_id"), true),
        "workos" => (json!("groups"), false),
        _ => (Value::Null, false),
    };
    let base = issuer.trim_end_matches('/');
    json!({
        "issuer": issuer,
        "provider_type": provider_type,
        "discovery_url": format!("{base}/.well-known/openid-configuration"),
        "jwks_uri": format!("{base}/.well-known/jwks.json"),
        "claim_mappings": {
            "user_id_claim": "sub",
            "group_claim": group_claim,
            "role_claim": null,
            "group_claim_stable_ids": stable,
        },
        "capabilities": {
            "webhooks": true,
            "directory_sync": matches!(provider_type, "auth0" | "clerk" | "okta"),
            "group_grants": stable,
        },
        "warnings": [],
    })
}

pub struct ControlPlane {
    state: Shared,
    url: String,
    rt: Option<tokio::runtime::Runtime>,
}

type Shared = Arc<Mutex<State>>;

impl ControlPlane {
    pub fn start() -> ControlPlane {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("control-plane")
            .enable_all()
            .build()
            .expect("control-plane runtime");
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind control plane");
        listener.set_nonblocking(true).expect("nonblocking listener");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Shared::default();
        let app = Router::new().fallback(handle).with_state(state.clone());
        rt.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                // Our own accept loop (rather than axum::serve) so that a handler can have its
                // connection closed with no response written: DropAfterCommit.
                let kill = Kill::default();
                let svc = hyper_util::service::TowerToHyperService::new(app.clone().layer(Extension(kill.clone())));
                tokio::spawn(async move {
                    let conn = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), svc);
                    tokio::select! {
                        _ = conn => {}
                        _ = kill.0.notified() => {} // dropping `conn` closes the socket
                    }
                });
            }
        });
        ControlPlane { state, url, rt: Some(rt) }
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    pub fn add_app(&self, id: &str, name: &str) {
        self.lock().apps.insert(id.into(), name.into());
    }

    pub fn add_token(&self, token: &str, subject: &str, scopes: &[&str]) {
        let scopes = scopes.iter().map(|s| s.to_string()).collect();
        self.lock().tokens.insert(token.into(), Token { subject: subject.into(), scopes });
    }

    /// What discover and create find at `issuer_url` (matched exactly, as the server checks the
    /// document's `issuer` exactly). Unregistered issuers fail with `discovery_failed`.
    pub fn register_issuer(&self, issuer_url: &str, discovery: Value) {
        self.lock().issuers.insert(issuer_url.into(), discovery);
    }

    /// Issuers that discover and create reject as `brokered_provider` (trailing `/` ignored).
    pub fn register_brokered(&self, issuer_url: &str, detected_provider: &str) {
        let key = issuer_url.trim_end_matches('/').to_owned();
        self.lock().brokered.insert(key, detected_provider.into());
    }

    pub fn set_wallet_verification(&self, client_id: &str, outcome: WalletOutcome) {
        self.lock().wallet_outcomes.insert(client_id.into(), outcome);
    }

    /// As if an end user signed in: claim mappings can no longer change.
    pub fn lock_claims(&self, provider_id: &str) {
        let mut state = self.lock();
        let p = state.providers.iter_mut().find(|p| p.id() == provider_id);
        p.expect("lock_claims: no such provider").json["claims_locked"] = json!(true);
    }

    /// The states later import runs of this provider go through: the POST's 202 shows the
    /// first, each GET of directory-import shows the next in `last_run`, and the last repeats.
    /// Entries are (partial) `DirectoryImportRun` objects; missing fields get defaults, and
    /// `started_at`/`finished_at` are filled in by status. Default: queued, running, succeeded.
    pub fn set_directory_run_script(&self, provider_id: &str, statuses: Vec<Value>) {
        assert!(!statuses.is_empty(), "a run script needs at least one state");
        self.lock().run_scripts.insert(provider_id.into(), statuses);
    }

    /// Every later response carries a `Date` this many seconds off the real time (a server whose
    /// clock, or whose client's clock, is wrong).
    pub fn set_date_offset(&self, secs: i64) {
        self.lock().date_offset = Some(secs);
    }

    pub fn inject(&self, fault: Fault) {
        let mut fault = fault;
        if *fault.times_mut() > 0 {
            self.lock().faults.push_back(fault);
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.lock().requests.clone()
    }

    /// The app's stored `IdentityProvider` objects (zero or one).
    pub fn providers(&self, app_id: &str) -> Vec<Value> {
        let state = self.lock();
        state.providers.iter().filter(|p| p.json["app_id"] == app_id).map(|p| p.json.clone()).collect()
    }

    /// The webhook signing secret the double holds for a provider, if enabled.
    pub fn webhook_secret(&self, provider_id: &str) -> Option<String> {
        let state = self.lock();
        state.providers.iter().find(|p| p.id() == provider_id)?.webhook.secret.clone()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for ControlPlane {
    fn drop(&mut self) {
        // shutdown_background does not block, so dropping inside an async test is fine too.
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

/// Signals the connection task to close its socket without answering.
#[derive(Clone, Default)]
struct Kill(Arc<Notify>);

#[derive(Clone)]
struct Token {
    subject: String,
    scopes: Vec<String>,
}

#[derive(Default)]
struct State {
    tokens: HashMap<String, Token>,
    apps: HashMap<String, String>,
    issuers: HashMap<String, Value>,
    brokered: HashMap<String, String>,
    wallet_outcomes: HashMap<String, WalletOutcome>,
    run_scripts: HashMap<String, Vec<Value>>,
    providers: Vec<ops::Provider>,
    idempotency: HashMap<String, ops::Stored>,
    faults: VecDeque<Fault>,
    requests: Vec<Recorded>,
    date_offset: Option<i64>,
    /// Providers deleted so far (for `Fault::CreateRefusedAfterDelete`).
    deletes: usize,
}

impl State {
    fn take_fault(&mut self, method: &str, path: &str) -> Option<Fault> {
        let deletes = self.deletes;
        let i = self.faults.iter().position(|f| f.matches(method, path, deletes))?;
        let fault = self.faults[i].clone();
        let left = self.faults[i].times_mut();
        *left -= 1;
        if *left == 0 {
            self.faults.remove(i);
        }
        Some(fault)
    }
}

/// A response before it becomes HTTP: problems get `request_id` stamped in at the end.
#[derive(Clone, Debug)]
struct Reply {
    status: u16,
    body: Option<Value>,
    replayed: bool,
}

impl Reply {
    fn ok(status: u16, body: Value) -> Reply {
        Reply { status, body: Some(body), replayed: false }
    }

    fn no_content() -> Reply {
        Reply { status: 204, body: None, replayed: false }
    }

    fn with(mut self, key: &str, value: Value) -> Reply {
        if let Some(body) = &mut self.body {
            body[key] = value;
        }
        self
    }

    fn stamp(&mut self, request_id: &str) {
        if self.status >= 400 {
            if let Some(body) = &mut self.body {
                body["request_id"] = json!(request_id);
            }
        }
    }
}

fn problem(status: u16, code: &str, detail: impl Into<String>) -> Reply {
    let title = match code {
        "unauthenticated" => "Authentication required",
        "missing_scope" => "Token lacks the required scope",
        "app_not_found" => "App not found",
        "identity_provider_not_found" => "Identity provider not found",
        "identity_provider_exists" => "The app already has an identity provider",
        "claims_locked" => "Claim mappings are locked",
        "invalid_request" => "Invalid request",
        "rate_limited" => "Too many requests",
        "unavailable" => "Service unavailable",
        _ => "Request failed",
    };
    Reply::ok(
        status,
        json!({
            "type": format!("https://api.alterauth.com/problems/{code}"),
            "title": title,
            "status": status,
            "code": code,
            "detail": detail.into(),
        }),
    )
}

async fn handle(AxState(state): AxState<Shared>, Extension(kill): Extension<Kill>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap_or_default();
    let path = parts.uri.path().to_owned();
    let request_id = format!("req_{}", random_alnum(20));
    let lock = || state.lock().unwrap_or_else(|e| e.into_inner());

    let (index, fault) = {
        let mut s = lock();
        s.requests.push(Recorded {
            method: parts.method.to_string(),
            path: path.clone(),
            headers: parts
                .headers
                .iter()
                .map(|(n, v)| (n.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
                .collect(),
            body: body.to_vec(),
            status: None,
        });
        (s.requests.len() - 1, s.take_fault(parts.method.as_str(), &path))
    };

    let date = lock().date_offset.map(http_date);
    let mut drop_after_commit = false;
    match fault {
        Some(Fault::Hang { .. }) => return std::future::pending().await,
        Some(Fault::Delay { millis, .. }) => tokio::time::sleep(Duration::from_millis(millis)).await,
        Some(Fault::DropAfterCommit { .. } | Fault::LostOn { .. }) => drop_after_commit = true,
        Some(Fault::CreateRefusedAfterDelete { status, code, .. }) => {
            let mut reply = problem(status, &code, "injected by the test: the create was refused after a delete");
            reply.stamp(&request_id);
            lock().requests[index].status = Some(status);
            return respond(&reply, &request_id, None, date);
        }
        Some(Fault::Status { status, retry_after, .. }) => {
            let code = match status {
                429 => "rate_limited",
                503 => "unavailable",
                500 => "internal",
                _ => "injected_fault",
            };
            let mut reply = problem(status, code, "injected by the test");
            reply.stamp(&request_id);
            lock().requests[index].status = Some(status);
            return respond(&reply, &request_id, retry_after, date);
        }
        Some(Fault::Echo { status, .. }) => {
            let authorization = parts.headers.get("authorization").map(|v| String::from_utf8_lossy(v.as_bytes()));
            let quoted = format!(
                "Authorization: {}; body: {}",
                authorization.unwrap_or_default(),
                String::from_utf8_lossy(&body)
            );
            let mut reply = problem(status, "invalid_request", format!("cannot accept {quoted}"))
                .with("title", json!(format!("Rejected {quoted}")))
                .with("errors", json!([{"field": "body", "message": quoted}]));
            reply.stamp(&request_id);
            lock().requests[index].status = Some(status);
            return respond(&reply, &request_id, None, date);
        }
        Some(Fault::Raw { status, headers, body, .. }) => {
            lock().requests[index].status = Some(status);
            let mut res = Response::builder().status(status).header("x-request-id", &request_id);
            for (name, value) in headers {
                res = res.header(name, value);
            }
            return res.body(Body::from(body)).unwrap();
        }
        None => {}
    }

    let reply = {
        let mut s = lock();
        let reply = s.dispatch(&parts.method, &path, &parts.headers, &body, &request_id);
        if !drop_after_commit {
            s.requests[index].status = Some(reply.status);
        }
        reply
    };
    if drop_after_commit {
        kill.0.notify_one();
        return std::future::pending().await;
    }
    respond(&reply, &request_id, None, date)
}

/// An HTTP `Date` `offset_secs` from now.
fn http_date(offset_secs: i64) -> String {
    let now = SystemTime::now();
    let shifted = if offset_secs >= 0 {
        now + Duration::from_secs(offset_secs as u64)
    } else {
        now - Duration::from_secs(offset_secs.unsigned_abs())
    };
    httpdate::fmt_http_date(shifted)
}

fn respond(reply: &Reply, request_id: &str, retry_after: Option<u64>, date: Option<String>) -> Response {
    let mut res = Response::builder().status(reply.status).header("x-request-id", request_id);
    if let Some(date) = date {
        res = res.header("date", date);
    }
    if let Some(secs) = retry_after {
        res = res.header("retry-after", secs.to_string());
    }
    if reply.replayed {
        res = res.header("idempotent-replayed", "true");
    }
    let body = match &reply.body {
        Some(v) => {
            let kind = if reply.status >= 400 { "application/problem+json" } else { "application/json" };
            res = res.header(CONTENT_TYPE, kind);
            serde_json::to_vec(v).unwrap()
        }
        None => Vec::new(),
    };
    res.body(Body::from(body)).unwrap()
}

/// RFC 3339 UTC timestamp `offset_secs` from now (civil-from-days, to avoid a date crate).
fn timestamp(offset_secs: u64) -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + offset_secs;
    let (days, rem) = ((secs / 86_400) as i64, secs % 86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Random letters and digits; std's RandomState is randomly keyed, which is all a test double
/// needs for unguessable ids and secrets.
fn random_alnum(len: usize) -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = String::with_capacity(len);
    while out.len() < len {
        let mut x = std::collections::hash_map::RandomState::new().build_hasher().finish();
        for _ in 0..10.min(len - out.len()) {
            out.push(ALPHABET[(x % 62) as usize] as char);
            x /= 62;
        }
    }
    out
}
