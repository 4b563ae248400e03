//! `alter idp show`.

use super::target;
use crate::cli::ProviderArg;
use crate::context::{block_on, Context};
use crate::error::Result;
use crate::output::provider_view;

pub fn run(args: &ProviderArg, ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let provider = block_on(target::resolve(&api, &app.id, args.provider.as_deref(), &ctx.output))?;
    ctx.output.result(&provider, || provider_view(&provider))
}
