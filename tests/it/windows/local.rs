//! What alter.exe does without a network: help, version and usage errors for every command
//! (the PowerShell completions are generated from that same tree), exit codes, `@path` inputs
//! with Windows paths, and the workspace link.

use super::{same, same_with_paths, win_path};
use crate::support::control_plane::{Session, APP};
use crate::support::TestContext;
use alter::cli::Cli;
use clap::CommandFactory;

/// Every command's path in the clap tree: `["idp", "webhook", "enable"]` and so on.
fn command_paths(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_owned());
        out.push(path.clone());
        command_paths(sub, &path, out);
    }
}

#[test]
#[ignore = "the Windows smoke suite: needs Wine and alter.exe, run by .ci/windows-smoke"]
fn help_version_and_usage_errors_match_linux_for_every_command() {
    let ctx = TestContext::new();
    let version = same(&ctx, &["--version"], &["--version"], None);
    assert_eq!(version.stdout, format!("alter {}\n", env!("CARGO_PKG_VERSION")));
    // clap names the program after argv[0] unless told: "Usage: alter.exe" was the finding.
    same(&ctx, &["--help"], &["--help"], None).stdout_has("Usage: alter [OPTIONS] <COMMAND>");
    same(&ctx, &["bogus"], &["bogus"], None).code(2).stderr_has("Usage: alter [OPTIONS] <COMMAND>");
    same(&ctx, &["idp", "discover", "--offline"], &["idp", "discover", "--offline"], None).code(2);
    same(&ctx, &["idp", "list", "--app", "bad app!"], &["idp", "list", "--app", "bad app!"], None).code(2);

    let mut paths = Vec::new();
    command_paths(&Cli::command(), &[], &mut paths);
    assert!(paths.len() > 20, "the tree: {paths:?}");
    for path in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        same(&ctx, &args, &args, None).code(0);
    }
    // The PowerShell completer registers the name the help shows.
    let ps1 = std::fs::read_to_string(format!("{}/completions/_alter.ps1", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(ps1.contains("-CommandName 'alter'"));
}

#[test]
#[ignore = "the Windows smoke suite: needs Wine and alter.exe, run by .ci/windows-smoke"]
fn a_missing_at_path_input_is_named_as_written() {
    let s = Session::new();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no such.json");
    let run = same_with_paths(
        &s.ctx,
        &["idp", "create", "--input", &format!("@{}", missing.display()), "--app", APP],
        &["idp", "create", "--input", &format!("@{}", win_path(&missing)), "--app", APP],
        None,
        &[(&missing.display().to_string(), &win_path(&missing))],
    );
    run.code(2).stderr_has("cannot read --input from");
    assert!(s.cp.requests().is_empty(), "nothing sent");
}

#[test]
#[ignore = "the Windows smoke suite: needs Wine and alter.exe, run by .ci/windows-smoke"]
fn link_and_unlink_in_a_windows_directory() {
    let s = Session::new();
    s.cp.add_app("app_linked", "Linked app");
    let work = tempfile::tempdir().unwrap();
    let (linux_dir, windows_dir) = (work.path().join("linux"), work.path().join("windows"));
    let mut ctxs = Vec::new();
    for dir in [&linux_dir, &windows_dir] {
        std::fs::create_dir_all(dir.join("a/b")).unwrap();
        let mut ctx = TestContext::new();
        ctx.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_all_scopes").cwd(dir);
        ctxs.push(ctx);
    }
    let linux = ctxs[0].run(&["link", "--app", "app_linked"]);
    linux.code(0);
    let windows = ctxs[1].run_windows(&["link", "--app", "app_linked"], None);
    windows.code(0);
    let link_file = windows_dir.join(".alter").join("app.json");
    assert_eq!(
        windows.stdout,
        format!("Linked this directory to Linked app (app_linked) in {}\n", win_path(&link_file)),
        "the path as Windows names it"
    );
    assert_eq!(windows.stderr, linux.stderr);
    // The same bytes (line endings included) as the Linux binary writes.
    assert_eq!(
        std::fs::read(&link_file).unwrap(),
        std::fs::read(linux_dir.join(".alter/app.json")).unwrap(),
        "the link file differs between Windows and Linux"
    );

    // Found from a subdirectory, as on Linux.
    let mut nested = TestContext::new();
    nested.env("ALTER_API_URL", s.cp.url()).env("ALTER_TOKEN", "tok_all_scopes").cwd(windows_dir.join("a/b"));
    nested.run_windows(&["idp", "list"], None).code(0);
    let last = s.cp.requests().last().map(|r| r.path.clone());
    assert_eq!(last.as_deref(), Some("/v1/apps/app_linked/identity-providers"));

    let unlinked = ctxs[1].run_windows(&["unlink"], None);

    unlinked.code(0);
    assert_eq!(unlinked.stdout, format!("Unlinked app app_linked (removed {})\n", win_path(&link_file)));
    assert!(!link_file.exists() && !windows_dir.join(".alter").exists(), "the file and the empty .alter are gone");
    ctxs[1].run_windows(&["unlink"], None).code(4).stderr_has("this directory is not linked to an app");
}
