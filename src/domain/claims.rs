//! Suggested claim mappings, capabilities and warnings per provider (PROVIDERS.md sections 3-4).

use super::detect::Flavor;
use super::model::{Capabilities, ClaimMappings, Notice, ProviderType};
use serde_json::Value;

pub struct Suggestion {
    pub claim_mappings: ClaimMappings,
    pub capabilities: Capabilities,
    pub warnings: Vec<Notice>,
}

pub fn suggest(flavor: Flavor, document: &Value) -> Suggestion {
    let provider = flavor.provider_type();
    Suggestion {
        claim_mappings: claim_mappings(provider, document),
        capabilities: capabilities(provider),
        warnings: warnings(flavor),
    }
}

fn claim_mappings(provider: ProviderType, document: &Value) -> ClaimMappings {
    let listed = |claim: &str| {
        document
            .get("claims_supported")
            .and_then(Value::as_array)
            .is_some_and(|claims| claims.iter().any(|c| c.as_str() == Some(claim)))
    };
    let (group, role, stable) = match provider {
        ProviderType::Auth0 | ProviderType::Clerk => (None, None, false),
        ProviderType::Okta => (Some("groups"), None, false),
        // WorkOS organization ids (`org_...`) are stable by construction.
        ProviderType::Workos => (Some("org_id"), Some("role"), true),
        ProviderType::CustomOidc => (listed("groups").then_some("groups"), listed("roles").then_some("roles"), false),
    };
    ClaimMappings {
        user_id_claim: "sub".to_owned(),
        group_claim: group.map(str::to_owned),
        role_claim: role.map(str::to_owned),
        group_claim_stable_ids: stable,
    }
}

/// What Alter can do with a provider of this type.
pub fn capabilities(provider: ProviderType) -> Capabilities {
    let (webhooks, directory_sync, group_grants) = match provider {
        ProviderType::Auth0 => (true, true, false),
        ProviderType::Clerk | ProviderType::Okta => (true, true, true),
        ProviderType::Workos => (true, false, true),
        ProviderType::CustomOidc => (true, false, false),
    };
    Capabilities { webhooks, directory_sync, group_grants }
}

fn warnings(flavor: Flavor) -> Vec<Notice> {
    let mut notices = Vec::new();
    match flavor {
        Flavor::Auth0Tenant | Flavor::Auth0CustomDomain => {
            notices.push(Notice::new(
                "auth0_groups_not_grantable",
                "Auth0 groups cannot back group grants whatever the claim; an Action emitting a \
                 namespaced claim (e.g. https://alter.dev/groups) only records memberships",
            ));
            notices.push(Notice::new(
                "auth0_issuer_domain",
                "a custom domain and the tenant URL are different issuers: configure the one that \
                 appears in your tokens' `iss`",
            ));
        }
        Flavor::OktaOrgServer => {
            notices.push(Notice::new(
                "okta_org_authorization_server",
                "this is Okta's org authorization server; custom authorization servers use \
                 https://<org>.okta.com/oauth2/<server-id> (default audience api://default), and \
                 Okta emits no groups claim by default",
            ));
            notices.push(okta_group_ids());
        }
        Flavor::OktaCustomServer => notices.push(okta_group_ids()),
        Flavor::ClerkDevelopment | Flavor::ClerkProduction => {
            notices.push(Notice::new(
                "clerk_org_claim_nested",
                "Clerk's default session token nests the organization under `o` (`o.id`), which is \
                 not a top-level claim: add a JWT template emitting it, e.g. \"groups\": \"{{org.id}}\", \
                 and keep `sub` in the template",
            ));
            if flavor == Flavor::ClerkDevelopment {
                notices.push(Notice::new(
                    "clerk_development_instance",
                    "this is a Clerk development instance; OIDC sign-in needs a production instance \
                     (https://clerk.<your-domain>)",
                ));
            }
        }
        Flavor::WorkosUserManagement | Flavor::WorkosSso | Flavor::WorkosAuthkit | Flavor::CustomOidc => {}
    }
    notices
}

fn okta_group_ids() -> Notice {
    Notice::new(
        "okta_group_ids",
        "group grants need a group claim carrying stable Okta group IDs (00g...) and \
         --group-claim-stable-ids; group names only record memberships",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn codes(s: &Suggestion) -> Vec<&str> {
        s.warnings.iter().map(|n| n.code.as_str()).collect()
    }

    #[test]
    fn per_provider_mappings() {
        let okta = suggest(Flavor::OktaOrgServer, &json!({}));
        assert_eq!(okta.claim_mappings.group_claim.as_deref(), Some("groups"));
        assert_eq!(codes(&okta), ["okta_org_authorization_server", "okta_group_ids"]);
        assert!(okta.capabilities.group_grants);

        let auth0 = suggest(Flavor::Auth0Tenant, &json!({}));
        assert_eq!(auth0.claim_mappings.group_claim, None);
        assert!(!auth0.capabilities.group_grants && auth0.capabilities.directory_sync);

        let workos = suggest(Flavor::WorkosAuthkit, &json!({}));
        assert_eq!(workos.claim_mappings.group_claim.as_deref(), Some("org_id"));
        assert_eq!(workos.claim_mappings.role_claim.as_deref(), Some("role"));
        assert!(!workos.capabilities.directory_sync);

        let clerk = suggest(Flavor::ClerkDevelopment, &json!({}));
        assert_eq!(codes(&clerk), ["clerk_org_claim_nested", "clerk_development_instance"]);
        assert_eq!(codes(&suggest(Flavor::ClerkProduction, &json!({}))), ["clerk_org_claim_nested"]);
    }

    #[test]
    fn custom_oidc_uses_listed_claims_only() {
        let listed = suggest(Flavor::CustomOidc, &json!({"claims_supported": ["sub", "groups", "roles"]}));
        assert_eq!(listed.claim_mappings.group_claim.as_deref(), Some("groups"));
        assert_eq!(listed.claim_mappings.role_claim.as_deref(), Some("roles"));
        let bare = suggest(Flavor::CustomOidc, &json!({"claims_supported": ["sub"]}));
        assert_eq!(bare.claim_mappings.group_claim, None);
        assert_eq!(bare.claim_mappings.role_claim, None);
        assert_eq!(bare.claim_mappings.user_id_claim, "sub");
    }
}
