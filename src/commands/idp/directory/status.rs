//! `alter idp directory-import status`: configured or not, the last run and the next one.

use super::super::target;
use crate::context::{block_on, Context};
use crate::error::Result;
use crate::output::directory_status_view;

pub fn run(provider: Option<&str>, ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let status = block_on(async {
        let id = target::resolve_id(&api, &app.id, provider, &ctx.output).await?;
        Ok(api.directory_status(&app.id, &id).await?)
    })?;
    ctx.output.result(&status, || directory_status_view(&status))
}
