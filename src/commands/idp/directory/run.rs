//! `alter idp directory-import run [--wait]`: start an import now, and with `--wait` follow it
//! to its counts.

use super::super::target;
use crate::api::models::DirectoryRunState;
use crate::cli::DirectoryRunArgs;
use crate::context::{block_on, Context};
use crate::error::{Error, Result};
use crate::output::directory_run_view;
use crate::scrub::remote;

pub fn run(args: &DirectoryRunArgs, ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let (id, run) = block_on(async {
        let id = target::resolve_id(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        let started = api.run_directory_import(&app.id, &id).await?;
        if !args.wait {
            return Ok((id, started));
        }
        let mut progress = ctx.output.run_progress();
        let run = api.wait_for_directory_run(&app.id, &id, started, |run| progress.update(run)).await?;
        Ok((id, run))
    })?;
    ctx.output.result(&run, || directory_run_view(&run))?;
    if !args.wait {
        ctx.output.note(&format!(
            "Import {} started. Follow it with `alter idp directory-import status --provider {}`",
            remote(&run.id),
            remote(&id)
        ));
        return Ok(());
    }
    match run.status {
        DirectoryRunState::Failed => Err(Error::rejected(format!(
            "directory import {} failed: {}",
            remote(&run.id),
            run.error.as_deref().map_or_else(|| "the control plane gave no reason".to_owned(), remote)
        ))
        .hint("if the credential was revoked or lost its permissions, save a new one with `alter idp directory-import set-credential`, then `alter idp directory-import run --wait`")),
        _ => Ok(()),
    }
}
