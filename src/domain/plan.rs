//! The plan of `alter idp diff|apply`: what the file asks for against what the control plane
//! holds, as field changes, the secrets that will be sent and why, and the webhook step. Only
//! fields the file names are compared; what the server computes (provider type, JWKS URI, ids,
//! timestamps, the wallet's verification, mappings the file leaves out) never shows as drift.

use super::desired::{Desired, Detectable, Field, SecretRef, WalletSpec, WALLET_SECRET, WEBHOOK_SECRET};
use super::model::{ClaimMappings, ProviderType};
use super::Rejection;
use serde::Serialize;
use serde_json::Value;

/// The saved provider, as far as the plan looks at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Current {
    pub id: String,
    pub provider_type: ProviderType,
    pub issuer_url: String,
    pub audience: Option<String>,
    pub claim_mappings: ClaimMappings,
    pub claims_locked: bool,
    pub wallet_client_id: Option<String>,
    pub webhook_enabled: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Nothing differs: no write at all.
    None,
    /// No provider yet: create one (then enable the webhook if asked).
    Create,
    /// Same issuer: one PATCH of the differing fields, then the webhook step.
    Update,
    /// Another issuer: delete, then create (only with --replace).
    Replace,
}

/// One field's change: `+` set where there was nothing, `~` changed, `-` cleared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub field: &'static str,
    pub old: Value,
    pub new: Value,
}

impl Change {
    pub fn sign(&self) -> char {
        match (&self.old, &self.new) {
            (_, Value::Null) => '-',
            (Value::Null, _) => '+',
            _ => '~',
        }
    }
}

/// A write-only secret the apply will send, where it comes from (never its value) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretSend {
    pub field: &'static str,
    pub from: String,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WebhookStep {
    Enable,
    Disable,
}

/// What the PATCH carries: `None` leaves a field alone, `Some(None)` clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Patch {
    pub audience: Option<Option<String>>,
    pub user_id_claim: Option<String>,
    pub group_claim: Option<Option<String>>,
    pub role_claim: Option<Option<String>>,
    pub group_claim_stable_ids: Option<bool>,
    pub wallet: Option<Option<WalletSpec>>,
}

impl Patch {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub action: Action,
    pub provider_id: Option<String>,
    pub changes: Vec<Change>,
    pub secrets: Vec<SecretSend>,
    pub webhook: Option<WebhookStep>,
    /// For an update: the PATCH body (empty when only the webhook step differs).
    pub patch: Patch,
    /// Things worth knowing that change nothing (e.g. a secret apply will not send).
    pub notes: Vec<String>,
    /// Why apply would refuse this plan as it stands; diff reports them.
    pub refusals: Vec<Refusal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The issuer cannot be patched: only `--replace` (delete, then create) changes it.
    IssuerChange { from: String, to: String },
    /// Claim mappings are locked and the file changes these.
    ClaimsLocked { fields: Vec<&'static str> },
    /// The provider type needs a webhook secret the file does not give.
    WebhookSecretRequired(ProviderType),
}

impl Refusal {
    pub fn rejection(&self, provider_id: &str, file: &str) -> Rejection {
        match self {
            Self::IssuerChange { from, to } => Rejection::unacceptable(format!(
                "the file's issuer {to} differs from the saved issuer {from} of {provider_id}, and an issuer cannot be changed in place"
            ))
            .hint(format!("to switch issuers, delete and re-create it: alter idp apply -f {file} --replace (claim mappings lock again at the next first sign-in)"))
            .hint("or, if the file is wrong, fix its issuer_url"),
            Self::ClaimsLocked { fields } => Rejection::unacceptable(format!(
                "claim mappings of {provider_id} are locked (an end user has signed in), and the file changes {}",
                fields.join(", ")
            ))
            .hint("make the file match the saved mappings (`alter idp export` shows them); nothing was changed")
            .hint("or start over: `alter idp delete`, then apply the file again (the mappings lock again at the next first sign-in)"),
            Self::WebhookSecretRequired(provider_type) => Rejection::bad_input(format!(
                "{provider_type} webhooks need the signing secret configured at the provider, and the file's webhook block has none"
            ))
            .hint("add \"secret\": \"env:WEBHOOK_SECRET\" (or @path, or -) to the webhook block; see `alter idp webhook enable --help`"),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Send the wallet secret even when its client id is unchanged.
    pub update_secrets: bool,
    /// What discovery suggests for the issuer: what a `null` user_id_claim or
    /// group_claim_stable_ids is kept to. Without it, such a `null` is not compared.
    pub detected: Option<ClaimMappings>,
}

/// The fields that lock after the first sign-in.
pub const CLAIM_FIELDS: [&str; 4] = ["user_id_claim", "group_claim", "role_claim", "group_claim_stable_ids"];

impl Plan {
    /// Nothing to write: no field, no secret, no webhook step.
    pub fn in_sync(&self) -> bool {
        self.action == Action::None
    }

    fn empty(action: Action, provider_id: Option<String>) -> Self {
        Self {
            action,
            provider_id,
            changes: Vec::new(),
            secrets: Vec::new(),
            webhook: None,
            patch: Patch::default(),
            notes: Vec::new(),
            refusals: Vec::new(),
        }
    }
}

/// The plan for `desired` against `current` (`None`: the app has no provider).
pub fn plan(desired: &Desired, current: Option<&Current>, options: Options) -> Plan {
    match current {
        None => creation(desired, Action::Create, None, Vec::new()),
        Some(current) if current.issuer_url != desired.issuer_url => {
            let issuer = Change {
                field: "issuer_url",
                old: Value::from(current.issuer_url.as_str()),
                new: Value::from(desired.issuer_url.as_str()),
            };
            let mut plan = creation(desired, Action::Replace, Some(current.id.clone()), vec![issuer]);
            plan.refusals
                .insert(0, Refusal::IssuerChange { from: current.issuer_url.clone(), to: desired.issuer_url.clone() });
            plan.notes.push(format!(
                "replacing deletes {} (with its webhook secret and any directory-import credential) and creates a new provider: claim mappings lock again at the next first sign-in, and fields the file leaves out get the new issuer's defaults",
                current.id
            ));
            if desired.webhook.is_none() && current.webhook_enabled {
                plan.notes.push("the webhook of the deleted provider goes with it; the file has no webhook block to enable it again".to_owned());
            }
            plan
        }
        Some(current) => update(desired, current, options),
    }
}

/// Creating: every field the file sets is new. Fields it clears need nothing on a new provider,
/// except that the server may fill in a detected mapping: apply plans again after the create.
fn creation(desired: &Desired, action: Action, provider_id: Option<String>, mut changes: Vec<Change>) -> Plan {
    let mut plan = Plan::empty(action, provider_id);
    if changes.is_empty() {
        changes.push(Change { field: "issuer_url", old: Value::Null, new: Value::from(desired.issuer_url.as_str()) });
    }
    let text = |field: &'static str, value: &Field<String>| match value {
        Field::Set(v) => Some(Change { field, old: Value::Null, new: Value::from(v.as_str()) }),
        _ => None,
    };
    changes.extend(text("audience", &desired.audience));
    changes.extend(desired.user_id_claim.set().map(|v| Change {
        field: "user_id_claim",
        old: Value::Null,
        new: Value::from(v.as_str()),
    }));
    changes.extend(text("group_claim", &desired.group_claim));
    changes.extend(text("role_claim", &desired.role_claim));
    changes.extend(desired.group_claim_stable_ids.set().map(|v| Change {
        field: "group_claim_stable_ids",
        old: Value::Null,
        new: Value::from(*v),
    }));
    if let Field::Set(wallet) = &desired.wallet {
        changes.push(Change {
            field: "wallet.client_id",
            old: Value::Null,
            new: Value::from(wallet.client_id.as_str()),
        });
        plan.secrets.push(SecretSend {
            field: WALLET_SECRET,
            from: wallet.client_secret.source(),
            reason: "creating the provider",
        });
    }
    if let Some(webhook) = desired.webhook.as_ref().filter(|w| w.enabled) {
        changes.push(Change { field: "webhook.enabled", old: Value::Null, new: Value::from(true) });
        plan.webhook = Some(WebhookStep::Enable);
        webhook_secret_send(webhook.secret.as_ref(), &mut plan);
    }
    plan.changes = changes;
    plan
}

fn update(desired: &Desired, current: &Current, options: Options) -> Plan {
    let mut plan = Plan::empty(Action::Update, Some(current.id.clone()));
    let mappings = &current.claim_mappings;
    let mut patch = Patch::default();
    let mut text = |field: &'static str, want: &Field<String>, have: &Option<String>| -> Option<Option<String>> {
        let want = match want {
            Field::Unmanaged => return None,
            Field::Clear => None,
            Field::Set(v) => Some(v.clone()),
        };
        (want != *have).then(|| {
            plan.changes.push(Change { field, old: Value::from(have.clone()), new: Value::from(want.clone()) });
            want
        })
    };
    patch.audience = text("audience", &desired.audience, &current.audience);
    let detected = options.detected.as_ref();
    let user_id_claim = match &desired.user_id_claim {
        Detectable::Set(claim) => Field::Set(claim.clone()),
        Detectable::Detected => detected.map_or(Field::Unmanaged, |d| Field::Set(d.user_id_claim.clone())),
        Detectable::Unmanaged => Field::Unmanaged,
    };
    patch.user_id_claim = text("user_id_claim", &user_id_claim, &Some(mappings.user_id_claim.clone())).flatten();
    patch.group_claim = text("group_claim", &desired.group_claim, &mappings.group_claim);
    patch.role_claim = text("role_claim", &desired.role_claim, &mappings.role_claim);
    let stable_ids = match desired.group_claim_stable_ids {
        Detectable::Set(want) => Some(want),
        Detectable::Detected => detected.map(|d| d.group_claim_stable_ids),
        Detectable::Unmanaged => None,
    };
    if desired.uses_detected() && detected.is_none() {
        plan.notes.push(
            "user_id_claim / group_claim_stable_ids: null means the detected value, which is unknown here, so it was not compared".to_owned(),
        );
    }
    if let Some(want) = stable_ids.filter(|want| *want != mappings.group_claim_stable_ids) {
        plan.changes.push(Change {
            field: "group_claim_stable_ids",
            old: Value::from(mappings.group_claim_stable_ids),
            new: Value::from(want),
        });
        patch.group_claim_stable_ids = Some(want);
    }
    patch.wallet = wallet(&desired.wallet, current.wallet_client_id.as_deref(), &options, &mut plan);
    webhook(desired, current, &mut plan);
    let locked: Vec<&'static str> =
        plan.changes.iter().map(|c| c.field).filter(|f| current.claims_locked && CLAIM_FIELDS.contains(f)).collect();
    if !locked.is_empty() {
        plan.refusals.push(Refusal::ClaimsLocked { fields: locked });
    }
    plan.patch = patch;
    if plan.changes.is_empty() && plan.secrets.is_empty() && plan.webhook.is_none() {
        plan.action = Action::None;
    }
    plan
}

fn wallet(
    desired: &Field<WalletSpec>,
    have: Option<&str>,
    options: &Options,
    plan: &mut Plan,
) -> Option<Option<WalletSpec>> {
    let change = |old: Option<&str>, new: Option<&str>| Change {
        field: "wallet.client_id",
        old: Value::from(old),
        new: Value::from(new),
    };
    match (desired, have) {
        (Field::Unmanaged, _) | (Field::Clear, None) => None,
        (Field::Clear, Some(old)) => {
            plan.changes.push(change(Some(old), None));
            Some(None)
        }
        (Field::Set(want), have) => {
            let reason = match have {
                None => "adding wallet sign-in",
                Some(old) if old != want.client_id => "client id changed",
                Some(_) if options.update_secrets => "--update-secrets",
                Some(_) => {
                    plan.notes.push(format!(
                        "{WALLET_SECRET}: not compared (the control plane never returns it) and not sent; --update-secrets sends it"
                    ));
                    return None;
                }
            };
            if have != Some(want.client_id.as_str()) {
                plan.changes.push(change(have, Some(&want.client_id)));
            }
            plan.secrets.push(SecretSend { field: WALLET_SECRET, from: want.client_secret.source(), reason });
            Some(Some(want.clone()))
        }
    }
}

fn webhook(desired: &Desired, current: &Current, plan: &mut Plan) {
    let Some(webhook) = &desired.webhook else { return };
    match (webhook.enabled, current.webhook_enabled) {
        (true, false) => {
            plan.changes.push(Change { field: "webhook.enabled", old: Value::from(false), new: Value::from(true) });
            plan.webhook = Some(WebhookStep::Enable);
            webhook_secret_send(webhook.secret.as_ref(), plan);
            let generated = matches!(current.provider_type, ProviderType::Auth0 | ProviderType::CustomOidc);
            if webhook.secret.is_none() && !generated {
                plan.refusals.push(Refusal::WebhookSecretRequired(current.provider_type));
            }
        }
        (false, true) => {
            plan.changes.push(Change { field: "webhook.enabled", old: Value::from(true), new: Value::from(false) });
            plan.webhook = Some(WebhookStep::Disable);
        }
        (true, true) if webhook.secret.is_some() => plan.notes.push(format!(
            "{WEBHOOK_SECRET}: not sent (the webhook is already enabled and apply never rotates; use `alter idp webhook rotate`)"
        )),
        _ => {}
    }
}

fn webhook_secret_send(secret: Option<&SecretRef>, plan: &mut Plan) {
    match secret {
        Some(secret) => plan.secrets.push(SecretSend {
            field: WEBHOOK_SECRET,
            from: secret.source(),
            reason: "enabling the webhook",
        }),
        None => plan.notes.push(format!(
            "{WEBHOOK_SECRET}: none in the file, so the control plane generates one (shown once) where the provider allows it (Auth0, custom OIDC)"
        )),
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
