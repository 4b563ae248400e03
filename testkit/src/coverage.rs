//! What a test could or could not exercise on this machine, said where a person running the
//! tests sees it: libtest does not capture a direct write to stderr, and nextest shows these
//! tests' output through `.config/nextest.toml`. A pass is never mistaken for the real thing.

use std::io::Write;

/// The OS keyring: a real Secret Service only where `.ci/run` (or the developer) provides one
/// and says so with ALTER_REQUIRE_KEYRING=1; otherwise the file fallback, and why.
pub enum Keyring {
    Real,
    /// The keyring is left alone; the reason, e.g. "no D-Bus session here".
    NotTested(&'static str),
}

impl Keyring {
    /// Where this run stands: the real keyring is tested only with ALTER_REQUIRE_KEYRING=1,
    /// never a developer's desktop keyring by surprise.
    pub fn from_env() -> Self {
        let required = std::env::var_os("ALTER_REQUIRE_KEYRING").is_some_and(|v| v == "1");
        match (required, std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()) {
            (true, true) => Self::Real,
            (true, false) => panic!("ALTER_REQUIRE_KEYRING=1 but there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS)"),
            (false, true) => Self::NotTested(
                "a D-Bus session is here but ALTER_REQUIRE_KEYRING=1 is not set, so your desktop keyring is left alone",
            ),
            (false, false) => Self::NotTested("no D-Bus session here (DBUS_SESSION_BUS_ADDRESS is unset)"),
        }
    }

    pub fn is_real(&self) -> bool {
        matches!(self, Self::Real)
    }

    /// Says which it was, naming the test.
    pub fn report(&self, test: &str) {
        let line = match self {
            Self::Real => format!("keyring: {test} ran against a real Secret Service\n"),
            Self::NotTested(why) => format!(
                "keyring: {test} did NOT run against a real Secret Service: {why}; it tested the 0600 file \
                 fallback instead (`.ci/run` runs it against gnome-keyring)\n"
            ),
        };
        let _ = std::io::stderr().write_all(line.as_bytes());
    }
}
