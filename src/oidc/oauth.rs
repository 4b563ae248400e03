//! The one way a sign-in talks to an OAuth endpoint: a form POST through our reqwest client (no
//! redirects, our TLS, our time limits), the client authenticated as RFC 6749 2.3.1 says, the
//! answer read under a cap. Failures say whether trying again can help.

use crate::domain::oauth::Answered;
use crate::error::Error;
use crate::http::{can_heal, read_body_capped, transport_error, BodyError};
use crate::secret::Secret;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use url::Url;

/// Token, device and error answers are a few KiB.
const MAX_OAUTH_BODY: usize = 256 * 1024;

/// Who is asking: a public client sends its id in the form, a confidential one authenticates
/// with HTTP Basic (`client_secret_basic`, the default every provider supports).
pub struct ClientAuth<'a> {
    pub id: &'a str,
    pub secret: Option<&'a Secret>,
}

/// An endpoint's answer: its status and (capped) body.
pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn at<'a>(&self, endpoint: &'a str, url: &'a Url) -> Answered<'a> {
        Answered { endpoint, url: url.as_str(), status: self.status }
    }
}

/// Why no answer came.
#[derive(Debug)]
pub enum Failed {
    /// A lost connection or a timeout: trying again may work.
    CanHeal(Error),
    /// Anything else (an answer alter refuses to read, a certificate, a refused redirect): at once.
    Fatal(Error),
}

impl Failed {
    pub fn into_error(self) -> Error {
        match self {
            Failed::CanHeal(err) | Failed::Fatal(err) => err,
        }
    }
}

/// POSTs `form` to `url` (`endpoint` names it in every message). `-v` shows the method and the
/// URL, never the form.
pub async fn post_form(
    http: &reqwest::Client,
    endpoint: &str,
    url: &Url,
    form: &[(&str, &str)],
    client: &ClientAuth<'_>,
) -> Result<Answer, Failed> {
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    if client.secret.is_none() {
        body.append_pair("client_id", client.id);
    }
    for (name, value) in form {
        body.append_pair(name, value);
    }
    let mut request = http
        .post(url.as_str())
        .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(reqwest::header::ACCEPT, "application/json")
        .body(body.finish());
    if let Some(secret) = client.secret {
        let encode = |text: &str| url::form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>();
        let basic = Secret::new(STANDARD.encode(format!("{}:{}", encode(client.id), encode(secret.expose()))));
        request = request.header(reqwest::header::AUTHORIZATION, format!("Basic {}", basic.expose()));
    }
    log::info!("POST {url}");
    let response = request.send().await.map_err(|err| {
        let error = transport_error(&err, endpoint, url.as_str());
        if can_heal(&err) {
            Failed::CanHeal(error)
        } else {
            Failed::Fatal(error)
        }
    })?;
    read_answer(response, endpoint, url, Failed::CanHeal).await
}

/// GETs the userinfo endpoint with the access token (OIDC Core 5.3): who signed in, when no ID
/// token says so. `-v` shows the method and the URL, never the token.
pub async fn userinfo(http: &reqwest::Client, url: &Url, access: &Secret) -> Result<Answer, Failed> {
    const ENDPOINT: &str = "userinfo endpoint";
    log::info!("GET {url}");
    let response = http
        .get(url.as_str())
        .header(reqwest::header::ACCEPT, "application/json")
        .bearer_auth(access.expose())
        .send()
        .await
        .map_err(|err| Failed::Fatal(transport_error(&err, ENDPOINT, url.as_str())))?;
    read_answer(response, ENDPOINT, url, Failed::Fatal).await
}

/// `endpoint`'s answer, its body under the cap. An answer alter refuses to read (too large,
/// compressed unasked) fails at once; a body cut off in transit fails as `cut_off` says.
async fn read_answer(
    response: reqwest::Response,
    endpoint: &str,
    url: &Url,
    cut_off: fn(Error) -> Failed,
) -> Result<Answer, Failed> {
    let status = response.status().as_u16();
    log::info!("{status} {url}");
    let answered = Answered { endpoint, url: url.as_str(), status };
    match read_body_capped(response, MAX_OAUTH_BODY, endpoint, url.as_str()).await {
        Ok(body) => Ok(Answer { status, body }),
        Err(BodyError::TooLarge { limit }) => {
            Err(Failed::Fatal(answered.unusable(&format!("larger than {} KiB", limit / 1024)).into()))
        }
        Err(BodyError::Encoded(encoding)) => {
            Err(Failed::Fatal(answered.unusable(&format!("{encoding}-compressed, which alter did not ask for")).into()))
        }
        Err(BodyError::Transport(err)) => Err(cut_off(err)),
    }
}
