//! The only place that prints, and the one that decides about terminals. stdout carries the
//! result (a table or block for people, JSON with `--json`); errors, warnings, notes, progress
//! and `-v` traces go to stderr. Colour only on a terminal, never with `NO_COLOR` or
//! `--no-color` (clap's own help and errors included); `--quiet` leaves only the result, errors
//! and warnings.
//!
//! The output rule (see `crate::scrub`): a command puts remote text into a message through
//! `scrub::remote` (one line, held secrets redacted, bounded); every human text printed here
//! then passes the last guard, `scrub::human` (terminal controls escaped, lines bounded), and
//! the tool's own words are never redacted. JSON results and documents are exact.

mod checklist;
mod directory;
mod doctor;
mod login;
mod notices;
mod plan;
mod views;

pub use checklist::token_report_view;
use directory::ProgressStyle;
pub use directory::{directory_run_view, directory_status_view, RunProgress};
pub use doctor::doctor_view;
pub use login::login_report_view;
pub use notices::notices;
pub use plan::{plan_report, plan_view, PlanReport};
pub use views::{discovery_view, provider_view, providers_table, token_view, webhook_view};

use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::scrub;
use serde::Serialize;
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy)]
pub struct Output {
    json: bool,
    quiet: bool,
    color: bool,
    /// stderr is a terminal: progress may rewrite its line.
    live: bool,
    /// stdin and stderr are terminals: a person can be asked.
    interactive: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool, no_color: bool) -> Self {
        let live = std::io::stderr().is_terminal();
        let interactive = live && std::io::stdin().is_terminal();
        Self { json, quiet, color: colour_allowed(no_color) && live, live, interactive }
    }

    /// Whether questions can be asked (see `prompt`); without a terminal they are errors.
    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// How `run --wait` shows progress: none with `--quiet`, a spinner on a terminal, one line
    /// per change otherwise.
    pub fn run_progress(&self) -> RunProgress {
        RunProgress::new(match (self.quiet, self.live) {
            (true, _) => ProgressStyle::Silent,
            (false, true) => ProgressStyle::Spinner,
            (false, false) => ProgressStyle::Lines,
        })
    }

    /// Prints the result: `value` as JSON with `--json`, otherwise what `human` renders.
    pub fn result<T: Serialize>(&self, value: &T, human: impl FnOnce() -> String) -> Result<()> {
        if self.json {
            return self.document(value);
        }
        self.short_secret_warning();
        write_stdout(&scrub::human(&human()))
    }

    /// A JSON document on stdout (`export`, `--dry-run`, any `--json` result): exact, the same
    /// bytes a file would get (see `json_document`). Where a value holds a secret this command
    /// holds, it is still written as received, and stderr says where.
    pub fn document<T: Serialize>(&self, value: &T) -> Result<()> {
        let (text, holding) = json_document(value)?;
        self.warn_held(&holding);
        self.short_secret_warning();
        write_stdout(&text)
    }

    /// `holding`: the JSON paths of values that hold a secret this command holds.
    pub fn warn_held(&self, holding: &[String]) {
        if !holding.is_empty() {
            self.warn(&format!(
                "the result holds a secret this command was given, in {}: it is written exactly as received",
                holding.join(", ")
            ));
        }
    }

    /// `--print-token`: the one place a token reaches stdout, raw and alone, for a pipe. It is
    /// held by the scrubber, so it cannot appear anywhere else.
    pub fn raw_token(&self, token: &crate::secret::Secret) -> Result<()> {
        write_stdout(&format!("{}\n", token.expose()))
    }

    /// A human report on stderr, when stdout is taken by `--print-token`.
    pub fn report_to_stderr(&self, text: &str) {
        eprint!("{}", scrub::human(text));
    }

    /// Text for people on stdout, printed only without `--json` (whose result comes at the end).
    pub fn human(&self, text: &str) -> Result<()> {
        if self.json {
            return Ok(());
        }
        write_stdout(&scrub::human(text))
    }

    pub fn warn(&self, message: &str) {
        self.short_secret_warning();
        eprintln!("{} {}", self.paint("warning:", "33"), scrub::human(message));
    }

    /// Context and next steps for people; `--quiet` drops them.
    pub fn note(&self, message: &str) {
        self.short_secret_warning();
        if !self.quiet {
            eprintln!("{}", scrub::human(message));
        }
    }

    /// What the person must act on (a sign-in URL, a device code): printed even with `--quiet`,
    /// which would otherwise leave them waiting for a prompt they never saw.
    pub fn action(&self, message: &str) {
        self.short_secret_warning();
        eprintln!("{}", scrub::human(message));
    }

    pub fn error(&self, err: &Error) {
        self.short_secret_warning();
        // Differences found is an answer, not a failure: no `error:` label.
        let label = if err.code == ExitCode::Differences { String::new() } else { self.paint("error:", "31") + " " };
        let mut text = format!("{label}{}\n", scrub::human(&err.message));
        for hint in &err.hints {
            text.push_str(&format!("{} {}\n", self.paint("hint:", "36"), scrub::human(hint)));
        }
        eprint!("{text}");
    }

    /// Said once, before whatever is printed next: a secret too short to hide is not hidden.
    pub fn short_secret_warning(&self) {
        if let Some(warning) = scrub::take_short_secret_warning() {
            eprintln!("{} {}", self.paint("warning:", "33"), warning);
        }
    }

    fn paint(&self, text: &str, ansi: &str) -> String {
        if self.color {
            format!("\x1b[1;{ansi}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// `--no-color` or a non-empty `NO_COLOR` turns colour off everywhere.
fn colour_allowed(no_color_flag: bool) -> bool {
    !no_color_flag && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Clap's own help and errors: never coloured when ours are not; otherwise clap checks the
/// stream it writes to, as we do.
pub fn clap_color(no_color_flag: bool) -> clap::ColorChoice {
    if colour_allowed(no_color_flag) {
        clap::ColorChoice::Auto
    } else {
        clap::ColorChoice::Never
    }
}

/// Prints what clap stopped with (help, the version or a usage error) and says how to exit.
/// Every command takes `--version`; it names the program, not the subcommand.
pub fn parse_stop(err: &clap::Error, root: &clap::Command) -> ExitCode {
    let printed = if err.kind() == clap::error::ErrorKind::DisplayVersion {
        write_stdout(&root.render_version()).map_err(drop)
    } else {
        err.print().map_err(drop)
    };
    match (printed, err.use_stderr()) {
        (_, true) => ExitCode::Usage,
        (Err(()), false) => ExitCode::Unexpected,
        (Ok(()), false) => ExitCode::Ok,
    }
}

/// A JSON document's exact text (what stdout and `-o FILE` both get), and the paths of values
/// that hold a secret this command holds.
pub fn json_document<T: Serialize + ?Sized>(value: &T) -> Result<(String, Vec<String>)> {
    let encode = |err: serde_json::Error| Error::unexpected(format!("cannot encode the result as JSON: {err}"));
    let holding = scrub::held_in(&serde_json::to_value(value).map_err(encode)?);
    Ok((scrub::json_text(value).map_err(encode)?, holding))
}

/// A reader closing the pipe early (`alter ... | head`) is not an error worth a message.
fn write_stdout(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(Error::new(ExitCode::Unexpected, format!("cannot write to stdout: {err}"))),
    }
}

/// `-v`: request and response lines on stderr. Callers never pass secrets; the API layer
/// redacts headers before logging.
pub fn enable_trace() {
    struct StderrLogger;
    impl log::Log for StderrLogger {
        fn enabled(&self, _: &log::Metadata) -> bool {
            true
        }
        fn log(&self, record: &log::Record) {
            if record.target().starts_with("alter") {
                // A trace line is about a remote exchange (URLs, headers, statuses) throughout.
                eprintln!("* {}", scrub::human(&scrub::redact(&record.args().to_string())));
            }
        }
        fn flush(&self) {}
    }
    static LOGGER: StderrLogger = StderrLogger;
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(log::LevelFilter::Info);
    }
}

/// Aligned `label  value` lines, the human form of one object.
pub fn key_values(rows: &[(&str, String)]) -> String {
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    rows.iter().map(|(k, v)| format!("{k:<width$}  {v}\n")).collect()
}
