//! The contract's discovery shapes (`Discovery`, `ClaimMappings`, `Capabilities`, `Notice`),
//! shared by the offline engine and the control-plane client so both print the same object, and
//! the directory-import credential the domain assembles and the client sends.

use crate::secret::Secret;
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

/// A private key as a JSON object: sent as-is, but Debug and any other serialization never show it.
#[derive(Clone, PartialEq)]
pub struct SecretJson(pub serde_json::Map<String, serde_json::Value>);

impl std::fmt::Debug for SecretJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

/// Plaintext only inside `secret::serialize_request`, like `Secret`.
impl Serialize for SecretJson {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if crate::secret::exposing() {
            self.0.serialize(serializer)
        } else {
            serializer.serialize_str("***")
        }
    }
}

/// The PUT body of directory-import: exactly one of `auth0`, `clerk` or `okta`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryCredential {
    Auth0 {
        domain: String,
        client_id: String,
        client_secret: Secret,
    },
    Clerk {
        secret_key: Secret,
    },
    Okta {
        org_url: String,
        client_id: String,
        private_key_jwk: SecretJson,
        #[serde(skip_serializing_if = "Option::is_none")]
        key_id: Option<String>,
    },
}
