//! `alter link` / `alter unlink`: the workspace's app.

use crate::context::{block_on, check_id, current_dir, Context};
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::scrub::remote;
use crate::workspace::{self, Link};
use serde::Serialize;

#[derive(Serialize)]
struct Linked {
    app_id: String,
    app_name: String,
    path: String,
}

pub fn link(ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    if app.from == "the linked workspace" {
        return Err(Error::usage("which app? `alter link` needs --app APP_ID (or ALTER_APP_ID)"));
    }
    check_id("app id", &app.id, app.from)?;
    let api = ctx.api()?;
    let found = block_on(async { api.app(&app.id).await.map_err(Error::from) })?;
    let path =
        workspace::write(&current_dir()?, &Link { app_id: found.id.clone(), app_name: Some(found.name.clone()) })?;
    let result = Linked { app_id: found.id, app_name: found.name, path: path.display().to_string() };
    ctx.output.result(&result, || {
        format!(
            "Linked this directory to {} ({}) in {}\n",
            remote(&result.app_name),
            remote(&result.app_id),
            result.path
        )
    })
}

#[derive(Serialize)]
struct Unlinked {
    app_id: String,
    path: String,
}

pub fn unlink(ctx: &Context) -> Result<()> {
    let Some((path, link)) = workspace::find(&current_dir()?)? else {
        return Err(Error::new(ExitCode::NotFound, "this directory is not linked to an app")
            .hint("link it with `alter link --app APP_ID`"));
    };
    workspace::remove(&path)?;
    let result = Unlinked { app_id: link.app_id, path: path.display().to_string() };
    ctx.output.result(&result, || format!("Unlinked app {} (removed {})\n", remote(&result.app_id), result.path))
}
