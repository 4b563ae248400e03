//! Installs the test kit's pinned npm packages from their lock file on first use, so a fresh
//! clone's `cargo nextest run --workspace` (or `cargo test`) needs nothing run before it.
//! Tests run in parallel processes: one installs under an exclusive file lock, the others wait
//! and then find the marker it leaves.

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::process::{Command, Stdio};

/// Written into `node_modules` only after `npm ci` succeeded; it holds the lock file it came from.
const MARKER: &str = "node_modules/.alter-testkit-installed";

/// Makes sure `dir/node_modules` matches `dir/package-lock.json`, running `npm ci` when not.
pub fn ensure_installed(dir: &Path) {
    let lock_file = std::fs::read(dir.join("package-lock.json"))
        .unwrap_or_else(|e| panic!("cannot read {}/package-lock.json: {e}", dir.display()));
    if is_current(dir, &lock_file) {
        return;
    }
    let guard = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(".install.lock"))
        .unwrap_or_else(|e| panic!("cannot create the npm install lock in {}: {e}", dir.display()));
    guard.lock().unwrap_or_else(|e| panic!("cannot lock {}/.install.lock: {e}", dir.display()));
    if !is_current(dir, &lock_file) {
        install(dir, &lock_file);
    }
    drop::<File>(guard);
}

fn is_current(dir: &Path, lock_file: &[u8]) -> bool {
    std::fs::read(dir.join(MARKER)).is_ok_and(|marker| marker == lock_file)
}

fn install(dir: &Path, lock_file: &[u8]) {
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    let output = Command::new(npm)
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| {
            panic!("the oidc-provider tests need Node.js 20+ and npm on PATH (`{npm}` could not run: {e})")
        });
    assert!(
        output.status.success(),
        "`npm ci` in {} failed ({}):\n{}",
        dir.display(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::write(dir.join(MARKER), lock_file)
        .unwrap_or_else(|e| panic!("cannot write {}/{MARKER}: {e}", dir.display()));
}
