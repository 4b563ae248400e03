//! What differs between operating systems, in a few small functions: where per-user
//! configuration lives and what "private" means for a file. On unix, private is mode 0600 for a
//! file and 0700 for its directory. On Windows a file under the user profile (`%APPDATA%`) is
//! private by the profile's ACL (the user, SYSTEM and Administrators), so nothing is added there.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// Which convention names the per-user configuration directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigDir {
    /// `$XDG_CONFIG_HOME`, else `~/.config` (Linux and the BSDs).
    Xdg,
    /// `$XDG_CONFIG_HOME` when set (as gh honours it), else `~/Library/Application Support`.
    MacOs,
    /// `%APPDATA%` (the roaming profile, as `dirs::config_dir` and gh use).
    Windows,
}

impl ConfigDir {
    pub const CURRENT: Self = if cfg!(windows) {
        Self::Windows
    } else if cfg!(target_os = "macos") {
        Self::MacOs
    } else {
        Self::Xdg
    };

    /// `alter`'s directory under it, given how to read an environment variable; None when the
    /// variables it needs are unset. A relative XDG_CONFIG_HOME is invalid per the XDG spec and
    /// ignored.
    pub fn alter_dir(self, var: impl Fn(&str) -> Option<PathBuf>) -> Option<PathBuf> {
        let xdg = || var("XDG_CONFIG_HOME").filter(|p| p.is_absolute());
        let home = |below: &str| var("HOME").map(|home| home.join(below));
        let base = match self {
            Self::Xdg => xdg().or_else(|| home(".config")),
            Self::MacOs => xdg().or_else(|| home("Library/Application Support")),
            Self::Windows => var("APPDATA"),
        }?;
        Some(base.join("alter"))
    }
}

/// Creates `dir` and its parents; the last one private to the user.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)
}

/// Creates a new file (never an existing one) that only the user can read, from its first byte.
pub fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// The permission bits of `path` on unix; None elsewhere, where the profile's ACL decides.
pub fn unix_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).ok().map(|meta| meta.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alter_dir_follows_each_platforms_convention() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| PathBuf::from(v))
        };
        let all = env(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h"), ("APPDATA", r"C:\Users\u\AppData\Roaming")]);
        assert_eq!(ConfigDir::Xdg.alter_dir(all), Some(PathBuf::from("/x/alter")));
        assert_eq!(ConfigDir::MacOs.alter_dir(all), Some(PathBuf::from("/x/alter")));
        assert_eq!(ConfigDir::Windows.alter_dir(all), Some(PathBuf::from(r"C:\Users\u\AppData\Roaming").join("alter")));

        let home_only = env(&[("XDG_CONFIG_HOME", "relative"), ("HOME", "/h")]);
        assert_eq!(ConfigDir::Xdg.alter_dir(home_only), Some(PathBuf::from("/h/.config/alter")));
        assert_eq!(ConfigDir::MacOs.alter_dir(home_only), Some(PathBuf::from("/h/Library/Application Support/alter")));
        assert_eq!(ConfigDir::Windows.alter_dir(home_only), None, "Windows has no config dir without APPDATA");
        assert_eq!(ConfigDir::Xdg.alter_dir(env(&[])), None);
    }

    #[cfg(unix)]
    #[test]
    fn private_means_0700_and_0600_on_unix() {
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("a/b");
        create_private_dir(&inner).unwrap();
        assert_eq!(unix_mode(&inner), Some(0o700));
        create_private_file(&inner.join("f")).unwrap();
        assert_eq!(unix_mode(&inner.join("f")), Some(0o600));
        assert_eq!(create_private_file(&inner.join("f")).unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(unix_mode(&dir.path().join("missing")), None);
    }
}
