//! Where the control-plane token lives: `ALTER_TOKEN`, else the OS keyring, else a 0600 file.
//!
//! The file exists for machines with no keyring service (headless Linux, CI containers): there
//! the keyring crate cannot reach a Secret Service over D-Bus and we fall back quietly. It also
//! takes a token longer than the keyring holds (Windows Credential Manager: 2560 bytes of UTF-16,
//! so 1280 characters; a large JWT is more), and then the keyring's older entry is removed, since
//! reads try the keyring first and a stale token there would shadow the new one. Any other
//! keyring failure is an error, because silently writing a token to disk when the user has a
//! keyring would be a surprise.
//!
//! The public functions read the process environment once and hand everything to internal
//! functions taking [`Stores`], so tests use a temp dir and their own keyring service.

use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::platform::{self, ConfigDir};
use crate::secret::{normalise, Secret};
use std::fmt;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

const SERVICE: &str = "alter";
const USER: &str = "default";
const ENV_TOKEN: &str = "ALTER_TOKEN";

#[derive(Debug, Clone, PartialEq)]
pub enum TokenSource {
    Env,
    Keyring,
    File(PathBuf),
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Env => f.write_str(ENV_TOKEN),
            Self::Keyring => f.write_str("the OS keyring"),
            Self::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct StoredToken {
    pub token: Secret,
    pub source: TokenSource,
    /// The credentials file's mode and what other users can do, when they can read or write it.
    pub open_to_others: Option<platform::OpenToOthers>,
}

impl StoredToken {
    /// The warning a too-open credentials file deserves, if it does.
    pub fn exposure_warning(&self) -> Option<String> {
        let (TokenSource::File(path), Some(open)) = (&self.source, self.open_to_others) else { return None };
        Some(format!(
            "the credentials file {} is {} by other users (mode {:03o}); restrict it with `chmod 600 {}`",
            path.display(),
            open.how,
            open.mode,
            path.display()
        ))
    }
}

/// `ALTER_TOKEN` (non-empty) overrides both stores; then the keyring; then the fallback file.
///
/// A file-stored token is read even when other users can read or write the file: refusing would
/// lock the user out for no gain, so `open_to_others` carries the mode and the caller warns instead.
pub fn load() -> Result<Option<StoredToken>> {
    Stores::from_env().load()
}

/// Keyring first; where no keyring service exists, or the token is too long for it, the file
/// `$XDG_CONFIG_HOME/alter/credentials` (default `~/.config/alter/credentials`), created 0600 in
/// a 0700 directory. Returns where it went and why, so the caller can say so once.
pub fn store(token: &Secret) -> Result<Stored> {
    Stores::from_env().store(token)
}

/// Where `store` put the token.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub source: TokenSource,
    /// Why the file and not the keyring; None when the keyring took it.
    pub fallback: Option<Fallback>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fallback {
    /// No keyring service is reachable here.
    NoKeyring,
    /// The keyring refused the token as too long; any older entry of ours was removed.
    TooLong,
}

impl Stored {
    /// The one line that says why the token went to a file, if it did.
    pub fn notice(&self, token: &Secret) -> Option<String> {
        let TokenSource::File(path) = &self.source else { return None };
        Some(match self.fallback? {
            Fallback::NoKeyring => {
                format!("No OS keyring is available here; the token is stored in {} (readable only by you).", path.display())
            }
            Fallback::TooLong => format!(
                "The token ({} characters) is too long for the OS keyring; it is stored in {} instead (readable only by you).",
                token.expose().chars().count(),
                path.display()
            ),
        })
    }
}

/// Removes the token from the keyring and the file; returns what was removed (`ALTER_TOKEN` is
/// the caller's to unset, so it is never in the list).
pub fn remove() -> Result<Vec<TokenSource>> {
    Stores::from_env().remove()
}

/// A token goes in an `Authorization` header: one that cannot (a control character or non-ASCII
/// text inside it, e.g. a pasted line break) is the user's to fix, refused before any request
/// rather than failing as a "network error" on every retry. `from` says where it came from.
pub fn check_sendable(token: &Secret, from: &str) -> Result<()> {
    let sendable = token.expose().bytes().all(|b| (0x21..0x7f).contains(&b) || b == b' ');
    if sendable {
        return Ok(());
    }
    Err(Error::new(
        ExitCode::NotAuthenticated,
        format!(
            "the Alter token from {from} cannot be sent: it holds a control character, a line break or non-ASCII text"
        ),
    )
    .hint("copy the token again as one line and sign in with `alter auth login --with-token`, or fix ALTER_TOKEN"))
}

/// Whether an OS keyring service is reachable on this machine; without one, `store` uses the file.
pub fn keyring_available() -> Result<bool> {
    Ok(Stores::from_env().keyring.entry()?.is_some())
}

/// The fallback file (`$XDG_CONFIG_HOME/alter/credentials`), whether or not it exists; None when
/// neither XDG_CONFIG_HOME nor HOME gives a directory.
pub fn file_path() -> Option<PathBuf> {
    Stores::from_env().file
}

/// Everything the store depends on, resolved once so nothing below reads the environment.
#[derive(Debug, Clone)]
struct Stores {
    env_token: Option<Secret>,
    /// None when the environment names no config directory (see [`ConfigDir`]).
    file: Option<PathBuf>,
    keyring: Keyring,
}

#[derive(Debug, Clone)]
enum Keyring {
    /// The platform store, under this service name (tests use their own).
    System { service: String },
    /// Behaves like a machine without a Secret Service, whatever this one has.
    #[cfg(test)]
    Absent,
}

impl Stores {
    fn from_env() -> Self {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        Self {
            env_token: std::env::var(ENV_TOKEN).ok().filter(|t| !t.trim().is_empty()).map(|t| Secret::new(t.trim())),
            file: credentials_file(ConfigDir::CURRENT, var),
            keyring: Keyring::System { service: SERVICE.to_owned() },
        }
    }

    fn load(&self) -> Result<Option<StoredToken>> {
        if let Some(token) = &self.env_token {
            return Ok(Some(StoredToken { token: token.clone(), source: TokenSource::Env, open_to_others: None }));
        }
        if let Some(entry) = self.keyring.entry()? {
            match entry.get_password() {
                Ok(token) => {
                    return Ok(Some(StoredToken {
                        token: Secret::new(token.trim()),
                        source: TokenSource::Keyring,
                        open_to_others: None,
                    }))
                }
                // Not there: it may be in the file from a time when no keyring was reachable.
                Err(keyring::Error::NoEntry) => {}
                Err(err) => return Err(keyring_error("read the token from", err)),
            }
        }
        let Some(path) = &self.file else { return Ok(None) };
        Ok(read_file(path)?.map(|token| StoredToken {
            token,
            source: TokenSource::File(path.clone()),
            open_to_others: crate::input::open_to_others(path),
        }))
    }

    fn store(&self, token: &Secret) -> Result<Stored> {
        if token.expose().is_empty() {
            return Err(Error::usage("the token is empty"));
        }
        let fallback = match self.keyring.entry()? {
            Some(entry) => match entry.set_password(token.expose()) {
                Ok(()) => {
                    // A token left in the fallback file would outlive this one in plain text.
                    if let Some(path) = &self.file {
                        remove_file(path)?;
                    }
                    return Ok(Stored { source: TokenSource::Keyring, fallback: None });
                }
                Err(keyring::Error::TooLong(..)) => {
                    // Reads try the keyring first: an older token left there would shadow this one.
                    match entry.delete_credential() {
                        Ok(()) | Err(keyring::Error::NoEntry) => Fallback::TooLong,
                        Err(err) => return Err(keyring_error("remove the older token from", err)),
                    }
                }
                Err(err) => return Err(keyring_error("save the token in", err)),
            },
            None => Fallback::NoKeyring,
        };
        let path = self.file.as_ref().ok_or_else(|| {
            let why = match fallback {
                Fallback::NoKeyring => "no OS keyring is available",
                Fallback::TooLong => "the token is too long for the OS keyring",
            };
            Error::usage(format!("{why} and there is no config directory for the credentials file"))
                .hint("set HOME or XDG_CONFIG_HOME (APPDATA on Windows), or pass the token in ALTER_TOKEN instead")
        })?;
        write_file(path, token)?;
        Ok(Stored { source: TokenSource::File(path.clone()), fallback: Some(fallback) })
    }

    fn remove(&self) -> Result<Vec<TokenSource>> {
        let mut removed = Vec::new();
        if let Some(entry) = self.keyring.entry()? {
            match entry.delete_credential() {
                Ok(()) => removed.push(TokenSource::Keyring),
                Err(keyring::Error::NoEntry) => {}
                Err(err) => return Err(keyring_error("remove the token from", err)),
            }
        }
        if let Some(path) = &self.file {
            if remove_file(path)? {
                removed.push(TokenSource::File(path.clone()));
            }
        }
        Ok(removed)
    }
}

impl Keyring {
    /// The keyring entry, or None where no keyring service exists. The keyring crate connects
    /// once per process; without D-Bus or a Secret Service that fails and every entry reports
    /// `NoDefaultStore`, which is exactly "fall back to the file".
    fn entry(&self) -> Result<Option<keyring::Entry>> {
        match self {
            Self::System { service } => match keyring::Entry::new(service, USER) {
                Ok(entry) => Ok(Some(entry)),
                Err(keyring::Error::NoDefaultStore) => {
                    log::debug!("no OS keyring: {:?}", keyring::Entry::store_status());
                    Ok(None)
                }
                Err(err) => Err(keyring_error("open", err)),
            },
            #[cfg(test)]
            Self::Absent => Ok(None),
        }
    }
}

fn keyring_error(action: &str, err: keyring::Error) -> Error {
    let message = format!("cannot {action} the OS keyring: {err}");
    match err {
        // Locked, or it wants an interactive prompt: the user can fix that, it is no bug.
        keyring::Error::NoStorageAccess(_) => Error::new(ExitCode::Usage, message)
            .hint("unlock the keyring (log in to the desktop session, or `gnome-keyring-daemon --unlock`) and retry")
            .hint("or skip the keyring: pass the token in ALTER_TOKEN"),
        keyring::Error::BadEncoding(_) | keyring::Error::Ambiguous(_) => Error::new(ExitCode::Usage, message)
            .hint(format!("delete the keyring item for service `{SERVICE}`, user `{USER}` and sign in again")),
        _ => Error::unexpected(message).hint("or skip the keyring: pass the token in ALTER_TOKEN"),
    }
}

/// `credentials` in alter's config directory: `~/.config/alter/credentials` on Linux.
fn credentials_file(dir: ConfigDir, var: impl Fn(&str) -> Option<PathBuf>) -> Option<PathBuf> {
    Some(dir.alter_dir(var)?.join("credentials"))
}

/// The token in `path`, surrounding whitespace trimmed (people edit it by hand); None when the
/// file is missing or blank.
fn read_file(path: &Path) -> Result<Option<Secret>> {
    let text = match crate::input::read_file(path).and_then(|bytes| {
        String::from_utf8(bytes).map_err(|_| std::io::Error::new(ErrorKind::InvalidData, "it is not UTF-8 text"))
    }) {
        Ok(text) => text,
        Err(err) if err.kind() == ErrorKind::NotFound => return Ok(None),
        Err(err) => {
            return Err(Error::usage(format!("cannot read the token from {}: {err}", path.display()))
                .hint(format!("delete {} and sign in again, or pass the token in ALTER_TOKEN", path.display())))
        }
    };
    let token = normalise(&text);
    let token = token.trim();
    Ok((!token.is_empty()).then(|| Secret::new(token)))
}

/// Writes through a fresh private file renamed into place: the token is never readable by
/// others, not even for a moment, and an existing file with a wider mode is replaced rather than
/// reused.
fn write_file(path: &Path, token: &Secret) -> Result<()> {
    let fail = |err: std::io::Error| {
        Error::usage(format!("cannot save the token in {}: {err}", path.display()))
            .hint("check that the directory is writable, or pass the token in ALTER_TOKEN instead")
    };
    let dir = path.parent().ok_or_else(|| fail(ErrorKind::InvalidInput.into()))?;
    platform::create_private_dir(dir).map_err(fail)?;
    let temp = dir.join(format!(".credentials.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&temp); // a leftover from a crashed run with the same pid
    let written = platform::create_private_file(&temp)
        .and_then(|mut file| {
            file.write_all(token.expose().as_bytes())?;
            file.write_all(b"\n")?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temp, path));
    if let Err(err) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(fail(err));
    }
    Ok(())
}

/// Removes `path`; false when it was not there.
fn remove_file(path: &Path) -> Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == ErrorKind::NotFound => Ok(false),
        Err(err) => Err(Error::usage(format!("cannot remove {}: {err}", path.display()))
            .hint(format!("delete it by hand: {}", path.display()))),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn stores(dir: &Path, keyring: Keyring) -> Stores {
        let config = dir.to_owned();
        let file = credentials_file(ConfigDir::Xdg, |name| (name == "XDG_CONFIG_HOME").then(|| config.clone()));
        Stores { env_token: None, file, keyring }
    }

    fn mode(path: &Path) -> u32 {
        match platform::file_access(path).expect("a file") {
            platform::FileAccess::Mode(mode) => mode,
            other => panic!("no unix mode: {other:?}"),
        }
    }

    #[test]
    fn finds_the_file_in_the_platforms_config_dir() {
        let home = |name: &str| (name == "HOME").then(|| PathBuf::from("/h"));
        assert_eq!(credentials_file(ConfigDir::Xdg, home), Some(PathBuf::from("/h/.config/alter/credentials")));
        let appdata = |name: &str| (name == "APPDATA").then(|| PathBuf::from("/p"));
        assert_eq!(credentials_file(ConfigDir::Windows, appdata), Some(PathBuf::from("/p/alter/credentials")));
        assert_eq!(credentials_file(ConfigDir::Windows, home), None);
    }

    #[test]
    fn falls_back_to_a_0600_file_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let stores = stores(dir.path(), Keyring::Absent);
        let path = dir.path().join("alter/credentials");
        assert!(stores.load().unwrap().is_none());

        let stored = stores.store(&Secret::new("tok_1 ")).unwrap();
        assert_eq!(stored.fallback, Some(Fallback::NoKeyring));
        assert!(stored.notice(&Secret::new("tok_1")).unwrap().starts_with("No OS keyring is available here"));
        let source = stored.source;
        assert_eq!(source, TokenSource::File(path.clone()));
        assert_eq!(source.to_string(), path.display().to_string());
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(crate::input::open_to_others(&path), None);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "tok_1 \n");
        let loaded = stores.load().unwrap().unwrap();
        assert_eq!((loaded.token.expose(), loaded.source), ("tok_1", TokenSource::File(path.clone())), "trimmed");

        // Overwriting a file someone widened replaces it with a 0600 one.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(crate::input::open_to_others(&path).map(|open| open.mode), Some(0o644));
        stores.store(&Secret::new("tok_2")).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(stores.load().unwrap().unwrap().token.expose(), "tok_2");
        assert_eq!(std::fs::read_dir(path.parent().unwrap()).unwrap().count(), 1, "no temp file left");

        assert_eq!(stores.remove().unwrap(), vec![TokenSource::File(path.clone())]);
        assert!(!path.exists());
        assert!(stores.load().unwrap().is_none());
        assert_eq!(stores.remove().unwrap(), vec![]);
    }

    #[test]
    fn reads_hand_edited_and_readable_files() {
        let dir = tempfile::tempdir().unwrap();
        let stores = stores(dir.path(), Keyring::Absent);
        let path = dir.path().join("alter/credentials");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, " tok\r\n\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let loaded = stores.load().unwrap().unwrap();
        assert_eq!(loaded.token.expose(), "tok", "surrounding whitespace is trimmed");
        assert!(loaded.exposure_warning().unwrap().contains("readable by other users (mode 640)"));
        assert_eq!(crate::input::open_to_others(&path).map(|open| open.mode), Some(0o640));
        // Writable by the group is open too: another user could swap in a token of theirs.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o620)).unwrap();
        let loaded = stores.load().unwrap().unwrap();
        assert!(loaded.exposure_warning().unwrap().contains("writable by other users (mode 620)"));
        std::fs::write(&path, "\n").unwrap();
        assert!(stores.load().unwrap().is_none(), "a blank file holds no token");
    }

    #[test]
    fn env_token_overrides_both_stores() {
        let dir = tempfile::tempdir().unwrap();
        let mut stores = stores(dir.path(), Keyring::Absent);
        stores.store(&Secret::new("from-file")).unwrap();
        stores.env_token = Some(Secret::new("from-env"));
        let loaded = stores.load().unwrap().unwrap();
        assert_eq!((loaded.token.expose(), &loaded.source), ("from-env", &TokenSource::Env));
        assert_eq!(TokenSource::Env.to_string(), "ALTER_TOKEN");
        assert_eq!(TokenSource::Keyring.to_string(), "the OS keyring");
    }

    #[test]
    fn refuses_an_empty_token_and_a_missing_config_dir() {
        let stores = Stores { env_token: None, file: None, keyring: Keyring::Absent };
        assert_eq!(stores.store(&Secret::new("")).unwrap_err().code, ExitCode::Usage);
        assert!(stores.store(&Secret::new("t")).unwrap_err().hints[0].contains("XDG_CONFIG_HOME"));
        assert!(stores.load().unwrap().is_none());
    }

    /// The real platform store with ALTER_REQUIRE_KEYRING=1 (.ci/run sets it inside a D-Bus
    /// session with gnome-keyring); otherwise the file fallback: for real where there is no
    /// session bus (the keyring crate's own "no service" error), simulated where there is one, so
    /// a developer's desktop keyring never prompts or changes. Either way it says which.
    #[test]
    fn os_keyring_round_trip_or_the_fallback() {
        let dir = tempfile::tempdir().unwrap();
        let coverage = alter_testkit::coverage::Keyring::from_env();
        let require = coverage.is_real();
        let keyring = if require || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            // Our own service name, so a real token is never touched.
            Keyring::System { service: format!("alter-test-{}", std::process::id()) }
        } else {
            Keyring::Absent
        };
        let stores = stores(dir.path(), keyring);
        let path = dir.path().join("alter/credentials");
        let expected = if require { TokenSource::Keyring } else { TokenSource::File(path.clone()) };
        // A token left in the file from a time without a keyring: overwritten, or removed once the
        // keyring holds the new one.
        write_file(&path, &Secret::new("stale")).unwrap();

        let stored = stores.store(&Secret::new("tok_real")).unwrap();
        assert_eq!(stored.source, expected, "keyring store status: {:?}", keyring::Entry::store_status());
        assert_eq!(stored.fallback, (!require).then_some(Fallback::NoKeyring));
        assert_eq!(path.exists(), !require);
        if !require {
            assert_eq!(mode(&path), 0o600);
        }
        let loaded = stores.load().unwrap().unwrap();
        assert_eq!((loaded.token.expose(), &loaded.source), ("tok_real", &expected));
        stores.store(&Secret::new("tok_real_2")).unwrap();
        assert_eq!(stores.load().unwrap().unwrap().token.expose(), "tok_real_2");

        // A 4 kB token (a large JWT): a Secret Service holds it, so it goes where a short one
        // does, and each login replaces the other, long after short and short after long.
        // (Windows Credential Manager refuses it; the Wine smoke suite checks that fallback.)
        let long = "x".repeat(4096);
        let stored = stores.store(&Secret::new(&long)).unwrap();
        assert_eq!((&stored.source, stored.fallback), (&expected, (!require).then_some(Fallback::NoKeyring)));
        let loaded = stores.load().unwrap().unwrap();
        assert_eq!((loaded.token.expose(), &loaded.source), (long.as_str(), &expected), "long after short");
        stores.store(&Secret::new("tok_real_3")).unwrap();
        let loaded = stores.load().unwrap().unwrap();
        assert_eq!((loaded.token.expose(), &loaded.source), ("tok_real_3", &expected), "short after long");

        assert_eq!(stores.remove().unwrap(), vec![expected]);
        assert!(stores.load().unwrap().is_none());
        assert_eq!(stores.remove().unwrap(), vec![]);
        coverage.report("credentials::tests::os_keyring_round_trip_or_the_fallback");
    }
}
