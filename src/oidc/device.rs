//! The device authorization grant (RFC 8628): ask for a code, show it (never quieted: the
//! person must act on it), then poll the token endpoint as the provider says, within limits the
//! provider cannot break: at least 1 s between polls, never past the deadline, `slow_down`
//! saturating. Only what can heal is retried; anything else ends the run at once, named.

use super::login::{self as signin, Request, Tokens};
use super::oauth::{post_form, ClientAuth, Failed};
use crate::domain::login::{provider_error, Flow};
use crate::domain::oauth::{self, TokenAnswer};
use crate::error::{Error, Result};
use crate::scrub::remote;
use crate::secret::Secret;
use std::time::Instant;

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
const DEVICE_ENDPOINT: &str = "device authorization endpoint";
const TOKEN_ENDPOINT: &str = "token endpoint";

pub async fn device(http: &reqwest::Client, request: &Request<'_>, output: &crate::output::Output) -> Result<Tokens> {
    let context = signin::context(request, "", Flow::Device);
    let endpoint = request.endpoints.device.clone().ok_or_else(|| {
        Error::rejected("the provider offers no device authorization endpoint")
            .hint("use the browser flow: --flow browser")
    })?;
    let token_url = signin::token_endpoint(request)?;
    let client = ClientAuth { id: request.client_id, secret: request.client_secret };
    let scope = request.scopes.join(" ");
    let mut form: Vec<(&str, &str)> = vec![("scope", &scope)];
    form.extend(request.extra.iter().map(|(name, value)| (*name, value.as_str())));
    let answer = post_form(http, DEVICE_ENDPOINT, &endpoint, &form, &client).await.map_err(Failed::into_error)?;
    let grant =
        oauth::device_answer(&answer.at(DEVICE_ENDPOINT, &endpoint), &answer.body, request.issuer_url, &context)?;
    let started = Instant::now();
    let device_code = Secret::new(grant.device_code);
    let mut text = format!(
        "To sign in, open {} and enter the code {}",
        remote(grant.verification_uri.as_str()),
        remote(&grant.user_code)
    );
    if let Some(complete) = &grant.verification_uri_complete {
        text.push_str(&format!("\n  or open {}", remote(complete.as_str())));
    }
    output.action(&text);
    if request.open_browser {
        let target = grant.verification_uri_complete.as_ref().unwrap_or(&grant.verification_uri);
        signin::open_browser(target.as_str(), *output);
    }
    output.note("Waiting for the sign-in to finish ...");
    let expires = grant.expires_in.and_then(|lifetime| started.checked_add(lifetime));
    let form = [("grant_type", DEVICE_GRANT), ("device_code", device_code.expose())];
    let mut interval = grant.interval;
    let mut pause = interval;
    loop {
        let now = Instant::now();
        if expires.is_some_and(|at| now >= at) {
            return Err(provider_error("expired_token", None, &context).into());
        }
        match oauth::next_pause(pause, request.deadline.saturating_duration_since(now)) {
            Some(pause) => tokio::time::sleep(pause).await,
            // No poll fits before `--timeout`: wait for it to end the run.
            None => std::future::pending().await,
        }
        let answer = match post_form(http, TOKEN_ENDPOINT, &token_url, &form, &client).await {
            Ok(answer) => answer,
            Err(Failed::CanHeal(err)) => {
                pause = oauth::backed_off(interval);
                output.warn(&format!("{}; trying again in {} s", err.message, pause.as_secs()));
                continue;
            }
            Err(Failed::Fatal(err)) => return Err(err),
        };
        pause = match oauth::token_answer(&answer.at(TOKEN_ENDPOINT, &token_url), &answer.body, true, &context)? {
            TokenAnswer::Issued(tokens) => return Ok(signin::held(tokens)),
            TokenAnswer::Pending => interval,
            TokenAnswer::SlowDown => {
                interval = oauth::slowed_down(interval);
                interval
            }
            TokenAnswer::Busy => oauth::backed_off(interval),
        };
    }
}
