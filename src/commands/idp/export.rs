//! `alter idp export [--provider ID] [-o FILE]`: the provider as the file diff and apply read.

use super::{declared, target};
use crate::cli::ExportArgs;
use crate::context::{block_on, Context};
use crate::domain::export::{export, placeholders};
use crate::error::{Error, Result};
use crate::output::json_document;

pub fn run(args: &ExportArgs, ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let provider = block_on(target::resolve(&api, &app.id, args.target.provider.as_deref(), &ctx.output))?;
    let exported = export(&declared::current(&provider));
    let names = placeholders(&exported);
    if !names.is_empty() {
        ctx.output
            .note(&format!("note: secrets are not exported; set {} before applying the file", names.join(" and ")));
    }
    match &args.output {
        None => ctx.output.document(&exported),
        Some(path) => {
            let (text, holding) = json_document(&exported)?;
            ctx.output.warn_held(&holding);
            std::fs::write(path, &text)
                .map_err(|err| Error::usage(format!("cannot write {}: {err}", path.display())))?;
            ctx.output.note(&format!(
                "Wrote {} (identity provider {} of app {})",
                path.display(),
                crate::scrub::remote(&provider.id),
                app.id
            ));
            Ok(())
        }
    }
}
