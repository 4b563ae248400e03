//! `alter doctor`: whether this machine, this account and this app's identity provider are
//! healthy, one line per check with its fix. The local checks run first (they take
//! microseconds); the network ones run concurrently, so the whole run takes about as long as its
//! slowest chain of requests. A check that cannot run says why, and the rest still run.

mod control_plane;
mod local;
mod provider;

use crate::cli::DoctorArgs;
use crate::context::{self, block_on, Context};
use crate::domain::doctor::{self, Check, Report, Section};
use crate::error::{Error, Result};
use crate::output::doctor_view;

pub fn run(args: &DoctorArgs, ctx: &Context) -> Result<()> {
    let mut checks = Vec::new();
    let token = local::token(&mut checks);
    let app = match ctx.app_if_any() {
        Ok(Some(app)) => Some(app),
        Ok(None) => {
            checks.push(doctor::no_app());
            None
        }
        Err(err) => {
            checks.push(Check::failed(Section::App, "app", &err.message, &err.hints));
            None
        }
    };
    let endpoint = match context::api_endpoint() {
        Ok(endpoint) => Some(endpoint),
        Err(err) => {
            checks.push(Check::failed(Section::ControlPlane, "control_plane", &err.message, &err.hints));
            None
        }
    };
    let client = local::client(ctx, endpoint.as_ref(), &mut checks);
    if let (Some(client), Some(endpoint)) = (client, endpoint) {
        let remote = control_plane::Remote { client, endpoint, token, app };
        checks.extend(block_on(async { Ok(remote.checks().await) })?);
    } else {
        checks.push(Check::skipped(Section::ControlPlane, "control_plane", "not contacted: see the line above"));
    }
    let report = Report::new(checks, args.strict);
    ctx.output.result(&report, || doctor_view(&report))?;
    if report.healthy {
        return Ok(());
    }
    let (fail, warn) = (report.counts.fail, report.counts.warn);
    Err(if fail > 0 {
        Error::rejected(format!("alter doctor found {fail} problem(s) (marked ✗ above)"))
    } else {
        Error::rejected(format!("alter doctor found {warn} warning(s) (marked ! above) and --strict counts them"))
    })
}
