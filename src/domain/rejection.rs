/// Why the domain refused an input, with the fix. The kind decides the exit code upstream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub kind: RejectionKind,
    pub message: String,
    pub hints: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectionKind {
    /// The user's own input is malformed: fixable without contacting anyone.
    BadInput,
    /// The input is well-formed but Alter will not accept what it points to.
    Unacceptable,
}

impl Rejection {
    pub fn bad_input(message: impl Into<String>) -> Self {
        Self { kind: RejectionKind::BadInput, message: message.into(), hints: Vec::new() }
    }

    pub fn unacceptable(message: impl Into<String>) -> Self {
        Self { kind: RejectionKind::Unacceptable, message: message.into(), hints: Vec::new() }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}
