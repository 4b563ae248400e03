//! `alter idp delete`: asks on a terminal; without one, `--yes` is required.

use super::target;
use crate::cli::DeleteArgs;
use crate::context::{block_on, Context};
use crate::error::Result;
use crate::prompt;
use serde::Serialize;

#[derive(Serialize)]
struct Deleted {
    id: String,
    deleted: bool,
}

pub fn run(args: &DeleteArgs, ctx: &Context) -> Result<()> {
    prompt::require_confirmation_possible(&ctx.output, args.yes, "deleting an identity provider")?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let id = block_on(async {
        let id = target::resolve_id(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        prompt::confirm(
            &ctx.output,
            &format!(
                "Delete identity provider {} of app {}? Its end users can no longer sign in",
                crate::scrub::remote(&id),
                app.id
            ),
            args.yes,
        )?;
        api.delete_provider(&app.id, &id).await?;
        Ok(id)
    })?;
    let result = Deleted { id, deleted: true };
    ctx.output.result(&result, || format!("Deleted identity provider {}\n", crate::scrub::remote(&result.id)))
}
