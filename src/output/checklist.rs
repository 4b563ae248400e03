//! The human form of a check-token report: one line per check, ✓ or ✗, with the fix.

use crate::domain::token::Report;

pub fn token_report_view(report: &Report) -> String {
    let mut text = format!("Checking a token against issuer {}\n", report.issuer);
    for check in &report.checks {
        text.push_str(&format!("  {} {:<14} {}\n", if check.ok { "✓" } else { "✗" }, check.check, check.message));
    }
    text.push_str(if report.accepted {
        "Alter would accept this token.\n"
    } else {
        "Alter would refuse this token.\n"
    });
    text
}
