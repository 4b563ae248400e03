//! `--help` is documentation: pinned for every command, and every command carries examples.

use crate::support::golden::{assert_matches_file, assert_no_stale_files};
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
    let mut names = Vec::new();
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let run = ctx.run(&args);
        run.code(0);
        assert!(run.stderr.is_empty(), "help goes to stdout: {}", run.stderr);
        assert!(run.stdout.contains("Examples:"), "`alter {}` has no examples", path.join(" "));
        let name = std::iter::once("alter").chain(path.iter().map(String::as_str)).collect::<Vec<_>>().join("-");
        assert_matches_file(&format!("tests/it/snapshots/help/{name}.txt"), &run.stdout);
        names.push(format!("{name}.txt"));
    }
    assert_no_stale_files("tests/it/snapshots/help", &names);
}

const GLOBAL_FLAGS: [&str; 8] =
    ["--json", "--quiet", "--verbose", "--app", "--no-color", "--ca-cert", "--help", "--version"];

#[test]
fn a_commands_own_options_come_before_the_global_ones() {
    let ctx = TestContext::new();
    let help = ctx.run(&["idp", "create", "--help"]).code(0).stdout.clone();
    let (own, global) = help.split_once("\nGlobal options:\n").expect("a Global options heading");
    let global = global.split_once("\nExamples:").expect("examples after the options").0;
    for flag in ["--issuer-url", "--group-claim", "--role-claim", "--input", "--dry-run"] {
        assert!(own.contains(flag) && !global.contains(&format!("{flag} ")), "{flag} is create's own");
    }
    for flag in GLOBAL_FLAGS {
        assert!(global.contains(flag) && !own.contains(flag), "{flag} is global\n{help}");
    }
    let list = ctx.run(&["idp", "list", "--help"]).code(0).stdout.clone();
    assert!(!list.contains("\nOptions:"), "list has no options of its own:\n{list}");
}

#[test]
fn every_command_prints_the_programs_version() {
    let ctx = TestContext::new();
    let expected = format!("alter {}\n", env!("CARGO_PKG_VERSION"));
    for args in [&["--version"][..], &["idp", "list", "--version"], &["auth", "login", "-V"]] {
        let run = ctx.run(args);
        run.code(0);
        assert_eq!((run.stdout.as_str(), run.stderr.as_str()), (expected.as_str(), ""), "alter {args:?}");
    }
}

#[test]
fn create_without_an_issuer_names_both_ways_to_give_one() {
    let run = TestContext::new().run(&["idp", "create"]);
    run.code(2).stderr_has("--issuer-url <URL>").stderr_has("--input <@PATH|->");
    let both = TestContext::new().run(&["idp", "create", "--issuer-url", "https://a.example", "--input", "-"]);
    both.code(2).stderr_has("cannot be used with");
}

#[test]
fn group_claim_stable_ids_reads_the_same_on_create_update_and_check_token() {
    let ctx = TestContext::new();
    for command in ["create", "update", "check-token"] {
        let help = ctx.run(&["idp", command, "--help"]).code(0).stdout.clone();
        let entry = help.split_once("--group-claim-stable-ids [<BOOL>]").expect("a [<BOOL>] value").1;
        let entry: String =
            entry.split("\n      --").next().expect("entry").split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            entry.contains(
                "the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need"
            ) || entry.contains(
                "The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need"
            ),
            "{command}: {entry}"
        );
    }
}

/// Clap's help and errors and our own messages, on a terminal: coloured unless `--no-color` or
/// `NO_COLOR` says not.
#[test]
fn no_color_and_no_color_env_govern_every_colour() {
    let mut ctx = TestContext::new();
    for args in [&["idp", "create", "--help"][..], &["idp", "discover"], &["idp", "list"]] {
        let run = ctx.run_in_terminal(args, b"");
        assert!(run.stdout.contains("\x1b["), "coloured on a terminal: alter {args:?}\n{:?}", run.stdout);
        let plain = ctx.run_in_terminal(&[args, &["--no-color"]].concat(), b"");
        assert!(!plain.stdout.contains("\x1b["), "--no-color: alter {args:?}\n{:?}", plain.stdout);
        assert_eq!(plain.code, run.code, "alter {args:?}");
    }
    ctx.env("NO_COLOR", "1");
    for args in [&["idp", "create", "--help"][..], &["idp", "discover"], &["idp", "list"]] {
        let run = ctx.run_in_terminal(args, b"");
        assert!(!run.stdout.contains("\x1b["), "NO_COLOR: alter {args:?}\n{:?}", run.stdout);
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
