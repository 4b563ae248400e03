//! The offline discovery engine's I/O: fetch the discovery document and the JWKS under limits,
//! then let the domain rules judge them.

use crate::domain::clock::Skew;
use crate::domain::discovery::{self, DOCUMENT_MEMBERS};
use crate::domain::issuer::Issuer;
use crate::domain::jwks;
use crate::domain::model::{Discovery, Notice};
use crate::error::{Error, Result};
use crate::http::{read_body_capped, transport_error, BodyError};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::HashMap;
use std::time::SystemTime;

pub mod device;
pub mod login;
pub mod oauth;

/// Far above any real discovery document or JWKS (the largest seen are a few KiB), far below
/// what could hurt.
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// An issuer's published keys, and how far this machine's clock is from the issuer's (its `Date`
/// header), since token lifetimes are judged with the local clock.
pub struct IssuerKeys {
    pub jwks: Value,
    pub clock_skew: Option<Skew>,
}

struct Fetched {
    body: Vec<u8>,
    date: Option<String>,
}

pub async fn discover(client: &reqwest::Client, issuer: &Issuer) -> Result<Discovery> {
    Ok(discover_with_keys(client, issuer).await?.0)
}

/// Discovery plus the JWKS it checked, for commands that verify tokens with it.
pub async fn discover_with_keys(client: &reqwest::Client, issuer: &Issuer) -> Result<(Discovery, IssuerKeys)> {
    let (found, keys, _) = discover_with_endpoints(client, issuer).await?;
    Ok((found, keys))
}

/// Discovery, its JWKS, and the OAuth endpoints a sign-in needs.
pub async fn discover_with_endpoints(
    client: &reqwest::Client,
    issuer: &Issuer,
) -> Result<(Discovery, IssuerKeys, login::Endpoints)> {
    let discovery_url = issuer.discovery_url();
    let fetched =
        fetch(client, &discovery_url, "discovery document").await.map_err(|err| with_issuer_hint(err, issuer))?;
    let document = parse_document(&fetched.body, &discovery_url)?;
    let assessed = discovery::assess_document(issuer, &document)?;
    let keys = fetch_jwks(client, assessed.jwks_uri.as_str()).await?;
    let report = jwks::usable_signing_keys(&keys.jwks, assessed.jwks_uri.as_str())?;
    let mut found = discovery::describe(issuer, &assessed, &document);
    // Tokens signed by one of these would fail to verify: worth knowing before they do.
    found.warnings.extend(
        report
            .unusable
            .into_iter()
            .map(|why| Notice::new("unusable_key", format!("{why}; tokens signed with it cannot be verified"))),
    );
    let endpoints = login::Endpoints::from_document(&document, issuer.url())?;
    Ok((found, keys, endpoints))
}

pub async fn fetch_jwks(client: &reqwest::Client, jwks_uri: &str) -> Result<IssuerKeys> {
    let fetched = fetch(client, jwks_uri, "JWKS").await?;
    let jwks = serde_json::from_slice(&fetched.body)
        .map_err(|err| Error::rejected(format!("the JWKS at {jwks_uri} is not valid JSON ({err})")))?;
    Ok(IssuerKeys { jwks, clock_skew: Skew::measure(SystemTime::now(), fetched.date.as_deref()) })
}

/// Only the members the rules read are materialised; the rest is validated and skipped in place.
fn parse_document(body: &[u8], url: &str) -> Result<Value> {
    let invalid =
        |err: serde_json::Error| Error::rejected(format!("the discovery document at {url} is not valid JSON ({err})"));
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        serde_json::from_slice::<serde::de::IgnoredAny>(body).map_err(invalid)?;
        return Err(Error::rejected(format!("the discovery document at {url} is not a JSON object")));
    }
    let members: HashMap<String, &RawValue> = serde_json::from_slice(body).map_err(invalid)?;
    let mut document = serde_json::Map::new();
    for name in DOCUMENT_MEMBERS {
        if let Some(raw) = members.get(name) {
            document.insert(name.to_owned(), serde_json::from_str(raw.get()).map_err(invalid)?);
        }
    }
    Ok(Value::Object(document))
}

/// GETs `url`, refusing error statuses, HTML and bodies over the cap; returns the JSON bytes and
/// the server's `Date` header.
async fn fetch(client: &reqwest::Client, url: &str, what: &str) -> Result<Fetched> {
    log::info!("GET {url}");
    let response = client
        .get(url)
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .map_err(|err| transport_error(&err, what, url))?;
    let status = response.status();
    let date = response.headers().get(reqwest::header::DATE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    log::info!(
        "{} {url} ({})",
        status.as_u16(),
        if content_type.is_empty() { "no content type" } else { &content_type }
    );
    if !status.is_success() {
        let message = if status.as_u16() == 404 {
            format!("no {what} at {url} (HTTP 404 Not Found)")
        } else {
            format!("the {what} at {url} could not be fetched: HTTP {status}")
        };
        return Err(Error::rejected(message));
    }
    let mut body = read_body_capped(response, MAX_DOCUMENT_BYTES, what, url).await.map_err(|err| match err {
        BodyError::TooLarge { limit } => Error::rejected(format!(
            "the {what} at {url} is larger than {} KiB, far more than any real one",
            limit / 1024
        ))
        .hint("check that the URL points at the provider's own document"),
        BodyError::Encoded(encoding) => {
            Error::rejected(format!("the {what} at {url} came {encoding}-compressed, which alter did not ask for"))
                .hint("the server ignores that alter accepts only uncompressed JSON: serve the document uncompressed")
        }
        BodyError::Transport(err) => err,
    })?;
    let looks_like_html =
        content_type.contains("html") || body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<');
    if looks_like_html {
        return Err(Error::rejected(format!("{url} returned an HTML page, not a JSON {what}"))
            .hint("this is usually a login or error page: check the URL"));
    }
    if body.starts_with(b"\xEF\xBB\xBF") {
        body.drain(..3);
    }
    Ok(Fetched { body, date })
}

fn with_issuer_hint(err: Error, issuer: &Issuer) -> Error {
    if err.code != crate::exit::ExitCode::Rejected {
        return err;
    }
    err.hint(format!(
        "check that {} is the exact issuer URL (it must serve /.well-known/openid-configuration)",
        issuer.as_str()
    ))
}
