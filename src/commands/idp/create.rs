//! `alter idp create` (alias `configure`): save the app's identity provider.

use super::body;
use crate::api::models::CreateIdentityProvider;
use crate::api::Endpoint;
use crate::cli::CreateArgs;
use crate::context::{api_url, block_on, Context};
use crate::domain::discovery;
use crate::error::{Error, Result};
use crate::output::{notices, provider_view};

pub fn run(args: &CreateArgs, ctx: &Context) -> Result<()> {
    let mut request: CreateIdentityProvider = match (&args.input, &args.issuer_url) {
        (Some(spec), _) => body::from_input(spec, "CreateIdentityProvider")?,
        (None, Some(issuer)) => body::create_from_flags(issuer, &args.fields, ctx)?,
        (None, None) => return Err(Error::usage("--issuer-url or --input is required")),
    };
    // The same local rules as discover: no request for an issuer that cannot work. What was
    // checked (trimmed) is what is sent.
    let issuer = discovery::prepare(&request.issuer_url)?;
    request.issuer_url = issuer.as_str().to_owned();
    if request.wallet.as_ref().is_some_and(|w| w.client_id.is_empty() || w.client_secret.expose().is_empty()) {
        return Err(Error::usage("wallet needs both a non-empty client_id and client_secret"));
    }
    let app = ctx.app()?;
    if args.dry_run {
        return body::dry_run(ctx, &Endpoint::create_provider(&app.id, &request).render(&api_url()?)?);
    }
    let api = ctx.api()?;
    let created = block_on(async { Ok(api.create_provider(&app.id, &request).await?) })?;
    notices(&ctx.output, &created.notices);
    ctx.output.note("Claim mappings lock after the first end user signs in: check them now (`alter idp show`).");
    ctx.output.result(&created, || provider_view(&created.provider))
}
