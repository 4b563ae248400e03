//! The crate is ready for `cargo install alter` and `cargo binstall alter`: the metadata
//! crates.io and binstall read, and a package holding what the build needs and no test kit.

use serde_json::Value;
use std::process::Command;

fn cargo(args: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("run cargo");
    assert!(out.status.success(), "cargo {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn crate_metadata_serves_cargo_install_and_binstall() {
    let metadata: Value =
        serde_json::from_str(&cargo(&["metadata", "--no-deps", "--offline", "--format-version", "1"])).expect("json");
    let alter =
        metadata["packages"].as_array().expect("packages").iter().find(|p| p["name"] == "alter").expect("alter");
    for field in ["description", "license", "readme", "repository", "homepage"] {
        assert!(alter[field].as_str().is_some_and(|v| !v.is_empty()), "Cargo.toml lacks {field}");
    }
    assert!(alter["keywords"].as_array().is_some_and(|k| (1..=5).contains(&k.len())), "1-5 keywords");
    assert!(alter["categories"].as_array().expect("categories").contains(&"command-line-utilities".into()));
    let binstall = &alter["metadata"]["binstall"];
    assert!(binstall["pkg-url"].as_str().is_some_and(|u| u.contains("{ target }")), "{binstall}");

    let files = cargo(&["package", "--list", "--allow-dirty", "--offline", "-p", "alter"]);
    let files: Vec<&str> = files.lines().collect();
    for needed in ["src/main.rs", "src/cli.rs", "README.md", "Cargo.lock", "man/alter.1"] {
        assert!(files.contains(&needed), "the package lacks {needed}: {files:?}");
    }
    assert!(!files.iter().any(|f| f.starts_with("tests/") || f.starts_with("bench/")), "{files:?}");
}
