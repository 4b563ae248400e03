//! `alter idp test-login`: sign a person in at the provider, then report what Alter would do
//! with the tokens. Protocol decisions are `domain::login`'s; the I/O is `oidc::login`'s.

use super::against::{self, Against};
use super::check_token::refusal;
use crate::cli::{FlowArg, PrintedToken, TestLoginArgs};
use crate::context::{block_on, Context};
use crate::domain::login::{self, Flow, FlowChoice, Given, LoginReport};
use crate::domain::model::ProviderType;
use crate::domain::token;
use crate::error::{Error, Result};
use crate::oidc::login::{self as signin, Request, Tokens};
use crate::output::login_report_view;
use std::time::Duration;

pub fn run(args: &TestLoginArgs, ctx: &Context) -> Result<()> {
    let secret = args.client_secret.as_deref().map(|spec| ctx.read_secret("--client-secret", spec)).transpose()?;
    let against = against::resolve(&args.against, ctx, true)?;
    let client_id = args.client_id.clone().or_else(|| against.wallet_client_id.clone()).ok_or_else(|| {
        Error::usage("no OIDC client to sign in with: the provider has no wallet client")
            .hint("pass --client-id ID (and --client-secret for a confidential client)")
    })?;
    let browser_here = !args.no_browser && signin::browser_available();
    let choice = match args.flow {
        FlowArg::Auto => FlowChoice::Auto,
        FlowArg::Browser => FlowChoice::Browser,
        FlowArg::Device => FlowChoice::Device,
    };
    let flow = login::choose_flow(choice, browser_here, against.endpoints.device.is_some())?;
    let scopes: Vec<String> = args.scope.split_whitespace().map(str::to_owned).collect();
    let mut extra = Vec::new();
    if let (ProviderType::Auth0, Some(audience)) = (against.expect.provider_type, &against.expect.audience) {
        extra.push(("audience", audience.clone()));
    }
    if let Some(resource) = &args.resource {
        extra.push(("resource", resource.clone()));
    }
    let request = Request {
        issuer: &against.expect.issuer,
        endpoints: &against.endpoints,
        client_id: &client_id,
        client_secret: secret.as_ref(),
        scopes: &scopes,
        extra: &extra,
        port: args.port,
        open_browser: browser_here,
    };
    let http = ctx.http_client_without_redirects()?;
    let limit = Duration::from_secs(args.timeout);
    let (tokens, nonce) = block_on(signin::within(limit, async {
        match flow {
            Flow::Browser => signin::browser(&http, &request, &ctx.output).await.map(|(t, n)| (t, Some(n))),
            Flow::Device => Ok((signin::device(&http, &request, &ctx.output).await?, None)),
        }
    }))?;
    let report = judge(&tokens, nonce.as_deref(), &against, flow, &client_id, args.strict)?;
    match args.print_token {
        Some(which) => {
            ctx.output.report_to_stderr(&login_report_view(&report));
            let token = match which {
                PrintedToken::Access => Some(&tokens.access),
                PrintedToken::Id => tokens.id.as_ref(),
            };
            let token =
                token.ok_or_else(|| Error::rejected("the provider issued no ID token (was `openid` in --scope?)"))?;
            ctx.output.raw_token(token)?;
        }
        None => ctx.output.result(&report, || login_report_view(&report))?,
    }
    let given = match report.given_to_alter {
        Given::AccessToken => report.access_token.as_ref(),
        Given::IdToken => report.id_token.as_ref(),
    };
    match given {
        Some(given) => refusal(given, "the token an app would give it"),
        None => {
            Err(Error::rejected("the provider issued no ID token and no JWT access token: Alter has nothing to verify")
                .hint("request the `openid` scope (--scope \"openid profile email\")"))
        }
    }
}

fn judge(
    tokens: &Tokens,
    nonce: Option<&str>,
    against: &Against,
    flow: Flow,
    client_id: &str,
    strict: bool,
) -> Result<LoginReport> {
    let expect = &against.expect;
    let now = against::now();
    let check = |token: &str| {
        let report = token::check(token, &against.keys.jwks, expect, now).with_clock(against.keys.clock_skew);
        if strict {
            report.strict()
        } else {
            report
        }
    };
    let id_claims = tokens.id.as_ref().and_then(|t| token::claims(t.expose()));
    if let (Some(claims), Some(nonce)) = (&id_claims, nonce) {
        login::check_nonce(claims, nonce)?;
    }
    let access_claims = token::claims(tokens.access.expose());
    let (given, why_given) = login::given_token(access_claims.as_ref(), expect.audience.as_deref());
    let access_token = access_claims.as_ref().map(|_| check(tokens.access.expose()));
    let id_token = tokens.id.as_ref().map(|t| check(t.expose()));
    let empty = serde_json::Map::new();
    let (given_claims, given_report) = match given {
        Given::AccessToken => (access_claims.as_ref(), access_token.as_ref()),
        Given::IdToken => (id_claims.as_ref(), id_token.as_ref()),
    };
    let given_claims = given_claims.unwrap_or(&empty);
    let person = login::person(id_claims.as_ref().or(access_claims.as_ref()).unwrap_or(&empty));
    let next =
        given_report.map(|r| login::next_commands(r, given_claims, expect, &against.configure)).unwrap_or_default();
    Ok(LoginReport {
        flow,
        client_id: client_id.to_owned(),
        person,
        given_to_alter: given,
        why_given,
        verdict: given_report.map_or(token::Verdict::Refused, |r| r.verdict),
        record: login::record(given_claims, expect),
        access_token,
        id_token,
        next,
    })
}
