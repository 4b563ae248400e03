//! `--dry-run`: the request the client would send, rendered instead of sent. The method and
//! path come from the same [`Endpoint`] the client sends, so the two cannot drift.

use super::models::{CreateIdentityProvider, UpdateIdentityProvider};
use super::{provider_path, providers_path};
use crate::error::{Error, Result};
use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

/// Members of a request body that carry a secret; rendered as `***`.
const SECRET_MEMBERS: [&str; 4] = ["client_secret", "secret", "secret_key", "private_key_jwk"];

/// One contract operation that takes a body: its method, its path and its name in errors.
pub struct Endpoint<'b, B> {
    pub(super) method: Method,
    pub(super) path: String,
    pub(super) what: &'static str,
    pub(super) body: &'b B,
}

impl<'b> Endpoint<'b, CreateIdentityProvider> {
    pub fn create_provider(app: &str, body: &'b CreateIdentityProvider) -> Self {
        Self { method: Method::POST, path: providers_path(app), what: "create", body }
    }
}

impl<'b> Endpoint<'b, UpdateIdentityProvider> {
    pub fn update_provider(app: &str, id: &str, body: &'b UpdateIdentityProvider) -> Self {
        Self { method: Method::PATCH, path: provider_path(app, id), what: "update", body }
    }
}

/// What `--dry-run` prints.
#[derive(Debug, Serialize)]
pub struct RenderedRequest {
    pub method: String,
    pub url: String,
    pub body: Value,
}

impl<B: Serialize> Endpoint<'_, B> {
    /// The request as it would go to the control plane at `base_url`, secrets as `***`.
    pub fn render(&self, base_url: &str) -> Result<RenderedRequest> {
        let mut body = serde_json::to_value(self.body)
            .map_err(|err| Error::unexpected(format!("cannot encode the {} request: {err}", self.what)))?;
        mask_secrets(&mut body);
        Ok(RenderedRequest {
            method: self.method.to_string(),
            url: format!("{}{}", base_url.trim_end_matches('/'), self.path),
            body,
        })
    }
}

fn mask_secrets(value: &mut Value) {
    match value {
        Value::Object(members) => {
            for (name, member) in members.iter_mut() {
                if SECRET_MEMBERS.contains(&name.as_str()) && !member.is_null() {
                    *member = Value::from("***");
                } else {
                    mask_secrets(member);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_secrets),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::WalletInput;
    use crate::secret::Secret;

    #[test]
    fn renders_the_request_the_client_sends_with_secrets_masked() {
        let body = CreateIdentityProvider {
            issuer_url: "https://acme.okta.com".into(),
            audience: None,
            user_id_claim: None,
            group_claim: Some("groups".into()),
            role_claim: None,
            group_claim_stable_ids: None,
            wallet: Some(WalletInput { client_id: "0oa1".into(), client_secret: Secret::new("hunter2") }),
        };
        let request = Endpoint::create_provider("app_1", &body).render("https://api.example/").unwrap();
        assert_eq!(
            (request.method.as_str(), request.url.as_str()),
            ("POST", "https://api.example/v1/apps/app_1/identity-providers")
        );
        assert_eq!(request.body["wallet"], serde_json::json!({"client_id": "0oa1", "client_secret": "***"}));
        assert_eq!(request.body["group_claim"], "groups");
        let update = UpdateIdentityProvider { wallet: Some(None), ..UpdateIdentityProvider::default() };
        let request = Endpoint::update_provider("app_1", "idp_2", &update).render("http://127.0.0.1:1").unwrap();
        assert_eq!(
            (request.method.as_str(), request.url.as_str()),
            ("PATCH", "http://127.0.0.1:1/v1/apps/app_1/identity-providers/idp_2")
        );
        assert_eq!(request.body, serde_json::json!({"wallet": null}));
    }
}
