//! `alter idp directory-import`: one file per subcommand.

mod remove_credential;
mod run;
mod set_credential;
mod status;

use crate::cli::{DirectoryArgs, DirectoryCommand};
use crate::context::Context;
use crate::error::Result;

pub fn run(args: DirectoryArgs, ctx: &Context) -> Result<()> {
    match args.command {
        DirectoryCommand::SetCredential(args) => set_credential::run(&args, ctx),
        DirectoryCommand::Run(args) => run::run(&args, ctx),
        DirectoryCommand::Status(args) => status::run(args.provider.as_deref(), ctx),
        DirectoryCommand::RemoveCredential(args) => remove_credential::run(&args, ctx),
    }
}
