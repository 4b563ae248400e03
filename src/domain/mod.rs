//! What `alter` knows about identity providers without asking anyone: issuer rules, provider
//! detection, claim suggestions and JWKS checks. Pure: no I/O, no clap, no terminal, so the
//! offline engine and every command share one source of truth (`PROVIDERS.md`).

pub mod claims;
pub mod clock;
pub mod desired;
pub mod detect;
pub mod directory;
pub mod discovery;
pub mod doctor;
pub mod export;
pub mod issuer;
pub mod jwks;
pub mod login;
pub mod model;
pub mod oauth;
pub mod plan;
pub mod rejection;
pub mod route;
pub mod scopes;
pub mod strict_json;
pub mod token;
pub mod webhook;

pub use rejection::Rejection;
