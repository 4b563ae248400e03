//! The one scrubber for text on its way to the user, and the rule it applies.
//!
//! Text that came from outside (a server's problem or answer, a discovery document, a token's
//! claims, a file, the provider, a URL from the environment) is untrusted: it may echo what we
//! sent it, carry terminal escape sequences or line feeds that forge a line of ours, or be
//! megabytes long. Every such string shown to a person goes through [`remote`] where it is put
//! into a message: one line (every control character, line feed included, shown escaped), held
//! secrets redacted, bounded. The tool's own words are never redacted, so a secret that happens
//! to spell one of them cannot mangle them.
//!
//! The output layer (`crate::output`) then passes every human text through [`human`] as a last
//! guard: it escapes terminal controls (but the tool's own line feeds and tabs) and bounds each
//! line. `--json` results and files are exact: JSON escaping only (see [`json_text`]), never cut
//! and never rewritten.
//!
//! What the command holds secret is registered here with [`hold`]: `Secret::new` does it for
//! every secret the secret reader, the credentials store and the prompts produce, including the
//! private members of a JWK. A server-generated secret that must be shown once (a webhook
//! signing secret) is a plain string and is not held. A "secret" shorter than
//! [`MIN_SECRET_CHARS`] cannot be hidden without mangling ordinary words; it is not held, and
//! the output layer says so once (see [`take_short_secret_warning`]).

use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};

/// The longest remote string shown, in characters: far above any real message, far below a
/// terminal flooded by a 3 MB `detail`.
pub const MAX_LINE_CHARS: usize = 2000;

/// The most items of a remote list shown (a problem's field errors, a write's notices), then
/// how many more there were: a server sending thousands must not bury the ones that matter.
pub const MAX_REMOTE_ITEMS: usize = 20;

/// The last guard's bound on a whole line of human output, which may hold a few remote strings.
const MAX_OUTPUT_LINE_CHARS: usize = 4 * MAX_LINE_CHARS;

/// What replaces a held secret.
pub const REDACTED: &str = "***";

/// The shortest value held as a secret. Anything shorter (`s`, `refuse`, `verdict`) also spells
/// ordinary words, and no real token, key or password is that short.
pub const MIN_SECRET_CHARS: usize = 8;

/// JWK members that hold private key material (RFC 7518 §6.2.2, §6.3.2, §6.4.1).
const JWK_PRIVATE_MEMBERS: [&str; 7] = ["d", "p", "q", "dp", "dq", "qi", "k"];

#[derive(Default)]
struct Held {
    /// Longest first, so a secret containing another is replaced whole.
    secrets: Vec<String>,
    /// The shortest secret given that was too short to hold, until the warning is taken.
    too_short: Option<usize>,
    warned: bool,
}

/// The held secrets, for the whole process.
#[cfg(not(test))]
fn with_held<R>(f: impl FnOnce(&mut Held) -> R) -> R {
    static HELD: std::sync::Mutex<Held> =
        std::sync::Mutex::new(Held { secrets: Vec::new(), too_short: None, warned: false });
    f(&mut HELD.lock().unwrap_or_else(|e| e.into_inner()))
}

/// `cargo test` runs unit tests on threads of one process (libtest gives each its own thread):
/// each test sees only what it held, not the `Secret::new("t")` of another.
#[cfg(test)]
fn with_held<R>(f: impl FnOnce(&mut Held) -> R) -> R {
    thread_local! {
        static HELD: std::cell::RefCell<Held> = std::cell::RefCell::new(Held::default());
    }
    HELD.with_borrow_mut(f)
}

/// Registers a secret value the command holds, so no remote text shown can contain it. A JSON
/// object (a private JWK) also registers its private members, which a server may quote one by
/// one.
pub fn hold(value: &str) {
    let mut forms = vec![value.to_owned()];
    if let Ok(Value::Object(jwk)) = serde_json::from_str::<Value>(value) {
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
            let chars = form.trim().chars().count();
            if chars == 0 || held.secrets.contains(&form) {
                continue;
            }
            if chars < MIN_SECRET_CHARS {
                held.too_short = Some(held.too_short.map_or(chars, |c| c.min(chars)));
                continue;
            }
            held.secrets.push(form);
        }
        held.secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    })
}

/// Once per run, after a too-short secret was given: the warning that says it is not hidden.
pub fn take_short_secret_warning() -> Option<String> {
    with_held(|held| {
        let chars = held.too_short.filter(|_| !held.warned)?;
        held.warned = true;
        Some(format!(
            "a secret given is only {chars} character(s) long: too short to be a real secret, and too short to hide \
             from output without mangling it, so it is not hidden"
        ))
    })
}

/// Replaces every held secret in `text` with `***`.
pub fn redact(text: &str) -> String {
    with_held(|held| {
        let mut text = text.to_owned();
        for secret in &held.secrets {
            if text.contains(secret.as_str()) {
                text = text.replace(secret.as_str(), REDACTED);
            }
        }
        text
    })
}

/// A string that came from outside, for a person: held secrets redacted, one line (line feeds
/// and every other control character shown as `\u{..}`, so it cannot forge a line of ours,
/// recolour the terminal or retitle the window), cut to [`MAX_LINE_CHARS`].
pub fn remote(text: &str) -> String {
    remote_within(text, MAX_LINE_CHARS)
}

/// [`remote`], cut to `max_chars` instead: for a value quoted inside a sentence. Redacted before
/// it is cut, so a cut never leaves part of a secret behind.
pub fn remote_within(text: &str, max_chars: usize) -> String {
    escape(&cut(&redact(text), max_chars), |c| is_unsafe(c) || c == '\n' || c == '\t')
}

/// The last guard on human output: terminal controls escaped (but the tool's own line feeds
/// and tabs), each line bounded. It redacts nothing: remote strings were redacted by [`remote`]
/// where they were put into the text, and the tool's own words are never redacted.
pub fn human(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&escape(&cut(line, MAX_OUTPUT_LINE_CHARS), is_unsafe));
    }
    out
}

/// A `--json` result or a file, exact: pretty JSON and a final newline. Only JSON escaping is
/// applied; besides what JSON requires, DEL, C1 controls, the bidirectional overrides and the
/// Unicode line separators are written as `\uXXXX` escapes too, so the text is safe on a
/// terminal and still parses to the very same value.
pub fn json_text<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut bytes = Vec::with_capacity(256);
    value.serialize(&mut serde_json::Serializer::with_formatter(&mut bytes, SafeFormatter::default()))?;
    bytes.push(b'\n');
    // serde_json writes only UTF-8 and our escapes are ASCII.
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

/// The JSON paths (`last_run.error`, `items[0].audience`) of strings in `value` that contain a
/// held secret: a result is written exactly, so the output layer says where instead.
pub fn held_in(value: &Value) -> Vec<String> {
    fn walk(value: &Value, path: &str, secrets: &[String], found: &mut Vec<String>) {
        match value {
            Value::String(s) if secrets.iter().any(|secret| s.contains(secret.as_str())) => {
                found.push(if path.is_empty() { "(the result)".to_owned() } else { path.to_owned() })
            }
            Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, item)| walk(item, &format!("{path}[{i}]"), secrets, found))
            }
            Value::Object(members) => members.iter().for_each(|(key, member)| {
                let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                walk(member, &path, secrets, found)
            }),
            _ => {}
        }
    }
    with_held(|held| {
        let mut found = Vec::new();
        if !held.secrets.is_empty() {
            walk(value, "", &held.secrets, &mut found);
        }
        found
    })
}

#[derive(Default)]
struct SafeFormatter(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if needs_json_escape(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// What JSON leaves raw but a terminal may obey or reorder (serde_json escapes C0 itself).
fn needs_json_escape(c: char) -> bool {
    c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c) || is_bidi(c) || c == '\u{2028}' || c == '\u{2029}'
}

fn escape(text: &str, unsafe_char: impl Fn(char) -> bool) -> String {
    if !text.chars().any(&unsafe_char) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// C0 and C1 controls (but line feed and tab, which the tool's own text uses), DEL, and the
/// bidirectional overrides that reorder what is shown.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || is_bidi(c)
}

fn is_bidi(c: char) -> bool {
    ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn cut(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        None => text.to_owned(),
        Some((at, _)) => {
            let left = text[at..].chars().count();
            format!("{}… ({left} more characters cut)", &text[..at])
        }
    }
}

#[cfg(test)]
mod tests;
