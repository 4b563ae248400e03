//! The protocol decisions of `alter idp test-login`, apart from any I/O: which flow to run, what
//! a callback on the loopback listener means, whether the ID token answers our nonce, which token
//! an app would give Alter, what Alter would record, and which fix each provider error calls for.

use super::model::ProviderType;
use super::rejection::Rejection;
use super::token::{is_stable_id, recorded_values, Expectations, Report, Status};
use crate::scrub::remote;
use serde::Serialize;
use serde_json::{Map, Value};

/// Where the browser flow's listener answers, by default. Okta and Auth0 compare redirect URIs
/// exactly, so the port is fixed unless `--port` says otherwise.
pub const DEFAULT_PORT: u16 = 53180;

pub fn redirect_uri(port: u16) -> String {
    format!("http://127.0.0.1:{port}/callback")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    Browser,
    Device,
    /// The browser flow signed in on any machine: the person pastes the callback's address back
    /// (the loopback listener runs too; whichever arrives first wins).
    Paste,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowChoice {
    Auto,
    Browser,
    Device,
    Paste,
}

/// `auto`: the browser when one can be opened here, else the device grant when the provider
/// offers it, else `paste` when a person is at a terminal; otherwise say to choose.
pub fn choose_flow(
    choice: FlowChoice,
    browser_here: bool,
    device_offered: bool,
    terminal: bool,
) -> Result<Flow, Rejection> {
    match choice {
        FlowChoice::Browser => Ok(Flow::Browser),
        FlowChoice::Paste => Ok(Flow::Paste),
        FlowChoice::Device if device_offered => Ok(Flow::Device),
        FlowChoice::Device => Err(Rejection::unacceptable(
            "the provider offers no device authorization grant (its discovery document has no device_authorization_endpoint)",
        )
        .hint("sign in on any machine and paste the address back: --flow paste (or --flow browser where a browser runs here)")),
        FlowChoice::Auto if browser_here => Ok(Flow::Browser),
        FlowChoice::Auto if device_offered => Ok(Flow::Device),
        FlowChoice::Auto if terminal => Ok(Flow::Paste),
        FlowChoice::Auto => Err(Rejection::bad_input(
            "no way to sign in chosen: no browser can be opened here, the provider offers no device grant, and no terminal can take a pasted address",
        )
        .hint("choose one: --flow paste (reads the callback address from stdin), or --flow browser with a browser")),
    }
}

/// The callback's address as the person pasted it: the whole URL the browser could not load
/// (`http://127.0.0.1:PORT/callback?code=...&state=...`), its path and query, or only the query.
/// Returns the request target the listener would have seen; the same `read_callback` judges it.
pub fn pasted_target(line: &str) -> Option<String> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    if let Ok(url) = url::Url::parse(line) {
        return Some(format!("{}?{}", url.path(), url.query().unwrap_or("")));
    }
    if line.starts_with('/') {
        return Some(line.to_owned());
    }
    Some(format!("/callback?{}", line.trim_start_matches('?')))
}

/// What one request to the loopback listener amounts to.
#[derive(Debug, PartialEq, Eq)]
pub enum Callback {
    /// Not ours (another path, or a `state` we did not send): answered and ignored.
    Ignored(&'static str),
    Code(String),
    ProviderError {
        error: String,
        description: Option<String>,
    },
}

/// The most a request head to the callback listener may take: a browser's is under 2 KiB.
pub const MAX_CALLBACK_HEAD: usize = 16 * 1024;

/// The request target of an HTTP/1 request head (`GET /callback?... HTTP/1.1`): only a GET with a
/// well-formed request line counts.
pub fn request_target(head: &[u8]) -> Option<&str> {
    let line = head.split(|b| *b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?.trim_end_matches('\r');
    let mut parts = line.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    (method == "GET" && target.starts_with('/') && version.starts_with("HTTP/") && parts.next().is_none())
        .then_some(target)
}

/// Only a callback carrying our `state` counts, so a forged request (or a stale tab) can neither
/// complete nor abort the sign-in. When the provider names itself (`iss`, RFC 9207) it must be
/// the issuer we started with.
pub fn read_callback(path_and_query: &str, state: &str, issuer: &str) -> Callback {
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    if path != "/callback" {
        return Callback::Ignored("not the callback path");
    }
    let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let get = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    if get("state").as_deref() != Some(state) {
        return Callback::Ignored("its state does not match this sign-in");
    }
    if get("iss").is_some_and(|iss| iss != issuer) {
        return Callback::ProviderError {
            error: "issuer_mismatch".into(),
            description: Some(format!("the callback names issuer {:?}, not {issuer}", get("iss").unwrap_or_default())),
        };
    }
    if let Some(error) = get("error") {
        return Callback::ProviderError { error, description: get("error_description") };
    }
    match get("code") {
        Some(code) if !code.is_empty() => Callback::Code(code),
        _ => Callback::ProviderError {
            error: "invalid_response".into(),
            description: Some("the callback has neither `code` nor `error`".into()),
        },
    }
}

/// What usually keeps a sign-in from finishing in time, most likely first. Some providers (Django
/// OAuth Toolkit) check the redirect URI only after the person logs in, so the pre-flight cannot
/// see an unregistered one and the callback simply never comes.
pub fn timeout_hints(flow: Flow, redirect_uri: &str, client_id: &str) -> Vec<String> {
    let mut hints = match flow {
        Flow::Browser | Flow::Paste => vec![
            format!("if the provider showed an error after the login, register {redirect_uri} as a redirect (callback) URI of client `{client_id}` (some providers check it only then)"),
            "if no browser opened, open the URL above yourself (or use --flow device where the provider offers it)".to_owned(),
        ],
        Flow::Device => vec!["open the URL above on any device and enter the code before the time runs out".to_owned()],
    };
    hints.push("run again, or allow more time with --timeout".to_owned());
    hints
}

/// The ID token must carry the nonce this sign-in sent: anything else is a replayed token.
pub fn check_nonce(id_claims: &Map<String, Value>, nonce: &str) -> Result<(), Rejection> {
    match id_claims.get("nonce").and_then(Value::as_str) {
        Some(found) if found == nonce => Ok(()),
        Some(_) => Err(Rejection::unacceptable(
            "the ID token's `nonce` is not the one this sign-in sent: refusing a replayed token",
        )),
        None => Err(Rejection::unacceptable("the ID token has no `nonce`, though this sign-in sent one: refusing it")
            .hint(
            "the provider must echo the authorization request's nonce in the ID token (OpenID Connect Core 3.1.3.7)",
        )),
    }
}

/// Which token an app would hand Alter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Given {
    AccessToken,
    IdToken,
}

/// The access token when it is a JWT whose `aud` holds the configured audience; else the ID token.
pub fn given_token(
    access_claims: Option<&Map<String, Value>>,
    audience: Option<&str>,
    id_token_issued: bool,
) -> (Given, String) {
    let id_token = if id_token_issued {
        "an app gives Alter the ID token"
    } else {
        "an app would give Alter the ID token, and none was issued"
    };
    let Some(claims) = access_claims else {
        return (Given::IdToken, format!("the access token is not a JWT, so {id_token}"));
    };
    let Some(audience) = audience else {
        return (Given::IdToken, format!("no audience is configured, so {id_token}"));
    };
    let auds: Vec<&str> = match claims.get("aud") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if auds.contains(&audience) {
        (
            Given::AccessToken,
            format!("the access token is a JWT for `{audience}`, so an app gives Alter the access token"),
        )
    } else {
        (Given::IdToken, format!("the access token's `aud` does not hold `{audience}`, so {id_token}"))
    }
}

/// Who signed in, from the ID token (or the access token when there is none).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Person {
    pub sub: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
}

pub fn person(claims: &Map<String, Value>) -> Person {
    let text = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
    Person { sub: text("sub"), email: text("email"), name: text("name") }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    Id,
    Name,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Group {
    pub value: String,
    pub kind: GroupKind,
}

/// What Alter would record for this user, by the configured claim mappings.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Record {
    pub user_id: Option<String>,
    pub groups: Vec<Group>,
    pub roles: Vec<String>,
}

pub fn record(claims: &Map<String, Value>, expect: &Expectations) -> Record {
    let user_id = match claims.get(&expect.user_id_claim) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let values = |claim: Option<&String>| -> Vec<String> {
        let value = claim.and_then(|c| claims.get(c));
        value.and_then(recorded_values).unwrap_or_default().into_iter().map(str::to_owned).collect()
    };
    let groups = values(expect.group_claim.as_ref())
        .into_iter()
        .map(|value| {
            let kind = if is_stable_id(expect.provider_type, &value) { GroupKind::Id } else { GroupKind::Name };
            Group { value, kind }
        })
        .collect();
    let roles = values(expect.role_claim.as_ref());
    Record { user_id, groups, roles }
}

/// The checks that make a token's claims believable: who signed it, which issuer, for whom, and
/// when. A token that fails any of them says nothing about who signed in.
const AUTHENTICITY: [&str; 4] = ["signature", "issuer", "audience", "lifetime"];

/// Why a token's claims cannot be believed (its failed authenticity checks), or None when they
/// can: signature, issuer, audience and lifetime all passed.
pub fn unverified_because(report: &Report) -> Option<String> {
    let failed: Vec<String> = AUTHENTICITY
        .iter()
        .filter_map(|name| match report.checks.iter().find(|c| c.check == *name) {
            Some(check) if check.status != Status::Fail => None,
            Some(check) => Some(format!("{}: {}", check.check, check.message)),
            None => Some(format!("{name}: not checked")),
        })
        .collect();
    if report.checks.iter().any(|c| c.check == "jwt" && c.status == Status::Fail) {
        return Some("it is not a signed JWT".into());
    }
    (!failed.is_empty()).then(|| failed.join("; "))
}

/// Whether a token's signature, issuer and lifetime passed: its claims come from the provider,
/// even when its audience is wrong (so a fix such as `--audience` may be read from them).
pub fn authentic(report: &Report) -> bool {
    ["signature", "issuer", "lifetime"]
        .iter()
        .all(|name| report.checks.iter().any(|c| c.check == *name && c.status != Status::Fail))
}

/// Why no ID token came, and what to do: asking for `openid` again loops when it was asked for.
pub fn no_id_token_hint(openid_requested: bool, flow: Flow) -> String {
    match (openid_requested, flow) {
        (false, _) => "request the `openid` scope (--scope \"openid profile email\")".into(),
        (true, Flow::Device) => "`openid` was requested, yet no ID token came: the provider's device grant is plain OAuth; sign in with --flow browser to get an ID token".into(),
        (true, _) => "`openid` was requested, yet no ID token came: check that the client may use OpenID Connect at the provider".into(),
    }
}

/// `--print-token` writes a token only when it is one line of printable ASCII (a JWT is
/// base64url and dots): anything else could drive the terminal or forge a second line.
pub fn printable_token(token: &str) -> Result<(), Rejection> {
    match token.chars().find(|c| !c.is_ascii_graphic()) {
        None if !token.is_empty() => Ok(()),
        None => Err(Rejection::unacceptable("the token is empty: nothing to print")),
        Some(c) => Err(Rejection::unacceptable(format!(
            "the token holds {}, which is not printable ASCII: not printing it (a token is one line of printable ASCII)",
            match c {
                '\n' | '\r' => "a line break".to_owned(),
                c if c.is_control() => format!("the control character {:?}", c),
                ' ' => "a space".to_owned(),
                c => format!("the non-ASCII character {:?}", c),
            }
        ))
        .hint("the provider issued a malformed token: report it to the provider")),
    }
}

/// Where the identity shown came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentitySource {
    IdToken,
    AccessToken,
    /// The provider's userinfo endpoint, asked with the access token, when no ID token came.
    Userinfo,
}

/// The commands that fix what the given token's report warns about or refuses, where a flag can.
/// `configure` is how a setting is changed: `alter idp update` for a saved provider, or the
/// create command for an issuer tried offline.
pub fn next_commands(
    report: &Report,
    claims: &Map<String, Value>,
    expect: &Expectations,
    configure: &str,
) -> Vec<String> {
    let mut next = Vec::new();
    let status = |name: &str| report.checks.iter().find(|c| c.check == name).map(|c| c.status);
    let unconfigured_claim = |candidates: &[&'static str]| -> Option<&'static str> {
        candidates.iter().find(|name| claims.get(**name).is_some_and(|v| v.is_string() || v.is_array())).copied()
    };
    if status("group_claim") == Some(Status::Warn)
        || (expect.group_claim.is_none() && expect.provider_type != ProviderType::Auth0)
    {
        if let Some(found) =
            unconfigured_claim(&["groups", "cognito:groups"]).filter(|f| expect.group_claim.as_deref() != Some(*f))
        {
            next.push(format!("{configure} --group-claim {found}"));
        }
    }
    if status("group_ids") == Some(Status::Pass)
        && !expect.group_claim_stable_ids
        && expect.provider_type != ProviderType::Auth0
    {
        next.push(format!("{configure} --group-claim-stable-ids"));
    }
    if status("role_claim") == Some(Status::Warn) || expect.role_claim.is_none() {
        if let Some(found) = unconfigured_claim(&["roles", "role"]).filter(|f| expect.role_claim.as_deref() != Some(*f))
        {
            next.push(format!("{configure} --role-claim {found}"));
        }
    }
    if status("audience") == Some(Status::Fail) {
        if let Some(aud) = claims.get("aud").and_then(|a| a.as_str().or_else(|| a.get(0)?.as_str())) {
            next.push(format!("{configure} --audience {aud}"));
        }
    }
    next
}

/// The result of a test sign-in: who (only from a verified token), the checklist per token,
/// which one Alter gets, and the record (only when that token is verified).
#[derive(Debug, Serialize)]
pub struct LoginReport {
    pub flow: Flow,
    pub client_id: String,
    /// None when no token passed signature, issuer, audience and lifetime.
    pub person: Option<Person>,
    pub identity_from: Option<IdentitySource>,
    /// Why no verified identity was obtained, when none was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unverified: Option<String>,
    pub given_to_alter: Given,
    pub why_given: String,
    pub verdict: super::token::Verdict,
    /// None when the access token is opaque (not a JWT).
    pub access_token: Option<Report>,
    pub id_token: Option<Report>,
    /// Whether `openid` was requested: decides what a missing ID token means.
    #[serde(skip)]
    pub openid_requested: bool,
    /// None when the token an app gives Alter did not verify: its claims decide nothing.
    pub record: Option<Record>,
    pub next: Vec<String>,
}

/// Where a provider error came from: the fixes differ by flow and client.
pub struct ErrorContext<'a> {
    pub client_id: &'a str,
    pub redirect_uri: &'a str,
    pub flow: Flow,
    pub confidential: bool,
}

/// A provider's OAuth error as the user's next step (exit 5).
pub fn provider_error(error: &str, description: Option<&str>, at: &ErrorContext) -> Rejection {
    let said = match description {
        Some(d) if !d.is_empty() => format!("{}: {}", remote(error), remote(d)),
        _ => remote(error),
    };
    let rejection = Rejection::unacceptable(format!("the provider refused the sign-in ({said})"));
    let grant = match at.flow {
        Flow::Browser | Flow::Paste => "authorization code",
        Flow::Device => "device code (device authorization)",
    };
    match error {
        "access_denied" => rejection.hint(match at.flow {
            Flow::Browser | Flow::Paste => "the person declined (or the provider denied them access to this client): sign in again and consent, or assign the user to the app at the provider",
            Flow::Device => "the person declined on the device page: run again and approve",
        }),
        "invalid_client" | "unauthorized" if at.confidential => rejection.hint(format!(
            "check the client id `{}` and its secret (--client-secret); a public client takes no secret",
            at.client_id
        )),
        "invalid_client" => rejection.hint(format!(
            "check the client id `{}`; if it is a confidential client, pass its secret with --client-secret",
            at.client_id
        )),
        "unauthorized_client" => rejection.hint(format!(
            "enable the {grant} grant for client `{}` at the provider",
            at.client_id
        )),
        "invalid_redirect_uri" | "redirect_uri_mismatch" => redirect_hint(rejection, at),
        "expired_token" | "invalid_grant" if at.flow == Flow::Device => {
            Rejection::unacceptable("the device code expired before the sign-in was finished (or was already used)")
                .hint("run the command again and finish the sign-in before the code expires")
        }
        "invalid_scope" => rejection.hint("request only scopes the provider offers: --scope \"openid profile email\""),
        "invalid_target" => rejection.hint("the --resource (or audience) is not one the provider knows for this client"),
        "issuer_mismatch" => rejection.hint("the response came from another issuer: refusing it (a mix-up attack, or two providers on one port)"),
        _ => rejection,
    }
}

fn redirect_hint(rejection: Rejection, at: &ErrorContext) -> Rejection {
    rejection.hint(format!(
        "register {} as a redirect (callback) URI of client `{}` at the provider, or pick a registered port with --port",
        at.redirect_uri, at.client_id
    ))
}

/// The pre-flight: the authorization URL requested without following redirects. A redirect (to
/// the provider's login, or to us) or a page is fine; a 4xx page means the person would be stuck
/// on the provider's error page, so say why now. `body` is a bounded, lowercased excerpt.
pub fn preflight(status: u16, location: Option<&str>, body: &str, at: &ErrorContext) -> Result<(), Rejection> {
    if let Some(location) = location.filter(|l| l.starts_with(at.redirect_uri)) {
        // The provider answered at once, without a login: only an error does that.
        let query = location.split_once('?').map_or("", |(_, q)| q);
        let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        let get = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        if let Some(error) = get("error") {
            return Err(provider_error(&error, get("error_description").as_deref(), at));
        }
        return Ok(());
    }
    if status < 400 {
        return Ok(());
    }
    let redirect_problem =
        ["redirect_uri", "redirect uri", "callback url", "redirect url"].iter().any(|m| body.contains(m));
    if redirect_problem {
        return Err(redirect_hint(
            Rejection::unacceptable(format!(
                "the provider refused the authorization request (HTTP {status}): {} is not a registered redirect URI of client `{}`",
                at.redirect_uri, at.client_id
            )),
            at,
        ));
    }
    let client_problem =
        ["invalid_client", "client_id", "unknown client", "client not found"].iter().any(|m| body.contains(m));
    let rejection = Rejection::unacceptable(format!(
        "the provider refused the authorization request (HTTP {status}) before any login"
    ));
    Err(if client_problem {
        rejection.hint(format!("check the client id `{}` (--client-id)", at.client_id))
    } else {
        redirect_hint(rejection.hint("open the URL above in a browser to see the provider's message"), at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(flow: Flow) -> ErrorContext<'static> {
        ErrorContext { client_id: "cli", redirect_uri: "http://127.0.0.1:53180/callback", flow, confidential: false }
    }

    fn claims(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn flows_by_what_is_possible_here() {
        assert_eq!(choose_flow(FlowChoice::Auto, true, true, false), Ok(Flow::Browser));
        assert_eq!(choose_flow(FlowChoice::Auto, false, true, true), Ok(Flow::Device));
        assert_eq!(choose_flow(FlowChoice::Auto, false, false, true), Ok(Flow::Paste));
        assert!(choose_flow(FlowChoice::Auto, false, false, false).unwrap_err().hints[0].contains("--flow paste"));
        assert_eq!(choose_flow(FlowChoice::Browser, false, true, false), Ok(Flow::Browser));
        assert_eq!(choose_flow(FlowChoice::Paste, true, true, false), Ok(Flow::Paste));
        assert!(choose_flow(FlowChoice::Device, true, false, true).unwrap_err().hints[0].contains("--flow paste"));
    }

    #[test]
    fn a_pasted_address_is_read_as_the_listener_would_read_it() {
        let url = "http://127.0.0.1:53180/callback?code=abc&state=s1";
        assert_eq!(pasted_target(&format!("  {url}\n")).as_deref(), Some("/callback?code=abc&state=s1"));
        assert_eq!(pasted_target("code=abc&state=s1").as_deref(), Some("/callback?code=abc&state=s1"));
        assert_eq!(pasted_target("?code=abc&state=s1").as_deref(), Some("/callback?code=abc&state=s1"));
        assert_eq!(pasted_target("/callback?code=abc&state=s1").as_deref(), Some("/callback?code=abc&state=s1"));
        assert_eq!(pasted_target("\n"), None);
        let elsewhere = pasted_target("http://127.0.0.1:53180/other?code=abc&state=s1").unwrap();
        assert!(matches!(read_callback(&elsewhere, "s1", "https://idp.example"), Callback::Ignored(_)));
    }

    #[test]
    fn only_our_state_on_the_callback_path_counts() {
        let issuer = "https://idp.example";
        assert_eq!(read_callback("/callback?code=abc&state=s1", "s1", issuer), Callback::Code("abc".into()));
        assert!(matches!(read_callback("/callback?code=abc&state=s2", "s1", issuer), Callback::Ignored(_)));
        assert!(matches!(read_callback("/callback?error=access_denied", "s1", issuer), Callback::Ignored(_)));
        assert!(matches!(read_callback("/favicon.ico", "s1", issuer), Callback::Ignored(_)));
        assert_eq!(
            read_callback("/callback?error=access_denied&error_description=no+thanks&state=s1", "s1", issuer),
            Callback::ProviderError { error: "access_denied".into(), description: Some("no thanks".into()) }
        );
        let mixed_up = read_callback("/callback?code=abc&state=s1&iss=https%3A%2F%2Fevil.example", "s1", issuer);
        assert!(matches!(mixed_up, Callback::ProviderError { ref error, .. } if error == "issuer_mismatch"));
        let own = read_callback("/callback?code=abc&state=s1&iss=https%3A%2F%2Fidp.example", "s1", issuer);
        assert_eq!(own, Callback::Code("abc".into()));
    }

    #[test]
    fn the_nonce_must_be_ours() {
        assert!(check_nonce(&claims(json!({"nonce": "n1"})), "n1").is_ok());
        assert!(check_nonce(&claims(json!({"nonce": "n2"})), "n1").unwrap_err().message.contains("replayed"));
        assert!(check_nonce(&claims(json!({})), "n1").is_err());
    }

    #[test]
    fn the_access_token_only_when_it_is_a_jwt_for_the_audience() {
        let access = claims(json!({"aud": ["https://api", "other"]}));
        assert_eq!(given_token(Some(&access), Some("https://api"), true).0, Given::AccessToken);
        assert_eq!(given_token(Some(&access), Some("https://else"), true).0, Given::IdToken);
        assert_eq!(given_token(Some(&access), None, true).0, Given::IdToken);
        assert_eq!(given_token(None, Some("https://api"), true).0, Given::IdToken);
        assert!(given_token(None, None, false).1.contains("none was issued"));
    }

    #[test]
    fn the_record_follows_the_mappings() {
        let expect = Expectations {
            provider_type: ProviderType::Okta,
            issuer: "https://idp".into(),
            audience: None,
            user_id_claim: "uid".into(),
            group_claim: Some("groups".into()),
            role_claim: Some("roles".into()),
            group_claim_stable_ids: true,
        };
        let got =
            record(&claims(json!({"uid": 42, "groups": ["00g1a2b3c4d5e6f7g8h9", "Sales"], "roles": "admin"})), &expect);
        assert_eq!(got.user_id.as_deref(), Some("42"));
        assert_eq!(got.groups.iter().map(|g| g.kind).collect::<Vec<_>>(), [GroupKind::Id, GroupKind::Name]);
        assert_eq!(got.roles, ["admin"]);
        assert_eq!(record(&claims(json!({})), &expect), Record { user_id: None, groups: vec![], roles: vec![] });
        // One rule with the checklist: a mixed array, or a non-string role, records nothing.
        let mixed = record(&claims(json!({"groups": ["Sales", 7], "roles": {"admin": true}})), &expect);
        assert_eq!((mixed.groups, mixed.roles), (vec![], Vec::<String>::new()));
    }

    #[test]
    fn provider_errors_name_their_fix() {
        let hint = |r: Rejection| r.hints.join(" ");
        assert!(hint(provider_error("unauthorized_client", None, &at(Flow::Device))).contains("device code"));
        assert!(hint(provider_error("invalid_client", None, &at(Flow::Browser))).contains("--client-secret"));
        assert!(hint(provider_error("access_denied", None, &at(Flow::Browser))).contains("declined"));
        assert!(provider_error("invalid_grant", None, &at(Flow::Device)).message.contains("expired"));
        let unregistered = preflight(400, None, "invalid_redirect_uri: redirect_uri did not match", &at(Flow::Browser));
        let unregistered = unregistered.unwrap_err();
        assert!(unregistered.message.contains("http://127.0.0.1:53180/callback"));
        assert!(hint(unregistered).contains("register http://127.0.0.1:53180/callback"));
        assert!(preflight(302, Some("https://idp/login"), "", &at(Flow::Browser)).is_ok());
        assert!(preflight(200, None, "<form>", &at(Flow::Browser)).is_ok());
        let denied = preflight(
            302,
            Some("http://127.0.0.1:53180/callback?error=unauthorized_client&state=x"),
            "",
            &at(Flow::Browser),
        );
        assert!(hint(denied.unwrap_err()).contains("authorization code grant"));
    }
}
