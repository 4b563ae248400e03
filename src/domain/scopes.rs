//! Which control-plane scope each command needs (the contract names one per operation), so a
//! token's scopes can be read as "what this token cannot do".

/// Scope, then the commands it unlocks.
pub const SCOPES: [(&str, &[&str]); 5] = [
    (
        "dashboard_identity_providers:read",
        &["alter idp list", "alter idp show", "alter idp check-token", "alter doctor (the provider checks)"],
    ),
    ("dashboard_identity_providers:create", &["alter idp discover", "alter idp create", "alter idp update"]),
    ("dashboard_identity_providers:delete", &["alter idp delete"]),
    ("dashboard_identity_providers:webhooks", &["alter idp webhook ..."]),
    ("dashboard_identity_providers:directory", &["alter idp directory-import ..."]),
];

pub const READ: &str = SCOPES[0].0;
pub const DIRECTORY: &str = SCOPES[4].0;

/// The scopes `granted` lacks, each with the commands it blocks, in the contract's order.
pub fn missing(granted: &[String]) -> Vec<(&'static str, &'static [&'static str])> {
    SCOPES.iter().filter(|(scope, _)| !granted.iter().any(|g| g == scope)).copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_each_missing_scope_blocks() {
        let granted = vec![READ.to_owned(), "dashboard_identity_providers:create".to_owned()];
        let missing = missing(&granted);
        let names: Vec<&str> = missing.iter().map(|(s, _)| *s).collect();
        assert_eq!(
            names,
            [
                "dashboard_identity_providers:delete",
                "dashboard_identity_providers:webhooks",
                "dashboard_identity_providers:directory"
            ]
        );
        assert_eq!(missing[1].1, ["alter idp webhook ..."]);
        let all: Vec<String> = SCOPES.iter().map(|(s, _)| s.to_string()).collect();
        assert!(super::missing(&all).is_empty());
    }
}
