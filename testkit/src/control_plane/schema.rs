//! Strict request-body validation for the contract's request schemas (all of which are
//! `additionalProperties: false`), reporting one `errors[]` entry per bad field.

use serde_json::{json, Map, Value};

use super::{problem, Reply};

#[derive(Clone, Copy)]
pub(super) enum Ty {
    Str,
    NonEmptyStr,
    Bool,
    AnyObject,
    Object(&'static [Field]),
}

pub(super) struct Field {
    name: &'static str,
    ty: Ty,
    required: bool,
    nullable: bool,
}

const fn field(name: &'static str, ty: Ty, required: bool, nullable: bool) -> Field {
    Field { name, ty, required, nullable }
}

use Ty::*;

pub(super) const DISCOVER: &[Field] = &[field("issuer_url", Str, true, false)];

const WALLET: &[Field] =
    &[field("client_id", NonEmptyStr, true, false), field("client_secret", NonEmptyStr, true, false)];

pub(super) const CREATE: &[Field] = &[
    field("issuer_url", Str, true, false),
    field("audience", Str, false, true),
    field("user_id_claim", Str, false, true),
    field("group_claim", Str, false, true),
    field("role_claim", Str, false, true),
    field("group_claim_stable_ids", Bool, false, true),
    field("wallet", Object(WALLET), false, true),
];

pub(super) const UPDATE: &[Field] = &[
    field("audience", Str, false, true),
    field("user_id_claim", Str, false, false),
    field("group_claim", Str, false, true),
    field("role_claim", Str, false, true),
    field("group_claim_stable_ids", Bool, false, false),
    field("wallet", Object(WALLET), false, true),
];

pub(super) const WEBHOOK_SECRET: &[Field] = &[field("secret", Str, false, true)];

/// The oneOf of DirectoryCredential: exactly one of these keys is checked by the caller.
pub(super) const DIRECTORY: &[Field] = &[
    field(
        "auth0",
        Object(&[
            field("domain", Str, true, false),
            field("client_id", Str, true, false),
            field("client_secret", Str, true, false),
        ]),
        false,
        false,
    ),
    field("clerk", Object(&[field("secret_key", Str, true, false)]), false, false),
    field(
        "okta",
        Object(&[
            field("org_url", Str, true, false),
            field("client_id", Str, true, false),
            field("private_key_jwk", AnyObject, true, false),
            field("key_id", Str, false, true),
        ]),
        false,
        false,
    ),
];

pub(super) fn invalid(errors: Vec<(String, String)>) -> Reply {
    let errors: Vec<Value> = errors.into_iter().map(|(f, m)| json!({"field": f, "message": m})).collect();
    let detail = format!("{} invalid field(s)", errors.len());
    problem(422, "invalid_request", detail).with("errors", Value::Array(errors))
}

/// Parses `body` as a JSON object matching `spec`, or returns the 422 `invalid_request` reply.
pub(super) fn parse(body: &[u8], spec: &[Field]) -> Result<Map<String, Value>, Reply> {
    let body_error = |m: String| invalid(vec![("body".into(), m)]);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(body_error("a JSON object is required".into()));
    }
    let value: Value = serde_json::from_slice(body).map_err(|e| body_error(format!("not valid JSON: {e}")))?;
    let mut errors = Vec::new();
    check(&value, spec, "", &mut errors);
    match value {
        Value::Object(map) if errors.is_empty() => Ok(map),
        _ => Err(invalid(errors)),
    }
}

fn check(value: &Value, spec: &[Field], at: &str, errors: &mut Vec<(String, String)>) {
    let Some(obj) = value.as_object() else {
        let at = if at.is_empty() { "body" } else { at };
        errors.push((at.into(), "must be an object".into()));
        return;
    };
    let name = |k: &str| if at.is_empty() { k.to_owned() } else { format!("{at}.{k}") };
    for key in obj.keys().filter(|k| !spec.iter().any(|f| f.name == k.as_str())) {
        errors.push((name(key), "unknown field".into()));
    }
    for f in spec {
        let problem = match (obj.get(f.name), f.ty) {
            (None, _) if f.required => Some("is required"),
            (None, _) => None,
            (Some(Value::Null), _) if f.nullable => None,
            (Some(Value::Null), _) => Some("must not be null"),
            (Some(v), Str) if !v.is_string() => Some("must be a string"),
            (Some(v), NonEmptyStr) if v.as_str().is_none_or(|s| s.is_empty()) => Some("must be a non-empty string"),
            (Some(v), Bool) if !v.is_boolean() => Some("must be a boolean"),
            (Some(v), AnyObject) if !v.is_object() => Some("must be an object"),
            (Some(v), Object(inner)) => {
                check(v, inner, &name(f.name), errors);
                None
            }
            _ => None,
        };
        if let Some(message) = problem {
            errors.push((name(f.name), message.into()));
        }
    }
}
