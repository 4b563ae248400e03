//! A test server run as a child process that prints `READY <port>` once it listens.

use std::io::{BufRead, BufReader, Read};
use std::process::Child;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Waits up to `timeout` for `child`'s `READY <port>` line; kills it and says why when none
/// comes. Both pipes are drained for the child's whole life so it never blocks writing.
pub(crate) fn wait_ready(mut child: Child, timeout: Duration) -> Result<(Child, u16), String> {
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let (ready_tx, ready_rx) = mpsc::channel();
    let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    std::thread::spawn(move || {
        for line in stdout.lines().map_while(Result::ok) {
            if let Some(port) = line.strip_prefix("READY ").and_then(|p| p.trim().parse::<u16>().ok()) {
                let _ = ready_tx.send(port);
            }
        }
    });
    match ready_rx.recv_timeout(timeout) {
        Ok(port) => Ok((child, port)),
        Err(e) => {
            let _ = child.kill();
            let status = child.wait().map(|s| s.to_string()).unwrap_or_default();
            let stderr = stderr.join().unwrap_or_default();
            Err(format!("no READY ({e}; exit {status}); stderr:\n{stderr}"))
        }
    }
}

/// Reads `pipe` to its end on a thread; the handle yields everything read.
fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = pipe.read_to_end(&mut text);
        String::from_utf8_lossy(&text).into_owned()
    })
}
