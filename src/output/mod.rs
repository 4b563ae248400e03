//! The only place that prints. stdout carries the result (a table or block for people, JSON with
//! `--json`); errors, warnings, notes and `-v` traces go to stderr. Colour only on a terminal,
//! never with `NO_COLOR` or `--no-color`.

mod checklist;
mod directory;
mod plan;
mod views;

pub use checklist::token_report_view;
pub use directory::{directory_run_view, directory_status_view, RunProgress};
pub use plan::{plan_report, plan_view, PlanReport};
pub use views::{discovery_view, provider_view, providers_table, token_view, webhook_view};

use crate::error::{Error, Result};
use crate::exit::ExitCode;
use serde::Serialize;
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy)]
pub struct Output {
    json: bool,
    color: bool,
}

impl Output {
    pub fn new(json: bool, no_color: bool) -> Self {
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = !no_color && !no_color_env && std::io::stderr().is_terminal();
        Self { json, color }
    }

    pub fn json(&self) -> bool {
        self.json
    }

    /// Prints the result: `value` as JSON with `--json`, otherwise what `human` renders.
    pub fn result<T: Serialize>(&self, value: &T, human: impl FnOnce() -> String) -> Result<()> {
        let text = if self.json {
            let mut text = serde_json::to_string_pretty(value)
                .map_err(|err| Error::unexpected(format!("cannot encode the result as JSON: {err}")))?;
            text.push('\n');
            text
        } else {
            human()
        };
        write_stdout(&text)
    }

    /// Text for people on stdout, printed only without `--json` (whose result comes at the end).
    pub fn human(&self, text: &str) -> Result<()> {
        if self.json {
            return Ok(());
        }
        write_stdout(text)
    }

    pub fn warn(&self, message: &str) {
        eprintln!("{} {message}", self.paint("warning:", "33"));
    }

    pub fn note(&self, message: &str) {
        eprintln!("{message}");
    }

    pub fn error(&self, err: &Error) {
        // Differences found is an answer, not a failure: no `error:` label.
        let label = if err.code == ExitCode::Differences { String::new() } else { self.paint("error:", "31") + " " };
        let mut text = format!("{label}{}\n", err.message);
        for hint in &err.hints {
            text.push_str(&format!("{} {hint}\n", self.paint("hint:", "36")));
        }
        eprint!("{text}");
    }

    fn paint(&self, text: &str, ansi: &str) -> String {
        if self.color {
            format!("\x1b[1;{ansi}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// Server notices (e.g. `wallet_unverified`) are warnings on stderr, never part of the result.
pub fn notices(out: &Output, notices: &[crate::domain::model::Notice]) {
    for notice in notices {
        out.warn(&format!("{}: {}", notice.code, notice.message));
    }
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
                eprintln!("* {}", record.args());
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
