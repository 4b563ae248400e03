//! `--help` is documentation: pinned for every command, and every command carries examples.

use crate::support::golden::assert_matches_file;
use crate::support::TestContext;
use alter::cli::Cli;
use clap::CommandFactory;

fn command_paths(cmd: &clap::Command, prefix: &[String], paths: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_owned());
        paths.push(path.clone());
        command_paths(sub, &path, paths);
    }
}

#[test]
fn every_command_help_is_pinned_and_has_examples() {
    let ctx = TestContext::new();
    let mut paths = vec![Vec::new()];
    command_paths(&Cli::command(), &[], &mut paths);
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let run = ctx.run(&args);
        run.code(0);
        assert!(run.stderr.is_empty(), "help goes to stdout: {}", run.stderr);
        assert!(run.stdout.contains("Examples:"), "`alter {}` has no examples", path.join(" "));
        let name = std::iter::once("alter").chain(path.iter().map(String::as_str)).collect::<Vec<_>>().join("-");
        assert_matches_file(&format!("tests/it/snapshots/help/{name}.txt"), &run.stdout);
    }
}

#[test]
fn root_help_documents_exit_codes() {
    let run = TestContext::new().run(&["--help"]);
    for code in alter::exit::ExitCode::ALL {
        let line = format!("{:>3}  {}", code as u8, code.meaning());
        assert!(run.stdout.contains(&line), "--help lacks the exit-code line {line:?}");
    }
}

#[test]
fn the_idp_alias_and_version_work() {
    let ctx = TestContext::new();
    let alias = ctx.run(&["idp", "--help"]);
    alias.code(0);
    assert_eq!(alias.stdout, ctx.run(&["identity-providers", "--help"]).stdout);
    ctx.run(&["--version"]).code(0).stdout_has(env!("CARGO_PKG_VERSION"));
}

#[test]
fn usage_errors_exit_2_on_stderr() {
    let run = TestContext::new().run(&["idp", "discover"]);
    run.code(2).stderr_has("--issuer-url <URL>");
    assert!(run.stdout.is_empty());
    TestContext::new().run(&["idp", "no-such-command"]).code(2).stderr_has("unrecognized subcommand");
}
