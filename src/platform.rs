//! What differs between operating systems, in a few small functions: where per-user
//! configuration lives and what "private" means for a file. On unix, private is mode 0600 for a
//! file and 0700 for its directory, and a file group or other users can read or write is open. On
//! Windows a file under the user profile (`%APPDATA%`) is private by the profile's ACL (the user,
//! SYSTEM and Administrators), so nothing is added there, and there is no mode to report.

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

/// What this platform lets alter tell about who besides the user can open a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAccess {
    /// Unix: the file's permission bits (the low nine), as read.
    Mode(u32),
    /// Windows: there is no mode; the file's ACL decides, by default the one it inherits from the
    /// user profile (the user, SYSTEM and Administrators). alter does not read ACLs.
    ProfileAcl,
}

/// A file group or other users can read or write: its mode as read, and what they can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenToOthers {
    pub mode: u32,
    /// "readable", "writable" or "readable and writable" (by other users).
    pub how: &'static str,
}

impl FileAccess {
    /// Whether group or other users can read or write the file, and how; None when they cannot,
    /// or when the platform has no mode to tell (Windows).
    pub fn open_to_others(self) -> Option<OpenToOthers> {
        let Self::Mode(mode) = self else { return None };
        let how = match (mode & 0o044 != 0, mode & 0o022 != 0) {
            (true, true) => "readable and writable",
            (true, false) => "readable",
            (false, true) => "writable",
            (false, false) => return None,
        };
        Some(OpenToOthers { mode, how })
    }
}

/// Who can open `path`, as far as this platform tells; an error when its metadata cannot be read.
pub fn file_access(path: &Path) -> io::Result<FileAccess> {
    let meta = std::fs::metadata(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Ok(FileAccess::Mode(meta.permissions().mode() & 0o777))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Ok(FileAccess::ProfileAcl)
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
        assert_eq!(file_access(&inner).unwrap(), FileAccess::Mode(0o700));
        create_private_file(&inner.join("f")).unwrap();
        assert_eq!(file_access(&inner.join("f")).unwrap(), FileAccess::Mode(0o600));
        assert_eq!(create_private_file(&inner.join("f")).unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        assert!(file_access(&dir.path().join("missing")).is_err());
    }

    /// Group or other bits for reading or writing both open a file holding a secret; the owner's
    /// own bits never do (0400 is as private as 0600).
    #[test]
    fn open_to_others_counts_read_and_write_bits_of_group_and_other() {
        for private in [0o600, 0o400, 0o700, 0o000, 0o611] {
            assert_eq!(FileAccess::Mode(private).open_to_others(), None, "{private:o}");
        }
        for (open, what) in [
            (0o644, "readable"),
            (0o640, "readable"),
            (0o604, "readable"),
            (0o620, "writable"),
            (0o602, "writable"),
            (0o666, "readable and writable"),
            (0o624, "readable and writable"),
        ] {
            let found = FileAccess::Mode(open).open_to_others();
            assert_eq!(found, Some(OpenToOthers { mode: open, how: what }), "{open:o}");
        }
        assert_eq!(FileAccess::ProfileAcl.open_to_others(), None);
    }
}
