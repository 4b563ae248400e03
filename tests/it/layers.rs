//! The dependency arrows between layers point down: the HTTP layer (`src/http.rs`), which every
//! command's requests go through, names nothing above it and no single command's domain.

/// Every `crate::...` path `source` names, in `use` lines and inline.
fn crate_paths(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in source.match_indices("crate::") {
        let path: String = source[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        found.push(path);
    }
    // `use crate::{a, b::c}` groups: each member counts.
    for (at, _) in source.match_indices("crate::{") {
        let group = &source[at + "crate::{".len()..];
        let group = &group[..group.find("};").unwrap_or(group.len())];
        found.extend(group.split(',').map(|member| format!("crate::{}", member.trim())));
    }
    found
}

#[test]
fn the_http_layer_depends_on_no_command_and_no_commands_domain() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/http.rs")).expect("src/http.rs");
    let above = [
        "crate::commands",
        "crate::output",
        "crate::cli",
        "crate::context",
        "crate::api",
        "crate::oidc",
        // Domain modules that belong to one command.
        "crate::domain::doctor",
        "crate::domain::login",
        "crate::domain::export",
        "crate::domain::plan",
        "crate::domain::desired",
    ];
    let paths = crate_paths(&source);
    assert!(paths.iter().any(|p| p.starts_with("crate::error")), "the scan sees http.rs's imports: {paths:?}");
    let upward: Vec<&String> = paths.iter().filter(|p| above.iter().any(|a| p.starts_with(a))).collect();
    assert!(upward.is_empty(), "src/http.rs depends on a layer above it: {upward:?}");
}
