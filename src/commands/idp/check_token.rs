//! `alter idp check-token`: would Alter accept this JWT? Against the app's saved provider, or
//! with `--offline` against an issuer's own discovery and JWKS.

use super::against;
use crate::cli::CheckTokenArgs;
use crate::context::Context;
use crate::domain::token::{self, Status};
use crate::error::{Error, Result};
use crate::output::token_report_view;

pub fn run(args: &CheckTokenArgs, ctx: &Context) -> Result<()> {
    let token = ctx.read_secret("--token", &args.token)?;
    let against = against::resolve(&args.against, ctx, false)?;
    let mut report = token::check(token.expose(), &against.keys.jwks, &against.expect, against::now())
        .with_clock(against.keys.clock_skew);
    if args.strict {
        report = report.strict();
    }
    ctx.output.result(&report, || token_report_view(&report))?;
    refusal(&report, "this token")
}

/// Exit 5 when refused, saying what the verdict was about; the `--strict` hint only when the
/// warnings it counts are all that refused the token (a bad signature is refused either way).
pub fn refusal(report: &token::Report, what: &str) -> Result<()> {
    if report.accepted {
        return Ok(());
    }
    let failed = report.count(Status::Fail);
    let err = Error::rejected(format!("Alter would refuse {what}: {failed} check(s) failed (marked ✗ above)"));
    Err(if report.refused_only_by_strict() {
        err.hint("--strict refuses warnings too; without it, Alter would accept it")
    } else {
        err
    })
}
