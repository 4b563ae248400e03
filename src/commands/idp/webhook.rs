//! `alter idp webhook enable|disable|rotate|status`.

use super::target;
use crate::api::models::{IdentityProvider, WebhookSecretRequest, WebhookSecretResult};
use crate::api::ApiClient;
use crate::cli::{WebhookArgs, WebhookCommand, WebhookConfirmArgs, WebhookRotateArgs, WebhookSecretArgs};
use crate::context::{block_on, Context};
use crate::domain::webhook::{check_secret, next_steps};
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::output::webhook_view;
use crate::prompt;
use crate::scrub::remote;
use crate::secret::Secret;

pub fn run(args: WebhookArgs, ctx: &Context) -> Result<()> {
    match args.command {
        WebhookCommand::Status(args) => status(args.provider.as_deref(), ctx),
        WebhookCommand::Enable(args) => enable(&args, ctx),
        WebhookCommand::Rotate(args) => rotate(&args, ctx),
        WebhookCommand::Disable(args) => disable(&args, ctx),
    }
}

fn status(provider: Option<&str>, ctx: &Context) -> Result<()> {
    let app = ctx.app()?;
    let api = ctx.api()?;
    let status = block_on(async {
        let id = target::resolve_id(&api, &app.id, provider, &ctx.output).await?;
        Ok(api.webhook_status(&app.id, &id).await?)
    })?;
    ctx.output.result(&status, || webhook_view(&status, None))
}

fn enable(args: &WebhookSecretArgs, ctx: &Context) -> Result<()> {
    // Read the secret before any request, so a bad file or empty stdin costs nothing.
    let secret = read_optional_secret(args.secret.as_deref(), ctx)?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let result = block_on(async {
        let provider = provider_accepting(&api, &app.id, args.target.provider.as_deref(), secret.as_ref(), ctx).await?;
        Ok(api.enable_webhook(&app.id, &provider.id, &WebhookSecretRequest { secret }).await?)
    })?;
    show_secret_result(&result, ctx)?;
    ctx.output.note(&next_steps(result.status.provider_type, &result.status.endpoint_url));
    Ok(())
}

fn rotate(args: &WebhookRotateArgs, ctx: &Context) -> Result<()> {
    if args.secret.as_deref() == Some("-") && !args.yes {
        return Err(Error::usage(
            "--secret - needs --yes: stdin cannot carry both the secret and the answer to the confirmation",
        )
        .hint("add --yes, or pass the secret with --secret @path"));
    }
    prompt::require_confirmation_possible(&ctx.output, args.yes, "rotating the webhook secret")?;
    let secret = read_optional_secret(args.secret.as_deref(), ctx)?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let result = block_on(async {
        let provider = provider_accepting(&api, &app.id, args.target.provider.as_deref(), secret.as_ref(), ctx).await?;
        if !provider.webhook.enabled {
            return Err(Error::rejected(format!(
                "the webhook of {} is not enabled, so there is no secret to rotate",
                provider.id
            ))
            .hint("enable it with `alter idp webhook enable`"));
        }
        prompt::confirm(
            &ctx.output,
            &format!(
                "Rotate the webhook secret of {}? The current secret stops working immediately",
                remote(&provider.id)
            ),
            args.yes,
        )?;
        Ok(api.rotate_webhook(&app.id, &provider.id, &WebhookSecretRequest { secret }).await?)
    })?;
    show_secret_result(&result, ctx)?;
    ctx.output.note("Update the secret at the provider now: events signed with the old one are refused.");
    Ok(())
}

fn disable(args: &WebhookConfirmArgs, ctx: &Context) -> Result<()> {
    prompt::require_confirmation_possible(&ctx.output, args.yes, "disabling the webhook")?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    let status = block_on(async {
        let provider = target::resolve(&api, &app.id, args.target.provider.as_deref(), &ctx.output).await?;
        if !provider.webhook.enabled {
            return Err(Error::new(
                ExitCode::Rejected,
                format!("the webhook of {} is not enabled; nothing to disable", remote(&provider.id)),
            )
            .hint("check it with `alter idp webhook status`, or enable it with `alter idp webhook enable`"));
        }
        prompt::confirm(
            &ctx.output,
            &format!(
                "Disable the webhook of {}? Deprovisioning then waits for directory sync or token expiry",
                provider.id
            ),
            args.yes,
        )?;
        Ok(api.disable_webhook(&app.id, &provider.id).await?)
    })?;
    ctx.output.result(&status, || {
        format!("Webhook disabled for {}; its secret was discarded.\n", remote(&status.provider_id))
    })
}

/// The target provider, once its type's secret rules accept `secret` (checked before the write).
async fn provider_accepting(
    api: &ApiClient,
    app: &str,
    given: Option<&str>,
    secret: Option<&Secret>,
    ctx: &Context,
) -> Result<IdentityProvider> {
    let provider = target::resolve(api, app, given, &ctx.output).await?;
    check_secret(provider.provider_type, secret.map(Secret::expose))?;
    Ok(provider)
}

fn read_optional_secret(spec: Option<&str>, ctx: &Context) -> Result<Option<Secret>> {
    spec.map(|spec| ctx.read_secret("--secret", spec)).transpose()
}

/// A generated secret is printed exactly once, on stdout; a supplied one never comes back.
fn show_secret_result(result: &WebhookSecretResult, ctx: &Context) -> Result<()> {
    if result.signing_secret.is_some() {
        ctx.output.warn("the signing secret below is shown once: store it now (e.g. in your secret manager)");
    }
    ctx.output.result(result, || webhook_view(&result.status, result.signing_secret.as_ref().map(|s| s.show_once())))
}
