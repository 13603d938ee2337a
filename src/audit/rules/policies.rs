//! Rules about tenant-wide policies: no Conditional Access policy that blocks everyone (or
//! every admin) with nobody excluded, and some MFA protection on (security defaults or
//! Conditional Access).

use super::exclusion::policy_subject;
use super::{
    CA_PLAN, Check, EMERGENCY_ACCESS, Finding, Fix, MANDATORY_MFA, Rule, SECURITY_DEFAULTS,
    Severity, Subject,
};
use crate::audit::files::FileKind;
use crate::audit::model::Policy;
use crate::audit::tenant::GLOBAL_ADMIN;

/// The rules of this group.
pub const RULES: &[&Rule] = &[&NO_BLOCK_ALL, &PROTECTION_ON];

static NO_BLOCK_ALL: Rule = Rule {
    id: "ca-no-unexcluded-block",
    title: "No Conditional Access policy blocks all users or all admins with nobody excluded",
    severity: Severity::Critical,
    needs: &[FileKind::Policies],
    sources: &[CA_PLAN, EMERGENCY_ACCESS],
    fixes: &[
        Fix::Outcome("ca-fix-with-emergency-account"),
        Fix::Item("conditional-access-safety", "report-only"),
        Fix::Item("conditional-access-safety", "exclude-emergency"),
    ],
    check: no_block_all,
};

static PROTECTION_ON: Rule = Rule {
    id: "mfa-protection-on",
    title: "Security defaults or Conditional Access are on",
    severity: Severity::High,
    needs: &[FileKind::SecurityDefaults, FileKind::Policies],
    sources: &[SECURITY_DEFAULTS, MANDATORY_MFA],
    fixes: &[
        Fix::Outcome("prevent-mandatory-mfa"),
        Fix::Checklist("conditional-access-safety"),
    ],
    check: protection_on,
};

/// Whether a policy targets every user, or the Global Administrator role.
fn targets_everyone_or_admins(p: &Policy) -> Option<&'static str> {
    let u = p.users();
    if u.include_users.iter().any(|x| x == "All") {
        Some("all users")
    } else if u.include_roles.iter().any(|r| r == GLOBAL_ADMIN) {
        Some("Global Administrators")
    } else {
        None
    }
}

fn no_block_all(t: &crate::audit::tenant::Tenant) -> Check {
    let policies = t.export.policies.as_deref().unwrap_or(&[]);
    let findings = policies
        .iter()
        .filter(|p| p.active() && p.blocks())
        .filter_map(|p| {
            let who = targets_everyone_or_admins(p)?;
            let u = p.users();
            let excluded = u.exclude_users.iter().any(|x| x != "GuestsOrExternalUsers")
                || !u.exclude_groups.is_empty()
                || !u.exclude_roles.is_empty();
            if excluded {
                return None;
            }
            let detail = if p.enforced() {
                format!(
                    "an enabled policy blocks {who} and excludes nobody: whoever it matches \
                     (including every admin) is locked out"
                )
            } else {
                format!(
                    "a report-only policy blocks {who} and excludes nobody: switching it on \
                     would lock out whoever it matches"
                )
            };
            Some(Finding::new(policy_subject(p), detail))
        })
        .collect();
    Check::from(findings)
}

fn protection_on(t: &crate::audit::tenant::Tenant) -> Check {
    let defaults = t
        .export
        .security_defaults
        .as_ref()
        .and_then(|s| s.is_enabled)
        .unwrap_or(false);
    let enforced = t
        .export
        .policies
        .iter()
        .flatten()
        .filter(|p| p.enforced())
        .count();
    if defaults || enforced > 0 {
        return Check::Pass;
    }
    Check::Fail(vec![Finding::new(
        Subject::tenant(),
        "security defaults are off and no Conditional Access policy is enabled: nothing in the \
         tenant requires MFA beyond Microsoft's mandatory MFA for admin portals",
    )])
}
