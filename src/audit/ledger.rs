//! The readiness ledger's audit entries: what `breakglass audit` records after each run
//! (no names or ids, only rule ids, counts and dates), and how `status` reads them: the
//! last audit's date, its failing rules, and "overdue" after [`EVERY_DAYS`].

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Audit, Outcome};

/// The record's format.
pub const FORMAT: &str = "breakglass-audit-record/1";

/// Audit at least this often (Microsoft's 90 days for emergency-access checks).
pub const EVERY_DAYS: i64 = 90;

/// One audit, as the ledger keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditRecord {
    /// [`FORMAT`].
    pub format: String,
    /// The record's id (its file name).
    pub id: String,
    /// When the audit ran (UTC, RFC 3339).
    pub audited: String,
    /// The snapshot's date, `YYYY-MM-DD`, if known.
    pub snapshot: Option<String>,
    /// The rules that failed: (id, severity).
    pub failing: Vec<FailingRule>,
    /// How many rules passed.
    pub passed: usize,
    /// The rules that were skipped.
    pub skipped: Vec<String>,
    /// The rules that did not apply (no emergency accounts to check, ...).
    #[serde(default)]
    pub not_applicable: Vec<String>,
}

/// A failing rule in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FailingRule {
    /// Rule id.
    pub rule: String,
    /// `critical`, `high`, `medium` or `low`.
    pub severity: String,
    /// How many findings.
    pub findings: usize,
}

impl AuditRecord {
    /// The record of `audit`, run at `now` (RFC 3339), with the id `id`.
    pub fn of(audit: &Audit, id: &str, now: &str) -> Self {
        Self {
            format: FORMAT.to_string(),
            id: id.to_string(),
            audited: now.to_string(),
            snapshot: audit.export.snapshot.date.clone(),
            failing: audit
                .results
                .iter()
                .filter_map(|r| match &r.outcome {
                    Outcome::Fail(f) => Some(FailingRule {
                        rule: r.rule.id.to_string(),
                        severity: r.rule.severity.label().to_string(),
                        findings: f.len(),
                    }),
                    _ => None,
                })
                .collect(),
            passed: audit
                .results
                .iter()
                .filter(|r| r.outcome == Outcome::Pass)
                .count(),
            skipped: audit
                .results
                .iter()
                .filter(|r| matches!(r.outcome, Outcome::Skipped { .. }))
                .map(|r| r.rule.id.to_string())
                .collect(),
            not_applicable: audit
                .results
                .iter()
                .filter(|r| matches!(r.outcome, Outcome::NotApplicable(_)))
                .map(|r| r.rule.id.to_string())
                .collect(),
        }
    }

    /// What this audit said about `rule`: `failing (critical)`, `skipped`, `not
    /// applicable` or `passed`.
    pub fn rule_status(&self, rule: &str) -> String {
        if let Some(f) = self.failing.iter().find(|f| f.rule == rule) {
            format!("FAILING ({}, {} finding(s))", f.severity, f.findings)
        } else if self.skipped.iter().any(|r| r == rule) {
            "skipped (export file missing)".to_string()
        } else if self.not_applicable.iter().any(|r| r == rule) {
            "not applicable".to_string()
        } else {
            "passed".to_string()
        }
    }

    /// The date it ran.
    pub fn date(&self) -> &str {
        self.audited.get(..10).unwrap_or(&self.audited)
    }
}

/// The audit line(s) of `breakglass status` on `today`, from every recorded audit, and
/// whether the audit needs attention (overdue).
pub fn status(records: &[AuditRecord], today: Date) -> (String, bool) {
    let Some(last) = records.iter().max_by(|a, b| a.audited.cmp(&b.audited)) else {
        return (format!("{}\n", crate::tr!("cli-audit-none")), false);
    };
    let since = last
        .date()
        .parse::<Date>()
        .ok()
        .and_then(|d| d.until(today).ok())
        .map(|s| i64::from(s.get_days()));
    let snapshot = last.snapshot.as_deref().map_or_else(
        || crate::tr!("cli-audit-snapshot-unknown"),
        |d| crate::tr!("cli-audit-snapshot", date = d),
    );
    let (state, overdue) = match since {
        Some(n) if n > EVERY_DAYS => (
            crate::tr!(
                "cli-audit-overdue",
                days = n - EVERY_DAYS,
                every = EVERY_DAYS
            ),
            true,
        ),
        Some(n) => (
            crate::tr!("cli-audit-next-due", days = EVERY_DAYS - n),
            false,
        ),
        None => (crate::tr!("cli-audit-date-unreadable"), false),
    };
    let failing = if last.failing.is_empty() {
        crate::tr!("cli-audit-no-failing")
    } else {
        crate::tr!(
            "cli-audit-failing",
            count = last.failing.len(),
            rules = last
                .failing
                .iter()
                .map(|f| format!("{} ({})", f.rule, f.severity))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    (
        format!(
            "{}\n",
            crate::tr!(
                "cli-audit-last",
                date = last.date(),
                snapshot = snapshot,
                failing = failing,
                state = state
            )
        ),
        overdue,
    )
}

/// The audit that is evidence for a drill run that ended at `at` (RFC 3339): the newest
/// recorded before then.
pub fn evidence_for<'a>(records: &'a [AuditRecord], at: &str) -> Option<&'a AuditRecord> {
    records
        .iter()
        .filter(|r| r.audited.as_str() <= at)
        .max_by(|a, b| a.audited.cmp(&b.audited))
}

/// The after-action report's "Audit evidence" section: for each task that names audit
/// rules, those rules' results in `audit`; empty when no task names any.
pub fn evidence_markdown(tasks: &[(String, Vec<String>)], audit: Option<&AuditRecord>) -> String {
    use std::fmt::Write as _;
    if tasks.iter().all(|(_, rules)| rules.is_empty()) {
        return String::new();
    }
    let mut out = String::from("\n## Audit evidence\n\n");
    let Some(a) = audit else {
        out.push_str(
            "No audit was recorded before this run. Export the tenant \
             (`breakglass audit --export-commands`) and run `breakglass audit DIR` before the \
             next drill; its results then appear here beside the tasks they cover.\n",
        );
        return out;
    };
    let snapshot = a.snapshot.as_deref().unwrap_or("an unknown date");
    let _ = writeln!(
        out,
        "From the audit of {} (snapshot of {snapshot}, record `{}`):\n",
        a.date(),
        a.id
    );
    for (task, rules) in tasks.iter().filter(|(_, r)| !r.is_empty()) {
        let _ = writeln!(out, "- Task `{task}`:");
        for rule in rules {
            let _ = writeln!(out, "  - `{rule}`: {}", a.rule_status(rule));
        }
    }
    out
}

/// The same evidence as JSON (`null` when no task names a rule).
pub fn evidence_json(
    tasks: &[(String, Vec<String>)],
    audit: Option<&AuditRecord>,
) -> serde_json::Value {
    if tasks.iter().all(|(_, rules)| rules.is_empty()) {
        return serde_json::Value::Null;
    }
    serde_json::json!({
        "audit": audit.map(|a| serde_json::json!({"id": a.id, "audited": a.audited, "snapshot": a.snapshot})),
        "tasks": tasks.iter().filter(|(_, r)| !r.is_empty()).map(|(task, rules)| serde_json::json!({
            "task": task,
            "rules": rules.iter().map(|r| serde_json::json!({
                "rule": r,
                "status": audit.map(|a| a.rule_status(r)),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
