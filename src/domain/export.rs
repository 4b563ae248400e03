//! `alter idp export`: a saved provider as the file `diff` and `apply` read, every managed field
//! explicit and every secret a placeholder to fill from the environment, never a value.

use super::plan::Current;
use serde::Serialize;

pub const WALLET_PLACEHOLDER: &str = "env:WALLET_CLIENT_SECRET";
pub const WEBHOOK_PLACEHOLDER: &str = "env:WEBHOOK_SECRET";

/// Field order is the file's: serialized as declared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exported {
    pub issuer_url: String,
    pub audience: Option<String>,
    pub user_id_claim: String,
    pub group_claim: Option<String>,
    pub role_claim: Option<String>,
    pub group_claim_stable_ids: bool,
    pub wallet: Option<ExportedWallet>,
    pub webhook: ExportedWebhook,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedWallet {
    pub client_id: String,
    pub client_secret: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedWebhook {
    pub enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<&'static str>,
}

pub fn export(current: &Current) -> Exported {
    let mappings = current.claim_mappings.clone();
    Exported {
        issuer_url: current.issuer_url.clone(),
        audience: current.audience.clone(),
        user_id_claim: mappings.user_id_claim,
        group_claim: mappings.group_claim,
        role_claim: mappings.role_claim,
        group_claim_stable_ids: mappings.group_claim_stable_ids,
        wallet: current
            .wallet_client_id
            .clone()
            .map(|client_id| ExportedWallet { client_id, client_secret: WALLET_PLACEHOLDER }),
        webhook: ExportedWebhook {
            enabled: current.webhook_enabled,
            secret: current.webhook_enabled.then_some(WEBHOOK_PLACEHOLDER),
        },
    }
}

/// The environment variables the exported file reads, for the note that tells the user to set them.
pub fn placeholders(exported: &Exported) -> Vec<&'static str> {
    let wallet = exported.wallet.as_ref().map(|_| "WALLET_CLIENT_SECRET");
    let webhook = exported.webhook.secret.map(|_| "WEBHOOK_SECRET");
    wallet.into_iter().chain(webhook).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::desired::parse;
    use crate::domain::model::{ClaimMappings, ProviderType};
    use crate::domain::plan::{plan, Options};

    fn saved(wallet: Option<&str>, webhook: bool) -> Current {
        Current {
            id: "idp_1".into(),
            provider_type: ProviderType::Clerk,
            issuer_url: "https://clerk.acme.dev".into(),
            audience: None,
            claim_mappings: ClaimMappings {
                user_id_claim: "sub".into(),
                group_claim: Some("org_id".into()),
                role_claim: Some("org_role".into()),
                group_claim_stable_ids: true,
            },
            claims_locked: true,
            wallet_client_id: wallet.map(str::to_owned),
            webhook_enabled: webhook,
        }
    }

    #[test]
    fn every_managed_field_is_explicit_and_secrets_are_placeholders() {
        let exported = serde_json::to_value(export(&saved(Some("cid"), true))).unwrap();
        assert_eq!(
            exported,
            serde_json::json!({
                "issuer_url": "https://clerk.acme.dev", "audience": null, "user_id_claim": "sub",
                "group_claim": "org_id", "role_claim": "org_role", "group_claim_stable_ids": true,
                "wallet": {"client_id": "cid", "client_secret": "env:WALLET_CLIENT_SECRET"},
                "webhook": {"enabled": true, "secret": "env:WEBHOOK_SECRET"},
            })
        );
        let bare = export(&saved(None, false));
        assert_eq!(serde_json::to_value(&bare).unwrap()["webhook"], serde_json::json!({"enabled": false}));
        assert!(placeholders(&bare).is_empty());
        assert_eq!(placeholders(&export(&saved(Some("c"), true))), ["WALLET_CLIENT_SECRET", "WEBHOOK_SECRET"]);
    }

    #[test]
    fn an_export_read_back_is_in_sync_with_what_it_came_from() {
        for (wallet, webhook) in [(None, false), (Some("cid"), false), (Some("cid"), true), (None, true)] {
            let current = saved(wallet, webhook);
            let text = serde_json::to_string(&export(&current)).unwrap();
            let desired = parse(&text, "export.json").unwrap();
            let plan = plan(&desired, Some(&current), Options::default());
            assert!(plan.in_sync(), "{wallet:?} {webhook}: {plan:?}");
        }
    }
}
