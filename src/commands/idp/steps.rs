//! The writes of one apply, in order, so a failure can say which took effect, which may have
//! (its answer was lost), and which did not, and that running the same apply again is safe.

use crate::api::error::MAY_HAVE_TAKEN_EFFECT;
use crate::domain::plan::{Action, Plan, WebhookStep};
use crate::error::Error;
use std::collections::VecDeque;

#[derive(Debug, Default)]
pub struct Steps {
    done: Vec<String>,
    pending: VecDeque<String>,
    /// The step whose answer was lost: it may or may not have taken effect.
    unknown: Option<String>,
    /// What taking effect cost that no rerun restores (a recreated provider's secrets).
    lost: Vec<String>,
}

impl Steps {
    pub fn planned(plan: &Plan) -> Self {
        let id = plan.provider_id.as_deref().unwrap_or_default();
        let mut pending = VecDeque::new();
        match plan.action {
            Action::Replace => pending.extend([format!("delete {id}"), "create the provider".to_owned()]),
            Action::Create => pending.push_back("create the provider".to_owned()),
            Action::Update if !plan.patch.is_empty() => pending.push_back(format!("update {id}")),
            Action::Update | Action::None => {}
        }
        match plan.webhook {
            Some(WebhookStep::Enable) => pending.push_back("enable the webhook".to_owned()),
            Some(WebhookStep::Disable) => pending.push_back("disable the webhook".to_owned()),
            None => {}
        }
        Self { pending, ..Self::default() }
    }

    /// A step found on the way (e.g. after the create), run next.
    pub fn upcoming(&mut self, step: &str) {
        self.pending.push_front(step.to_owned());
    }

    /// The next step took effect; `what` says how, for the summary.
    pub fn finish(&mut self, what: String) {
        self.pending.pop_front();
        self.done.push(what);
    }

    pub fn done(&self) -> Vec<String> {
        self.done.clone()
    }

    /// The next step's answer was lost: it may have taken effect.
    pub fn unknown(&mut self) {
        self.unknown = self.pending.pop_front();
    }

    pub fn has_unknown(&self) -> bool {
        self.unknown.is_some()
    }

    /// The step whose answer was lost turned out not to have taken effect.
    pub fn forget_unknown(&mut self) {
        if let Some(step) = self.unknown.take() {
            self.pending.push_front(step);
        }
    }

    /// A step that was not planned took effect (putting back what a failed replace deleted).
    pub fn record(&mut self, what: String) {
        self.done.push(what);
    }

    /// Something taking effect cost, with how to set it again.
    pub fn lose(&mut self, what: String) {
        self.lost.push(what);
    }

    /// The error of the failing step, with what took effect before it, what may have, what did
    /// not, and what was lost on the way.
    pub fn failed(&self, err: Error, file: &str) -> Error {
        let done = if self.done.is_empty() { "nothing".to_owned() } else { self.done.join("; ") };
        let pending: Vec<&str> = self.pending.iter().map(String::as_str).collect();
        let mut message = format!("{}\n  took effect: {done}", err.message);
        if let Some(unknown) = &self.unknown {
            message.push_str(&format!("\n  may have taken effect (its answer was lost): {unknown}"));
        }
        if !pending.is_empty() {
            message.push_str(&format!("\n  did not: {}", pending.join("; ")));
        }
        for lost in &self.lost {
            message.push_str(&format!("\n  lost: {lost}"));
        }
        let mut failed = Error { message, ..err };
        if self.unknown.is_some() {
            failed.hints.retain(|hint| !hint.starts_with(MAY_HAVE_TAKEN_EFFECT));
            failed.hints.push(format!("`alter idp diff -f {file}` shows what is saved now (exit 0: it took effect)"));
        }
        failed
            .hints
            .push(format!("running `alter idp apply -f {file}` again is safe: it plans again from what is saved now"));
        failed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::desired::parse;
    use crate::domain::plan::{plan, Options};

    #[test]
    fn a_failure_names_what_took_effect_and_what_did_not() {
        let desired = parse(r#"{"issuer_url": "https://a.example", "webhook": {"enabled": true}}"#, "f").unwrap();
        let mut steps = Steps::planned(&plan(&desired, None, Options::default()));
        steps.finish("created idp_1 (auth0)".to_owned());
        let err = steps.failed(Error::rejected("boom"), "idp.json");
        assert_eq!(err.message, "boom\n  took effect: created idp_1 (auth0)\n  did not: enable the webhook");
        assert_eq!(err.code, crate::exit::ExitCode::Rejected);
        assert!(err.hints[0].contains("alter idp apply -f idp.json"));
        let untouched = Steps::planned(&plan(&desired, None, Options::default())).failed(Error::rejected("x"), "f");
        assert!(untouched.message.contains("took effect: nothing\n  did not: create the provider; enable the webhook"));
    }

    #[test]
    fn a_lost_answer_is_reported_as_unknown_with_the_command_that_shows_the_truth() {
        let desired = parse(r#"{"issuer_url": "https://a.example", "webhook": {"enabled": true}}"#, "f").unwrap();
        let mut steps = Steps::planned(&plan(&desired, None, Options::default()));
        steps.unknown();
        let lost = Error::network("no answer").hint(format!("{MAY_HAVE_TAKEN_EFFECT}: check with `alter idp show`"));
        let err = steps.failed(lost, "idp.json");
        assert_eq!(
            err.message,
            "no answer\n  took effect: nothing\n  may have taken effect (its answer was lost): create the provider\n  did not: enable the webhook"
        );
        assert!(err.hints[0].contains("alter idp diff -f idp.json") && err.hints.len() == 2, "{:?}", err.hints);
    }
}
