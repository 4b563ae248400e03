//! `alter idp diff -f FILE|-`: the plan, and exit 8 when the provider differs from the file.
//! Reads no secret and writes nothing.

use super::declared;
use crate::cli::DiffArgs;
use crate::context::{block_on, Context};
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::output::plan_view;

pub fn run(args: &DiffArgs, ctx: &Context) -> Result<()> {
    let desired = declared::read(&args.file, ctx)?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let plan = block_on(async {
        let saved = declared::saved(&api, &app.id).await?;
        declared::plan_for(&api, &app.id, &desired, saved.as_ref(), false).await
    })?;
    declared::show_notes(&plan, ctx);
    let report = declared::report(&plan, &app.id, &args.file);
    ctx.output.result(&report, || plan_view(&report))?;
    if plan.in_sync() {
        return Ok(());
    }
    let file = &args.file;
    Err(Error::new(ExitCode::Differences, format!("The provider of app {} differs from {file}.", app.id))
        .hint(format!("apply it with `alter idp apply -f {file}` (add --dry-run to see the plan first)")))
}
