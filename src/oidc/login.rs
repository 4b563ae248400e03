//! The I/O of a test sign-in: the OAuth protocol through the `oauth2` crate driven by our one
//! reqwest client, the pre-flight of the authorization URL, the loopback listener, the browser,
//! and device-code polling. Every decision is `domain::login`'s; tokens stay in `Secret`s.

use crate::domain::issuer::parse_published_url;
use crate::domain::login::{self, Callback, ErrorContext, Flow};
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::http::{read_body_capped, transport_error};
use crate::scrub::remote;
use crate::secret::Secret;
use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse, BasicTokenType,
};
use oauth2::{
    AsyncHttpClient, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, DeviceAuthorizationUrl,
    EndpointNotSet, EndpointSet, ErrorResponseType, ExtraTokenFields, HttpRequest, HttpResponse, PkceCodeChallenge,
    RedirectUrl, RequestTokenError, Scope, StandardDeviceAuthorizationResponse, StandardErrorResponse,
    StandardRevocableToken, StandardTokenResponse, TokenResponse, TokenUrl,
};
use serde_json::Value;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use url::Url;

/// Token, device and error answers are a few KiB.
const MAX_OAUTH_BODY: usize = 256 * 1024;
/// Enough of an error page to find what it complains about.
const MAX_PREFLIGHT_BODY: usize = 64 * 1024;
const MAX_CALLBACK_HEAD: usize = 16 * 1024;

/// The OAuth endpoints of a discovery document (absent members are checked by the sign-in).
#[derive(Debug, Clone, Default)]
pub struct Endpoints {
    pub authorization: Option<Url>,
    pub token: Option<Url>,
    pub device: Option<Url>,
}

impl Endpoints {
    pub fn from_document(document: &Value) -> Result<Self> {
        let url = |field: &str| -> Result<Option<Url>> {
            match document.get(field).and_then(Value::as_str) {
                Some(value) if !value.is_empty() => Ok(Some(parse_published_url(field, value)?)),
                _ => Ok(None),
            }
        };
        Ok(Endpoints {
            authorization: url("authorization_endpoint")?,
            token: url("token_endpoint")?,
            device: url("device_authorization_endpoint")?,
        })
    }
}

/// Who is signing in, and how.
pub struct Request<'a> {
    pub issuer: &'a str,
    pub endpoints: &'a Endpoints,
    pub client_id: &'a str,
    pub client_secret: Option<&'a Secret>,
    pub scopes: &'a [String],
    /// Extra authorization (and device) parameters: Auth0's `audience`, RFC 8707 `resource`.
    pub extra: &'a [(&'static str, String)],
    pub port: u16,
    pub open_browser: bool,
}

/// What the provider issued. Both are held by the scrubber as soon as they exist.
pub struct Tokens {
    pub access: Secret,
    pub id: Option<Secret>,
}

/// The ID token rides in the token response's extra fields; never printed through Debug.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct IdTokenField {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id_token: Option<String>,
}

impl std::fmt::Debug for IdTokenField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IdTokenField(***)")
    }
}

impl ExtraTokenFields for IdTokenField {}

type TokenAnswer = StandardTokenResponse<IdTokenField, BasicTokenType>;
type OAuthClient<HasAuth, HasDevice> = oauth2::Client<
    BasicErrorResponse,
    TokenAnswer,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    HasAuth,
    HasDevice,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// oauth2's requests, sent by our reqwest client (no redirects, our TLS, our time limits), with
/// bodies read under a cap. `-v` shows the method and URL, never a body.
pub struct OAuthHttp<'a>(pub &'a reqwest::Client);

#[derive(Debug)]
pub struct Transport(Error);

impl std::fmt::Display for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Transport {}

impl<'c> AsyncHttpClient<'c> for OAuthHttp<'_> {
    type Error = Transport;
    type Future = Pin<Box<dyn Future<Output = std::result::Result<HttpResponse, Transport>> + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(async move {
            let url = request.uri().to_string();
            log::info!("{} {url}", request.method());
            let request = reqwest::Request::try_from(request)
                .map_err(|err| Transport(Error::unexpected(format!("cannot build the request to {url}: {err}"))))?;
            let response = self
                .0
                .execute(request)
                .await
                .map_err(|err| Transport(transport_error(&err, "OAuth endpoint", &url)))?;
            log::info!("{} {url}", response.status().as_u16());
            let mut answer = oauth2::http::Response::builder().status(response.status().as_u16());
            for (name, value) in response.headers() {
                answer = answer.header(name.as_str(), value.as_bytes());
            }
            let body = read_body_capped(response, MAX_OAUTH_BODY, "OAuth answer", &url).await.map_err(|err| {
                Transport(match err {
                    crate::http::BodyError::Transport(err) => err,
                    _ => Error::rejected(format!("the answer from {url} is not a usable OAuth response")),
                })
            })?;
            answer
                .body(body)
                .map_err(|err| Transport(Error::rejected(format!("the answer from {url} is malformed: {err}"))))
        })
    }
}

fn client(request: &Request) -> Result<OAuthClient<EndpointNotSet, EndpointNotSet>> {
    let token = request.endpoints.token.clone().ok_or_else(|| {
        Error::rejected(format!(
            "the discovery document of {} has no `token_endpoint`: no sign-in is possible",
            request.issuer
        ))
    })?;
    let mut client =
        oauth2::Client::new(ClientId::new(request.client_id.to_owned())).set_token_uri(TokenUrl::from_url(token));
    if let Some(secret) = request.client_secret {
        client = client.set_client_secret(ClientSecret::new(secret.expose().to_owned()));
    }
    Ok(client)
}

fn context<'a>(request: &'a Request, redirect_uri: &'a str, flow: Flow) -> ErrorContext<'a> {
    ErrorContext { client_id: request.client_id, redirect_uri, flow, confidential: request.client_secret.is_some() }
}

/// A token-endpoint failure (code exchange or device polling): the provider's own error maps to
/// its fix (exit 5), transport to 6. `failed` names what failed when oauth2 itself gives up.
fn token_error<T: ErrorResponseType + AsRef<str> + std::fmt::Display>(
    err: RequestTokenError<Transport, StandardErrorResponse<T>>,
    at: &ErrorContext,
    failed: &str,
) -> Error {
    match err {
        RequestTokenError::ServerResponse(answer) => {
            let code = answer.error().as_ref().to_owned();
            login::provider_error(&code, answer.error_description().map(String::as_str), at).into()
        }
        RequestTokenError::Request(Transport(err)) => err,
        RequestTokenError::Parse(_, _) => Error::rejected("the token endpoint's answer is not a token response"),
        RequestTokenError::Other(why) => Error::rejected(format!("{failed}: {why}")),
    }
}

const UNUSABLE_TOKEN_ANSWER: &str = "the token endpoint's answer is unusable";

fn held(answer: &TokenAnswer) -> Tokens {
    Tokens {
        access: Secret::new(answer.access_token().secret().clone()),
        id: answer.extra_fields().id_token.clone().map(Secret::new),
    }
}

/// The browser flow: authorization code with PKCE (S256), `state` and `nonce`, a loopback
/// redirect. Returns the tokens and the nonce the ID token must carry.
pub async fn browser(
    http: &reqwest::Client,
    request: &Request<'_>,
    output: &crate::output::Output,
) -> Result<(Tokens, String)> {
    let redirect_uri = login::redirect_uri(request.port);
    let at = context(request, &redirect_uri, Flow::Browser);
    let authorization = request.endpoints.authorization.clone().ok_or_else(|| {
        Error::rejected(format!("the discovery document of {} has no `authorization_endpoint`", request.issuer))
            .hint("use the device flow: --flow device")
    })?;
    // Bound first, so the port is ours (or the error says whose it is) before anything is sent.
    let listener = TcpListener::bind(("127.0.0.1", request.port)).await.map_err(|err| {
        Error::usage(format!("cannot listen on 127.0.0.1:{} for the sign-in callback: {err}", request.port))
            .hint("free the port, or pick another with --port (it must be registered at the provider)")
    })?;
    let client = client(request)?
        .set_auth_uri(AuthUrl::from_url(authorization))
        .set_redirect_uri(RedirectUrl::new(redirect_uri.clone()).map_err(|err| Error::unexpected(err.to_string()))?);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let nonce = CsrfToken::new_random().secret().clone();
    let mut authorize = client
        .authorize_url(CsrfToken::new_random)
        .set_pkce_challenge(challenge)
        .add_scopes(request.scopes.iter().cloned().map(Scope::new))
        .add_extra_param("nonce", nonce.clone());
    for (name, value) in request.extra {
        authorize = authorize.add_extra_param(*name, value.clone());
    }
    let (url, state) = authorize.url();
    output.note(&format!("Sign in at this URL (it is also being opened in a browser when one is available):\n  {url}"));
    preflight(http, &url, &at).await?;
    if request.open_browser {
        if let Err(err) = webbrowser::open(url.as_str()) {
            output.warn(&format!("cannot open a browser ({err}): open the URL above yourself"));
        }
    }
    output.note(&format!("Waiting for the provider to redirect to {redirect_uri} ..."));
    let code = wait_for_code(&listener, state.secret(), request.issuer, &at, output).await?;
    let oauth = OAuthHttp(http);
    let mut exchange = client.exchange_code(AuthorizationCode::new(code)).set_pkce_verifier(verifier);
    for (name, value) in request.extra.iter().filter(|(name, _)| *name == "resource") {
        exchange = exchange.add_extra_param(*name, value.clone());
    }
    let answer = exchange.request_async(&oauth).await.map_err(|err| token_error(err, &at, UNUSABLE_TOKEN_ANSWER))?;
    Ok((held(&answer), nonce))
}

/// Requests the authorization URL without following redirects: a provider answers an
/// unregistered redirect URI with its own error page, where the person would be stuck.
async fn preflight(http: &reqwest::Client, url: &Url, at: &ErrorContext<'_>) -> Result<()> {
    log::info!("GET {} (pre-flight)", url.origin().ascii_serialization());
    let response = http
        .get(url.as_str())
        .send()
        .await
        .map_err(|err| transport_error(&err, "authorization endpoint", url.as_str()))?;
    let status = response.status().as_u16();
    let location = response.headers().get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let body = if status >= 400 {
        read_body_capped(response, MAX_PREFLIGHT_BODY, "authorization page", url.as_str()).await.unwrap_or_default()
    } else {
        Vec::new()
    };
    let body = String::from_utf8_lossy(&body).to_ascii_lowercase();
    login::preflight(status, location.as_deref(), &body, at).map_err(Error::from)
}

/// Serves the loopback listener until a callback with our `state` arrives.
async fn wait_for_code(
    listener: &TcpListener,
    state: &str,
    issuer: &str,
    at: &ErrorContext<'_>,
    output: &crate::output::Output,
) -> Result<String> {
    loop {
        let (mut socket, _) = listener
            .accept()
            .await
            .map_err(|err| Error::network(format!("the sign-in callback listener failed: {err}")))?;
        let Ok(Some(target)) = tokio::time::timeout(Duration::from_secs(5), read_target(&mut socket)).await else {
            continue;
        };
        let (status, page, outcome) = match login::read_callback(&target, state, issuer) {
            Callback::Ignored(why) => {
                if target.starts_with("/callback") {
                    output.warn(&format!("ignored a request to the callback: {why}"));
                }
                (400, "This is not the sign-in alter is waiting for; it was ignored.", None)
            }
            Callback::Code(code) => {
                (200, "Signed in. You can close this tab and return to the terminal.", Some(Ok(code)))
            }
            Callback::ProviderError { error, description } => (
                200,
                "The sign-in did not complete. The terminal says why; you can close this tab.",
                Some(Err(login::provider_error(&error, description.as_deref(), at).into())),
            ),
        };
        let reply = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\ncache-control: no-store\r\n\r\n{page}",
            if status == 200 { "OK" } else { "Bad Request" },
            page.len()
        );
        let _ = socket.write_all(reply.as_bytes()).await;
        let _ = socket.shutdown().await;
        if let Some(outcome) = outcome {
            return outcome;
        }
    }
}

/// The request target of an HTTP/1 request line (`GET /callback?... HTTP/1.1`), read under a cap.
async fn read_target(socket: &mut tokio::net::TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut chunk = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 || head.len() + n > MAX_CALLBACK_HEAD {
            return None;
        }
        head.extend_from_slice(&chunk[..n]);
    }
    let line = std::str::from_utf8(&head).ok()?.lines().next()?.to_owned();
    let mut parts = line.split(' ');
    (parts.next()? == "GET").then_some(())?;
    parts.next().map(str::to_owned)
}

/// The device authorization grant: show the code, open the complete URI when a browser can be
/// opened, poll as the provider says (interval, slow_down) until the person finishes.
pub async fn device(http: &reqwest::Client, request: &Request<'_>, output: &crate::output::Output) -> Result<Tokens> {
    let at = context(request, "", Flow::Device);
    let endpoint = request.endpoints.device.clone().ok_or_else(|| {
        Error::rejected("the provider offers no device authorization endpoint")
            .hint("use the browser flow: --flow browser")
    })?;
    let client = client(request)?.set_device_authorization_url(DeviceAuthorizationUrl::from_url(endpoint));
    let oauth = OAuthHttp(http);
    let mut ask = client.exchange_device_code().add_scopes(request.scopes.iter().cloned().map(Scope::new));
    for (name, value) in request.extra {
        ask = ask.add_extra_param(*name, value.clone());
    }
    let details: StandardDeviceAuthorizationResponse =
        ask.request_async(&oauth).await.map_err(|err| token_error(err, &at, UNUSABLE_TOKEN_ANSWER))?;
    let complete = details.verification_uri_complete().map(|u| u.secret().clone());
    let mut text = format!(
        "To sign in, open {} and enter the code {}",
        remote(details.verification_uri().as_str()),
        remote(details.user_code().secret())
    );
    if let Some(complete) = &complete {
        text.push_str(&format!("\n  or open {}", remote(complete)));
    }
    output.note(&text);
    if request.open_browser {
        let target = complete.unwrap_or_else(|| details.verification_uri().to_string());
        if let Err(err) = webbrowser::open(&target) {
            output.warn(&format!("cannot open a browser ({err}): open the URL above yourself"));
        }
    }
    output.note("Waiting for the sign-in to finish ...");
    let scale = poll_scale();
    let sleep = move |interval: Duration| tokio::time::sleep(interval.mul_f64(scale));
    let answer = client
        .exchange_device_access_token(&details)
        .request_async(&oauth, sleep, None)
        .await
        .map_err(|err| token_error(err, &at, "device polling failed"))?;
    Ok(held(&answer))
}

/// Tests shorten the provider's polling interval (`ALTER_TEST_POLL_SCALE`, e.g. 0.01); the
/// interval the provider asks for, and its slow_down steps, are otherwise honoured as given.
fn poll_scale() -> f64 {
    std::env::var("ALTER_TEST_POLL_SCALE")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|s| *s > 0.0 && *s <= 1.0)
        .unwrap_or(1.0)
}

/// A person has `limit` to finish; Ctrl-C ends the wait (exit 130) and frees the port.
pub async fn within<T>(limit: Duration, work: impl Future<Output = Result<T>>) -> Result<T> {
    tokio::select! {
        outcome = tokio::time::timeout(limit, work) => outcome.unwrap_or_else(|_| Err(Error::network(format!(
            "the sign-in was not finished within {} s", limit.as_secs()
        )).hint("run again, or allow more time with --timeout"))),
        _ = tokio::signal::ctrl_c() => Err(Error::new(ExitCode::Cancelled, "cancelled: the sign-in was interrupted")),
    }
}

/// A browser can be opened here: `$BROWSER`, a desktop session, or a desktop OS.
pub fn browser_available() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("BROWSER") || cfg!(any(target_os = "macos", target_os = "windows")) || set("DISPLAY") || set("WAYLAND_DISPLAY")
}
