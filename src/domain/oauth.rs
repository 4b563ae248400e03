//! What an OAuth endpoint's answer means, apart from any I/O: a token response, a device
//! authorization response (RFC 8628 3.2), a poll still pending, or an error naming the endpoint
//! that answered and its HTTP status. The polling interval is clamped here, with saturating
//! arithmetic, so no provider value can abort the process or make it hammer the token endpoint.

use super::issuer::is_loopback;
use super::login::{provider_error, ErrorContext};
use super::Rejection;
use crate::scrub::remote_within;
use serde_json::{Map, Value};
use std::time::Duration;
use url::Url;

/// RFC 8628 3.2: 5 s when the provider does not say.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);
/// Never poll faster than this, whatever the provider says (`"interval": 0` would hammer it).
pub const MIN_INTERVAL: Duration = Duration::from_secs(1);
/// RFC 8628 3.5: each `slow_down` adds 5 s.
pub const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);
/// The longest text of a provider's value quoted in an error.
const MAX_QUOTED: usize = 200;

/// Which endpoint answered, where, and with which HTTP status: every error names all three.
#[derive(Debug, Clone, Copy)]
pub struct Answered<'a> {
    /// "token endpoint", "device authorization endpoint", ...
    pub endpoint: &'a str,
    pub url: &'a str,
    pub status: u16,
}

impl Answered<'_> {
    fn names(&self) -> String {
        format!("the {} ({}) answered HTTP {}", self.endpoint, self.url, self.status)
    }

    /// The answer is not what the protocol says an answer is (exit 5).
    pub fn unusable(&self, why: &str) -> Rejection {
        Rejection::unacceptable(format!("{}: not a usable OAuth response ({why})", self.names()))
    }
}

/// A successful token response: held as `Secret`s by the caller at once.
#[derive(Debug, PartialEq, Eq)]
pub struct IssuedTokens {
    pub access: String,
    pub id: Option<String>,
}

/// One answer of the token endpoint.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenAnswer {
    Issued(IssuedTokens),
    /// Device polling: the person has not finished yet (`authorization_pending`).
    Pending,
    /// Device polling: poll less often (`slow_down`).
    SlowDown,
    /// A status that can heal (429, 502, 503, 504): try again later.
    Busy,
}

/// Reads the token endpoint's answer. `polling` is the device flow, where `authorization_pending`
/// and `slow_down` mean "again"; in the browser flow they are errors like any other.
pub fn token_answer(
    at: &Answered,
    body: &[u8],
    polling: bool,
    context: &ErrorContext,
) -> Result<TokenAnswer, Rejection> {
    if polling && matches!(at.status, 429 | 502 | 503 | 504) {
        return Ok(TokenAnswer::Busy);
    }
    let object = json_object(body);
    if (200..300).contains(&at.status) {
        let object = object.ok_or_else(|| at.unusable("the body is not a JSON object"))?;
        let access = match object.get("access_token") {
            Some(Value::String(token)) if !token.is_empty() => token.clone(),
            _ => return Err(at.unusable("no `access_token`")),
        };
        let id = match object.get("id_token") {
            None | Some(Value::Null) => None,
            Some(Value::String(token)) if !token.is_empty() => Some(token.clone()),
            Some(_) => return Err(at.unusable("`id_token` is not a string")),
        };
        return Ok(TokenAnswer::Issued(IssuedTokens { access, id }));
    }
    let (error, description) = oauth_error(at, object.as_ref())?;
    match error.as_str() {
        "authorization_pending" if polling => Ok(TokenAnswer::Pending),
        "slow_down" if polling => Ok(TokenAnswer::SlowDown),
        _ => Err(provider_error(&error, description.as_deref(), context)),
    }
}

/// An error answer (RFC 6749 5.2): 4xx with `{"error": "..."}`. Anything else is unusable, named
/// by its endpoint and status.
fn oauth_error(at: &Answered, object: Option<&Map<String, Value>>) -> Result<(String, Option<String>), Rejection> {
    let error = object.and_then(|o| o.get("error")).and_then(Value::as_str).filter(|e| !e.is_empty());
    match error {
        Some(error) if (400..500).contains(&at.status) => {
            let description = object.and_then(|o| o.get("error_description")).and_then(Value::as_str);
            Ok((error.to_owned(), description.map(str::to_owned)))
        }
        _ => Err(at.unusable(if object.is_some() {
            "neither a success nor an OAuth error"
        } else {
            "the body is not a JSON object"
        })),
    }
}

fn json_object(body: &[u8]) -> Option<Map<String, Value>> {
    match serde_json::from_slice(body) {
        Ok(Value::Object(object)) => Some(object),
        _ => None,
    }
}

/// The userinfo endpoint's answer (OIDC Core 5.3.2): a JSON object with a `sub`.
pub fn userinfo_answer(at: &Answered, body: &[u8]) -> Result<Map<String, Value>, Rejection> {
    if !(200..300).contains(&at.status) {
        return Err(at.unusable("not a userinfo response"));
    }
    let object = json_object(body).ok_or_else(|| at.unusable("the body is not a JSON object"))?;
    match object.get("sub") {
        Some(Value::String(sub)) if !sub.is_empty() => Ok(object),
        _ => Err(at.unusable("no `sub`")),
    }
}

/// A device authorization response: what the person must do, and how to poll.
#[derive(Debug, PartialEq, Eq)]
pub struct DeviceGrant {
    pub device_code: String,
    pub user_code: String,
    pub verification_uri: Url,
    pub verification_uri_complete: Option<Url>,
    /// How long the device code lives; None when the provider does not say (or says nonsense).
    pub expires_in: Option<Duration>,
    /// The polling interval, at least `MIN_INTERVAL`.
    pub interval: Duration,
}

/// Reads the device authorization endpoint's answer. `issuer` decides whether plain http is
/// acceptable for the verification URIs (only for a loopback issuer, on loopback).
pub fn device_answer(
    at: &Answered,
    body: &[u8],
    issuer: &Url,
    context: &ErrorContext,
) -> Result<DeviceGrant, Rejection> {
    let object = json_object(body);
    if !(200..300).contains(&at.status) {
        let (error, description) = oauth_error(at, object.as_ref())?;
        return Err(provider_error(&error, description.as_deref(), context));
    }
    let object = object.ok_or_else(|| at.unusable("the body is not a JSON object"))?;
    let text = |name: &str| match object.get(name) {
        Some(Value::String(value)) if !value.is_empty() => Ok(value.clone()),
        _ => Err(at.unusable(&format!("no `{name}`"))),
    };
    let device_code = text("device_code")?;
    let user_code = text("user_code")?;
    // Google still says `verification_url` (the draft's name).
    let uri = text("verification_uri").or_else(|_| text("verification_url"))?;
    let verification_uri = verification_url(at, "verification_uri", &uri, issuer)?;
    let verification_uri_complete = match object.get("verification_uri_complete") {
        Some(Value::String(value)) if !value.is_empty() => {
            Some(verification_url(at, "verification_uri_complete", value, issuer)?)
        }
        _ => None,
    };
    Ok(DeviceGrant {
        device_code,
        user_code,
        verification_uri,
        verification_uri_complete,
        expires_in: object.get("expires_in").and_then(seconds),
        interval: object.get("interval").and_then(seconds).unwrap_or(DEFAULT_INTERVAL).max(MIN_INTERVAL),
    })
}

/// A count of seconds as a provider may write it: a non-negative integer, a float or a numeric
/// string. Anything too large saturates; anything else is ignored.
fn seconds(value: &Value) -> Option<Duration> {
    if let Some(exact) = value.as_u64() {
        return Some(Duration::from_secs(exact));
    }
    let number = match value {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    if !number.is_finite() || number < 0.0 {
        return None;
    }
    // `as` saturates: 1e300 becomes u64::MAX seconds, which Duration holds.
    Some(Duration::from_secs(number.ceil() as u64))
}

/// A URL the person is sent to: https, or http on loopback for a loopback issuer. Anything else
/// (`javascript:`, `file:`, `ssh:`, plain http to the network) is refused, the value escaped.
pub fn verification_url(at: &Answered, field: &str, value: &str, issuer: &Url) -> Result<Url, Rejection> {
    let parsed = Url::parse(value).ok();
    let acceptable = parsed.as_ref().is_some_and(|url| {
        url.scheme() == "https" || (url.scheme() == "http" && is_loopback(url) && is_loopback(issuer))
    });
    match parsed {
        Some(url) if acceptable => Ok(url),
        _ => Err(Rejection::unacceptable(format!(
            "the {} ({}) gave a `{field}` that is not an https URL: {}; refusing to open or show it as a link",
            at.endpoint,
            at.url,
            quoted(value)
        ))
        .hint("the provider's device page must be an https URL: check the provider's configuration")),
    }
}

/// A provider's value shown inside our own message: quoted, one line (every control character
/// escaped, held secrets redacted), cut to [`MAX_QUOTED`] characters.
pub fn quoted(value: &str) -> String {
    format!("`{}`", remote_within(value, MAX_QUOTED))
}

/// The next pause between polls: the provider's interval (after `slow_down`s), at least
/// `MIN_INTERVAL`; None when it does not end before the deadline (`remaining` from now), so no
/// poll is ever planned past `--timeout`.
pub fn next_pause(interval: Duration, remaining: Duration) -> Option<Duration> {
    let pause = interval.max(MIN_INTERVAL);
    (pause < remaining).then_some(pause)
}

/// RFC 8628 3.5: `slow_down` adds 5 s to the interval, saturating.
pub fn slowed_down(interval: Duration) -> Duration {
    interval.saturating_add(SLOW_DOWN_STEP)
}

/// After a failure that can heal (a lost connection, HTTP 503): wait twice as long, saturating.
pub fn backed_off(interval: Duration) -> Duration {
    interval.saturating_mul(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::login::Flow;
    use serde_json::json;

    fn context() -> ErrorContext<'static> {
        ErrorContext { client_id: "cli", redirect_uri: "", flow: Flow::Device, confidential: false }
    }

    fn at(status: u16) -> Answered<'static> {
        Answered { endpoint: "device authorization endpoint", url: "https://idp.example/device", status }
    }

    fn issuer() -> Url {
        Url::parse("https://idp.example").unwrap()
    }

    fn grant(extra: Value) -> Result<DeviceGrant, Rejection> {
        let mut body = json!({"device_code": "d", "user_code": "U", "verification_uri": "https://idp.example/act"});
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        device_answer(&at(200), body.to_string().as_bytes(), &issuer(), &context())
    }

    #[test]
    fn the_interval_is_clamped_and_never_overflows() {
        assert_eq!(grant(json!({})).unwrap().interval, DEFAULT_INTERVAL);
        assert_eq!(grant(json!({"interval": 0})).unwrap().interval, MIN_INTERVAL);
        assert_eq!(grant(json!({"interval": "7"})).unwrap().interval, Duration::from_secs(7));
        assert_eq!(grant(json!({"interval": -3})).unwrap().interval, DEFAULT_INTERVAL);
        let huge = grant(json!({"interval": u64::MAX})).unwrap().interval;
        assert_eq!(huge, Duration::from_secs(u64::MAX));
        assert!(slowed_down(huge) >= huge && backed_off(huge) >= huge);
        assert_eq!(slowed_down(Duration::from_secs(1)), Duration::from_secs(6));
        assert_eq!(next_pause(huge, Duration::from_secs(30)), None);
        assert_eq!(next_pause(Duration::ZERO, Duration::from_secs(30)), Some(MIN_INTERVAL));
        let big: Value = serde_json::from_str(r#"{"interval": 1e300, "expires_in": 1e300}"#).unwrap();
        assert_eq!(grant(big).unwrap().interval, Duration::from_secs(u64::MAX));
    }

    #[test]
    fn verification_uris_must_be_https() {
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "ssh://evil.example", "http://idp.example/act"] {
            let refused = grant(json!({"verification_uri": bad})).unwrap_err();
            assert!(refused.message.contains("not an https URL"), "{bad}: {}", refused.message);
            let refused = grant(json!({"verification_uri_complete": bad})).unwrap_err();
            assert!(refused.message.contains("verification_uri_complete"), "{bad}");
        }
        let escaped = grant(json!({"verification_uri": "javascript:x\n\u{1b}]0;t\u{7}"})).unwrap_err();
        assert!(escaped.message.contains("`javascript:x"), "{}", escaped.message);
        assert!(!escaped.message.chars().any(char::is_control), "{}", escaped.message);
        let loopback = Url::parse("http://127.0.0.1:8080").unwrap();
        let body = json!({"device_code": "d", "user_code": "U", "verification_uri": "http://127.0.0.1:8080/act"});
        assert!(device_answer(&at(200), body.to_string().as_bytes(), &loopback, &context()).is_ok());
        assert!(device_answer(&at(200), body.to_string().as_bytes(), &issuer(), &context()).is_err());
    }

    #[test]
    fn errors_name_the_endpoint_and_status() {
        let refused = device_answer(&at(500), b"<html>", &issuer(), &context()).unwrap_err();
        assert_eq!(
            refused.message,
            "the device authorization endpoint (https://idp.example/device) answered HTTP 500: not a usable OAuth response (the body is not a JSON object)"
        );
        let denied = device_answer(&at(400), br#"{"error":"unauthorized_client"}"#, &issuer(), &context());
        assert!(denied.unwrap_err().hints[0].contains("device code"));
        let token = Answered { endpoint: "token endpoint", url: "https://idp.example/token", status: 200 };
        let err = token_answer(&token, b"{}", false, &context()).unwrap_err();
        assert!(err.message.contains("token endpoint (https://idp.example/token) answered HTTP 200"));
    }

    #[test]
    fn polling_answers() {
        let token = |status, body: &str, polling| {
            let at = Answered { endpoint: "token endpoint", url: "https://idp.example/token", status };
            token_answer(&at, body.as_bytes(), polling, &context())
        };
        assert_eq!(token(400, r#"{"error":"authorization_pending"}"#, true), Ok(TokenAnswer::Pending));
        assert_eq!(token(400, r#"{"error":"slow_down"}"#, true), Ok(TokenAnswer::SlowDown));
        assert_eq!(token(503, "", true), Ok(TokenAnswer::Busy));
        assert!(token(503, "", false).is_err());
        assert!(token(400, r#"{"error":"slow_down"}"#, false).is_err());
        assert!(token(400, r#"{"error":"expired_token"}"#, true).unwrap_err().message.contains("expired"));
        assert_eq!(
            token(200, r#"{"access_token":"a","id_token":"i","token_type":"Bearer"}"#, true),
            Ok(TokenAnswer::Issued(IssuedTokens { access: "a".into(), id: Some("i".into()) }))
        );
    }
}
