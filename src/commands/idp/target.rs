//! Which identity provider a command acts on: `--provider`, or the app's only one.

use crate::api::ApiClient;
use crate::context::check_id;
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::output::Output;

pub async fn resolve(api: &ApiClient, app: &str, given: Option<&str>, out: &Output) -> Result<String> {
    if let Some(id) = given {
        check_id("provider id", id, "--provider")?;
        return Ok(id.to_owned());
    }
    let providers = api.list_providers(app).await?.items;
    match providers.as_slice() {
        [] => Err(Error::new(ExitCode::NotFound, format!("app {app} has no identity provider"))
            .hint("create one with `alter idp create --issuer-url URL`")),
        [only] => {
            out.note(&format!("Using identity provider {} ({}, {})", only.id, only.provider_type, only.issuer_url));
            Ok(only.id.clone())
        }
        many => {
            let choices: Vec<String> =
                many.iter().map(|p| format!("{} ({}, {})", p.id, p.provider_type, p.issuer_url)).collect();
            Err(Error::usage(format!("app {app} has {} identity providers: {}", many.len(), choices.join("; ")))
                .hint("pick one with --provider ID"))
        }
    }
}
