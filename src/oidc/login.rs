//! The I/O of the browser sign-in: the authorization URL (PKCE, state and nonce from the `oauth2`
//! crate), its pre-flight, the browser, the loopback listener and the code exchange through our
//! one reqwest client (`oidc::oauth`). Every decision is `domain::login`'s or `domain::oauth`'s;
//! tokens stay in `Secret`s.

use super::oauth::{post_form, ClientAuth, Failed};
use crate::domain::issuer::published_endpoint;
use crate::domain::login::{self, Callback, ErrorContext, Flow};
use crate::domain::oauth::{self, IssuedTokens, TokenAnswer};
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::http::{read_body_capped, transport_error};
use crate::secret::Secret;
use oauth2::{AuthUrl, ClientId, CsrfToken, PkceCodeChallenge, RedirectUrl, Scope};
use serde_json::Value;
use std::future::Future;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use url::Url;

/// Enough of an error page to find what it complains about.
const MAX_PREFLIGHT_BODY: usize = 64 * 1024;
/// Connections the callback listener serves at once: a local process holding idle connections
/// open cannot starve the real callback; beyond this, new ones are closed at once.
const MAX_CALLBACK_CONNECTIONS: usize = 64;
/// How long one connection to the listener may take to send its request head.
const CALLBACK_READ_LIMIT: Duration = Duration::from_secs(5);
const TOKEN_ENDPOINT: &str = "token endpoint";

/// The OAuth endpoints of a discovery document (absent members are checked by the sign-in), each
/// held to the rule for every URL a document names (`issuer::published_endpoint`).
#[derive(Debug, Clone, Default)]
pub struct Endpoints {
    pub authorization: Option<Url>,
    pub token: Option<Url>,
    pub device: Option<Url>,
    pub userinfo: Option<Url>,
}

impl Endpoints {
    pub fn from_document(document: &Value, issuer: &Url) -> Result<Self> {
        let url = |field: &str| -> Result<Option<Url>> {
            match document.get(field).and_then(Value::as_str) {
                Some(value) if !value.is_empty() => Ok(Some(published_endpoint(issuer, field, value)?)),
                _ => Ok(None),
            }
        };
        Ok(Endpoints {
            authorization: url("authorization_endpoint")?,
            token: url("token_endpoint")?,
            device: url("device_authorization_endpoint")?,
            userinfo: url("userinfo_endpoint")?,
        })
    }
}

/// Who is signing in, and how.
pub struct Request<'a> {
    /// Exactly as configured: a callback's `iss` is compared with it as text.
    pub issuer: &'a str,
    pub issuer_url: &'a Url,
    pub endpoints: &'a Endpoints,
    pub client_id: &'a str,
    pub client_secret: Option<&'a Secret>,
    pub scopes: &'a [String],
    /// Extra authorization (and device) parameters: Auth0's `audience`, RFC 8707 `resource`.
    pub extra: &'a [(&'static str, String)],
    pub port: u16,
    pub open_browser: bool,
    /// When `--timeout` ends: no pause is planned past it.
    pub deadline: Instant,
}

/// What the provider issued. Both are held by the scrubber as soon as they exist.
pub struct Tokens {
    pub access: Secret,
    pub id: Option<Secret>,
}

/// The tokens, held by the scrubber from here on.
pub fn held(issued: IssuedTokens) -> Tokens {
    Tokens { access: Secret::new(issued.access), id: issued.id.map(Secret::new) }
}

pub fn token_endpoint(request: &Request) -> Result<Url> {
    request.endpoints.token.clone().ok_or_else(|| {
        Error::rejected(format!(
            "the discovery document of {} has no `token_endpoint`: no sign-in is possible",
            request.issuer
        ))
    })
}

/// What a provider's error is explained against: this client, its redirect URI (none in the
/// device flow) and the flow.
pub fn context<'a>(request: &'a Request, redirect_uri: &'a str, flow: Flow) -> ErrorContext<'a> {
    ErrorContext { client_id: request.client_id, redirect_uri, flow, confidential: request.client_secret.is_some() }
}

/// Opens `url` in the browser on its own thread: a text-mode `$BROWSER` (lynx, w3m, curl) runs in
/// the foreground until it exits, and must block neither the listener, the timeout nor Ctrl-C.
pub fn open_browser(url: &str, output: crate::output::Output) {
    let url = url.to_owned();
    let opened = std::thread::Builder::new().name("browser".into()).spawn(move || {
        if let Err(err) = webbrowser::open(&url) {
            output.warn(&format!("cannot open a browser ({err}): open the URL above yourself"));
        }
    });
    if let Err(err) = opened {
        output.warn(&format!("cannot open a browser ({err}): open the URL above yourself"));
    }
}

/// The browser flow: authorization code with PKCE (S256), `state` and `nonce`, a loopback
/// redirect; with `paste`, the person signs in on any machine and pastes the callback's address
/// back, while the listener runs too. Returns the tokens and the nonce the ID token must carry.
pub async fn browser(
    http: &reqwest::Client,
    request: &Request<'_>,
    output: &crate::output::Output,
    paste: bool,
) -> Result<(Tokens, String)> {
    let redirect_uri = login::redirect_uri(request.port);
    let at = context(request, &redirect_uri, if paste { Flow::Paste } else { Flow::Browser });
    let authorization = request.endpoints.authorization.clone().ok_or_else(|| {
        Error::rejected(format!("the discovery document of {} has no `authorization_endpoint`", request.issuer))
            .hint("use the device flow: --flow device")
    })?;
    let token_url = token_endpoint(request)?;
    // Bound first, so the port is ours (or the error says whose it is) before anything is sent.
    let listener = TcpListener::bind(("127.0.0.1", request.port)).await.map_err(|err| {
        Error::usage(format!("cannot listen on 127.0.0.1:{} for the sign-in callback: {err}", request.port))
            .hint("free the port, or pick another with --port (it must be registered at the provider)")
    })?;
    let client = oauth2::basic::BasicClient::new(ClientId::new(request.client_id.to_owned()))
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
    if paste {
        output.action(&format!(
            "Sign in at this URL, on any machine:\n  {url}\nThe browser then ends on a page that cannot load, at {redirect_uri}?code=...: copy that whole address and paste it here."
        ));
    } else {
        output.action(&format!(
            "Sign in at this URL (it is also being opened in a browser when one is available):\n  {url}"
        ));
    }
    preflight(http, &url, &at).await?;
    if request.open_browser {
        open_browser(url.as_str(), *output);
    }
    let pasted = paste.then(|| {
        if output.interactive() {
            output.action("Address: ");
        }
        read_pasted_line()
    });
    if !paste {
        output.note(&format!("Waiting for the provider to redirect to {redirect_uri} ..."));
    }
    let code = Secret::new(wait_for_code(listener, pasted, state.secret(), request.issuer, &at, output).await?);
    let mut form = vec![
        ("grant_type", "authorization_code"),
        ("code", code.expose()),
        ("redirect_uri", redirect_uri.as_str()),
        ("code_verifier", verifier.secret().as_str()),
    ];
    form.extend(request.extra.iter().filter(|(name, _)| *name == "resource").map(|(n, v)| (*n, v.as_str())));
    let client = ClientAuth { id: request.client_id, secret: request.client_secret };
    let answer = post_form(http, TOKEN_ENDPOINT, &token_url, &form, &client).await.map_err(Failed::into_error)?;
    let answered = answer.at(TOKEN_ENDPOINT, &token_url);
    match oauth::token_answer(&answered, &answer.body, false, &at)? {
        TokenAnswer::Issued(tokens) => Ok((held(tokens), nonce)),
        _ => Err(answered.unusable("not a token response").into()),
    }
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

/// Serves the loopback listener until a callback with our `state` arrives. Connections are
/// served concurrently (at most `MAX_CALLBACK_CONNECTIONS`), each with its own read limit, so idle
/// or slow local clients cannot hold up the real callback.
async fn wait_for_code(
    listener: TcpListener,
    mut pasted: Option<oneshot::Receiver<String>>,
    state: &str,
    issuer: &str,
    at: &ErrorContext<'_>,
    output: &crate::output::Output,
) -> Result<String> {
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            line = async { pasted.as_mut()?.await.ok() }, if pasted.is_some() => {
                pasted = None;
                // Nothing pasted (stdin closed): the listener may still get the callback.
                let Some(target) = line.as_deref().and_then(login::pasted_target) else { continue };
                match login::read_callback(&target, state, issuer) {
                    Callback::Code(code) => return Ok(code),
                    Callback::ProviderError { error, description } => {
                        return Err(login::provider_error(&error, description.as_deref(), at).into())
                    }
                    Callback::Ignored(why) => {
                        return Err(Error::rejected(format!("the pasted address is not this sign-in's callback: {why}"))
                            .hint(format!("paste the whole address the browser ended on, starting with {}", at.redirect_uri)))
                    }
                }
            }
            accepted = listener.accept() => {
                let (socket, _) = accepted
                    .map_err(|err| Error::network(format!("the sign-in callback listener failed: {err}")))?;
                if connections.len() < MAX_CALLBACK_CONNECTIONS {
                    connections.spawn(serve_callback(socket, state.to_owned(), issuer.to_owned(), *output));
                }
            }
            Some(served) = connections.join_next(), if !connections.is_empty() => match served {
                Ok(Some(Callback::Code(code))) => return Ok(code),
                Ok(Some(Callback::ProviderError { error, description })) => {
                    return Err(login::provider_error(&error, description.as_deref(), at).into())
                }
                _ => {}
            },
        }
    }
}

/// One line from stdin (the terminal, or a pipe), read on its own thread so the listener, the
/// timeout and Ctrl-C go on meanwhile; cut at the size of a request head. Without the thread,
/// only the listener can finish the sign-in.
fn read_pasted_line() -> oneshot::Receiver<String> {
    let (sender, receiver) = oneshot::channel();
    let _ = std::thread::Builder::new().name("paste".into()).spawn(move || {
        use std::io::{BufRead, Read};
        let mut line = String::new();
        let mut stdin = std::io::stdin().lock().take(login::MAX_CALLBACK_HEAD as u64);
        if stdin.read_line(&mut line).is_ok() {
            let _ = sender.send(line);
        }
    });
    receiver
}

/// One connection to the listener: its request judged, answered with a page, and closed.
async fn serve_callback(
    mut socket: tokio::net::TcpStream,
    state: String,
    issuer: String,
    output: crate::output::Output,
) -> Option<Callback> {
    let target = tokio::time::timeout(CALLBACK_READ_LIMIT, read_target(&mut socket)).await.ok().flatten()?;
    let callback = login::read_callback(&target, &state, &issuer);
    let (status, page) = match &callback {
        Callback::Ignored(why) => {
            if target.starts_with("/callback") {
                output.warn(&format!("ignored a request to the callback: {why}"));
            }
            (400, "This is not the sign-in alter is waiting for; it was ignored.")
        }
        Callback::Code(_) => (200, "Signed in. You can close this tab and return to the terminal."),
        Callback::ProviderError { .. } => {
            (200, "The sign-in did not complete. The terminal says why; you can close this tab.")
        }
    };
    let reply = format!(
        "HTTP/1.1 {status} {}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\ncache-control: no-store\r\n\r\n{page}",
        if status == 200 { "OK" } else { "Bad Request" },
        page.len()
    );
    let _ = socket.write_all(reply.as_bytes()).await;
    let _ = socket.shutdown().await;
    (!matches!(callback, Callback::Ignored(_))).then_some(callback)
}

/// The request target of an HTTP/1 request (`GET /callback?... HTTP/1.1`), its head read under
/// a cap.
async fn read_target(socket: &mut tokio::net::TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut chunk = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 || head.len() + n > login::MAX_CALLBACK_HEAD {
            return None;
        }
        head.extend_from_slice(&chunk[..n]);
    }
    login::request_target(&head).map(str::to_owned)
}

/// A person has `limit` to finish; Ctrl-C ends the wait (exit 130) and frees the port. A timeout
/// says what usually causes it (`hints`, from `domain::login::timeout_hints`).
pub async fn within<T>(limit: Duration, hints: Vec<String>, work: impl Future<Output = Result<T>>) -> Result<T> {
    tokio::select! {
        outcome = tokio::time::timeout(limit, work) => outcome.unwrap_or_else(|_| {
            let timed_out = Error::network(format!("the sign-in was not finished within {} s", limit.as_secs()));
            Err(hints.into_iter().fold(timed_out, Error::hint))
        }),
        _ = tokio::signal::ctrl_c() => Err(Error::new(ExitCode::Cancelled, "cancelled: the sign-in was interrupted")),
    }
}

/// A browser can be opened here: `$BROWSER`, a desktop session, or a desktop OS.
pub fn browser_available() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("BROWSER") || cfg!(any(target_os = "macos", target_os = "windows")) || set("DISPLAY") || set("WAYLAND_DISPLAY")
}
