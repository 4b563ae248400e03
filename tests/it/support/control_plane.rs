//! A user session against the control-plane double: the double, one app, a token with every
//! scope, and a TestContext pointed at them.

use super::TestContext;
use alter_testkit::control_plane::{discovery, ControlPlane};

pub const APP: &str = "app_demo";
pub const TOKEN: &str = "tok_all_scopes";
pub const OKTA: &str = "https://acme.okta.com/oauth2/default";
pub const ALL_SCOPES: [&str; 5] = [
    "dashboard_identity_providers:read",
    "dashboard_identity_providers:create",
    "dashboard_identity_providers:delete",
    "dashboard_identity_providers:webhooks",
    "dashboard_identity_providers:directory",
];

pub struct Session {
    pub cp: ControlPlane,
    pub ctx: TestContext,
}

impl Session {
    pub fn new() -> Self {
        let cp = ControlPlane::start();
        cp.add_app(APP, "Demo app");
        cp.add_token(TOKEN, "dev@example.com", &ALL_SCOPES);
        cp.register_issuer(OKTA, discovery(OKTA, "okta"));
        let mut ctx = TestContext::new();
        ctx.env("ALTER_API_URL", cp.url()).env("ALTER_TOKEN", TOKEN);
        Self { cp, ctx }
    }

    /// Runs `alter <args> --app APP`.
    pub fn alter(&self, args: &[&str]) -> super::Run {
        let mut all = args.to_vec();
        all.extend(["--app", APP]);
        self.ctx.run(&all)
    }

    pub fn create_okta(&self) -> String {
        let created = self.alter(&["idp", "create", "--issuer-url", OKTA, "--json"]).code(0).json();
        created["id"].as_str().expect("id").to_owned()
    }

    /// Requests that reached the double, as "METHOD path".
    pub fn requests(&self) -> Vec<String> {
        self.cp.requests().iter().map(|r| format!("{} {}", r.method, r.path)).collect()
    }
}
