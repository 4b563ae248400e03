//! The checks that need no network: where the token comes from, the keyring, TLS trust and the
//! proxy in effect.

use crate::context::{ApiEndpoint, Context};
use crate::credentials::{self, TokenSource};
use crate::domain::doctor::{self, Check, KeyringState, Section, TokenFound};
use crate::http;
use crate::secret::Secret;

/// The token (if any), with the token-source and keyring lines pushed onto `checks`.
pub fn token(checks: &mut Vec<Check>) -> Option<Secret> {
    let loaded = credentials::load();
    let file = credentials::file_path().map(|p| p.display().to_string());
    let from_env = matches!(&loaded, Ok(Some(stored)) if stored.source == TokenSource::Env);
    let token = match loaded {
        Ok(Some(stored)) => {
            let found = match &stored.source {
                TokenSource::Env => TokenFound::Env,
                TokenSource::Keyring => TokenFound::Keyring,
                TokenSource::File(path) => TokenFound::File {
                    path: file.as_deref().unwrap_or_default(),
                    access: crate::platform::file_access(path).ok(),
                },
            };
            checks.push(doctor::token_source(&found));
            // The same refusal every command gives before sending a token that cannot be a header.
            match credentials::check_sendable(&stored.token, &stored.source.to_string()) {
                Ok(()) => Some(stored.token),
                Err(err) => {
                    checks.push(Check::failed(Section::Machine, "token_sendable", &err.message, &err.hints));
                    None
                }
            }
        }
        Ok(None) => {
            checks.push(doctor::token_source(&TokenFound::Nowhere));
            None
        }
        Err(err) => {
            checks.push(Check::failed(Section::Machine, "token_source", &err.message, &err.hints));
            None
        }
    };
    checks.push(match credentials::keyring_available() {
        Ok(true) => doctor::keyring(&KeyringState::Available, from_env),
        Ok(false) => doctor::keyring(&KeyringState::Absent { file: file.as_deref() }, from_env),
        Err(err) => Check::failed(Section::Machine, "keyring", &err.message, &err.hints),
    });
    token
}

/// The HTTP client, with the TLS and proxy lines; None when it cannot be built.
pub fn client(ctx: &Context, endpoint: Option<&ApiEndpoint>, checks: &mut Vec<Check>) -> Option<reqwest::Client> {
    let trust = http::trust_in_effect(ctx.ca_cert());
    let extra = trust.extra.as_ref().map(|(path, from)| (path.as_str(), *from));
    let client = ctx.http_client();
    let error = client.as_ref().err().map(|err| (err.message.as_str(), err.hints.as_slice()));
    checks.push(doctor::tls(&trust.store, &trust.missing, extra, error));
    if let Some(endpoint) = endpoint {
        let host =
            url::Url::parse(&endpoint.url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default();
        let route = http::proxy_route(&endpoint.url);
        checks.push(doctor::proxy(&host, &route));
    }
    client.ok()
}
