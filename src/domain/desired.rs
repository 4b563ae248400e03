//! The file `alter idp diff|apply -f` reads: the contract's `CreateIdentityProvider` body plus an
//! optional `webhook` block. A field left out is not managed; `null` clears it where the contract
//! lets it be cleared. Secrets are references (`-`, `@path`, `env:NAME`), read only when sent.

use super::discovery;
use super::strict_json::{self, StrictError};
use super::Rejection;
use crate::scrub::remote;
use crate::secret::Secret;
use serde_json::{Map, Value};
use std::path::Path;

/// One managed field: left out of the file, `null`, or a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field<T> {
    Unmanaged,
    Clear,
    Set(T),
}

/// Where a secret in the file comes from, with the shared reader's rules. A literal value is the
/// secret itself, so it is held as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretRef {
    Stdin,
    /// `@path`; once the file is read, relative to the file's directory, with the target of a
    /// symbolic link when the path is one (a reviewer sees where the secret really comes from).
    File {
        path: String,
        link: Option<String>,
    },
    Env(String),
    Literal(Secret),
}

impl SecretRef {
    fn parse(spec: &str) -> Self {
        if spec == "-" {
            Self::Stdin
        } else if let Some(path) = spec.strip_prefix('@') {
            Self::File { path: path.to_owned(), link: None }
        } else if let Some(name) = spec.strip_prefix("env:") {
            Self::Env(name.to_owned())
        } else {
            Self::Literal(Secret::new(spec))
        }
    }

    /// The reference as the shared secret reader takes it (`-`, `@path`, `env:NAME` or the value).
    pub fn spec(&self) -> String {
        match self {
            Self::Stdin => "-".to_owned(),
            Self::File { path, .. } => format!("@{path}"),
            Self::Env(name) => format!("env:{name}"),
            Self::Literal(secret) => secret.expose().to_owned(),
        }
    }

    /// Where the secret comes from, for the plan a reviewer reads: never the value.
    pub fn source(&self) -> String {
        match self {
            Self::Stdin => "stdin".to_owned(),
            Self::File { path, link: Some(target) } => format!("@{path} (a symbolic link to {target})"),
            Self::File { path, link: None } => format!("@{path}"),
            Self::Env(name) => format!("env:{name}"),
            Self::Literal(_) => "a literal value in the file".to_owned(),
        }
    }
}

/// A claim mapping that cannot be empty: left out, `null` ("the detected value", as on create:
/// what discovery suggests for the issuer), or a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detectable<T> {
    Unmanaged,
    Detected,
    Set(T),
}

impl<T> Detectable<T> {
    /// The value the file sets itself, if any.
    pub fn set(&self) -> Option<&T> {
        match self {
            Self::Set(value) => Some(value),
            Self::Unmanaged | Self::Detected => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletSpec {
    pub client_id: String,
    pub client_secret: SecretRef,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookSpec {
    pub enabled: bool,
    pub secret: Option<SecretRef>,
}

/// What the file asks for. `user_id_claim` and `group_claim_stable_ids` cannot be cleared, so
/// for them `null` means "the detected value", as on create, and is kept to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desired {
    pub issuer_url: String,
    pub audience: Field<String>,
    pub user_id_claim: Detectable<String>,
    pub group_claim: Field<String>,
    pub role_claim: Field<String>,
    pub group_claim_stable_ids: Detectable<bool>,
    pub wallet: Field<WalletSpec>,
    pub webhook: Option<WebhookSpec>,
}

pub const WALLET_SECRET: &str = "wallet.client_secret";
pub const WEBHOOK_SECRET: &str = "webhook.secret";

/// The members a file may have at its top level.
pub const TOP_FIELDS: [&str; 8] = [
    "issuer_url",
    "audience",
    "user_id_claim",
    "group_claim",
    "role_claim",
    "group_claim_stable_ids",
    "wallet",
    "webhook",
];

impl Desired {
    /// The secrets the file names, by field.
    pub fn secrets(&self) -> Vec<(&'static str, &SecretRef)> {
        let wallet = match &self.wallet {
            Field::Set(wallet) => Some((WALLET_SECRET, &wallet.client_secret)),
            _ => None,
        };
        let webhook = self.webhook.as_ref().and_then(|w| w.secret.as_ref()).map(|s| (WEBHOOK_SECRET, s));
        wallet.into_iter().chain(webhook).collect()
    }

    /// Warnings worth showing whatever the command does with the file (a literal secret in it).
    pub fn warnings(&self) -> Vec<String> {
        self.secrets()
            .into_iter()
            .filter(|(_, s)| matches!(s, SecretRef::Literal(_)))
            .map(|(field, _)| {
                format!("{field} is a literal secret in the file: files end up in repositories and logs; use env:NAME, @path or - instead")
            })
            .collect()
    }

    /// Stdin carries one thing per run: the file itself (`-f -`) or one secret.
    pub fn check_stdin_use(&self, file_from_stdin: bool) -> Result<(), Rejection> {
        let mut users: Vec<&str> =
            self.secrets().into_iter().filter(|(_, s)| matches!(s, SecretRef::Stdin)).map(|(field, _)| field).collect();
        if file_from_stdin {
            users.insert(0, "-f");
        }
        if users.len() > 1 {
            return Err(Rejection::bad_input(format!(
                "stdin (`-`) is named {} times ({}), but it can be read only once per run",
                users.len(),
                users.join(", ")
            ))
            .hint("read the other secrets from env:NAME or @path (and the file from -f PATH)"));
        }
        Ok(())
    }

    /// Whether a plan needs the issuer's detected claim mappings (a `null` that means them).
    pub fn uses_detected(&self) -> bool {
        self.user_id_claim == Detectable::Detected || self.group_claim_stable_ids == Detectable::Detected
    }

    /// Resolves each relative `@path` against `dir` (the directory of the file that names it, as
    /// Compose and Terraform do, so the file means the same from any working directory), notes
    /// where a symbolic link leads, and refuses a path to the tool's own credentials file.
    pub fn anchor(&mut self, dir: &Path, name: &str) -> Result<(), Rejection> {
        for (field, reference) in self.secrets_mut() {
            let SecretRef::File { path, link } = reference else { continue };
            let full = dir.join(&*path);
            *path = full.display().to_string();
            if crate::secret::is_own_credentials_file(&full) {
                return Err(own_credentials_refused(field, &format!("@{path}"), name));
            }
            if std::fs::symlink_metadata(&full).is_ok_and(|m| m.file_type().is_symlink()) {
                *link = std::fs::canonicalize(&full).ok().map(|r| r.display().to_string());
            }
        }
        Ok(())
    }

    fn secrets_mut(&mut self) -> Vec<(&'static str, &mut SecretRef)> {
        let wallet = match &mut self.wallet {
            Field::Set(wallet) => Some((WALLET_SECRET, &mut wallet.client_secret)),
            _ => None,
        };
        let webhook = self.webhook.as_mut().and_then(|w| w.secret.as_mut()).map(|s| (WEBHOOK_SECRET, s));
        wallet.into_iter().chain(webhook).collect()
    }
}

/// A secret that names the control-plane token would send it to the control plane (and on to
/// the provider) as another secret.
fn own_credentials_refused(field: &str, spec: &str, name: &str) -> Rejection {
    Rejection::bad_input(format!(
        "{name}: `{field}` is {}, alter's own control-plane credentials: it would be sent as the {field}",
        remote(spec)
    ))
    .hint(format!("name the {field} itself: env:NAME, @path or - (stdin)"))
}

/// Parses the file's text; `name` says where it came from in error messages.
pub fn parse(text: &str, name: &str) -> Result<Desired, Rejection> {
    let value = strict_json::parse(text.trim_start_matches('\u{feff}')).map_err(|err| match err {
        StrictError::Syntax(err) => Rejection::bad_input(format!("{name} is not valid JSON: {err}"))
            .hint("the file is the JSON body of `alter idp create --input`, plus an optional webhook block"),
        StrictError::DuplicateKey(path) => {
            Rejection::bad_input(format!("{name}: the key `{}` is given twice", remote(&path)))
                .hint("a key appears once: a reviewer reads one value and the last one would apply; remove the other")
        }
    })?;
    let Value::Object(map) = value else {
        return Err(Rejection::bad_input(format!(
            "{name} must hold a JSON object, like {{\"issuer_url\": \"https://...\"}}"
        )));
    };
    check_known(&map, &TOP_FIELDS, "", name)?;
    let issuer = match map.get("issuer_url") {
        Some(Value::String(issuer)) => discovery::prepare(issuer)?,
        Some(_) => return Err(type_error("issuer_url", "a string", name)),
        None => {
            return Err(Rejection::bad_input(format!("{name} has no issuer_url"))
                .hint("every file names its issuer: {\"issuer_url\": \"https://acme.okta.com\"}"))
        }
    };
    Ok(Desired {
        issuer_url: issuer.as_str().to_owned(),
        audience: text_field(&map, "audience", name)?,
        user_id_claim: match text_field(&map, "user_id_claim", name)? {
            Field::Set(claim) => Detectable::Set(claim),
            Field::Clear => Detectable::Detected,
            Field::Unmanaged => Detectable::Unmanaged,
        },
        group_claim: text_field(&map, "group_claim", name)?,
        role_claim: text_field(&map, "role_claim", name)?,
        group_claim_stable_ids: match map.get("group_claim_stable_ids") {
            None => Detectable::Unmanaged,
            Some(Value::Null) => Detectable::Detected,
            Some(Value::Bool(b)) => Detectable::Set(*b),
            Some(_) => return Err(type_error("group_claim_stable_ids", "true, false or null", name)),
        },
        wallet: wallet(map.get("wallet"), name)?,
        webhook: webhook(map.get("webhook"), name)?,
    })
}

fn check_known(map: &Map<String, Value>, known: &[&str], prefix: &str, name: &str) -> Result<(), Rejection> {
    match map.keys().find(|k| !known.contains(&k.as_str())) {
        Some(unknown) => Err(Rejection::bad_input(format!("{name}: unknown field `{prefix}{unknown}`")).hint(format!(
            "the fields {} are: {}",
            if prefix.is_empty() { "of the file" } else { "here" },
            known.join(", ")
        ))),
        None => Ok(()),
    }
}

fn type_error(field: &str, expected: &str, name: &str) -> Rejection {
    Rejection::bad_input(format!("{name}: `{field}` must be {expected}"))
}

fn text_field(map: &Map<String, Value>, field: &str, name: &str) -> Result<Field<String>, Rejection> {
    match map.get(field) {
        None => Ok(Field::Unmanaged),
        Some(Value::Null) => Ok(Field::Clear),
        Some(Value::String(text)) if text.trim().is_empty() => {
            Err(Rejection::bad_input(format!("{name}: `{field}` is empty"))
                .hint(format!("use \"{field}\": null to clear it, or leave it out to leave it as it is")))
        }
        Some(Value::String(text)) => Ok(Field::Set(text.clone())),
        Some(_) => Err(type_error(field, "a string or null", name)),
    }
}

fn secret_ref(value: Option<&Value>, field: &str, name: &str) -> Result<Option<SecretRef>, Rejection> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(spec)) if spec.is_empty() => {
            Err(Rejection::bad_input(format!("{name}: `{field}` is empty"))
                .hint("name the secret: env:NAME, @path or - (stdin)"))
        }
        Some(Value::String(spec)) if spec == crate::secret::OWN_TOKEN_SPEC => {
            Err(own_credentials_refused(field, spec, name))
        }
        Some(Value::String(spec)) => Ok(Some(SecretRef::parse(spec))),
        Some(_) => Err(type_error(field, "a string: env:NAME, @path or - (stdin)", name)),
    }
}

fn wallet(value: Option<&Value>, name: &str) -> Result<Field<WalletSpec>, Rejection> {
    let map = match value {
        None => return Ok(Field::Unmanaged),
        Some(Value::Null) => return Ok(Field::Clear),
        Some(Value::Object(map)) => map,
        Some(_) => return Err(type_error("wallet", "an object {client_id, client_secret} or null", name)),
    };
    check_known(map, &["client_id", "client_secret"], "wallet.", name)?;
    let client_id = match map.get("client_id") {
        Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
        _ => return Err(type_error("wallet.client_id", "a non-empty string", name)),
    };
    let client_secret = secret_ref(map.get("client_secret"), WALLET_SECRET, name)?.ok_or_else(|| {
        Rejection::bad_input(format!(
            "{name}: `wallet` needs client_secret too (wallet credentials are all-or-nothing)"
        ))
        .hint("add \"client_secret\": \"env:WALLET_CLIENT_SECRET\" (or @path, or -)")
    })?;
    Ok(Field::Set(WalletSpec { client_id, client_secret }))
}

fn webhook(value: Option<&Value>, name: &str) -> Result<Option<WebhookSpec>, Rejection> {
    let map = match value {
        None => return Ok(None),
        Some(Value::Object(map)) => map,
        Some(_) => return Err(type_error("webhook", "an object like {\"enabled\": true}", name)),
    };
    check_known(map, &["enabled", "secret"], "webhook.", name)?;
    let Some(Value::Bool(enabled)) = map.get("enabled") else {
        return Err(type_error("webhook.enabled", "true or false", name));
    };
    Ok(Some(WebhookSpec { enabled: *enabled, secret: secret_ref(map.get("secret"), WEBHOOK_SECRET, name)? }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rejection::RejectionKind;

    fn err(text: &str) -> Rejection {
        parse(text, "idp.json").unwrap_err()
    }

    #[test]
    fn reads_the_issue_example() {
        let desired = parse(
            r#"{"issuer_url": "https://acme.okta.com/oauth2/default", "audience": "api://default",
                "group_claim": "groups", "group_claim_stable_ids": true,
                "wallet": {"client_id": "0oa123", "client_secret": "env:WALLET_CLIENT_SECRET"},
                "webhook": {"enabled": true, "secret": "@/run/secrets/okta-hook"}}"#,
            "idp.json",
        )
        .unwrap();
        assert_eq!(desired.issuer_url, "https://acme.okta.com/oauth2/default");
        assert_eq!(desired.audience, Field::Set("api://default".into()));
        assert_eq!(desired.role_claim, Field::Unmanaged);
        assert_eq!(desired.user_id_claim, Detectable::Unmanaged);
        assert_eq!(desired.group_claim_stable_ids, Detectable::Set(true));
        let Field::Set(wallet) = &desired.wallet else { panic!("wallet") };
        assert_eq!(wallet.client_secret, SecretRef::Env("WALLET_CLIENT_SECRET".into()));
        let webhook = desired.webhook.as_ref().unwrap();
        assert_eq!(
            (webhook.enabled, webhook.secret.clone()),
            (true, Some(SecretRef::File { path: "/run/secrets/okta-hook".into(), link: None }))
        );
        assert!(desired.warnings().is_empty());
    }

    #[test]
    fn null_clears_and_absent_leaves_alone() {
        let desired = parse(
            r#"{"issuer_url": "https://a.example", "audience": null, "role_claim": null, "wallet": null,
                "user_id_claim": null, "group_claim_stable_ids": null}"#,
            "f",
        )
        .unwrap();
        assert!(desired.uses_detected());
        assert_eq!((desired.audience, desired.role_claim), (Field::Clear, Field::Clear));
        assert_eq!((desired.group_claim, desired.wallet), (Field::Unmanaged, Field::Clear));
        assert_eq!(
            (desired.user_id_claim, desired.group_claim_stable_ids),
            (Detectable::Detected, Detectable::Detected)
        );
        assert_eq!(desired.webhook, None);
    }

    #[test]
    fn unknown_fields_are_named_at_every_level() {
        assert!(err(r#"{"issuer_url": "https://a.example", "colour": "blue"}"#)
            .message
            .contains("unknown field `colour`"));
        let wallet =
            err(r#"{"issuer_url": "https://a.example", "wallet": {"client_id": "a", "client_secret": "-", "x": 1}}"#);
        assert!(wallet.message.contains("unknown field `wallet.x`"), "{}", wallet.message);
        let hook = err(r#"{"issuer_url": "https://a.example", "webhook": {"enabled": true, "rotate": true}}"#);
        assert!(hook.message.contains("`webhook.rotate`"));
        assert_eq!(hook.kind, RejectionKind::BadInput);
    }

    #[test]
    fn bad_shapes_say_what_is_expected() {
        assert!(err("{nope").message.contains("not valid JSON: key must be a string at line 1 column 2"));
        assert!(err("[]").message.contains("must hold a JSON object"));
        assert!(err("{}").message.contains("no issuer_url"));
        assert!(err(r#"{"issuer_url": 3}"#).message.contains("`issuer_url` must be a string"));
        assert!(err(r#"{"issuer_url": "http://a.example"}"#).message.contains("plain http"));
        assert_eq!(err(r#"{"issuer_url": "https://accounts.google.com"}"#).kind, RejectionKind::Unacceptable);
        assert!(err(r#"{"issuer_url": "https://a.example", "audience": ""}"#).hints[0].contains("null to clear"));
        assert!(err(r#"{"issuer_url": "https://a.example", "audience": 1}"#).message.contains("a string or null"));
        assert!(err(r#"{"issuer_url": "https://a.example", "group_claim_stable_ids": "yes"}"#)
            .message
            .contains("true, false"));
        assert!(err(r#"{"issuer_url": "https://a.example", "wallet": {"client_id": "a"}}"#)
            .message
            .contains("all-or-nothing"));
        assert!(err(r#"{"issuer_url": "https://a.example", "wallet": {"client_id": "", "client_secret": "-"}}"#)
            .message
            .contains("wallet.client_id"));
        assert!(err(r#"{"issuer_url": "https://a.example", "wallet": {"client_id": "a", "client_secret": ""}}"#)
            .message
            .contains("is empty"));
        assert!(err(r#"{"issuer_url": "https://a.example", "webhook": {}}"#).message.contains("webhook.enabled"));
        assert!(err(r#"{"issuer_url": "https://a.example", "webhook": null}"#).message.contains("an object"));
    }

    #[test]
    fn the_issuer_is_kept_as_written_but_trimmed() {
        let desired = parse("\u{feff}{\"issuer_url\": \" https://dev-abc.us.auth0.com/ \"}", "f").unwrap();
        assert_eq!(desired.issuer_url, "https://dev-abc.us.auth0.com/");
    }

    #[test]
    fn secret_references_and_literals() {
        for (spec, expected) in [
            ("-", SecretRef::Stdin),
            ("@/run/s", SecretRef::File { path: "/run/s".into(), link: None }),
            ("env:X", SecretRef::Env("X".into())),
            ("plain", SecretRef::Literal(Secret::new("plain"))),
        ] {
            let parsed = SecretRef::parse(spec);
            assert_eq!(parsed.spec(), spec);
            assert_eq!(parsed, expected);
        }
        let desired = parse(
            r#"{"issuer_url": "https://a.example", "wallet": {"client_id": "a", "client_secret": "very-literal"},
                "webhook": {"enabled": true, "secret": "env:HOOK"}}"#,
            "f",
        )
        .unwrap();
        let warnings = desired.warnings();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("wallet.client_secret is a literal") && !warnings[0].contains("very-literal"));
        assert!(!format!("{desired:?}").contains("very-literal"));
    }

    #[test]
    fn stdin_is_used_at_most_once() {
        let both = parse(
            r#"{"issuer_url": "https://a.example", "wallet": {"client_id": "a", "client_secret": "-"},
                "webhook": {"enabled": true, "secret": "-"}}"#,
            "f",
        )
        .unwrap();
        let refused = both.check_stdin_use(false).unwrap_err();
        assert!(refused.message.contains("2 times (wallet.client_secret, webhook.secret)"), "{}", refused.message);
        let one =
            parse(r#"{"issuer_url": "https://a.example", "webhook": {"enabled": true, "secret": "-"}}"#, "f").unwrap();
        assert!(one.check_stdin_use(false).is_ok());
        assert!(one.check_stdin_use(true).unwrap_err().message.contains("(-f, webhook.secret)"));
    }
}
