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

/// Files in `dir` (relative) that no longer correspond to anything generated.
pub fn stale_files(dir: &str, expected: &[String]) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(repo_path(dir)) else { return Vec::new() };
    entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|name| !expected.contains(name)).collect()
}
