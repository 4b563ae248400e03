//! Shell completions and man pages are generated from the clap tree and committed; these tests
//! fail when they drift, so every new command or flag ships with them.

use crate::support::golden::{assert_matches_file, assert_no_stale_files};
use alter::cli::Cli;
use clap::CommandFactory;
use clap_complete::Shell;

#[test]
fn completions_match_the_command_tree() {
    for (shell, file) in [
        (Shell::Bash, "alter.bash"),
        (Shell::Zsh, "_alter"),
        (Shell::Fish, "alter.fish"),
        (Shell::PowerShell, "_alter.ps1"),
        (Shell::Elvish, "alter.elv"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "alter", &mut out);
        assert_matches_file(&format!("completions/{file}"), &String::from_utf8(out).expect("utf-8"));
    }
}

#[test]
fn man_pages_match_the_command_tree() {
    let mut root = Cli::command();
    root.build();
    let mut pages = Vec::new();
    collect_pages(&root, "alter", &mut pages);
    let names: Vec<String> = pages.iter().map(|(name, _)| format!("{name}.1")).collect();
    for (name, page) in &pages {
        assert_matches_file(&format!("man/{name}.1"), page);
    }
    assert_no_stale_files("man", &names);
}

/// One page per command, named like git's (`alter-identity-providers-discover.1`).
fn collect_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, String)>) {
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone().name(name.to_owned())).render(&mut page).expect("render man page");
    pages.push((name.to_owned(), String::from_utf8(page).expect("utf-8")));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}
