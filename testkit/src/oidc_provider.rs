//! The real npm `oidc-provider` (testkit/oidc-provider/server.mjs) behind HTTPS on loopback.
//! Its npm dependencies are installed from the lock file on first use (`crate::npm`).
//!
//! Issuer `https://localhost:PORT`; client `CLIENT_ID`/`CLIENT_SECRET` (client_credentials,
//! `client_secret_basic`); resource `RESOURCE` gets RS256 JWT access tokens with `scope: "read"`
//! and an extra `groups: ["00gabc123"]` claim; JWKS holds one RS256 and one ES256 key.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::https::Client;
use crate::tls::TestCa;

pub const CLIENT_ID: &str = "alter-test";
pub const CLIENT_SECRET: &str = "alter-test-secret";
pub const RESOURCE: &str = "https://api.alter.test";
pub const GROUPS_CLAIM: &str = "00gabc123";
/// Interactive clients (see server.mjs): public with PKCE, confidential, one whose only redirect
/// URI is elsewhere, one without the device grant.
pub const PUBLIC_CLIENT: &str = "alter-cli";
pub const CONFIDENTIAL_CLIENT: &str = "alter-confidential";
pub const CONFIDENTIAL_SECRET: &str = "alter-confidential-secret-7";
pub const UNREGISTERED_CLIENT: &str = "alter-unregistered";
pub const NO_DEVICE_CLIENT: &str = "alter-no-device";
/// base64("alter-test:alter-test-secret"), for HTTP Basic client authentication.
const BASIC_CREDENTIALS: &str = "YWx0ZXItdGVzdDphbHRlci10ZXN0LXNlY3JldA==";

// Generous: under a loaded CI machine Node takes far longer than its usual ~1.2 s.
const READY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct OidcProvider {
    child: Child,
    issued: tempfile::NamedTempFile,
    port: u16,
    discovery: serde_json::Value,
    client: Client,
}

impl OidcProvider {
    /// Spawns `node server.mjs` with a leaf from `ca` and waits for it to listen.
    pub fn start(ca: &TestCa) -> OidcProvider {
        Self::start_with_device_ttl(ca, 600)
    }

    /// With device codes that expire after `seconds`, for expiry tests.
    pub fn start_with_device_ttl(ca: &TestCa, seconds: u64) -> OidcProvider {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("oidc-provider");
        crate::npm::ensure_installed(&dir);
        let (cert, key) = ca.leaf_pem_files(&["localhost", "127.0.0.1"]);
        let issued = tempfile::NamedTempFile::new().expect("a file for issued tokens");
        // Seen here on a loaded machine, rarely: a node that loaded the module and then never
        // listened. A server that will not start is retried, never a test result.
        let mut failures = Vec::new();
        let (child, port) = loop {
            match spawn_ready(&dir, &cert, &key, seconds, issued.path()) {
                Ok(started) => break started,
                Err(why) if failures.len() < 2 => failures.push(why),
                Err(why) => panic!("oidc-provider did not start in 3 attempts: {failures:?} {why}"),
            }
        };
        let client = Client::new(ca);
        let issuer = format!("https://localhost:{port}");
        let discovery = client
            .get(&format!("{issuer}/.well-known/openid-configuration"))
            .unwrap_or_else(|e| panic!("fetch oidc-provider discovery document: {e}"))
            .json();
        assert_eq!(discovery["issuer"], issuer.as_str(), "unexpected discovery document: {discovery}");
        OidcProvider { child, issued, port, discovery, client }
    }

    /// The `$BROWSER` value that runs browser.mjs: a person completing the provider's pages.
    pub fn browser_command() -> String {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("oidc-provider").join("browser.mjs");
        format!("node {}", script.display())
    }

    /// The file the provider appends every token it issues to, one a line.
    pub fn issued_tokens_file(&self) -> &Path {
        self.issued.path()
    }

    /// `https://localhost:PORT`, no trailing slash.
    pub fn issuer(&self) -> String {
        format!("https://localhost:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The discovery document fetched at start.
    pub fn discovery(&self) -> &serde_json::Value {
        &self.discovery
    }

    /// As published in discovery (`ISSUER/jwks`).
    pub fn jwks_uri(&self) -> String {
        self.discovery_url("jwks_uri")
    }

    /// A JWT access token for `RESOURCE` with scope `read`, via the client_credentials grant.
    pub fn client_credentials_token(&self) -> String {
        let body = "grant_type=client_credentials&scope=read&resource=https%3A%2F%2Fapi.alter.test";
        let auth = format!("Basic {BASIC_CREDENTIALS}");
        let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/x-www-form-urlencoded")];
        let reply = self
            .client
            .send("POST", &self.discovery_url("token_endpoint"), &headers, body.as_bytes())
            .unwrap_or_else(|e| panic!("POST to the oidc-provider token endpoint: {e}"));
        let json = reply.json();
        match json["access_token"].as_str() {
            Some(token) if reply.status == 200 => token.to_string(),
            _ => panic!("token request failed with HTTP {}: {json}", reply.status),
        }
    }

    fn discovery_url(&self, field: &str) -> String {
        let url = self.discovery[field].as_str();
        url.unwrap_or_else(|| panic!("discovery has no {field}: {}", self.discovery)).to_string()
    }
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Spawns `node server.mjs` and waits for its `READY <port>` line.
fn spawn_ready(dir: &Path, cert: &Path, key: &Path, ttl: u64, issued: &Path) -> Result<(Child, u16), String> {
    let child = Command::new("node")
        .arg("server.mjs")
        .args([cert, key])
        .arg("0")
        .env("DEVICE_CODE_TTL", ttl.to_string())
        .env("TOKEN_LOG", issued)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("the oidc-provider tests need Node.js 20+ on PATH (`node` could not run: {e})"));
    crate::spawned::wait_ready(child, READY_TIMEOUT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_discovery_jwks_and_jwt_access_tokens() {
        let ca = TestCa::new();
        let provider = OidcProvider::start(&ca);
        let issuer = provider.issuer();
        assert_eq!(provider.discovery()["issuer"], issuer.as_str());
        assert_eq!(provider.jwks_uri(), format!("{issuer}/jwks"));

        let jwks = Client::new(&ca).get(&provider.jwks_uri()).unwrap().json();
        let algs: Vec<_> = jwks["keys"].as_array().unwrap().iter().map(|k| k["alg"].clone()).collect();
        assert_eq!(algs, ["RS256", "ES256"], "{jwks}");

        let token = provider.client_credentials_token();
        assert_eq!(token.split('.').count(), 3, "not a JWT: {token}");
    }
}
