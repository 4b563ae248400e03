//! Retries, idempotency and time limits against injected faults, and what `-v` may show.

use crate::support::control_plane::{Session, APP, OKTA, TOKEN};
use alter_testkit::control_plane::Fault;
use std::time::Duration;

fn status_fault(status: u16, retry_after: Option<u64>, times: usize) -> Fault {
    Fault::Status { path_contains: "identity-providers".into(), status, retry_after, times }
}

#[test]
fn a_create_whose_response_is_lost_is_replayed_not_repeated() {
    let s = Session::new();
    s.cp.inject(Fault::DropAfterCommit { path_contains: "identity-providers".into(), times: 1 });
    let created = s.alter(&["idp", "create", "--issuer-url", OKTA, "--json"]).code(0).json();
    assert_eq!(s.cp.providers(APP).len(), 1, "created exactly once");
    assert_eq!(s.cp.providers(APP)[0]["id"], created["id"]);
    let posts: Vec<_> = s.cp.requests().into_iter().filter(|r| r.method == "POST").collect();
    assert_eq!(posts.len(), 2, "one retry");
    assert_eq!(posts[0].header("idempotency-key"), posts[1].header("idempotency-key"), "same key on the retry");
    assert_eq!(posts[1].status, Some(201));
}

#[test]
fn unavailable_and_rate_limited_answers_are_retried() {
    let s = Session::new();
    s.cp.inject(status_fault(503, None, 2));
    s.alter(&["idp", "list"]).code(0);
    assert_eq!(s.requests().len(), 3);

    let s = Session::new();
    s.cp.inject(status_fault(429, Some(1), 1));
    let run = s.alter(&["idp", "list"]);
    run.code(0);
    assert!(run.elapsed >= Duration::from_secs(1), "Retry-After honoured: {:?}", run.elapsed);
}

#[test]
fn a_server_that_stays_down_ends_in_exit_7_within_a_minute() {
    let s = Session::new();
    s.cp.inject(status_fault(503, None, 100));
    let run = s.alter(&["idp", "create", "--issuer-url", OKTA]);
    run.code(7).stderr_has("unavailable");
    assert!(run.elapsed < Duration::from_secs(60), "{:?}", run.elapsed);
    assert!(s.cp.providers(APP).is_empty());

    let s = Session::new();
    s.cp.inject(status_fault(500, None, 1));
    s.alter(&["idp", "list"]).code(7);
    assert_eq!(s.requests().len(), 1, "a 500 is not retried");
}

#[test]
fn a_server_that_never_answers_ends_in_exit_6() {
    let s = Session::new();
    s.cp.inject(Fault::Hang { path_contains: "identity-providers".into(), times: 100 });
    let run = s.alter(&["idp", "list"]);
    run.code(6).stderr_has("timed out");
    assert!(run.elapsed < Duration::from_secs(100), "{:?}", run.elapsed);
}

#[test]
fn nothing_listening_is_a_network_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    drop(listener);
    let mut ctx = crate::support::TestContext::new();
    ctx.env("ALTER_API_URL", url).env("ALTER_TOKEN", TOKEN);
    ctx.run(&["idp", "list", "--app", APP]).code(6).stderr_has("cannot connect");
}

#[test]
fn verbose_traces_redact_the_token_and_secrets() {
    let s = Session::new();
    let run = s.alter(&[
        "idp",
        "create",
        "-v",
        "--issuer-url",
        OKTA,
        "--wallet-client-id",
        "0oa1",
        "--wallet-client-secret",
        "verbose-wallet-secret",
    ]);
    run.code(0)
        .stderr_has(&format!("POST {}/v1/apps/{APP}/identity-providers", s.cp.url()))
        .stderr_has("Authorization: Bearer ***")
        .stderr_has("201 ");
    for secret in [TOKEN, "verbose-wallet-secret"] {
        assert!(!run.stderr.contains(secret) && !run.stdout.contains(secret), "{secret} leaked");
    }
}
