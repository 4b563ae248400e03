//! Clock skew: this machine's clock against a server's `Date` header. Token lifetimes are judged
//! with the local clock, so a laptop minutes off makes valid tokens look expired or not yet valid.

use std::time::{Duration, SystemTime};

/// Beyond this, time-based token checks on this machine can mislead.
pub const TOLERANCE: Duration = Duration::from_secs(30);

/// How far the local clock is from a server's, measured from one `Date` header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skew {
    /// Positive when the local clock is ahead of the server's.
    pub local_ahead_secs: i64,
}

impl Skew {
    /// `date` is the raw `Date` header; None when it is missing or not an HTTP date.
    pub fn measure(local: SystemTime, date: Option<&str>) -> Option<Skew> {
        let server = httpdate::parse_http_date(date?.trim()).ok()?;
        let local_ahead_secs = match local.duration_since(server) {
            Ok(ahead) => i64::try_from(ahead.as_secs()).unwrap_or(i64::MAX),
            Err(behind) => i64::try_from(behind.duration().as_secs()).map_or(i64::MIN, |secs| -secs),
        };
        Some(Skew { local_ahead_secs })
    }

    pub fn is_significant(&self) -> bool {
        self.local_ahead_secs.unsigned_abs() > TOLERANCE.as_secs()
    }

    /// "this machine's clock is 2m 5s ahead of the issuer's": for a `!` line or a note.
    pub fn describe(&self, whose: &str) -> String {
        let direction = if self.local_ahead_secs >= 0 { "ahead of" } else { "behind" };
        format!("this machine's clock is {} {direction} {whose}", human(self.local_ahead_secs.unsigned_abs()))
    }
}

fn human(secs: u64) -> String {
    match secs {
        0..=59 => format!("{secs}s"),
        60..=3599 => format!("{}m {}s", secs / 60, secs % 60),
        3600..=86_399 => format!("{}h {}m", secs / 3600, secs % 3600 / 60),
        _ => format!("{}d {}h", secs / 86_400, secs % 86_400 / 3600),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    const DATE: &str = "Fri, 27 Nov 2026 14:00:00 GMT";

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn measures_both_directions_against_the_tolerance() {
        let server = 1_795_788_000; // DATE
        let ahead = Skew::measure(at(server + 125), Some(DATE)).unwrap();
        assert_eq!(ahead.local_ahead_secs, 125);
        assert!(ahead.is_significant());
        assert_eq!(ahead.describe("the issuer's"), "this machine's clock is 2m 5s ahead of the issuer's");
        let behind = Skew::measure(at(server - 7200), Some(DATE)).unwrap();
        assert_eq!(behind.describe("the control plane's"), "this machine's clock is 2h 0m behind the control plane's");
        assert!(!Skew::measure(at(server + 30), Some(DATE)).unwrap().is_significant());
        assert!(Skew::measure(at(server - 31), Some(DATE)).unwrap().is_significant());
    }

    #[test]
    fn a_missing_or_garbled_date_measures_nothing() {
        assert_eq!(Skew::measure(at(0), None), None);
        assert_eq!(Skew::measure(at(0), Some("yesterday")), None);
        assert_eq!(Skew::measure(at(0), Some("")), None);
    }
}
