//! `alter idp check-token`: would Alter accept this JWT? Against the app's saved provider, or
//! with `--offline` against an issuer's own discovery and JWKS.

use super::target;
use crate::cli::CheckTokenArgs;
use crate::context::{block_on, Context};
use crate::domain::discovery;
use crate::domain::issuer::parse_published_url;
use crate::domain::token::{self, Expectations, Status};
use crate::error::{Error, Result};
use crate::oidc::IssuerKeys;
use crate::output::token_report_view;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn run(args: &CheckTokenArgs, ctx: &Context) -> Result<()> {
    let token = ctx.read_secret("--token", &args.token)?;
    let (expect, keys) = if args.offline { offline_expectations(args, ctx)? } else { saved_expectations(args, ctx)? };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let mut report = token::check(token.expose(), &keys.jwks, &expect, now).with_clock(keys.clock_skew);
    if args.strict {
        report = report.strict();
    }
    ctx.output.result(&report, || token_report_view(&report))?;
    if report.accepted {
        Ok(())
    } else {
        let failed = report.count(Status::Fail);
        let err = Error::rejected(format!("Alter would refuse this token: {failed} check(s) failed (marked ✗ above)"));
        Err(if args.strict {
            err.hint("--strict refuses warnings too; without it, Alter would accept this token")
        } else {
            err
        })
    }
}

fn offline_expectations(args: &CheckTokenArgs, ctx: &Context) -> Result<(Expectations, IssuerKeys)> {
    let issuer_url = args.issuer_url.as_deref().ok_or_else(|| Error::usage("--offline needs --issuer-url URL"))?;
    let issuer = discovery::prepare(issuer_url)?;
    let client = ctx.http_client()?;
    let (found, keys) = block_on(crate::oidc::discover_with_keys(&client, &issuer))?;
    let suggested = found.claim_mappings;
    let expect = Expectations {
        provider_type: found.provider_type,
        issuer: found.issuer,
        audience: args.audience.clone(),
        user_id_claim: args.user_id_claim.clone().unwrap_or(suggested.user_id_claim),
        group_claim: args.group_claim.clone().or(suggested.group_claim),
        role_claim: args.role_claim.clone().or(suggested.role_claim),
        group_claim_stable_ids: args.group_claim_stable_ids.unwrap_or(suggested.group_claim_stable_ids),
    };
    Ok((expect, keys))
}

fn saved_expectations(args: &CheckTokenArgs, ctx: &Context) -> Result<(Expectations, IssuerKeys)> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let client = ctx.http_client()?;
    block_on(async {
        let provider = target::resolve(&api, &app.id, args.provider.as_deref(), &ctx.output).await?;
        let jwks_uri = parse_published_url("jwks_uri", &provider.jwks_uri)?;
        let keys = crate::oidc::fetch_jwks(&client, jwks_uri.as_str()).await?;
        let mappings = provider.claim_mappings;
        let expect = Expectations {
            provider_type: provider.provider_type,
            issuer: provider.issuer_url,
            audience: provider.audience,
            user_id_claim: mappings.user_id_claim,
            group_claim: mappings.group_claim,
            role_claim: mappings.role_claim,
            group_claim_stable_ids: mappings.group_claim_stable_ids,
        };
        Ok((expect, keys))
    })
}
