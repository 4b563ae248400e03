//! Django OAuth Toolkit (testkit/dot: a minimal Django project) behind HTTPS on loopback: the
//! second real OpenID Provider of the test-login tests. Installed into a venv under the target
//! directory on first use (`crate::python`); each server serves its own copy of a migrated
//! template database and signs ID tokens with an RSA key generated at its start.
//!
//! Issuer `https://localhost:PORT`; users `alice`/`bob` with `PASSWORD` on Django's login page;
//! public clients `BROWSER_CLIENT` (authorization code + PKCE, redirect
//! `http://127.0.0.1/callback` on any port), `DEVICE_CLIENT` (the device grant; DOT allows one
//! grant per client), `UNREGISTERED_CLIENT` (its only redirect URI is elsewhere). Discovery adds
//! `device_authorization_endpoint`, which DOT 3.4 serves but does not publish.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::https::Client;
use crate::tls::TestCa;

pub const BROWSER_CLIENT: &str = "alter-cli";
pub const DEVICE_CLIENT: &str = "alter-device";
pub const UNREGISTERED_CLIENT: &str = "alter-unregistered";
/// Every user's password (testkit/dot/serve.py): typed by the person script, never given to alter.
pub const PASSWORD: &str = "dot-person-password-4";

const READY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct DjangoOAuthToolkit {
    child: Child,
    issued: tempfile::NamedTempFile,
    port: u16,
    /// Holds this server's copy of the template database; removed after the server is killed.
    _db: tempfile::TempDir,
}

impl DjangoOAuthToolkit {
    /// Installs on first use, spawns `python serve.py serve` with a leaf from `ca`, and waits
    /// for it to listen and serve discovery.
    pub fn start(ca: &TestCa) -> DjangoOAuthToolkit {
        let project = project_dir();
        let installed = crate::python::ensure_dot_installed(&project);
        let (cert, key) = ca.leaf_pem_files(&["localhost", "127.0.0.1"]);
        let issued = tempfile::NamedTempFile::new().expect("a file for issued tokens");
        let db_dir = tempfile::tempdir().expect("a directory for the database");
        let db = db_dir.path().join("db.sqlite3");
        std::fs::copy(&installed.template_db, &db).unwrap_or_else(|e| panic!("copy DOT's template database: {e}"));
        let child = Command::new(&installed.python)
            .arg(project.join("serve.py"))
            .arg("serve")
            .args([&cert, &key, &db])
            .env("TOKEN_LOG", issued.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", installed.python.display()));
        let (child, port) = crate::spawned::wait_ready(child, READY_TIMEOUT)
            .unwrap_or_else(|why| panic!("Django OAuth Toolkit did not start: {why}"));
        let server = DjangoOAuthToolkit { child, issued, port, _db: db_dir };
        let url = format!("{}/.well-known/openid-configuration", server.issuer());
        let discovery = Client::new(ca).get(&url).unwrap_or_else(|e| panic!("fetch DOT's discovery: {e}")).json();
        assert_eq!(discovery["issuer"], server.issuer().as_str(), "unexpected discovery document: {discovery}");
        server
    }

    /// `https://localhost:PORT`, no trailing slash.
    pub fn issuer(&self) -> String {
        format!("https://localhost:{}", self.port)
    }

    /// The file the server appends every token and device code it hands out to, one a line.
    pub fn issued_tokens_file(&self) -> &Path {
        self.issued.path()
    }
}

impl Drop for DjangoOAuthToolkit {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn project_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dot")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_serves_discovery_with_the_device_endpoint_and_an_rs256_jwks() {
        let ca = TestCa::new();
        let server = DjangoOAuthToolkit::start(&ca);
        let client = Client::new(&ca);
        let issuer = server.issuer();
        let discovery = client.get(&format!("{issuer}/.well-known/openid-configuration")).unwrap().json();
        assert_eq!(discovery["device_authorization_endpoint"], format!("{issuer}/device-authorization/"));
        let jwks = client.get(discovery["jwks_uri"].as_str().unwrap()).unwrap().json();
        assert_eq!(jwks["keys"][0]["alg"], "RS256", "{jwks}");
    }
}
