//! `alter idp update`: change the audience, claim mappings or wallet credentials.

use super::{body, target};
use crate::api::models::UpdateIdentityProvider;
use crate::api::Endpoint;
use crate::cli::UpdateArgs;
use crate::context::{api_url, block_on, Context};
use crate::error::{Error, Result};
use crate::output::{notices, provider_view};

pub fn run(args: &UpdateArgs, ctx: &Context) -> Result<()> {
    let request: UpdateIdentityProvider = match &args.input {
        Some(spec) => body::from_input(spec, "UpdateIdentityProvider")?,
        None => body::update_from_flags(&args.fields, args.remove_wallet, ctx)?,
    };
    if request.is_empty() {
        return Err(Error::usage("the update body is empty: name at least one field to change"));
    }
    let app = ctx.app()?;
    if args.dry_run {
        let provider = args.target.provider.as_deref().unwrap_or("{provider_id}");
        return body::dry_run(ctx, &Endpoint::update_provider(&app.id, provider, &request).render(&api_url()?)?);
    }
    let api = ctx.api()?;
    let updated = block_on(async {
        let id = target::resolve_id(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        Ok(api.update_provider(&app.id, &id, &request).await?)
    })?;
    notices(&ctx.output, &updated.notices);
    if request.user_id_claim.is_some() || request.group_claim.is_some() || request.role_claim.is_some() {
        ctx.output.note("Claim mappings lock after the first end user signs in.");
    }
    ctx.output.result(&updated, || provider_view(&updated.provider))
}
