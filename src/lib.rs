//! `alter`: stand up an end-user identity provider for an Alter Vault app.

pub mod api;
pub mod cli;
pub mod commands;
pub mod context;
pub mod credentials;
pub mod domain;
pub mod error;
pub mod exit;
pub mod http;
pub mod input;
pub mod oidc;
pub mod output;
pub mod platform;
pub mod prompt;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod proptests_declared;
pub mod scrub;
pub mod secret;
pub mod workspace;
