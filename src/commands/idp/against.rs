//! What a token is judged against, for check-token and test-login: the app's saved provider
//! (issuer, audience, claim mappings from Alter) or, with `--offline`, an issuer's own discovery.

use super::target;
use crate::cli::AgainstArgs;
use crate::context::{block_on, Context};
use crate::domain::discovery;
use crate::domain::issuer::parse_published_url;
use crate::domain::token::Expectations;
use crate::error::{Error, Result};
use crate::oidc::login::Endpoints;
use crate::oidc::IssuerKeys;

pub struct Against {
    pub expect: Expectations,
    pub keys: IssuerKeys,
    /// Fetched only when asked for (a sign-in needs them; checking a token does not).
    pub endpoints: Endpoints,
    /// The saved provider's wallet client id, the default client for a sign-in.
    pub wallet_client_id: Option<String>,
    /// How a setting is changed: `alter idp update` for a saved provider, create for an issuer.
    pub configure: String,
}

pub fn resolve(args: &AgainstArgs, ctx: &Context, with_endpoints: bool) -> Result<Against> {
    if args.offline {
        offline(args, ctx)
    } else {
        saved(args, ctx, with_endpoints)
    }
}

fn offline(args: &AgainstArgs, ctx: &Context) -> Result<Against> {
    let issuer_url = args.issuer_url.as_deref().ok_or_else(|| Error::usage("--offline needs --issuer-url URL"))?;
    let issuer = discovery::prepare(issuer_url)?;
    let client = ctx.http_client()?;
    let (found, keys, endpoints) = block_on(crate::oidc::discover_with_endpoints(&client, &issuer))?;
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
    // The configuration tried here, so a suggested flag completes a command that saves it.
    let mut configure = format!("alter idp create --issuer-url {}", expect.issuer);
    let flags = [
        ("--audience", &args.audience),
        ("--user-id-claim", &args.user_id_claim),
        ("--group-claim", &args.group_claim),
        ("--role-claim", &args.role_claim),
    ];
    for (flag, value) in flags {
        if let Some(value) = value {
            configure.push_str(&format!(" {flag} {value}"));
        }
    }
    Ok(Against { expect, keys, endpoints, wallet_client_id: None, configure })
}

fn saved(args: &AgainstArgs, ctx: &Context, with_endpoints: bool) -> Result<Against> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let client = ctx.http_client()?;
    block_on(async {
        let provider = target::resolve(&api, &app.id, args.provider.as_deref(), &ctx.output).await?;
        let jwks_uri = parse_published_url("jwks_uri", &provider.jwks_uri)?;
        let keys = crate::oidc::fetch_jwks(&client, jwks_uri.as_str()).await?;
        let endpoints = if with_endpoints {
            let issuer = discovery::prepare(&provider.issuer_url)?;
            crate::oidc::discover_with_endpoints(&client, &issuer).await?.2
        } else {
            Endpoints::default()
        };
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
        let configure = format!("alter idp update --provider {}", provider.id);
        Ok(Against { expect, keys, endpoints, wallet_client_id: provider.wallet.map(|w| w.client_id), configure })
    })
}

/// Seconds since 1970 on this machine's clock, which token lifetimes are judged by.
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
