mod against;
mod apply;
mod body;
mod check_token;
mod create;
mod declared;
mod delete;
mod diff;
mod directory;
mod discover;
mod export;
mod list;
mod restore;
mod show;
mod steps;
mod target;
mod test_login;
mod update;
mod webhook;

use crate::cli::{IdpArgs, IdpCommand};
use crate::context::Context;
use crate::error::Result;

pub fn run(args: IdpArgs, ctx: &Context) -> Result<()> {
    match args.command {
        IdpCommand::Discover(args) => discover::run(&args, ctx),
        IdpCommand::Create(args) => create::run(&args, ctx),
        IdpCommand::List => list::run(ctx),
        IdpCommand::Show(args) => show::run(&args, ctx),
        IdpCommand::Update(args) => update::run(&args, ctx),
        IdpCommand::Delete(args) => delete::run(&args, ctx),
        IdpCommand::Webhook(args) => webhook::run(args, ctx),
        IdpCommand::DirectoryImport(args) => directory::run(args, ctx),
        IdpCommand::CheckToken(args) => check_token::run(&args, ctx),
        IdpCommand::TestLogin(args) => test_login::run(&args, ctx),
        IdpCommand::Export(args) => export::run(&args, ctx),
        IdpCommand::Diff(args) => diff::run(&args, ctx),
        IdpCommand::Apply(args) => apply::run(&args, ctx),
    }
}
