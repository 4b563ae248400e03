//! How a plan looks: one line per field for people, one object for `--json`.

use crate::domain::plan::{Action, Change, Plan, SecretSend, WebhookStep};
use serde::Serialize;
use serde_json::Value;

/// The `--json` form of a plan.
#[derive(Debug, Serialize)]
pub struct PlanReport<'a> {
    pub app_id: &'a str,
    pub provider_id: Option<&'a str>,
    pub action: Action,
    pub in_sync: bool,
    pub changes: Vec<ChangeReport<'a>>,
    pub secrets: &'a [SecretSend],
    pub webhook: Option<WebhookStep>,
    pub notes: &'a [String],
    pub refusals: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ChangeReport<'a> {
    pub op: &'static str,
    pub field: &'static str,
    pub old: &'a Value,
    pub new: &'a Value,
}

/// `refusals`: what apply would refuse, already worded for this provider and file.
pub fn plan_report<'a>(plan: &'a Plan, app: &'a str, refusals: Vec<String>) -> PlanReport<'a> {
    let op = |c: &Change| match c.sign() {
        '+' => "set",
        '-' => "clear",
        _ => "change",
    };
    PlanReport {
        app_id: app,
        provider_id: plan.provider_id.as_deref(),
        action: plan.action,
        in_sync: plan.in_sync(),
        changes: plan
            .changes
            .iter()
            .map(|c| ChangeReport { op: op(c), field: c.field, old: &c.old, new: &c.new })
            .collect(),
        secrets: &plan.secrets,
        webhook: plan.webhook,
        notes: &plan.notes,
        refusals,
    }
}

pub fn plan_view(report: &PlanReport) -> String {
    if report.in_sync {
        return "No changes.\n".to_owned();
    }
    let provider = report.provider_id.unwrap_or("");
    let mut text = match report.action {
        Action::Create => format!("Plan for app {}: create its identity provider\n", report.app_id),
        Action::Replace => {
            format!("Plan for app {}: replace identity provider {provider} (delete, then create)\n", report.app_id)
        }
        Action::Update | Action::None => {
            format!("Plan for app {}: update identity provider {provider}\n", report.app_id)
        }
    };
    for change in &report.changes {
        let line = match change.op {
            "set" => format!("  + {}: {}\n", change.field, change.new),
            "clear" => format!("  - {} (was {})\n", change.field, change.old),
            _ => format!("  ~ {}: {} -> {}\n", change.field, change.old, change.new),
        };
        text.push_str(&line);
    }
    for secret in report.secrets {
        // A path from the file: one line, whatever it contains.
        let from = crate::scrub::remote(&secret.from);
        text.push_str(&format!("  {}: will be sent from {from} ({})\n", secret.field, secret.reason));
    }
    for refusal in &report.refusals {
        text.push_str(&format!("  ! apply would refuse: {refusal}\n"));
    }
    text
}
