//! Global flags and the environment, resolved once into what commands need.

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::output::Output;
use std::future::Future;
use std::path::PathBuf;

pub struct Context {
    pub output: Output,
    pub app: Option<String>,
    ca_cert: Option<PathBuf>,
}

impl Context {
    pub fn new(global: &GlobalArgs, output: Output) -> Self {
        Self { output, app: global.app.clone(), ca_cert: global.ca_cert.clone() }
    }

    /// Built only by commands that go to the network, so `--help` and local errors never pay
    /// for TLS set-up.
    pub fn http_client(&self) -> Result<reqwest::Client> {
        crate::http::client(self.ca_cert.as_deref())
    }
}

/// A current-thread runtime per command: one request at a time needs no more.
pub fn block_on<T>(future: impl Future<Output = Result<T>>) -> Result<T> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| Error::unexpected(format!("cannot start the async runtime: {err}")))?
        .block_on(future)
}
