//! The client's one error type, and how each failure maps onto the exit-code contract with a
//! hint saying what to run next.

use super::models::Problem;
use crate::domain::detect::Brokered;
use crate::error::Error;
use crate::exit::ExitCode;
use crate::scrub::{remote, MAX_REMOTE_ITEMS};

#[derive(Debug)]
pub enum ApiError {
    /// The server answered with an error status (after any retries).
    Status { status: u16, problem: Problem, request_id: Option<String> },
    /// No usable answer: connection, TLS or timeout (after any retries).
    Transport(Error),
    /// A write was sent and every answer to it was lost (after retries): it may have taken
    /// effect. The error carries the hint saying which command shows whether it did.
    Lost(Error),
    /// A 2xx answer whose body does not match the contract (empty, HTML, not JSON, over the
    /// cap, compressed): the server's failure. After a write it may still have taken effect.
    Decode { what: String, detail: String, write: bool, url: String },
}

impl ApiError {
    /// One line saying what went wrong, for `-v` traces of retries.
    pub fn summary(&self) -> String {
        match self {
            Self::Status { status, problem, .. } if problem.code.is_empty() => format!("HTTP {status}"),
            Self::Status { status, problem, .. } => format!("HTTP {status} {}", remote(&problem.code)),
            Self::Transport(err) | Self::Lost(err) => err.message.clone(),
            Self::Decode { what, .. } => format!("an unreadable answer to {what}"),
        }
    }
}

impl ApiError {
    /// The write may or may not have taken effect: its answer was lost, or was a success the
    /// client could not read.
    pub fn outcome_unknown(&self) -> bool {
        matches!(self, Self::Lost(_) | Self::Decode { write: true, .. })
    }
}

impl From<ApiError> for Error {
    fn from(err: ApiError) -> Self {
        match err {
            ApiError::Transport(err) | ApiError::Lost(err) => err,
            ApiError::Decode { what, detail, write, url } => {
                let error = Error::new(
                    ExitCode::Server,
                    format!("the control plane's answer to {what} is unusable: {}", remote(&detail)),
                );
                let error = if write { error.hint(may_have_taken_effect(&url)) } else { error };
                error.hint("check that ALTER_API_URL points at the Alter control plane; if it does, the server is at fault: try again later or report it")
            }
            ApiError::Status { status, problem, request_id } => from_problem(status, problem, request_id),
        }
    }
}

fn from_problem(status: u16, problem: Problem, request_id: Option<String>) -> Error {
    let code = exit_for_status(status);
    let mut message = problem.detail.as_deref().filter(|d| !d.is_empty()).map(remote).unwrap_or_else(|| {
        if problem.title.is_empty() {
            format!("the control plane answered HTTP {status}")
        } else {
            remote(&problem.title)
        }
    });
    if !problem.code.is_empty() {
        message = format!("{message} ({})", remote(&problem.code));
    }
    for field in problem.errors.iter().take(MAX_REMOTE_ITEMS) {
        message.push_str(&format!("\n  {}: {}", remote(&field.field), remote(&field.message)));
    }
    if problem.errors.len() > MAX_REMOTE_ITEMS {
        message.push_str(&format!("\n  ... and {} more", problem.errors.len() - MAX_REMOTE_ITEMS));
    }
    if let Some(id) = request_id.or(problem.request_id.clone()) {
        message.push_str(&format!("\n  request id: {}", remote(&id)));
    }
    let mut error = Error::new(code, message);
    for hint in hints(status, &problem) {
        error = error.hint(hint);
    }
    error
}

fn hints(status: u16, problem: &Problem) -> Vec<String> {
    let mut hints = Vec::new();
    match (status, problem.code.as_str()) {
        (401, _) => hints.push("sign in with `alter auth login` (or set ALTER_TOKEN)".to_owned()),
        (403, _) => hints.push(match &problem.required_scope {
            Some(scope) => format!("this needs the `{}` scope: sign in with a token that has it", remote(scope)),
            None => "your token lacks the permission for this: sign in with a token that has it".to_owned(),
        }),
        (_, "app_not_found") => {
            hints.push("check --app / ALTER_APP_ID / the linked workspace (`alter link --app APP`)".to_owned())
        }
        (_, "identity_provider_not_found") => hints.push("list the app's providers with `alter idp list`".to_owned()),
        (_, "identity_provider_exists") => {
            let id = problem.existing_provider_id.as_deref().map_or("<id>".to_owned(), remote);
            hints.push(format!("the app already has identity provider {id}: change it with `alter idp update --provider {id}` or remove it with `alter idp delete --provider {id}`"));
        }
        (_, "claims_locked") => hints.push(
            "claim mappings lock after the first end user signs in; to change them, delete and re-create the provider"
                .to_owned(),
        ),
        (_, "brokered_provider") => {
            if let Some(brokered) = problem.detected_provider.as_deref().and_then(Brokered::from_code) {
                hints.extend(brokered.rejection().hints);
            } else {
                hints.push(
                    "broker it through Auth0, Clerk or Okta using that provider's enterprise connection".to_owned(),
                );
            }
        }
        (_, "discovery_failed" | "invalid_issuer_url") => {
            hints.push("preview it locally to see why: alter idp discover --offline --issuer-url <url>".to_owned())
        }
        (_, "webhook_already_enabled") => hints.push(
            "it is already on: replace the secret with `alter idp webhook rotate`, or check it with `alter idp webhook status`".to_owned(),
        ),
        (_, "webhook_not_enabled") => hints.push("enable it first with `alter idp webhook enable`".to_owned()),
        (_, "webhook_secret_required" | "webhook_secret_invalid") => hints.push(
            "pass the provider's signing secret with --secret @file or --secret - (see `alter idp webhook enable --help`)".to_owned(),
        ),
        (_, "directory_credential_missing") => hints.push(
            "save the read-only management credential first with `alter idp directory-import set-credential` (see its --help for your provider's flags)".to_owned(),
        ),
        (_, "directory_import_running") => hints.push(
            "an import is already going: follow it with `alter idp directory-import status`, and start another once it has finished".to_owned(),
        ),
        (_, "credential_rejected") => hints.push(
            "fix the credential at the provider (Auth0: an M2M app granted read:users; Clerk: the sk_ Secret key; Okta: the private JWK of an API Services app with the Read-only Administrator role), then save it again with `alter idp directory-import set-credential`".to_owned(),
        ),
        (_, "directory_sync_unsupported") => hints.push(
            "this provider has no directory to import: use webhooks instead with `alter idp webhook enable`".to_owned(),
        ),
        (_, "idempotency_key_reused") => hints.push("retry the command; it sends a fresh key".to_owned()),
        (429, _) | (500..=599, _) => {
            hints.push("the control plane is having trouble; try again in a minute".to_owned())
        }
        _ => {}
    }
    hints
}

/// How [`may_have_taken_effect`] begins, for a caller that says it better (apply names its file).
pub const MAY_HAVE_TAKEN_EFFECT: &str = "the change may have taken effect anyway";

/// The hint after a write whose outcome is unknown: what shows whether it happened.
pub fn may_have_taken_effect(url: &str) -> String {
    let check = if url.contains("/webhook") {
        "alter idp webhook status"
    } else if url.contains("/directory-import") {
        "alter idp directory-import status"
    } else {
        "alter idp show"
    };
    format!("{MAY_HAVE_TAKEN_EFFECT}: check with `{check}` before running it again")
}

pub fn exit_for_status(status: u16) -> ExitCode {
    match status {
        401 | 403 => ExitCode::NotAuthenticated,
        404 => ExitCode::NotFound,
        400 | 409 | 410 | 412 | 422 => ExitCode::Rejected,
        429 | 500..=599 => ExitCode::Server,
        _ => ExitCode::Unexpected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_problems_give_the_detail_and_the_next_command() {
        for (status, code, next) in [
            (409, "directory_credential_missing", "alter idp directory-import set-credential"),
            (409, "directory_import_running", "alter idp directory-import status"),
            (422, "credential_rejected", "alter idp directory-import set-credential"),
            (422, "directory_sync_unsupported", "alter idp webhook enable"),
        ] {
            let problem =
                Problem { status, code: code.into(), detail: Some("the server's reason".into()), ..Problem::default() };
            let err: Error = ApiError::Status { status, problem, request_id: None }.into();
            assert_eq!(err.code, ExitCode::Rejected, "{code}");
            assert!(err.message.starts_with("the server's reason"), "{code}: {}", err.message);
            assert!(err.hints[0].contains(next), "{code}: {:?}", err.hints);
        }
    }
}
