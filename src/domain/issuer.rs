//! Issuer URL rules (PROVIDERS.md section 1, OIDC Discovery 1.0 sections 2 and 4.3).

use super::Rejection;
use crate::scrub::remote;
use url::{Host, Url};

const WELL_KNOWN_SUFFIXES: [&str; 2] = ["/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"];
/// Real issuers are well under 200 bytes; browsers and servers cap URLs near 2 KiB.
pub const MAX_ISSUER_URL_BYTES: usize = 2048;
const EXAMPLE: &str = "an issuer looks like https://acme.okta.com or https://dev-abc.us.auth0.com/";

/// An issuer URL as the user typed it. The raw text is kept because issuer matching is by exact
/// string: `Url` would normalise `https://acme.okta.com` to `https://acme.okta.com/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    raw: String,
    url: Url,
}

impl Issuer {
    /// Parses the shape of an issuer URL. The scheme rule is separate (`require_secure_transport`)
    /// so a brokered provider on plain http is refused for what it is, not for its scheme.
    pub fn parse(input: &str) -> Result<Self, Rejection> {
        // Surrounding whitespace (a pasted line's newline) is trimmed; what is left is what is
        // compared and sent. The URL parser silently drops some control characters and escapes
        // the rest, so an issuer with one inside would be checked as one URL and sent as another.
        let raw = input.trim();
        if let Some(c) = raw.chars().find(|c| c.is_control()) {
            return Err(Rejection::bad_input(format!(
                "the issuer URL contains a control character ({}); an issuer URL is one line of printable text",
                c.escape_unicode()
            ))
            .hint(EXAMPLE));
        }
        if raw.is_empty() {
            return Err(Rejection::bad_input("the issuer URL is empty").hint(EXAMPLE));
        }
        // Not echoed: 100 kB of it would bury the message.
        if raw.len() > MAX_ISSUER_URL_BYTES {
            return Err(Rejection::bad_input(format!(
                "the issuer URL is {} bytes long; an issuer URL is at most {MAX_ISSUER_URL_BYTES}",
                raw.len()
            ))
            .hint(EXAMPLE));
        }
        // A password typed into the URL must not come back in an error.
        if has_userinfo(raw) {
            return Err(Rejection::bad_input("the issuer URL must not carry a user name or password")
                .hint("remove the `user:password@` part"));
        }
        if raw.chars().any(char::is_whitespace) {
            return Err(Rejection::bad_input(format!("the issuer URL `{raw}` contains whitespace"))
                .hint("an issuer URL has no spaces: check for a value pasted with its neighbour"));
        }
        let url = Url::parse(raw).map_err(|err| {
            let rejection = Rejection::bad_input(format!("`{raw}` is not an absolute URL ({err})"));
            if raw.contains("://") {
                rejection.hint(EXAMPLE)
            } else {
                rejection.hint(format!("add the scheme: --issuer-url https://{raw}"))
            }
        })?;
        if !matches!(url.scheme(), "https" | "http") {
            return Err(Rejection::bad_input(format!(
                "`{raw}` uses the `{}` scheme; an issuer is an https URL",
                url.scheme()
            ))
            .hint(EXAMPLE));
        }
        if url.host().is_none() {
            return Err(Rejection::bad_input(format!("`{raw}` has no host")).hint(EXAMPLE));
        }
        if let Some(issuer) = issuer_of_well_known(raw, &url) {
            return Err(Rejection::bad_input(format!("`{raw}` is a discovery document URL, not an issuer"))
                .hint(format!("use the issuer itself: --issuer-url {issuer}")));
        }
        if url.query().is_some() || url.fragment().is_some() {
            let bare = raw.split(['?', '#']).next().unwrap_or(raw);
            return Err(Rejection::bad_input("an issuer URL has no query (`?...`) or fragment (`#...`)")
                .hint(format!("use --issuer-url {bare}")));
        }
        Ok(Self { raw: raw.to_owned(), url })
    }

    /// Matching is by exact string, so a URL the parser rewrites (case, default port, `..`,
    /// percent-encoding, IDN) would be checked as one issuer and sent as another. Separate from
    /// `parse` so a brokered provider (Entra's `{tenantid}` issuer) is refused for what it is.
    pub fn require_exact_form(&self) -> Result<(), Rejection> {
        let (raw, parsed) = (&self.raw, self.url.as_str());
        if parsed == raw || (self.url.path() == "/" && parsed.strip_suffix('/') == Some(raw)) {
            return Ok(());
        }
        Err(Rejection::bad_input(format!(
            "the issuer URL `{raw}` does not survive URL parsing unchanged: it reads as `{parsed}`"
        ))
        .hint(format!(
            "give the issuer exactly as its tokens carry it in `iss`; if that is `{parsed}`, use --issuer-url {parsed}"
        )))
    }

    /// https only; plain http is allowed for loopback hosts so local test issuers work.
    pub fn require_secure_transport(&self) -> Result<(), Rejection> {
        if self.url.scheme() == "https" || is_loopback(&self.url) {
            return Ok(());
        }
        let https = self.raw.replacen("http://", "https://", 1);
        Err(Rejection::bad_input(format!(
            "`{}` uses plain http; issuers must use https (http is allowed only for localhost)",
            self.raw
        ))
        .hint(format!("use --issuer-url {https}")))
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    pub fn discovery_url(&self) -> String {
        format!("{}/.well-known/openid-configuration", self.raw.trim_end_matches('/'))
    }

    /// OIDC Discovery 4.3: the document's `issuer` must equal the issuer exactly.
    pub fn check_document_issuer(&self, document_issuer: &str) -> Result<(), Rejection> {
        if document_issuer == self.raw {
            return Ok(());
        }
        let given = &remote(&self.raw);
        let shown = &remote(document_issuer);
        if document_issuer.trim_end_matches('/') == self.raw.trim_end_matches('/') {
            let (theirs, yours) = if document_issuer.ends_with('/') {
                ("with a trailing slash", "without it")
            } else {
                ("without a trailing slash", "with one")
            };
            return Err(Rejection::unacceptable(format!(
                "issuer mismatch: the provider's issuer is `{shown}`, {theirs}, \
                 but `{given}` was given {yours}; tokens carry the provider's exact value in `iss`"
            ))
            .hint(format!("use --issuer-url {shown}")));
        }
        Err(Rejection::unacceptable(format!(
            "issuer mismatch: the discovery document at {} says its issuer is `{shown}`, not `{given}`",
            self.discovery_url()
        ))
        .hint(format!("if `{shown}` is the issuer your tokens carry in `iss`, use --issuer-url {shown}"))
        .hint("a custom domain and the tenant URL are different issuers: use the one your tokens are issued by"))
    }
}

/// Validates a URL the provider published (`jwks_uri`) with the same transport rule as issuers.
pub fn parse_published_url(field: &str, value: &str) -> Result<Url, Rejection> {
    let url = Url::parse(value).map_err(|err| {
        Rejection::unacceptable(format!("the provider's `{field}` `{}` is not a valid URL ({err})", remote(value)))
    })?;
    if url.scheme() == "https" || (url.scheme() == "http" && is_loopback(&url)) {
        Ok(url)
    } else {
        Err(Rejection::unacceptable(format!(
            "the provider's `{field}` `{}` is not an https URL; Alter talks to a provider over https only",
            remote(value)
        ))
        .hint("configure the provider to publish its endpoints over https (plain http is accepted only on localhost)"))
    }
}

/// The rule for every URL a discovery document names that alter will send anything to
/// (`jwks_uri`, the authorization, token, device authorization and userinfo endpoints): https
/// (plain http only on loopback), and, unless the issuer itself is on loopback, never a
/// loopback, link-local, private or `localhost` address: a public document must not make alter
/// carry a code, a PKCE verifier or a client secret into the user's own network.
pub fn published_endpoint(issuer: &Url, field: &str, value: &str) -> Result<Url, Rejection> {
    let url = parse_published_url(field, value)?;
    if is_internal(&url) && !is_loopback(issuer) {
        return Err(Rejection::unacceptable(format!(
            "the provider's `{field}` {url} is on a loopback, link-local or private address, but the issuer is not on this machine: alter does not send anything there"
        ))
        .hint("a public provider publishes its endpoints on a public address; a document pointing elsewhere may be trying to make alter probe your network"));
    }
    Ok(url)
}

pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Loopback, link-local, private (RFC 1918, CGNAT, IPv6 unique-local) or unspecified addresses,
/// and `localhost` names: places on the user's side of the network that a remote document must
/// not send alter to. Names are not resolved: a public name pointing inward is not caught here.
pub fn is_internal(url: &Url) -> bool {
    use std::net::Ipv4Addr;
    let v4 = |ip: Ipv4Addr| {
        let [a, b, ..] = ip.octets();
        ip.is_loopback()
            || ip.is_private()
            || ip.is_link_local()
            || ip.is_unspecified()
            || (a == 100 && (64..128).contains(&b))
    };
    match url.host() {
        Some(Host::Domain(domain)) => {
            let domain = domain.trim_end_matches('.').to_ascii_lowercase();
            domain == "localhost" || domain.ends_with(".localhost")
        }
        Some(Host::Ipv4(ip)) => v4(ip),
        Some(Host::Ipv6(ip)) => {
            let first = ip.segments()[0];
            ip.is_loopback()
                || ip.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || ip.to_ipv4_mapped().is_some_and(v4)
        }
        None => false,
    }
}

/// Why a redirect from `from` to `to` is not followed, if it is not: only to https (or plain
/// http from loopback to loopback), never from https to http, and never from a public host to a
/// loopback, link-local or private address (a public server must not steer alter inward).
pub fn redirect_refusal(from: &Url, to: &Url) -> Option<&'static str> {
    match to.scheme() {
        "https" => {}
        "http" if from.scheme() == "https" => return Some("from https to plain http"),
        "http" if !is_loopback(to) => return Some("to plain http on the network"),
        "http" => {}
        _ => return Some("to a scheme other than https"),
    }
    (is_internal(to) && !is_internal(from)).then_some("from a public host to a loopback, link-local or private address")
}

/// `user@` or `user:password@` before the host, found without parsing so even a URL that does
/// not parse is never echoed with its password.
fn has_userinfo(raw: &str) -> bool {
    let after_scheme = raw.split_once("://").map_or(raw, |(_, rest)| rest);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or(after_scheme);
    authority.contains('@')
}

fn issuer_of_well_known(raw: &str, url: &Url) -> Option<String> {
    let path = url.path().trim_end_matches('/');
    if !path.contains("/.well-known/") && !path.ends_with("/.well-known") {
        return None;
    }
    let without_query = raw.split(['?', '#']).next().unwrap_or(raw);
    let trimmed = without_query.trim_end_matches('/');
    let issuer = WELL_KNOWN_SUFFIXES
        .iter()
        .find_map(|suffix| trimmed.strip_suffix(suffix))
        .or_else(|| trimmed.strip_suffix("/.well-known"))
        .or_else(|| trimmed.split("/.well-known/").next())
        .unwrap_or(trimmed);
    Some(issuer.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rejection::RejectionKind;

    fn reject(input: &str) -> Rejection {
        let checked = Issuer::parse(input).and_then(|i| i.require_exact_form().map(|()| i));
        checked.and_then(|i| i.require_secure_transport().map(|()| i)).unwrap_err()
    }

    #[test]
    fn accepts_https_and_keeps_the_exact_text() {
        let issuer = Issuer::parse(" https://acme.okta.com ").unwrap();
        assert_eq!(issuer.as_str(), "https://acme.okta.com");
        assert_eq!(issuer.discovery_url(), "https://acme.okta.com/.well-known/openid-configuration");
        let auth0 = Issuer::parse("https://dev-abc.us.auth0.com/").unwrap();
        assert_eq!(auth0.discovery_url(), "https://dev-abc.us.auth0.com/.well-known/openid-configuration");
    }

    #[test]
    fn well_known_urls_name_the_issuer() {
        for (input, issuer) in [
            ("https://acme.okta.com/.well-known/openid-configuration", "https://acme.okta.com"),
            ("https://a.us.auth0.com/.well-known/openid-configuration/", "https://a.us.auth0.com"),
            (
                "https://x.okta.com/oauth2/default/.well-known/oauth-authorization-server",
                "https://x.okta.com/oauth2/default",
            ),
            ("https://x.example/.well-known/jwks.json", "https://x.example"),
            ("https://x.example/.well-known", "https://x.example"),
            ("https://x.example/tenant/.well-known/", "https://x.example/tenant"),
        ] {
            let r = reject(input);
            assert_eq!(r.kind, RejectionKind::BadInput);
            assert_eq!(r.hints, vec![format!("use the issuer itself: --issuer-url {issuer}")], "{input}");
        }
    }

    #[test]
    fn refuses_bad_shapes() {
        for input in [
            "",
            "acme.okta.com",
            "ftp://acme.okta.com",
            "https://user:pw@acme.okta.com",
            "https://acme.okta.com?x=1",
            "https://acme.okta.com#frag",
            "http://acme.okta.com",
            "https://",
            "not a url",
        ] {
            assert_eq!(reject(input).kind, RejectionKind::BadInput, "{input}");
        }
        assert_eq!(reject("acme.okta.com").hints, vec!["add the scheme: --issuer-url https://acme.okta.com"]);
        assert_eq!(reject("http://acme.okta.com").hints, vec!["use --issuer-url https://acme.okta.com"]);
    }

    #[test]
    fn control_characters_whitespace_and_rewritten_urls_are_local_input_errors() {
        for input in [
            "http://127.0.0.1:18901\u{0}",
            "https://acme.okta.com/oauth2\ndefault",
            "https://acme.okta.com\u{85}/x",
            "https://acme\u{7f}.okta.com",
            "\u{1b}https://acme.okta.com",
        ] {
            let r = reject(input);
            assert_eq!(r.kind, RejectionKind::BadInput, "{input:?}");
            assert!(r.message.contains("control character"), "{input:?}: {}", r.message);
        }
        assert!(reject("https://acme.okta.com/oauth2/ default").message.contains("whitespace"));
        assert!(reject("https://acme.okta.com/\u{3000}x").message.contains("whitespace"));
        for (input, parsed) in [
            ("https://ACME.okta.com", "https://acme.okta.com/"),
            ("HTTPS://acme.okta.com", "https://acme.okta.com/"),
            ("https://acme.okta.com:443/oauth2", "https://acme.okta.com/oauth2"),
            ("https://acme.okta.com/a/../oauth2", "https://acme.okta.com/oauth2"),
            ("https://acme.okta.com/ü", "https://acme.okta.com/%C3%BC"),
            ("https://münchen.example", "https://xn--mnchen-3ya.example/"),
            ("https://acme.okta.com\\oauth2", "https://acme.okta.com/oauth2"),
        ] {
            let r = reject(input);
            assert_eq!(r.kind, RejectionKind::BadInput, "{input}");
            assert!(r.message.contains(&format!("reads as `{parsed}`")), "{input}: {}", r.message);
        }
        for input in
            ["https://acme.okta.com", "https://acme.okta.com/", "http://127.0.0.1:18901", "https://x.example/%C3%BC"]
        {
            assert_eq!(Issuer::parse(input).unwrap().as_str(), input);
        }
    }

    #[test]
    fn a_password_in_the_url_is_never_echoed() {
        for input in [
            "https://u:hunter2@x.example/.well-known/openid-configuration",
            "https://u:hunter2@%%%",
            "ftp://u:hunter2@x.example",
        ] {
            let r = reject(input);
            assert!(!format!("{r:?}").contains("hunter2"), "{input}: {r:?}");
        }
    }

    #[test]
    fn loopback_http_is_allowed() {
        for input in ["http://localhost:8080", "http://127.0.0.1:3000/x", "http://127.1.2.3", "http://[::1]:9000"] {
            let issuer = Issuer::parse(input).unwrap();
            issuer.require_secure_transport().unwrap();
        }
    }

    #[test]
    fn trailing_slash_mismatch_names_the_exact_value() {
        let given = Issuer::parse("https://dev-abc.us.auth0.com").unwrap();
        let r = given.check_document_issuer("https://dev-abc.us.auth0.com/").unwrap_err();
        assert_eq!(r.kind, RejectionKind::Unacceptable);
        assert!(r.message.contains("`https://dev-abc.us.auth0.com/`, with a trailing slash"), "{}", r.message);
        assert_eq!(r.hints, vec!["use --issuer-url https://dev-abc.us.auth0.com/"]);

        let given = Issuer::parse("https://acme.okta.com/").unwrap();
        let r = given.check_document_issuer("https://acme.okta.com").unwrap_err();
        assert!(r.message.contains("`https://acme.okta.com`, without a trailing slash"), "{}", r.message);
        assert_eq!(r.hints, vec!["use --issuer-url https://acme.okta.com"]);

        let r = given.check_document_issuer("https://other.example").unwrap_err();
        assert!(r.message.contains("`https://other.example`"));
    }

    #[test]
    fn published_urls_need_https() {
        assert!(parse_published_url("jwks_uri", "https://www.googleapis.com/oauth2/v3/certs").is_ok());
        assert!(parse_published_url("jwks_uri", "http://localhost:1/keys").is_ok());
        assert!(parse_published_url("jwks_uri", "http://evil.example/keys").is_err());
        assert!(parse_published_url("jwks_uri", "/keys").is_err());
    }

    #[test]
    fn redirects_never_go_inward_or_down_to_http() {
        let url = |u: &str| Url::parse(u).unwrap();
        let refused = |from: &str, to: &str| redirect_refusal(&url(from), &url(to));
        assert_eq!(refused("https://idp.example/a", "https://other.example/b"), None);
        assert_eq!(refused("http://127.0.0.1:1/a", "http://127.0.0.1:2/b"), None);
        assert_eq!(refused("http://127.0.0.1:1/a", "https://idp.example/b"), None);
        assert_eq!(refused("https://localhost:1/a", "https://127.0.0.1:2/b"), None);
        assert!(refused("https://idp.example/a", "http://127.0.0.1:8080/b").is_some());
        assert!(refused("https://idp.example/a", "https://127.0.0.1:8080/b").unwrap().contains("public host"));
        assert!(refused("https://idp.example/a", "https://10.1.2.3/b").is_some());
        assert!(refused("https://idp.example/a", "https://[::1]/b").is_some());
        assert!(refused("https://idp.example/a", "http://idp.example/b").is_some());
        assert!(refused("https://localhost:1/a", "http://localhost:2/b").is_some());
        assert!(refused("https://idp.example/a", "file:///etc/passwd").is_some());
    }

    #[test]
    fn endpoints_of_a_public_issuer_stay_public() {
        let public = Url::parse("https://idp.example").unwrap();
        let local = Url::parse("http://127.0.0.1:8080").unwrap();
        for inward in [
            "http://localhost/token",
            "https://localhost/token",
            "https://127.0.0.1/token",
            "https://10.0.0.5/token",
            "https://192.168.1.1/token",
            "https://169.254.169.254/latest",
            "https://[::1]/token",
            "https://[fd00::1]/token",
        ] {
            let refused = published_endpoint(&public, "token_endpoint", inward).unwrap_err();
            assert!(refused.message.contains("`token_endpoint`"), "{inward}: {}", refused.message);
            assert!(published_endpoint(&local, "token_endpoint", inward).is_ok(), "{inward}");
        }
        assert!(published_endpoint(&public, "token_endpoint", "http://idp.example/token").is_err());
        assert!(published_endpoint(&public, "token_endpoint", "https://idp.example/token").is_ok());
    }
}
