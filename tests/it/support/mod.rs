//! The test context: a private HOME and a controlled environment per test, the binary's path,
//! and a record of everything the binary printed (scanned for leaked secrets).

pub mod control_plane;
pub mod golden;
pub mod issuers;

use serde_json::Value;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct TestContext {
    home: tempfile::TempDir,
    /// Files a provider appends the tokens it issues to: every run is scanned for them too.
    issued_tokens: Vec<PathBuf>,
    env: Vec<(String, String)>,
    cwd: Option<PathBuf>,
}

/// What one run of the binary showed the user.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

/// What the binary's stdin gets.
enum Input<'a> {
    None,
    Now(&'a [u8]),
    /// Keys typed on a terminal once the program has printed its prompt.
    AfterPrompt(&'a [u8]),
}

/// Every secret value any test hands the binary. Each run's stdout and stderr are scanned for
/// all of them, so a leak anywhere in the suite fails the test that caused it.
pub const SECRETS: &[&str] = &[
    "tok_all_scopes",
    "hunter2",
    "tok_read_only",
    "tok_wrong",
    "tok_other",
    "wallet-secret-from-file",
    "stdin-wallet-secret",
    "inline-wallet-secret",
    "dry-run-secret",
    "verbose-wallet-secret",
    "whsec_clerkEndpointSecret42",
    "okta-event-hook-secret-7",
    "workos-endpoint-secret-9",
    "rotated-from-stdin-secret",
    "auth0-own-secret-crlf",
    "dir-auth0-client-secret-5",
    "sk_live_clerkDirectoryKey77",
    "okta-jwk-private-d-value",
    "okta-jwk-prime-p",
    "okta-jwk-prime-q",
    "okta-jwk-dp",
    "okta-jwk-dq",
    "okta-jwk-qi",
    "hostile-wallet-secret-31",
    "hostile-okta-hook-secret-5",
    "hostile-jwk-d",
    "hostile-jwk-p",
    "hostile-jwk-q",
    "hostile-jwk-dp",
    "hostile-jwk-dq",
    "hostile-jwk-qi",
    "sk_live_hostileClerkKey12",
    "url-password-77",
    "env-wallet-secret-decl",
    "stdin-wallet-secret-decl",
    "literal-wallet-secret-decl",
    "proxy-pass-1",
    // The confidential clients of the test-login tests (testkit's oidc-provider), and the wrong
    // secret one test sends.
    "alter-confidential-secret-7",
    "alter-test-secret",
    "wrong-confidential-secret",
    // The person's password on Django OAuth Toolkit's login page (testkit's dot).
    "dot-person-password-4",
];

impl TestContext {
    pub fn new() -> Self {
        Self { home: tempfile::tempdir().expect("temp HOME"), issued_tokens: Vec::new(), env: Vec::new(), cwd: None }
    }

    pub fn home(&self) -> &std::path::Path {
        self.home.path()
    }

    pub fn env(&mut self, key: &str, value: impl Into<String>) -> &mut Self {
        self.env.push((key.to_owned(), value.into()));
        self
    }

    /// Scans every later run for the tokens the provider writes to `file`; a run with
    /// `--print-token` may print exactly one of them, alone, on stdout.
    pub fn scan_issued_tokens(&mut self, file: &std::path::Path) -> &mut Self {
        self.issued_tokens.push(file.to_owned());
        self
    }

    pub fn cwd(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.cwd = Some(dir.into());
        self
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_alter"));
        cmd.args(args).env_clear();
        // The machines set SSL_CERT_FILE and RUST_BACKTRACE globally: start from nothing.
        for key in ["PATH", "SYSTEMROOT"] {
            if let Some(value) = std::env::var_os(key) {
                cmd.env(key, value);
            }
        }
        cmd.env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join(".config"))
            .env("NO_PROXY", "127.0.0.1,localhost")
            .current_dir(self.cwd.as_deref().unwrap_or(self.home.path()));
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, None)
    }

    /// Runs the binary on a pseudo-terminal (util-linux `script`), typing `keys` into it.
    pub fn run_in_terminal(&self, args: &[&str], keys: &[u8]) -> Run {
        let quoted: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_alter"))
            .chain(args.iter().copied())
            .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
            .collect();
        let mut cmd = Command::new("script");
        cmd.env_clear();
        for (key, value) in self.command(&[]).get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        cmd.env("TERM", "xterm").current_dir(self.cwd.as_deref().unwrap_or(self.home.path()));
        cmd.args(["-qec", &quoted.join(" "), "/dev/null"]);
        self.spawn(cmd, Input::AfterPrompt(keys), args)
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let cmd = self.command(args);
        self.spawn(cmd, stdin.map_or(Input::None, Input::Now), args)
    }

    #[cfg(unix)]
    /// The same run with the Windows build, `alter.exe` under Wine (the smoke suite in
    /// `windows/`): the same environment and working directory, Wine's own variables added.
    pub fn run_windows(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let linux = self.command(args);
        let mut cmd = crate::windows::Wine::get().command();
        cmd.args(args);
        for (key, value) in linux.get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        cmd.current_dir(linux.get_current_dir().expect("a working directory"));
        self.spawn(cmd, stdin.map_or(Input::None, Input::Now), args)
    }

    fn spawn(&self, mut cmd: Command, input: Input, args: &[&str]) -> Run {
        cmd.stdin(if matches!(input, Input::None) { Stdio::null() } else { Stdio::piped() })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let started = Instant::now();
        let mut child = cmd.spawn().expect("spawn alter");
        let mut stdout = child.stdout.take().expect("stdout pipe");
        let mut stderr = child.stderr.take().expect("stderr pipe");
        let seen = std::sync::Arc::new(Mutex::new(Vec::new()));
        let out_reader = {
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut chunk = [0u8; 4096];
                while let Ok(n) = stdout.read(&mut chunk) {
                    if n == 0 {
                        break;
                    }
                    seen.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(&chunk[..n]);
                }
            })
        };
        let err_reader = std::thread::spawn(move || {
            let mut text = Vec::new();
            let _ = stderr.read_to_end(&mut text);
            text
        });
        let keys = match input {
            Input::None => None,
            Input::Now(bytes) => Some(bytes),
            Input::AfterPrompt(bytes) => {
                // Typed only once the prompt is up (and echo is off for hidden input), as a person would.
                while seen.lock().unwrap_or_else(|e| e.into_inner()).is_empty()
                    && started.elapsed() < Duration::from_secs(10)
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                std::thread::sleep(Duration::from_millis(200));
                Some(bytes)
            }
        };
        if let Some(bytes) = keys {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            // A command that refuses before reading stdin closes it: that is its answer, not ours.
            if let Err(err) = pipe.write_all(bytes) {
                assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {err}");
            }
        }
        let status = child.wait().expect("wait for alter");
        out_reader.join().expect("stdout reader");
        let stderr = err_reader.join().expect("stderr reader");
        let stdout = seen.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let run = Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            elapsed: started.elapsed(),
        };
        self.scan_for_issued_tokens(&run, args);
        for secret in SECRETS {
            assert!(
                !run.stdout.contains(secret) && !run.stderr.contains(secret),
                "a secret leaked into the output of `alter {}`\n--- stdout\n{}\n--- stderr\n{}",
                args.join(" "),
                run.stdout,
                run.stderr
            );
        }
        run
    }
}

impl TestContext {
    fn scan_for_issued_tokens(&self, run: &Run, args: &[&str]) {
        let printing = args.contains(&"--print-token");
        for file in &self.issued_tokens {
            let issued = std::fs::read_to_string(file).unwrap_or_default();
            for token in issued.lines().filter(|t| !t.is_empty()) {
                let printed_alone = printing && run.stdout.trim_end() == token;
                assert!(
                    !run.stderr.contains(token) && (printed_alone || !run.stdout.contains(token)),
                    "an issued token leaked into the output of `alter {}`\n--- stdout\n{}\n--- stderr\n{}",
                    args.join(" "),
                    run.stdout,
                    run.stderr
                );
            }
        }
    }
}

impl Run {
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(self.code, expected, "exit code\n--- stdout\n{}\n--- stderr\n{}", self.stdout, self.stderr);
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(self.stderr.contains(needle), "stderr lacks {needle:?}\n--- stderr\n{}", self.stderr);
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(self.stdout.contains(needle), "stdout lacks {needle:?}\n--- stdout\n{}", self.stdout);
        self
    }

    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!("stdout is not JSON ({e})\n--- stdout\n{}\n--- stderr\n{}", self.stdout, self.stderr)
        })
    }
}

/// A loopback port nothing listens on now: tests run in parallel, so a sign-in callback never
/// uses the default port.
pub fn free_port() -> String {
    std::net::TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().expect("addr").port().to_string()
}

/// The context of a person signing in through `$BROWSER` (`browser.mjs`) as `user`, at a provider
/// whose certificate `ca` issued and which logs what it issues to `issued` (scanned in every
/// run), with the browser's log at the returned path.
pub fn person_context(ca: &alter_testkit::tls::TestCa, user: &str, issued: &std::path::Path) -> (TestContext, PathBuf) {
    let mut ctx = TestContext::new();
    let log = ctx.home().join("browser.log");
    ctx.env("BROWSER", alter_testkit::oidc_provider::OidcProvider::browser_command())
        .env("NODE_EXTRA_CA_CERTS", ca.ca_pem_path().to_str().expect("utf-8 path"))
        .env("LOGIN_USER", user)
        .env("LOGIN_LOG", log.to_str().expect("utf-8 path"));
    ctx.scan_issued_tokens(issued);
    (ctx, log)
}
