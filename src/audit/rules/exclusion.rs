//! The rule that emergency accounts are outside every Conditional Access policy that could
//! lock them out: enabled and report-only policies, inclusion and exclusion by user, group
//! and role, and the dedicated phishing-resistant policy Microsoft asks for.

use super::emergency::each;
use super::{CA_PLAN, Check, EMERGENCY_ACCESS, Finding, Fix, Rule, Severity, Subject};
use crate::audit::files::FileKind;
use crate::audit::model::Policy;
use crate::audit::tenant::Tenant;

/// The rule.
pub(super) static CA_EXCLUDED: Rule = Rule {
    id: "emergency-excluded-from-ca",
    title: "Emergency accounts are excluded from every enabled and report-only Conditional Access policy",
    severity: Severity::Critical,
    needs: &[FileKind::Users, FileKind::Policies],
    sources: &[EMERGENCY_ACCESS, CA_PLAN],
    fixes: &[
        Fix::Item("conditional-access-safety", "exclude-emergency"),
        Fix::Outcome("ca-fix-with-emergency-account"),
    ],
    check: ca_excluded,
};

/// Whether `policy` applies to `user` (by user, role or a group whose members are known).
fn includes(t: &Tenant, p: &Policy, user: &str) -> bool {
    let u = p.users();
    let roles = t.admins.get(user);
    u.include_users.iter().any(|x| x == "All" || x == user)
        || u.include_roles
            .iter()
            .any(|r| roles.is_some_and(|a| a.active.contains(r) || a.eligible.contains(r)))
        || u.include_groups
            .iter()
            .any(|g| t.in_group(g, user) == Some(true))
}

/// Whether `policy` excludes `user` (by user, role or a group whose members are known).
fn excludes(t: &Tenant, p: &Policy, user: &str) -> bool {
    let u = p.users();
    let roles = t.admins.get(user);
    u.exclude_users.iter().any(|x| x == user)
        || u.exclude_roles
            .iter()
            .any(|r| roles.is_some_and(|a| a.active.contains(r)))
        || u.exclude_groups
            .iter()
            .any(|g| t.in_group(g, user) == Some(true))
}

/// A policy written for the emergency accounts: names them directly (or by group) and
/// requires an authentication strength without blocking. Microsoft's emergency-access page
/// asks for exactly such a policy.
fn dedicated(t: &Tenant, p: &Policy, user: &str) -> bool {
    let u = p.users();
    let named = u.include_users.iter().any(|x| x == user)
        || u.include_groups
            .iter()
            .any(|g| t.in_group(g, user) == Some(true));
    named && p.requires_strength() && !p.blocks()
}

fn ca_excluded(t: &Tenant) -> Check {
    let policies = t.export.policies.as_deref().unwrap_or(&[]);
    if t.emergency.is_empty() {
        return each(t, |_| None);
    }
    let mut findings = Vec::new();
    for id in &t.emergency {
        for p in policies.iter().filter(|p| p.active()) {
            if !includes(t, p, id) || excludes(t, p, id) || dedicated(t, p, id) {
                continue;
            }
            let state = if p.enforced() {
                "enabled"
            } else {
                "report-only"
            };
            let unknown_groups = p
                .users()
                .exclude_groups
                .iter()
                .any(|g| t.in_group(g, id).is_none());
            let detail = if unknown_groups {
                format!(
                    "an {state} policy applies to this account and does not exclude it by user or \
                     role; it excludes groups whose members are not in ca-groups.json"
                )
            } else {
                format!("an {state} policy applies to this account and does not exclude it")
            };
            findings.push(Finding::new(t.subject(id), detail).with(policy_subject(p)));
        }
    }
    Check::from(findings)
}

/// A policy as a subject.
pub(super) fn policy_subject(p: &Policy) -> Subject {
    Subject {
        kind: "policy",
        name: p
            .display_name
            .clone()
            .unwrap_or_else(|| "(unnamed policy)".to_string()),
        id: p.id.clone(),
        upn: None,
    }
}
