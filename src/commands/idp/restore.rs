//! Putting back a provider that `apply --replace` deleted when the new one could not be created:
//! everything that was read comes back; the write-only secrets cannot, and are named with the
//! commands that set them again.

use crate::api::models::IdentityProvider;
use crate::domain::desired::{Desired, Detectable, Field};
use crate::domain::model::ProviderType;
use crate::scrub::remote;

/// The old provider as a file would describe it, without its secrets (never readable).
pub fn desired(old: &IdentityProvider) -> Desired {
    let text = |value: &Option<String>| value.clone().map_or(Field::Clear, Field::Set);
    let mappings = &old.claim_mappings;
    Desired {
        issuer_url: old.issuer_url.clone(),
        audience: text(&old.audience),
        user_id_claim: Detectable::Set(mappings.user_id_claim.clone()),
        group_claim: text(&mappings.group_claim),
        role_claim: text(&mappings.role_claim),
        group_claim_stable_ids: Detectable::Set(mappings.group_claim_stable_ids),
        wallet: Field::Unmanaged,
        webhook: None,
    }
}

/// What the recreated provider `new_id` lacks, each with the command that sets it again.
/// Every value in the text came from the control plane: each is one line (`scrub::remote`).
pub fn lost(old: &IdentityProvider, new_id: &str) -> Vec<(String, String)> {
    let new_id = remote(new_id);
    let mut lost = Vec::new();
    if let Some(wallet) = &old.wallet {
        let client_id = remote(&wallet.client_id);
        lost.push((
            format!("wallet sign-in (client id {client_id}): its secret is write-only"),
            format!(
                "set it again with `alter idp update --provider {new_id} --wallet-client-id {client_id} --wallet-client-secret @FILE`"
            ),
        ));
    }
    if old.webhook.enabled {
        let secret = match old.provider_type {
            ProviderType::Auth0 | ProviderType::CustomOidc => {
                "--secret @FILE (the secret configured at the provider; without it a new one is generated)"
            }
            _ => "--secret @FILE (the secret configured at the provider)",
        };
        lost.push((
            "the webhook and its signing secret".to_owned(),
            format!("enable it again with `alter idp webhook enable --provider {new_id} {secret}`"),
        ));
    }
    lost.push((
        "any directory-import credential".to_owned(),
        format!("save it again with `alter idp directory-import set-credential --provider {new_id} ...`"),
    ));
    lost
}

/// The command that creates the old provider again, secrets aside (values one line each).
pub fn create_command(old: &IdentityProvider) -> String {
    let mappings = &old.claim_mappings;
    let mut command = format!("alter idp create --issuer-url {}", remote(&old.issuer_url));
    let flags = [
        ("--audience", old.audience.as_deref()),
        ("--user-id-claim", Some(mappings.user_id_claim.as_str())),
        ("--group-claim", mappings.group_claim.as_deref()),
        ("--role-claim", mappings.role_claim.as_deref()),
    ];
    for (flag, value) in flags {
        if let Some(value) = value {
            command.push_str(&format!(" {flag} {}", remote(value)));
        }
    }
    command.push_str(&format!(" --group-claim-stable-ids {}", mappings.group_claim_stable_ids));
    command
}
