//! The whole command tree: every command, flag, alias and help example. Help text is
//! documentation, pinned by tests, and the source of the man pages and shell completions.

use crate::secret::SecretSpec;
use clap::{ArgAction, ArgGroup, Args, ColorChoice, CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

/// Parses argv; clap's own help and errors are coloured as `color` says.
pub fn parse(args: &[OsString], color: ColorChoice) -> Result<Cli, clap::Error> {
    let matches = Cli::command().color(color).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// `--no-color` anywhere before a `--`, seen before parsing so that clap's own help and errors
/// obey it too.
pub fn no_color_flag(args: &[OsString]) -> bool {
    args.iter().skip(1).take_while(|arg| *arg != "--").any(|arg| arg == "--no-color")
}

#[derive(Debug, Parser)]
#[command(
    name = "alter",
    // Not argv[0]'s file name: on Windows that is `alter.exe`, while people type `alter`.
    bin_name = "alter",
    version,
    about = "Stand up an end-user identity provider for an Alter Vault app",
    long_about = "Stand up an end-user identity provider (Auth0, Clerk, Okta, WorkOS or a custom OIDC \
                  issuer) for an Alter Vault app, from a terminal, a CI pipeline or a script.",
    after_help = AFTER_HELP,
    max_term_width = 100,
    propagate_version = true,
    // Re-declared among the global options, so a command's own options come first in its help.
    disable_help_flag = true,
    disable_version_flag = true
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
  alter auth login && alter link --app app_123
  alter idp create --issuer-url https://acme.okta.com/oauth2/default --audience api://default

Exit codes:
    0  success
    1  unexpected error (a bug: please report it)
    2  usage error or bad local input (flags, issuer URL, files)
    3  not signed in, the token cannot be sent, or it lacks a required scope
    4  app or identity provider not found
    5  rejected: brokered provider, issuer mismatch, unusable discovery document or keys, conflict
    6  network, TLS certificate or timeout failure
    7  the control plane failed: errors after retries, or an unusable answer
    8  differences found (`alter idp diff`)
  130  cancelled";

/// The heading of the flags every command takes, shown after the command's own options.
const GLOBAL: &str = "Global options";

#[derive(Debug, Args)]
#[command(next_help_heading = GLOBAL)]
pub struct GlobalArgs {
    /// Print the result as JSON (the control-plane contract's object) on stdout
    #[arg(long, global = true)]
    pub json: bool,
    /// Print only the result: no notes, next steps or progress (errors and warnings still show)
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Log each request and response line to stderr (secrets redacted)
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// The app to act on [default: ALTER_APP_ID, then the linked workspace]
    #[arg(long, global = true, value_name = "APP_ID")]
    pub app: Option<String>,
    /// Never colour output, help and errors included (also when NO_COLOR is set)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store
    #[arg(long, global = true, value_name = "PATH", env = "ALTER_CA_CERT", hide_env_values = true)]
    pub ca_cert: Option<PathBuf>,
    /// Print help
    #[arg(short, long, global = true, action = ArgAction::Help)]
    pub help: Option<bool>,
    /// Print the version
    #[arg(short = 'V', long, global = true, action = ArgAction::Version)]
    pub version: Option<bool>,
}

// Parsed once per process: the size of a variant costs nothing worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Stand up the app's end-user identity provider (OIDC)
    #[command(name = "identity-providers", visible_alias = "idp", after_help = IDP_HELP)]
    IdentityProviders(IdpArgs),
    /// Sign in to Alter, check who you are, sign out
    #[command(after_help = AUTH_HELP)]
    Auth(AuthArgs),
    /// Link the current directory to an app, so commands run here use it
    #[command(after_help = LINK_HELP)]
    Link,
    /// Remove the workspace link that applies to the current directory
    #[command(after_help = UNLINK_HELP)]
    Unlink,
    /// Check this machine, the account, the app and its identity provider, with the fix for each problem
    #[command(
        long_about = "Check whether this machine, this account and this app's identity provider are healthy, \
                      one line per check (✓ ok, ! warning, ✗ problem, · information, - could not run) \
                      with the fix for each: where the token comes from (and whether its file is private), \
                      the OS keyring, the control plane (URL, reachability, TLS trust, proxy), the token and \
                      the commands its missing scopes block, the clock against the control plane's and the \
                      issuer's, the app, and the app's identity provider (discovery now, a moved jwks_uri, \
                      wallet sign-in, the webhook, the last directory import, claim locking).\n\n\
                      Works with no account (then only the local half and the control plane's reachability \
                      are checked). The checks that need the network run concurrently. Nothing secret is \
                      printed.",
        after_help = DOCTOR_HELP
    )]
    Doctor(DoctorArgs),
}

const DOCTOR_HELP: &str = "\
Examples:
  alter doctor                           # everything, for the linked app
  alter doctor --app app_123 --strict    # in CI: warnings fail too
  alter doctor --json | jq '.checks[] | select(.status == \"fail\")'

Exit status 0 when nothing is ✗ (with --strict: nothing is ✗ or !), 5 otherwise.";

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Exit 5 on warnings (!) too, not only on problems (✗)
    #[arg(long)]
    pub strict: bool,
}

const AUTH_HELP: &str = "\
Examples:
  alter auth login                                   # prompts for the token on a terminal
  printf %s \"$ALTER_TOKEN\" | alter auth login --with-token
  alter auth status --json";

const LINK_HELP: &str = "\
Examples:
  alter link --app app_123      # writes .alter/app.json here, after checking the app exists
  alter idp list                # now uses app_123 in this directory and below";

const UNLINK_HELP: &str = "\
Examples:
  alter unlink";

#[derive(Debug, Args)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store a token for the control plane (OS keyring, or a 0600 file where there is none)
    #[command(after_help = "Examples:\n  alter auth login\n  alter auth login --with-token < token.txt")]
    Login(LoginArgs),
    /// Show who the token belongs to and its scopes
    #[command(after_help = "Examples:\n  alter auth status\n  alter auth status --json | jq -r .subject")]
    Status,
    /// Remove the stored token
    #[command(after_help = "Examples:\n  alter auth logout")]
    Logout,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read the token from stdin instead of prompting
    #[arg(long)]
    pub with_token: bool,
}

const IDP_HELP: &str = "\
Examples:
  alter idp discover --offline --issuer-url https://acme.okta.com/oauth2/default
  alter idp create --issuer-url https://acme.okta.com/oauth2/default --audience api://default
  alter idp list --app app_123
  alter idp show --json
  alter idp export -o idp.json && alter idp diff -f idp.json
  alter idp delete --yes";

#[derive(Debug, Args)]
pub struct IdpArgs {
    #[command(subcommand)]
    pub command: IdpCommand,
}

#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum IdpCommand {
    /// Preview OIDC discovery for an issuer URL without saving anything
    #[command(
        long_about = "Preview OIDC discovery for an issuer URL without saving anything: the detected \
                      provider type, JWKS URI, suggested claim mappings, capabilities and warnings.\n\n\
                      By default the control plane runs discovery for the app (one request; needs \
                      the dashboard_identity_providers:create scope). With --offline, discovery runs on this machine with no account: the CLI fetches \
                      <issuer>/.well-known/openid-configuration and the JWKS itself and applies the \
                      same rules as the control plane (exact issuer match, brokered-only providers \
                      refused, at least one usable signing key).",
        after_help = DISCOVER_HELP
    )]
    Discover(DiscoverArgs),
    /// Configure the app's identity provider (discovery must succeed; nothing is saved otherwise)
    #[command(visible_alias = "configure", after_help = CREATE_HELP)]
    Create(CreateArgs),
    /// List the app's identity providers
    #[command(after_help = "Examples:\n  alter idp list\n  alter idp list --app app_123 --json")]
    List,
    /// Show one identity provider
    #[command(after_help = "Examples:\n  alter idp show\n  alter idp show --provider idp_123 --json")]
    Show(ProviderArg),
    /// Change the audience, claim mappings or wallet credentials
    #[command(after_help = UPDATE_HELP)]
    Update(UpdateArgs),
    /// Remove the identity provider (to switch providers)
    #[command(
        after_help = "Examples:\n  alter idp delete                       # asks first\n  alter idp delete --provider idp_123 --yes"
    )]
    Delete(DeleteArgs),
    /// The deprovisioning webhook: enable, disable, rotate its secret, show its status
    #[command(after_help = WEBHOOK_HELP)]
    Webhook(WebhookArgs),
    /// Directory sync: the read-only management credential and import runs
    #[command(name = "directory-import", after_help = DIRECTORY_HELP)]
    DirectoryImport(DirectoryArgs),
    /// Explain whether Alter would accept a JWT, check by check, with the fix for each failure
    #[command(name = "check-token", after_help = CHECK_TOKEN_HELP)]
    CheckToken(CheckTokenArgs),
    /// Sign a person in at the provider and show, claim by claim, what Alter would do with it
    #[command(name = "test-login", after_help = TEST_LOGIN_HELP)]
    TestLogin(TestLoginArgs),
    /// Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArgs),
    /// Show what `apply` would change to make the provider match a file; exit 8 when it differs
    #[command(after_help = DIFF_HELP)]
    Diff(DiffArgs),
    /// Make the app's provider match a file: create it, patch what differs, or nothing
    #[command(after_help = APPLY_HELP)]
    Apply(ApplyArgs),
}

const EXPORT_HELP: &str = "\
Examples:
  alter idp export -o idp.json                     # from the app's provider
  alter idp export --app app_staging > idp.json    # copy staging to production:
  WALLET_CLIENT_SECRET=... alter idp apply -f idp.json --app app_prod

Every managed field is written out; secrets are never exported: the wallet and webhook secrets
become env:WALLET_CLIENT_SECRET and env:WEBHOOK_SECRET, read when the file is applied.";

const DIFF_HELP: &str = "\
Examples:
  alter idp diff -f idp.json          # one line per field: + set, ~ old -> new, - cleared
  alter idp diff -f idp.json || echo \"the provider differs from idp.json\"
  alter idp diff -f idp.json --json | jq .changes

Exit status 0 when in sync, 8 when differences were found. Fields the file leaves out are not
compared, nor what the control plane computes (provider type, JWKS URI, ids, timestamps). Secrets
are write-only: the plan says which ones apply would send and why, and none is read.";

const APPLY_HELP: &str = "\
Examples:
  alter idp apply -f idp.json --dry-run            # the plan; nothing is sent
  alter idp apply -f idp.json                      # create, or PATCH only what differs
  WALLET_CLIENT_SECRET=... alter idp apply -f idp.json --update-secrets
  alter idp apply -f idp.json --replace --yes      # the issuer changed: delete, then create

The file is the JSON body of `alter idp create --input`, plus an optional webhook block:
  {\"issuer_url\": \"https://acme.okta.com/oauth2/default\", \"audience\": \"api://default\",
   \"group_claim\": \"groups\", \"group_claim_stable_ids\": true,
   \"wallet\": {\"client_id\": \"0oa123\", \"client_secret\": \"env:WALLET_CLIENT_SECRET\"},
   \"webhook\": {\"enabled\": true, \"secret\": \"@/run/secrets/okta-hook\"}}
A field left out is not managed; null clears it. Secrets are env:NAME, @path or - (stdin, once).
Nothing differs: \"No changes.\" and no write. The wallet secret is sent only on create, when the
client id changes, or with --update-secrets; the webhook is enabled or disabled, never rotated.";

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// Write the file here instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The file describing the provider: a path, or - for stdin
    #[arg(short, long, value_name = "FILE|-")]
    pub file: String,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The file describing the provider: a path, or - for stdin
    #[arg(short, long, value_name = "FILE|-")]
    pub file: String,
    /// Print the plan and send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Send the wallet client secret even when its client id is unchanged
    #[arg(long)]
    pub update_secrets: bool,
    /// When the issuer differs, delete the provider and create it again (asks first)
    #[arg(long)]
    pub replace: bool,
    /// Do not ask for confirmation (required for --replace without a terminal)
    #[arg(long)]
    pub yes: bool,
}

const DIRECTORY_HELP: &str = "\
Examples:
  alter idp directory-import set-credential --secret-key @clerk-secret-key.txt       # Clerk
  alter idp directory-import set-credential --domain acme.us.auth0.com \\
    --client-id abc123 --client-secret @m2m-secret.txt                              # Auth0
  alter idp directory-import set-credential --org-url https://acme.okta.com \\
    --client-id 0oa123 --private-key @okta-private-jwk.json                         # Okta
  alter idp directory-import run --wait
  alter idp directory-import status --json

Needs the dashboard_identity_providers:directory scope. WorkOS and custom OIDC providers have
no directory sync: use webhooks (`alter idp webhook enable`).";

const CHECK_TOKEN_HELP: &str = "\
Examples:
  # Against the app's saved provider (issuer, audience and claim mappings from Alter)
  pbpaste | alter idp check-token --token -

  # With no account: the issuer's own discovery and JWKS
  alter idp check-token --offline --issuer-url https://dev-abc.us.auth0.com/ \\
    --audience https://api.example.com --token @token.txt

  alter idp check-token --token @token.txt --json | jq '.checks[] | select(.status != \"pass\")'

  # In CI, when group grants depend on the group claim
  alter idp check-token --token env:ID_TOKEN --strict

Three verdicts, as Alter decides: refused (exit 5: not a JWT, algorithm, key, signature, iss,
aud, exp/nbf, user-id claim), accepted with warnings (exit 0, a ! line each: no group claim,
group names where grants need IDs, no role claim; sign-ins work but those features do not), and
accepted. --strict refuses on warnings too. The token is never printed.";

#[derive(Debug, Args)]
pub struct DirectoryArgs {
    #[command(subcommand)]
    pub command: DirectoryCommand,
}

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Save the read-only management credential (checked locally, then verified by Alter)
    #[command(name = "set-credential", after_help = DIRECTORY_SET_HELP)]
    SetCredential(SetCredentialArgs),
    /// Start an import now (otherwise every 6 hours)
    #[command(
        after_help = "Examples:\n  alter idp directory-import run\n  alter idp directory-import run --wait   # until it finishes, then the counts"
    )]
    Run(DirectoryRunArgs),
    /// Configured or not, the last run and the next one
    #[command(
        after_help = "Examples:\n  alter idp directory-import status\n  alter idp directory-import status --json | jq .last_run"
    )]
    Status(ProviderArg),
    /// Remove the credential; scheduled imports stop
    #[command(
        name = "remove-credential",
        after_help = "Examples:\n  alter idp directory-import remove-credential          # asks first\n  alter idp directory-import remove-credential --yes"
    )]
    RemoveCredential(DirectoryRemoveArgs),
}

const DIRECTORY_SET_HELP: &str = "\
Examples:
  alter idp directory-import set-credential --domain acme.us.auth0.com --client-id abc \\
    --client-secret @m2m-secret.txt           # Auth0: a Machine-to-Machine app with read:users
  printf %s \"$CLERK_SECRET_KEY\" | alter idp directory-import set-credential --secret-key -
  alter idp directory-import set-credential --org-url https://acme.okta.com --client-id 0oa1 \\
    --private-key @private-jwk.json [--kid KEY_ID]   # Okta: a private JWK; --kid only if it has none";

#[derive(Debug, Args)]
pub struct SetCredentialArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// Auth0: the tenant domain, e.g. acme.us.auth0.com
    #[arg(long, value_name = "HOST")]
    pub domain: Option<String>,
    /// Auth0 or Okta: the management app's client id
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Auth0: the management app's client secret: - (stdin), @path, env:NAME or the value
    #[arg(long, value_name = "-|@PATH|VALUE")]
    pub client_secret: Option<SecretSpec>,
    /// Clerk: the Secret key (sk_live_... or sk_test_...): - (stdin), @path, env:NAME or the value
    #[arg(long, value_name = "-|@PATH|VALUE")]
    pub secret_key: Option<SecretSpec>,
    /// Okta: the org URL, e.g. https://acme.okta.com (not an /oauth2/... issuer)
    #[arg(long, value_name = "URL")]
    pub org_url: Option<String>,
    /// Okta: the private key as a JWK (JSON): @path or - (stdin)
    #[arg(long, value_name = "@PATH|-")]
    pub private_key: Option<SecretSpec>,
    /// Okta: the key id, only when the JWK has no `kid`
    #[arg(long, value_name = "KEY_ID")]
    pub kid: Option<String>,
}

#[derive(Debug, Args)]
pub struct DirectoryRunArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// Wait for the import to finish and print its counts (a failed run exits 5)
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Args)]
pub struct DirectoryRemoveArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct CheckTokenArgs {
    /// The JWT to check: - (stdin), @path (file), env:NAME or the value
    #[arg(long, value_name = "-|@PATH|VALUE")]
    pub token: SecretSpec,
    #[command(flatten)]
    pub against: AgainstArgs,
    /// Refuse (exit 5) on warnings too: for pipelines that depend on groups and roles
    #[arg(long)]
    pub strict: bool,
}

/// What a token is judged against: the app's saved provider, or an issuer with no account.
#[derive(Debug, Args)]
pub struct AgainstArgs {
    /// The saved provider to check against [default: the app's only provider]
    #[arg(long, value_name = "ID", conflicts_with = "offline")]
    pub provider: Option<String>,
    /// Check against an issuer directly, with no account (needs --issuer-url)
    #[arg(long, requires = "issuer_url")]
    pub offline: bool,
    /// With --offline: the issuer the token must come from
    #[arg(long, value_name = "URL", requires = "offline")]
    pub issuer_url: Option<String>,
    /// With --offline: the audience the token must carry
    #[arg(long, value_name = "AUD", requires = "offline")]
    pub audience: Option<String>,
    /// With --offline: the user-id claim [default: sub]
    #[arg(long, value_name = "CLAIM", requires = "offline")]
    pub user_id_claim: Option<String>,
    /// With --offline: the group claim [default: the suggestion for the provider]
    #[arg(long, value_name = "CLAIM", requires = "offline")]
    pub group_claim: Option<String>,
    /// With --offline: the role claim [default: the suggestion for the provider]
    #[arg(long, value_name = "CLAIM", requires = "offline")]
    pub role_claim: Option<String>,
    /// With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which
    /// group grants need [default: the suggestion for the provider]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", requires = "offline")]
    pub group_claim_stable_ids: Option<bool>,
}

const TEST_LOGIN_HELP: &str = "\
Examples:
  # Sign in through the app's saved provider with its wallet client (public client, PKCE)
  alter idp test-login

  # A confidential client; register http://127.0.0.1:53180/callback at the provider first
  alter idp test-login --client-id 0oa1b2c3 --client-secret @client-secret.txt

  # No account: an issuer directly, on a machine without a browser (device code)
  alter idp test-login --offline --issuer-url https://dev-abc.us.auth0.com/ \\
    --audience https://api.example.com --client-id abc123 --flow device

  # Over SSH, with a provider that has no device grant: sign in on any machine, then paste the
  # address its browser could not load (http://127.0.0.1:53180/callback?code=...) back here
  alter idp test-login --flow paste

  # The ID token, for another tool (nothing else on stdout)
  alter idp test-login --print-token id | alter idp check-token --token - --strict

Reports who signed in, the check-token checklist for the access token (when a JWT) and the ID
token, which of them an app gives Alter (the access token when its aud is the configured
audience), what Alter would record for the user, and the commands that fix what is wrong. Exit
status follows the verdict on the token Alter is given (0 accepted, 5 refused); provider errors
exit 5 with their fix, network failures 6, Ctrl-C 130. Tokens are never printed (except with
--print-token), logged or written to disk.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FlowArg {
    /// The browser when one can be opened, else the device code when offered, else paste on a
    /// terminal
    Auto,
    /// Authorization code with PKCE through a loopback redirect
    Browser,
    /// The device authorization grant: a code to enter on any device
    Device,
    /// Sign in on any machine, then paste the address the browser could not load
    /// (http://127.0.0.1:PORT/callback?...) back here (without a terminal: one line on stdin)
    Paste,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PrintedToken {
    Access,
    Id,
}

#[derive(Debug, Args)]
pub struct TestLoginArgs {
    #[command(flatten)]
    pub against: AgainstArgs,
    /// The OIDC client to sign in with [default: the saved provider's wallet client id]
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// For a confidential client: - (stdin), @path, env:NAME or the value [default: none, a
    /// public client with PKCE]
    #[arg(long, value_name = "-|@PATH|VALUE")]
    pub client_secret: Option<SecretSpec>,
    /// How the person signs in
    #[arg(long, value_enum, default_value_t = FlowArg::Auto)]
    pub flow: FlowArg,
    /// The loopback port of the redirect URI http://127.0.0.1:PORT/callback (register it exactly)
    #[arg(long, value_name = "PORT", default_value_t = crate::domain::login::DEFAULT_PORT,
          value_parser = clap::value_parser!(u16).range(1..))]
    pub port: u16,
    /// Print the sign-in URL only; never open a browser
    #[arg(long)]
    pub no_browser: bool,
    /// The scopes to request
    #[arg(long, value_name = "SCOPES", default_value = "openid profile email")]
    pub scope: String,
    /// An RFC 8707 resource indicator to request the access token for
    #[arg(long, value_name = "URI")]
    pub resource: Option<String>,
    /// Seconds the person has to finish signing in
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub timeout: u64,
    /// Write only this raw token to stdout (the report goes to stderr), for piping
    #[arg(long, value_enum, value_name = "access|id")]
    pub print_token: Option<PrintedToken>,
    /// Refuse (exit 5) on warnings too
    #[arg(long)]
    pub strict: bool,
}

const WEBHOOK_HELP: &str = "\
Examples:
  alter idp webhook status                                   # the URL to paste at the provider
  alter idp webhook enable --secret @/run/secrets/whsec      # Clerk, Okta, WorkOS: their secret
  alter idp webhook enable                                   # Auth0, custom OIDC: one is generated
  printf %s \"$NEW\" | alter idp webhook rotate --secret - --yes
  alter idp webhook disable --yes

Needs the dashboard_identity_providers:webhooks scope.";

#[derive(Debug, Args)]
pub struct WebhookArgs {
    #[command(subcommand)]
    pub command: WebhookCommand,
}

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Enable webhook deprovisioning and print where to set it up at the provider
    #[command(after_help = WEBHOOK_ENABLE_HELP)]
    Enable(WebhookSecretArgs),
    /// Disable webhooks; the stored secret is discarded
    #[command(
        after_help = "Examples:\n  alter idp webhook disable          # asks first\n  alter idp webhook disable --provider idp_123 --yes"
    )]
    Disable(WebhookConfirmArgs),
    /// Replace the signing secret; the previous one stops working at once
    #[command(after_help = WEBHOOK_ROTATE_HELP)]
    Rotate(WebhookRotateArgs),
    /// Enabled or not, the endpoint URL, the secret's last 4 characters, when enabled and rotated
    #[command(
        after_help = "Examples:\n  alter idp webhook status\n  alter idp webhook status --provider idp_123 --json | jq -r .endpoint_url"
    )]
    Status(ProviderArg),
}

const WEBHOOK_ENABLE_HELP: &str = "\
Examples:
  # Clerk: create the endpoint in Clerk with the URL from `webhook status`, then
  alter idp webhook enable --secret @/run/secrets/clerk-whsec
  # Auth0 or custom OIDC: omit --secret to have one generated (shown once)
  alter idp webhook enable --json | jq -r .signing_secret

Clerk needs its dashboard's whsec_ secret; Okta and WorkOS need the secret set at the provider;
Auth0 and custom OIDC generate one when --secret is omitted.";

const WEBHOOK_ROTATE_HELP: &str = "\
Examples:
  alter idp webhook rotate                                # asks first; Auth0: generates a new one
  alter idp webhook rotate --secret @new-secret.txt --yes
  printf %s \"$NEW\" | alter idp webhook rotate --secret - --yes   # --secret - needs --yes";

#[derive(Debug, Args)]
pub struct WebhookSecretArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// The signing secret: - (stdin), @path (file), env:NAME or the value
    #[arg(long, value_name = "-|@PATH|VALUE")]
    pub secret: Option<SecretSpec>,
}

#[derive(Debug, Args)]
pub struct WebhookConfirmArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct WebhookRotateArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// The new signing secret: - (stdin, needs --yes), @path (file), env:NAME or the value
    #[arg(long, value_name = "-|@PATH|VALUE")]
    pub secret: Option<SecretSpec>,
    /// Do not ask for confirmation (required without a terminal, and with --secret -)
    #[arg(long)]
    pub yes: bool,
}

const CREATE_HELP: &str = "\
Examples:
  alter idp create --issuer-url https://acme.okta.com --audience https://api.example.com

  # Wallet sign-in, the secret read from a file (CI-safe)
  alter idp create --issuer-url https://acme.okta.com \\
    --wallet-client-id 0oa123 --wallet-client-secret @/run/secrets/idp-client-secret

  # The JSON body from a script, checked locally first
  jq -n '{issuer_url: \"https://dev-abc.us.auth0.com/\"}' | alter idp create --input - --dry-run

Claim mappings lock after the first end user signs in: review them with `alter idp discover` first.";

const UPDATE_HELP: &str = "\
Examples:
  alter idp update --audience https://api.example.com
  alter idp update --provider idp_123 --group-claim groups --group-claim-stable-ids
  alter idp update --remove-wallet
  echo '{\"role_claim\": null}' | alter idp update --input -

An empty value (--audience '') clears a field.";

#[derive(Debug, Args)]
pub struct ProviderArg {
    /// The identity provider's id [default: the app's only provider]
    #[arg(long, value_name = "ID")]
    pub provider: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long)]
    pub yes: bool,
}

/// Claim-mapping and wallet flags shared by create and update.
#[derive(Debug, Args)]
pub struct ProviderFields {
    /// Expected JWT `aud`; tokens without a matching audience are rejected
    #[arg(long, value_name = "AUD")]
    pub audience: Option<String>,
    /// The claim identifying the user [default: auto-detected, usually sub]
    #[arg(long, value_name = "CLAIM")]
    pub user_id_claim: Option<String>,
    /// The group-membership claim [default: auto-detected]
    #[arg(long, value_name = "CLAIM")]
    pub group_claim: Option<String>,
    /// The role claim [default: auto-detected]
    #[arg(long, value_name = "CLAIM")]
    pub role_claim: Option<String>,
    /// The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub group_claim_stable_ids: Option<bool>,
    /// OIDC client id for interactive wallet sign-in (with --wallet-client-secret)
    #[arg(long, value_name = "ID", requires = "wallet_client_secret")]
    pub wallet_client_id: Option<String>,
    /// OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value
    #[arg(long, value_name = "SECRET", requires = "wallet_client_id")]
    pub wallet_client_secret: Option<SecretSpec>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("source").required(true).args(["issuer_url", "input"])))]
pub struct CreateArgs {
    /// OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL
    #[arg(long, value_name = "URL")]
    pub issuer_url: Option<String>,
    #[command(flatten)]
    pub fields: ProviderFields,
    /// The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags
    #[arg(long, value_name = "@PATH|-", conflicts_with_all = FIELD_FLAGS)]
    pub input: Option<String>,
    /// Validate locally and print the request that would be sent (secrets as ***); send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub target: ProviderArg,
    #[command(flatten)]
    pub fields: ProviderFields,
    /// Remove wallet sign-in
    #[arg(long, conflicts_with_all = ["wallet_client_id", "wallet_client_secret"])]
    pub remove_wallet: bool,
    /// The JSON body (UpdateIdentityProvider) from a file (@path) or stdin (-), instead of the flags
    #[arg(long, value_name = "@PATH|-", conflicts_with_all = FIELD_FLAGS, conflicts_with = "remove_wallet")]
    pub input: Option<String>,
    /// Validate locally and print the request that would be sent (secrets as ***); send nothing
    #[arg(long)]
    pub dry_run: bool,
}

const FIELD_FLAGS: [&str; 7] = [
    "audience",
    "user_id_claim",
    "group_claim",
    "role_claim",
    "group_claim_stable_ids",
    "wallet_client_id",
    "wallet_client_secret",
];

const DISCOVER_HELP: &str = "\
Examples:
  # Through the control plane, for the app (then create with the same URL)
  alter idp discover --issuer-url https://acme.okta.com/oauth2/default --app app_123

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
    /// Run discovery on this machine instead of through the control plane (no account, no app)
    #[arg(long)]
    pub offline: bool,
}
