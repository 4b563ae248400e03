//! The typed control-plane client: one method per contract operation, retries with one
//! Idempotency-Key per logical write, problem+json decoded into `ApiError`. Never prints;
//! `-v` traces go through `log` with the token redacted.

pub mod error;
pub mod models;
mod render;
mod retry;
mod wait;

pub use error::ApiError;
pub use render::{Endpoint, RenderedRequest};

use crate::domain::clock::Skew;
use crate::domain::model::Discovery;
use crate::secret::Secret;
use models::*;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::time::{Duration, Instant, SystemTime};

pub const DEFAULT_API_URL: &str = "https://api.alterauth.com";

pub struct ApiClient {
    http: reqwest::Client,
    base: String,
    /// None only for a reachability probe by someone not signed in.
    token: Option<Secret>,
    max_attempts: u32,
}

type ApiResult<T> = Result<T, ApiError>;

/// One answer to `GET /v1/me` with what a health check needs besides it.
pub struct Probe {
    pub result: ApiResult<TokenInfo>,
    pub elapsed: Duration,
    /// From the answer's `Date` header, whatever its status.
    pub clock_skew: Option<Skew>,
}

impl ApiClient {
    pub fn new(http: reqwest::Client, base_url: &str, token: Secret) -> Self {
        let base = base_url.trim_end_matches('/').to_owned();
        Self { http, base, token: Some(token), max_attempts: retry::MAX_ATTEMPTS }
    }

    /// A client that sends no token: it can only probe whether the control plane answers.
    pub fn anonymous(http: reqwest::Client, base_url: &str) -> Self {
        let base = base_url.trim_end_matches('/').to_owned();
        Self { http, base, token: None, max_attempts: retry::MAX_ATTEMPTS }
    }

    /// One attempt per request, no retries: for reporting what the control plane does right now.
    pub fn without_retries(mut self) -> Self {
        self.max_attempts = 1;
        self
    }

    pub async fn me(&self) -> ApiResult<TokenInfo> {
        self.call(Method::GET, "/v1/me", NO_BODY, "GET /v1/me").await
    }

    /// `GET /v1/me`, timed, with this machine's clock measured against the answer's `Date`.
    pub async fn me_probe(&self) -> Probe {
        let (url, what) = (self.url("/v1/me"), "GET /v1/me");
        let started = Instant::now();
        let sent =
            retry::exchange(&self.http, self.token.as_ref(), Method::GET, &url, None, what, self.max_attempts).await;
        let elapsed = started.elapsed();
        let clock_skew = Skew::measure(SystemTime::now(), sent.date.as_deref());
        let result = match sent.result {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|err| unreadable(&bytes, &err, what, false, url)),
            Err(err) => Err(err),
        };
        Probe { result, elapsed, clock_skew }
    }

    pub async fn app(&self, app: &str) -> ApiResult<App> {
        self.call(Method::GET, &format!("/v1/apps/{app}"), NO_BODY, "the app lookup").await
    }

    pub async fn discover(&self, app: &str, issuer_url: &str) -> ApiResult<Discovery> {
        let path = format!("{}/discover", providers_path(app));
        self.call(Method::POST, &path, Some(&DiscoverRequest { issuer_url }), "discover").await
    }

    pub async fn list_providers(&self, app: &str) -> ApiResult<ProviderList> {
        self.call(Method::GET, &providers_path(app), NO_BODY, "list").await
    }

    pub async fn create_provider(
        &self,
        app: &str,
        body: &CreateIdentityProvider,
    ) -> ApiResult<IdentityProviderWithNotices> {
        self.call_endpoint(Endpoint::create_provider(app, body)).await
    }

    pub async fn get_provider(&self, app: &str, id: &str) -> ApiResult<IdentityProvider> {
        self.call(Method::GET, &provider_path(app, id), NO_BODY, "show").await
    }

    pub async fn update_provider(
        &self,
        app: &str,
        id: &str,
        body: &UpdateIdentityProvider,
    ) -> ApiResult<IdentityProviderWithNotices> {
        self.call_endpoint(Endpoint::update_provider(app, id, body)).await
    }

    pub async fn delete_provider(&self, app: &str, id: &str) -> ApiResult<()> {
        let url = self.url(&provider_path(app, id));
        self.send(Method::DELETE, &url, None, "delete").await.map(drop)
    }

    pub async fn webhook_status(&self, app: &str, id: &str) -> ApiResult<WebhookStatus> {
        self.call(Method::GET, &webhook_path(app, id, ""), NO_BODY, "webhook status").await
    }

    pub async fn enable_webhook(
        &self,
        app: &str,
        id: &str,
        body: &WebhookSecretRequest,
    ) -> ApiResult<WebhookSecretResult> {
        self.call(Method::POST, &webhook_path(app, id, "/enable"), Some(body), "webhook enable").await
    }

    pub async fn rotate_webhook(
        &self,
        app: &str,
        id: &str,
        body: &WebhookSecretRequest,
    ) -> ApiResult<WebhookSecretResult> {
        self.call(Method::POST, &webhook_path(app, id, "/rotate"), Some(body), "webhook rotate").await
    }

    pub async fn disable_webhook(&self, app: &str, id: &str) -> ApiResult<WebhookStatus> {
        self.call(Method::POST, &webhook_path(app, id, "/disable"), NO_BODY, "webhook disable").await
    }

    pub async fn directory_status(&self, app: &str, id: &str) -> ApiResult<DirectoryImportStatus> {
        self.call(Method::GET, &directory_path(app, id, ""), NO_BODY, "directory-import status").await
    }

    pub async fn set_directory_credential(
        &self,
        app: &str,
        id: &str,
        body: &DirectoryCredential,
    ) -> ApiResult<DirectoryImportStatus> {
        self.call(Method::PUT, &directory_path(app, id, ""), Some(body), "directory-import set-credential").await
    }

    pub async fn delete_directory_credential(&self, app: &str, id: &str) -> ApiResult<()> {
        let url = self.url(&directory_path(app, id, ""));
        self.send(Method::DELETE, &url, None, "directory-import remove-credential").await.map(drop)
    }

    pub async fn run_directory_import(&self, app: &str, id: &str) -> ApiResult<DirectoryImportRun> {
        self.call(Method::POST, &directory_path(app, id, "/runs"), NO_BODY, "directory-import run").await
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends what `--dry-run` would render for the same endpoint.
    async fn call_endpoint<B: Serialize, T: DeserializeOwned>(&self, endpoint: Endpoint<'_, B>) -> ApiResult<T> {
        self.call(endpoint.method, &endpoint.path, Some(endpoint.body), endpoint.what).await
    }

    async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        what: &str,
    ) -> ApiResult<T> {
        let url = self.url(path);
        // The one place a request body is built: secrets in plaintext, here only.
        let body = body.map(crate::secret::serialize_request).transpose().map_err(|err| {
            ApiError::Transport(crate::error::Error::unexpected(format!("cannot encode the {what} request: {err}")))
        })?;
        let write = method != Method::GET;
        let bytes = self.send(method, &url, body, what).await?;
        serde_json::from_slice(&bytes).map_err(|err| unreadable(&bytes, &err, what, write, url))
    }

    async fn send(&self, method: Method, url: &str, body: Option<Vec<u8>>, what: &str) -> ApiResult<Vec<u8>> {
        retry::exchange(&self.http, self.token.as_ref(), method, url, body, what, self.max_attempts).await.result
    }
}

fn unreadable(bytes: &[u8], err: &serde_json::Error, what: &str, write: bool, url: String) -> ApiError {
    ApiError::Decode { what: what.to_owned(), detail: describe_unreadable(bytes, err), write, url }
}

const NO_BODY: Option<&()> = None;

/// What a success body that is not the contract's JSON looks like, in words.
fn describe_unreadable(bytes: &[u8], err: &serde_json::Error) -> String {
    let start = bytes.iter().find(|b| !b.is_ascii_whitespace());
    match start {
        None => "the body is empty".to_owned(),
        Some(b'<') => "the body is an HTML page, not JSON".to_owned(),
        Some(_) if std::str::from_utf8(bytes).is_err() => "the body is not text (binary or compressed)".to_owned(),
        Some(_) => format!("the body does not match the contract ({err})"),
    }
}

fn providers_path(app: &str) -> String {
    format!("/v1/apps/{app}/identity-providers")
}

fn provider_path(app: &str, id: &str) -> String {
    format!("{}/{id}", providers_path(app))
}

fn webhook_path(app: &str, id: &str, action: &str) -> String {
    format!("{}/webhook{action}", provider_path(app, id))
}

fn directory_path(app: &str, id: &str, action: &str) -> String {
    format!("{}/directory-import{action}", provider_path(app, id))
}
