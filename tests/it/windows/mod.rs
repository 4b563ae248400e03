//! The Windows smoke suite: the real release `alter.exe` (x86_64-pc-windows-gnu) run under Wine
//! against the same loopback servers as the rest of the suite, each check comparing what a user
//! sees (exit code, stdout, stderr) with the Linux binary's run of the same command, or with the
//! exact expected text where Windows differs by design (paths, the Credential Manager).
//!
//! `.ci/windows-smoke` builds alter.exe and the ProcessPrng shim (testkit/wine/), makes a Wine
//! prefix and runs these tests; they are `#[ignore]`d elsewhere, so the README's test command
//! counts them as skipped, never as passed. Run alone, without the script, they fail and say so.
//!
//! What Wine cannot show: a real console (colours and the terminal prompt), Windows' own
//! certificate chain engine with extra roots (Wine 8.0 refuses its layout: see `tls.rs`), and
//! the profile ACL on the fallback file.

mod auth;
mod local;
mod network;

use crate::support::Run;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where `.ci/windows-smoke` put things: the Wine loader, the prefix, and the directory holding
/// alter.exe with the shim DLL.
pub struct Wine {
    loader: PathBuf,
    prefix: PathBuf,
    bin: PathBuf,
}

impl Wine {
    pub fn get() -> Self {
        let var = |name: &str| {
            std::env::var_os(name).map(PathBuf::from).unwrap_or_else(|| {
                panic!("{name} is not set: the Windows smoke suite runs from .ci/windows-smoke (it needs Wine)")
            })
        };
        Self { loader: var("ALTER_WINE"), prefix: var("ALTER_WINEPREFIX"), bin: var("ALTER_WINDOWS_BIN") }
    }

    /// `wine alter.exe` with nothing of this process's environment; the caller adds the rest.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(&self.loader);
        cmd.arg(self.bin.join("alter.exe"))
            .env_clear()
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=");
        cmd
    }

    /// A Windows program of the test kit (built by the script next to alter.exe), run as is.
    pub fn run_tool(&self, exe: &str) -> String {
        let out = Command::new(&self.loader)
            .arg(self.bin.join(exe))
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            .output()
            .expect("run a test kit tool under Wine");
        assert!(out.status.success(), "{exe}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// `%APPDATA%` in this prefix, as a Unix path, for looking at what alter.exe wrote there.
    pub fn appdata(&self) -> PathBuf {
        self.prefix.join("drive_c/users").join(self.user()).join("AppData/Roaming")
    }

    /// `%APPDATA%` as alter.exe sees it.
    pub fn appdata_windows(&self) -> String {
        format!("C:\\users\\{}\\AppData\\Roaming", self.user())
    }

    fn user(&self) -> String {
        std::fs::read_dir(self.prefix.join("drive_c/users"))
            .expect("the prefix's users")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|name| name != "Public")
            .expect("a user profile in the prefix")
    }
}

/// A file only its owner can read, so the Linux binary gives no "readable by other users"
/// warning that Windows (where the profile's ACL decides) never gives.
pub fn write_private(path: &Path, contents: impl AsRef<[u8]>) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, contents).expect("write a test file");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod 600");
}

/// The Windows name of a Unix path: Wine maps `/` to drive `Z:`.
pub fn win_path(path: &Path) -> String {
    format!("Z:{}", path.display().to_string().replace('/', "\\"))
}

/// Runs `args` with both binaries and asserts the user sees the same: exit code, stdout and
/// stderr, byte for byte once `paths` (Linux form, Windows form) and the OS's own error texts
/// are mapped back. Returns the Windows run.
#[track_caller]
pub fn same(ctx: &crate::support::TestContext, linux: &[&str], windows: &[&str], stdin: Option<&[u8]>) -> Run {
    same_with_paths(ctx, linux, windows, stdin, &[])
}

#[track_caller]
pub fn same_with_paths(
    ctx: &crate::support::TestContext,
    linux: &[&str],
    windows: &[&str],
    stdin: Option<&[u8]>,
    paths: &[(&str, &str)],
) -> Run {
    let expected = ctx.run_with_stdin(linux, stdin);
    let mut seen = ctx.run_windows(windows, stdin);
    // The OS's own words for an error differ; what alter says around them must not.
    let mut mapped: Vec<(&str, &str)> =
        vec![("File not found. (os error 2)", "No such file or directory (os error 2)")];
    mapped.extend(paths.iter().map(|(unix, win)| (*win, *unix)));
    for (win, unix) in mapped {
        seen.stdout = seen.stdout.replace(win, unix);
        seen.stderr = seen.stderr.replace(win, unix);
    }
    let shown = |run: &Run| (run.code, mask_seconds(&run.stdout), mask_seconds(&run.stderr));
    assert_eq!(
        shown(&seen),
        shown(&expected),
        "alter.exe {windows:?} differs from alter {linux:?} (left: Windows, right: Linux)"
    );
    seen
}

/// "expires in 600 s" -> "expires in N s": the two runs are a moment apart, and a token's
/// lifetime may cross a second between them.
fn mask_seconds(text: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            let seconds = c == ' ' && chars.peek() == Some(&'s');
            out.push_str(if seconds { "N" } else { &digits });
            digits.clear();
        }
        out.push(c);
    }
    out.push_str(&digits);
    out
}
