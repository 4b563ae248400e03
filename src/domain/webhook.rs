//! Webhook rules per provider (PROVIDERS.md section 5): whether a signing secret must be
//! supplied, what a well-formed one looks like, and where to set it up at the provider.

use super::model::ProviderType;
use super::Rejection;

const MAX_SECRET_CHARS: usize = 1024;

/// Checks a signing secret (or its absence) before anything is sent.
pub fn check_secret(provider: ProviderType, secret: Option<&str>) -> Result<(), Rejection> {
    let Some(secret) = secret else {
        return match provider {
            ProviderType::Auth0 | ProviderType::CustomOidc => Ok(()),
            ProviderType::Clerk => Err(Rejection::bad_input("Clerk webhooks need the endpoint's signing secret (whsec_...)")
                .hint("in the Clerk dashboard, Webhooks > Add Endpoint with the webhook URL (`alter idp webhook status`), then copy its Signing Secret and pass --secret @file or --secret -")),
            ProviderType::Okta => Err(Rejection::bad_input("Okta webhooks need the secret you set on the Event Hook")
                .hint("choose a secret, set it as the Event Hook's Authorization header value in Okta (Workflow > Event Hooks), and pass the same value with --secret @file or --secret -")),
            ProviderType::Workos => Err(Rejection::bad_input("WorkOS webhooks need the endpoint's signing secret")
                .hint("in the WorkOS dashboard, Webhooks > Endpoints > Add Endpoint with the webhook URL, then pass its signing secret with --secret @file or --secret -")),
        };
    };
    if secret.chars().count() > MAX_SECRET_CHARS {
        return Err(Rejection::bad_input(format!("the signing secret is longer than {MAX_SECRET_CHARS} characters")));
    }
    if secret.chars().any(char::is_control) {
        return Err(Rejection::bad_input("the signing secret contains control characters (a stray newline or tab?)")
            .hint("a file given with @path may end in one newline; anything else must go"));
    }
    if provider == ProviderType::Clerk && !(secret.starts_with("whsec_") && secret.len() > "whsec_".len()) {
        return Err(Rejection::bad_input("a Clerk signing secret starts with `whsec_`")
            .hint("copy the endpoint's Signing Secret from Clerk (Webhooks > your endpoint), not an API key"));
    }
    Ok(())
}

/// What to do at the provider once Alter's side is enabled.
pub fn next_steps(provider: ProviderType, endpoint_url: &str) -> String {
    let (place, events): (&str, &[&str]) = match provider {
        ProviderType::Auth0 => (
            "Auth0: Monitoring > Streams > Create Stream > Custom Webhook. Payload URL: the endpoint URL; Authorization Token: the signing secret (no `Bearer`); Content-Type application/json; Content Format JSON Object. Filter the event types to exactly these (never `sul`, which fires on every login)",
            &["sdu", "ublkdu"],
        ),
        ProviderType::Clerk => (
            "Clerk: Webhooks > your endpoint (its URL must be the endpoint URL). Subscribe to",
            &["user.deleted", "user.updated", "organizationMembership.deleted", "organization.deleted"],
        ),
        ProviderType::Okta => (
            "Okta: Workflow > Event Hooks > Create Event Hook. URL: the endpoint URL; Authentication field `Authorization`, value: the signing secret. Subscribe to the events below, then click Verify (Okta sends a one-time GET challenge)",
            &[
                "user.lifecycle.delete.initiated",
                "user.lifecycle.deactivate",
                "user.lifecycle.suspend",
                "user.lifecycle.unsuspend",
                "user.lifecycle.reactivate",
                "user.lifecycle.activate",
                "group.user_membership.remove",
                "group.lifecycle.delete",
            ],
        ),
        ProviderType::Workos => (
            "WorkOS: Webhooks > Endpoints > Add Endpoint with the endpoint URL. Subscribe to",
            &["user.deleted", "user.updated", "organization_membership.deleted"],
        ),
        ProviderType::CustomOidc => (
            "Your provider's webhook settings: send events to the endpoint URL with the signing secret as the `Authorization` header, for",
            &["user deleted", "user disabled"],
        ),
    };
    let mut text = format!("Next steps\n  Endpoint URL: {endpoint_url}\n  {place}:\n");
    for event in events {
        text.push_str(&format!("    - {event}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_rules_per_provider() {
        assert!(check_secret(ProviderType::Auth0, None).is_ok());
        assert!(check_secret(ProviderType::CustomOidc, None).is_ok());
        for p in [ProviderType::Clerk, ProviderType::Okta, ProviderType::Workos] {
            assert!(check_secret(p, None).is_err(), "{p}");
        }
        assert!(check_secret(ProviderType::Clerk, Some("sk_live_abc")).unwrap_err().message.contains("whsec_"));
        assert!(check_secret(ProviderType::Clerk, Some("whsec_")).is_err());
        assert!(check_secret(ProviderType::Clerk, Some("whsec_abc")).is_ok());
        assert!(check_secret(ProviderType::Okta, Some("line\nbreak")).is_err());
        assert!(check_secret(ProviderType::Okta, Some(&"x".repeat(1025))).is_err());
    }

    #[test]
    fn next_steps_name_the_events() {
        let auth0 = next_steps(ProviderType::Auth0, "https://hooks.example/1");
        assert!(auth0.contains("- sdu\n") && auth0.contains("- ublkdu\n") && auth0.contains("never `sul`"));
        assert_eq!(next_steps(ProviderType::Okta, "u").matches("    - ").count(), 8);
        assert!(next_steps(ProviderType::Okta, "u").contains("Verify"));
        assert_eq!(next_steps(ProviderType::Clerk, "u").matches("    - ").count(), 4);
        assert_eq!(next_steps(ProviderType::Workos, "u").matches("    - ").count(), 3);
    }
}
