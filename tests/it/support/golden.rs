//! Files generated from the clap tree or pinned from the binary's output, compared with the
//! committed copies. `ALTER_BLESS=1 cargo nextest run` rewrites them.

use std::path::{Path, PathBuf};

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn blessing() -> bool {
    std::env::var_os("ALTER_BLESS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the file at `relative`, or writes it when blessing.
#[track_caller]
pub fn assert_matches_file(relative: &str, actual: &str) {
    let path = repo_path(relative);
    if blessing() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        panic!(
            "{relative} is out of date with the code.\n--- committed\n{expected}\n--- now\n{actual}\n\
             Run `ALTER_BLESS=1 cargo nextest run --workspace` and commit the result."
        );
    }
}

/// Fails on files in `dir` (relative) that no longer correspond to anything generated (a
/// removed or renamed command), or removes them when blessing.
#[track_caller]
pub fn assert_no_stale_files(dir: &str, expected: &[String]) {
    let stale = stale_files(&repo_path(dir), expected);
    if blessing() {
        for name in stale {
            std::fs::remove_file(repo_path(dir).join(name)).expect("remove stale file");
        }
    } else {
        assert!(stale.is_empty(), "{dir}/ has files for commands that no longer exist: {stale:?}; re-bless");
    }
}

fn stale_files(dir: &Path, expected: &[String]) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut stale: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| !expected.contains(name))
        .collect();
    stale.sort();
    stale
}

#[test]
fn a_file_nothing_generates_is_stale() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["alter.txt", "alter-gone.txt"] {
        std::fs::write(dir.path().join(name), "").expect("write");
    }
    assert_eq!(stale_files(dir.path(), &["alter.txt".to_owned()]), ["alter-gone.txt"]);
    assert!(stale_files(&dir.path().join("missing"), &[]).is_empty());
}
