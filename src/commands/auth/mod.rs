//! `alter auth login|status|logout`.

use crate::cli::{AuthArgs, AuthCommand, LoginArgs};
use crate::context::{block_on, Context};
use crate::credentials::{self, TokenSource};
use crate::error::{Error, Result};
use crate::output::token_view;
use crate::prompt;
use crate::secret::Secret;
use serde::Serialize;

pub fn run(args: AuthArgs, ctx: &Context) -> Result<()> {
    match args.command {
        AuthCommand::Login(args) => login(&args, ctx),
        AuthCommand::Status => status(ctx),
        AuthCommand::Logout => logout(ctx),
    }
}

fn login(args: &LoginArgs, ctx: &Context) -> Result<()> {
    let (token, from) = if args.with_token {
        (ctx.read_secret("--with-token", "-")?, "stdin")
    } else if ctx.output.interactive() {
        (prompt::hidden("Paste your Alter token: ")?, "the prompt")
    } else {
        return Err(Error::usage("no terminal to prompt for the token on")
            .hint("pipe it in with `alter auth login --with-token`, or set ALTER_TOKEN"));
    };
    let token = Secret::new(token.expose().trim());
    if token.expose().is_empty() {
        return Err(Error::usage("the token is empty"));
    }
    credentials::check_sendable(&token, from)?;
    // Check the token before keeping it: a typo should fail here, not on the next command.
    let api = ctx.api_with(token.clone())?;
    let info = block_on(async { api.me().await.map_err(Error::from) })?;
    let stored_in = credentials::store(&token)?;
    if let TokenSource::File(path) = &stored_in {
        ctx.output.note(&format!(
            "No OS keyring is available here; the token is stored in {} (readable only by you).",
            path.display()
        ));
    }
    if std::env::var_os("ALTER_TOKEN").is_some_and(|v| !v.is_empty()) {
        ctx.output.warn("ALTER_TOKEN is set and overrides the stored token until it is unset");
    }
    ctx.output.result(&info, || {
        format!("Logged in as {}\n{}", crate::scrub::remote(&info.subject), token_view(&info, &stored_in, None))
    })
}

fn status(ctx: &Context) -> Result<()> {
    let stored = ctx.stored_token()?;
    let api = ctx.api_with(stored.token)?;
    let info = block_on(async { api.me().await.map_err(Error::from) })?;
    ctx.output.result(&info, || token_view(&info, &stored.source, stored.open_to_others))
}

#[derive(Serialize)]
struct LogoutResult {
    removed: Vec<String>,
}

fn logout(ctx: &Context) -> Result<()> {
    let removed: Vec<String> = credentials::remove()?.iter().map(ToString::to_string).collect();
    if std::env::var_os("ALTER_TOKEN").is_some_and(|v| !v.is_empty()) {
        ctx.output.warn("ALTER_TOKEN is still set: commands keep using it until it is unset");
    }
    let result = LogoutResult { removed };
    ctx.output.result(&result, || {
        if result.removed.is_empty() {
            "Not logged in: no stored token to remove.\n".to_owned()
        } else {
            format!("Logged out: removed the token from {}.\n", result.removed.join(" and "))
        }
    })
}
