//! One module per command: turn parsed arguments into calls on the layers below, then print.

mod auth;
mod doctor;
mod idp;
mod link;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::error::Result;

pub fn run(cli: Cli, ctx: &Context) -> Result<()> {
    match cli.command {
        Command::IdentityProviders(args) => idp::run(args, ctx),
        Command::Auth(args) => auth::run(args, ctx),
        Command::Link => link::link(ctx),
        Command::Unlink => link::unlink(ctx),
        Command::Doctor(args) => doctor::run(&args, ctx),
    }
}
