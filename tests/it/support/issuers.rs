//! Real provider documents served at their real URLs: an HTTPS server that presents a test-CA
//! certificate for any host, reached through a CONNECT proxy the binary finds in HTTPS_PROXY.

use super::{Run, TestContext};
use alter_testkit::https::{FixtureServer, Reply};
use alter_testkit::tls::TestCa;
use serde_json::Value;

pub struct Issuers {
    pub ca: TestCa,
    pub server: FixtureServer,
    pub ctx: TestContext,
}

pub fn fixture(name: &str) -> Value {
    // A verbatim copy of ../shared/fixtures/discovery, so a clean checkout is self-contained.
    let path = format!("{}/tests/fixtures/discovery/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {path}: {e}"))
}

/// The same document moved to another origin, as a custom domain would serve it.
pub fn moved(document: &Value, from: &str, to: &str) -> Value {
    serde_json::from_str(&document.to_string().replace(from, to)).expect("still JSON")
}

pub fn discovery_url(issuer: &str) -> String {
    format!("{}/.well-known/openid-configuration", issuer.trim_end_matches('/'))
}

impl Issuers {
    pub fn new() -> Self {
        let ca = TestCa::new();
        let server = FixtureServer::start(&ca);
        let mut ctx = TestContext::new();
        ctx.env("HTTPS_PROXY", server.proxy_url());
        Self { ca, server, ctx }
    }

    /// Serves `document` at its issuer's discovery URL and `jwks` at its `jwks_uri`.
    pub fn serve(&self, document: &Value, jwks: &Value) {
        let issuer = document["issuer"].as_str().expect("issuer");
        self.server.route(&discovery_url(issuer), Reply::Json(document.clone()));
        if let Some(uri) = document["jwks_uri"].as_str() {
            self.server.route(uri, Reply::Json(jwks.clone()));
        }
    }

    pub fn discover(&self, issuer: &str, extra: &[&str]) -> Run {
        let ca = self.ca.ca_pem_path().to_str().expect("utf-8 path").to_owned();
        let mut args = vec!["idp", "discover", "--offline", "--issuer-url", issuer, "--ca-cert", &ca];
        args.extend_from_slice(extra);
        self.ctx.run(&args)
    }

    pub fn discover_json(&self, issuer: &str) -> Run {
        self.discover(issuer, &["--json"])
    }
}
