//! The contract's discovery shapes (`Discovery`, `ClaimMappings`, `Capabilities`, `Notice`),
//! shared by the offline engine and the control-plane client so both print the same object.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderType {
    Auth0,
    Clerk,
    Okta,
    Workos,
    CustomOidc,
}

impl ProviderType {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auth0 => "auth0",
            Self::Clerk => "clerk",
            Self::Okta => "okta",
            Self::Workos => "workos",
            Self::CustomOidc => "custom_oidc",
        }
    }
}

impl fmt::Display for ProviderType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimMappings {
    pub user_id_claim: String,
    pub group_claim: Option<String>,
    pub role_claim: Option<String>,
    pub group_claim_stable_ids: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capabilities {
    pub webhooks: bool,
    pub directory_sync: bool,
    pub group_grants: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub code: String,
    pub message: String,
}

impl Notice {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self { code: code.to_owned(), message: message.into() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discovery {
    pub issuer: String,
    pub provider_type: ProviderType,
    pub discovery_url: String,
    pub jwks_uri: String,
    pub claim_mappings: ClaimMappings,
    pub capabilities: Capabilities,
    pub warnings: Vec<Notice>,
}
