//! Rules about who holds Global Administrator and what kind of account each admin is.

use super::{
    B2B_PROPERTIES, Check, EMERGENCY_ACCESS, Finding, Fix, RBAC_BEST_PRACTICES, RESILIENT, Rule,
    Severity, Subject,
};
use crate::audit::files::FileKind;
use crate::audit::tenant::Tenant;

/// The rules of this group.
pub const RULES: &[&Rule] = &[&GA_TWO, &GA_FEW, &ADMIN_EXTERNAL, &ADMIN_SYNCED];

static GA_TWO: Rule = Rule {
    id: "ga-two-permanent",
    title: "At least two permanent Global Administrators",
    severity: Severity::Critical,
    needs: &[FileKind::RoleAssignments],
    sources: &[RBAC_BEST_PRACTICES, EMERGENCY_ACCESS],
    fixes: &[
        Fix::Item("admin-hardening", "second-admin"),
        Fix::Outcome("prevent-emergency-accounts"),
    ],
    check: ga_two,
};

static GA_FEW: Rule = Rule {
    id: "ga-fewer-than-five",
    title: "Fewer than five Global Administrators",
    severity: Severity::Medium,
    needs: &[FileKind::RoleAssignments],
    sources: &[RBAC_BEST_PRACTICES],
    fixes: &[Fix::Item("admin-hardening", "least-privilege")],
    check: ga_few,
};

static ADMIN_EXTERNAL: Rule = Rule {
    id: "admin-not-external",
    title: "No admin signs in with an external (#EXT#) account only",
    severity: Severity::High,
    needs: &[FileKind::RoleAssignments],
    sources: &[B2B_PROPERTIES, RBAC_BEST_PRACTICES],
    fixes: &[
        Fix::Outcome("prevent-personal-tenant"),
        Fix::Item("personal-tenant", "native-admin"),
    ],
    check: admin_external,
};

static ADMIN_SYNCED: Rule = Rule {
    id: "admin-cloud-only",
    title: "No admin account is synced from on-premises",
    severity: Severity::Medium,
    needs: &[FileKind::RoleAssignments, FileKind::Users],
    sources: &[RBAC_BEST_PRACTICES, RESILIENT],
    fixes: &[
        Fix::Outcome("prevent-emergency-accounts"),
        Fix::Checklist("federation-resilience"),
    ],
    check: admin_synced,
};

/// Permanent, enabled Global Administrators (disabled accounts cannot sign in).
fn permanent_gas(t: &Tenant) -> Vec<String> {
    t.admins
        .values()
        .filter(|a| a.permanent_ga)
        .filter(|a| {
            t.user(&a.id)
                .is_none_or(|u| u.account_enabled != Some(false))
        })
        .map(|a| a.id.clone())
        .collect()
}

fn ga_two(t: &Tenant) -> Check {
    let permanent = permanent_gas(t);
    if permanent.len() >= 2 {
        return Check::Pass;
    }
    let mut findings = vec![Finding::new(
        Subject::tenant(),
        format!(
            "{} permanent, enabled Global Administrator(s); at least two are needed so one \
             can reset the other",
            permanent.len()
        ),
    )];
    for id in &permanent {
        findings.push(Finding::new(
            t.subject(id),
            "the only permanent Global Administrator: if this account is locked out, nobody \
             in the tenant can reset it",
        ));
    }
    for a in t.admins.values().filter(|a| a.any_ga() && !a.permanent_ga) {
        let why = if a.ending_ga {
            "holds Global Administrator through an assignment that ends (PIM activation or time-bound)"
        } else if t
            .user(&a.id)
            .is_some_and(|u| u.account_enabled == Some(false))
        {
            "holds Global Administrator but the account is disabled"
        } else {
            "is only eligible for Global Administrator (PIM): activation needs a working sign-in"
        };
        findings.push(Finding::new(t.subject(&a.id), why));
    }
    Check::Fail(findings)
}

fn ga_few(t: &Tenant) -> Check {
    let gas: Vec<&String> = t
        .admins
        .values()
        .filter(|a| a.any_ga())
        .map(|a| &a.id)
        .collect();
    if gas.len() < 5 {
        return Check::Pass;
    }
    let mut findings = vec![Finding::new(
        Subject::tenant(),
        format!(
            "{} accounts hold or can activate Global Administrator; Microsoft advises fewer than five",
            gas.len()
        ),
    )];
    findings.extend(
        gas.into_iter()
            .map(|id| Finding::new(t.subject(id), "holds or can activate Global Administrator")),
    );
    Check::Fail(findings)
}

fn admin_external(t: &Tenant) -> Check {
    let findings = t
        .admin_ids()
        .iter()
        .filter(|id| t.is_external(id))
        .map(|id| {
            let what = if t.is_ga(id) {
                "a Global Administrator that is an external (#EXT#) account: its sign-in depends on \
                 another directory or a personal Microsoft account, and in this tenant it can use \
                 only Authenticator push, software OATH codes, SMS or voice"
            } else {
                "an admin that is an external (#EXT#) account: its sign-in depends on another \
                 directory or a personal Microsoft account"
            };
            Finding::new(t.subject(id), what)
        })
        .collect();
    Check::from(findings)
}

fn admin_synced(t: &Tenant) -> Check {
    let findings = t
        .admin_ids()
        .iter()
        .filter(|id| {
            t.user(id)
                .is_some_and(|u| u.on_premises_sync_enabled == Some(true))
        })
        .map(|id| {
            Finding::new(
                t.subject(id),
                "an admin synced from on-premises Active Directory: an on-premises outage or \
                 compromise reaches this role; use a cloud-only account",
            )
        })
        .collect();
    Check::from(findings)
}
