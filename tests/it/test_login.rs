//! `alter idp test-login` against the real npm oidc-provider: a person played by browser.mjs (set
//! as $BROWSER) completes the provider's login and consent pages over HTTP and lands on alter's
//! loopback callback, or completes the device page. Every token the provider issues is scanned
//! for in every output.

use crate::support::{free_port, person_context, Run, TestContext};
use alter_testkit::oidc_provider::{
    OidcProvider, CONFIDENTIAL_CLIENT, CONFIDENTIAL_SECRET, PUBLIC_CLIENT, RESOURCE, UNREGISTERED_CLIENT,
};
use alter_testkit::tls::TestCa;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

const GROUPS_SCOPE: &str = "openid profile email groups";

struct Person {
    ca: TestCa,
    provider: OidcProvider,
    ctx: TestContext,
    log: PathBuf,
    port: String,
}

impl Person {
    fn new(user: &str, action: &str) -> Person {
        Self::with_provider(user, action, OidcProvider::start)
    }

    fn with_provider(user: &str, action: &str, start: impl FnOnce(&TestCa) -> OidcProvider) -> Person {
        let ca = TestCa::new();
        let provider = start(&ca);
        let (mut ctx, log) = person_context(&ca, user, provider.issued_tokens_file());
        ctx.env("LOGIN_ACTION", action);
        Person { ca, provider, ctx, log, port: free_port() }
    }

    /// `alter idp test-login --offline` against the provider, with `extra` flags.
    fn login(&self, extra: &[&str]) -> Run {
        self.login_with_stdin(extra, None)
    }

    fn login_with_stdin(&self, extra: &[&str], stdin: Option<&[u8]>) -> Run {
        let _shown = LogOnPanic(self);
        let issuer = self.provider.issuer();
        let ca = self.ca.ca_pem_path().to_str().expect("utf-8 path").to_owned();
        let mut args =
            vec!["idp", "test-login", "--offline", "--issuer-url", &issuer, "--ca-cert", &ca, "--port", &self.port];
        if !extra.contains(&"--timeout") {
            args.extend_from_slice(&["--timeout", "30"]);
        }
        args.extend_from_slice(extra);
        self.ctx.run_with_stdin(&args, stdin)
    }

    fn browser_log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

#[test]
fn the_browser_flow_signs_in_and_previews_the_record() {
    let person = Person::new("alice", "approve");
    let run = person.login(&[
        "--client-id",
        PUBLIC_CLIENT,
        "--flow",
        "browser",
        "--scope",
        GROUPS_SCOPE,
        "--audience",
        RESOURCE,
        "--group-claim",
        "groups",
    ]);
    run.code(0)
        .stdout_has("Signed in as alice <alice@example.com> (Alice Liddell)")
        .stdout_has("browser (authorization code + PKCE)")
        .stdout_has("Access token  <- an app gives Alter this one")
        .stdout_has("✓ signature")
        .stdout_has("What Alter would record for this user")
        .stdout_has("user id  alice")
        .stdout_has("groups   7f9c2b1e-0d4a-4c11-9a53-2f1e0b6c8d21 (ID)")
        .stdout_has("Next\n  alter idp create --issuer-url")
        .stdout_has(&format!("--audience {RESOURCE} --group-claim groups --group-claim-stable-ids\n"))
        .stderr_has(&format!("http://127.0.0.1:{}/callback", person.port))
        .stderr_has("code_challenge_method=S256");
    assert!(person.browser_log().contains("callback: HTTP 200"), "{}", person.browser_log());
    let issued = std::fs::read_to_string(person.provider.issued_tokens_file()).unwrap();
    assert_eq!(issued.lines().count(), 2, "the provider logs what it issued: {issued}");
    // The ID token's audience is the client, not the API: reported, and not the one Alter gets.
    assert!(run.stdout.contains("ID token\n"), "{}", run.stdout);
}

#[test]
fn json_names_the_given_token_and_the_verdict_per_token() {
    let person = Person::new("alice", "approve");
    let report = person
        .login(&[
            "--client-id",
            PUBLIC_CLIENT,
            "--flow",
            "browser",
            "--scope",
            GROUPS_SCOPE,
            "--group-claim",
            "groups",
            "--json",
        ])
        .code(0)
        .json();
    // No audience configured: an app gives Alter the ID token.
    assert_eq!(report["given_to_alter"], "id_token");
    assert_eq!(report["verdict"], "accepted");
    assert_eq!(report["id_token"]["verdict"], "accepted");
    assert_eq!(report["person"]["sub"], "alice");
    assert_eq!(report["record"]["groups"][0]["kind"], "id");
}

#[test]
fn the_device_flow_with_a_confidential_client() {
    let person = Person::new("bob", "approve");
    let secret = person.ctx.home().join("client-secret.txt");
    std::fs::write(&secret, CONFIDENTIAL_SECRET).expect("write secret");
    let secret_flag = format!("@{}", secret.display());
    let run = person.login(&[
        "--client-id",
        CONFIDENTIAL_CLIENT,
        "--client-secret",
        &secret_flag,
        "--flow",
        "device",
        "--scope",
        GROUPS_SCOPE,
        "--group-claim",
        "groups",
    ]);
    run.code(0)
        .stderr_has("and enter the code")
        .stdout_has("Signed in as bob")
        .stdout_has("device code")
        .stdout_has("groups   Engineering (name), Sales (name)")
        .stdout_has("! group_ids");
}

#[test]
fn a_missing_group_claim_is_a_warning_and_strict_refuses_it() {
    let person = Person::new("carol", "approve");
    let args = ["--client-id", PUBLIC_CLIENT, "--flow", "browser", "--scope", GROUPS_SCOPE, "--group-claim", "groups"];
    person
        .login(&args)
        .code(0)
        .stdout_has("! group_claim")
        .stdout_has("group memberships are not recorded")
        .stdout_has("groups   (none)")
        .stdout_has("Alter would accept this token, with 1 warning(s)");
    let strict = [&args[..], &["--strict"]].concat();
    person
        .login(&strict)
        .code(5)
        .stdout_has("✗ group_claim")
        .stderr_has("Alter would refuse the token an app would give it");
}

#[test]
fn an_unregistered_redirect_uri_is_caught_before_the_browser_opens() {
    let person = Person::new("alice", "approve");
    let run = person.login(&["--client-id", UNREGISTERED_CLIENT, "--flow", "browser"]);
    let uri = format!("http://127.0.0.1:{}/callback", person.port);
    run.code(5)
        .stderr_has(&format!("{uri} is not a registered redirect URI of client `{UNREGISTERED_CLIENT}`"))
        .stderr_has(&format!("register {uri} as a redirect (callback) URI"));
    assert_eq!(person.browser_log(), "", "the browser was opened on a page it could not leave");
}

#[test]
fn a_wrong_client_secret_names_the_client() {
    let person = Person::new("alice", "approve");
    let run = person.login_with_stdin(
        &["--client-id", CONFIDENTIAL_CLIENT, "--client-secret", "-", "--flow", "browser"],
        Some(b"wrong-confidential-secret"),
    );
    run.code(5).stderr_has("invalid_client").stderr_has("--client-secret");
}

#[test]
fn declined_consent_is_reported() {
    let person = Person::new("alice", "deny");
    person
        .login(&["--client-id", PUBLIC_CLIENT, "--flow", "browser"])
        .code(5)
        .stderr_has("access_denied")
        .stderr_has("the person declined");
    let device = Person::new("alice", "deny");
    device.login(&["--client-id", PUBLIC_CLIENT, "--flow", "device"]).code(5).stderr_has("access_denied");
}

#[test]
fn an_expired_device_code_says_to_start_again() {
    let person = Person::with_provider("alice", "ignore", |ca| OidcProvider::start_with_device_ttl(ca, 2));
    person
        .login(&["--client-id", PUBLIC_CLIENT, "--flow", "device"])
        .code(5)
        .stderr_has("the device code expired")
        .stderr_has("run the command again");
}

#[test]
fn a_forged_callback_is_refused_and_the_real_one_completes() {
    let person = Person::new("alice", "forge");
    person
        .login(&["--client-id", PUBLIC_CLIENT, "--flow", "browser"])
        .code(0)
        .stderr_has("ignored a request to the callback: its state does not match this sign-in")
        .stdout_has("Signed in as alice");
    let log = person.browser_log();
    assert!(log.contains("forged callback: HTTP 400") && log.contains("callback: HTTP 200"), "{log}");
}

#[test]
fn print_token_writes_only_a_token_that_verifies() {
    let person = Person::new("alice", "approve");
    let run = person.login(&["--client-id", PUBLIC_CLIENT, "--flow", "browser", "--print-token", "id"]);
    run.code(0).stderr_has("Signed in as alice");
    let token = run.stdout.trim_end();
    assert_eq!(token.split('.').count(), 3, "stdout is not one JWT: {}", run.stdout);
    let issuer = person.provider.issuer();
    let ca = person.ca.ca_pem_path().to_str().expect("utf-8 path").to_owned();
    person
        .ctx
        .run_with_stdin(
            &["idp", "check-token", "--offline", "--issuer-url", &issuer, "--ca-cert", &ca, "--token", "-"],
            Some(token.as_bytes()),
        )
        .code(0)
        .stdout_has("✓ signature");
}

#[test]
fn without_a_client_nothing_is_started() {
    let person = Person::new("alice", "approve");
    person.login(&["--flow", "browser"]).code(2).stderr_has("--client-id");
    assert_eq!(person.browser_log(), "");
}

#[test]
fn idle_connections_to_the_listener_do_not_hold_up_the_callback() {
    let person = Person::new("alice", "approve");
    let port: u16 = person.port.parse().unwrap();
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    // Another local process opens connections as soon as the listener is up, and sends nothing.
    let squatter = std::thread::spawn(move || {
        let (mut held, started) = (Vec::new(), Instant::now());
        while held.len() < 8 && started.elapsed() < Duration::from_secs(20) {
            match TcpStream::connect(("127.0.0.1", port)) {
                Ok(connection) => held.push(connection),
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
        let _ = stopped.recv_timeout(Duration::from_secs(60));
        held.len()
    });
    let run = person.login(&["--client-id", PUBLIC_CLIENT, "--flow", "browser"]);
    let _ = stop.send(());
    assert_eq!(squatter.join().unwrap(), 8, "the idle connections were open during the sign-in");
    run.code(0).stdout_has("Signed in as alice");
    // One connection at a time, each allowed 5 s, would take 40 s.
    assert!(run.elapsed < Duration::from_secs(20), "the callback waited behind idle connections: {:?}", run.elapsed);
}

#[test]
fn ctrl_c_exits_130_at_once_and_frees_the_port_even_with_a_text_browser_running() {
    let mut person = Person::new("alice", "ignore");
    // A text-mode browser runs in the foreground until it exits: here, for 30 s.
    let lynx = person.ctx.home().join("lynx");
    let pid_file = person.ctx.home().join("lynx.pid");
    let script = format!("#!/bin/sh\necho $$ > {}\nexec sleep 30 </dev/null >/dev/null 2>&1\n", pid_file.display());
    std::fs::write(&lynx, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&lynx, std::fs::Permissions::from_mode(0o755)).unwrap();
    person.ctx.env("BROWSER", lynx.to_str().unwrap());
    let issuer = person.provider.issuer();
    let ca = person.ca.ca_pem_path().to_str().expect("utf-8 path").to_owned();
    let args = ["idp", "test-login", "--offline", "--issuer-url", &issuer, "--ca-cert", &ca, "--port", &person.port];
    let mut child = person
        .ctx
        .command(&[&args[..], &["--client-id", PUBLIC_CLIENT, "--flow", "browser", "--timeout", "60"]].concat())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn alter");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    while !seen.contains("Sign in at this URL") {
        assert_ne!(stderr.read_line(&mut seen).unwrap(), 0, "alter ended early: {seen}");
    }
    // The browser is running when the person presses Ctrl-C.
    let started = Instant::now();
    while !pid_file.exists() && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let interrupted = Instant::now();
    std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    let took = interrupted.elapsed();
    if let Ok(pid) = std::fs::read_to_string(&pid_file) {
        let _ = std::process::Command::new("kill").arg(pid.trim()).status();
    }
    let _ = std::io::Read::read_to_string(&mut stderr, &mut seen);
    assert_eq!(status.code(), Some(130), "{seen}");
    assert!(seen.contains("cancelled"), "{seen}");
    assert!(took < Duration::from_secs(5), "Ctrl-C took {took:?}");
    std::net::TcpListener::bind(("127.0.0.1", person.port.parse::<u16>().unwrap())).expect("the port is free again");
}

#[test]
fn a_callback_that_never_comes_times_out_with_the_redirect_uri_to_register_first() {
    let person = Person::new("alice", "ignore");
    let run = person.login(&["--client-id", PUBLIC_CLIENT, "--flow", "browser", "--timeout", "2"]);
    let uri = format!("http://127.0.0.1:{}/callback", person.port);
    run.code(6).stderr_has("the sign-in was not finished within 2 s");
    let hints: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("hint:")).collect();
    assert!(hints.first().is_some_and(|h| h.contains(&format!("register {uri} as a redirect"))), "{hints:?}");
}

/// `--flow paste`: alter prints the URL; browser.mjs signs in "on another machine" and reports
/// the address it could not load; the test pastes it (on a pseudo-terminal, or as stdin).
fn paste_flow(person: &Person, terminal: bool, extra: &[&str]) -> (i32, String) {
    let issuer = person.provider.issuer();
    let ca = person.ca.ca_pem_path().to_str().expect("utf-8 path").to_owned();
    let mut args = vec!["idp", "test-login", "--offline", "--issuer-url", &issuer, "--ca-cert", &ca];
    args.extend_from_slice(&["--port", &person.port, "--client-id", PUBLIC_CLIENT, "--flow", "paste"]);
    args.extend_from_slice(&["--timeout", "30"]);
    args.extend_from_slice(extra);
    let mut command = person.ctx.command(&args);
    if terminal {
        let quoted: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_alter"))
            .chain(args.iter().copied())
            .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
            .collect();
        let mut script = std::process::Command::new("script");
        script.env_clear().envs(command.get_envs().filter_map(|(k, v)| Some((k, v?)))).env("TERM", "xterm");
        script.current_dir(person.ctx.home()).args(["-qec", &quoted.join(" "), "/dev/null"]);
        command = script;
    }
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // On the terminal everything arrives on script's stdout; otherwise the URL is on stderr.
    let shown = if terminal {
        child.stdout.take().map(|o| Box::new(o) as Box<dyn std::io::Read + Send>)
    } else {
        child.stderr.take().map(|e| Box::new(e) as Box<dyn std::io::Read + Send>)
    };
    let mut shown = BufReader::new(shown.unwrap());
    let mut text = String::new();
    let url = loop {
        let mut line = String::new();
        assert_ne!(shown.read_line(&mut line).unwrap(), 0, "alter ended before the URL: {text}");
        text.push_str(&line);
        if let Some(url) = line.trim().strip_prefix("https://") {
            break format!("https://{url}");
        }
    };
    let rest = std::thread::spawn(move || {
        let mut rest = String::new();
        let _ = std::io::Read::read_to_string(&mut shown, &mut rest);
        rest
    });
    // The person, elsewhere.
    let script = OidcProvider::browser_command();
    let mut browser = std::process::Command::new("sh");
    browser
        .args(["-c", &format!("{script} \"$0\"",), &url])
        .envs(person.ctx.command(&[]).get_envs().filter_map(|(k, v)| Some((k, v?))));
    assert!(browser.status().unwrap().success(), "{}", person.browser_log());
    let log = person.browser_log();
    let address = log.lines().find_map(|l| l.strip_prefix("callback-url: ")).unwrap_or_else(|| panic!("{log}"));
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, format!("{address}\n").as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    text.push_str(&rest.join().unwrap());
    text.push_str(&String::from_utf8_lossy(&output.stdout));
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    (output.status.code().unwrap_or(-1), text)
}

#[test]
fn paste_on_a_terminal_signs_in_with_the_same_checks() {
    let person = Person::new("alice", "report");
    let (code, text) = paste_flow(&person, true, &[]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Address: ") && text.contains("Signed in as alice"), "{text}");
    assert!(text.contains("address pasted back"), "{text}");
}

#[test]
fn paste_reads_one_line_from_stdin_without_a_terminal() {
    let person = Person::new("bob", "report");
    let (code, text) = paste_flow(&person, false, &["--json"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("\"flow\": \"paste\"") && text.contains("\"sub\": \"bob\""), "{text}");
    let issued = std::fs::read_to_string(person.provider.issued_tokens_file()).unwrap();
    for token in issued.lines().filter(|t| !t.is_empty()) {
        assert!(!text.contains(token), "an issued token leaked: {text}");
    }
}

#[test]
fn a_pasted_address_of_another_sign_in_is_refused() {
    let person = Person::new("alice", "ignore");
    let run = person.login_with_stdin(
        &["--client-id", PUBLIC_CLIENT, "--flow", "paste"],
        Some(b"http://127.0.0.1:1/callback?code=stolen&state=another-sign-in\n"),
    );
    run.code(5).stderr_has("the pasted address is not this sign-in's callback: its state does not match");
}

/// browser.mjs's output is hidden by alter: shown when a test fails.
struct LogOnPanic<'a>(&'a Person);
impl Drop for LogOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("--- browser log\n{}", self.0.browser_log());
        }
    }
}
