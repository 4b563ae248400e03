//! `alter idp list`.

use crate::context::{block_on, Context};
use crate::error::Result;
use crate::output::providers_table;

pub fn run(ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let list = block_on(async { Ok(api.list_providers(&app.id).await?) })?;
    ctx.output.result(&list, || providers_table(&list.items, &app.id))
}
