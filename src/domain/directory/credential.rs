//! The directory-import credential from `set-credential`'s inputs: each input checked for its
//! shape before any request, then assembled for the provider type once that is known.

use super::{
    auth0_domain, check_clerk_secret_key, check_client_id, check_client_secret, check_flags, check_supported,
    okta_org_url, okta_private_key, OktaKey,
};
use crate::domain::model::{DirectoryCredential, ProviderType, SecretJson};
use crate::domain::Rejection;
use crate::secret::Secret;

/// What the user gave, secrets already read.
#[derive(Debug, Default)]
pub struct CredentialInputs {
    pub domain: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
    pub secret_key: Option<Secret>,
    pub org_url: Option<String>,
    pub private_key: Option<Secret>,
    pub kid: Option<String>,
}

/// The inputs, each of the right shape; which of them the provider needs is checked by
/// [`CheckedInputs::for_provider`].
#[derive(Debug)]
pub struct CheckedInputs {
    given: Vec<&'static str>,
    domain: Option<String>,
    client_id: Option<String>,
    client_secret: Option<Secret>,
    secret_key: Option<Secret>,
    org_url: Option<String>,
    okta_key: Option<OktaKey>,
}

impl CredentialInputs {
    /// The flags given, as typed, in the order of [`super::FLAGS`].
    pub fn given(&self) -> Vec<&'static str> {
        [
            ("--domain", self.domain.is_some()),
            ("--client-id", self.client_id.is_some()),
            ("--client-secret", self.client_secret.is_some()),
            ("--secret-key", self.secret_key.is_some()),
            ("--org-url", self.org_url.is_some()),
            ("--private-key", self.private_key.is_some()),
            ("--kid", self.kid.is_some()),
        ]
        .into_iter()
        .filter_map(|(flag, given)| given.then_some(flag))
        .collect()
    }

    /// Checks each input's shape: a bad key costs no request.
    pub fn check(self) -> Result<CheckedInputs, Rejection> {
        let given = self.given();
        let client_id = self.client_id.as_deref().map(str::trim).map(str::to_owned);
        if let Some(id) = &client_id {
            check_client_id(id)?;
        }
        if let Some(secret) = &self.client_secret {
            check_client_secret(secret.expose())?;
        }
        if let Some(key) = &self.secret_key {
            check_clerk_secret_key(key.expose())?;
        }
        Ok(CheckedInputs {
            given,
            domain: self.domain.as_deref().map(auth0_domain).transpose()?,
            client_id,
            client_secret: self.client_secret,
            secret_key: self.secret_key,
            org_url: self.org_url.as_deref().map(okta_org_url).transpose()?,
            okta_key: self.private_key.map(|text| okta_private_key(text.expose(), self.kid.as_deref())).transpose()?,
        })
    }
}

impl CheckedInputs {
    /// The PUT body for `provider`: refused when it has no directory sync, or the flags given
    /// are not the ones it takes.
    pub fn for_provider(self, provider: ProviderType) -> Result<DirectoryCredential, Rejection> {
        check_supported(provider)?;
        check_flags(provider, &self.given)?;
        // check_flags has made sure each of these was given.
        fn need<T>(value: Option<T>, flag: &str) -> Result<T, Rejection> {
            value.ok_or_else(|| Rejection::bad_input(format!("missing {flag}")))
        }
        Ok(match provider {
            ProviderType::Auth0 => DirectoryCredential::Auth0 {
                domain: need(self.domain, "--domain")?,
                client_id: need(self.client_id, "--client-id")?,
                client_secret: need(self.client_secret, "--client-secret")?,
            },
            ProviderType::Clerk => DirectoryCredential::Clerk { secret_key: need(self.secret_key, "--secret-key")? },
            ProviderType::Okta => {
                let key = need(self.okta_key, "--private-key")?;
                DirectoryCredential::Okta {
                    org_url: need(self.org_url, "--org-url")?,
                    client_id: need(self.client_id, "--client-id")?,
                    private_key_jwk: SecretJson(key.jwk),
                    key_id: key.key_id,
                }
            }
            // check_supported refused these above.
            ProviderType::Workos | ProviderType::CustomOidc => return Err(check_supported(provider).unwrap_err()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The body as sent: secrets in plaintext only inside `serialize_request`.
    fn sent(body: &DirectoryCredential) -> serde_json::Value {
        serde_json::from_slice(&crate::secret::serialize_request(body).unwrap()).unwrap()
    }

    fn clerk() -> CredentialInputs {
        CredentialInputs { secret_key: Some(Secret::new("sk_live_abc")), ..CredentialInputs::default() }
    }

    #[test]
    fn assembles_the_body_the_provider_takes() {
        let body = clerk().check().unwrap().for_provider(ProviderType::Clerk).unwrap();
        assert_eq!(sent(&body), json!({"clerk": {"secret_key": "sk_live_abc"}}));
        assert_eq!(serde_json::to_value(&body).unwrap(), json!({"clerk": {"secret_key": "***"}}));
        let auth0 = CredentialInputs {
            domain: Some("https://acme.us.auth0.com/".into()),
            client_id: Some(" abc ".into()),
            client_secret: Some(Secret::new("s3cret-value-long-enough")),
            ..CredentialInputs::default()
        };
        let body = auth0.check().unwrap().for_provider(ProviderType::Auth0).unwrap();
        assert_eq!(
            sent(&body),
            json!({"auth0": {"domain": "acme.us.auth0.com", "client_id": "abc", "client_secret": "s3cret-value-long-enough"}})
        );
    }

    #[test]
    fn refuses_a_bad_shape_before_and_the_wrong_provider_after() {
        let publishable =
            CredentialInputs { secret_key: Some(Secret::new("pk_live_abc")), ..CredentialInputs::default() };
        assert!(publishable.check().unwrap_err().message.contains("publishable"));
        let err = clerk().check().unwrap().for_provider(ProviderType::Okta).unwrap_err();
        assert!(err.message.contains("--secret-key (clerk)"), "{}", err.message);
        let err = clerk().check().unwrap().for_provider(ProviderType::Workos).unwrap_err();
        assert!(err.hints[0].contains("alter idp webhook enable"), "{:?}", err.hints);
        assert_eq!(clerk().given(), ["--secret-key"]);
    }
}
