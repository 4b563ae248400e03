use super::*;
use crate::domain::desired::parse;
use serde_json::json;

const OKTA: &str = "https://acme.okta.com/oauth2/default";

fn current() -> Current {
    Current {
        id: "idp_1".into(),
        provider_type: ProviderType::Okta,
        issuer_url: OKTA.into(),
        audience: Some("api://default".into()),
        claim_mappings: ClaimMappings {
            user_id_claim: "sub".into(),
            group_claim: Some("groups".into()),
            role_claim: None,
            group_claim_stable_ids: true,
        },
        claims_locked: false,
        wallet_client_id: Some("0oa1".into()),
        webhook_enabled: false,
    }
}

fn file(extra: &str) -> Desired {
    let text = format!(r#"{{"issuer_url": "{OKTA}"{}{extra}}}"#, if extra.is_empty() { "" } else { ", " });
    parse(&text, "idp.json").unwrap()
}

fn plan_of(extra: &str, current: &Current) -> Plan {
    plan(&file(extra), Some(current), Options::default())
}

fn lines(plan: &Plan) -> Vec<String> {
    plan.changes.iter().map(|c| format!("{} {} {} {}", c.sign(), c.field, c.old, c.new)).collect()
}

#[test]
fn a_file_matching_the_provider_is_in_sync() {
    let plan = plan_of(
        r#""audience": "api://default", "user_id_claim": "sub", "group_claim": "groups", "role_claim": null,
           "group_claim_stable_ids": true, "webhook": {"enabled": false}"#,
        &current(),
    );
    assert!(plan.in_sync(), "{plan:?}");
    assert_eq!(plan.action, Action::None);
    assert!(plan.changes.is_empty() && plan.secrets.is_empty() && plan.webhook.is_none() && plan.patch.is_empty());
}

#[test]
fn fields_left_out_are_never_drift() {
    let mut drifted = current();
    drifted.audience = Some("other".into());
    drifted.claim_mappings.role_claim = Some("roles".into());
    drifted.claim_mappings.user_id_claim = "uid".into();
    drifted.provider_type = ProviderType::CustomOidc;
    drifted.webhook_enabled = true;
    drifted.wallet_client_id = None;
    assert!(plan_of("", &drifted).in_sync());
    // null for the two fields that cannot be cleared means "the detected value": not managed.
    assert!(plan_of(r#""user_id_claim": null, "group_claim_stable_ids": null"#, &drifted).in_sync());
}

#[test]
fn each_differing_field_is_one_change_and_only_those_are_patched() {
    let plan = plan_of(
        r#""audience": "api://new", "group_claim": null, "role_claim": "roles", "group_claim_stable_ids": false,
           "user_id_claim": "sub""#,
        &current(),
    );
    assert_eq!(plan.action, Action::Update);
    assert_eq!(
        lines(&plan),
        [
            "~ audience \"api://default\" \"api://new\"",
            "- group_claim \"groups\" null",
            "+ role_claim null \"roles\"",
            "~ group_claim_stable_ids true false",
        ]
    );
    assert_eq!(
        plan.patch,
        Patch {
            audience: Some(Some("api://new".into())),
            user_id_claim: None,
            group_claim: Some(None),
            role_claim: Some(Some("roles".into())),
            group_claim_stable_ids: Some(false),
            wallet: None,
        }
    );
    assert!(plan.secrets.is_empty() && plan.refusals.is_empty());
}

#[test]
fn clearing_what_is_already_empty_is_no_change() {
    let mut empty = current();
    empty.audience = None;
    empty.wallet_client_id = None;
    assert!(plan_of(r#""audience": null, "role_claim": null, "wallet": null"#, &empty).in_sync());
    let plan = plan_of(r#""user_id_claim": "email""#, &current());
    assert_eq!(plan.patch.user_id_claim.as_deref(), Some("email"));
    assert_eq!(lines(&plan), ["~ user_id_claim \"sub\" \"email\""]);
}

#[test]
fn wallet_secret_is_sent_only_when_creating_changing_the_client_or_asked() {
    let same = r#""wallet": {"client_id": "0oa1", "client_secret": "env:W"}"#;
    let unchanged = plan_of(same, &current());
    assert!(unchanged.in_sync());
    assert!(unchanged.notes[0].contains("--update-secrets sends it"));

    let forced = plan(&file(same), Some(&current()), Options { update_secrets: true, ..Options::default() });
    assert_eq!(forced.action, Action::Update);
    assert!(forced.changes.is_empty());
    assert_eq!(forced.secrets, [SecretSend { field: WALLET_SECRET, from: "env:W".into(), reason: "--update-secrets" }]);
    assert!(matches!(&forced.patch.wallet, Some(Some(w)) if w.client_id == "0oa1"));

    let changed = plan_of(r#""wallet": {"client_id": "0oa2", "client_secret": "-"}"#, &current());
    assert_eq!(lines(&changed), ["~ wallet.client_id \"0oa1\" \"0oa2\""]);
    assert_eq!(changed.secrets[0].reason, "client id changed");

    let mut none = current();
    none.wallet_client_id = None;
    let added = plan_of(same, &none);
    assert_eq!(lines(&added), ["+ wallet.client_id null \"0oa1\""]);
    assert_eq!(added.secrets[0].reason, "adding wallet sign-in");

    let removed = plan_of(r#""wallet": null"#, &current());
    assert_eq!(lines(&removed), ["- wallet.client_id \"0oa1\" null"]);
    assert_eq!(removed.patch.wallet, Some(None));
    assert!(removed.secrets.is_empty());
    // --update-secrets never sends a wallet the file does not manage.
    assert!(plan(&file(""), Some(&current()), Options { update_secrets: true, ..Options::default() }).in_sync());
}

#[test]
fn webhook_enable_disable_and_never_rotate() {
    let enable = plan_of(r#""webhook": {"enabled": true, "secret": "@hook"}"#, &current());
    assert_eq!(enable.webhook, Some(WebhookStep::Enable));
    assert!(enable.patch.is_empty(), "the webhook is its own call, not part of the PATCH");
    assert_eq!(lines(&enable), ["~ webhook.enabled false true"]);
    assert_eq!(
        enable.secrets,
        [SecretSend { field: WEBHOOK_SECRET, from: "@hook".into(), reason: "enabling the webhook" }]
    );
    assert!(enable.refusals.is_empty());

    let mut on = current();
    on.webhook_enabled = true;
    let kept = plan_of(r#""webhook": {"enabled": true, "secret": "@hook"}"#, &on);
    assert!(kept.in_sync());
    assert!(kept.notes[0].contains("never rotates"));
    let disable = plan_of(r#""webhook": {"enabled": false, "secret": "@hook"}"#, &on);
    assert_eq!((disable.webhook, disable.secrets.len()), (Some(WebhookStep::Disable), 0));
    assert!(plan_of(r#""webhook": {"enabled": false}"#, &current()).in_sync());
}

#[test]
fn a_webhook_secret_is_required_where_the_provider_cannot_generate_one() {
    let refused = plan_of(r#""webhook": {"enabled": true}"#, &current());
    assert_eq!(refused.refusals, [Refusal::WebhookSecretRequired(ProviderType::Okta)]);
    for generated in [ProviderType::Auth0, ProviderType::CustomOidc] {
        let mut c = current();
        c.provider_type = generated;
        let plan = plan_of(r#""webhook": {"enabled": true}"#, &c);
        assert!(plan.refusals.is_empty() && plan.secrets.is_empty());
        assert!(plan.notes[0].contains("generates one"));
    }
}

#[test]
fn locked_claims_refuse_only_claim_changes() {
    let mut locked = current();
    locked.claims_locked = true;
    let plan = plan_of(r#""group_claim": "grp", "audience": "x", "group_claim_stable_ids": true"#, &locked);
    assert_eq!(plan.refusals, [Refusal::ClaimsLocked { fields: vec!["group_claim"] }]);
    let rejection = plan.refusals[0].rejection("idp_1", "idp.json");
    assert!(rejection.message.contains("locked") && rejection.message.contains("group_claim"));
    assert!(plan_of(r#""audience": "x", "group_claim": "groups""#, &locked).refusals.is_empty());
}

#[test]
fn no_provider_means_create_with_every_set_field_new() {
    let desired = file(
        r#""audience": "api://default", "group_claim": "groups", "role_claim": null,
           "wallet": {"client_id": "0oa1", "client_secret": "env:W"}, "webhook": {"enabled": true}"#,
    );
    let plan = plan(&desired, None, Options::default());
    assert_eq!((plan.action, plan.provider_id.clone()), (Action::Create, None));
    assert_eq!(
        lines(&plan),
        [
            format!("+ issuer_url null \"{OKTA}\""),
            "+ audience null \"api://default\"".into(),
            "+ group_claim null \"groups\"".into(),
            "+ wallet.client_id null \"0oa1\"".into(),
            "+ webhook.enabled null true".into(),
        ]
    );
    assert_eq!(plan.secrets.len(), 1);
    assert_eq!((plan.secrets[0].field, plan.secrets[0].reason), (WALLET_SECRET, "creating the provider"));
    assert_eq!(plan.webhook, Some(WebhookStep::Enable));
    assert!(!plan.in_sync());
}

#[test]
fn another_issuer_is_a_replacement_that_needs_consent() {
    let desired = parse(r#"{"issuer_url": "https://dev-abc.us.auth0.com/", "audience": "a"}"#, "f").unwrap();
    let mut on = current();
    on.webhook_enabled = true;
    let plan = plan(&desired, Some(&on), Options::default());
    assert_eq!((plan.action, plan.provider_id.as_deref()), (Action::Replace, Some("idp_1")));
    assert_eq!(lines(&plan)[0], format!("~ issuer_url \"{OKTA}\" \"https://dev-abc.us.auth0.com/\""));
    assert_eq!(lines(&plan)[1], "+ audience null \"a\"");
    assert!(matches!(&plan.refusals[0], Refusal::IssuerChange { from, .. } if from == OKTA));
    let rejection = plan.refusals[0].rejection("idp_1", "idp.json");
    assert!(rejection.message.contains(OKTA) && rejection.message.contains("dev-abc"));
    assert!(rejection.hints[0].contains("--replace") && rejection.hints[0].contains("lock again"));
    assert!(plan.notes.iter().any(|n| n.contains("webhook of the deleted provider")));
    // A trailing slash is a different issuer: matching is exact.
    let slash = parse(&format!(r#"{{"issuer_url": "{OKTA}/"}}"#), "f").unwrap();
    assert_eq!(super::plan(&slash, Some(&current()), Options::default()).action, Action::Replace);
}

#[test]
fn changes_serialize_for_json_output() {
    let plan = plan_of(r#""audience": null"#, &current());
    assert_eq!(
        serde_json::to_value(&plan.changes).unwrap(),
        json!([{"field": "audience", "old": "api://default", "new": null}])
    );
}

#[test]
fn null_user_id_claim_and_stable_ids_are_kept_to_the_detected_values() {
    let mut drifted = current();
    drifted.claim_mappings.user_id_claim = "email".into();
    drifted.claim_mappings.group_claim_stable_ids = false;
    let detected = ClaimMappings {
        user_id_claim: "sub".into(),
        group_claim: Some("groups".into()),
        role_claim: None,
        group_claim_stable_ids: true,
    };
    let nulls = file(r#""user_id_claim": null, "group_claim_stable_ids": null"#);
    let options = Options { detected: Some(detected.clone()), ..Options::default() };
    let fixed = plan(&nulls, Some(&drifted), options.clone());
    assert_eq!(lines(&fixed), ["~ user_id_claim \"email\" \"sub\"", "~ group_claim_stable_ids false true"]);
    assert_eq!((fixed.patch.user_id_claim.as_deref(), fixed.patch.group_claim_stable_ids), (Some("sub"), Some(true)));
    assert!(plan(&nulls, Some(&current()), options).in_sync(), "at the detected values: nothing to do");
    // Left out, they are not managed; unknown detection is said, not guessed.
    assert!(plan_of("", &drifted).in_sync());
    let unknown = plan(&nulls, Some(&drifted), Options::default());
    assert!(unknown.in_sync() && unknown.notes[0].contains("not compared"), "{:?}", unknown.notes);
    // Creating leaves them to the server's detection.
    let created = plan(&nulls, None, Options::default());
    assert_eq!(lines(&created), [format!("+ issuer_url null \"{OKTA}\"")]);
}
