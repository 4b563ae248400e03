//! `alter idp discover --offline`: every saved provider document classified as PROVIDERS.md says,
//! and each issuer rule and failure mode with its own case.

use crate::support::issuers::{discovery_url, fixture, moved, Issuers};
use crate::support::TestContext;
use alter_testkit::https::{FixtureServer, Reply};
use alter_testkit::oidc_provider::OidcProvider;
use serde_json::{json, Value};
use std::time::Duration;

const CONTRACT_KEYS: [&str; 7] =
    ["capabilities", "claim_mappings", "discovery_url", "issuer", "jwks_uri", "provider_type", "warnings"];

fn jwks_for(file: &str) -> Value {
    let name = match file.split('-').next() {
        Some("auth0") => "jwks-auth0.json",
        Some("google") => "jwks-google.json",
        Some("entra") => "jwks-entra-common.json",
        _ => "jwks-okta.json",
    };
    fixture(name)
}

fn codes(warnings: &Value) -> Vec<&str> {
    warnings.as_array().expect("warnings").iter().map(|w| w["code"].as_str().expect("code")).collect()
}

#[test]
fn supported_fixtures_are_classified() {
    let issuers = Issuers::new();
    for (file, provider_type) in [
        ("auth0-us-regional-redpanda.json", "auth0"),
        ("auth0-eu-regional-micronaut.json", "auth0"),
        ("auth0-samples-legacy-apisix.json", "auth0"),
        ("auth0-common-legacy-dockyard.json", "auth0"),
        ("auth0-custom-domain-atlassian.json", "auth0"),
        ("okta-dev-486191-oauth2-default.json", "okta"),
        ("okta-dev-69785679-oauth2-default-redpanda-ws-stripped.json", "okta"),
        ("okta-oktapreview-dev-265911-oauth2-default-micronaut.json", "okta"),
        ("okta-common-org-dockyard.json", "okta"),
        ("okta-auth-js-test-org-as-fixture.json", "okta"),
        ("okta-auth-js-test-custom-as-fixture.json", "okta"),
        ("clerk-merry-goblin-20-as-metadata-UNVERIFIED.json", "clerk"),
        ("workos-authkit-fearless-network-26.json", "workos"),
        ("workos-user-management-client-tokenoverflow.json", "workos"),
        ("gitlab-com.json", "custom_oidc"),
        ("onelogin-common-oidc2-dockyard.json", "custom_oidc"),
        ("salesforce-login-uruk.json", "custom_oidc"),
    ] {
        let document = fixture(file);
        issuers.serve(&document, &jwks_for(file));
        let issuer = document["issuer"].as_str().expect("issuer");
        let run = issuers.discover_json(issuer);
        run.code(0);
        let found = run.json();
        let mut keys: Vec<&str> = found.as_object().expect("object").keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, CONTRACT_KEYS, "{file}");
        assert_eq!(found["provider_type"], provider_type, "{file}");
        assert_eq!(found["issuer"], issuer, "{file}");
        assert_eq!(found["jwks_uri"], document["jwks_uri"], "{file}");
        assert_eq!(found["discovery_url"], discovery_url(issuer), "{file}");
        assert_eq!(found["claim_mappings"]["user_id_claim"], "sub", "{file}");
    }
}

#[test]
fn okta_servers_get_their_warnings_and_group_claim() {
    let issuers = Issuers::new();
    let org = fixture("okta-common-org-dockyard.json");
    issuers.serve(&org, &fixture("jwks-okta.json"));
    let found = issuers.discover_json("https://common.okta.com").code(0).json();
    assert_eq!(codes(&found["warnings"]), ["okta_org_authorization_server", "okta_group_ids"]);
    assert_eq!(found["claim_mappings"]["group_claim"], "groups");
    assert_eq!(found["capabilities"], json!({"webhooks": true, "directory_sync": true, "group_grants": true}));

    let custom = fixture("okta-dev-486191-oauth2-default.json");
    issuers.serve(&custom, &fixture("jwks-okta.json"));
    let found = issuers.discover_json("https://dev-486191.okta.com/oauth2/default").code(0).json();
    assert_eq!(codes(&found["warnings"]), ["okta_group_ids"]);
}

#[test]
fn brokered_fixtures_are_refused_before_any_request() {
    let issuers = Issuers::new();
    for (file, name) in [
        ("cognito-eu-west-1-micronaut.json", "Amazon Cognito (cognito)"),
        ("entra-b2c-aarhuskommunetest.json", "Microsoft Entra ID (entra_id)"),
        ("entra-common-v2.json", "Microsoft Entra ID (entra_id)"),
        ("entra-organizations-v2.json", "Microsoft Entra ID (entra_id)"),
        ("entra-tenant-9a95fd9e-v2-redpanda-ws-stripped.json", "Microsoft Entra ID (entra_id)"),
        ("firebase-securetoken-pps-local-dev-376022.json", "Firebase Auth (firebase)"),
        ("google-accounts.json", "Google (google)"),
        ("keycloak-docker-demorealm-redpanda.json", "Keycloak (keycloak)"),
        ("keycloak-localhost-master-dockyard.json", "Keycloak (keycloak)"),
    ] {
        let document = fixture(file);
        issuers.serve(&document, &jwks_for(file));
        let run = issuers.discover_json(document["issuer"].as_str().expect("issuer"));
        run.code(5).stderr_has(name).stderr_has("broker it through Auth0, Clerk or Okta");
        assert!(run.stdout.is_empty(), "{file}: {}", run.stdout);
    }
    issuers
        .ctx
        .run(&["idp", "discover", "--offline", "--issuer-url", "https://abcd.supabase.co/auth/v1"])
        .code(5)
        .stderr_has("Supabase Auth (supabase)");
    assert!(issuers.server.requests().is_empty(), "brokered issuers must be refused without a request");
}

#[test]
fn brokered_providers_behind_custom_domains_are_found_by_fingerprint() {
    let issuers = Issuers::new();
    let keycloak = moved(
        &fixture("keycloak-localhost-master-dockyard.json"),
        "http://localhost:8080/realms/master",
        "https://sso.acme.example",
    );
    let entra = moved(
        &fixture("entra-tenant-9a95fd9e-v2-redpanda-ws-stripped.json"),
        "login.microsoftonline.com",
        "login.contoso.example",
    );
    let cognito = moved(
        &fixture("cognito-eu-west-1-micronaut.json"),
        "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_ZLiEFD4b6",
        "https://id.acme.example",
    );
    let b2c =
        moved(&fixture("entra-b2c-aarhuskommunetest.json"), "aarhuskommunetest.b2clogin.com", "login.aarhus.example");
    for (document, name) in [
        (keycloak, "Keycloak"),
        (entra, "Microsoft Entra ID"),
        (cognito, "Amazon Cognito"),
        (b2c, "Microsoft Entra ID"),
    ] {
        issuers.serve(&document, &fixture("jwks-okta.json"));
        issuers.discover_json(document["issuer"].as_str().expect("issuer")).code(5).stderr_has(name);
    }
}

#[test]
fn supported_providers_behind_custom_domains_and_other_shapes() {
    let issuers = Issuers::new();
    let okta = moved(&fixture("okta-dev-486191-oauth2-default.json"), "dev-486191.okta.com", "id.acme-corp.example");
    let clerk = moved(
        &fixture("clerk-merry-goblin-20-as-metadata-UNVERIFIED.json"),
        "merry-goblin-20.clerk.accounts.dev",
        "clerk.acme.example",
    );
    let emea = moved(&fixture("okta-common-org-dockyard.json"), "common.okta.com", "globex.okta-emea.com");
    let sso = moved(
        &fixture("workos-user-management-client-tokenoverflow.json"),
        "user_management/client_01KKZDZQ26HJSBXSWQRSWABFMX",
        "sso/conn_01ABC",
    );
    let us_auth0 =
        moved(&fixture("auth0-eu-regional-micronaut.json"), "micronautguides.eu.auth0.com", "acme.jp.auth0.com");
    for (document, provider_type, warning) in [
        (okta, "okta", Some("okta_group_ids")),
        (clerk, "clerk", Some("clerk_org_claim_nested")),
        (emea, "okta", Some("okta_org_authorization_server")),
        (sso, "workos", None),
        (us_auth0, "auth0", Some("auth0_groups_not_grantable")),
    ] {
        issuers.serve(&document, &fixture("jwks-okta.json"));
        let found = issuers.discover_json(document["issuer"].as_str().expect("issuer")).code(0).json();
        assert_eq!(found["provider_type"], provider_type, "{}", document["issuer"]);
        if let Some(code) = warning {
            assert!(codes(&found["warnings"]).contains(&code), "{found}");
        }
    }
}

#[test]
fn human_output_shows_type_urls_mappings_capabilities_and_warnings() {
    let issuers = Issuers::new();
    issuers.serve(&fixture("okta-common-org-dockyard.json"), &fixture("jwks-okta.json"));
    let run = issuers.discover("https://common.okta.com", &[]);
    run.code(0);
    for line in [
        "Provider type  okta",
        "Issuer         https://common.okta.com",
        "JWKS URI       https://common.okta.com/oauth2/v1/keys",
        "  group_claim             groups",
        "  role_claim              (none)",
        "  group grants    yes",
        "  ! okta_org_authorization_server:",
    ] {
        run.stdout_has(line);
    }
    assert!(run.stderr.is_empty(), "nothing but the result on a success: {}", run.stderr);
    assert!(!run.stdout.contains('\x1b'), "no colour off a terminal");
}

#[test]
fn verbose_traces_requests_on_stderr_only() {
    let issuers = Issuers::new();
    issuers.serve(&fixture("auth0-us-regional-redpanda.json"), &fixture("jwks-auth0.json"));
    let run = issuers.discover("https://dev-ltxchcls4igzho78.us.auth0.com/", &["--json", "-v"]);
    run.code(0)
        .stderr_has("GET https://dev-ltxchcls4igzho78.us.auth0.com/.well-known/openid-configuration")
        .stderr_has("GET https://dev-ltxchcls4igzho78.us.auth0.com/.well-known/jwks.json");
    run.json();
}

#[test]
fn issuer_shape_errors_exit_2_without_a_request() {
    let issuers = Issuers::new();
    for (issuer, hint) in [
        (
            "https://dev-abc.us.auth0.com/.well-known/openid-configuration",
            "use the issuer itself: --issuer-url https://dev-abc.us.auth0.com",
        ),
        (
            "https://acme.okta.com/oauth2/default/.well-known/oauth-authorization-server",
            "use the issuer itself: --issuer-url https://acme.okta.com/oauth2/default",
        ),
        ("http://acme.okta.com", "use --issuer-url https://acme.okta.com"),
        ("acme.okta.com", "add the scheme: --issuer-url https://acme.okta.com"),
        ("https://acme.okta.com?tenant=1", "use --issuer-url https://acme.okta.com"),
        ("https://acme.okta.com#top", "use --issuer-url https://acme.okta.com"),
        ("https://me:pw@acme.okta.com", "remove the `user:password@` part"),
        ("https://me:hunter2@acme.okta.com/.well-known/openid-configuration", "remove the `user:password@` part"),
        ("https://acme.okta.com/.well-known", "use the issuer itself: --issuer-url https://acme.okta.com"),
        ("https://api.workos.com", "use --issuer-url https://api.workos.com/user_management/<client_id>"),
        ("", "an issuer looks like"),
    ] {
        issuers.discover(issuer, &[]).code(2).stderr_has(&format!("hint: {hint}"));
    }
    assert!(issuers.server.requests().is_empty());
}

#[test]
fn trailing_slash_mismatch_names_the_exact_issuer() {
    let issuers = Issuers::new();
    issuers.serve(&fixture("auth0-us-regional-redpanda.json"), &fixture("jwks-auth0.json"));
    issuers
        .discover("https://dev-ltxchcls4igzho78.us.auth0.com", &[])
        .code(5)
        .stderr_has("with a trailing slash")
        .stderr_has("hint: use --issuer-url https://dev-ltxchcls4igzho78.us.auth0.com/");

    issuers.serve(&fixture("okta-common-org-dockyard.json"), &fixture("jwks-okta.json"));
    issuers
        .discover("https://common.okta.com/", &[])
        .code(5)
        .stderr_has("hint: use --issuer-url https://common.okta.com\n");
}

#[test]
fn a_document_naming_another_issuer_is_refused() {
    let issuers = Issuers::new();
    let document = fixture("gitlab-com.json");
    issuers.server.route("https://git.acme.example/.well-known/openid-configuration", Reply::Json(document));
    issuers.discover("https://git.acme.example", &[]).code(5).stderr_has("says its issuer is `https://gitlab.com`");
}

#[test]
fn documents_without_usable_keys_are_refused() {
    let issuers = Issuers::new();
    let mut no_jwks = fixture("gitlab-com.json");
    no_jwks.as_object_mut().expect("object").remove("jwks_uri");
    issuers.serve(&no_jwks, &json!({}));
    issuers.discover("https://gitlab.com", &[]).code(5).stderr_has("has no `jwks_uri`");

    let salesforce = fixture("salesforce-login-uruk.json");
    issuers.serve(&salesforce, &json!({"keys": [{"kty": "RSA", "use": "enc", "n": "x", "e": "AQAB"}]}));
    issuers.discover("https://login.salesforce.com", &[]).code(5).stderr_has("no usable signing key");

    let onelogin = fixture("onelogin-common-oidc2-dockyard.json");
    issuers.serve(&onelogin, &json!({"keys": []}));
    issuers.discover("https://common.onelogin.com/oidc/2", &[]).code(5).stderr_has("no usable signing key");
}

fn serve_failure(reply: Reply) -> Issuers {
    let issuers = Issuers::new();
    issuers.server.route("https://broken.acme.example/.well-known/openid-configuration", reply);
    issuers
}

#[test]
fn not_found_html_and_non_json_answers_are_reported_as_such() {
    let not_found = serve_failure(Reply::status(404, "text/plain", "nope"));
    not_found.discover("https://broken.acme.example", &[]).code(5).stderr_has("HTTP 404");
    let html = serve_failure(Reply::status(200, "text/html", "<html><body>Sign in</body></html>"));
    html.discover("https://broken.acme.example", &[]).code(5).stderr_has("returned an HTML page");
    let junk = serve_failure(Reply::status(200, "application/json", "{not json"));
    junk.discover("https://broken.acme.example", &[]).code(5).stderr_has("is not valid JSON");
    let array = serve_failure(Reply::status(200, "application/json", "[1, 2]"));
    array.discover("https://broken.acme.example", &[]).code(5).stderr_has("is not a JSON object");
    let server_error = serve_failure(Reply::status(502, "text/plain", "bad gateway"));
    server_error.discover("https://broken.acme.example", &[]).code(5).stderr_has("HTTP 502");
}

#[test]
fn a_huge_document_fails_fast() {
    for content_length in [true, false] {
        let issuers = serve_failure(Reply::Huge { bytes: 512 * 1024 * 1024, content_length });
        let run = issuers.discover("https://broken.acme.example", &[]);
        run.code(5).stderr_has("is larger than");
        assert!(run.elapsed < Duration::from_secs(10), "took {:?}", run.elapsed);
    }
}

#[test]
fn a_server_that_never_answers_times_out() {
    let issuers = serve_failure(Reply::Hang);
    let run = issuers.discover("https://broken.acme.example", &[]);
    run.code(6).stderr_has("timed out");
    assert!(run.elapsed < Duration::from_secs(40), "took {:?}", run.elapsed);
}

#[test]
fn redirects_are_followed_only_to_https() {
    let issuers = Issuers::new();
    let gitlab = fixture("gitlab-com.json");
    issuers.serve(&gitlab, &fixture("jwks-okta.json"));
    issuers.server.route(
        "https://gitlab.com/.well-known/openid-configuration",
        Reply::Redirect { status: 302, location: "https://gitlab.com/moved/openid-configuration".into() },
    );
    issuers.server.route("https://gitlab.com/moved/openid-configuration", Reply::Json(gitlab));
    issuers.discover_json("https://gitlab.com").code(0);

    let insecure = serve_failure(Reply::Redirect { status: 301, location: "http://broken.acme.example/doc".into() });
    insecure.discover("https://broken.acme.example", &[]).code(5).stderr_has("refused (from https to plain http)");
}

#[test]
fn an_untrusted_certificate_exits_6_and_says_certificate() {
    let issuers = Issuers::new();
    issuers.serve(&fixture("gitlab-com.json"), &fixture("jwks-okta.json"));
    let run = issuers.ctx.run(&["idp", "discover", "--offline", "--issuer-url", "https://gitlab.com"]);
    run.code(6).stderr_has("certificate").stderr_has("--ca-cert");

    let mut via_env = TestContext::new();
    via_env
        .env("HTTPS_PROXY", issuers.server.proxy_url())
        .env("ALTER_CA_CERT", issuers.ca.ca_pem_path().to_str().expect("path"));
    via_env.run(&["idp", "discover", "--offline", "--issuer-url", "https://gitlab.com", "--json"]).code(0);

    issuers
        .ctx
        .run(&[
            "idp",
            "discover",
            "--offline",
            "--issuer-url",
            "https://gitlab.com",
            "--ca-cert",
            "/nonexistent/ca.pem",
        ])
        .code(2)
        .stderr_has("/nonexistent/ca.pem");
}

#[test]
fn plain_http_is_allowed_on_loopback() {
    let server = FixtureServer::start_http();
    let issuer = server.base_url();
    server.route(
        &discovery_url(&issuer),
        Reply::Json(
            json!({"issuer": issuer, "jwks_uri": format!("{issuer}/keys"), "claims_supported": ["sub", "groups"]}),
        ),
    );
    server.route(&format!("{issuer}/keys"), Reply::Json(fixture("jwks-google.json")));
    let found =
        TestContext::new().run(&["idp", "discover", "--offline", "--json", "--issuer-url", &issuer]).code(0).json();
    assert_eq!(found["provider_type"], "custom_oidc");
    assert_eq!(found["claim_mappings"]["group_claim"], "groups");
}

#[test]
fn a_real_openid_provider_is_discovered_end_to_end() {
    let issuers = Issuers::new();
    let provider = OidcProvider::start(&issuers.ca);
    let found = issuers.discover_json(&provider.issuer()).code(0).json();
    assert_eq!(found["provider_type"], "custom_oidc");
    assert_eq!(found["issuer"], provider.issuer());
    assert_eq!(found["jwks_uri"], provider.jwks_uri());
}

#[test]
fn a_large_padded_document_under_the_cap_is_accepted() {
    let issuers = Issuers::new();
    let mut document = fixture("okta-common-org-dockyard.json");
    document["x_padding"] = json!("p".repeat(3 * 1024 * 1024));
    document["x_nested"] = json!({"deep": [1, 2, {"issuer": "https://not-this.example"}]});
    issuers.serve(&document, &fixture("jwks-okta.json"));
    let found = issuers.discover_json("https://common.okta.com").code(0).json();
    assert_eq!(found["provider_type"], "okta");
    assert_eq!(found["issuer"], "https://common.okta.com");
}
