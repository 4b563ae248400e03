//! The checks that ask the control plane: reachable, the token and its scopes, the clock against
//! its `Date`, the app; and the identity-provider checks that start from the app. They run
//! concurrently, each request tried once: doctor reports what happens now, not after retries.

use super::provider;
use crate::api::{ApiClient, ApiError, Probe};
use crate::context::{ApiEndpoint, AppChoice};
use crate::domain::doctor::{self, Answer, AppFound, Check, Section, TokenAnswer};
use crate::domain::route::Route;
use crate::secret::Secret;

pub struct Remote {
    pub client: reqwest::Client,
    pub endpoint: ApiEndpoint,
    pub token: Option<Secret>,
    pub app: Option<AppChoice>,
}

impl Remote {
    pub async fn checks(self) -> Vec<Check> {
        let signed_in = self.token.is_some();
        let api = match self.token.clone() {
            Some(token) => ApiClient::new(self.client.clone(), &self.endpoint.url, token),
            None => ApiClient::anonymous(self.client.clone(), &self.endpoint.url),
        }
        .without_retries();
        let (mut checks, app, idp) = tokio::join!(
            self.me(&api, signed_in),
            self.app_check(&api, signed_in),
            provider::checks(&api, &self.client, self.app.as_ref(), signed_in),
        );
        checks.extend(app);
        checks.extend(idp);
        checks
    }

    async fn me(&self, api: &ApiClient, signed_in: bool) -> Vec<Check> {
        let Probe { result, elapsed, clock_skew } = api.me_probe().await;
        let route = crate::http::proxy_route(&self.endpoint.url);
        let proxy = match &route {
            Route::Proxy { proxy, .. } => Some(proxy.as_str()),
            _ => None,
        };
        let line = |answer: &Answer| {
            doctor::control_plane(&self.endpoint.url, self.endpoint.from, elapsed.as_millis(), answer, proxy)
        };
        let unmeasured = "not measured: the control plane sent no Date header";
        let clock = || doctor::clock("clock_control_plane", "the control plane's", clock_skew, unmeasured);
        let not_signed_in = || {
            vec![
                Check::skipped(Section::Token, "token", "not signed in"),
                Check::skipped(Section::Token, "scopes", "not signed in"),
            ]
        };
        let mut checks = match &result {
            Ok(info) => vec![
                line(&Answer::Status(200)),
                doctor::token(&TokenAnswer::Valid { subject: &info.subject, expires_at: info.expires_at.as_deref() }),
                doctor::scopes(&info.scopes),
            ],
            Err(ApiError::Status { status, .. }) => {
                let mut lines = vec![line(&Answer::Status(*status))];
                if !signed_in {
                    lines.extend(not_signed_in());
                } else if *status == 401 {
                    lines.push(doctor::token(&TokenAnswer::Refused));
                    lines.push(Check::skipped(Section::Token, "scopes", "the token was refused"));
                } else {
                    let why = format!("the control plane answered HTTP {status}");
                    lines.push(Check::skipped(Section::Token, "token", why.clone()));
                    lines.push(Check::skipped(Section::Token, "scopes", why));
                }
                lines
            }
            Err(ApiError::Decode { .. }) => {
                let why = "the answer was not the control plane's";
                vec![
                    line(&Answer::NotTheContract),
                    Check::skipped(Section::Token, "token", why),
                    Check::skipped(Section::Token, "scopes", why),
                ]
            }
            Err(ApiError::Transport(err) | ApiError::Lost(err)) => {
                let why = "the control plane is unreachable";
                return vec![
                    line(&Answer::Transport { message: &err.message, hints: &err.hints }),
                    Check::skipped(Section::Token, "token", why),
                    Check::skipped(Section::Token, "scopes", why),
                    Check::skipped(Section::Clock, "clock_control_plane", why),
                ];
            }
        };
        checks.push(clock());
        checks
    }

    async fn app_check(&self, api: &ApiClient, signed_in: bool) -> Vec<Check> {
        let Some(app) = &self.app else { return Vec::new() };
        let from = match &app.link_file {
            Some(path) => format!("the link file {}", path.display()),
            None => app.from.to_owned(),
        };
        if !signed_in {
            return vec![doctor::app(&app.id, &from, &AppFound::Unchecked { why: "not signed in" })];
        }
        let found = match api.app(&app.id).await {
            Ok(found) => return vec![doctor::app(&app.id, &from, &AppFound::Exists { name: &found.name })],
            Err(ApiError::Status { status: 404 | 403, .. }) => AppFound::Missing,
            Err(ApiError::Status { status: 401, .. }) => AppFound::Unchecked { why: "the token was refused" },
            Err(ApiError::Transport(_)) => AppFound::Unchecked { why: "the control plane is unreachable" },
            Err(err) => {
                let err = crate::error::Error::from(err);
                return vec![Check::failed(Section::App, "app", &err.message, &err.hints)];
            }
        };
        vec![doctor::app(&app.id, &from, &found)]
    }
}
