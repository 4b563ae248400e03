//! `alter idp apply -f FILE|-`: make the app's provider match the file. Plans first (the same
//! plan `diff` prints), refuses what cannot be done before any write, reads only the secrets it
//! will send, then runs the steps, each through the client's retries and Idempotency-Key.

use super::{declared, restore, steps::Steps};
use crate::api::models::{
    CreateIdentityProvider, GeneratedSecret, IdentityProvider, UpdateIdentityProvider, WalletInput,
    WebhookSecretRequest,
};
use crate::api::{ApiClient, ApiError};
use crate::cli::ApplyArgs;
use crate::context::{block_on, Context};
use crate::domain::desired::{Desired, Field, SecretRef, WALLET_SECRET, WEBHOOK_SECRET};
use crate::domain::model::ProviderType;
use crate::domain::plan::{plan, Action, Options, Patch, Plan, Refusal, WebhookStep, CLAIM_FIELDS};
use crate::domain::webhook::{check_secret, next_steps};
use crate::error::{Error, Result};
use crate::output::{notices, plan_view, PlanReport};
use crate::prompt;
use crate::scrub::remote;
use crate::secret::{Secret, SecretSource};
use serde::Serialize;

#[derive(Serialize)]
struct Applied<'a> {
    plan: PlanReport<'a>,
    applied: Vec<String>,
    provider: Option<IdentityProvider>,
    /// A webhook secret the control plane generated, shown this once.
    signing_secret: Option<GeneratedSecret>,
}

/// The secrets the plan sends, read once, before any write.
#[derive(Default)]
struct Secrets {
    wallet: Option<Secret>,
    webhook: Option<Secret>,
}

pub fn run(args: &ApplyArgs, ctx: &Context) -> Result<()> {
    let desired = declared::read(&args.file, ctx)?;
    let app = ctx.app()?;
    let api = ctx.api()?;
    block_on(async {
        let saved = declared::saved(&api, &app.id).await?;
        let plan = declared::plan_for(&api, &app.id, &desired, saved.as_ref(), args.update_secrets).await?;
        declared::show_notes(&plan, ctx);
        refuse(&plan, args)?;
        let report = declared::report(&plan, &app.id, &args.file);
        ctx.output.human(&plan_view(&report))?;
        let done = |applied: Vec<String>, provider, signing_secret| {
            let result =
                Applied { plan: declared::report(&plan, &app.id, &args.file), applied, provider, signing_secret };
            ctx.output.result(&result, String::new)
        };
        if plan.in_sync() {
            return done(Vec::new(), saved, None);
        }
        if args.dry_run {
            ctx.output.note("Dry run: nothing was sent.");
            return done(Vec::new(), saved, None);
        }
        if plan.action == Action::Replace {
            prompt::require_confirmation_possible(&ctx.output, args.yes, "replacing the identity provider")?;
        }
        let secrets = read_secrets(&desired, &plan, ctx)?;
        // A new issuer is checked before anything is deleted: discovery saves nothing, and a
        // create that would fail must not cost the app the provider it has. A create alone
        // needs it only for the provider type's webhook rules.
        let needs_discovery = match plan.action {
            Action::Replace => true,
            Action::Create => plan.webhook == Some(WebhookStep::Enable),
            Action::Update | Action::None => false,
        };
        let discovered = match needs_discovery {
            true => Some(api.discover(&app.id, &desired.issuer_url).await.map_err(|err| {
                Error::from(err).hint(match plan.action {
                    Action::Replace => "nothing was deleted or created: the saved provider is unchanged",
                    _ => "nothing was created",
                })
            })?),
            false => None,
        };
        if plan.action == Action::Replace {
            let id = plan.provider_id.as_deref().unwrap_or_default();
            prompt::confirm(
                &ctx.output,
                &format!("Delete identity provider {} of app {} and create it again for the new issuer? Claim mappings lock again at the next first sign-in", remote(id), app.id),
                args.yes,
            )?;
        }
        let provider_type = match (&discovered, &saved) {
            (Some(found), _) => Some(found.provider_type),
            (None, Some(saved)) => Some(saved.provider_type),
            (None, None) => None,
        };
        check_webhook_secret(&plan, provider_type, &secrets)?;
        let mut run =
            Run { api: &api, app: &app.id, file: &args.file, ctx, steps: Steps::default(), signing_secret: None };
        let provider =
            run.execute(&desired, &plan, saved, &secrets).await.map_err(|err| run.steps.failed(err, &args.file))?;
        if let Some(secret) = &run.signing_secret {
            ctx.output
                .warn("the webhook signing secret below is shown once: store it now (e.g. in your secret manager)");
            ctx.output.human(&format!("Webhook signing secret: {}\n", secret.show_once()))?;
        }
        ctx.output.human(&format!("Applied: {}.\n", run.steps.done().join("; ")))?;
        done(run.steps.done(), Some(provider), run.signing_secret.take())
    })
}

/// The provider type's webhook secret rules, checked before any write.
fn check_webhook_secret(plan: &Plan, provider_type: Option<ProviderType>, secrets: &Secrets) -> Result<()> {
    match (plan.webhook, provider_type) {
        (Some(WebhookStep::Enable), Some(provider_type)) => {
            Ok(check_secret(provider_type, secrets.webhook.as_ref().map(Secret::expose))?)
        }
        _ => Ok(()),
    }
}

/// What apply will not do, said before anything is sent.
fn refuse(plan: &Plan, args: &ApplyArgs) -> Result<()> {
    let provider = plan.provider_id.as_deref().unwrap_or("the provider");
    let refusal = plan.refusals.iter().find(|r| !(args.replace && matches!(r, Refusal::IssuerChange { .. })));
    match refusal {
        Some(refusal) => Err(refusal.rejection(provider, &args.file).into()),
        None => Ok(()),
    }
}

fn read_secrets(desired: &Desired, plan: &Plan, ctx: &Context) -> Result<Secrets> {
    let mut secrets = Secrets::default();
    for (field, reference) in desired.secrets() {
        if !plan.secrets.iter().any(|s| s.field == field) {
            continue;
        }
        let value = Some(read(field, reference, ctx)?);
        match field {
            WALLET_SECRET => secrets.wallet = value,
            WEBHOOK_SECRET => secrets.webhook = value,
            _ => {}
        }
    }
    Ok(secrets)
}

/// Through the shared reader; a literal was already warned about when the file was read.
fn read(field: &str, reference: &SecretRef, ctx: &Context) -> Result<Secret> {
    let (secret, source, warnings) = crate::secret::read_secret(field, &reference.spec())?;
    if source != SecretSource::Inline {
        for warning in warnings {
            ctx.output.warn(&warning);
        }
    }
    Ok(secret)
}

struct Run<'a> {
    api: &'a ApiClient,
    app: &'a str,
    file: &'a str,
    ctx: &'a Context,
    steps: Steps,
    signing_secret: Option<GeneratedSecret>,
}

impl Run<'_> {
    async fn execute(
        &mut self,
        desired: &Desired,
        plan: &Plan,
        saved: Option<IdentityProvider>,
        secrets: &Secrets,
    ) -> Result<IdentityProvider> {
        self.steps = Steps::planned(plan);
        let mut provider = match (plan.action, saved) {
            (Action::Update, Some(saved)) => saved,
            (Action::Replace, Some(old)) => {
                let deleted = self.api.delete_provider(self.app, &old.id).await;
                self.outcome(deleted)?;
                self.steps.finish(format!("deleted {}", remote(&old.id)));
                match self.create(desired, secrets).await {
                    Ok(created) => created,
                    Err(err) => return Err(self.restore(&old, err).await),
                }
            }
            _ => self.create(desired, secrets).await?,
        };
        provider = self.settle(desired, plan, provider, secrets).await?;
        match plan.webhook {
            Some(WebhookStep::Enable) => {
                let body = WebhookSecretRequest { secret: secrets.webhook.clone() };
                let enabled = self.api.enable_webhook(self.app, &provider.id, &body).await;
                let result = self.outcome(enabled)?;
                self.steps.finish("enabled the webhook".to_owned());
                provider.webhook.enabled = true;
                self.signing_secret = result.signing_secret;
                self.ctx.output.note(&next_steps(result.status.provider_type, &result.status.endpoint_url));
            }
            Some(WebhookStep::Disable) => {
                let disabled = self.api.disable_webhook(self.app, &provider.id).await;
                self.outcome(disabled)?;
                self.steps.finish("disabled the webhook".to_owned());
                provider.webhook.enabled = false;
            }
            None => {}
        }
        Ok(provider)
    }

    /// A write's error; one whose answer was lost marks its step as one that may have taken effect.
    fn outcome<T>(&mut self, result: std::result::Result<T, ApiError>) -> Result<T> {
        result.map_err(|err| {
            if err.outcome_unknown() {
                self.steps.unknown();
            }
            err.into()
        })
    }

    async fn create(&mut self, desired: &Desired, secrets: &Secrets) -> Result<IdentityProvider> {
        let created = self.api.create_provider(self.app, &create_body(desired, secrets)?).await;
        let created = self.outcome(created)?;
        notices(&self.ctx.output, &created.notices);
        self.steps.finish(format!("created {} ({})", remote(&created.provider.id), created.provider.provider_type));
        Ok(created.provider)
    }

    /// The PATCH of the plan, or after a create the one clearing what the server filled in
    /// that the file clears, so the same file is in sync afterwards.
    async fn settle(
        &mut self,
        desired: &Desired,
        plan: &Plan,
        provider: IdentityProvider,
        secrets: &Secrets,
    ) -> Result<IdentityProvider> {
        let rest = match plan.action {
            Action::Update => plan.clone(),
            // What the create left to the server is, by definition, the detected value.
            _ => {
                let detected = Some(provider.claim_mappings.clone());
                let options = Options { update_secrets: false, detected };
                self::plan(desired, Some(&declared::current(&provider)), options)
            }
        };
        if rest.patch.is_empty() {
            return Ok(provider);
        }
        if plan.action != Action::Update {
            self.steps.upcoming("clear the mappings the server filled in");
        }
        let body = update_body(&rest.patch, secrets)?;
        let updated = self.api.update_provider(self.app, &provider.id, &body).await;
        let updated = match updated {
            Err(ApiError::Status { problem, .. }) if problem.code == "claims_locked" => {
                return Err(locked(&rest, self.file))
            }
            other => self.outcome(other)?,
        };
        notices(&self.ctx.output, &updated.notices);
        let fields: Vec<&str> = rest.changes.iter().map(|c| c.field).filter(|f| !f.starts_with("webhook.")).collect();
        let fields = if fields.is_empty() { vec![WALLET_SECRET] } else { fields };
        self.steps.finish(match plan.action {
            Action::Update => format!("updated {} ({})", remote(&provider.id), fields.join(", ")),
            _ => format!("cleared the mappings the server filled in ({})", fields.join(", ")),
        });
        Ok(updated.provider)
    }

    /// The create after a delete failed: put the old provider back from what was read, and say
    /// what cannot come back (its write-only secrets) and how to set it again.
    async fn restore(&mut self, old: &IdentityProvider, err: Error) -> Error {
        if self.steps.has_unknown() {
            // The create may have happened: what the app has now decides what to do.
            match self.api.list_providers(self.app).await {
                Ok(list) if list.items.is_empty() => self.steps.forget_unknown(),
                _ => return err,
            }
        }
        let was = restore::desired(old);
        let recreated = match self.recreate(&was).await {
            Ok(recreated) => recreated,
            Err(again) => {
                self.steps.lose(format!(
                    "the app has no identity provider now: recreating {} failed too ({}); create it again with `{}`",
                    remote(&old.id),
                    remote(again.message.lines().next().unwrap_or_default()),
                    restore::create_command(old)
                ));
                return err;
            }
        };
        for (what, how) in restore::lost(old, &recreated.id) {
            self.steps.lose(format!("{what}: {how}"));
        }
        err
    }

    async fn recreate(&mut self, was: &Desired) -> Result<IdentityProvider> {
        let created = self.api.create_provider(self.app, &create_body(was, &Secrets::default())?).await?;
        self.steps.record(format!(
            "recreated the old provider as {} (issuer {}, without its secrets)",
            remote(&created.provider.id),
            remote(&was.issuer_url)
        ));
        let plan = self::plan(was, None, Options::default());
        self.settle(was, &plan, created.provider, &Secrets::default()).await
    }
}

fn create_body(desired: &Desired, secrets: &Secrets) -> Result<CreateIdentityProvider> {
    let set = |field: &Field<String>| match field {
        Field::Set(value) => Some(value.clone()),
        Field::Clear | Field::Unmanaged => None,
    };
    let wallet = match &desired.wallet {
        Field::Set(wallet) => {
            Some(WalletInput { client_id: wallet.client_id.clone(), client_secret: wallet_secret(secrets)? })
        }
        Field::Clear | Field::Unmanaged => None,
    };
    Ok(CreateIdentityProvider {
        issuer_url: desired.issuer_url.clone(),
        audience: set(&desired.audience),
        user_id_claim: desired.user_id_claim.set().cloned(),
        group_claim: set(&desired.group_claim),
        role_claim: set(&desired.role_claim),
        group_claim_stable_ids: desired.group_claim_stable_ids.set().copied(),
        wallet,
    })
}

fn update_body(patch: &Patch, secrets: &Secrets) -> Result<UpdateIdentityProvider> {
    let wallet = match &patch.wallet {
        Some(Some(wallet)) => {
            Some(Some(WalletInput { client_id: wallet.client_id.clone(), client_secret: wallet_secret(secrets)? }))
        }
        Some(None) => Some(None),
        None => None,
    };
    Ok(UpdateIdentityProvider {
        audience: patch.audience.clone(),
        user_id_claim: patch.user_id_claim.clone(),
        group_claim: patch.group_claim.clone(),
        role_claim: patch.role_claim.clone(),
        group_claim_stable_ids: patch.group_claim_stable_ids,
        wallet,
    })
}

fn wallet_secret(secrets: &Secrets) -> Result<Secret> {
    secrets.wallet.clone().ok_or_else(|| Error::unexpected("the wallet secret was not read before sending it"))
}

/// A 409 `claims_locked` (someone signed in since the plan was made) names the fields.
fn locked(plan: &Plan, file: &str) -> Error {
    let fields = plan.changes.iter().map(|c| c.field).filter(|f| CLAIM_FIELDS.contains(f)).collect();
    let provider = plan.provider_id.as_deref().unwrap_or("the provider");
    Refusal::ClaimsLocked { fields }.rejection(provider, file).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::desired::parse;
    use crate::domain::model::ClaimMappings;
    use crate::domain::plan::Current;

    #[test]
    fn a_claims_locked_conflict_names_the_locked_fields() {
        let desired =
            parse(r#"{"issuer_url": "https://a.example", "group_claim": "g", "audience": "x"}"#, "f").unwrap();
        let current = Current {
            id: "idp_1".into(),
            provider_type: ProviderType::Okta,
            issuer_url: "https://a.example".into(),
            audience: None,
            claim_mappings: ClaimMappings {
                user_id_claim: "sub".into(),
                group_claim: None,
                role_claim: None,
                group_claim_stable_ids: false,
            },
            claims_locked: false,
            wallet_client_id: None,
            webhook_enabled: false,
        };
        let plan = plan(&desired, Some(&current), Options::default());
        let err = locked(&plan, "idp.json");
        assert_eq!(err.code, crate::exit::ExitCode::Rejected);
        assert!(err.message.contains("locked") && err.message.ends_with("changes group_claim"), "{}", err.message);
    }
}
