//! What export, diff and apply share: the `-f` file read and checked before any request, and the
//! app's saved provider as the plan sees it.

use crate::api::models::IdentityProvider;
use crate::api::ApiClient;
use crate::context::Context;
use crate::domain::desired::{self, Desired};
use crate::domain::plan::{self, Current, Options, Plan};
use crate::error::{Error, Result};
use crate::input;
use crate::output::{plan_report, PlanReport};
use std::path::Path;

/// Reads and checks `-f FILE|-`; every local mistake is found here, before any request. A
/// relative `@path` in the file is relative to the file's directory (the current one for stdin).
pub fn read(spec: &str, ctx: &Context) -> Result<Desired> {
    let (text, name, dir) = if spec == "-" {
        let usage = "pipe the file in (`alter idp diff -f - < idp.json`) or pass its path: -f idp.json";
        (input::read_stdin("-f", usage)?, "stdin", Path::new(""))
    } else {
        let path = Path::new(spec);
        (input::read_named_path("-f", path)?, spec, path.parent().unwrap_or(Path::new("")))
    };
    let mut desired = desired::parse(&text, name)?;
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
    desired.anchor(&dir, name)?;
    desired.check_stdin_use(spec == "-")?;
    for warning in desired.warnings() {
        ctx.output.warn(&warning);
    }
    Ok(desired)
}

/// The plan for the file against the saved provider. A `null` user_id_claim or
/// group_claim_stable_ids means the issuer's detected value: discovery (which saves nothing)
/// tells it, asked only when the file has such a `null` and the issuer is the saved one.
pub async fn plan_for(
    api: &ApiClient,
    app: &str,
    desired: &Desired,
    saved: Option<&IdentityProvider>,
    update_secrets: bool,
) -> Result<Plan> {
    let detected = match saved {
        Some(saved) if desired.uses_detected() && saved.issuer_url == desired.issuer_url => {
            let found = api.discover(app, &desired.issuer_url).await.map_err(|err| {
                Error::from(err).hint("discovery was asked because the file's `null` user_id_claim or group_claim_stable_ids means the detected value; write the value itself (or leave the field out) to plan without it")
            })?;
            Some(found.claim_mappings)
        }
        _ => None,
    };
    Ok(plan::plan(desired, saved.map(current).as_ref(), Options { update_secrets, detected }))
}

/// The app's provider, or `None` when it has none yet (the single-IDP rule allows one).
pub async fn saved(api: &ApiClient, app: &str) -> Result<Option<IdentityProvider>> {
    let mut items = api.list_providers(app).await?.items;
    match items.len() {
        0 | 1 => Ok(items.pop()),
        n => Err(Error::usage(format!("app {app} has {n} identity providers; a file describes exactly one"))
            .hint("remove the extra ones with `alter idp delete --provider ID`")),
    }
}

pub fn current(p: &IdentityProvider) -> Current {
    Current {
        id: p.id.clone(),
        provider_type: p.provider_type,
        issuer_url: p.issuer_url.clone(),
        audience: p.audience.clone(),
        claim_mappings: p.claim_mappings.clone(),
        claims_locked: p.claims_locked,
        wallet_client_id: p.wallet.as_ref().map(|w| w.client_id.clone()),
        webhook_enabled: p.webhook.enabled,
    }
}

/// The plan as printed, its refusals worded for this provider and file.
pub fn report<'a>(plan: &'a Plan, app: &'a str, file: &str) -> PlanReport<'a> {
    let provider = plan.provider_id.as_deref().unwrap_or("the provider");
    let refusals = plan.refusals.iter().map(|r| r.rejection(provider, file).message).collect();
    plan_report(plan, app, refusals)
}

/// Notes go to stderr, so stdout stays the plan.
pub fn show_notes(plan: &Plan, ctx: &Context) {
    for note in &plan.notes {
        ctx.output.note(&format!("note: {note}"));
    }
}
