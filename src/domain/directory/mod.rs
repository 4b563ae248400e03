//! Directory-import credential rules per provider (PROVIDERS.md section 6): which inputs each
//! provider type needs, and the shape checks made before anything is sent (an Auth0 domain is a
//! host, a Clerk key is the Secret key, an Okta key is a private JWK and its URL the org URL).

mod credential;

pub use credential::{CheckedInputs, CredentialInputs};

use super::model::ProviderType;
use super::Rejection;
use serde_json::{Map, Value};

/// The flags of `set-credential` that carry a credential, and which provider types use each.
pub const FLAGS: &[(&str, &[ProviderType])] = &[
    ("--domain", &[ProviderType::Auth0]),
    ("--client-id", &[ProviderType::Auth0, ProviderType::Okta]),
    ("--client-secret", &[ProviderType::Auth0]),
    ("--secret-key", &[ProviderType::Clerk]),
    ("--org-url", &[ProviderType::Okta]),
    ("--private-key", &[ProviderType::Okta]),
    ("--kid", &[ProviderType::Okta]),
];

/// The flags a provider type needs (all of them), as the user would type them.
pub fn required_flags(provider: ProviderType) -> &'static [&'static str] {
    match provider {
        ProviderType::Auth0 => &["--domain", "--client-id", "--client-secret"],
        ProviderType::Clerk => &["--secret-key"],
        ProviderType::Okta => &["--org-url", "--client-id", "--private-key"],
        ProviderType::Workos | ProviderType::CustomOidc => &[],
    }
}

/// Directory sync exists only where the provider has a management API Alter reads.
pub fn check_supported(provider: ProviderType) -> Result<(), Rejection> {
    let why = match provider {
        ProviderType::Auth0 | ProviderType::Clerk | ProviderType::Okta => return Ok(()),
        ProviderType::Workos => "directory sync is not available for WorkOS identity providers",
        ProviderType::CustomOidc => {
            "directory sync is not available for custom OIDC identity providers: OIDC defines no management API to read a directory from"
        }
    };
    Err(Rejection::unacceptable(why).hint(
        "use webhooks instead, so deletions and deactivations reach Alter: `alter idp webhook enable` (users are still provisioned on first sign-in)",
    ))
}

/// Flags of two provider types at once (`--secret-key` with `--domain`) are refused, naming
/// both, before anything is read or sent: no identity provider takes both.
pub fn check_one_provider(given: &[&str]) -> Result<(), Rejection> {
    let owners = |flag: &str| FLAGS.iter().find(|(name, _)| *name == flag).map(|(_, types)| *types).unwrap_or_default();
    let names = |types: &[ProviderType]| types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join("/");
    for (i, first) in given.iter().enumerate() {
        for second in &given[i + 1..] {
            let (a, b) = (owners(first), owners(second));
            if !a.iter().any(|t| b.contains(t)) {
                return Err(Rejection::bad_input(format!(
                    "{first} ({}) and {second} ({}) are for different providers: no identity provider takes both",
                    names(a),
                    names(b)
                ))
                .hint(
                    "pass only the flags of the app's provider: ".to_owned()
                        + &[ProviderType::Auth0, ProviderType::Clerk, ProviderType::Okta]
                            .map(|p| format!("{p}: {}", describe(p)))
                            .join("; "),
                ));
            }
        }
    }
    Ok(())
}

/// Checks the set of flags given (`given`, as typed) against what `provider` needs: flags of
/// another provider type are named, then missing ones.
pub fn check_flags(provider: ProviderType, given: &[&str]) -> Result<(), Rejection> {
    let required = required_flags(provider);
    let usage = format!("{provider} needs {}", describe(provider));
    let foreign: Vec<&str> = given
        .iter()
        .copied()
        .filter(|flag| FLAGS.iter().any(|(name, types)| name == flag && !types.contains(&provider)))
        .collect();
    if !foreign.is_empty() {
        let owners: Vec<String> = foreign
            .iter()
            .map(|flag| {
                let types = FLAGS.iter().find(|(name, _)| name == flag).map(|(_, t)| *t).unwrap_or_default();
                let names: Vec<&str> = types.iter().map(|t| t.as_str()).collect();
                format!("{flag} ({})", names.join("/"))
            })
            .collect();
        return Err(Rejection::bad_input(format!(
            "this identity provider is {provider}, and {} {} not for {provider}",
            owners.join(", "),
            if foreign.len() == 1 { "is" } else { "are" },
        ))
        .hint(usage));
    }
    let missing: Vec<&str> = required.iter().copied().filter(|flag| !given.contains(flag)).collect();
    if !missing.is_empty() {
        return Err(Rejection::bad_input(format!(
            "missing {} for this {provider} identity provider",
            missing.join(", ")
        ))
        .hint(usage)
        .hint(where_to_find(provider)));
    }
    Ok(())
}

fn describe(provider: ProviderType) -> &'static str {
    match provider {
        ProviderType::Auth0 => "--domain HOST --client-id ID --client-secret -|@PATH|VALUE",
        ProviderType::Clerk => "--secret-key -|@PATH|VALUE (the Secret key, sk_live_... or sk_test_...)",
        ProviderType::Okta => "--org-url URL --client-id ID --private-key @JWK_PATH|- [--kid KEY_ID]",
        ProviderType::Workos | ProviderType::CustomOidc => "no credential (directory sync is not available)",
    }
}

/// Where the credential comes from at the provider (the admin guide's walkthrough, condensed).
pub fn where_to_find(provider: ProviderType) -> &'static str {
    match provider {
        ProviderType::Auth0 => "in Auth0: Applications > Create Application > Machine to Machine, authorize it for the Auth0 Management API with only read:users, then copy Domain, Client ID and Client Secret from its Settings tab",
        ProviderType::Clerk => "in Clerk: Configure > API keys > copy the Secret key (sk_live_... in production, sk_test_... in development)",
        ProviderType::Okta => "in Okta: an API Services app with Public key / Private key client authentication (copy the private key as JWK), the okta.users.read and okta.groups.read scopes, and the Read-only Administrator role",
        ProviderType::Workos | ProviderType::CustomOidc => "directory sync is not available: use `alter idp webhook enable`",
    }
}

/// The Auth0 tenant domain, as a host. `https://acme.us.auth0.com` (an issuer, with or without
/// its trailing `/`) is reduced to its host; any path, query or port is refused.
pub fn auth0_domain(input: &str) -> Result<String, Rejection> {
    let input = input.trim();
    let fix =
        "pass the tenant domain only, e.g. --domain acme.us.auth0.com (Auth0: the application's Settings tab, Domain)";
    let host = if input.contains("://") {
        let url = url::Url::parse(input).map_err(|err| {
            Rejection::bad_input(format!("--domain `{input}` is not a host or a URL ({err})")).hint(fix)
        })?;
        if url.scheme() != "https" {
            return Err(Rejection::bad_input(format!("--domain `{input}` is not an https URL")).hint(fix));
        }
        if url.path() != "/" && !url.path().is_empty() {
            return Err(Rejection::bad_input(format!(
                "--domain `{input}` has a path (`{}`); Auth0 wants the tenant domain, a host",
                url.path()
            ))
            .hint(format!("use --domain {}", url.host_str().unwrap_or("acme.us.auth0.com"))));
        }
        if url.query().is_some() || url.fragment().is_some() || url.port().is_some() || !url.username().is_empty() {
            return Err(Rejection::bad_input(format!("--domain `{input}` is more than a host"))
                .hint(format!("use --domain {}", url.host_str().unwrap_or("acme.us.auth0.com"))));
        }
        url.host_str().unwrap_or_default().to_owned()
    } else {
        if let Some((host, rest)) = input.split_once('/') {
            return Err(Rejection::bad_input(format!(
                "--domain `{input}` has a path (`/{rest}`); Auth0 wants the tenant domain, a host"
            ))
            .hint(format!("use --domain {host}")));
        }
        input.to_ascii_lowercase()
    };
    let valid_label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if host.len() > 253 || !host.contains('.') || !host.split('.').all(valid_label) {
        return Err(Rejection::bad_input(format!("--domain `{input}` is not a host name")).hint(fix));
    }
    Ok(host)
}

/// A Clerk Secret key: `sk_live_...` or `sk_test_...`; a publishable `pk_...` key is refused.
pub fn check_clerk_secret_key(key: &str) -> Result<(), Rejection> {
    let where_ = "copy the Secret key from the Clerk dashboard: Configure > API keys (sk_live_... on production instances, sk_test_... in development)";
    if key.starts_with("pk_") {
        return Err(Rejection::bad_input(
            "--secret-key is a Clerk publishable key (pk_...); directory sync needs the Secret key (sk_live_... or sk_test_...)",
        )
        .hint(where_));
    }
    let body = key.strip_prefix("sk_live_").or_else(|| key.strip_prefix("sk_test_"));
    match body {
        Some(rest) if !rest.is_empty() && !rest.chars().any(|c| c.is_whitespace() || c.is_control()) => Ok(()),
        Some(_) => Err(Rejection::bad_input(
            "--secret-key is not a whole Clerk Secret key (empty, or with spaces or line breaks)",
        )
        .hint(where_)),
        None => {
            Err(Rejection::bad_input("--secret-key is not a Clerk Secret key: it starts with sk_live_ or sk_test_")
                .hint(where_))
        }
    }
}

/// A client id (Auth0 or Okta): one token, no spaces.
pub fn check_client_id(id: &str) -> Result<(), Rejection> {
    if id.is_empty() || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Rejection::bad_input(format!(
            "--client-id `{}` is not a client id (empty, or with spaces)",
            id.trim()
        ))
        .hint("copy the Client ID from the management application's settings"));
    }
    Ok(())
}

/// An Auth0 client secret: anything but whitespace or control characters.
pub fn check_client_secret(secret: &str) -> Result<(), Rejection> {
    if secret.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Rejection::bad_input("--client-secret contains spaces or line breaks")
            .hint("copy the Client Secret from the Auth0 application's Settings tab; a file given with @path may end in one newline, nothing else"));
    }
    Ok(())
}

/// The Okta org URL, `https://<org>.okta.com`, normalised to have no trailing `/`. An
/// authorization-server issuer (`.../oauth2/...`) or the admin console URL is refused with the
/// org URL to use instead.
pub fn okta_org_url(input: &str) -> Result<String, Rejection> {
    let input = input.trim();
    let fix = "pass the org URL, e.g. --org-url https://acme.okta.com";
    let url = url::Url::parse(input).map_err(|err| {
        let hint = if input.contains("://") { fix.to_owned() } else { format!("use --org-url https://{input}") };
        Rejection::bad_input(format!("--org-url `{input}` is not a URL ({err})")).hint(hint)
    })?;
    let host = url.host_str().unwrap_or_default().to_owned();
    let mut origin = format!("https://{host}");
    if let Some(port) = url.port() {
        origin.push_str(&format!(":{port}"));
    }
    if url.scheme() != "https" {
        return Err(
            Rejection::bad_input(format!("--org-url `{input}` is not https")).hint(format!("use --org-url {origin}"))
        );
    }
    let path = url.path();
    if path.starts_with("/oauth2") {
        return Err(Rejection::bad_input(format!(
            "--org-url `{input}` is an authorization server's issuer, not the Okta org URL"
        ))
        .hint(format!("use --org-url {origin} (the same URL without `{path}`)")));
    }
    if !path.is_empty() && path != "/" {
        return Err(Rejection::bad_input(format!("--org-url `{input}` has a path (`{path}`); the org URL has none"))
            .hint(format!("use --org-url {origin}")));
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(Rejection::bad_input(format!("--org-url `{input}` is more than an org URL"))
            .hint(format!("use --org-url {origin}")));
    }
    if let Some((label, domain)) = host.split_once('.') {
        if let Some(org) = label.strip_suffix("-admin") {
            if domain.starts_with("okta") {
                return Err(Rejection::bad_input(format!("--org-url `{input}` is the Okta admin console"))
                    .hint(format!("use the org URL: --org-url https://{org}.{domain}")));
            }
        }
    }
    Ok(origin)
}

/// A checked Okta private key: the JWK object to send, and the key id to send beside it (only
/// when the JWK has none of its own).
#[derive(Clone, PartialEq)]
pub struct OktaKey {
    pub jwk: Map<String, Value>,
    pub key_id: Option<String>,
}

/// Never shows the key itself, only that there is one.
impl std::fmt::Debug for OktaKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OktaKey").field("jwk", &"***").field("key_id", &self.key_id).finish()
    }
}

/// Checks the text given as `--private-key` (and `--kid`): a JWK (JSON object) with its private
/// parts; a JWK set holding exactly one key is unwrapped. Errors never include the key.
pub fn okta_private_key(text: &str, kid_flag: Option<&str>) -> Result<OktaKey, Rejection> {
    let download = "in Okta: the API Services app > General > Client Credentials > Edit > Public key / Private key > Add key > Generate new key, then copy the private key in JWK (JSON) format (Okta shows it only once)";
    let text = text.trim();
    if text.starts_with("-----BEGIN") {
        return Err(Rejection::bad_input(
            "--private-key is a PEM key; Alter needs the private key as a JWK (JSON)",
        )
        .hint("convert it to a JWK (e.g. `npx pem-jwk key.pem > key.json`, or `step crypto key format --jwk < key.pem`), or copy the JWK from Okta")
        .hint(download));
    }
    let value: Value = serde_json::from_str(text).map_err(|err| {
        Rejection::bad_input(format!(
            "--private-key is not JSON (line {}, column {}); Alter needs the private key as a JWK",
            err.line(),
            err.column()
        ))
        .hint("pass the JWK file with --private-key @path (or - for stdin)")
        .hint(download)
    })?;
    let jwk = match value {
        Value::Object(mut map) if map.contains_key("keys") => match map.remove("keys") {
            Some(Value::Array(mut keys)) if keys.len() == 1 => match keys.remove(0) {
                Value::Object(key) => key,
                _ => return Err(Rejection::bad_input("--private-key is a JWK set whose key is not a JSON object")),
            },
            Some(Value::Array(keys)) => {
                return Err(Rejection::bad_input(format!(
                    "--private-key is a JWK set with {} keys; Alter needs the one private key",
                    keys.len()
                ))
                .hint("save the single private JWK (the object with \"d\") to its own file"))
            }
            _ => return Err(Rejection::bad_input("--private-key has a `keys` field that is not a list of JWKs")),
        },
        Value::Object(map) => map,
        _ => {
            return Err(Rejection::bad_input("--private-key is JSON but not a JWK (a JSON object)").hint(download));
        }
    };
    let has = |k: &str| jwk.get(k).and_then(Value::as_str).is_some_and(|v| !v.is_empty());
    let kty = jwk.get("kty").and_then(Value::as_str).unwrap_or_default();
    let (needed, private): (&[&str], &[&str]) = match kty {
        "RSA" => (&["n", "e"], &["d", "p", "q"]),
        "EC" => (&["crv", "x", "y"], &["d"]),
        "" => return Err(Rejection::bad_input("--private-key is not a JWK: it has no \"kty\"").hint(download)),
        other => {
            return Err(Rejection::bad_input(format!(
                "--private-key is a `{other}` JWK; Okta client authentication uses an RSA or EC key pair"
            ))
            .hint(download))
        }
    };
    let missing_public: Vec<&str> = needed.iter().copied().filter(|k| !has(k)).collect();
    if !missing_public.is_empty() {
        return Err(Rejection::bad_input(format!(
            "--private-key is an incomplete {kty} JWK (no {})",
            quoted(&missing_public)
        ))
        .hint(download));
    }
    if !has("d") {
        return Err(Rejection::bad_input(
            "--private-key is a public-only JWK (no \"d\"): Okta needs the private key to sign Alter's requests",
        )
        .hint("the public key is what Okta keeps; the private key is shown only when it is generated, so generate a new key if it was not saved")
        .hint(download));
    }
    let missing_private: Vec<&str> = private.iter().copied().filter(|k| !has(k)).collect();
    if !missing_private.is_empty() {
        return Err(Rejection::bad_input(format!(
            "--private-key is an RSA JWK without its private parts {}",
            quoted(&missing_private)
        ))
        .hint(download));
    }
    let own_kid = jwk.get("kid").and_then(Value::as_str).filter(|k| !k.trim().is_empty());
    let key_id = match (own_kid, kid_flag.map(str::trim)) {
        (Some(own), Some(_)) => {
            return Err(Rejection::bad_input(format!(
                "the JWK already has its key id (\"kid\": \"{own}\"), so --kid is not used"
            ))
            .hint("drop --kid"))
        }
        (Some(_), None) => None,
        (None, Some(kid)) if !kid.is_empty() && !kid.chars().any(char::is_whitespace) => Some(kid.to_owned()),
        (None, Some(_)) => return Err(Rejection::bad_input("--kid is empty or has spaces")),
        (None, None) => return Err(Rejection::bad_input(
            "the JWK has no \"kid\", so Okta cannot tell which key signed",
        )
        .hint(
            "pass the key's id with --kid KEY_ID (Okta: the app's Client Credentials, the KID column next to the key)",
        )),
    };
    Ok(OktaKey { jwk, key_id })
}

fn quoted(keys: &[&str]) -> String {
    keys.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rejection::RejectionKind;

    const RSA: &str = r#"{"kty":"RSA","kid":"k1","n":"nnn","e":"AQAB","d":"ddd","p":"ppp","q":"qqq"}"#;

    #[test]
    fn only_auth0_clerk_and_okta_have_directory_sync() {
        for p in [ProviderType::Auth0, ProviderType::Clerk, ProviderType::Okta] {
            assert!(check_supported(p).is_ok(), "{p}");
        }
        for p in [ProviderType::Workos, ProviderType::CustomOidc] {
            let err = check_supported(p).unwrap_err();
            assert_eq!(err.kind, RejectionKind::Unacceptable);
            assert!(err.hints[0].contains("alter idp webhook enable"), "{p}");
        }
    }

    #[test]
    fn flags_are_checked_against_the_provider_type() {
        assert!(check_flags(ProviderType::Clerk, &["--secret-key"]).is_ok());
        assert!(check_flags(ProviderType::Okta, &["--org-url", "--client-id", "--private-key", "--kid"]).is_ok());
        let err = check_flags(ProviderType::Clerk, &["--secret-key", "--domain", "--client-id"]).unwrap_err();
        assert!(err.message.contains("is clerk") && err.message.contains("--domain (auth0)"), "{}", err.message);
        assert!(err.message.contains("--client-id (auth0/okta)"), "{}", err.message);
        assert!(err.hints[0].contains("--secret-key"));
        let err = check_flags(ProviderType::Auth0, &["--domain"]).unwrap_err();
        assert!(err.message.contains("missing --client-id, --client-secret"), "{}", err.message);
        assert!(check_flags(ProviderType::Auth0, &["--kid"]).unwrap_err().message.contains("--kid (okta)"));
    }

    #[test]
    fn flags_of_two_providers_are_refused_naming_both() {
        assert!(check_one_provider(&["--domain", "--client-id", "--client-secret"]).is_ok());
        assert!(check_one_provider(&["--org-url", "--client-id", "--private-key", "--kid"]).is_ok());
        assert!(check_one_provider(&[]).is_ok());
        let err = check_one_provider(&["--domain", "--secret-key"]).unwrap_err();
        assert_eq!(err.kind, RejectionKind::BadInput);
        assert!(
            err.message.starts_with("--domain (auth0) and --secret-key (clerk) are for different"),
            "{}",
            err.message
        );
        assert!(err.hints[0].contains("clerk: --secret-key"), "{:?}", err.hints);
        let err = check_one_provider(&["--client-id", "--secret-key"]).unwrap_err();
        assert!(err.message.contains("--client-id (auth0/okta) and --secret-key (clerk)"), "{}", err.message);
        assert!(check_one_provider(&["--client-secret", "--private-key"]).is_err());
    }

    #[test]
    fn auth0_domain_is_a_host() {
        assert_eq!(auth0_domain("acme.us.auth0.com").unwrap(), "acme.us.auth0.com");
        assert_eq!(auth0_domain("https://acme.us.auth0.com/").unwrap(), "acme.us.auth0.com");
        assert_eq!(auth0_domain(" https://Acme.us.auth0.com ").unwrap(), "acme.us.auth0.com");
        assert_eq!(auth0_domain("ACME.auth0.com").unwrap(), "acme.auth0.com");
        let err = auth0_domain("https://acme.us.auth0.com/api/v2/").unwrap_err();
        assert!(err.message.contains("path") && err.hints[0] == "use --domain acme.us.auth0.com");
        assert!(auth0_domain("acme.us.auth0.com/oauth").unwrap_err().hints[0].contains("--domain acme.us.auth0.com"));
        assert!(auth0_domain("http://acme.us.auth0.com").is_err());
        assert!(auth0_domain("https://acme.us.auth0.com:8443").is_err());
        assert!(auth0_domain("https://acme.us.auth0.com/?x=1").is_err());
        assert!(auth0_domain("acme").is_err());
        assert!(auth0_domain("acme us.auth0.com").is_err());
        assert!(auth0_domain("").is_err());
    }

    #[test]
    fn clerk_needs_the_secret_key() {
        assert!(check_clerk_secret_key("sk_live_abc").is_ok());
        assert!(check_clerk_secret_key("sk_test_abc").is_ok());
        let err = check_clerk_secret_key("pk_live_abc").unwrap_err();
        assert!(err.message.contains("publishable") && err.message.contains("sk_live_"));
        assert!(err.hints[0].contains("API keys"));
        assert!(check_clerk_secret_key("sk_live_").is_err());
        assert!(check_clerk_secret_key("sk_live_a b").is_err());
        assert!(check_clerk_secret_key("whsec_abc").unwrap_err().message.contains("sk_live_ or sk_test_"));
    }

    #[test]
    fn okta_org_url_is_the_org_not_an_issuer() {
        assert_eq!(okta_org_url("https://acme.okta.com").unwrap(), "https://acme.okta.com");
        assert_eq!(okta_org_url("https://acme.okta.com/").unwrap(), "https://acme.okta.com");
        assert_eq!(okta_org_url("https://login.acme.example").unwrap(), "https://login.acme.example");
        let err = okta_org_url("https://acme.okta.com/oauth2/default").unwrap_err();
        assert!(err.message.contains("issuer"));
        assert_eq!(err.hints[0], "use --org-url https://acme.okta.com (the same URL without `/oauth2/default`)");
        assert!(
            okta_org_url("https://acme.okta.com/oauth2/aus1/").unwrap_err().hints[0].contains("https://acme.okta.com ")
        );
        assert!(okta_org_url("https://acme.okta.com/app/x").unwrap_err().message.contains("path"));
        assert!(okta_org_url("http://acme.okta.com").unwrap_err().hints[0].contains("https://acme.okta.com"));
        assert_eq!(okta_org_url("acme.okta.com").unwrap_err().hints[0], "use --org-url https://acme.okta.com");
        let admin = okta_org_url("https://acme-admin.okta.com").unwrap_err();
        assert!(admin.message.contains("admin console") && admin.hints[0].contains("https://acme.okta.com"));
    }

    #[test]
    fn okta_key_is_a_private_jwk() {
        let key = okta_private_key(RSA, None).unwrap();
        assert_eq!((key.jwk["kid"].as_str(), key.key_id), (Some("k1"), None));
        let no_kid = r#"{"kty":"EC","crv":"P-256","x":"x","y":"y","d":"d"}"#;
        assert_eq!(okta_private_key(no_kid, Some("kid-9")).unwrap().key_id.as_deref(), Some("kid-9"));
        assert!(okta_private_key(no_kid, None).unwrap_err().hints[0].contains("--kid"));
        assert!(okta_private_key(RSA, Some("k2")).unwrap_err().message.contains("already has its key id"));
        let set = format!(r#"{{"keys":[{RSA}]}}"#);
        assert_eq!(okta_private_key(&set, None).unwrap().jwk["d"], "ddd");

        let public = r#"{"kty":"RSA","kid":"k1","n":"nnn","e":"AQAB"}"#;
        assert!(okta_private_key(public, None).unwrap_err().message.contains("public-only"));
        let no_pq = r#"{"kty":"RSA","kid":"k1","n":"nnn","e":"AQAB","d":"ddd"}"#;
        assert!(okta_private_key(no_pq, None).unwrap_err().message.contains("\"p\", \"q\""));
        let pem = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";
        let err = okta_private_key(pem, None).unwrap_err();
        assert!(err.message.contains("PEM") && err.hints[0].contains("convert it to a JWK"));
        assert!(okta_private_key("key.json", None).unwrap_err().hints[0].contains("@path"));
        assert!(okta_private_key("[1]", None).is_err());
        assert!(okta_private_key(r#"{"kty":"oct","k":"abc","kid":"1"}"#, None).unwrap_err().message.contains("oct"));
        let err = okta_private_key(r#"{"kty":"RSA","d":"secret-d-value"}"#, None).unwrap_err();
        assert!(!err.message.contains("secret-d-value"));
    }

    #[test]
    fn ids_and_secrets_have_no_spaces() {
        assert!(check_client_id("0oa123").is_ok());
        assert!(check_client_id("0oa 123").is_err());
        assert!(check_client_secret("abc").is_ok());
        assert!(check_client_secret("abc\ndef").is_err());
    }
}
