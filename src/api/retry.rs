//! Sending one logical request: retried only on what can heal (connection refused or reset,
//! dropped responses, timeouts, 429 honouring Retry-After, 502/503/504), with backoff under a
//! total budget. An untrusted certificate, a refused redirect, a request that cannot be built
//! or an answer over the size cap fails at once. Writes carry
//! one Idempotency-Key across all their retries, so a response lost after the server committed
//! is replayed rather than applied twice.

use super::error::{may_have_taken_effect, ApiError};
use super::models::Problem;
use crate::http::{can_heal, read_body_capped, transport_error, BodyError};
use crate::secret::Secret;
use reqwest::header::{HeaderMap, ACCEPT, CONTENT_TYPE, DATE, RETRY_AFTER};
use reqwest::Method;
use std::time::{Duration, Instant};

pub(super) const MAX_ATTEMPTS: u32 = 4;
/// Retries stop once waiting would pass this, so a server that stays down ends the command in
/// well under a minute.
const RETRY_BUDGET: Duration = Duration::from_secs(40);
const MAX_RETRY_AFTER: Duration = Duration::from_secs(20);
const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// One logical request's outcome, and the `Date` header of the last answer (for clock checks).
pub struct Exchange {
    pub result: Result<Vec<u8>, ApiError>,
    pub date: Option<String>,
}

enum Attempt {
    Done(Vec<u8>),
    Failed(ApiError),
    Retry { error: ApiError, wait: Option<Duration>, maybe_committed: bool },
}

/// Sends one logical request in at most `max_attempts` attempts (no token: a reachability probe),
/// keeping the last answer's `Date` header. `what` names the operation in errors ("create",
/// "webhook enable").
pub async fn exchange(
    http: &reqwest::Client,
    token: Option<&Secret>,
    method: Method,
    url: &str,
    body: Option<Vec<u8>>,
    what: &str,
    max_attempts: u32,
) -> Exchange {
    let write = is_write(&method);
    let idempotency_key =
        matches!(method, Method::POST | Method::PUT | Method::PATCH).then(|| uuid::Uuid::new_v4().to_string());
    let started = Instant::now();
    let mut maybe_committed = false;
    let mut attempt = 1;
    let mut date = None;
    loop {
        let mut request = http.request(method.clone(), url).header(ACCEPT, "application/json");
        if let Some(token) = token {
            request = request.bearer_auth(token.expose());
        }
        if let Some(key) = &idempotency_key {
            request = request.header("Idempotency-Key", key);
        }
        if let Some(bytes) = &body {
            request = request.header(CONTENT_TYPE, "application/json").body(bytes.clone());
        }
        let auth = if token.is_some() { "Authorization: Bearer ***" } else { "no Authorization" };
        match &idempotency_key {
            Some(key) => log::info!("{method} {url} ({auth}, Idempotency-Key: {key})"),
            None => log::info!("{method} {url} ({auth})"),
        }
        let outcome = match request.send().await {
            Ok(response) => {
                date = header(response.headers(), DATE.as_str());
                answer(response, &method, url, maybe_committed, what).await
            }
            Err(err) => {
                let error = ApiError::Transport(transport_error(&err, "the control plane, ALTER_API_URL", url));
                if can_heal(&err) {
                    Attempt::Retry { error, wait: None, maybe_committed: !err.is_connect() }
                } else {
                    Attempt::Failed(error)
                }
            }
        };
        let (error, wait) = match outcome {
            Attempt::Done(bytes) => return Exchange { result: Ok(bytes), date },
            Attempt::Failed(error) => return Exchange { result: Err(error), date },
            Attempt::Retry { error, wait, maybe_committed: committed } => {
                maybe_committed |= committed;
                (error, wait)
            }
        };
        let wait = wait.unwrap_or_else(|| backoff(attempt));
        if attempt >= max_attempts || started.elapsed() + wait > RETRY_BUDGET {
            let error = match error {
                // The answers were lost, not refused: the server may have applied the write.
                ApiError::Transport(err) if write && maybe_committed => {
                    ApiError::Lost(err.hint(may_have_taken_effect(url)))
                }
                error => error,
            };
            return Exchange { result: Err(error), date };
        }
        log::info!(
            "{}; retrying in {} ms (attempt {} of {max_attempts})",
            error.summary(),
            wait.as_millis(),
            attempt + 1
        );
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}

async fn answer(response: reqwest::Response, method: &Method, url: &str, maybe_committed: bool, what: &str) -> Attempt {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let request_id = header(&headers, "x-request-id");
    let replayed = header(&headers, "idempotent-replayed").is_some_and(|v| v == "true");
    log::info!(
        "{status} {url}{}{}",
        request_id.as_deref().map(|id| format!(" (request id {id})")).unwrap_or_default(),
        if replayed { " (replayed)" } else { "" }
    );
    let unreadable = |detail: String| {
        Attempt::Failed(ApiError::Decode {
            what: what.to_owned(),
            detail,
            write: is_write(method),
            url: url.to_owned(),
        })
    };
    let bytes = match read_body_capped(response, MAX_BODY_BYTES, "response", url).await {
        Ok(bytes) => bytes,
        Err(BodyError::Transport(err)) => {
            return Attempt::Retry { error: ApiError::Transport(err), wait: None, maybe_committed: true }
        }
        Err(BodyError::TooLarge { limit }) => {
            return unreadable(format!("HTTP {status} with a body over {} MiB", limit >> 20))
        }
        Err(BodyError::Encoded(encoding)) => {
            return unreadable(format!("HTTP {status} with a {encoding}-compressed body, which alter did not ask for"))
        }
    };
    if (200..300).contains(&status) {
        return Attempt::Done(bytes);
    }
    // A DELETE whose first answer was lost may already have happened.
    if *method == Method::DELETE && status == 404 && maybe_committed {
        return Attempt::Done(Vec::new());
    }
    let problem = Problem::from_body(&bytes);
    let error = ApiError::Status { status, problem, request_id };
    if matches!(status, 429 | 502 | 503 | 504) {
        let wait = header(&headers, RETRY_AFTER.as_str())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|s| Duration::from_secs(s).min(MAX_RETRY_AFTER));
        return Attempt::Retry { error, wait, maybe_committed: false };
    }
    Attempt::Failed(error)
}

fn is_write(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD)
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

/// 0.5 s, 1 s, 2 s... with up to 25% jitter so many CI jobs do not retry in step.
fn backoff(attempt: u32) -> Duration {
    let base = Duration::from_millis(500) * 2u32.pow(attempt - 1);
    let jitter = (uuid::Uuid::new_v4().as_u128() % 250) as u32;
    base + base * jitter / 1000
}
