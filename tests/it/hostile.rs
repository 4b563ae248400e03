//! A hostile or broken control plane: problems that quote our secrets back, megabyte details,
//! terminal escape sequences, bodies that do not match the contract. Whatever it sends, the user
//! sees no secret, no raw control character and no flood, and the exit code says whose fault it
//! was. (Every run is also scanned for all of `support::SECRETS`.)

use crate::support::control_plane::{Session, APP, OKTA, TOKEN};
use crate::support::issuers::{discovery_url, fixture, Issuers};
use crate::support::TestContext;
use alter_testkit::control_plane::{discovery, Fault};
use alter_testkit::https::Reply;
use alter_testkit::tokens::{good_claims, Signer};
use serde_json::{json, Value};

const WALLET_SECRET: &str = "hostile-wallet-secret-31";

fn echo(path: &str) -> Fault {
    Fault::Echo { path_contains: path.into(), status: 422, times: 1 }
}

fn raw(path: &str, status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Fault {
    let headers = vec![("content-type".to_owned(), content_type.to_owned())];
    Fault::Raw { path_contains: path.into(), status, headers, body: body.into(), times: 1 }
}

#[test]
fn a_problem_quoting_the_request_shows_no_secret_and_no_token() {
    let s = Session::new();
    s.cp.inject(echo("identity-providers"));
    let run = s.alter(&[
        "idp",
        "create",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa1",
        "--wallet-client-secret",
        WALLET_SECRET,
    ]);
    // The echo really quoted both: the scan in `support` and these lines prove they were redacted.
    run.code(5).stderr_has("Authorization: Bearer ***").stderr_has(r#""client_secret":"***""#).stderr_has("body: ");
    assert!(!run.stderr.contains(TOKEN) && !run.stderr.contains(WALLET_SECRET), "{}", run.stderr);

    let id = s.create_okta();
    s.cp.inject(echo("webhook"));
    let secret = "hostile-okta-hook-secret-5";
    s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", secret])
        .code(5)
        .stderr_has("\"secret\":\"***\"");
}

#[test]
fn a_private_jwk_quoted_member_by_member_is_redacted() {
    let s = Session::new();
    let id = s.create_okta();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("jwk.json");
    let jwk = json!({"kty": "RSA", "kid": "k1", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP",
        "e": "AQAB", "d": "hostile-jwk-d", "p": "hostile-jwk-p", "q": "hostile-jwk-q",
        "dp": "hostile-jwk-dp", "dq": "hostile-jwk-dq", "qi": "hostile-jwk-qi"});
    std::fs::write(&key, jwk.to_string()).unwrap();
    // The server quotes the members alone, not the file as it was read.
    let quoted =
        "d=hostile-jwk-d p=hostile-jwk-p q=hostile-jwk-q dp=hostile-jwk-dp dq=hostile-jwk-dq qi=hostile-jwk-qi";
    let problem = json!({"title": "Bad key", "status": 422, "code": "credential_rejected", "detail": quoted});
    s.cp.inject(raw("directory-import", 422, "application/problem+json", problem.to_string()));
    let spec = format!("@{}", key.display());
    let run = s.alter(&[
        "idp",
        "directory-import",
        "set-credential",
        "--provider",
        &id,
        "--org-url",
        "https://acme.okta.com",
        "--client-id",
        "0oa1",
        "--private-key",
        &spec,
    ]);
    run.code(5).stderr_has("d=*** p=*** q=*** dp=*** dq=*** qi=***");
}

#[test]
fn a_failed_import_runs_error_is_scrubbed_in_text_and_json() {
    let s = Session::new();
    let clerk = "https://clerk.acme.example";
    s.cp.register_issuer(clerk, discovery(clerk, "clerk"));
    let created = s.alter(&["idp", "create", "--issuer-url", clerk, "--json"]).code(0).json();
    let id = created["id"].as_str().unwrap().to_owned();
    let set = ["idp", "directory-import", "set-credential", "--provider", &id, "--secret-key", "-", "--app", APP];
    s.ctx.run_with_stdin(&set, Some(b"sk_live_hostileClerkKey12")).code(0);
    let why = format!("upstream refused Bearer {TOKEN} \u{1b}]0;pwned\u{7}");
    s.cp.set_directory_run_script(&id, vec![json!({"status": "running"}), json!({"status": "failed", "error": why})]);
    let run = s.alter(&["idp", "directory-import", "run", "--provider", &id, "--wait"]);
    run.code(5).stderr_has("upstream refused Bearer *** \\u{1b}]0;pwned\\u{7}");
    assert!(!run.stderr.contains('\u{1b}') && !run.stdout.contains('\u{1b}'), "{}", run.stderr);
    // `--json` is exact (never rewritten): the echo is written as the control plane sent it, and
    // stderr says where a held secret is. Run outside the leak scan, which this would trip on purpose.
    let out = s
        .ctx
        .command(&["idp", "directory-import", "status", "--provider", &id, "--json", "--app", APP])
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap());
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let status: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(status["last_run"]["error"], why);
    assert!(stdout.contains("\\u001b]0;pwned\\u0007") && !stdout.contains('\u{1b}'), "{stdout}");
    assert!(
        stderr.contains("holds a secret this command was given, in last_run.error: it is written exactly as received"),
        "{stderr}"
    );
}

#[test]
fn a_megabyte_detail_is_cut_and_escape_sequences_are_shown_not_obeyed() {
    let s = Session::new();
    let detail = format!("\u{1b}[31mred\u{1b}]0;pwned\u{7}{}", "x".repeat(3 << 20));
    let problem = json!({"title": "Bad", "status": 400, "code": "invalid_request", "detail": detail});
    s.cp.inject(raw("identity-providers", 400, "application/problem+json", problem.to_string()));
    let run = s.alter(&["idp", "list"]);
    run.code(5).stderr_has("\\u{1b}[31mred\\u{1b}]0;pwned\\u{7}").stderr_has("more characters cut");
    assert!(run.stderr.len() < 10_000, "stderr is {} bytes", run.stderr.len());
    assert!(!run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'));
}

#[test]
fn a_discovery_document_with_escape_sequences_is_escaped_for_people_and_valid_json_for_scripts() {
    let s = Session::new();
    let issuer = "https://login.evil.example";
    let mut doc = discovery(issuer, "custom_oidc");
    doc["issuer"] = json!("https://login.evil.example\u{1b}]0;pwned\u{7}");
    doc["warnings"] = json!([{"code": "x\u{1b}[2J", "message": "clear \u{9b}2J screen"}]);
    s.cp.register_issuer(issuer, doc);
    let run = s.alter(&["idp", "discover", "--issuer-url", issuer]);
    run.code(0).stdout_has("https://login.evil.example\\u{1b}]0;pwned\\u{7}").stdout_has("clear \\u{9b}2J");
    assert!(!run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{9b}'), "{}", run.stdout);
    let json = s.alter(&["idp", "discover", "--issuer-url", issuer, "--json"]).code(0).json();
    assert_eq!(json["issuer"], "https://login.evil.example\u{1b}]0;pwned\u{7}");
}

#[test]
fn a_token_with_a_line_ending_is_trimmed_and_one_that_cannot_be_a_header_is_exit_3() {
    let s = Session::new();
    for padded in [format!("{TOKEN}\r"), format!("{TOKEN}\r\n"), format!("  {TOKEN}\n")] {
        let mut ctx = TestContext::new();
        ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", padded);
        ctx.run(&["idp", "list", "--app", APP]).code(0);
    }
    let before = s.requests().len();
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_all\r\nscopes");
    let run = ctx.run(&["idp", "list", "--app", APP, "-v"]);
    run.code(3).stderr_has("the Alter token from ALTER_TOKEN cannot be sent").stderr_has("hint: copy the token again");
    assert!(!run.stderr.contains("retrying"), "{}", run.stderr);
    let run = ctx.run_with_stdin(&["auth", "login", "--with-token"], Some(b"tok\x01bad\n"));
    run.code(3).stderr_has("from stdin cannot be sent");
    assert_eq!(s.requests().len(), before, "no request sent");

    // The stored file, hand-edited with a CRLF and spaces.
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url());
    let file = ctx.home().join(".config/alter/credentials");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, format!(" {TOKEN} \r\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    ctx.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    ctx.run(&["idp", "list", "--app", APP]).code(0);
}

fn raw_with(path: &str, status: u16, headers: &[(&str, &str)], body: impl Into<Vec<u8>>, times: usize) -> Fault {
    let headers = headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
    Fault::Raw { path_contains: path.into(), status, headers, body: body.into(), times }
}

#[test]
fn an_untrusted_control_plane_certificate_is_not_retried() {
    let issuers = Issuers::new();
    let mut ctx = TestContext::new();
    ctx.env("HTTPS_PROXY", issuers.server.proxy_url())
        .env("ALTER_API_URL", "https://api.alter.test")
        .env("ALTER_TOKEN", TOKEN);
    let run = ctx.run(&["idp", "list", "--app", APP, "-v"]);
    run.code(6).stderr_has("its TLS certificate is not trusted").stderr_has("--ca-cert");
    assert!(!run.stderr.contains("retrying"), "{}", run.stderr);
    assert_eq!(issuers.server.proxy_connects().len(), 1, "one connection, no retry");
}

#[test]
fn refused_redirects_and_redirect_loops_fail_at_once_in_plain_words() {
    let s = Session::new();
    s.cp.inject(raw_with("identity-providers", 302, &[("location", "http://evil.example/steal")], "", 1));
    let run = s.alter(&["idp", "list", "-v"]);
    run.code(5).stderr_has("redirect to http://evil.example/steal refused (to plain http on the network)");
    assert!(!run.stderr.contains("retrying"), "{}", run.stderr);

    let s = Session::new();
    let loop_to = format!("{}/v1/apps/{APP}/identity-providers", s.cp.url());
    s.cp.inject(raw_with("identity-providers", 302, &[("location", &loop_to)], "", 100));
    let run = s.alter(&["idp", "list"]);
    run.code(5).stderr_has("redirects more than 5 times, or in a loop").stderr_has("curl -sIL");
    assert!(!run.stderr.contains("error following redirect"), "{}", run.stderr);
    assert_eq!(s.requests().len(), 5, "the redirect chain once, no retry");
}

#[test]
fn an_oversized_or_compressed_answer_is_the_servers_failure_not_retried() {
    let s = Session::new();
    s.cp.inject(raw("identity-providers", 200, "application/json", vec![b' '; 5 << 20]));
    let run = s.alter(&["idp", "list", "-v"]);
    run.code(7).stderr_has("HTTP 200 with a body over 4 MiB").stderr_has("ALTER_API_URL");
    assert!(!run.stderr.contains("provider's own document") && !run.stderr.contains("retrying"), "{}", run.stderr);
    assert_eq!(s.requests().len(), 1);

    let s = Session::new();
    let gzip = raw_with(
        "identity-providers",
        200,
        &[("content-type", "application/json"), ("content-encoding", "gzip")],
        vec![0x1f, 0x8b, 8, 0],
        1,
    );
    s.cp.inject(gzip);
    s.alter(&["idp", "list"]).code(7).stderr_has("gzip-compressed body, which alter did not ask for");
}

#[test]
fn bad_success_bodies_are_exit_7_and_after_a_write_say_it_may_have_happened() {
    let cases: [(&str, &[u8], &str); 3] = [
        ("application/json", b"", "the body is empty"),
        ("text/html", b"<html><body>Welcome</body></html>", "an HTML page"),
        ("application/json", b"{\"id\": ", "does not match the contract"),
    ];
    for (content_type, body, says) in cases {
        let s = Session::new();
        s.cp.inject(raw("identity-providers", 200, content_type, body));
        let run = s.alter(&["idp", "list"]);
        run.code(7).stderr_has(says);
        assert!(!run.stderr.contains("a bug") && !run.stderr.contains("may have taken effect"), "{}", run.stderr);

        let s = Session::new();
        s.cp.inject(raw("identity-providers", 201, content_type, body));
        let run = s.alter(&["idp", "create", "--issuer-url", OKTA]);
        run.code(7).stderr_has(says).stderr_has("may have taken effect anyway: check with `alter idp show`");
    }
    let s = Session::new();
    let id = s.create_okta();
    s.cp.inject(raw("webhook/enable", 200, "application/json", ""));
    let run = s.alter(&["idp", "webhook", "enable", "--provider", &id, "--secret", "okta-event-hook-secret-7"]);
    run.code(7).stderr_has("check with `alter idp webhook status`");
}

#[test]
fn a_write_whose_answers_were_all_lost_may_have_happened() {
    let s = Session::new();
    s.cp.inject(Fault::DropAfterCommit { path_contains: "identity-providers".into(), times: 100 });
    let run = s.alter(&["idp", "create", "--issuer-url", OKTA]);
    run.code(6).stderr_has("may have taken effect anyway: check with `alter idp show`");
    assert_eq!(s.cp.providers(APP).len(), 1, "it did happen");
}

#[test]
fn a_public_issuer_cannot_point_alter_at_private_addresses() {
    let issuers = Issuers::new();
    let local = alter_testkit::https::FixtureServer::start_http();
    let targets = [
        format!("{}/keys", local.base_url()),
        "https://169.254.169.254/latest/meta-data/keys".to_owned(),
        "https://10.0.0.8/keys".to_owned(),
        "https://[::1]:8443/keys".to_owned(),
        "https://[fd00::1]/keys".to_owned(),
        "https://keys.localhost/jwks".to_owned(),
    ];
    for jwks_uri in targets {
        let document = json!({"issuer": "https://login.evil.example", "jwks_uri": jwks_uri});
        issuers.server.route(&discovery_url("https://login.evil.example"), Reply::Json(document));
        issuers
            .discover("https://login.evil.example", &[])
            .code(5)
            .stderr_has("loopback, link-local or private address")
            .stderr_has("probe your network");
    }
    assert!(local.requests().is_empty(), "nothing fetched from this machine");
    assert_eq!(issuers.server.requests().len(), 6, "only the discovery documents were fetched");
}

#[test]
fn a_public_host_cannot_redirect_alter_inward_or_down_to_http() {
    let issuers = Issuers::new();
    let local = alter_testkit::https::FixtureServer::start(&issuers.ca);
    let plain = alter_testkit::https::FixtureServer::start_http();
    let targets = [
        (format!("{}/doc", local.base_url().replace("localhost", "127.0.0.1")), "from a public host to a loopback"),
        (format!("{}/doc", local.base_url()), "from a public host to a loopback"),
        (format!("{}/doc", plain.base_url()), "from https to plain http"),
        ("http://login.evil.example/doc".to_owned(), "from https to plain http"),
    ];
    for (location, why) in targets {
        let redirect = Reply::Redirect { status: 302, location: location.clone() };
        issuers.server.route(&discovery_url("https://login.evil.example"), redirect);
        issuers
            .discover("https://login.evil.example", &[])
            .code(5)
            .stderr_has(&format!("redirect to {location} refused ({why}"));
    }
    assert!(local.requests().is_empty() && plain.requests().is_empty(), "nothing fetched from this machine");
}

fn okta_with_keys(jwks: Value) -> Issuers {
    let issuers = Issuers::new();
    issuers.serve(&fixture("okta-common-org-dockyard.json"), &jwks);
    issuers
}

#[test]
fn degenerate_keys_are_named_in_discover() {
    let good = fixture("jwks-okta.json")["keys"][0].clone();
    let huge_e = json!({"kty": "RSA", "kid": "huge-e", "use": "sig", "n": good["n"], "e": "A".repeat(5462)});
    let tiny_n = json!({"kty": "RSA", "kid": "tiny-n", "use": "sig", "n": "AA", "e": "AQAB"});
    let issuers = okta_with_keys(json!({"keys": [huge_e, tiny_n]}));
    let issuer = fixture("okta-common-org-dockyard.json")["issuer"].as_str().unwrap().to_owned();
    issuers
        .discover(&issuer, &[])
        .code(5)
        .stderr_has("no usable signing key")
        .stderr_has("key `huge-e`: its RSA exponent")
        .stderr_has("key `tiny-n`: its RSA modulus is 0 bits");

    let issuers = okta_with_keys(json!({"keys": [good, tiny_n]}));
    issuers.discover(&issuer, &[]).code(0).stdout_has("unusable_key: key `tiny-n`: its RSA modulus is 0 bits");
    let found = issuers.discover_json(&issuer).code(0).json();
    assert!(found["warnings"].as_array().unwrap().iter().any(|w| w["code"] == "unusable_key"), "{found}");
}

#[test]
fn check_token_blames_an_unusable_key_not_the_token() {
    let issuers = Issuers::new();
    let issuer = issuers.server.base_url();
    let signer = Signer::es256("key-1");
    let mut off_curve = signer.jwk();
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut y = base64::Engine::decode(&b64, off_curve["y"].as_str().unwrap()).unwrap();
    y[31] ^= 1;
    off_curve["y"] = json!(base64::Engine::encode(&b64, &y));
    let spare = Signer::es256("key-2");
    let jwks = json!({"keys": [off_curve, spare.jwk()]});
    issuers
        .server
        .route(&discovery_url(&issuer), Reply::Json(json!({"issuer": issuer, "jwks_uri": format!("{issuer}/jwks")})));
    issuers.server.route(&format!("{issuer}/jwks"), Reply::Json(jwks));
    let ca = issuers.ca.ca_pem_path().to_str().unwrap().to_owned();
    let token = signer.sign(&good_claims(&issuer, "https://api.example.com"));
    let args = ["idp", "check-token", "--offline", "--issuer-url", &issuer, "--ca-cert", &ca, "--token", "-"];
    let run = issuers.ctx.run_with_stdin(&args, Some(token.as_bytes()));
    run.code(5)
        .stdout_has("✗ key")
        .stdout_has("`key-1` is in the JWKS but unusable: its point (x, y) is not on the P-256 curve");
    assert!(!run.stdout.contains("altered"), "{}", run.stdout);
}

#[test]
fn minor_local_input_rules() {
    let s = Session::new();
    // A 100 kB issuer URL is local input: exit 2, not echoed, nothing sent.
    let long = format!("https://idp.example/{}", "a".repeat(100_000));
    let run = s.alter(&["idp", "create", "--issuer-url", &long]);
    run.code(2).stderr_has("the issuer URL is 100020 bytes long; an issuer URL is at most 2048");
    assert!(run.stderr.len() < 1000, "{}", run.stderr.len());
    s.ctx.run(&["idp", "discover", "--offline", "--issuer-url", &long]).code(2);

    // What create validated (trimmed) is what it sends.
    s.alter(&["idp", "create", "--issuer-url", &format!("  {OKTA}\n")]).code(0);
    let post = s.cp.requests().into_iter().find(|r| r.method == "POST").expect("create sent");
    assert_eq!(post.json().unwrap()["issuer_url"], OKTA);

    // Unknown fields are refused inside `wallet` as at the top level, by name.
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("body.json");
    let wallet = json!({"issuer_url": OKTA, "wallet": {"client_id": "0oa1", "client_secret": WALLET_SECRET, "clientSecretTypo": 1}});
    std::fs::write(&body, wallet.to_string()).unwrap();
    let before = s.requests().len();
    s.alter(&["idp", "update", "--input", &format!("@{}", body.display())])
        .code(2)
        .stderr_has("unknown field `issuer_url`");
    s.cp.providers(APP).iter().for_each(|p| assert!(p["wallet"].is_null()));
    let wallet_only = json!({"wallet": {"client_id": "0oa1", "client_secret": WALLET_SECRET, "clientSecretTypo": 1}});
    std::fs::write(&body, wallet_only.to_string()).unwrap();
    s.alter(&["idp", "update", "--input", &format!("@{}", body.display())])
        .code(2)
        .stderr_has("unknown field `clientSecretTypo`");
    assert_eq!(s.requests().len(), before, "nothing sent");
}

#[test]
fn a_password_in_alter_api_url_is_never_shown() {
    let s = Session::new();
    let url = s.cp.url().replace("http://", "http://deploy:url-password-77@");
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", url).env("ALTER_TOKEN", TOKEN);
    let run = ctx.run(&["idp", "list", "--app", APP, "-v"]);
    run.stderr_has("deploy:***@");
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", "ftp://deploy:url-password-77@host/").env("ALTER_TOKEN", TOKEN);
    ctx.run(&["idp", "list", "--app", APP]).code(2).stderr_has("deploy:***@host");
}
