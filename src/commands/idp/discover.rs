//! `alter idp discover`: preview what Alter would make of an issuer, through the control plane
//! or, with `--offline`, on this machine.

use crate::cli::DiscoverArgs;
use crate::context::{block_on, Context};
use crate::domain::discovery;
use crate::error::Result;
use crate::output::discovery_view;

pub fn run(args: &DiscoverArgs, ctx: &Context) -> Result<()> {
    // Local rules first: a bad or brokered issuer is refused before any request.
    let issuer = discovery::prepare(&args.issuer_url)?;
    let found = if args.offline {
        let client = ctx.http_client()?;
        block_on(crate::oidc::discover(&client, &issuer))?
    } else {
        let app = ctx.app()?;
        let api = ctx.api()?;
        block_on(async { Ok(api.discover(&app.id, issuer.as_str()).await?) })?
    };
    ctx.output.result(&found, || discovery_view(&found))
}
