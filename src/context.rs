//! Global flags and the environment, resolved once into what commands need: the output mode,
//! the app (`--app` > `ALTER_APP_ID` > linked workspace), and clients built only on demand.

use crate::api::{ApiClient, DEFAULT_API_URL};
use crate::cli::GlobalArgs;
use crate::credentials::{self, StoredToken};
use crate::domain::issuer::is_loopback;
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::output::Output;
use crate::secret::Secret;
use crate::workspace;
use std::future::Future;
use std::path::PathBuf;

pub struct Context {
    pub output: Output,
    app_flag: Option<String>,
    ca_cert: Option<PathBuf>,
}

/// Which app a command acts on, and why.
#[derive(Debug, Clone)]
pub struct AppChoice {
    pub id: String,
    pub from: &'static str,
    /// The workspace link file, when the app came from one.
    pub link_file: Option<PathBuf>,
}

/// The control plane's base URL, and why it is this one.
#[derive(Debug, Clone)]
pub struct ApiEndpoint {
    pub url: String,
    /// `ALTER_API_URL` or `the default`.
    pub from: &'static str,
}

impl Context {
    pub fn new(global: &GlobalArgs, output: Output) -> Self {
        Self { output, app_flag: global.app.clone(), ca_cert: global.ca_cert.clone() }
    }

    /// Built only by commands that go to the network, so `--help` and local errors never pay
    /// for TLS set-up.
    pub fn http_client(&self) -> Result<reqwest::Client> {
        crate::http::client(self.ca_cert.as_deref())
    }

    /// For OAuth endpoints and the sign-in pre-flight, which must see redirects, not follow them.
    pub fn http_client_without_redirects(&self) -> Result<reqwest::Client> {
        crate::http::client_without_redirects(self.ca_cert.as_deref())
    }

    /// Reads a secret flag (`-`, `@path` or inline) and shows its warnings (inline use, a file
    /// others can read) the same way for every command.
    /// The extra CA from `--ca-cert` or `ALTER_CA_CERT`, if any.
    pub fn ca_cert(&self) -> Option<&std::path::Path> {
        self.ca_cert.as_deref()
    }

    pub fn read_secret(&self, flag: &str, spec: &str) -> Result<Secret> {
        let (secret, _, warnings) = crate::secret::read_secret(flag, spec)?;
        for warning in warnings {
            self.output.warn(&warning);
        }
        Ok(secret)
    }

    pub fn app(&self) -> Result<AppChoice> {
        self.app_if_any()?.ok_or_else(|| {
            Error::usage("no app selected")
                .hint("pass --app APP_ID, set ALTER_APP_ID, or link this directory with `alter link --app APP_ID`")
        })
    }

    /// The app from `--app`, `ALTER_APP_ID` or the nearest link file; None when none names one.
    pub fn app_if_any(&self) -> Result<Option<AppChoice>> {
        let env = std::env::var("ALTER_APP_ID").ok().filter(|v| !v.is_empty());
        let choice = if let Some(id) = &self.app_flag {
            AppChoice { id: id.clone(), from: "--app", link_file: None }
        } else if let Some(id) = env {
            AppChoice { id, from: "ALTER_APP_ID", link_file: None }
        } else if let Some((path, link)) = workspace::find(&current_dir()?)? {
            AppChoice { id: link.app_id, from: "the linked workspace", link_file: Some(path) }
        } else {
            return Ok(None);
        };
        check_id("app id", &choice.id, choice.from)?;
        Ok(Some(choice))
    }

    /// The client for the signed-in token.
    pub fn api(&self) -> Result<ApiClient> {
        api_url()?;
        self.api_with(self.stored_token()?.token)
    }

    /// The stored token, warning (once per run) when its file is readable by other users.
    pub fn stored_token(&self) -> Result<StoredToken> {
        let stored = stored_token()?;
        if let Some(warning) = stored.exposure_warning() {
            static WARNED: std::sync::Once = std::sync::Once::new();
            WARNED.call_once(|| self.output.warn(&warning));
        }
        Ok(stored)
    }

    /// The client for `token`, e.g. one being checked before it is stored.
    pub fn api_with(&self, token: Secret) -> Result<ApiClient> {
        Ok(ApiClient::new(self.http_client()?, &api_url()?, token))
    }
}

/// `ALTER_TOKEN`, the keyring or the fallback file; none is "not signed in" (exit 3).
/// A token that cannot be sent is exit 3 here, before any request.
pub fn stored_token() -> Result<StoredToken> {
    let stored = credentials::load()?.ok_or_else(|| {
        Error::new(ExitCode::NotAuthenticated, "not signed in to Alter")
            .hint("run `alter auth login`, or set ALTER_TOKEN (e.g. from your CI secret store)")
    })?;
    credentials::check_sendable(&stored.token, &stored.source.to_string())?;
    Ok(stored)
}

/// `ALTER_API_URL`, checked so a token is never sent in clear to a remote host.
pub fn api_url() -> Result<String> {
    Ok(api_endpoint()?.url)
}

/// `ALTER_API_URL` or the default, with which it was.
pub fn api_endpoint() -> Result<ApiEndpoint> {
    let (raw, from) = match std::env::var("ALTER_API_URL").ok().filter(|v| !v.is_empty()) {
        Some(raw) => (raw, "ALTER_API_URL"),
        None => (DEFAULT_API_URL.to_owned(), "the default"),
    };
    hold_userinfo(&raw);
    let url = url::Url::parse(&raw)
        .map_err(|err| Error::usage(format!("ALTER_API_URL `{}` is not a URL ({err})", crate::scrub::remote(&raw))))?;
    if url.scheme() == "https" || (url.scheme() == "http" && is_loopback(&url)) {
        Ok(ApiEndpoint { url: raw, from })
    } else {
        Err(Error::usage(format!(
            "ALTER_API_URL `{}` must be an https URL (plain http only for localhost)",
            crate::scrub::remote(&raw)
        )))
    }
}

/// A password in a URL (`https://user:pw@host`) is a credential, and so is a long user name
/// (a token passed as one): held like every secret, so `-v` traces and errors show `***` in its
/// place. Found without parsing, so even a URL that does not parse is never echoed with it.
fn hold_userinfo(raw: &str) {
    let after_scheme = raw.split_once("://").map_or(raw, |(_, rest)| rest);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or(after_scheme);
    let Some((userinfo, _)) = authority.rsplit_once('@') else { return };
    let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
    if !password.is_empty() {
        crate::scrub::hold(password);
    }
    if user.len() >= 8 {
        crate::scrub::hold(user);
    }
}

/// The contract's id pattern, checked before any request: `^[A-Za-z0-9_-]{1,64}$`.
pub fn check_id(what: &str, id: &str, from: &str) -> Result<()> {
    let valid = (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if valid {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "`{}` (from {from}) is not a valid {what}: use 1-64 letters, digits, `_` or `-`",
            crate::scrub::remote(id)
        )))
    }
}

pub fn current_dir() -> Result<PathBuf> {
    std::env::current_dir().map_err(|err| Error::usage(format!("cannot read the current directory: {err}")))
}

/// A current-thread runtime per command: one request at a time needs no more.
pub fn block_on<T>(future: impl Future<Output = Result<T>>) -> Result<T> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| Error::unexpected(format!("cannot start the async runtime: {err}")))?
        .block_on(future)
}
