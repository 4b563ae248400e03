//! A small OpenID Provider that misbehaves on demand, for what the real npm `oidc-provider` never
//! does: `slow_down`, absurd polling intervals, `javascript:` verification URIs, HTTP 500 pages,
//! oversized or compressed answers, ID tokens signed by a stranger, endpoints pointing inward.
//! It serves the device authorization grant and an authorization endpoint that approves at once
//! (back to the redirect URI with a code and the state) over plain HTTP on loopback (a loopback
//! issuer), from the fixture server's routes, so each test swaps any answer for another.

use crate::https::{FixtureServer, Handler, RecordedRequest, Reply};
use crate::tokens::{now, Signer};
use serde_json::{json, Value};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

static ISSUED: AtomicUsize = AtomicUsize::new(0);

/// The client the provider knows; it accepts any client, so this is only what its tokens name.
pub const CLIENT: &str = "hostile-client";
/// The authorization code its authorization endpoint hands every sign-in.
pub const CODE: &str = "hostile-authorization-code";

pub struct HostileProvider {
    server: FixtureServer,
    signer: Arc<Signer>,
    issued: tempfile::NamedTempFile,
    /// The `nonce` of the last authorization request.
    nonce: Arc<Mutex<Option<String>>>,
}

impl HostileProvider {
    /// A well-behaved provider to begin with: discovery, JWKS, a device answer with a 1 s
    /// interval, and a token endpoint that issues a verified ID token for `mallory` at once.
    pub fn start() -> HostileProvider {
        let provider = HostileProvider {
            server: FixtureServer::start_http(),
            signer: Arc::new(Signer::es256("hostile-key")),
            issued: tempfile::NamedTempFile::new().expect("a file for issued tokens"),
            nonce: Arc::default(),
        };
        provider.document(json!({}));
        provider.server.route(&provider.url("/jwks"), Reply::Json(Signer::jwks(&[provider.signer.as_ref()])));
        provider.device(json!({}));
        // The person approves at once: back to the client's redirect URI with a code and its state.
        let nonce = provider.nonce.clone();
        let authorize = Handler(Arc::new(move |request: &RecordedRequest| {
            let query = request.path.split_once('?').map_or("", |(_, q)| q);
            let get = |name: &str| {
                url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
            };
            *nonce.lock().unwrap() = get("nonce");
            let redirect = get("redirect_uri").unwrap_or_default();
            let state =
                url::form_urlencoded::byte_serialize(get("state").unwrap_or_default().as_bytes()).collect::<String>();
            Reply::Redirect { status: 302, location: format!("{redirect}?code={CODE}&state={state}") }
        }));
        provider.server.route(&provider.url("/authorize"), Reply::Handler(authorize));
        let who = json!({"sub": "mallory", "email": "mallory@example.com", "name": "Mallory (userinfo)"});
        provider.server.route(&provider.url("/userinfo"), Reply::Json(who));
        let tokens = provider.tokens(&provider.signer, json!({}));
        provider.token(vec![tokens]);
        provider
    }

    /// `http://127.0.0.1:PORT`.
    pub fn issuer(&self) -> String {
        self.server.base_url()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.issuer())
    }

    /// The discovery document, with `patch`'s members replacing the defaults.
    pub fn document(&self, patch: Value) {
        let mut document = json!({
            "issuer": self.issuer(),
            "jwks_uri": self.url("/jwks"),
            "authorization_endpoint": self.url("/authorize"),
            "token_endpoint": self.url("/token"),
            "device_authorization_endpoint": self.url("/device"),
            "userinfo_endpoint": self.url("/userinfo"),
        });
        extend(&mut document, patch);
        self.server.route(&self.url("/.well-known/openid-configuration"), Reply::Json(document));
    }

    /// The device authorization answer, with `patch`'s members replacing the defaults.
    pub fn device(&self, patch: Value) {
        let mut answer = json!({
            "device_code": "hostile-device-code",
            "user_code": "WDJB-MJHT",
            "verification_uri": self.url("/activate"),
            "expires_in": 600,
            "interval": 1,
        });
        extend(&mut answer, patch);
        self.server.route(&self.url("/device"), Reply::Json(answer));
    }

    /// Any reply for the device authorization endpoint.
    pub fn device_reply(&self, reply: Reply) {
        self.server.route(&self.url("/device"), reply);
    }

    /// The token endpoint's replies, in turn; the last one repeats. (A `Handler` reply, such as
    /// `browser_tokens`, must come alone.)
    pub fn token(&self, mut replies: Vec<Reply>) {
        let reply = if replies.len() == 1 { replies.remove(0) } else { Reply::sequence(replies) };
        self.server.route(&self.url("/token"), reply);
    }

    /// A token response: an opaque access token and an ID token for `mallory` signed by `signer`
    /// (the provider's own key, or a stranger's with the same `kid`), `claims` replacing defaults.
    /// Both are logged for the leak scan.
    pub fn tokens(&self, signer: &Signer, claims: Value) -> Reply {
        mint(&self.issuer(), signer, self.issued.path(), claims)
    }

    /// The token answer of the browser flow: `tokens` with the nonce of the last authorization
    /// request, or `nonce` instead when given (a replayed token).
    pub fn browser_tokens(&self, nonce: Option<&str>) -> Reply {
        let (issuer, signer, issued) = (self.issuer(), self.signer.clone(), self.issued.path().to_owned());
        let (sent, forced) = (self.nonce.clone(), nonce.map(str::to_owned));
        Reply::Handler(Handler(Arc::new(move |_: &RecordedRequest| {
            let nonce = forced.clone().or_else(|| sent.lock().unwrap().clone());
            mint(&issuer, &signer, &issued, json!({ "nonce": nonce }))
        })))
    }

    /// A token response with only an access token (`access`, opaque or not): no ID token, as a
    /// plain OAuth grant answers. Logged for the leak scan.
    pub fn access_only(&self, access: &str) -> Reply {
        let mut log = std::fs::OpenOptions::new().append(true).open(self.issued.path()).expect("open the log");
        writeln!(log, "{access}").expect("log issued tokens");
        Reply::Json(json!({"access_token": access, "token_type": "Bearer"}))
    }

    /// The provider's own signer (its key is in the JWKS).
    pub fn signer(&self) -> &Signer {
        &self.signer
    }

    /// An OAuth error answer (HTTP 400).
    pub fn error(code: &str) -> Reply {
        Reply::status(400, "application/json", json!({"error": code}).to_string())
    }

    /// Requests the token endpoint received.
    pub fn polls(&self) -> usize {
        self.server.requests().iter().filter(|r| r.path.starts_with("/token")).count()
    }

    /// The `Authorization` headers the userinfo endpoint received.
    pub fn userinfo_authorizations(&self) -> Vec<String> {
        let requests = self.server.requests();
        let asked = requests.iter().filter(|r| r.path.starts_with("/userinfo"));
        asked.map(|r| r.header("authorization").unwrap_or_default().to_owned()).collect()
    }

    /// The bodies of the requests to `path` (e.g. "/token"), as text.
    pub fn bodies(&self, path: &str) -> Vec<String> {
        let requests = self.server.requests();
        let to = requests.iter().filter(|r| r.path.split('?').next() == Some(path));
        to.map(|r| String::from_utf8_lossy(&r.body).into_owned()).collect()
    }

    /// Every request received, as `METHOD /path`.
    pub fn requests(&self) -> Vec<String> {
        self.server.requests().iter().map(|r| format!("{} {}", r.method, r.path)).collect()
    }

    /// The file every token it issued is appended to, one a line.
    pub fn issued_tokens_file(&self) -> &std::path::Path {
        self.issued.path()
    }
}

fn mint(issuer: &str, signer: &Signer, issued: &std::path::Path, claims: Value) -> Reply {
    let mut id = json!({
        "iss": issuer, "aud": CLIENT, "sub": "mallory", "email": "mallory@example.com",
        "groups": ["00gADMINADMINADMIN"], "roles": ["admin"], "iat": now(), "exp": now() + 600,
    });
    extend(&mut id, claims);
    let id_token = signer.sign(&id);
    let access_token = format!("opaque-access-{}-{}", std::process::id(), ISSUED.fetch_add(1, Ordering::SeqCst));
    let mut log = std::fs::OpenOptions::new().append(true).open(issued).expect("open the issued-tokens file");
    writeln!(log, "{id_token}\n{access_token}").expect("log issued tokens");
    Reply::Json(json!({"access_token": access_token, "id_token": id_token, "token_type": "Bearer"}))
}

fn extend(target: &mut Value, patch: Value) {
    if let (Some(target), Value::Object(patch)) = (target.as_object_mut(), patch) {
        target.extend(patch);
    }
}
