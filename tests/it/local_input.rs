//! Local inputs (`-` and `@path`) are read under one cap and only from regular files: an endless
//! stream, a device, a FIFO or a directory ends in exit 2 naming the flag, and nothing is sent.

use crate::support::control_plane::{Session, OKTA};
use std::time::Duration;

fn okta_session() -> Session {
    let s = Session::new();
    s.create_okta();
    s
}

#[test]
fn an_endless_stdin_secret_is_cut_at_the_limit() {
    let s = okta_session();
    let before = s.requests().len();
    let huge = vec![b'y'; 3 << 20];
    let run = s.ctx.run_with_stdin(&["idp", "webhook", "enable", "--secret", "-", "--app", "app_demo"], Some(&huge));
    run.code(2).stderr_has("cannot read --secret from stdin: it is over the 1 MiB limit");
    assert_eq!(s.requests().len(), before, "nothing sent");
}

#[test]
fn devices_directories_and_fifos_are_refused_as_files() {
    let s = okta_session();
    let before = s.requests().len();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let cases = [
        ("--secret", "@/dev/zero".to_owned(), "not a regular file"),
        ("--secret", format!("@{}", dir.path().display()), "a directory"),
        ("--secret", format!("@{}", fifo.display()), "not a regular file"),
    ];
    for (flag, spec, says) in cases {
        let run = s.alter(&["idp", "webhook", "enable", flag, &spec]);
        run.code(2).stderr_has(says).stderr_has("use `-` to read a stream");
        assert!(run.elapsed < Duration::from_secs(5), "a FIFO must not block: {:?}", run.elapsed);
    }
    let run = s.alter(&["idp", "create", "--input", &format!("@{}", fifo.display())]);
    run.code(2).stderr_has("cannot read --input from").stderr_has("not a regular file");
    let run = s.ctx.run(&["auth", "status", "--ca-cert", "/dev/zero"]);
    run.code(2).stderr_has("not a regular file");
    assert_eq!(s.requests().len(), before, "nothing sent");
}

#[test]
fn an_oversized_input_body_names_the_flag_and_the_limit() {
    let s = Session::new();
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("body.json");
    let padding = " ".repeat(2 << 20);
    std::fs::write(&body, format!("{{\"issuer_url\": \"{OKTA}\"{padding}}}")).unwrap();
    let run = s.alter(&["idp", "create", "--input", &format!("@{}", body.display())]);
    run.code(2).stderr_has("--input").stderr_has("1 MiB");
    let run = s.ctx.run_with_stdin(&["idp", "create", "--input", "-", "--app", "app_demo"], Some(&vec![b' '; 2 << 20]));
    run.code(2).stderr_has("cannot read --input from stdin: it is over the 1 MiB limit");
    assert!(s.requests().is_empty(), "nothing sent: {:?}", s.requests());
}

#[test]
fn a_secret_from_an_environment_variable_is_read_without_a_warning() {
    let mut s = okta_session();
    s.ctx.env("OKTA_HOOK_SECRET", "okta-event-hook-secret-7");
    let run = s.alter(&["idp", "webhook", "enable", "--secret", "env:OKTA_HOOK_SECRET"]);
    run.code(0);
    assert!(!run.stderr.contains("inline"), "{}", run.stderr);
    s.alter(&["idp", "webhook", "rotate", "--secret", "env:MISSING_HOOK_SECRET", "--yes"])
        .code(2)
        .stderr_has("MISSING_HOOK_SECRET is not set");
}
