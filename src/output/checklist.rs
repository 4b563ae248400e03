//! The human form of a check-token report: one line per check (✓ pass, ! warning, ✗ refusal)
//! with the fix, then the verdict.

use crate::domain::token::{Report, Status, Verdict};

pub fn token_report_view(report: &Report) -> String {
    let mut text = format!("Checking a token against issuer {}\n", crate::scrub::remote(&report.issuer));
    for check in &report.checks {
        let mark = match check.status {
            Status::Pass => "✓",
            Status::Warn => "!",
            Status::Fail => "✗",
        };
        text.push_str(&format!("  {mark} {:<14} {}\n", check.check, check.message));
    }
    text.push_str(&verdict_line(report));
    text.push('\n');
    text
}

pub fn verdict_line(report: &Report) -> String {
    match report.verdict {
        Verdict::Accepted => "Alter would accept this token.".to_owned(),
        Verdict::AcceptedWithWarnings => format!(
            "Alter would accept this token, with {} warning(s) (marked ! above): sign-ins work, but not everything the configuration intends.",
            report.count(Status::Warn)
        ),
        Verdict::Refused => "Alter would refuse this token.".to_owned(),
    }
}
