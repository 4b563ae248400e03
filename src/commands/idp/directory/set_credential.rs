//! `alter idp directory-import set-credential`: save the read-only management credential,
//! checked locally (the domain's rules) before Alter verifies it.

use super::super::target;
use crate::cli::SetCredentialArgs;
use crate::context::{block_on, Context};
use crate::domain::directory::{self as rules, CredentialInputs};
use crate::error::Result;
use crate::output::directory_status_view;
use crate::secret::SecretSpec;

pub fn run(args: &SetCredentialArgs, ctx: &Context) -> Result<()> {
    let mut inputs = CredentialInputs {
        domain: args.domain.clone(),
        client_id: args.client_id.clone(),
        org_url: args.org_url.clone(),
        kid: args.kid.clone(),
        ..CredentialInputs::default()
    };
    let secret_flags = [
        ("--client-secret", &args.client_secret),
        ("--secret-key", &args.secret_key),
        ("--private-key", &args.private_key),
    ];
    // Before anything is read: each provider takes one secret, so at most one flag reads stdin.
    let mut given = inputs.given();
    given.extend(secret_flags.iter().filter(|(_, spec)| spec.is_some()).map(|(flag, _)| *flag));
    rules::check_one_provider(&given)?;
    let read =
        |(flag, spec): (&str, &Option<SecretSpec>)| spec.as_deref().map(|s| ctx.read_secret(flag, s)).transpose();
    let [client_secret, secret_key, private_key] = secret_flags.map(read);
    (inputs.client_secret, inputs.secret_key, inputs.private_key) = (client_secret?, secret_key?, private_key?);
    // Every input is checked before any request: a bad key costs nothing.
    let checked = inputs.check()?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let status = block_on(async {
        let provider = target::resolve(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        let credential = checked.for_provider(provider.provider_type)?;
        Ok(api.set_directory_credential(&app.id, &provider.id, &credential).await?)
    })?;
    ctx.output.result(&status, || directory_status_view(&status))?;
    ctx.output
        .note("Credential verified and saved. Start the first import now: `alter idp directory-import run --wait`");
    Ok(())
}
