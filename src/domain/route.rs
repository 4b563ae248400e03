//! How requests to a host leave this machine: the HTTP layer works it out
//! (`crate::http::proxy_route`) and `alter doctor` reports it. A shared type of its own, so the
//! lowest layer depends on no command's domain.

/// How requests to a host leave this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Direct,
    /// A proxy is set, but `NO_PROXY` exempts this host.
    Exempt,
    /// Through this proxy (credentials shown as `***`), set by this variable.
    Proxy {
        proxy: String,
        from: &'static str,
    },
    /// The variable is set but is no proxy URL the client can use, so requests go direct.
    Unusable {
        from: &'static str,
    },
}
