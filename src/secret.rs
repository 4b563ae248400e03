//! Secrets: a type that cannot be printed by accident, and the one reader behind every flag that
//! takes a secret (`-` for stdin, `@path` for a file, anything else inline).

use crate::error::{Error, Result};
use crate::input;
use std::fmt;
use std::path::Path;

/// A secret value. Debug and Display print `***`, so no log line, error or `-v` trace can show
/// it; only `expose` reveals it, at the point where it is sent.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Every secret is held from birth: no text printed afterwards can show it (`crate::scrub`).
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        crate::scrub::hold(&value);
        Self(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// `***`, except inside [`serialize_request`]: the one place a request body is built. A result
/// printed with `--json`, a `--dry-run` body or any future field holding a `Secret` shows `***`.
impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(if exposing() { &self.0 } else { "***" })
    }
}

thread_local! {
    static EXPOSING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a request body is being serialized right now (on this thread).
pub fn exposing() -> bool {
    EXPOSING.with(std::cell::Cell::get)
}

/// Serializes a request body with every `Secret` in plaintext: the only way to get it into JSON.
pub fn serialize_request<T: serde::Serialize + ?Sized>(body: &T) -> serde_json::Result<Vec<u8>> {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            EXPOSING.with(|e| e.set(false));
        }
    }
    EXPOSING.with(|e| e.set(true));
    let _reset = Reset;
    serde_json::to_vec(body)
}

/// A secret flag's value as typed: `-`, `@path`, `env:NAME`, or the secret itself. Debug shows
/// the first three (they say where the secret is) and `***` for an inline value, so a derived
/// `Debug` of the argument structs never prints a secret.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretSpec(String);

impl SecretSpec {
    fn is_reference(&self) -> bool {
        self.0 == "-" || self.0.starts_with('@') || self.0.starts_with("env:")
    }
}

impl std::str::FromStr for SecretSpec {
    type Err = std::convert::Infallible;
    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        Ok(Self(spec.to_owned()))
    }
}

impl std::ops::Deref for SecretSpec {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_reference() {
            write!(f, "{:?}", self.0)
        } else {
            f.write_str("***")
        }
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret::new)
    }
}

/// Where a secret came from, which decides the warnings worth giving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretSource {
    Stdin,
    File,
    Env,
    Inline,
}

/// Reads the secret named by `spec` for `flag`: `-` is stdin, `@path` a file, `env:NAME` an
/// environment variable, anything else the value itself. One trailing newline (or CRLF) and a
/// UTF-8 BOM are stripped; empty is refused. Returns the warnings to show (never containing the
/// secret).
pub fn read_secret(flag: &str, spec: &str) -> Result<(Secret, SecretSource, Vec<String>)> {
    refuse_own_credentials(flag, spec)?;
    let mut warnings = Vec::new();
    let (raw, source) = if spec == "-" {
        let usage = format!("pipe it in (`printf %s \"$SECRET\" | alter ... {flag} -`) or use {flag} @path");
        (input::read_stdin(flag, &usage)?, SecretSource::Stdin)
    } else if let Some(path) = spec.strip_prefix('@') {
        let path = Path::new(path);
        let text = input::read_path(flag, path)?;
        if let Some(open) = input::open_to_others(path) {
            warnings.push(format!(
                "{} is {} by other users (mode {:03o}); restrict it with chmod 600",
                path.display(),
                open.how,
                open.mode
            ));
        }
        (text, SecretSource::File)
    } else if let Some(name) = spec.strip_prefix("env:") {
        let value = std::env::var(name).map_err(|_| {
            Error::usage(format!("{flag} env:{name}: the environment variable {name} is not set (or not UTF-8)"))
                .hint(format!("export {name}=... before running alter, or pass {flag} - / @path"))
        })?;
        (value, SecretSource::Env)
    } else {
        warnings.push(format!(
            "{flag} was given inline: it lands in shell history and process listings; prefer {flag} - (stdin), {flag} @path or {flag} env:NAME"
        ));
        (spec.to_owned(), SecretSource::Inline)
    };
    let value = normalise(&raw);
    if value.is_empty() {
        return Err(Error::usage(format!("{flag} is empty"))
            .hint("pass the secret itself, via stdin (-), a file (@path), env:NAME or inline"));
    }
    Ok((Secret::new(value), source, warnings))
}

/// The secret reference that names the control-plane token's variable.
pub const OWN_TOKEN_SPEC: &str = "env:ALTER_TOKEN";

/// Whether `path` is alter's own credentials file, through any symbolic link.
pub fn is_own_credentials_file(path: &Path) -> bool {
    let own = crate::credentials::file_path().and_then(|own| std::fs::canonicalize(own).ok());
    own.is_some_and(|own| std::fs::canonicalize(path).is_ok_and(|real| real == own))
}

/// A secret flag naming the control-plane token (`env:ALTER_TOKEN`, or `@` the credentials file,
/// through any symbolic link) would send that token elsewhere as another secret.
fn refuse_own_credentials(flag: &str, spec: &str) -> Result<()> {
    let own_file = spec.strip_prefix('@').is_some_and(|path| is_own_credentials_file(Path::new(path)));
    if spec == OWN_TOKEN_SPEC || own_file {
        return Err(Error::usage(format!(
            "{flag} {spec} names alter's own control-plane credentials: they would be sent as this secret"
        ))
        .hint(format!("pass the secret {flag} is for: -, @path or env:NAME")));
    }
    Ok(())
}

/// Strips a UTF-8 BOM and exactly one trailing `\n` or `\r\n`, nothing else: a secret may end
/// in spaces on purpose.
pub fn normalise(raw: &str) -> String {
    let text = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let text = text.strip_suffix("\r\n").or_else(|| text.strip_suffix('\n')).unwrap_or(text);
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_itself() {
        let secret = Secret::new("whsec_top");
        assert_eq!(format!("{secret} {secret:?}"), "*** ***");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"***\"");
        assert_eq!(serialize_request(&[&secret]).unwrap(), b"[\"whsec_top\"]");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"***\"", "exposed only inside");
        let inline: SecretSpec = "whsec_top".parse().unwrap();
        let file: SecretSpec = "@/run/secret".parse().unwrap();
        assert_eq!(format!("{inline:?} {file:?}"), "*** \"@/run/secret\"");
    }

    #[test]
    fn argument_structs_never_debug_print_an_inline_secret() {
        use clap::Parser;
        let cli =
            crate::cli::Cli::try_parse_from(["alter", "idp", "webhook", "enable", "--secret", "whsec_inline_debug"])
                .unwrap();
        let shown = format!("{cli:?}");
        assert!(shown.contains("secret: Some(***)") && !shown.contains("whsec_inline_debug"), "{shown}");
        let cli = crate::cli::Cli::try_parse_from(["alter", "idp", "check-token", "--token", "@t.jwt"]).unwrap();
        assert!(format!("{cli:?}").contains("token: \"@t.jwt\""));
    }

    #[test]
    fn strips_one_line_ending_and_a_bom() {
        assert_eq!(normalise("abc\n"), "abc");
        assert_eq!(normalise("abc\r\n"), "abc");
        assert_eq!(normalise("abc\n\n"), "abc\n");
        assert_eq!(normalise("\u{feff}abc\r\n"), "abc");
        assert_eq!(normalise("abc  "), "abc  ");
    }

    #[test]
    fn reads_files_and_inline_values() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        std::fs::write(&path, "\u{feff}from-file\r\n").unwrap();
        let (secret, source, _) = read_secret("--secret", &format!("@{}", path.display())).unwrap();
        assert_eq!((secret.expose(), source), ("from-file", SecretSource::File));
        let (secret, source, warnings) = read_secret("--secret", "inline-value").unwrap();
        assert_eq!((secret.expose(), source), ("inline-value", SecretSource::Inline));
        assert!(warnings[0].contains("shell history") && !warnings[0].contains("inline-value"));
        assert_eq!(read_secret("--secret", "@/nonexistent/x").unwrap_err().code, crate::exit::ExitCode::Usage);
        std::env::set_var("ALTER_TEST_SECRET_READER", "from-env\n");
        let (secret, source, warnings) = read_secret("--secret", "env:ALTER_TEST_SECRET_READER").unwrap();
        assert_eq!((secret.expose(), source, warnings.len()), ("from-env", SecretSource::Env, 0));
        let err = read_secret("--secret", "env:ALTER_TEST_UNSET_VARIABLE").unwrap_err();
        assert!(err.message.contains("ALTER_TEST_UNSET_VARIABLE is not set"), "{}", err.message);
        let own = read_secret("--secret", "env:ALTER_TOKEN").unwrap_err();
        assert!(own.message.contains("alter's own control-plane credentials"), "{}", own.message);
        std::fs::write(&path, "\n").unwrap();
        assert!(read_secret("--secret", &format!("@{}", path.display())).unwrap_err().message.contains("is empty"));
    }
}
