//! Provider detection (PROVIDERS.md section 2): brokered-only providers first, then the issuer
//! URL, then document fingerprints for custom domains. First match wins.

use super::model::ProviderType;
use super::Rejection;
use serde_json::Value;
use url::Url;

/// Providers Alter does not trust directly; they are reached through a broker's enterprise
/// connection instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Brokered {
    Keycloak,
    EntraId,
    Cognito,
    Google,
    Firebase,
    Supabase,
}

impl Brokered {
    /// The contract's `detected_provider` value.
    pub fn code(self) -> &'static str {
        match self {
            Self::Keycloak => "keycloak",
            Self::EntraId => "entra_id",
            Self::Cognito => "cognito",
            Self::Google => "google",
            Self::Firebase => "firebase",
            Self::Supabase => "supabase",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Keycloak => "Keycloak",
            Self::EntraId => "Microsoft Entra ID",
            Self::Cognito => "Amazon Cognito",
            Self::Google => "Google",
            Self::Firebase => "Firebase Auth",
            Self::Supabase => "Supabase Auth",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Keycloak, Self::EntraId, Self::Cognito, Self::Google, Self::Firebase, Self::Supabase]
            .into_iter()
            .find(|b| b.code() == code)
    }

    pub fn rejection(self) -> Rejection {
        Rejection::unacceptable(format!(
            "this issuer is {} ({}), which Alter accepts only through a broker",
            self.name(),
            self.code()
        ))
        .hint(format!(
            "broker it through Auth0, Clerk or Okta: add {} as an enterprise connection there, \
             then use that provider's issuer URL",
            self.name()
        ))
    }
}

/// The shape of a supported provider, which decides the warnings worth printing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Auth0Tenant,
    Auth0CustomDomain,
    OktaOrgServer,
    OktaCustomServer,
    ClerkDevelopment,
    ClerkProduction,
    WorkosUserManagement,
    WorkosSso,
    WorkosAuthkit,
    CustomOidc,
}

impl Flavor {
    pub fn provider_type(self) -> ProviderType {
        match self {
            Self::Auth0Tenant | Self::Auth0CustomDomain => ProviderType::Auth0,
            Self::OktaOrgServer | Self::OktaCustomServer => ProviderType::Okta,
            Self::ClerkDevelopment | Self::ClerkProduction => ProviderType::Clerk,
            Self::WorkosUserManagement | Self::WorkosSso | Self::WorkosAuthkit => ProviderType::Workos,
            Self::CustomOidc => ProviderType::CustomOidc,
        }
    }
}

/// Brokered providers recognisable from the issuer URL alone, so they are refused before any
/// request is sent.
pub fn brokered_by_url(issuer: &Url) -> Option<Brokered> {
    let host = host_of(issuer);
    let segments: Vec<&str> = issuer.path_segments().map(|s| s.collect()).unwrap_or_default();
    if segments.windows(2).any(|w| w[0] == "realms" && !w[1].is_empty()) {
        return Some(Brokered::Keycloak);
    }
    let entra_hosts = [
        "login.microsoftonline.com",
        "login.microsoftonline.us",
        "login.partner.microsoftonline.cn",
        "sts.windows.net",
        // Older and alternative Entra authority hosts, not in the table but the same service.
        "login.windows.net",
        "login.microsoft.com",
        "login-us.microsoftonline.com",
        "login.microsoftonline.de",
        "login.chinacloudapi.cn",
    ];
    if entra_hosts.contains(&host.as_str()) || is_under(&host, "b2clogin.com") || is_under(&host, "ciamlogin.com") {
        return Some(Brokered::EntraId);
    }
    // Also the FIPS endpoints (`cognito-idp-fips.<region>.amazonaws.com`).
    if host.starts_with("cognito-idp") && host.ends_with(".amazonaws.com") {
        return Some(Brokered::Cognito);
    }
    if host == "accounts.google.com" {
        return Some(Brokered::Google);
    }
    if host == "securetoken.google.com" {
        return Some(Brokered::Firebase);
    }
    if is_under(&host, "supabase.co") || is_under(&host, "supabase.in") {
        return Some(Brokered::Supabase);
    }
    None
}

/// Brokered providers behind custom domains, recognised by their discovery documents.
pub fn brokered_by_document(issuer: &str, document: &Value) -> Option<Brokered> {
    let keycloak_prefix = format!("{}/protocol/openid-connect/", issuer.trim_end_matches('/'));
    if endpoint_urls(document).any(|u| u.starts_with(&keycloak_prefix)) {
        return Some(Brokered::Keycloak);
    }
    // Azure AD B2C behind a custom domain keeps its `<tenant>.onmicrosoft.com` policy paths.
    let b2c = |u: &str| {
        u.contains(".onmicrosoft.com/") || Url::parse(u).is_ok_and(|u| is_under(&host_of(&u), "b2clogin.com"))
    };
    if ["tenant_region_scope", "cloud_instance_name", "msgraph_host"].iter().any(|key| document.get(key).is_some())
        || endpoint_urls(document).any(b2c)
    {
        return Some(Brokered::EntraId);
    }
    let on_cognito = |u: &str| Url::parse(u).is_ok_and(|u| is_under(&host_of(&u), "amazoncognito.com"));
    if endpoint_urls(document).any(on_cognito) {
        return Some(Brokered::Cognito);
    }
    None
}

/// Detects the provider of an issuer whose discovery document was fetched. Brokered providers
/// come back as `Err`.
pub fn detect(issuer: &Url, issuer_text: &str, document: &Value) -> Result<Flavor, Brokered> {
    if let Some(brokered) = brokered_by_url(issuer).or_else(|| brokered_by_document(issuer_text, document)) {
        return Err(brokered);
    }
    Ok(flavor_by_url(issuer).or_else(|| flavor_by_document(issuer, document)).unwrap_or(Flavor::CustomOidc))
}

fn flavor_by_url(issuer: &Url) -> Option<Flavor> {
    let host = host_of(issuer);
    let path = issuer.path().trim_end_matches('/');
    if is_under(&host, "auth0.com") {
        return Some(Flavor::Auth0Tenant);
    }
    if ["okta.com", "okta-emea.com", "oktapreview.com"].iter().any(|d| is_under(&host, d)) {
        return Some(okta_server(path));
    }
    if is_under(&host, "clerk.accounts.dev") {
        return Some(Flavor::ClerkDevelopment);
    }
    if host.starts_with("clerk.") {
        return Some(Flavor::ClerkProduction);
    }
    if host == "api.workos.com" {
        if path.starts_with("/user_management/") {
            return Some(Flavor::WorkosUserManagement);
        }
        if path.starts_with("/sso/") {
            return Some(Flavor::WorkosSso);
        }
    }
    if is_under(&host, "authkit.app") {
        return Some(Flavor::WorkosAuthkit);
    }
    None
}

fn flavor_by_document(issuer: &Url, document: &Value) -> Option<Flavor> {
    if is_auth0_document(document) {
        return Some(Flavor::Auth0CustomDomain);
    }
    if string_array(document, "response_modes_supported").any(|m| m == "okta_post_message") {
        return Some(okta_server(issuer.path().trim_end_matches('/')));
    }
    None
}

/// Auth0 documents carry a non-standard MFA endpoint, Auth0's registration and device paths and
/// its `identities`/`created_at` scopes; two independent signals avoid false positives.
fn is_auth0_document(document: &Value) -> bool {
    let ends = |key: &str, suffix: &str| document.get(key).and_then(Value::as_str).is_some_and(|u| u.ends_with(suffix));
    let scopes: Vec<&str> =
        string_array(document, "scopes_supported").chain(string_array(document, "claims_supported")).collect();
    let signals = [
        document.get("mfa_challenge_endpoint").is_some(),
        ends("device_authorization_endpoint", "/oauth/device/code"),
        ends("registration_endpoint", "/oidc/register"),
        scopes.contains(&"identities") && scopes.contains(&"created_at"),
    ];
    signals.iter().filter(|s| **s).count() >= 2
}

fn okta_server(path: &str) -> Flavor {
    match path.strip_prefix("/oauth2/") {
        Some(id) if !id.is_empty() => Flavor::OktaCustomServer,
        _ => Flavor::OktaOrgServer,
    }
}

fn endpoint_urls(document: &Value) -> impl Iterator<Item = &str> {
    ["authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint"]
        .into_iter()
        .filter_map(|key| document.get(key).and_then(Value::as_str))
}

fn string_array<'a>(document: &'a Value, key: &str) -> impl Iterator<Item = &'a str> {
    document.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
}

fn host_of(url: &Url) -> String {
    url.host_str().unwrap_or_default().trim_end_matches('.').to_ascii_lowercase()
}

/// `host` is `domain` or a subdomain of it.
fn is_under(host: &str, domain: &str) -> bool {
    host == domain || host.strip_suffix(domain).is_some_and(|rest| rest.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn by_url(s: &str) -> Result<Flavor, Brokered> {
        detect(&url(s), s, &json!({}))
    }

    #[test]
    fn brokered_issuers_by_url() {
        for (issuer, expected) in [
            ("https://sso.example.com/realms/acme", Brokered::Keycloak),
            ("https://sso.example.com/auth/realms/acme", Brokered::Keycloak),
            ("http://localhost:8080/realms/master", Brokered::Keycloak),
            ("https://login.microsoftonline.com/9a95/v2.0", Brokered::EntraId),
            ("https://login.microsoftonline.us/9a95/v2.0", Brokered::EntraId),
            ("https://login.partner.microsoftonline.cn/t/v2.0", Brokered::EntraId),
            ("https://sts.windows.net/9a95/", Brokered::EntraId),
            ("https://login.windows.net/9a95/v2.0", Brokered::EntraId),
            ("https://login.chinacloudapi.cn/9a95/v2.0", Brokered::EntraId),
            ("https://cognito-idp-fips.us-east-1.amazonaws.com/us-east-1_abc", Brokered::Cognito),
            ("https://contoso.b2clogin.com/guid/v2.0/", Brokered::EntraId),
            ("https://contoso.ciamlogin.com/guid/v2.0", Brokered::EntraId),
            ("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc", Brokered::Cognito),
            ("https://accounts.google.com", Brokered::Google),
            ("https://securetoken.google.com/my-project", Brokered::Firebase),
            ("https://abcd.supabase.co/auth/v1", Brokered::Supabase),
            ("https://abcd.supabase.in/auth/v1", Brokered::Supabase),
        ] {
            assert_eq!(by_url(issuer), Err(expected), "{issuer}");
        }
    }

    #[test]
    fn supported_issuers_by_url() {
        for (issuer, expected) in [
            ("https://dev-abc.us.auth0.com/", Flavor::Auth0Tenant),
            ("https://dev-abc.eu.auth0.com/", Flavor::Auth0Tenant),
            ("https://acme.auth0.com/", Flavor::Auth0Tenant),
            ("https://acme.okta.com", Flavor::OktaOrgServer),
            ("https://acme.okta.com/oauth2/default", Flavor::OktaCustomServer),
            ("https://acme.okta-emea.com/oauth2/aus123", Flavor::OktaCustomServer),
            ("https://dev-1.oktapreview.com", Flavor::OktaOrgServer),
            ("https://merry-goblin-20.clerk.accounts.dev", Flavor::ClerkDevelopment),
            ("https://clerk.example.com", Flavor::ClerkProduction),
            ("https://api.workos.com/user_management/client_01ABC", Flavor::WorkosUserManagement),
            ("https://api.workos.com/sso/conn_01ABC", Flavor::WorkosSso),
            ("https://fearless-network-26.authkit.app", Flavor::WorkosAuthkit),
            ("https://gitlab.com", Flavor::CustomOidc),
            ("https://notauth0.com", Flavor::CustomOidc),
            ("https://auth0.com.evil.example", Flavor::CustomOidc),
        ] {
            assert_eq!(by_url(issuer), Ok(expected), "{issuer}");
        }
    }

    #[test]
    fn fingerprints_find_custom_domains() {
        let auth0 = json!({"mfa_challenge_endpoint": "https://login.acme.com/mfa/challenge",
                           "registration_endpoint": "https://login.acme.com/oidc/register"});
        assert_eq!(
            detect(&url("https://login.acme.com"), "https://login.acme.com", &auth0),
            Ok(Flavor::Auth0CustomDomain)
        );
        let one_signal = json!({"registration_endpoint": "https://x.example/oidc/register"});
        assert_eq!(detect(&url("https://x.example"), "https://x.example", &one_signal), Ok(Flavor::CustomOidc));

        let okta = json!({"response_modes_supported": ["query", "okta_post_message"]});
        assert_eq!(
            detect(&url("https://id.acme.com/oauth2/default"), "https://id.acme.com/oauth2/default", &okta),
            Ok(Flavor::OktaCustomServer)
        );
        assert_eq!(detect(&url("https://id.acme.com"), "https://id.acme.com", &okta), Ok(Flavor::OktaOrgServer));

        let keycloak = json!({"jwks_uri": "https://id.acme.com/protocol/openid-connect/certs"});
        assert_eq!(detect(&url("https://id.acme.com"), "https://id.acme.com", &keycloak), Err(Brokered::Keycloak));
        let b2c =
            json!({"jwks_uri": "https://login.contoso.com/contoso.onmicrosoft.com/discovery/v2.0/keys?p=b2c_1_signin"});
        assert_eq!(
            detect(&url("https://login.contoso.com/t/v2.0/"), "https://login.contoso.com/t/v2.0/", &b2c),
            Err(Brokered::EntraId)
        );
        let entra = json!({"tenant_region_scope": "NA"});
        assert_eq!(detect(&url("https://login.acme.com"), "https://login.acme.com", &entra), Err(Brokered::EntraId));
        let cognito =
            json!({"authorization_endpoint": "https://acme.auth.eu-west-1.amazoncognito.com/oauth2/authorize"});
        assert_eq!(detect(&url("https://id.acme.com"), "https://id.acme.com", &cognito), Err(Brokered::Cognito));
    }

    #[test]
    fn brokered_rejection_names_the_way_out() {
        let r = Brokered::Keycloak.rejection();
        assert!(r.message.contains("Keycloak (keycloak)"));
        assert!(r.hints[0].contains("Auth0, Clerk or Okta"));
        assert_eq!(Brokered::from_code("entra_id"), Some(Brokered::EntraId));
    }
}
