//! One integration-test binary: each test drives the built `alter` binary against real servers.
