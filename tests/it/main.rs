//! One integration-test binary: each test drives the built `alter` binary, as a user would,
//! against real servers on loopback.

mod auth;
mod check_token;
mod declarative;
mod declarative_input;
mod directory;
mod discover_offline;
mod doctor;
mod generated;
mod help;
mod hostile;
mod layers;
mod local_input;
mod output_rule;
mod packaging;
mod reliability;
mod replace;
mod support;
mod test_login;
mod test_login_dot;
mod test_login_hostile;
mod webhooks;
#[cfg(unix)]
mod windows;
mod workflow;
