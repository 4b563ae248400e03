//! The exit-code contract: stable numbers that scripts and CI jobs can branch on.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Ok = 0,
    Unexpected = 1,
    Usage = 2,
    NotAuthenticated = 3,
    NotFound = 4,
    Rejected = 5,
    Network = 6,
    Server = 7,
    Differences = 8,
    Cancelled = 130,
}

impl ExitCode {
    pub const ALL: [ExitCode; 10] = [
        Self::Ok,
        Self::Unexpected,
        Self::Usage,
        Self::NotAuthenticated,
        Self::NotFound,
        Self::Rejected,
        Self::Network,
        Self::Server,
        Self::Differences,
        Self::Cancelled,
    ];

    pub fn meaning(self) -> &'static str {
        match self {
            Self::Ok => "success",
            Self::Unexpected => "unexpected error (a bug: please report it)",
            Self::Usage => "usage error or bad local input (flags, issuer URL, files)",
            Self::NotAuthenticated => "not signed in, the token cannot be sent, or it lacks a required scope",
            Self::NotFound => "app or identity provider not found",
            Self::Rejected => {
                "rejected: brokered provider, issuer mismatch, unusable discovery document or keys, conflict"
            }
            Self::Network => "network, TLS certificate or timeout failure",
            Self::Server => "the control plane failed: errors after retries, or an unusable answer",
            Self::Differences => "differences found (`alter idp diff`)",
            Self::Cancelled => "cancelled",
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}
