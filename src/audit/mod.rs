//! `breakglass audit`: break-glass readiness from an offline Microsoft Graph export. The
//! export is read as untrusted input ([`read`]), indexed ([`tenant`]), checked by the
//! [`rules`] (one file per group) and rendered ([`report`]) as a table, Markdown or JSON,
//! optionally redacted ([`redact`]). Every rule links to the playbook outcome or checklist
//! item that fixes it. Nothing here touches the network, a terminal or the command line.

pub mod commands;
pub mod emergency;
pub mod files;
pub mod ids;
pub mod ledger;
pub mod model;
pub mod parse;
pub mod pointer;
pub mod read;
pub mod redact;
pub mod report;
pub mod rules;
pub mod tenant;

use files::{ExportFile, FileKind, file};
use read::Export;
use rules::{Check, Finding, Rule};

/// What happened to one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// It holds.
    Pass,
    /// It does not, with the evidence.
    Fail(Vec<Finding>),
    /// It does not apply to this tenant.
    NotApplicable(String),
    /// It could not run: files missing or unusable.
    Skipped {
        /// Files not in the export.
        missing: Vec<&'static ExportFile>,
        /// Files in the export that could not be used.
        broken: Vec<&'static ExportFile>,
    },
}

/// One rule and its outcome.
#[derive(Debug, Clone)]
pub struct RuleResult {
    /// The rule.
    pub rule: &'static Rule,
    /// What happened.
    pub outcome: Outcome,
}

impl RuleResult {
    /// Whether it failed.
    pub fn failed(&self) -> bool {
        matches!(self.outcome, Outcome::Fail(_))
    }
}

/// The result of an audit.
#[derive(Debug, Clone)]
pub struct Audit {
    /// What was read.
    pub export: Export,
    /// How the emergency accounts were found, and how many.
    pub emergency: (Option<emergency::Found>, usize),
    /// Every rule's result, worst first.
    pub results: Vec<RuleResult>,
}

/// Runs every rule over `export`; `named` are the emergency accounts someone listed.
pub fn run(export: Export, named: Option<&emergency::Named>) -> Audit {
    let (results, found, count) = {
        let t = tenant::Tenant::new(&export, named);
        let broken: Vec<&str> = export.errors.iter().map(|e| e.file).collect();
        let mut results: Vec<RuleResult> = rules::all()
            .into_iter()
            .map(|rule| {
                let missing: Vec<&'static ExportFile> = rule
                    .needs
                    .iter()
                    .map(|k| file(*k))
                    .filter(|f| export.missing.contains(&f.kind))
                    .collect();
                let bad: Vec<&'static ExportFile> = rule
                    .needs
                    .iter()
                    .map(|k| file(*k))
                    .filter(|f| broken.contains(&f.name))
                    .collect();
                let outcome = if missing.is_empty() && bad.is_empty() {
                    match (rule.check)(&t) {
                        Check::Pass => Outcome::Pass,
                        Check::Fail(f) => Outcome::Fail(f),
                        Check::NotApplicable(why) => Outcome::NotApplicable(why),
                    }
                } else {
                    Outcome::Skipped {
                        missing,
                        broken: bad,
                    }
                };
                RuleResult { rule, outcome }
            })
            .collect();
        results.sort_by_key(|r| match &r.outcome {
            Outcome::Fail(_) => (0, r.rule.severity),
            Outcome::Skipped { .. } => (1, r.rule.severity),
            Outcome::NotApplicable(_) => (2, r.rule.severity),
            Outcome::Pass => (3, r.rule.severity),
        });
        (results, t.found.clone(), t.emergency.len())
    };
    Audit {
        export,
        emergency: (found, count),
        results,
    }
}

impl Audit {
    /// The rules that failed.
    pub fn failing(&self) -> impl Iterator<Item = &RuleResult> {
        self.results.iter().filter(|r| r.failed())
    }

    /// Whether a file of the export could not be used.
    pub fn has_file_errors(&self) -> bool {
        !self.export.errors.is_empty()
    }
}

/// Whether `kind` is optional: rules run without it, with less to go on.
pub fn optional(kind: FileKind) -> bool {
    matches!(
        kind,
        FileKind::Info
            | FileKind::RoleAssignmentSchedules
            | FileKind::RoleEligibility
            | FileKind::Groups
            | FileKind::Domains
    )
}
