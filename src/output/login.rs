//! The human form of a test sign-in: who, each token's checklist, which one Alter gets, what
//! Alter would record, and what to run next.

use super::checklist::{token_report_view, verdict_line};
use crate::domain::login::{Given, GroupKind, IdentitySource, LoginReport};
use crate::scrub::remote;

pub fn login_report_view(report: &LoginReport) -> String {
    let mut text = match (&report.person, report.identity_from) {
        (Some(person), Some(from)) => format!(
            "Signed in as {}{}{}{}\n",
            person.sub.as_deref().map_or_else(|| "(a user without a `sub` claim)".to_owned(), remote),
            person.email.as_deref().map(|e| format!(" <{}>", remote(e))).unwrap_or_default(),
            person.name.as_deref().map(|n| format!(" ({})", remote(n))).unwrap_or_default(),
            match from {
                IdentitySource::IdToken => "",
                IdentitySource::AccessToken => "  (from the access token)",
                IdentitySource::Userinfo => "  (from the provider's userinfo endpoint: no ID token was issued)",
            }
        ),
        _ => format!(
            "No verified identity was obtained: {}\n",
            report.unverified.as_deref().unwrap_or("no token verified")
        ),
    };
    text.push_str(&format!("  client {} by the {} flow\n\n", remote(&report.client_id), flow_name(report)));
    let given = |which: Given| if report.given_to_alter == which { "  <- an app gives Alter this one" } else { "" };
    match &report.access_token {
        Some(access) => {
            text.push_str(&format!("Access token{}\n", given(Given::AccessToken)));
            text.push_str(&indent(&token_report_view(access)));
        }
        None => text.push_str("Access token: opaque (not a JWT), so Alter cannot verify it\n"),
    }
    text.push('\n');
    match &report.id_token {
        Some(id) => {
            text.push_str(&format!("ID token{}\n", given(Given::IdToken)));
            text.push_str(&indent(&token_report_view(id)));
        }
        None if report.openid_requested => {
            text.push_str("ID token: none issued, although `openid` was requested\n");
        }
        None => text.push_str("ID token: none issued (request the `openid` scope)\n"),
    }
    text.push_str(&format!("\n{}.\n", capitalise(&report.why_given)));
    match &report.record {
        Some(record) => {
            text.push_str("\nWhat Alter would record for this user\n");
            text.push_str(&format!(
                "  user id  {}\n",
                record.user_id.as_deref().map_or_else(|| "(none: the user-id claim is missing)".to_owned(), remote)
            ));
            let groups: Vec<String> = record
                .groups
                .iter()
                .map(|g| format!("{} ({})", remote(&g.value), if g.kind == GroupKind::Id { "ID" } else { "name" }))
                .collect();
            let groups = if groups.is_empty() { "(none)".to_owned() } else { groups.join(", ") };
            text.push_str(&format!("  groups   {groups}\n"));
            let roles: Vec<String> = record.roles.iter().map(|r| remote(r)).collect();
            let roles = if roles.is_empty() { "(none)".to_owned() } else { roles.join(", ") };
            text.push_str(&format!("  roles    {roles}\n"));
        }
        None => text.push_str(
            "\nWhat Alter would record for this user: nothing, since the token an app gives Alter did not verify\n",
        ),
    }
    if !report.next.is_empty() {
        text.push_str("\nNext\n");
        for command in &report.next {
            text.push_str(&format!("  {}\n", remote(command)));
        }
    }
    let given_report = match report.given_to_alter {
        Given::AccessToken => report.access_token.as_ref(),
        Given::IdToken => report.id_token.as_ref(),
    };
    if let Some(given_report) = given_report {
        text.push_str(&format!("\nFor the token an app gives it: {}\n", verdict_line(given_report)));
    }
    text
}

fn flow_name(report: &LoginReport) -> &'static str {
    match report.flow {
        crate::domain::login::Flow::Browser => "browser (authorization code + PKCE)",
        crate::domain::login::Flow::Device => "device code",
        crate::domain::login::Flow::Paste => "browser on any machine, address pasted back (authorization code + PKCE)",
    }
}

fn indent(block: &str) -> String {
    block.lines().map(|l| format!("  {l}\n")).collect()
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}
