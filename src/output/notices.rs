//! Server notices (e.g. `wallet_unverified`): warnings on stderr, never part of the result. A
//! server sending thousands, or one with line breaks, must not bury or forge the tool's own lines.

use super::Output;
use crate::domain::model::Notice;
use crate::scrub::remote;

/// At most this many notices are shown, then how many more there were (as with field errors).
pub const SHOWN_NOTICES: usize = 20;

/// Each notice one line (`scrub::remote`), at most [`SHOWN_NOTICES`] of them.
pub fn notices(out: &Output, notices: &[Notice]) {
    for notice in notices.iter().take(SHOWN_NOTICES) {
        out.warn(&format!("{}: {}", remote(&notice.code), remote(&notice.message)));
    }
    if notices.len() > SHOWN_NOTICES {
        out.warn(&format!("... and {} more notices from the control plane", notices.len() - SHOWN_NOTICES));
    }
}
