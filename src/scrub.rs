//! The one scrubber for text on its way to the user.
//!
//! Anything a server or document sends (a problem's detail, title and field messages, a decode
//! error quoting a value, a failed import run's `error`, a discovery document's strings) may echo
//! what we sent it, carry terminal escape sequences, or be megabytes long. Rather than trusting
//! each command to remember, the output layer (`crate::output`) passes every line it prints
//! through [`human`] (stdout results, errors, hints, warnings, notes, `-v` traces, prompts) or
//! every string of a JSON result through [`json`]. A new command therefore gets scrubbing by
//! printing through `Output`, and nothing else prints.
//!
//! What the command holds secret is registered here with [`hold`]: `Secret::new` does it for
//! every secret the secret reader, the credentials store and the prompts produce, including the
//! private members of a JWK. A server-generated secret that must be shown once (a webhook
//! signing secret) is a plain string and is not held.

/// The longest line (or JSON string) shown, in characters: far above any real message, far below
/// a terminal flooded by a 3 MB `detail`.
pub const MAX_LINE_CHARS: usize = 2000;

/// What replaces a held secret.
pub const REDACTED: &str = "***";

/// JWK members that hold private key material (RFC 7518 §6.2.2, §6.3.2, §6.4.1).
const JWK_PRIVATE_MEMBERS: [&str; 7] = ["d", "p", "q", "dp", "dq", "qi", "k"];

/// The held secrets, for the whole process.
#[cfg(not(test))]
fn with_held<R>(f: impl FnOnce(&mut Vec<String>) -> R) -> R {
    static HELD: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    f(&mut HELD.lock().unwrap_or_else(|e| e.into_inner()))
}

/// `cargo test` runs unit tests on threads of one process (libtest gives each its own thread):
/// each test sees only what it held, not the `Secret::new("t")` of another.
#[cfg(test)]
fn with_held<R>(f: impl FnOnce(&mut Vec<String>) -> R) -> R {
    thread_local! {
        static HELD: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    HELD.with_borrow_mut(f)
}

/// Registers a secret value the command holds, so no printed text can contain it. A JSON object
/// (a private JWK) also registers its private members, which a server may quote one by one.
pub fn hold(value: &str) {
    let mut forms = vec![value.to_owned()];
    if let Ok(serde_json::Value::Object(jwk)) = serde_json::from_str::<serde_json::Value>(value) {
        forms.extend(JWK_PRIVATE_MEMBERS.iter().filter_map(|m| jwk.get(*m)?.as_str().map(str::to_owned)));
    }
    // A server quoting our JSON request body shows the value JSON-escaped.
    for form in forms.clone() {
        let quoted = serde_json::to_string(&form).unwrap_or_default();
        if let Some(escaped) = quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')) {
            forms.push(escaped.to_owned());
        }
    }
    with_held(|held| {
        for form in forms {
            if !form.trim().is_empty() && !held.contains(&form) {
                held.push(form);
            }
        }
        // Longest first, so a secret containing another is replaced whole.
        held.sort_by_key(|s| std::cmp::Reverse(s.len()));
    })
}

/// Replaces every held secret in `text` with `***`.
pub fn redact(text: &str) -> String {
    with_held(|held| {
        let mut text = text.to_owned();
        for secret in held.iter() {
            if text.contains(secret.as_str()) {
                text = text.replace(secret.as_str(), REDACTED);
            }
        }
        text
    })
}

/// Text for a person's terminal: secrets redacted, control characters (ESC, CR, BEL, C1...)
/// shown as `\u{..}` so they cannot recolour the terminal, retitle the window or overwrite a
/// line, and each line cut to [`MAX_LINE_CHARS`]. Newlines and tabs stay.
pub fn human(text: &str) -> String {
    let redacted = redact(text);
    let mut out = String::with_capacity(redacted.len());
    for (i, line) in redacted.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&escape_controls(&cut(line)));
    }
    out
}

/// A JSON result: every string redacted and cut; serde_json escapes control characters itself,
/// so the output stays valid JSON.
pub fn json(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(cut(&redact(&s))),
        Value::Array(items) => Value::Array(items.into_iter().map(json).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (cut(&redact(&k)), json(v))).collect()),
        other => other,
    }
}

fn escape_controls(line: &str) -> String {
    if !line.chars().any(is_unsafe) {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + 16);
    for c in line.chars() {
        if is_unsafe(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// C0 and C1 controls (but tab), DEL, and the bidirectional overrides that reorder what is shown.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t') || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(MAX_LINE_CHARS) {
        None => text.to_owned(),
        Some((at, _)) => {
            let left = text[at..].chars().count();
            format!("{}… ({left} more characters cut)", &text[..at])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_secrets_and_their_json_forms_are_redacted() {
        hold("scrub-test-secret");
        hold("scrub\"quoted\\secret");
        hold(r#"{"kty":"RSA","n":"public-modulus","e":"AQAB","d":"scrub-test-private-d","qi":"scrub-test-qi"}"#);
        let text = human(
            "detail: Bearer scrub-test-secret, body {\"secret\":\"scrub\\\"quoted\\\\secret\"} d=scrub-test-private-d qi=scrub-test-qi n=public-modulus",
        );
        assert_eq!(text, "detail: Bearer ***, body {\"secret\":\"***\"} d=*** qi=*** n=public-modulus");
    }

    #[test]
    fn terminal_controls_are_escaped_but_lines_and_tabs_stay() {
        let text = human("issuer \x1b[31mred\x1b]0;pwned\x07\r\nnext\tline \u{9b}x \u{202e}rtl");
        assert_eq!(text, "issuer \\u{1b}[31mred\\u{1b}]0;pwned\\u{7}\\u{d}\nnext\tline \\u{9b}x \\u{202e}rtl");
    }

    #[test]
    fn long_lines_and_json_strings_are_cut() {
        let long = "é".repeat(MAX_LINE_CHARS + 5);
        let text = human(&format!("{long}\nshort"));
        assert!(text.ends_with("é… (5 more characters cut)\nshort"), "{}", &text[text.len() - 60..]);
        hold("scrub-json-secret");
        let value = json(serde_json::json!({"error": ["x scrub-json-secret \u{1b}", long]}));
        assert_eq!(value["error"][0], "x *** \u{1b}");
        assert!(value["error"][1].as_str().unwrap().ends_with("(5 more characters cut)"));
    }
}
