//! The writes of one apply, in order, so a failure can say which took effect and which did not,
//! and that running the same apply again is safe.

use crate::domain::plan::{Action, Plan, WebhookStep};
use crate::error::Error;
use std::collections::VecDeque;

#[derive(Debug, Default)]
pub struct Steps {
    done: Vec<String>,
    pending: VecDeque<String>,
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
        Self { done: Vec::new(), pending }
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

    /// The error of the failing step, with what took effect before it and what did not.
    pub fn failed(&self, err: Error, file: &str) -> Error {
        let done = if self.done.is_empty() { "nothing".to_owned() } else { self.done.join("; ") };
        let pending: Vec<&str> = self.pending.iter().map(String::as_str).collect();
        let message = format!("{}\n  took effect: {done}\n  did not: {}", err.message, pending.join("; "));
        let mut failed = Error { message, ..err };
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
}
