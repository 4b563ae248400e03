//! Server notices (e.g. `wallet_unverified`): warnings on stderr, never part of the result. A
//! server sending thousands, or one with line breaks, must not bury or forge the tool's own lines.

use super::Output;
use crate::domain::model::Notice;

/// At most this many notices are shown, then how many more there were (as with field errors).
pub const SHOWN_NOTICES: usize = 20;

pub fn notices(out: &Output, notices: &[Notice]) {
    for notice in notices.iter().take(SHOWN_NOTICES) {
        out.warn(&one_line(&format!("{}: {}", notice.code, notice.message)));
    }
    if notices.len() > SHOWN_NOTICES {
        out.warn(&format!("... and {} more notices from the control plane", notices.len() - SHOWN_NOTICES));
    }
}

/// Every control character escaped, line breaks and tabs included, so a notice (or a path named
/// in a file) is one line.
pub(super) fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { c.escape_unicode().to_string() } else { c.to_string() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_is_one_line() {
        let text = one_line("wallet_unverified: x\nwarning: forged\r\u{85}\ty");
        assert_eq!(text, "wallet_unverified: x\\u{a}warning: forged\\u{d}\\u{85}\\u{9}y");
        assert!(!text.contains('\n'));
    }
}
