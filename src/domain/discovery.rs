//! The offline discovery rules in the order they apply: what can be refused before any request,
//! what the discovery document must say, and the `Discovery` it amounts to.

use super::claims;
use super::detect::{self, Flavor};
use super::issuer::{self, Issuer};
use super::model::Discovery;
use super::Rejection;
use serde_json::Value;
use url::Url;

/// Every discovery-document member the rules read. The engine keeps only these, so a padded or
/// hostile document costs no more than its size on the wire.
pub const DOCUMENT_MEMBERS: [&str; 14] = [
    "issuer",
    "jwks_uri",
    "authorization_endpoint",
    "token_endpoint",
    "userinfo_endpoint",
    "device_authorization_endpoint",
    "registration_endpoint",
    "mfa_challenge_endpoint",
    "tenant_region_scope",
    "cloud_instance_name",
    "msgraph_host",
    "scopes_supported",
    "claims_supported",
    "response_modes_supported",
];

/// Everything that can be checked before sending a request: the URL's shape, brokered
/// providers recognisable by URL, then that the URL is exactly as parsed, then the transport rule.
pub fn prepare(input: &str) -> Result<Issuer, Rejection> {
    let issuer = Issuer::parse(input)?;
    if let Some(brokered) = detect::brokered_by_url(issuer.url()) {
        return Err(brokered.rejection());
    }
    if issuer.url().host_str() == Some("api.workos.com") && issuer.url().path().trim_matches('/').is_empty() {
        return Err(Rejection::bad_input("a bare https://api.workos.com is not an issuer: WorkOS issuers include the client id")
            .hint("use --issuer-url https://api.workos.com/user_management/<client_id> (AuthKit) or your https://<name>.authkit.app domain"));
    }
    issuer.require_exact_form()?;
    issuer.require_secure_transport()?;
    Ok(issuer)
}

/// What a usable discovery document told us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessed {
    pub flavor: Flavor,
    pub jwks_uri: Url,
}

pub fn assess_document(issuer: &Issuer, document: &Value) -> Result<Assessed, Rejection> {
    let url = issuer.discovery_url();
    if !document.is_object() {
        return Err(Rejection::unacceptable(format!("the discovery document at {url} is not a JSON object")));
    }
    if let Some(brokered) = detect::brokered_by_document(issuer.as_str(), document) {
        return Err(brokered.rejection());
    }
    let document_issuer = document.get("issuer").and_then(Value::as_str).ok_or_else(|| {
        Rejection::unacceptable(format!("the discovery document at {url} has no `issuer`"))
            .hint("check that this URL serves an OpenID Connect discovery document")
    })?;
    issuer.check_document_issuer(document_issuer)?;
    let jwks_uri = match document.get("jwks_uri") {
        Some(Value::String(uri)) if !uri.is_empty() => issuer::published_endpoint(issuer.url(), "jwks_uri", uri)?,
        _ => {
            return Err(Rejection::unacceptable(format!(
                "the discovery document at {url} has no `jwks_uri`, so Alter cannot verify its tokens' signatures"
            ))
            .hint("use an OpenID Connect provider that publishes its signing keys (jwks_uri)"))
        }
    };
    let flavor = detect::detect(issuer.url(), issuer.as_str(), document).map_err(detect::Brokered::rejection)?;
    Ok(Assessed { flavor, jwks_uri })
}

pub fn describe(issuer: &Issuer, assessed: &Assessed, document: &Value) -> Discovery {
    let suggestion = claims::suggest(assessed.flavor, document);
    Discovery {
        issuer: issuer.as_str().to_owned(),
        provider_type: assessed.flavor.provider_type(),
        discovery_url: issuer.discovery_url(),
        jwks_uri: assessed.jwks_uri.to_string(),
        claim_mappings: suggestion.claim_mappings,
        capabilities: suggestion.capabilities,
        warnings: suggestion.warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::ProviderType;
    use crate::domain::rejection::RejectionKind;
    use serde_json::json;

    #[test]
    fn brokered_by_url_wins_over_the_scheme_rule() {
        let r = prepare("http://docker-rp-1:8080/realms/demorealm").unwrap_err();
        assert_eq!(r.kind, RejectionKind::Unacceptable);
        assert!(r.message.contains("Keycloak"));
        assert_eq!(prepare("http://idp.example").unwrap_err().kind, RejectionKind::BadInput);
        assert_eq!(prepare("https://api.workos.com").unwrap_err().kind, RejectionKind::BadInput);
    }

    #[test]
    fn document_rules_in_order() {
        let issuer = prepare("https://idp.example").unwrap();
        let ok = json!({"issuer": "https://idp.example", "jwks_uri": "https://keys.example/jwks"});
        let assessed = assess_document(&issuer, &ok).unwrap();
        assert_eq!(assessed.flavor, Flavor::CustomOidc);
        let discovery = describe(&issuer, &assessed, &ok);
        assert_eq!(discovery.provider_type, ProviderType::CustomOidc);
        assert_eq!(discovery.jwks_uri, "https://keys.example/jwks");

        assert!(assess_document(&issuer, &json!([1])).is_err());
        assert!(assess_document(&issuer, &json!({"jwks_uri": "https://k"}))
            .unwrap_err()
            .message
            .contains("no `issuer`"));
        assert!(assess_document(&issuer, &json!({"issuer": "https://idp.example"}))
            .unwrap_err()
            .message
            .contains("no `jwks_uri`"));
        let http_jwks = json!({"issuer": "https://idp.example", "jwks_uri": "http://idp.example/k"});
        assert!(assess_document(&issuer, &http_jwks).unwrap_err().message.contains("not an https URL"));
    }
}
