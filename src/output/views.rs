//! How results look to people. JSON output is the contract object itself, never these.

use super::key_values;
use crate::domain::model::Discovery;

pub fn discovery_view(d: &Discovery) -> String {
    let none = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_owned());
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let mut text = key_values(&[
        ("Provider type", d.provider_type.to_string()),
        ("Issuer", d.issuer.clone()),
        ("Discovery URL", d.discovery_url.clone()),
        ("JWKS URI", d.jwks_uri.clone()),
    ]);
    text.push_str("\nSuggested claim mappings\n");
    text.push_str(&indent(&key_values(&[
        ("user_id_claim", d.claim_mappings.user_id_claim.clone()),
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
            text.push_str(&format!("  ! {}: {}\n", w.code, w.message));
        }
    }
    text
}

fn indent(block: &str) -> String {
    block.lines().map(|l| format!("  {l}\n")).collect()
}
