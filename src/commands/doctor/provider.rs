//! The app's identity provider: its saved issuer through discovery now (the same rules as
//! `discover --offline`), its keys, the issuer's clock, wallet, webhook, directory import and
//! claim lock. Discovery and the directory-import lookup run concurrently.

use crate::api::models::IdentityProvider;
use crate::api::{ApiClient, ApiError};
use crate::context::AppChoice;
use crate::domain::doctor::{self, Check, Import, Section, Status};
use crate::domain::jwks::{self, KeyReport};
use crate::domain::{claims, discovery, scopes};
use crate::error::Error;
use crate::scrub::remote;

pub async fn checks(api: &ApiClient, client: &reqwest::Client, app: Option<&AppChoice>, signed_in: bool) -> Vec<Check> {
    let skipped = |why: &str| vec![Check::skipped(Section::IdentityProvider, "identity_provider", why)];
    let Some(app) = app else { return skipped("no app selected") };
    if !signed_in {
        return skipped("not signed in");
    }
    let provider = match api.list_providers(&app.id).await {
        Ok(list) => list.items.into_iter().next(),
        Err(ApiError::Status { status: 403, problem, .. }) => {
            let scope = problem.required_scope.unwrap_or_else(|| scopes::READ.to_owned());
            return skipped(&format!("the token lacks the {scope} scope"));
        }
        Err(ApiError::Status { status: 401 | 404, .. }) => return skipped("see the token and app lines"),
        Err(ApiError::Transport(_)) => return skipped("the control plane is unreachable"),
        Err(err) => {
            let err = Error::from(err);
            return vec![Check::failed(Section::IdentityProvider, "identity_provider", &err.message, &err.hints)];
        }
    };
    let Some(provider) = provider else {
        return vec![Check::new(
            Section::IdentityProvider,
            "identity_provider",
            Status::Info,
            format!("app {} has no identity provider yet", app.id),
        )
        .fix("create one with `alter idp create --issuer-url URL`")];
    };
    let mut checks = vec![Check::new(
        Section::IdentityProvider,
        "identity_provider",
        Status::Info,
        format!("{} ({}, {})", remote(&provider.id), provider.provider_type, remote(&provider.issuer_url)),
    )];
    let (found, import) = tokio::join!(discovery_checks(client, &provider), import_check(api, &app.id, &provider));
    checks.extend(found);
    checks.push(import);
    checks.push(doctor::wallet(provider.wallet.as_ref().map(|w| w.verification.as_str())));
    checks.push(doctor::webhook(provider.webhook.enabled, provider.provider_type));
    checks.push(doctor::claims(provider.claims_locked));
    checks
}

/// Discovery of the saved issuer now, the `jwks_uri` it publishes against the saved one, the
/// keys, and the issuer's clock.
async fn discovery_checks(client: &reqwest::Client, provider: &IdentityProvider) -> Vec<Check> {
    let failed = |err: Error| {
        let why = "discovery failed";
        vec![
            Check::failed(Section::IdentityProvider, "discovery", &err.message, &err.hints),
            Check::skipped(Section::IdentityProvider, "jwks_uri", why),
            Check::skipped(Section::IdentityProvider, "signing_keys", why),
            Check::skipped(Section::Clock, "clock_issuer", why),
        ]
    };
    let issuer = match discovery::prepare(&provider.issuer_url) {
        Ok(issuer) => issuer,
        Err(rejection) => return failed(rejection.into()),
    };
    let (found, keys) = match crate::oidc::discover_with_keys(client, &issuer).await {
        Ok(found) => found,
        Err(err) => return failed(err),
    };
    // Discovery has already refused a set with no usable key.
    let report =
        jwks::usable_signing_keys(&keys.jwks, &found.jwks_uri).unwrap_or(KeyReport { usable: 0, unusable: Vec::new() });
    vec![
        Check::new(
            Section::IdentityProvider,
            "discovery",
            Status::Ok,
            format!("{} still passes discovery ({})", remote(&found.issuer), found.provider_type),
        ),
        doctor::jwks_uri(&provider.jwks_uri, &found.jwks_uri),
        doctor::signing_keys(&found.jwks_uri, report.usable, &report.unusable),
        doctor::clock("clock_issuer", "the issuer's", keys.clock_skew, "not measured: the issuer sent no Date header"),
    ]
}

async fn import_check(api: &ApiClient, app: &str, provider: &IdentityProvider) -> Check {
    if !claims::capabilities(provider.provider_type).directory_sync {
        return doctor::directory_import(&Import::Unsupported);
    }
    let status = match api.directory_status(app, &provider.id).await {
        Ok(status) => status,
        Err(ApiError::Transport(_)) => {
            return Check::skipped(Section::IdentityProvider, "directory_import", "the control plane is unreachable")
        }
        Err(ApiError::Status { status: 403, .. }) => {
            return Check::skipped(
                Section::IdentityProvider,
                "directory_import",
                format!("the token lacks the {} scope", scopes::DIRECTORY),
            )
        }
        Err(err) => {
            let err = Error::from(err);
            return Check::failed(Section::IdentityProvider, "directory_import", &err.message, &err.hints);
        }
    };
    let import = match (&status.supported, &status.configured, &status.last_run) {
        (false, _, _) => Import::Unsupported,
        (_, false, _) => Import::NotConfigured,
        (_, _, None) => Import::NeverRan,
        (_, _, Some(run)) => Import::Last {
            status: run.status.as_str(),
            finished_at: run.finished_at.as_deref(),
            error: run.error.as_deref(),
        },
    };
    doctor::directory_import(&import)
}
