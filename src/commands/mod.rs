//! One module per command: turn parsed arguments into calls on the layers below, then print.

mod idp;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::error::Result;

pub fn run(cli: Cli, ctx: &Context) -> Result<()> {
    match cli.command {
        Command::IdentityProviders(args) => idp::run(args, ctx),
    }
}
