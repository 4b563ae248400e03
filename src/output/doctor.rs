//! The human form of `alter doctor`'s report: sections, one line per check, the fix under it.

use crate::domain::doctor::{Report, Section};

pub fn doctor_view(report: &Report) -> String {
    let mut text = String::new();
    for section in Section::ALL {
        let mut lines = report.checks.iter().filter(|c| c.section == section).peekable();
        if lines.peek().is_none() {
            continue;
        }
        text.push_str(section.title());
        text.push('\n');
        for check in lines {
            text.push_str(&format!("  {} {}\n", check.status.mark(), check.message));
            if let Some(fix) = &check.fix {
                text.push_str(&format!("      fix: {fix}\n"));
            }
        }
    }
    let c = &report.counts;
    text.push_str(&match (c.fail, c.warn) {
        (0, 0) => "No problems found.\n".to_owned(),
        (fail, warn) => format!("{fail} problem(s) (✗), {warn} warning(s) (!).\n"),
    });
    text
}
