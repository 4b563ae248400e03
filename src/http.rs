//! The one HTTP client: rustls with the `ring` provider and the OS trust store, replaced by
//! `SSL_CERT_FILE` / `SSL_CERT_DIR` when set (on every platform), an optional extra CA, proxies
//! from the environment, hard time limits, redirects only as `domain::issuer::redirect_refusal`
//! allows, and bodies read under a size cap.

use crate::domain::issuer::redirect_refusal;
use crate::domain::route::Route;
use crate::error::{Error, Result};
use crate::scrub::remote;
use std::path::Path;
use std::time::Duration;

pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_REDIRECTS: usize = 5;

pub fn client(ca_cert: Option<&Path>) -> Result<reqwest::Client> {
    build(ca_cert, redirect_policy())
}

/// The same client, answering redirects to the caller: OAuth endpoints (a token endpoint must
/// not bounce credentials elsewhere) and the sign-in pre-flight, which judges the redirect itself.
pub fn client_without_redirects(ca_cert: Option<&Path>) -> Result<reqwest::Client> {
    build(ca_cert, reqwest::redirect::Policy::none())
}

fn build(ca_cert: Option<&Path>, redirects: reqwest::redirect::Policy) -> Result<reqwest::Client> {
    // Installing twice is harmless; the first provider wins.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("alter/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(REQUEST_TIMEOUT)
        .redirect(redirects);
    let extra = ca_cert.map(read_ca_bundle).transpose()?.unwrap_or_default();
    builder = match replaced_trust_store()? {
        Some(roots) => builder.tls_certs_only(roots.into_iter().chain(extra)),
        None if extra.is_empty() => builder,
        None => builder.tls_certs_merge(extra),
    };
    builder.build().map_err(|err| {
        Error::network(format!("cannot set up HTTPS: {}", error_chain(&err)))
            .hint("check --ca-cert / ALTER_CA_CERT and the SSL_CERT_FILE / SSL_CERT_DIR variables")
    })
}

fn read_ca_bundle(path: &Path) -> Result<Vec<reqwest::Certificate>> {
    let shown = path.display();
    let pem = crate::input::read_file(path).map_err(|err| {
        Error::usage(format!("cannot read the CA certificate file {shown}: {err}"))
            .hint("pass a PEM file with --ca-cert PATH or ALTER_CA_CERT")
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|err| Error::usage(format!("{shown} is not a PEM certificate bundle: {err}")))?;
    if certs.is_empty() {
        return Err(Error::usage(format!("{shown} holds no PEM certificate"))
            .hint("a CA file starts with -----BEGIN CERTIFICATE-----"));
    }
    Ok(certs)
}

/// The certificates of `SSL_CERT_FILE` / `SSL_CERT_DIR`, where they replace the OS store, or None
/// to use the OS store. On Linux and the BSDs the OS verifier reads these variables itself; the
/// Windows and macOS verifiers ignore them, so here they become the only trusted roots, as the
/// README promises and `alter doctor` reports.
#[cfg(any(windows, target_vendor = "apple"))]
fn replaced_trust_store() -> Result<Option<Vec<reqwest::Certificate>>> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(std::path::PathBuf::from);
    let (file, dir) = (var("SSL_CERT_FILE"), var("SSL_CERT_DIR"));
    if file.is_none() && dir.is_none() {
        return Ok(None);
    }
    let mut roots = Vec::new();
    if let Some(path) = file {
        roots.extend(read_pem_certs(&path).map_err(|err| {
            Error::usage(format!("cannot use SSL_CERT_FILE={}: {err}", path.display()))
                .hint("point SSL_CERT_FILE at a PEM bundle, or unset it to use the OS trust store")
        })?);
    }
    if let Some(dir) = dir {
        let entries = std::fs::read_dir(&dir).map_err(|err| {
            Error::usage(format!("cannot use SSL_CERT_DIR={}: {err}", dir.display()))
                .hint("point SSL_CERT_DIR at a directory of PEM files, or unset it to use the OS trust store")
        })?;
        // Like OpenSSL: every file that holds PEM certificates; anything else there is skipped.
        for entry in entries.flatten() {
            roots.extend(read_pem_certs(&entry.path()).unwrap_or_default());
        }
    }
    if roots.is_empty() {
        return Err(Error::usage("SSL_CERT_FILE / SSL_CERT_DIR hold no PEM certificate, so nothing would be trusted")
            .hint("point them at the CA bundle to trust, or unset them to use the OS trust store"));
    }
    Ok(Some(roots))
}

#[cfg(not(any(windows, target_vendor = "apple")))]
fn replaced_trust_store() -> Result<Option<Vec<reqwest::Certificate>>> {
    Ok(None)
}

#[cfg(any(windows, target_vendor = "apple"))]
fn read_pem_certs(path: &Path) -> std::io::Result<Vec<reqwest::Certificate>> {
    let pem = crate::input::read_file(path)?;
    reqwest::Certificate::from_pem_bundle(&pem).map_err(std::io::Error::other)
}

fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let url = attempt.url();
        if attempt.previous().len() >= MAX_REDIRECTS {
            attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
        } else if let Some(why) = redirect_refusal(attempt.previous().last().unwrap_or(url), url) {
            let target = url.to_string();
            attempt.error(InsecureRedirect(target, why))
        } else {
            attempt.follow()
        }
    })
}

/// A redirect `domain::issuer::redirect_refusal` refuses: the target, and why.
#[derive(Debug)]
struct InsecureRedirect(String, &'static str);

impl std::fmt::Display for InsecureRedirect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "redirect to {} refused ({})", self.0, self.1)
    }
}

impl std::error::Error for InsecureRedirect {}

/// Whether trying again could help: a refused or reset connection, a timeout, a response lost
/// on the way. A certificate nobody trusts, a refused redirect or a request that cannot be built
/// fails the same way every time.
pub fn can_heal(err: &reqwest::Error) -> bool {
    if err.is_builder() || err.is_redirect() || err.is_decode() || find_source::<rustls::Error>(err).is_some() {
        return false;
    }
    !error_chain(err).to_ascii_lowercase().contains("certificate")
}

/// Maps a transport failure to what the user can do about it. `what` names the thing fetched
/// ("the discovery document", "the control plane"). Library wording stays out of the message
/// where it says nothing a person can act on.
pub fn transport_error(err: &reqwest::Error, what: &str, url: &str) -> Error {
    // The URL may carry a password (held), and the library's words may quote the server.
    let (url, chain) = (&remote(url), remote(&error_chain(err)));
    if let Some(redirect) = find_source::<InsecureRedirect>(err) {
        return Error::rejected(format!("{url} ({what}): {}", remote(&redirect.to_string())))
            .hint("redirects are followed only to https, never from https to http nor from a public host to a loopback or private one: use the final URL (for the control plane, check ALTER_API_URL)");
    }
    if err.is_redirect() {
        return Error::rejected(format!("{url} ({what}) redirects more than {MAX_REDIRECTS} times, or in a loop"))
            .hint("see where it leads with `curl -sIL URL`, and use the final URL");
    }
    if err.is_builder() {
        return Error::usage(format!(
            "cannot send a request to {url} ({what}): the URL or a header value is not valid"
        ))
        .hint("check the URL (length, characters) and the token for stray characters");
    }
    if err.is_timeout() {
        return Error::network(format!(
            "timed out waiting for {url} ({what}; limits: {} s to connect, {} s per request)",
            CONNECT_TIMEOUT.as_secs(),
            REQUEST_TIMEOUT.as_secs()
        ))
        .hint("check that the host is reachable from here (proxy settings: HTTPS_PROXY, NO_PROXY)");
    }
    if let Some(tls) = find_source::<rustls::Error>(err) {
        return tls_error(tls, url);
    }
    if chain.to_ascii_lowercase().contains("certificate") {
        return Error::network(format!("the TLS certificate of {url} is not trusted: {chain}"))
            .hint("if the server uses a private CA, pass it with --ca-cert PATH or ALTER_CA_CERT");
    }
    if err.is_connect() {
        return Error::network(format!("cannot connect to {url} ({what}): {chain}"))
            .hint("check the host name and your network or proxy settings (HTTPS_PROXY, NO_PROXY)");
    }
    Error::network(format!("{url} ({what}) failed: {chain}"))
        .hint("the connection broke before a complete answer arrived: try again, and check any proxy in between")
}

/// A sentence for each kind of TLS failure, instead of rustls' variant names.
fn tls_error(err: &rustls::Error, url: &str) -> Error {
    use rustls::CertificateError as Cert;
    let ca_hint = "if the server uses a private CA, pass it with --ca-cert PATH or ALTER_CA_CERT";
    let why = match err {
        rustls::Error::InvalidCertificate(cert) => match cert {
            Cert::UnknownIssuer => "its TLS certificate is not trusted (signed by a CA this machine does not trust)",
            Cert::Expired | Cert::ExpiredContext { .. } => "its certificate has expired",
            Cert::NotValidYet | Cert::NotValidYetContext { .. } => {
                "its certificate is not valid yet (check this machine's clock)"
            }
            Cert::NotValidForName | Cert::NotValidForNameContext { .. } => "its certificate is for another host name",
            Cert::Revoked => "its certificate has been revoked",
            Cert::UnsupportedSignatureAlgorithmContext { .. }
            | Cert::UnsupportedSignatureAlgorithmForPublicKeyContext { .. } => {
                "its certificate is signed with an algorithm alter does not accept"
            }
            Cert::BadSignature => "its certificate's signature is invalid",
            _ => "its certificate is not acceptable",
        },
        rustls::Error::PeerIncompatible(_) => {
            "the server offers no TLS version or cipher suite alter accepts (TLS 1.2+)"
        }
        rustls::Error::AlertReceived(_) => "the server aborted the TLS handshake",
        _ => "the TLS handshake failed",
    };
    Error::network(format!("cannot connect securely to {url}: {why}")).hint(ca_hint)
}

/// Why a body could not be read.
#[derive(Debug)]
pub enum BodyError {
    /// More than the cap: no real answer is that large.
    TooLarge { limit: usize },
    /// Compressed although alter never asks for compression: the bytes would be noise.
    Encoded(String),
    /// The connection failed while the body was arriving.
    Transport(Error),
}

/// Reads a body, refusing it as soon as it passes `limit` bytes, so a huge answer costs neither
/// memory nor time.
pub async fn read_body_capped(
    mut response: reqwest::Response,
    limit: usize,
    what: &str,
    url: &str,
) -> std::result::Result<Vec<u8>, BodyError> {
    if let Some(encoding) = unrequested_encoding(response.headers()) {
        return Err(BodyError::Encoded(encoding));
    }
    if response.content_length().is_some_and(|len| len > limit as u64) {
        return Err(BodyError::TooLarge { limit });
    }
    // Sized once from Content-Length (already checked against the cap): no regrowth copies.
    let mut body = Vec::with_capacity(response.content_length().unwrap_or(0) as usize);
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > limit {
                    return Err(BodyError::TooLarge { limit });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(err) => return Err(BodyError::Transport(transport_error(&err, what, url))),
        }
    }
}

/// A `Content-Encoding` other than identity: alter sends no `Accept-Encoding`, so a server that
/// compresses anyway sends bytes that are not the JSON they claim to be.
fn unrequested_encoding(headers: &reqwest::header::HeaderMap) -> Option<String> {
    let encoding = headers.get(reqwest::header::CONTENT_ENCODING)?.to_str().unwrap_or("unknown").trim();
    (!encoding.is_empty() && !encoding.eq_ignore_ascii_case("identity")).then(|| encoding.to_owned())
}

/// The messages of an error and all its sources, so "certificate" or "timed out" deep in the
/// chain reaches the user.
/// The layers' own wrappers ("error sending request for url (...)", "client error (Connect)")
/// repeat what the message already says, so they are left out.
pub fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = Some(err);
    while let Some(inner) = current {
        let text = inner.to_string();
        let wrapper = text.starts_with("error sending request for url") || text.starts_with("client error (");
        if !wrapper && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        current = inner.source();
    }
    if parts.is_empty() {
        parts.push(err.to_string());
    }
    parts.join(": ")
}

/// The first `T` in the chain, also inside `io::Error`s (whose `source` skips the error they
/// wrap, which is where rustls' errors sit).
fn find_source<'a, T: std::error::Error + 'static>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a T> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(inner) = current {
        if let Some(found) = inner.downcast_ref::<T>() {
            return Some(found);
        }
        if let Some(wrapped) = inner.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref()) {
            if let Some(found) = find_source::<T>(wrapped) {
                return Some(found);
            }
        }
        current = inner.source();
    }
    None
}

/// What HTTPS trusts here, in words, for `alter doctor`.
pub struct TrustInEffect {
    /// "the OS trust store", or the variables that replace it.
    pub store: String,
    /// `SSL_CERT_FILE` / `SSL_CERT_DIR` values that point at nothing.
    pub missing: Vec<String>,
    /// The extra CA and where it was given (`--ca-cert` or `ALTER_CA_CERT`).
    pub extra: Option<(String, &'static str)>,
}

pub fn trust_in_effect(ca_cert: Option<&Path>) -> TrustInEffect {
    let mut replaced = Vec::new();
    let mut missing = Vec::new();
    for name in ["SSL_CERT_FILE", "SSL_CERT_DIR"] {
        if let Some(value) = std::env::var_os(name).filter(|v| !v.is_empty()) {
            let path = Path::new(&value);
            replaced.push(format!("{name}={}", path.display()));
            if !path.exists() {
                missing.push(format!("{name}={}", path.display()));
            }
        }
    }
    let store = if replaced.is_empty() {
        "the OS trust store".to_owned()
    } else {
        format!("{} (instead of the OS store)", replaced.join(" and "))
    };
    let extra = ca_cert.map(|path| {
        let from_env = std::env::var_os("ALTER_CA_CERT").is_some_and(|v| Path::new(&v) == path);
        (path.display().to_string(), if from_env { "ALTER_CA_CERT" } else { "--ca-cert" })
    });
    TrustInEffect { store, missing, extra }
}

/// How a request to `url` leaves this machine, by the same rules (and code) the client follows.
pub fn proxy_route(url: &str) -> Route {
    use hyper_util::client::proxy::matcher::Matcher;
    let Ok(uri) = url.parse::<http::Uri>() else { return Route::Direct };
    let names: &[&'static str] = if uri.scheme_str() == Some("https") {
        &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
    } else {
        &["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
    };
    let from = names.iter().copied().find(|name| std::env::var(name).is_ok_and(|v| !v.is_empty()));
    match Matcher::from_system().intercept(&uri) {
        Some(intercept) => {
            let credentials = intercept.basic_auth().is_some() || intercept.raw_auth().is_some();
            let target = intercept.uri();
            let proxy = format!(
                "{}://{}{}",
                target.scheme_str().unwrap_or("http"),
                if credentials { "***@" } else { "" },
                target.authority().map(|a| a.as_str()).unwrap_or_default()
            );
            Route::Proxy { proxy, from: from.unwrap_or("the system proxy settings") }
        }
        None => {
            let Some(from) = from else { return Route::Direct };
            let value = std::env::var(from).unwrap_or_default();
            // The same variable alone, without NO_PROXY: does it name a usable proxy at all?
            let alone = Matcher::builder().all(value).build();
            if alone.intercept(&uri).is_some() {
                Route::Exempt
            } else {
                Route::Unusable { from }
            }
        }
    }
}
