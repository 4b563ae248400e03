//! Server notices (e.g. `wallet_unverified`): warnings on stderr, never part of the result. A
//! server sending thousands, or one with line breaks, must not bury or forge the tool's own lines.

use super::Output;
use crate::domain::model::Notice;
use crate::scrub::{remote, MAX_REMOTE_ITEMS};

/// Each notice one line (`scrub::remote`), at most [`MAX_REMOTE_ITEMS`] of them.
pub fn notices(out: &Output, notices: &[Notice]) {
    for notice in notices.iter().take(MAX_REMOTE_ITEMS) {
        out.warn(&format!("{}: {}", remote(&notice.code), remote(&notice.message)));
    }
    if notices.len() > MAX_REMOTE_ITEMS {
        out.warn(&format!("... and {} more notices from the control plane", notices.len() - MAX_REMOTE_ITEMS));
    }
}
