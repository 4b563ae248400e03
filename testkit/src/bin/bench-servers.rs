//! Loopback servers for `bench/run`: an HTTPS fixture server (test CA) serving a small real
//! discovery document + JWKS and a 1 MB document + 200-key JWKS, a control-plane double with a
//! token, two apps and one provider, and a tiny admin endpoint for request counts and resets.
//! For `alter doctor`: a second double that answers every request after `SLOW_CP_MS`, whose app's
//! provider has an issuer (`SLOW_ISSUER`) answering every request after `SLOW_ISSUER_MS`.
//!
//! Usage: `bench-servers [OUT_FILE] [--until-killed]`
//!
//! Writes `KEY=value` lines (ending with `READY=1`) to OUT_FILE (atomically) or stdout, then
//! stays alive until stdin reaches EOF (or, with `--until-killed`, until it is killed).
//!
//! Admin endpoint (`ADMIN_URL`, plain HTTP, GET only):
//! - `/count`   requests the control-plane double has received so far
//! - `/fixture` `REQUESTS CONNECTIONS` the HTTPS fixture server has seen so far
//! - `/reset`   deletes every provider of `APP_CREATE` (so `idp create` can run again)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;

use alter_testkit::control_plane::{discovery, ControlPlane, Fault};
use alter_testkit::https::{Client, FixtureServer, Reply};
use alter_testkit::tls::TestCa;
use serde_json::{json, Value};

const FIXTURES: &str = "/work/shared/fixtures/discovery";
const SMALL_DOC: &str = "okta-common-org-dockyard.json";
const SMALL_JWKS: &str = "jwks-okta.json";
const FIXTURE_ORIGIN: &str = "https://common.okta.com";
const TOKEN: &str = "bench-token";
const APP: &str = "app_bench";
const APP_CREATE: &str = "app_bench_create";
/// Fixed answer times for the doctor case: the issuer is the slow one, as real providers are.
const SLOW_CP_MS: u64 = 100;
const SLOW_ISSUER_MS: u64 = 250;
const SCOPES: &[&str] = &[
    "dashboard_identity_providers:read",
    "dashboard_identity_providers:create",
    "dashboard_identity_providers:delete",
    "dashboard_identity_providers:webhooks",
    "dashboard_identity_providers:directory",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let until_killed = args.iter().any(|a| a == "--until-killed");
    let out_file = args.iter().find(|a| !a.starts_with("--")).cloned();
    let fixtures = std::env::var("BENCH_FIXTURES").unwrap_or_else(|_| FIXTURES.to_string());
    let read = |name: &str| {
        let path = Path::new(&fixtures).join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    };

    let ca = TestCa::new();
    let https = FixtureServer::start(&ca);
    let base = https.base_url(); // https://localhost:PORT

    // Small case: a real Okta org document and JWKS, re-homed onto our own origin.
    let small_issuer = base.clone();
    let small_doc = read(SMALL_DOC).replace(FIXTURE_ORIGIN, &small_issuer);
    let small_doc_json: Value = serde_json::from_str(&small_doc).expect("fixture document is JSON");
    let small_jwks_url = small_doc_json["jwks_uri"].as_str().expect("fixture has jwks_uri").to_string();
    let small_doc_url = format!("{small_issuer}/.well-known/openid-configuration");
    https.route(&small_doc_url, Reply::status(200, "application/json", small_doc.clone()));
    https.route(&small_jwks_url, Reply::status(200, "application/json", read(SMALL_JWKS)));

    // Big case: the same document under /big padded to 1 MiB, and a 200-key JWKS.
    let big_issuer = format!("{base}/big");
    let mut big_doc: Value = serde_json::from_str(&read(SMALL_DOC).replace(FIXTURE_ORIGIN, &big_issuer)).unwrap();
    let big_jwks_url = big_doc["jwks_uri"].as_str().unwrap().to_string();
    big_doc["x_bench_padding"] = json!("");
    let unpadded = serde_json::to_vec(&big_doc).unwrap().len();
    big_doc["x_bench_padding"] = json!("p".repeat((1 << 20) - unpadded));
    let big_doc = serde_json::to_vec(&big_doc).unwrap();
    assert_eq!(big_doc.len(), 1 << 20);
    let big_doc_url = format!("{big_issuer}/.well-known/openid-configuration");
    let big_jwks = big_jwks_json(200);
    let big_jwks_bytes = big_jwks.len();
    https.route(&big_doc_url, Reply::status(200, "application/json", big_doc));
    https.route(&big_jwks_url, Reply::status(200, "application/json", big_jwks));

    // Control-plane double: a token with every scope, two apps, the issuers, one provider.
    let cp = Arc::new(ControlPlane::start());
    cp.add_token(TOKEN, "bench", SCOPES);
    cp.add_app(APP, "Bench");
    cp.add_app(APP_CREATE, "Bench create");
    for issuer in [&small_issuer, &big_issuer] {
        cp.register_issuer(issuer, discovery(issuer, "okta"));
    }
    let client = Client::new(&ca);
    let auth = format!("Bearer {TOKEN}");
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let body = json!({ "issuer_url": small_issuer }).to_string();
    let created = client
        .send("POST", &format!("{}/v1/apps/{APP}/identity-providers", cp.url()), &headers, body.as_bytes())
        .expect("create the bench provider");
    assert_eq!(created.status, 201, "create the bench provider: {}", created.text());
    let provider_id = created.json()["id"].as_str().unwrap().to_string();

    // Doctor: every answer of the second double and of the slow issuer takes a fixed time.
    let slow_issuer = format!("{base}/slow");
    let slow_doc: Value = serde_json::from_str(&read(SMALL_DOC).replace(FIXTURE_ORIGIN, &slow_issuer)).unwrap();
    let slow_jwks_url = slow_doc["jwks_uri"].as_str().unwrap().to_string();
    let delayed = |reply: Reply| Reply::Delay { millis: SLOW_ISSUER_MS, then: Box::new(reply) };
    https.route(&format!("{slow_issuer}/.well-known/openid-configuration"), delayed(Reply::Json(slow_doc)));
    https.route(&slow_jwks_url, delayed(Reply::status(200, "application/json", read(SMALL_JWKS))));
    let slow_cp = ControlPlane::start();
    slow_cp.add_token(TOKEN, "bench", SCOPES);
    slow_cp.add_app(APP, "Bench");
    let mut saved = discovery(&slow_issuer, "okta");
    saved["jwks_uri"] = json!(slow_jwks_url);
    slow_cp.register_issuer(&slow_issuer, saved);
    let body = json!({ "issuer_url": slow_issuer }).to_string();
    let created = client
        .send("POST", &format!("{}/v1/apps/{APP}/identity-providers", slow_cp.url()), &headers, body.as_bytes())
        .expect("create the slow provider");
    assert_eq!(created.status, 201, "create the slow provider: {}", created.text());
    slow_cp.inject(Fault::Delay { path_contains: "/v1/".into(), millis: SLOW_CP_MS, times: usize::MAX });

    let admin = TcpListener::bind("127.0.0.1:0").expect("bind admin endpoint");
    let admin_url = format!("http://{}", admin.local_addr().unwrap());
    {
        let (cp, https_state) = (cp.clone(), Arc::new(https));
        let (client, auth) = (client.clone(), auth.clone());
        std::thread::spawn(move || {
            for stream in admin.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut line = String::new();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                // Drain the request head.
                let mut header = String::new();
                while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                    header.clear();
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/");
                let (status, body) = match path {
                    "/count" => (200, cp.requests().len().to_string()),
                    "/fixture" => (200, format!("{} {}", https_state.requests().len(), https_state.connections())),
                    "/reset" => {
                        let mut deleted = 0;
                        for p in cp.providers(APP_CREATE) {
                            let id = p["id"].as_str().unwrap_or_default();
                            let url = format!("{}/v1/apps/{APP_CREATE}/identity-providers/{id}", cp.url());
                            if client.send("DELETE", &url, &[("Authorization", auth.as_str())], b"").is_ok() {
                                deleted += 1;
                            }
                        }
                        (200, deleted.to_string())
                    }
                    _ => (404, "no such admin endpoint".to_string()),
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}\n",
                    body.len() + 1
                );
            }
        });
    }

    let lines = [
        ("CA_CERT", ca.ca_pem_path().display().to_string()),
        ("ISSUER", small_issuer.clone()),
        ("DISCOVERY_URL", small_doc_url),
        ("JWKS_URL", small_jwks_url),
        ("ISSUER_BIG", big_issuer),
        ("DISCOVERY_URL_BIG", big_doc_url),
        ("JWKS_URL_BIG", big_jwks_url),
        ("BIG_DOC_BYTES", (1u32 << 20).to_string()),
        ("BIG_JWKS_BYTES", big_jwks_bytes.to_string()),
        ("ALTER_API_URL", cp.url()),
        ("ALTER_TOKEN", TOKEN.to_string()),
        ("APP", APP.to_string()),
        ("APP_CREATE", APP_CREATE.to_string()),
        ("PROVIDER_ID", provider_id),
        ("ADMIN_URL", admin_url),
        ("SLOW_API_URL", slow_cp.url()),
        ("SLOW_ISSUER", slow_issuer),
        ("SLOW_CP_MS", SLOW_CP_MS.to_string()),
        ("SLOW_ISSUER_MS", SLOW_ISSUER_MS.to_string()),
        ("READY", "1".to_string()),
    ];
    let text: String = lines.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
    match &out_file {
        Some(path) => {
            let tmp = format!("{path}.tmp");
            std::fs::write(&tmp, &text).expect("write the env file");
            std::fs::rename(&tmp, path).expect("move the env file into place");
        }
        None => {
            print!("{text}");
            std::io::stdout().flush().unwrap();
        }
    }

    if until_killed {
        loop {
            std::thread::park();
        }
    }
    // Until whoever started us goes away (stdin is their pipe).
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

/// `{"keys":[...]}` with `n` RSA-shaped keys: random base64url moduli of 2048 bits.
fn big_jwks_json(n: usize) -> Vec<u8> {
    let mut random = std::fs::File::open("/dev/urandom").expect("open /dev/urandom");
    let mut b64 = |len: usize| {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut bytes = vec![0u8; len];
        random.read_exact(&mut bytes).unwrap();
        bytes.iter().map(|b| ALPHABET[(b & 63) as usize] as char).collect::<String>()
    };
    let keys: Vec<Value> = (0..n)
        .map(|_| {
            json!({
                "kty": "RSA",
                "alg": "RS256",
                "use": "sig",
                "kid": b64(43),
                "e": "AQAB",
                // 256 bytes → 342 base64url characters, no padding.
                "n": format!("{}{}", b64(341), "Q"),
            })
        })
        .collect();
    serde_json::to_vec(&json!({ "keys": keys })).unwrap()
}
