//! Request and response bodies of the control-plane contract (`api/control-plane.yaml`).
//! Responses ignore fields they do not know; requests never send a field the contract lacks.

use crate::domain::model::{ClaimMappings, Notice, ProviderType};
use crate::secret::Secret;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenInfo {
    pub subject: String,
    pub scopes: Vec<String>,
    #[serde(default)]
    pub expires_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct App {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DiscoverRequest<'a> {
    pub issuer_url: &'a str,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WalletInput {
    pub client_id: String,
    pub client_secret: Secret,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateIdentityProvider {
    pub issuer_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id_claim: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_claim: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_claim: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_claim_stable_ids: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet: Option<WalletInput>,
}

/// A PATCH body: a field left `None` is not sent; `Some(None)` sends `null` (clears it).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateIdentityProvider {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "patch")]
    pub audience: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id_claim: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "patch")]
    pub group_claim: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "patch")]
    pub role_claim: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_claim_stable_ids: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "patch")]
    pub wallet: Option<Option<WalletInput>>,
}

impl UpdateIdentityProvider {
    pub fn is_empty(&self) -> bool {
        self.audience.is_none()
            && self.user_id_claim.is_none()
            && self.group_claim.is_none()
            && self.role_claim.is_none()
            && self.group_claim_stable_ids.is_none()
            && self.wallet.is_none()
    }
}

/// Present-and-null versus absent, for PATCH fields.
mod patch {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(value: &Option<Option<T>>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Wallet {
    pub client_id: String,
    pub verification: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WebhookFlag {
    pub enabled: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IdentityProvider {
    pub id: String,
    pub app_id: String,
    pub provider_type: ProviderType,
    pub issuer_url: String,
    pub jwks_uri: String,
    pub audience: Option<String>,
    pub claim_mappings: ClaimMappings,
    pub claims_locked: bool,
    pub wallet: Option<Wallet>,
    pub webhook: WebhookFlag,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IdentityProviderWithNotices {
    #[serde(flatten)]
    pub provider: IdentityProvider,
    #[serde(default)]
    pub notices: Vec<Notice>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProviderList {
    pub items: Vec<IdentityProvider>,
}

#[derive(Debug, Clone, Default)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// An RFC 9457 problem document as the contract extends it.
#[derive(Debug, Clone, Default)]
pub struct Problem {
    pub title: String,
    pub status: u16,
    pub detail: Option<String>,
    pub code: String,
    pub request_id: Option<String>,
    pub required_scope: Option<String>,
    pub existing_provider_id: Option<String>,
    pub detected_provider: Option<String>,
    pub errors: Vec<FieldError>,
}

impl Problem {
    /// Read member by member: one member of an unexpected type is dropped, never the detail, code
    /// and scope a user needs to fix the problem.
    pub fn from_body(bytes: &[u8]) -> Self {
        let Ok(serde_json::Value::Object(map)) = serde_json::from_slice(bytes) else { return Self::default() };
        let text = |key: &str| map.get(key).and_then(|v| v.as_str()).map(str::to_owned);
        let errors = map.get("errors").and_then(|v| v.as_array()).into_iter().flatten().filter_map(|entry| {
            Some(FieldError {
                field: entry.get("field")?.as_str()?.to_owned(),
                message: entry.get("message").and_then(|m| m.as_str()).unwrap_or_default().to_owned(),
            })
        });
        Self {
            title: text("title").unwrap_or_default(),
            status: map.get("status").and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok())).unwrap_or(0) as u16,
            detail: text("detail"),
            code: text("code").unwrap_or_default(),
            request_id: text("request_id"),
            required_scope: text("required_scope"),
            existing_provider_id: text("existing_provider_id"),
            detected_provider: text("detected_provider"),
            errors: errors.collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Problem;

    #[test]
    fn a_mistyped_member_does_not_lose_the_problem() {
        let body = br#"{"code": "missing_scope", "required_scope": "s:read", "detail": "no", "errors": null, "status": "403"}"#;
        let problem = Problem::from_body(body);
        assert_eq!(
            (problem.code.as_str(), problem.required_scope.as_deref(), problem.status),
            ("missing_scope", Some("s:read"), 403)
        );
        assert_eq!(Problem::from_body(b"<html>").code, "");
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct WebhookSecretRequest {
    pub secret: Option<Secret>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WebhookStatus {
    pub provider_id: String,
    pub provider_type: ProviderType,
    pub enabled: bool,
    pub endpoint_url: String,
    pub secret_source: Option<String>,
    pub secret_hint: Option<String>,
    pub enabled_at: Option<String>,
    pub rotated_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WebhookSecretResult {
    #[serde(flatten)]
    pub status: WebhookStatus,
    pub signing_secret: Option<GeneratedSecret>,
}

/// A secret the server generated for the user to see once (the webhook signing secret): printed
/// in the result, never in Debug. Not held for scrubbing, or the one showing would be `***`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GeneratedSecret(String);

impl GeneratedSecret {
    pub fn show_once(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for GeneratedSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

pub use crate::domain::model::{DirectoryCredential, SecretJson};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryRunState {
    Queued,
    Running,
    Succeeded,
    Failed,
}

impl DirectoryRunState {
    pub fn finished(self) -> bool {
        matches!(self, Self::Succeeded | Self::Failed)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DirectoryImportRun {
    pub id: String,
    pub status: DirectoryRunState,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
    pub users_imported: u64,
    pub users_updated: u64,
    pub users_deprovisioned: u64,
    pub groups_imported: u64,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DirectoryImportStatus {
    pub provider_id: String,
    pub provider_type: ProviderType,
    pub supported: bool,
    pub configured: bool,
    pub last_run: Option<DirectoryImportRun>,
    pub next_run_at: Option<String>,
}
