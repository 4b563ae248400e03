//! The one error every command returns: what went wrong, what to do, and which exit code.

use crate::domain::rejection::{Rejection, RejectionKind};
use crate::exit::ExitCode;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: ExitCode,
    pub message: String,
    pub hints: Vec<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(code: ExitCode, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), hints: Vec::new() }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Usage, message)
    }

    pub fn rejected(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Rejected, message)
    }

    pub fn network(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Network, message)
    }

    pub fn unexpected(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Unexpected, message)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<Rejection> for Error {
    fn from(rejection: Rejection) -> Self {
        let code = match rejection.kind {
            RejectionKind::BadInput => ExitCode::Usage,
            RejectionKind::Unacceptable => ExitCode::Rejected,
        };
        Self { code, message: rejection.message, hints: rejection.hints }
    }
}
