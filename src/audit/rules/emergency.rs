//! Rules about the emergency-access (break-glass) accounts: at least two, cloud-only, on
//! the `onmicrosoft.com` domain, enabled, permanent Global Administrators, outside every
//! Conditional Access policy that could lock them out, with a phishing-resistant method.

use super::{Check, EMERGENCY_ACCESS, Finding, Fix, MANDATORY_MFA, Rule, Severity, Subject};
use crate::audit::files::FileKind;
use crate::audit::tenant::{Admin, Tenant};

/// The rules of this group.
pub const RULES: &[&Rule] = &[
    &COUNT,
    &CLOUD_ONLY,
    &ONMICROSOFT,
    &ENABLED,
    &PERMANENT_GA,
    &super::exclusion::CA_EXCLUDED,
    &PHISHING_RESISTANT,
];

static COUNT: Rule = Rule {
    id: "emergency-two-accounts",
    title: "At least two emergency-access accounts",
    severity: Severity::Critical,
    needs: &[FileKind::Users],
    sources: &[EMERGENCY_ACCESS],
    fixes: &[
        Fix::Outcome("prevent-emergency-accounts"),
        Fix::Item("admin-hardening", "emergency-accounts"),
    ],
    check: count,
};

static CLOUD_ONLY: Rule = Rule {
    id: "emergency-cloud-only",
    title: "Emergency accounts are cloud-only (not synced, not federated)",
    severity: Severity::High,
    needs: &[FileKind::Users],
    sources: &[EMERGENCY_ACCESS],
    fixes: &[Fix::Item("federation-resilience", "cloud-only-emergency")],
    check: cloud_only,
};

static ONMICROSOFT: Rule = Rule {
    id: "emergency-onmicrosoft-domain",
    title: "Emergency accounts sign in on the tenant's onmicrosoft.com domain",
    severity: Severity::Medium,
    needs: &[FileKind::Users],
    sources: &[EMERGENCY_ACCESS],
    fixes: &[Fix::Item("admin-hardening", "emergency-accounts")],
    check: onmicrosoft,
};

static ENABLED: Rule = Rule {
    id: "emergency-enabled",
    title: "Emergency accounts are enabled",
    severity: Severity::Critical,
    needs: &[FileKind::Users],
    sources: &[EMERGENCY_ACCESS],
    fixes: &[
        Fix::Item("admin-hardening", "emergency-accounts"),
        Fix::Item("admin-hardening", "monitor-and-drill"),
    ],
    check: enabled,
};

static PERMANENT_GA: Rule = Rule {
    id: "emergency-permanent-ga",
    title: "Emergency accounts are permanent Global Administrators (not PIM-eligible)",
    severity: Severity::Critical,
    needs: &[FileKind::Users, FileKind::RoleAssignments],
    sources: &[EMERGENCY_ACCESS],
    fixes: &[
        Fix::Item("admin-hardening", "emergency-accounts"),
        Fix::Outcome("prevent-emergency-accounts"),
    ],
    check: permanent_ga,
};

static PHISHING_RESISTANT: Rule = Rule {
    id: "emergency-phishing-resistant",
    title: "Emergency accounts have a phishing-resistant method (passkey / FIDO2) registered",
    severity: Severity::High,
    needs: &[FileKind::Users, FileKind::Registrations],
    sources: &[EMERGENCY_ACCESS, MANDATORY_MFA],
    fixes: &[
        Fix::Item("admin-hardening", "emergency-accounts"),
        Fix::Outcome("prevent-mandatory-mfa"),
    ],
    check: phishing_resistant,
};

/// `Check::NotApplicable` when no emergency account was found, else `f` over each.
pub(super) fn each(t: &Tenant, f: impl Fn(&str) -> Option<Finding>) -> Check {
    if t.emergency.is_empty() {
        return Check::NotApplicable(
            "no emergency account was named or found (see emergency-two-accounts)".to_string(),
        );
    }
    Check::from(t.emergency.iter().filter_map(|id| f(id)).collect())
}

fn count(t: &Tenant) -> Check {
    let mut findings = Vec::new();
    if t.emergency.len() < 2 {
        let how = match &t.found {
            Some(crate::audit::emergency::Found::Named(origin)) => {
                format!("named in {origin}")
            }
            Some(crate::audit::emergency::Found::Guessed) => {
                "guessed from names containing \"breakglass\" or \"emergency\"".to_string()
            }
            None => "none named in emergency-accounts.yaml, and no account's name contains \
                     \"breakglass\" or \"emergency\""
                .to_string(),
        };
        findings.push(Finding::new(
            Subject::tenant(),
            format!(
                "{} emergency-access account(s) found ({how}); Microsoft advises two or more",
                t.emergency.len()
            ),
        ));
    }
    for entry in &t.unmatched {
        findings.push(Finding::new(
            Subject {
                kind: "user",
                name: "(named, but not in users.json)".to_string(),
                id: entry.clone(),
                upn: None,
            },
            "listed as an emergency account but no user in the export has this id or sign-in name",
        ));
    }
    Check::from(findings)
}

fn cloud_only(t: &Tenant) -> Check {
    let federated: Vec<&str> = t
        .export
        .domains
        .iter()
        .flatten()
        .filter(|d| d.authentication_type.as_deref() == Some("Federated"))
        .map(|d| d.id.as_str())
        .collect();
    each(t, |id| {
        let u = t.user(id)?;
        if u.on_premises_sync_enabled == Some(true) {
            return Some(Finding::new(
                t.subject(id),
                "synced from on-premises Active Directory",
            ));
        }
        let domain = u.user_principal_name.as_deref()?.rsplit_once('@')?.1;
        federated
            .iter()
            .any(|d| d.eq_ignore_ascii_case(domain))
            .then(|| Finding::new(t.subject(id), "signs in on a federated domain"))
    })
}

fn onmicrosoft(t: &Tenant) -> Check {
    let initial: Vec<&str> = t
        .export
        .domains
        .iter()
        .flatten()
        .filter(|d| d.id.to_ascii_lowercase().ends_with(".onmicrosoft.com"))
        .map(|d| d.id.as_str())
        .collect();
    each(t, |id| {
        let upn = t.upn(id)?;
        let domain = upn
            .rsplit_once('@')
            .map_or("", |(_, d)| d)
            .to_ascii_lowercase();
        let ok = domain.ends_with(".onmicrosoft.com")
            && (initial.is_empty() || initial.iter().any(|d| d.eq_ignore_ascii_case(&domain)));
        (!ok || upn.to_ascii_uppercase().contains("#EXT#")).then(|| {
            Finding::new(
                t.subject(id),
                "its sign-in name is not on the tenant's own onmicrosoft domain, so it depends on \
                 a custom domain (or another directory) staying healthy",
            )
        })
    })
}

fn enabled(t: &Tenant) -> Check {
    each(t, |id| {
        (t.user(id)?.account_enabled == Some(false))
            .then(|| Finding::new(t.subject(id), "the account is disabled: it cannot sign in"))
    })
}

fn permanent_ga(t: &Tenant) -> Check {
    each(t, |id| {
        let admin = t.admins.get(id);
        let why = match admin {
            Some(Admin {
                permanent_ga: true, ..
            }) => return None,
            Some(a) if a.ending_ga => "holds Global Administrator only until its assignment ends",
            Some(a) if a.any_ga() => {
                "is only eligible for Global Administrator: activating it needs PIM, and PIM may need an approver"
            }
            _ => "does not hold Global Administrator",
        };
        Some(Finding::new(t.subject(id), why))
    })
}

/// Methods Microsoft counts as phishing-resistant, as `userRegistrationDetails` names them.
pub const PHISHING_RESISTANT_METHODS: &[&str] = &[
    "fido2SecurityKey",
    "passKeyDeviceBound",
    "passKeyDeviceBoundAuthenticator",
    "passKeyDeviceBoundWindowsHello",
    "windowsHelloForBusiness",
    "macOsSecureEnclaveKey",
];

fn phishing_resistant(t: &Tenant) -> Check {
    each(t, |id| {
        let methods = t
            .registration(id)
            .map(|r| r.methods_registered.as_slice())
            .unwrap_or_default();
        let ok = methods
            .iter()
            .any(|m| PHISHING_RESISTANT_METHODS.contains(&m.as_str()));
        (!ok).then(|| {
            Finding::new(
                t.subject(id),
                format!(
                    "no passkey, FIDO2 key or Windows Hello registered (registered: {}); \
                     certificate-based authentication does not show in this report, so check it \
                     by hand if you use it",
                    if methods.is_empty() {
                        "nothing".to_string()
                    } else {
                        methods.join(", ")
                    }
                ),
            )
        })
    })
}
