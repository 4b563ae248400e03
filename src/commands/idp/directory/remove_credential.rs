//! `alter idp directory-import remove-credential`: scheduled imports stop.

use super::super::target;
use crate::cli::DirectoryRemoveArgs;
use crate::context::{block_on, Context};
use crate::error::Result;
use crate::prompt;
use serde::Serialize;

#[derive(Serialize)]
struct Removed {
    provider_id: String,
    credential_removed: bool,
}

pub fn run(args: &DirectoryRemoveArgs, ctx: &Context) -> Result<()> {
    prompt::require_confirmation_possible(&ctx.output, args.yes, "removing the directory-import credential")?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let id = block_on(async {
        let id = target::resolve_id(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        prompt::confirm(
            &ctx.output,
            &format!(
                "Remove the directory-import credential of {id}? Scheduled imports stop, and users removed at the provider are no longer deprovisioned by sync"
            ),
            args.yes,
        )?;
        api.delete_directory_credential(&app.id, &id).await?;
        Ok(id)
    })?;
    let result = Removed { provider_id: id, credential_removed: true };
    ctx.output.result(&result, || {
        format!(
            "Removed the directory-import credential of {}; scheduled imports stopped.\n",
            crate::scrub::remote(&result.provider_id)
        )
    })
}
