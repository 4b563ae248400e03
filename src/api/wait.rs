//! `directory-import run --wait`: polls the status until a run has finished. The caller is told
//! each state seen, so how progress looks stays with `Output`.

use super::ApiClient;
use crate::api::models::DirectoryImportRun;
use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::scrub::remote;
use std::time::{Duration, Instant};

/// How often the run's state is asked for.
const POLL_INTERVAL: Duration = Duration::from_millis(500);
/// When waiting stops (the import itself carries on at Alter).
const WAIT_LIMIT: Duration = Duration::from_secs(15 * 60);

impl ApiClient {
    /// Polls provider `id`'s directory-import status until `run` has finished, calling `seen`
    /// with every state (the first included). Ends early when the control plane shows another
    /// run, or none, or after the wait limit.
    pub async fn wait_for_directory_run(
        &self,
        app: &str,
        id: &str,
        mut run: DirectoryImportRun,
        mut seen: impl FnMut(&DirectoryImportRun),
    ) -> Result<DirectoryImportRun> {
        let deadline = Instant::now() + WAIT_LIMIT;
        let status_hint = format!("see `alter idp directory-import status --provider {}`", remote(id));
        seen(&run);
        while !run.status.finished() {
            if Instant::now() + POLL_INTERVAL > deadline {
                let message = format!(
                    "gave up waiting after {} minutes: import {} is still {}",
                    WAIT_LIMIT.as_secs() / 60,
                    remote(&run.id),
                    run.status.as_str()
                );
                return Err(
                    Error::new(ExitCode::Network, message).hint(format!("it carries on at Alter: {status_hint}"))
                );
            }
            tokio::time::sleep(POLL_INTERVAL).await;
            run = match self.directory_status(app, id).await?.last_run {
                Some(last) if last.id == run.id => last,
                Some(other) => {
                    return Err(Error::rejected(format!(
                        "import {} is no longer the latest run (the control plane now shows {}, {})",
                        remote(&run.id),
                        remote(&other.id),
                        other.status.as_str()
                    ))
                    .hint(status_hint))
                }
                None => {
                    return Err(Error::rejected(format!(
                        "the control plane no longer shows import {}",
                        remote(&run.id)
                    ))
                    .hint(status_hint))
                }
            };
            seen(&run);
        }
        Ok(run)
    }
}
