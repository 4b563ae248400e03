//! A small OpenID Provider that misbehaves on demand, for what the real npm `oidc-provider` never
//! does: `slow_down`, absurd polling intervals, `javascript:` verification URIs, HTTP 500 pages,
//! oversized or compressed answers, ID tokens signed by a stranger, endpoints pointing inward.
//! It serves the device authorization grant over plain HTTP on loopback (a loopback issuer), from
//! the fixture server's routes, so each test swaps any answer for another.

use crate::https::{FixtureServer, Reply};
use crate::tokens::{now, Signer};
use serde_json::{json, Value};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

static ISSUED: AtomicUsize = AtomicUsize::new(0);

/// The client the provider knows; it accepts any client, so this is only what its tokens name.
pub const CLIENT: &str = "hostile-client";

pub struct HostileProvider {
    server: FixtureServer,
    signer: Signer,
    issued: tempfile::NamedTempFile,
}

impl HostileProvider {
    /// A well-behaved provider to begin with: discovery, JWKS, a device answer with a 1 s
    /// interval, and a token endpoint that issues a verified ID token for `mallory` at once.
    pub fn start() -> HostileProvider {
        let provider = HostileProvider {
            server: FixtureServer::start_http(),
            signer: Signer::es256("hostile-key"),
            issued: tempfile::NamedTempFile::new().expect("a file for issued tokens"),
        };
        provider.document(json!({}));
        provider.server.route(&provider.url("/jwks"), Reply::Json(Signer::jwks(&[&provider.signer])));
        provider.device(json!({}));
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

    /// The token endpoint's replies, in turn; the last one repeats.
    pub fn token(&self, replies: Vec<Reply>) {
        self.server.route(&self.url("/token"), Reply::sequence(replies));
    }

    /// A token response: an opaque access token and an ID token for `mallory` signed by `signer`
    /// (the provider's own key, or a stranger's with the same `kid`), `claims` replacing defaults.
    /// Both are logged for the leak scan.
    pub fn tokens(&self, signer: &Signer, claims: Value) -> Reply {
        let mut id = json!({
            "iss": self.issuer(), "aud": CLIENT, "sub": "mallory", "email": "mallory@example.com",
            "groups": ["00gADMINADMINADMIN"], "roles": ["admin"], "iat": now(), "exp": now() + 600,
        });
        extend(&mut id, claims);
        let id_token = signer.sign(&id);
        let access_token = format!("opaque-access-{}-{}", std::process::id(), ISSUED.fetch_add(1, Ordering::SeqCst));
        let mut log = self.issued.as_file();
        writeln!(log, "{id_token}\n{access_token}").expect("log issued tokens");
        Reply::Json(json!({"access_token": access_token, "id_token": id_token, "token_type": "Bearer"}))
    }

    /// A token response with only an access token (`access`, opaque or not): no ID token, as a
    /// plain OAuth grant answers. Logged for the leak scan.
    pub fn access_only(&self, access: &str) -> Reply {
        writeln!(self.issued.as_file(), "{access}").expect("log issued tokens");
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

    /// Every request received, as `METHOD /path`.
    pub fn requests(&self) -> Vec<String> {
        self.server.requests().iter().map(|r| format!("{} {}", r.method, r.path)).collect()
    }

    /// The file every token it issued is appended to, one a line.
    pub fn issued_tokens_file(&self) -> &std::path::Path {
        self.issued.path()
    }
}

fn extend(target: &mut Value, patch: Value) {
    if let (Some(target), Value::Object(patch)) = (target.as_object_mut(), patch) {
        target.extend(patch);
    }
}
