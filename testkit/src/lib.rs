//! Real servers on loopback for alter's integration tests: a test CA, an HTTPS fixture server
//! (any host name, reached through a CONNECT proxy) with injectable faults, the npm
//! `oidc-provider` and Django OAuth Toolkit, JWT signers with their JWKS, and a stateful control-plane double that follows the contract.

pub mod control_plane;
pub mod coverage;
pub mod dot;
pub mod hostile_provider;
pub mod https;
mod npm;
pub mod oidc_provider;
mod python;
mod spawned;
pub mod tls;
pub mod tokens;
