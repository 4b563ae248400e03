//! `alter doctor`'s report: one line per check (✓ ok, ! warn, ✗ fail, · information, - could not
//! run), each with its fix, and the verdict. The judges below turn what the command observed into
//! lines; they are pure, so every ✓/!/✗ rule is unit-tested here.

use super::clock::Skew;
use super::model::ProviderType;
use super::route::Route;
use super::scopes;
use crate::platform::FileAccess;
use crate::scrub::remote;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    Warn,
    Fail,
    Info,
    Skipped,
}

impl Status {
    pub fn mark(self) -> &'static str {
        match self {
            Self::Ok => "✓",
            Self::Warn => "!",
            Self::Fail => "✗",
            Self::Info => "·",
            Self::Skipped => "-",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Machine,
    ControlPlane,
    Token,
    Clock,
    App,
    IdentityProvider,
}

impl Section {
    pub const ALL: [Section; 6] =
        [Self::Machine, Self::ControlPlane, Self::Token, Self::Clock, Self::App, Self::IdentityProvider];

    pub fn title(self) -> &'static str {
        match self {
            Self::Machine => "This machine",
            Self::ControlPlane => "Control plane",
            Self::Token => "Token",
            Self::Clock => "Clock",
            Self::App => "App",
            Self::IdentityProvider => "Identity provider",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub section: Section,
    pub check: &'static str,
    pub status: Status,
    pub message: String,
    pub fix: Option<String>,
}

impl Check {
    pub fn new(section: Section, check: &'static str, status: Status, message: impl Into<String>) -> Self {
        Self { section, check, status, message: message.into(), fix: None }
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }

    /// A failure reported as an error elsewhere: its message, and its first hint as the fix.
    pub fn failed(section: Section, check: &'static str, message: &str, hints: &[String]) -> Self {
        let check = Self::new(section, check, Status::Fail, message);
        match hints.first() {
            Some(hint) => check.fix(hint.clone()),
            None => check,
        }
    }

    /// A check that could not run, and why ("not signed in").
    pub fn skipped(section: Section, check: &'static str, why: impl AsRef<str>) -> Self {
        Self::new(section, check, Status::Skipped, format!("{}: not checked ({})", label(check), why.as_ref()))
    }
}

/// What a check looks at, in words, for the lines of checks that could not run.
fn label(check: &str) -> &str {
    match check {
        "control_plane" => "the control plane",
        "token" => "the token",
        "scopes" => "the token's scopes",
        "clock_control_plane" => "the clock against the control plane's",
        "clock_issuer" => "the clock against the issuer's",
        "identity_provider" => "the identity provider",
        "discovery" => "discovery",
        "jwks_uri" => "the jwks_uri",
        "signing_keys" => "the signing keys",
        "directory_import" => "the last directory import",
        other => other,
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub ok: usize,
    pub warn: usize,
    pub fail: usize,
    pub info: usize,
    pub skipped: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// No ✗ (with `--strict`, no ! either).
    pub healthy: bool,
    pub strict: bool,
    pub counts: Counts,
    pub checks: Vec<Check>,
}

impl Report {
    pub fn new(mut checks: Vec<Check>, strict: bool) -> Self {
        // Stable by section, so concurrent checks print in the same order every run.
        checks.sort_by_key(|c| Section::ALL.iter().position(|s| *s == c.section));
        let mut counts = Counts::default();
        for check in &checks {
            *match check.status {
                Status::Ok => &mut counts.ok,
                Status::Warn => &mut counts.warn,
                Status::Fail => &mut counts.fail,
                Status::Info => &mut counts.info,
                Status::Skipped => &mut counts.skipped,
            } += 1;
        }
        let healthy = counts.fail == 0 && (!strict || counts.warn == 0);
        Self { healthy, strict, counts, checks }
    }
}

/// Where the control-plane token was found.
pub enum TokenFound<'a> {
    Env,
    Keyring,
    /// The fallback file, and what the platform tells of who can open it (None: its metadata
    /// could not be read).
    File {
        path: &'a str,
        access: Option<FileAccess>,
    },
    Nowhere,
}

pub fn token_source(found: &TokenFound) -> Check {
    let check = |status, message: String| Check::new(Section::Machine, "token_source", status, message);
    match found {
        TokenFound::Env => check(Status::Ok, "token from ALTER_TOKEN (overrides the keyring and the file)".into()),
        TokenFound::Keyring => check(Status::Ok, "token from the OS keyring".into()),
        TokenFound::File { path, access: Some(access @ FileAccess::Mode(mode)) } => match access.open_to_others() {
            None => check(
                Status::Ok,
                format!("token from {path} (mode {mode:03o}: other users can neither read nor write it)"),
            ),
            Some(open) => check(
                Status::Warn,
                format!(
                    "token from {path}, which is {} by other users (mode {mode:03o}): it holds a bearer token",
                    open.how
                ),
            )
            .fix(format!("chmod 600 {path}")),
        },
        // Measured nothing, so no verdict: say what decides it there.
        TokenFound::File { path, access: Some(FileAccess::ProfileAcl) } => check(
            Status::Info,
            format!(
                "token from {path}; on Windows no file mode applies: its ACL decides who can read it, by default \
                 the one inherited from your user profile (you, SYSTEM and Administrators); alter does not check ACLs"
            ),
        ),
        TokenFound::File { path, access: None } => check(
            Status::Warn,
            format!("token from {path}, but its permissions could not be read, so who else can open it is unknown"),
        )
        .fix(format!("check the file's owner and permissions (`ls -l {path}`)")),
        TokenFound::Nowhere => {
            check(Status::Warn, "not signed in: no ALTER_TOKEN, no token in the keyring or the file".into())
                .fix("run `alter auth login` (or set ALTER_TOKEN); the checks below that need an account are skipped")
        }
    }
}

pub enum KeyringState<'a> {
    Available,
    /// No Secret Service (headless Linux, containers): tokens go to this file.
    Absent {
        file: Option<&'a str>,
    },
}

pub fn keyring(state: &KeyringState, token_from_env: bool) -> Check {
    match state {
        KeyringState::Available => Check::new(Section::Machine, "keyring", Status::Ok, "an OS keyring is available"),
        KeyringState::Absent { file } => {
            let file = file.unwrap_or("no file either: HOME and XDG_CONFIG_HOME are unset");
            let message = format!("no OS keyring on this machine: `alter auth login` stores the token in {file}");
            // With ALTER_TOKEN (CI) the keyring plays no part.
            let status = if token_from_env { Status::Info } else { Status::Warn };
            let check = Check::new(Section::Machine, "keyring", status, message);
            if token_from_env {
                check
            } else {
                check.fix("fine on a server or in CI (prefer ALTER_TOKEN there); on a desktop, start the Secret Service (gnome-keyring) and sign in again")
            }
        }
    }
}

/// The trust store in words, the variables that point at nothing, the extra CA, and the client
/// set-up error if building it failed.
pub fn tls(
    store: &str,
    missing: &[String],
    extra: Option<(&str, &str)>,
    client_error: Option<(&str, &[String])>,
) -> Check {
    if let Some((message, hints)) = client_error {
        return Check::failed(Section::ControlPlane, "tls", message, hints);
    }
    let extra = extra.map(|(path, from)| format!(", plus {path} ({from})")).unwrap_or_default();
    let message = format!("HTTPS trusts {store}{extra}");
    if missing.is_empty() {
        return Check::new(Section::ControlPlane, "tls", Status::Ok, message);
    }
    Check::new(
        Section::ControlPlane,
        "tls",
        Status::Warn,
        format!("{message}; but {} point(s) at nothing", missing.join(", ")),
    )
    .fix("unset it, or point it at a PEM bundle that exists")
}

pub fn proxy(host: &str, route: &Route) -> Check {
    let check = |status, message: String| Check::new(Section::ControlPlane, "proxy", status, message);
    match route {
        Route::Direct => check(Status::Info, format!("no proxy: {host} is reached directly")),
        Route::Exempt => check(Status::Info, format!("a proxy is set, but NO_PROXY exempts {host}: reached directly")),
        Route::Proxy { proxy, from } => {
            check(Status::Info, format!("{host} is reached through the proxy {proxy} (from {from})"))
        }
        Route::Unusable { from } => check(
            Status::Warn,
            format!("{from} is set but is not a proxy URL alter can use, so {host} is reached directly"),
        )
        .fix(format!("set {from} to a URL such as http://proxy.example:3128, or unset it")),
    }
}

/// What the control plane said to `GET /v1/me`.
pub enum Answer<'a> {
    Status(u16),
    /// A 2xx whose body is not the contract's.
    NotTheContract,
    /// No answer: connection, TLS or timeout.
    Transport {
        message: &'a str,
        hints: &'a [String],
    },
}

pub fn control_plane(url: &str, from: &str, millis: u128, answer: &Answer, proxy: Option<&str>) -> Check {
    let check = |status, message: String| Check::new(Section::ControlPlane, "control_plane", status, message);
    let at = format!("{} ({from})", remote(url));
    match answer {
        Answer::Status(200..=299 | 401 | 403) => check(Status::Ok, format!("{at} answered in {millis} ms")),
        Answer::Status(status @ (429 | 500..=599)) => {
            check(Status::Warn, format!("{at} answered in {millis} ms, but is failing (HTTP {status})"))
                .fix("try again in a minute; if it persists, check the Alter status page")
        }
        Answer::Status(status) => check(
            Status::Fail,
            format!("{at} answered HTTP {status} to GET /v1/me: it does not look like the Alter control plane"),
        )
        .fix("check ALTER_API_URL (unset it for https://api.alterauth.com)"),
        Answer::NotTheContract => {
            check(Status::Fail, format!("{at} answered, but not as the Alter control plane does"))
                .fix("check ALTER_API_URL (unset it for https://api.alterauth.com)")
        }
        Answer::Transport { message, hints } => {
            let fix = match proxy {
                Some(proxy) => format!("requests go through the proxy {proxy}: check that it is up and allows this host, or exclude the host with NO_PROXY"),
                None => hints.first().cloned().unwrap_or_else(|| "check your network".to_owned()),
            };
            check(Status::Fail, format!("{at} is unreachable: {message}")).fix(fix)
        }
    }
}

pub enum TokenAnswer<'a> {
    Valid { subject: &'a str, expires_at: Option<&'a str> },
    Refused,
}

pub fn token(answer: &TokenAnswer) -> Check {
    match answer {
        TokenAnswer::Valid { subject, expires_at } => {
            let expiry = expires_at
                .map(|at| format!(", expires {}", remote(at)))
                .unwrap_or_else(|| ", never expires".to_owned());
            Check::new(Section::Token, "token", Status::Ok, format!("valid: signed in as {}{expiry}", remote(subject)))
        }
        TokenAnswer::Refused => Check::new(
            Section::Token,
            "token",
            Status::Fail,
            "the control plane refused the token (HTTP 401): expired, revoked or mistyped",
        )
        .fix("sign in again with `alter auth login` (or set ALTER_TOKEN to a current token)"),
    }
}

pub fn scopes(granted: &[String]) -> Check {
    let missing = scopes::missing(granted);
    if missing.is_empty() {
        return Check::new(Section::Token, "scopes", Status::Ok, "every scope the commands need");
    }
    let blocked: Vec<String> =
        missing.iter().map(|(scope, commands)| format!("{scope} -> {}", commands.join(", "))).collect();
    let names: Vec<&str> = missing.iter().map(|(scope, _)| *scope).collect();
    Check::new(Section::Token, "scopes", Status::Warn, format!("missing {}", blocked.join("; ")))
        .fix(format!("if you need those commands, sign in with a token that also has {}", names.join(" ")))
}

/// `whose`: "the control plane's" or "the issuer's".
pub fn clock(check: &'static str, whose: &str, skew: Option<Skew>, unmeasured: &str) -> Check {
    match skew {
        None => Check::skipped(Section::Clock, check, unmeasured),
        Some(skew) if skew.is_significant() => Check::new(
            Section::Clock,
            check,
            Status::Warn,
            format!("{}: token expiry checks on this machine (check-token) would mislead", skew.describe(whose)),
        )
        .fix("turn on network time (e.g. `timedatectl set-ntp true`) and check the time zone"),
        Some(skew) => Check::new(
            Section::Clock,
            check,
            Status::Ok,
            format!("within 30 s of {whose} ({} s)", skew.local_ahead_secs),
        ),
    }
}

pub enum AppFound<'a> {
    Exists {
        name: &'a str,
    },
    Missing,
    /// Not looked up, and why (e.g. not signed in).
    Unchecked {
        why: &'a str,
    },
}

/// `from`: `--app`, `ALTER_APP_ID` or the link file's path in words.
pub fn app(id: &str, from: &str, found: &AppFound) -> Check {
    let check = |status, message: String| Check::new(Section::App, "app", status, message);
    match found {
        AppFound::Exists { name } => check(Status::Ok, format!("{id} ({}), from {from}", remote(name))),
        AppFound::Missing => check(
            Status::Fail,
            format!("{id} (from {from}) does not exist, or this token cannot see it"),
        )
        .fix("check the app id in the dashboard; then fix --app, ALTER_APP_ID or the link (`alter link --app APP_ID`)"),
        AppFound::Unchecked { why } => check(Status::Info, format!("{id}, from {from}; not looked up: {why}")),
    }
}

pub fn no_app() -> Check {
    Check::new(Section::App, "app", Status::Warn, "no app selected: commands other than `discover --offline` need one")
        .fix("pass --app APP_ID, set ALTER_APP_ID, or link this directory with `alter link --app APP_ID`")
}

pub fn wallet(verification: Option<&str>) -> Check {
    match verification {
        None => Check::new(Section::IdentityProvider, "wallet", Status::Info, "no wallet sign-in configured"),
        Some("unverified") => Check::new(
            Section::IdentityProvider,
            "wallet",
            Status::Warn,
            "wallet sign-in is unverified: Alter could not confirm its client credentials with the provider",
        )
        .fix("sign in once through the provider with `alter idp test-login`"),
        Some(state) => {
            Check::new(Section::IdentityProvider, "wallet", Status::Ok, format!("wallet sign-in {}", remote(state)))
        }
    }
}

pub fn webhook(enabled: bool, provider_type: ProviderType) -> Check {
    if enabled {
        return Check::new(Section::IdentityProvider, "webhook", Status::Ok, "deprovisioning webhook enabled");
    }
    let message = if super::claims::capabilities(provider_type).directory_sync {
        "the deprovisioning webhook is disabled: removed users lose access only at the next directory import (up to 6 h)"
    } else {
        "the deprovisioning webhook is disabled, and this provider has no directory sync: removed users keep access"
    };
    Check::new(Section::IdentityProvider, "webhook", Status::Warn, message)
        .fix("set it up with `alter idp webhook enable` (see `alter idp webhook status` for the URL)")
}

/// The last directory import, as `directory-import status` reports it.
pub enum Import<'a> {
    Unsupported,
    NotConfigured,
    NeverRan,
    Last { status: &'a str, finished_at: Option<&'a str>, error: Option<&'a str> },
}

pub fn directory_import(import: &Import) -> Check {
    let check = |status, message: String| Check::new(Section::IdentityProvider, "directory_import", status, message);
    match import {
        Import::Unsupported => check(Status::Info, "this provider has no directory sync".into()),
        Import::NotConfigured => check(Status::Info, "directory import not configured".into())
            .fix("optional: `alter idp directory-import set-credential` imports users and groups every 6 h"),
        Import::NeverRan => check(Status::Info, "directory import configured; no run yet".into()),
        Import::Last { status: "failed", finished_at, error } => check(
            Status::Fail,
            format!(
                "the last directory import failed{}: {}",
                finished_at.map(|at| format!(" ({})", remote(at))).unwrap_or_default(),
                error.map_or_else(|| "no error given".to_owned(), remote)
            ),
        )
        .fix("fix the credential or the provider, then `alter idp directory-import run --wait`"),
        Import::Last { status: "succeeded", finished_at, .. } => check(
            Status::Ok,
            format!(
                "the last directory import succeeded{}",
                finished_at.map(|at| format!(" ({})", remote(at))).unwrap_or_default()
            ),
        ),
        Import::Last { status, .. } => check(Status::Info, format!("a directory import is {}", remote(status))),
    }
}

pub fn claims(locked: bool) -> Check {
    let message = if locked {
        "claim mappings are locked (an end user has signed in): changing them means re-creating the provider"
    } else {
        "claim mappings are not locked yet: they lock at the first end-user sign-in"
    };
    Check::new(Section::IdentityProvider, "claims", Status::Info, message)
}

/// The keys at `jwks_uri`: usable ones, and why each other signing key is not.
pub fn signing_keys(jwks_uri: &str, usable: usize, unusable: &[String]) -> Check {
    let message = format!("{usable} usable signing key(s) at {}", remote(jwks_uri));
    if unusable.is_empty() {
        return Check::new(Section::IdentityProvider, "signing_keys", Status::Ok, message);
    }
    Check::new(
        Section::IdentityProvider,
        "signing_keys",
        Status::Warn,
        format!("{message}; {} unusable: {}", unusable.len(), unusable.join("; ")),
    )
    .fix("tokens signed with an unusable key are refused: check the provider's signing-key configuration")
}

/// The saved `jwks_uri` against the one discovery publishes now.
pub fn jwks_uri(saved: &str, live: &str) -> Check {
    if saved.trim_end_matches('/') == live.trim_end_matches('/') {
        return Check::new(
            Section::IdentityProvider,
            "jwks_uri",
            Status::Ok,
            format!("the saved jwks_uri is still current ({})", remote(live)),
        );
    }
    Check::new(
        Section::IdentityProvider,
        "jwks_uri",
        Status::Warn,
        format!("the provider moved its keys: Alter verifies with {}, discovery now publishes {}", remote(saved), remote(live)),
    )
    .fix("re-create the provider so Alter picks up the new jwks_uri: `alter idp delete`, then `alter idp create` with the same issuer")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statuses(report: &Report) -> Vec<Status> {
        report.checks.iter().map(|c| c.status).collect()
    }

    #[test]
    fn verdict_fails_on_a_cross_and_with_strict_on_a_bang() {
        let line = |status| Check::new(Section::Machine, "x", status, "m");
        let warn_only = vec![line(Status::Ok), line(Status::Warn), line(Status::Info), line(Status::Skipped)];
        assert!(Report::new(warn_only.clone(), false).healthy);
        assert!(!Report::new(warn_only, true).healthy);
        let failing = Report::new(vec![line(Status::Fail), line(Status::Ok)], false);
        assert!(!failing.healthy);
        assert_eq!(failing.counts, Counts { ok: 1, fail: 1, ..Counts::default() });
    }

    #[test]
    fn orders_lines_by_section_whatever_order_they_finished_in() {
        let report = Report::new(
            vec![
                Check::new(Section::IdentityProvider, "a", Status::Ok, ""),
                Check::new(Section::Machine, "b", Status::Fail, ""),
                Check::new(Section::Clock, "c", Status::Warn, ""),
            ],
            false,
        );
        assert_eq!(statuses(&report), [Status::Fail, Status::Warn, Status::Ok]);
    }

    #[test]
    fn token_source_warns_on_an_open_file_and_no_token() {
        assert_eq!(token_source(&TokenFound::Env).status, Status::Ok);
        assert_eq!(token_source(&TokenFound::Keyring).message, "token from the OS keyring");
        let file = |access| token_source(&TokenFound::File { path: "/h/c", access });
        let open = file(Some(FileAccess::Mode(0o644)));
        assert_eq!((open.status, open.fix.as_deref()), (Status::Warn, Some("chmod 600 /h/c")));
        assert!(open.message.contains("readable by other users (mode 644)"), "{}", open.message);
        // The mode actually read, and group or other write counts as much as read.
        let private = file(Some(FileAccess::Mode(0o400)));
        assert_eq!(private.status, Status::Ok);
        assert_eq!(private.message, "token from /h/c (mode 400: other users can neither read nor write it)");
        assert!(file(Some(FileAccess::Mode(0o600))).message.contains("(mode 600:"));
        for (mode, open) in [(0o620, "writable"), (0o602, "writable"), (0o666, "readable and writable")] {
            let line = file(Some(FileAccess::Mode(mode)));
            assert_eq!(line.status, Status::Warn, "{mode:o}");
            assert!(
                line.message.contains(&format!("which is {open} by other users (mode {mode:o})")),
                "{}",
                line.message
            );
        }
        // Windows: no mode to show, and nothing measured to judge.
        let windows = file(Some(FileAccess::ProfileAcl));
        assert_eq!(windows.status, Status::Info);
        assert!(windows.message.contains("its ACL decides who can read it"), "{}", windows.message);
        assert!(!windows.message.contains("(mode"), "no Unix mode: {}", windows.message);
        assert_eq!(file(None).status, Status::Warn);
        assert_eq!(token_source(&TokenFound::Nowhere).status, Status::Warn);
    }

    #[test]
    fn no_keyring_matters_only_without_alter_token() {
        let absent = KeyringState::Absent { file: Some("/h/c") };
        assert_eq!(keyring(&absent, false).status, Status::Warn);
        assert_eq!(keyring(&absent, true).status, Status::Info);
        assert_eq!(keyring(&KeyringState::Available, false).status, Status::Ok);
    }

    #[test]
    fn control_plane_answers() {
        let at = |answer| control_plane("https://a", "the default", 12, &answer, None);
        assert_eq!(at(Answer::Status(401)).status, Status::Ok);
        assert_eq!(at(Answer::Status(503)).status, Status::Warn);
        assert_eq!(at(Answer::Status(404)).status, Status::Fail);
        assert_eq!(at(Answer::NotTheContract).status, Status::Fail);
        let hints = vec!["check the host".to_owned()];
        let down = at(Answer::Transport { message: "refused", hints: &hints });
        assert_eq!((down.status, down.fix.as_deref()), (Status::Fail, Some("check the host")));
        let proxied =
            control_plane("https://a", "x", 1, &Answer::Transport { message: "m", hints: &hints }, Some("http://p:1"));
        assert!(proxied.fix.unwrap().contains("proxy http://p:1"));
    }

    #[test]
    fn scopes_name_what_they_block() {
        let granted = vec![scopes::READ.to_owned()];
        let check = scopes(&granted);
        assert_eq!(check.status, Status::Warn);
        assert!(check.message.contains("dashboard_identity_providers:webhooks -> alter idp webhook ..."));
        let all: Vec<String> = scopes::SCOPES.iter().map(|(s, _)| s.to_string()).collect();
        assert_eq!(scopes(&all).status, Status::Ok);
    }

    #[test]
    fn clock_warns_beyond_30_seconds() {
        let skew = |secs| Some(Skew { local_ahead_secs: secs });
        assert_eq!(clock("clock", "the issuer's", skew(10), "").status, Status::Ok);
        let off = clock("clock", "the issuer's", skew(-120), "");
        assert_eq!(off.status, Status::Warn);
        assert!(off.message.contains("2m 0s behind the issuer's"), "{}", off.message);
        assert_eq!(clock("clock", "x", None, "no Date header").status, Status::Skipped);
    }

    #[test]
    fn provider_lines() {
        assert_eq!(wallet(Some("unverified")).status, Status::Warn);
        assert!(wallet(Some("unverified")).fix.unwrap().contains("alter idp test-login"));
        assert_eq!(wallet(Some("verified")).status, Status::Ok);
        assert_eq!(wallet(None).status, Status::Info);
        assert_eq!(webhook(true, ProviderType::Okta).status, Status::Ok);
        assert!(webhook(false, ProviderType::Okta).message.contains("directory import"));
        assert!(webhook(false, ProviderType::CustomOidc).message.contains("keep access"));
        let failed =
            directory_import(&Import::Last { status: "failed", finished_at: None, error: Some("401 from Okta") });
        assert_eq!(failed.status, Status::Fail);
        assert!(failed.message.ends_with("401 from Okta"));
        let ok = Import::Last { status: "succeeded", finished_at: Some("t"), error: None };
        assert_eq!(directory_import(&ok).status, Status::Ok);
        assert_eq!(directory_import(&Import::NotConfigured).status, Status::Info);
        assert_eq!(jwks_uri("https://k/a", "https://k/a").status, Status::Ok);
        assert_eq!(jwks_uri("https://k/a", "https://k/b").status, Status::Warn);
        assert_eq!(claims(true).status, Status::Info);
        assert_eq!(signing_keys("u", 2, &[]).status, Status::Ok);
        assert_eq!(signing_keys("u", 1, &["k2: RSA key of 1024 bits".to_owned()]).status, Status::Warn);
    }

    #[test]
    fn app_lines() {
        assert_eq!(app("a", "--app", &AppFound::Exists { name: "Demo" }).message, "a (Demo), from --app");
        assert_eq!(app("a", "--app", &AppFound::Missing).status, Status::Fail);
        assert_eq!(app("a", "--app", &AppFound::Unchecked { why: "not signed in" }).status, Status::Info);
        assert_eq!(no_app().status, Status::Warn);
    }

    #[test]
    fn tls_and_proxy_lines() {
        assert_eq!(tls("the OS trust store", &[], None, None).status, Status::Ok);
        let missing = vec!["SSL_CERT_FILE=/nope".to_owned()];
        assert_eq!(tls("x", &missing, None, None).status, Status::Warn);
        let hints = vec!["pass a PEM".to_owned()];
        assert_eq!(tls("x", &[], None, Some(("bad CA", &hints))).status, Status::Fail);
        let via = proxy("h", &Route::Proxy { proxy: "http://***@p:3128".into(), from: "HTTPS_PROXY" });
        assert_eq!(via.status, Status::Info);
        assert!(via.message.contains("http://***@p:3128 (from HTTPS_PROXY)"));
        assert_eq!(proxy("h", &Route::Unusable { from: "HTTPS_PROXY" }).status, Status::Warn);
    }
}
