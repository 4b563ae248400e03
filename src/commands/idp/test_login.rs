//! `alter idp test-login`: sign a person in at the provider, then report what Alter would do
//! with the tokens. Protocol decisions are `domain::login`'s; the I/O is `oidc::login`'s.

use super::against::{self, Against};
use super::check_token::refusal;
use crate::cli::{FlowArg, PrintedToken, TestLoginArgs};
use crate::context::{block_on, Context};
use crate::domain::login::{self, Flow, FlowChoice, Given, IdentitySource, LoginReport};
use crate::domain::model::ProviderType;
use crate::domain::token::{self, Expectations};
use crate::error::{Error, Result};
use crate::oidc::device;
use crate::oidc::login::{self as signin, Request, Tokens};
use crate::output::login_report_view;
use std::time::{Duration, Instant};

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
        FlowArg::Paste => FlowChoice::Paste,
    };
    let device_offered = against.endpoints.device.is_some();
    let flow = login::choose_flow(choice, browser_here, device_offered, ctx.output.interactive())?;
    let scopes: Vec<String> = args.scope.split_whitespace().map(str::to_owned).collect();
    let mut extra = Vec::new();
    if let (ProviderType::Auth0, Some(audience)) = (against.expect.provider_type, &against.expect.audience) {
        extra.push(("audience", audience.clone()));
    }
    if let Some(resource) = &args.resource {
        extra.push(("resource", resource.clone()));
    }
    let issuer_url = url::Url::parse(&against.expect.issuer)
        .map_err(|err| Error::rejected(format!("the issuer `{}` is not a URL ({err})", against.expect.issuer)))?;
    let limit = Duration::from_secs(args.timeout);
    let request = Request {
        issuer: &against.expect.issuer,
        issuer_url: &issuer_url,
        endpoints: &against.endpoints,
        client_id: &client_id,
        client_secret: secret.as_ref(),
        scopes: &scopes,
        extra: &extra,
        port: args.port,
        open_browser: browser_here && flow != Flow::Paste,
        deadline: deadline(limit),
    };
    let http = ctx.http_client_without_redirects()?;
    let hints = login::timeout_hints(flow, &login::redirect_uri(args.port), &client_id);
    let (tokens, nonce) = block_on(signin::within(limit, hints, async {
        match flow {
            Flow::Browser | Flow::Paste => {
                let pasted = flow == Flow::Paste;
                signin::browser(&http, &request, &ctx.output, pasted).await.map(|(t, n)| (t, Some(n)))
            }
            Flow::Device => Ok((device::device(&http, &request, &ctx.output).await?, None)),
        }
    }))?;
    let openid = scopes.iter().any(|s| s == "openid");
    let mut report = judge(&tokens, nonce.as_deref(), &against, flow, &client_id, args.strict, openid)?;
    if let (None, None, Some(url)) = (&report.person, &tokens.id, &against.endpoints.userinfo) {
        // No ID token: the provider's userinfo endpoint still says who signed in.
        match block_on(userinfo(&http, url, &tokens.access)) {
            Ok(claims) => {
                report.person = Some(login::person(&claims));
                report.identity_from = Some(IdentitySource::Userinfo);
                report.unverified = None;
            }
            Err(err) => ctx.output.warn(&format!("no identity from the userinfo endpoint: {}", err.message)),
        }
    }
    match args.print_token {
        Some(which) => {
            ctx.output.report_to_stderr(&login_report_view(&report));
            let token = match which {
                PrintedToken::Access => Some(&tokens.access),
                PrintedToken::Id => tokens.id.as_ref(),
            };
            let token =
                token.ok_or_else(|| Error::rejected("the provider issued no ID token (was `openid` in --scope?)"))?;
            login::printable_token(token.expose())?;
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
                .hint(login::no_id_token_hint(openid, flow)))
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
    openid_requested: bool,
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
    let (given, why_given) =
        login::given_token(access_claims.as_ref(), expect.audience.as_deref(), tokens.id.is_some());
    let access_token = access_claims.as_ref().map(|_| check(tokens.access.expose()));
    let id_token = tokens.id.as_ref().map(|t| check(t.expose()));
    let (given_claims, given_report) = match given {
        Given::AccessToken => (access_claims.as_ref(), access_token.as_ref()),
        Given::IdToken => (id_claims.as_ref(), id_token.as_ref()),
    };
    // Claims are believed only from a token that passed signature, issuer, audience and lifetime.
    let given_unverified =
        given_report.map_or_else(|| Some("no token to verify".to_owned()), login::unverified_because);
    let record = match (given_claims, &given_unverified) {
        (Some(claims), None) => Some(login::record(claims, expect)),
        _ => None,
    };
    // The ID token names the person when it verifies for this client (its `aud` is the client id).
    let for_client = Expectations { audience: Some(client_id.to_owned()), ..expect.clone() };
    let id_unverified = tokens
        .id
        .as_ref()
        .map(|t| login::unverified_because(&token::check(t.expose(), &against.keys.jwks, &for_client, now)));
    let (person, identity_from, unverified) = match (&id_claims, &id_unverified, &access_claims, &access_token) {
        (Some(claims), Some(None), _, _) => (Some(login::person(claims)), Some(IdentitySource::IdToken), None),
        (_, _, Some(claims), Some(report)) if login::unverified_because(report).is_none() => {
            (Some(login::person(claims)), Some(IdentitySource::AccessToken), None)
        }
        _ => {
            let why = match (&id_unverified, &given_unverified) {
                (Some(Some(why)), _) => format!("the ID token did not verify ({why})"),
                (_, Some(why)) => format!("the token an app gives Alter did not verify ({why})"),
                _ => "no token named the person".to_owned(),
            };
            (None, None, Some(why))
        }
    };
    let next = match given_report {
        Some(report) if login::authentic(report) => {
            login::next_commands(report, given_claims.unwrap_or(&serde_json::Map::new()), expect, &against.configure)
        }
        _ => Vec::new(),
    };
    Ok(LoginReport {
        flow,
        client_id: client_id.to_owned(),
        person,
        identity_from,
        unverified,
        given_to_alter: given,
        why_given,
        verdict: given_report.map_or(token::Verdict::Refused, |r| r.verdict),
        record,
        access_token,
        id_token,
        openid_requested,
        next,
    })
}

async fn userinfo(
    http: &reqwest::Client,
    url: &url::Url,
    access: &crate::secret::Secret,
) -> Result<serde_json::Map<String, serde_json::Value>> {
    const ENDPOINT: &str = "userinfo endpoint";
    let answer =
        crate::oidc::oauth::userinfo(http, url, access).await.map_err(crate::oidc::oauth::Failed::into_error)?;
    Ok(crate::domain::oauth::userinfo_answer(&answer.at(ENDPOINT, url), &answer.body)?)
}

/// When `--timeout` ends; a limit the clock cannot add (`--timeout 18446744073709551615`) means
/// a year, which no sign-in needs.
fn deadline(limit: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(limit).or_else(|| now.checked_add(Duration::from_secs(365 * 24 * 3600))).unwrap_or(now)
}
