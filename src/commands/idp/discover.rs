//! `alter idp discover`: preview what Alter would make of an issuer.

use crate::cli::DiscoverArgs;
use crate::context::{block_on, Context};
use crate::domain::discovery;
use crate::error::{Error, Result};
use crate::output::discovery_view;

pub fn run(args: &DiscoverArgs, ctx: &Context) -> Result<()> {
    // Local rules first: a bad or brokered issuer is refused before any request.
    let issuer = discovery::prepare(&args.issuer_url)?;
    if !args.offline {
        return Err(Error::usage("discovery through the control plane is not available in this build")
            .hint(format!("run it locally: alter idp discover --offline --issuer-url {}", issuer.as_str())));
    }
    let client = ctx.http_client()?;
    let found = block_on(crate::oidc::discover(&client, &issuer))?;
    ctx.output.result(&found, || discovery_view(&found))
}
