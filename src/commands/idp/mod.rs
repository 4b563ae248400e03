mod discover;

use crate::cli::{IdpArgs, IdpCommand};
use crate::context::Context;
use crate::error::Result;

pub fn run(args: IdpArgs, ctx: &Context) -> Result<()> {
    match args.command {
        IdpCommand::Discover(args) => discover::run(&args, ctx),
    }
}
