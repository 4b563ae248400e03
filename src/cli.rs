//! The whole command tree: every command, flag, alias and help example. Help text is
//! documentation, pinned by tests, and the source of the man pages and shell completions.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "alter",
    version,
    about = "Stand up an end-user identity provider for an Alter Vault app",
    long_about = "Stand up an end-user identity provider (Auth0, Clerk, Okta, WorkOS or a custom OIDC \
                  issuer) for an Alter Vault app, from a terminal, a CI pipeline or a script.",
    after_help = AFTER_HELP,
    max_term_width = 100,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_HELP: &str = "\
Examples:
  alter idp discover --offline --issuer-url https://dev-abc.us.auth0.com/
  alter identity-providers discover --offline --issuer-url https://acme.okta.com --json

Exit codes:
    0  success
    1  unexpected error (a bug: please report it)
    2  usage error or bad local input (flags, issuer URL, files)
    3  not signed in, or the token lacks a required scope
    4  app or identity provider not found
    5  rejected: brokered provider, issuer mismatch, unusable discovery document, conflict
    6  network, TLS certificate or timeout failure
    7  the server kept failing after retries
  130  cancelled";

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Print the result as JSON (the control-plane contract's object) on stdout
    #[arg(long, global = true)]
    pub json: bool,
    /// Log each request and response line to stderr (secrets redacted)
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// The app to act on [default: ALTER_APP_ID, then the linked workspace]
    #[arg(long, global = true, value_name = "APP_ID")]
    pub app: Option<String>,
    /// Never colour output (also when NO_COLOR is set)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store
    #[arg(long, global = true, value_name = "PATH", env = "ALTER_CA_CERT", hide_env_values = true)]
    pub ca_cert: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Stand up the app's end-user identity provider (OIDC)
    #[command(name = "identity-providers", visible_alias = "idp", after_help = IDP_HELP)]
    IdentityProviders(IdpArgs),
}

const IDP_HELP: &str = "\
Examples:
  alter idp discover --offline --issuer-url https://acme.okta.com/oauth2/default
  alter identity-providers discover --offline --issuer-url https://dev-abc.us.auth0.com/ --json";

#[derive(Debug, Args)]
pub struct IdpArgs {
    #[command(subcommand)]
    pub command: IdpCommand,
}

#[derive(Debug, Subcommand)]
pub enum IdpCommand {
    /// Preview OIDC discovery for an issuer URL without saving anything
    #[command(
        long_about = "Preview OIDC discovery for an issuer URL without saving anything: the detected \
                      provider type, JWKS URI, suggested claim mappings, capabilities and warnings.\n\n\
                      With --offline, discovery runs on this machine with no account: the CLI fetches \
                      <issuer>/.well-known/openid-configuration and the JWKS itself and applies the \
                      same rules as the control plane (exact issuer match, brokered-only providers \
                      refused, at least one usable signing key).",
        after_help = DISCOVER_HELP
    )]
    Discover(DiscoverArgs),
}

const DISCOVER_HELP: &str = "\
Examples:
  # Preview an Auth0 tenant with no account (note Auth0's trailing slash)
  alter idp discover --offline --issuer-url https://dev-abc.us.auth0.com/

  # The same object the control plane returns, for scripts
  alter idp discover --offline --json --issuer-url https://acme.okta.com | jq .jwks_uri

  # A private CA in front of the issuer
  alter idp discover --offline --issuer-url https://idp.internal.example --ca-cert ./ca.pem";

#[derive(Debug, Args)]
pub struct DiscoverArgs {
    /// OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL
    #[arg(long, value_name = "URL")]
    pub issuer_url: String,
    /// Run discovery on this machine instead of through the control plane (no account needed)
    #[arg(long)]
    pub offline: bool,
}
