//! `alter idp directory-import set-credential|run|status|remove-credential`.

use super::target;
use crate::api::models::{DirectoryCredential, DirectoryImportRun, DirectoryRunState, SecretJson};
use crate::api::ApiClient;
use crate::cli::{DirectoryArgs, DirectoryCommand, DirectoryRemoveArgs, DirectoryRunArgs, SetCredentialArgs};
use crate::context::{block_on, Context};
use crate::domain::directory::{self as rules, OktaKey};
use crate::domain::model::ProviderType;
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::output::{directory_run_view, directory_status_view, RunProgress};
use crate::prompt;
use crate::secret::Secret;
use serde::Serialize;
use std::time::{Duration, Instant};

/// How often `run --wait` asks for the run's state.
const POLL_INTERVAL: Duration = Duration::from_millis(500);
/// When `run --wait` gives up (the import itself carries on).
const WAIT_LIMIT: Duration = Duration::from_secs(15 * 60);

pub fn run(args: DirectoryArgs, ctx: &Context) -> Result<()> {
    match args.command {
        DirectoryCommand::SetCredential(args) => set_credential(&args, ctx),
        DirectoryCommand::Run(args) => run_import(&args, ctx),
        DirectoryCommand::Status(args) => status(args.provider.as_deref(), ctx),
        DirectoryCommand::RemoveCredential(args) => remove_credential(&args, ctx),
    }
}

fn status(provider: Option<&str>, ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let status = block_on(async {
        let id = target::resolve_id(&api, &app.id, provider, &ctx.output).await?;
        Ok(api.directory_status(&app.id, &id).await?)
    })?;
    ctx.output.result(&status, || directory_status_view(&status))
}

fn set_credential(args: &SetCredentialArgs, ctx: &Context) -> Result<()> {
    // Every input is read and checked before any request: a bad key costs nothing.
    let inputs = Inputs::read(args, ctx)?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let status = block_on(async {
        let provider = target::resolve(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        rules::check_supported(provider.provider_type)?;
        rules::check_flags(provider.provider_type, &inputs.given)?;
        let credential = inputs.into_credential(provider.provider_type)?;
        Ok(api.set_directory_credential(&app.id, &provider.id, &credential).await?)
    })?;
    ctx.output.result(&status, || directory_status_view(&status))?;
    ctx.output
        .note("Credential verified and saved. Start the first import now: `alter idp directory-import run --wait`");
    Ok(())
}

/// The credential inputs of `set-credential`, read and shape-checked; which of them the
/// provider needs is checked once its type is known.
struct Inputs {
    given: Vec<&'static str>,
    domain: Option<String>,
    client_id: Option<String>,
    client_secret: Option<Secret>,
    secret_key: Option<Secret>,
    org_url: Option<String>,
    okta_key: Option<OktaKey>,
}

impl Inputs {
    fn read(args: &SetCredentialArgs, ctx: &Context) -> Result<Self> {
        let flags: [(&'static str, Option<&str>); 7] = [
            ("--domain", args.domain.as_deref()),
            ("--client-id", args.client_id.as_deref()),
            ("--client-secret", args.client_secret.as_deref()),
            ("--secret-key", args.secret_key.as_deref()),
            ("--org-url", args.org_url.as_deref()),
            ("--private-key", args.private_key.as_deref()),
            ("--kid", args.kid.as_deref()),
        ];
        let given: Vec<&'static str> = flags.iter().filter(|(_, v)| v.is_some()).map(|(f, _)| *f).collect();
        rules::check_one_provider(&given)?;
        // Each provider takes one secret, so one flag at most reads stdin.
        let secret = |flag: &str, spec: Option<&str>| -> Result<Option<Secret>> {
            let Some(spec) = spec else { return Ok(None) };
            Ok(Some(ctx.read_secret(flag, spec)?))
        };
        let domain = args.domain.as_deref().map(rules::auth0_domain).transpose()?;
        let client_id = args.client_id.as_deref().map(str::trim).map(str::to_owned);
        if let Some(id) = &client_id {
            rules::check_client_id(id)?;
        }
        let client_secret = secret("--client-secret", args.client_secret.as_deref())?;
        if let Some(value) = &client_secret {
            rules::check_client_secret(value.expose())?;
        }
        let secret_key = secret("--secret-key", args.secret_key.as_deref())?;
        if let Some(key) = &secret_key {
            rules::check_clerk_secret_key(key.expose())?;
        }
        let org_url = args.org_url.as_deref().map(rules::okta_org_url).transpose()?;
        let okta_key = secret("--private-key", args.private_key.as_deref())?
            .map(|text| rules::okta_private_key(text.expose(), args.kid.as_deref()))
            .transpose()?;
        Ok(Self { given, domain, client_id, client_secret, secret_key, org_url, okta_key })
    }

    /// The PUT body for `provider`, once `check_flags` has accepted the flags given.
    fn into_credential(self, provider: ProviderType) -> Result<DirectoryCredential> {
        fn need<T>(value: Option<T>, flag: &str) -> Result<T> {
            value.ok_or_else(|| Error::unexpected(format!("{flag} was checked as given but is missing")))
        }
        Ok(match provider {
            ProviderType::Auth0 => DirectoryCredential::Auth0 {
                domain: need(self.domain, "--domain")?,
                client_id: need(self.client_id, "--client-id")?,
                client_secret: need(self.client_secret, "--client-secret")?,
            },
            ProviderType::Clerk => DirectoryCredential::Clerk { secret_key: need(self.secret_key, "--secret-key")? },
            ProviderType::Okta => {
                let key = need(self.okta_key, "--private-key")?;
                DirectoryCredential::Okta {
                    org_url: need(self.org_url, "--org-url")?,
                    client_id: need(self.client_id, "--client-id")?,
                    private_key_jwk: SecretJson(key.jwk),
                    key_id: key.key_id,
                }
            }
            ProviderType::Workos | ProviderType::CustomOidc => {
                return Err(rules::check_supported(provider).err().map(Error::from).unwrap_or_else(|| {
                    Error::unexpected(format!("no directory credential is defined for {provider}"))
                }))
            }
        })
    }
}

fn run_import(args: &DirectoryRunArgs, ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let (id, run) = block_on(async {
        let id = target::resolve_id(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        let started = api.run_directory_import(&app.id, &id).await?;
        let run = if args.wait { wait_for(&api, &app.id, &id, started, ctx).await? } else { started };
        Ok((id, run))
    })?;
    ctx.output.result(&run, || directory_run_view(&run))?;
    if !args.wait {
        ctx.output.note(&format!(
            "Import {} started. Follow it with `alter idp directory-import status --provider {id}`",
            run.id
        ));
        return Ok(());
    }
    match run.status {
        DirectoryRunState::Failed => Err(Error::rejected(format!(
            "directory import {} failed: {}",
            run.id,
            run.error.as_deref().unwrap_or("the control plane gave no reason")
        ))
        .hint("if the credential was revoked or lost its permissions, save a new one with `alter idp directory-import set-credential`, then `alter idp directory-import run --wait`")),
        _ => Ok(()),
    }
}

/// Polls the status until `first`'s run has finished (or the wait limit passes), showing progress.
async fn wait_for(
    api: &ApiClient,
    app: &str,
    id: &str,
    first: DirectoryImportRun,
    ctx: &Context,
) -> Result<DirectoryImportRun> {
    let mut progress = ctx.output.run_progress();
    poll(api, app, id, first, &mut progress).await
}

async fn poll(
    api: &ApiClient,
    app: &str,
    id: &str,
    mut run: DirectoryImportRun,
    progress: &mut RunProgress,
) -> Result<DirectoryImportRun> {
    let deadline = Instant::now() + WAIT_LIMIT;
    progress.update(&run);
    while !run.status.finished() {
        if Instant::now() + POLL_INTERVAL > deadline {
            return Err(Error::new(
                ExitCode::Network,
                format!(
                    "gave up waiting after {} minutes: import {} is still {}",
                    WAIT_LIMIT.as_secs() / 60,
                    run.id,
                    run.status.as_str()
                ),
            )
            .hint(format!(
                "it carries on at Alter: check it later with `alter idp directory-import status --provider {id}`"
            )));
        }
        tokio::time::sleep(POLL_INTERVAL).await;
        let status = api.directory_status(app, id).await?;
        match status.last_run {
            Some(last) if last.id == run.id => run = last,
            Some(other) => {
                return Err(Error::rejected(format!(
                    "import {} is no longer the latest run (the control plane now shows {}, {})",
                    run.id,
                    other.id,
                    other.status.as_str()
                ))
                .hint(format!("see `alter idp directory-import status --provider {id}`")))
            }
            None => {
                return Err(Error::rejected(format!("the control plane no longer shows import {}", run.id))
                    .hint(format!("see `alter idp directory-import status --provider {id}`")))
            }
        }
        progress.update(&run);
    }
    Ok(run)
}

#[derive(Serialize)]
struct Removed {
    provider_id: String,
    credential_removed: bool,
}

fn remove_credential(args: &DirectoryRemoveArgs, ctx: &Context) -> Result<()> {
    prompt::require_confirmation_possible(args.yes, "removing the directory-import credential")?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let id = block_on(async {
        let id = target::resolve_id(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        prompt::confirm(
            &format!(
                "Remove the directory-import credential of {id}? Scheduled imports stop, and users removed at the provider are no longer deprovisioned by sync"
            ),
            args.yes,
        )?;
        api.delete_directory_credential(&app.id, &id).await?;
        Ok(id)
    })?;
    let result = Removed { provider_id: id, credential_removed: true };
    ctx.output.result(&result, || {
        format!("Removed the directory-import credential of {}; scheduled imports stopped.\n", result.provider_id)
    })
}

#[cfg(test)]
mod tests {
    use crate::api::models::Problem;
    use crate::api::ApiError;
    use crate::error::Error;
    use crate::exit::ExitCode;

    #[test]
    fn directory_problems_give_the_detail_and_the_next_command() {
        for (status, code, next) in [
            (409, "directory_credential_missing", "alter idp directory-import set-credential"),
            (409, "directory_import_running", "alter idp directory-import status"),
            (422, "credential_rejected", "alter idp directory-import set-credential"),
            (422, "directory_sync_unsupported", "alter idp webhook enable"),
        ] {
            let problem =
                Problem { status, code: code.into(), detail: Some("the server's reason".into()), ..Problem::default() };
            let err: Error = ApiError::Status { status, problem, request_id: None }.into();
            assert_eq!(err.code, ExitCode::Rejected, "{code}");
            assert!(err.message.starts_with("the server's reason"), "{code}: {}", err.message);
            assert!(err.hints[0].contains(next), "{code}: {:?}", err.hints);
        }
    }
}
