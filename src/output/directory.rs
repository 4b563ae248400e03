//! Directory import for people: the status block, one run's outcome, and the progress shown on
//! stderr while `run --wait` polls (its style chosen by `Output::run_progress`).

use super::key_values;
use crate::api::models::{DirectoryImportRun, DirectoryImportStatus, DirectoryRunState};
use crate::scrub::remote;
use std::io::Write;
use std::time::Instant;

pub fn directory_status_view(s: &DirectoryImportStatus) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let supported =
        if s.supported { "yes".to_owned() } else { "no (use webhooks: `alter idp webhook enable`)".to_owned() };
    let configured = if s.configured || !s.supported {
        yes_no(s.configured).to_owned()
    } else {
        "no (save one with `alter idp directory-import set-credential`)".to_owned()
    };
    let next = match (&s.next_run_at, s.configured) {
        (Some(at), _) => remote(at),
        (None, true) => "-".to_owned(),
        (None, false) if s.supported => "- (none scheduled without a credential)".to_owned(),
        (None, false) => "-".to_owned(),
    };
    key_values(&[
        ("Provider", format!("{} ({})", remote(&s.provider_id), s.provider_type)),
        ("Supported", supported),
        ("Configured", configured),
        ("Last run", s.last_run.as_ref().map(run_summary).unwrap_or_else(|| "never".to_owned())),
        ("Next run", next),
    ])
}

/// One line: `run_1 succeeded at T: 12 users imported, ...` or the error of a failed run.
fn run_summary(run: &DirectoryImportRun) -> String {
    let when = match (&run.finished_at, &run.started_at) {
        (Some(finished), _) => format!(" at {}", remote(finished)),
        (None, Some(started)) => format!(" since {}", remote(started)),
        (None, None) => String::new(),
    };
    let mut text = format!("{} {}{when}", remote(&run.id), run.status.as_str());
    match run.status {
        DirectoryRunState::Succeeded => text.push_str(&format!(": {}", counts(run))),
        DirectoryRunState::Failed => {
            text.push_str(&format!(": {}", run.error.as_deref().map_or_else(|| "no error given".to_owned(), remote)));
        }
        DirectoryRunState::Queued | DirectoryRunState::Running => {}
    }
    text
}

fn counts(run: &DirectoryImportRun) -> String {
    format!(
        "{} users imported, {} updated, {} deprovisioned; {} groups imported",
        run.users_imported, run.users_updated, run.users_deprovisioned, run.groups_imported
    )
}

pub fn directory_run_view(run: &DirectoryImportRun) -> String {
    let or_dash = |v: &Option<String>| v.as_deref().map_or_else(|| "-".to_owned(), remote);
    let mut rows = vec![
        ("Run", remote(&run.id)),
        ("Status", run.status.as_str().to_owned()),
        ("Started at", or_dash(&run.started_at)),
        ("Finished at", or_dash(&run.finished_at)),
    ];
    if run.status.finished() {
        rows.push((
            "Users",
            format!(
                "{} imported, {} updated, {} deprovisioned",
                run.users_imported, run.users_updated, run.users_deprovisioned
            ),
        ));
        rows.push(("Groups", format!("{} imported", run.groups_imported)));
    }
    if let Some(error) = &run.error {
        rows.push(("Error", remote(error)));
    }
    key_values(&rows)
}

/// What `run --wait` shows on stderr while it polls.
pub struct RunProgress {
    style: ProgressStyle,
    last: Option<DirectoryRunState>,
    frame: usize,
    started: Instant,
}

const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ProgressStyle {
    /// One rewritten line with a spinner (stderr is a terminal).
    Spinner,
    /// One line per change of state (a log or a CI job).
    Lines,
    /// Nothing (`--quiet`).
    Silent,
}

impl RunProgress {
    pub(super) fn new(style: ProgressStyle) -> Self {
        Self { style, last: None, frame: 0, started: Instant::now() }
    }

    pub fn update(&mut self, run: &DirectoryImportRun) {
        match self.style {
            ProgressStyle::Spinner => {
                let spinner = FRAMES[self.frame % FRAMES.len()];
                self.frame += 1;
                let secs = self.started.elapsed().as_secs();
                eprint!("\r\x1b[2K{spinner} Import {} {} ({secs}s)", remote(&run.id), run.status.as_str());
                let _ = std::io::stderr().flush();
            }
            ProgressStyle::Lines if self.last != Some(run.status) => {
                eprintln!("Import {}: {}", remote(&run.id), run.status.as_str());
            }
            ProgressStyle::Lines | ProgressStyle::Silent => {}
        }
        self.last = Some(run.status);
    }
}

/// Clears the spinner line, so what follows starts on a clean line.
impl Drop for RunProgress {
    fn drop(&mut self) {
        if self.style == ProgressStyle::Spinner && self.last.is_some() {
            eprint!("\r\x1b[2K");
            let _ = std::io::stderr().flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::ProviderType;

    fn run(status: DirectoryRunState, error: Option<&str>) -> DirectoryImportRun {
        DirectoryImportRun {
            id: "run_1".into(),
            status,
            started_at: Some("2025-01-01T00:00:00Z".into()),
            finished_at: status.finished().then(|| "2025-01-01T00:01:00Z".into()),
            users_imported: 12,
            users_updated: 3,
            users_deprovisioned: 1,
            groups_imported: 4,
            error: error.map(str::to_owned),
        }
    }

    #[test]
    fn status_shows_the_last_and_next_run() {
        let status = DirectoryImportStatus {
            provider_id: "idp_1".into(),
            provider_type: ProviderType::Okta,
            supported: true,
            configured: true,
            last_run: Some(run(DirectoryRunState::Succeeded, None)),
            next_run_at: Some("2025-01-01T06:00:00Z".into()),
        };
        let text = directory_status_view(&status);
        assert!(text.contains("Configured  yes"), "{text}");
        assert!(text.contains("run_1 succeeded at 2025-01-01T00:01:00Z: 12 users imported, 3 updated, 1 deprovisioned; 4 groups imported"), "{text}");
        assert!(text.contains("Next run    2025-01-01T06:00:00Z"), "{text}");
        let empty = DirectoryImportStatus { configured: false, last_run: None, next_run_at: None, ..status };
        let text = directory_status_view(&empty);
        assert!(text.contains("Last run    never") && text.contains("set-credential"), "{text}");
    }

    #[test]
    fn a_failed_run_shows_its_error() {
        let text = directory_run_view(&run(DirectoryRunState::Failed, Some("401 from Okta")));
        assert!(text.contains("Status       failed") && text.contains("Error        401 from Okta"), "{text}");
        let queued = directory_run_view(&run(DirectoryRunState::Queued, None));
        assert!(!queued.contains("Users"), "{queued}");
    }
}
