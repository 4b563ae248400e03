//! Which identity provider a command acts on: `--provider`, or the app's only one.

use crate::api::models::IdentityProvider;
use crate::api::ApiClient;
use crate::context::check_id;
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::output::Output;
use crate::scrub::remote;

/// The provider's id; no request when `--provider` was given.
pub async fn resolve_id(api: &ApiClient, app: &str, given: Option<&str>, out: &Output) -> Result<String> {
    match given {
        Some(id) => {
            check_id("provider id", id, "--provider")?;
            Ok(id.to_owned())
        }
        None => Ok(only_provider(api, app, out).await?.id),
    }
}

/// The whole provider, for commands whose local checks depend on its type.
pub async fn resolve(api: &ApiClient, app: &str, given: Option<&str>, out: &Output) -> Result<IdentityProvider> {
    match given {
        Some(id) => {
            check_id("provider id", id, "--provider")?;
            Ok(api.get_provider(app, id).await?)
        }
        None => only_provider(api, app, out).await,
    }
}

async fn only_provider(api: &ApiClient, app: &str, out: &Output) -> Result<IdentityProvider> {
    let mut providers = api.list_providers(app).await?.items;
    match providers.len() {
        0 => Err(Error::new(ExitCode::NotFound, format!("app {app} has no identity provider"))
            .hint("create one with `alter idp create --issuer-url URL`")),
        1 => {
            let only = providers.remove(0);
            out.note(&format!(
                "Using identity provider {} ({}, {})",
                remote(&only.id),
                only.provider_type,
                remote(&only.issuer_url)
            ));
            Ok(only)
        }
        n => {
            let choices: Vec<String> = providers
                .iter()
                .map(|p| format!("{} ({}, {})", remote(&p.id), p.provider_type, remote(&p.issuer_url)))
                .collect();
            Err(Error::usage(format!("app {app} has {n} identity providers: {}", choices.join("; ")))
                .hint("pick one with --provider ID"))
        }
    }
}
