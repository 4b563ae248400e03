//! How results look to people. JSON output is the contract object itself, never these.

use super::key_values;
use crate::api::models::{IdentityProvider, TokenInfo, WebhookStatus};
use crate::credentials::TokenSource;
use crate::domain::model::Discovery;
use crate::platform::OpenToOthers;
use crate::scrub::remote;

pub fn discovery_view(d: &Discovery) -> String {
    let none = |v: &Option<String>| v.as_deref().map_or_else(|| "(none)".to_owned(), remote);
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let mut text = key_values(&[
        ("Provider type", d.provider_type.to_string()),
        ("Issuer", remote(&d.issuer)),
        ("Discovery URL", remote(&d.discovery_url)),
        ("JWKS URI", remote(&d.jwks_uri)),
    ]);
    text.push_str("\nSuggested claim mappings\n");
    text.push_str(&indent(&key_values(&[
        ("user_id_claim", remote(&d.claim_mappings.user_id_claim)),
        ("group_claim", none(&d.claim_mappings.group_claim)),
        ("role_claim", none(&d.claim_mappings.role_claim)),
        ("group_claim_stable_ids", d.claim_mappings.group_claim_stable_ids.to_string()),
    ])));
    text.push_str("\nCapabilities\n");
    text.push_str(&indent(&key_values(&[
        ("webhooks", yes_no(d.capabilities.webhooks)),
        ("directory sync", yes_no(d.capabilities.directory_sync)),
        ("group grants", yes_no(d.capabilities.group_grants)),
    ])));
    if !d.warnings.is_empty() {
        text.push_str("\nWarnings\n");
        for w in &d.warnings {
            text.push_str(&format!("  ! {}: {}\n", remote(&w.code), remote(&w.message)));
        }
    }
    text
}

fn indent(block: &str) -> String {
    block.lines().map(|l| format!("  {l}\n")).collect()
}

pub fn provider_view(p: &IdentityProvider) -> String {
    let none = |v: &Option<String>| v.as_deref().map_or_else(|| "(none)".to_owned(), remote);
    let wallet = match &p.wallet {
        Some(w) => format!("{} ({})", remote(&w.client_id), remote(&w.verification)),
        None => "(none)".to_owned(),
    };
    key_values(&[
        ("ID", remote(&p.id)),
        ("App", remote(&p.app_id)),
        ("Provider type", p.provider_type.to_string()),
        ("Issuer", remote(&p.issuer_url)),
        ("JWKS URI", remote(&p.jwks_uri)),
        ("Audience", none(&p.audience)),
        ("User-id claim", remote(&p.claim_mappings.user_id_claim)),
        ("Group claim", none(&p.claim_mappings.group_claim)),
        ("Role claim", none(&p.claim_mappings.role_claim)),
        ("Stable group IDs", p.claim_mappings.group_claim_stable_ids.to_string()),
        ("Claims locked", p.claims_locked.to_string()),
        ("Wallet sign-in", wallet),
        ("Webhook", if p.webhook.enabled { "enabled" } else { "disabled" }.to_owned()),
        ("Created", remote(&p.created_at)),
        ("Updated", remote(&p.updated_at)),
    ])
}

pub fn providers_table(items: &[IdentityProvider], app: &str) -> String {
    if items.is_empty() {
        return format!("App {app} has no identity provider. Create one with `alter idp create --issuer-url URL`.\n");
    }
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::NOTHING).set_header(["ID", "TYPE", "ISSUER", "WEBHOOK", "CLAIMS LOCKED"]);
    for p in items {
        table.add_row([
            remote(&p.id),
            p.provider_type.to_string(),
            remote(&p.issuer_url),
            if p.webhook.enabled { "enabled" } else { "disabled" }.to_owned(),
            if p.claims_locked { "yes" } else { "no" }.to_owned(),
        ]);
    }
    // Flush left with two spaces between columns, like `ls -l`, not a boxed table.
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    let text = table.to_string();
    text.lines().map(|l| format!("{}\n", l.trim_end())).collect()
}

/// `open_to_others`: the credentials file's mode when other users can read or write it.
pub fn token_view(info: &TokenInfo, source: &TokenSource, open_to_others: Option<OpenToOthers>) -> String {
    let from = match open_to_others {
        Some(open) => {
            format!("{source} ({} by other users: mode {:03o}; run chmod 600 on it)", open.how, open.mode)
        }
        None => source.to_string(),
    };
    key_values(&[
        ("Subject", remote(&info.subject)),
        ("Scopes", if info.scopes.is_empty() { "(none)".to_owned() } else { remote(&info.scopes.join(" ")) }),
        ("Expires", info.expires_at.as_deref().map_or_else(|| "never".to_owned(), remote)),
        ("Token from", from),
    ])
}

/// `signing_secret`: a generated secret, shown this once.
pub fn webhook_view(s: &WebhookStatus, signing_secret: Option<&str>) -> String {
    let or = |v: &Option<String>, none: &str| v.as_deref().map_or_else(|| none.to_owned(), remote);
    let mut rows = vec![
        ("Provider", format!("{} ({})", remote(&s.provider_id), s.provider_type)),
        ("Enabled", if s.enabled { "yes" } else { "no" }.to_owned()),
        ("Endpoint URL", remote(&s.endpoint_url)),
        (
            "Secret",
            s.secret_hint
                .as_ref()
                .map(|h| format!("…{} ({})", remote(h), or(&s.secret_source, "?")))
                .unwrap_or_else(|| "(none)".to_owned()),
        ),
        ("Enabled at", or(&s.enabled_at, "-")),
        ("Rotated at", or(&s.rotated_at, "-")),
    ];
    if let Some(secret) = signing_secret {
        rows.push(("Signing secret", secret.to_owned()));
    }
    key_values(&rows)
}
