//! Rules about admins' sign-in methods: two of them, not only phone-based, registered for
//! MFA, not switched off by the authentication methods policy, and a Temporary Access Pass
//! to fall back on.

use super::{
    Check, Finding, Fix, MANDATORY_MFA, METHODS_POLICY, RESILIENT, Rule, SECURITY_DEFAULTS,
    SMS_FAQ, SMS_RETIREMENT, Severity, Subject, TAP,
};
use crate::audit::files::FileKind;
use crate::audit::model::MethodConfig;
use crate::audit::tenant::Tenant;

/// The rules of this group.
pub const RULES: &[&Rule] = &[
    &MFA_REGISTERED,
    &TWO_METHODS,
    &SMS_VOICE_ONLY,
    &DISABLED_BY_POLICY,
    &TAP_ENABLED,
];

static MFA_REGISTERED: Rule = Rule {
    id: "admin-mfa-registered",
    title: "Every admin is registered for MFA (mandatory MFA for admin portals)",
    severity: Severity::Critical,
    needs: &[FileKind::RoleAssignments, FileKind::Registrations],
    sources: &[MANDATORY_MFA, SECURITY_DEFAULTS],
    fixes: &[
        Fix::Outcome("prevent-mandatory-mfa"),
        Fix::Item("back-in", "register-new"),
    ],
    check: mfa_registered,
};

static TWO_METHODS: Rule = Rule {
    id: "admin-two-methods",
    title: "Every admin has two sign-in methods, at least one not phone-based",
    severity: Severity::High,
    needs: &[FileKind::RoleAssignments, FileKind::Registrations],
    sources: &[RESILIENT],
    fixes: &[
        Fix::Item("back-in", "second-method"),
        Fix::Outcome("prevent-phone-change"),
    ],
    check: two_methods,
};

static SMS_VOICE_ONLY: Rule = Rule {
    id: "admin-not-sms-voice-only",
    title: "No admin relies on SMS or voice alone (Microsoft-provided SMS and voice retire in 2027)",
    severity: Severity::High,
    needs: &[FileKind::RoleAssignments, FileKind::Registrations],
    sources: &[SMS_RETIREMENT, SMS_FAQ],
    fixes: &[
        Fix::Item("admin-hardening", "no-sms-voice"),
        Fix::Outcome("prevent-mandatory-mfa"),
    ],
    check: sms_voice_only,
};

static DISABLED_BY_POLICY: Rule = Rule {
    id: "admin-methods-allowed",
    title: "Admins' registered methods are not switched off in the authentication methods policy",
    severity: Severity::High,
    needs: &[
        FileKind::RoleAssignments,
        FileKind::Registrations,
        FileKind::MethodsPolicy,
    ],
    sources: &[METHODS_POLICY, SECURITY_DEFAULTS],
    fixes: &[
        Fix::Item("admin-hardening", "methods-policy"),
        Fix::Item("back-in", "second-method"),
    ],
    check: disabled_by_policy,
};

static TAP_ENABLED: Rule = Rule {
    id: "tap-enabled",
    title: "Temporary Access Pass is enabled, so an admin can let a locked-out person back in",
    severity: Severity::Medium,
    needs: &[FileKind::MethodsPolicy],
    sources: &[TAP],
    fixes: &[Fix::Item("admin-hardening", "enable-tap")],
    check: tap_enabled,
};

/// Registered "methods" that are not ways to sign in (SSPR-only, or a TAP).
const NOT_SIGN_IN: &[&str] = &[
    "email",
    "securityQuestion",
    "temporaryAccessPass",
    "appPassword",
];

/// Phone-based methods.
const PHONE: &[&str] = &["mobilePhone", "alternateMobilePhone", "officePhone"];

/// An admin's sign-in methods (SSPR-only entries dropped).
fn sign_in_methods<'a>(t: &Tenant<'a>, id: &str) -> Option<Vec<&'a str>> {
    t.registration(id).map(|r| {
        r.methods_registered
            .iter()
            .map(String::as_str)
            .filter(|m| !NOT_SIGN_IN.contains(m))
            .collect()
    })
}

fn listed(methods: &[&str]) -> String {
    if methods.is_empty() {
        "none".to_string()
    } else {
        methods.join(", ")
    }
}

fn mfa_registered(t: &Tenant) -> Check {
    let findings = t
        .admin_ids()
        .iter()
        .filter_map(|id| match t.registration(id) {
            None => Some(Finding::new(
                t.subject(id),
                "no registration details for this admin in the export",
            )),
            Some(r) if r.is_mfa_registered == Some(false) => Some(Finding::new(
                t.subject(id),
                "not registered for MFA: the admin portals require MFA of every admin, so the \
                 next sign-in will demand registration (or fail)",
            )),
            Some(_) => None,
        })
        .collect();
    Check::from(findings)
}

fn two_methods(t: &Tenant) -> Check {
    let findings = t
        .admin_ids()
        .iter()
        .filter_map(|id| {
            let methods = sign_in_methods(t, id)?;
            let non_phone = methods.iter().filter(|m| !PHONE.contains(m)).count();
            if methods.len() >= 2 && non_phone >= 1 {
                return None;
            }
            let detail = if methods.len() < 2 {
                format!(
                    "{} sign-in method(s) registered ({}): losing one device locks this admin out",
                    methods.len(),
                    listed(&methods)
                )
            } else {
                format!(
                    "every registered method is phone-based ({}): one lost phone number locks \
                     this admin out",
                    listed(&methods)
                )
            };
            Some(Finding::new(t.subject(id), detail))
        })
        .collect();
    Check::from(findings)
}

fn sms_voice_only(t: &Tenant) -> Check {
    let findings = t
        .admin_ids()
        .iter()
        .filter_map(|id| {
            let methods = sign_in_methods(t, id)?;
            if methods.is_empty() || methods.iter().any(|m| !PHONE.contains(m)) {
                return None;
            }
            let date = if t.is_ga(id) || t.is_external(id) {
                "2027-07-01 (the later date for Global Administrators and external users, per \
                 Microsoft's FAQ of 2026-09-23)"
            } else {
                "2027-02-01"
            };
            Some(Finding::new(
                t.subject(id),
                format!(
                    "only SMS or voice registered ({}): from {date} Microsoft-provided SMS and \
                     voice retire and this admin gets a blocking passkey-registration prompt at \
                     sign-in",
                    listed(&methods)
                ),
            ))
        })
        .collect();
    Check::from(findings)
}

/// The policy configurations a registered method depends on: it is off only when all are.
fn configs_for(method: &str) -> &'static [&'static str] {
    match method {
        "mobilePhone" | "alternateMobilePhone" => &["Sms", "Voice"],
        "officePhone" => &["Voice"],
        "microsoftAuthenticatorPush" | "microsoftAuthenticatorPasswordless" => {
            &["MicrosoftAuthenticator"]
        }
        "softwareOneTimePasscode" => &["SoftwareOath", "MicrosoftAuthenticator"],
        "hardwareOneTimePasscode" => &["HardwareOath"],
        "fido2SecurityKey"
        | "passKeyDeviceBound"
        | "passKeyDeviceBoundAuthenticator"
        | "passKeyDeviceBoundWindowsHello" => &["Fido2"],
        _ => &[],
    }
}

fn disabled_by_policy(t: &Tenant) -> Check {
    let configs: &[MethodConfig] = t
        .export
        .methods_policy
        .as_ref()
        .map(|p| p.authentication_method_configurations.as_slice())
        .unwrap_or_default();
    let state = |id: &str| configs.iter().find(|c| c.id.eq_ignore_ascii_case(id));
    let findings = t
        .admin_ids()
        .iter()
        .filter_map(|id| {
            let methods = sign_in_methods(t, id)?;
            let off: Vec<&str> = methods
                .iter()
                .copied()
                .filter(|m| {
                    let needs = configs_for(m);
                    let known: Vec<&MethodConfig> = needs.iter().filter_map(|c| state(c)).collect();
                    !needs.is_empty()
                        && known.len() == needs.len()
                        && known.iter().all(|c| !c.enabled())
                })
                .collect();
            if off.is_empty() {
                return None;
            }
            let usable = methods.len() - off.len();
            Some(Finding::new(
                t.subject(id),
                format!(
                    "registered but switched off in the authentication methods policy: {} \
                     ({usable} registered method(s) still usable)",
                    off.join(", ")
                ),
            ))
        })
        .collect();
    Check::from(findings)
}

fn tap_enabled(t: &Tenant) -> Check {
    let tap = t.export.methods_policy.as_ref().and_then(|p| {
        p.authentication_method_configurations
            .iter()
            .find(|c| c.id.eq_ignore_ascii_case("TemporaryAccessPass"))
    });
    let subject = Subject {
        kind: "method",
        name: "Temporary Access Pass".to_string(),
        id: "TemporaryAccessPass".to_string(),
        upn: None,
    };
    match tap {
        Some(c) if c.enabled() && !c.include_targets.is_empty() => Check::Pass,
        Some(c) if c.enabled() => Check::Fail(vec![Finding::new(
            subject,
            "enabled, but for nobody (no include target)",
        )]),
        Some(_) => Check::Fail(vec![Finding::new(
            subject,
            "disabled: a locked-out admin cannot be given a one-time pass to register new methods",
        )]),
        None => Check::Fail(vec![Finding::new(
            subject,
            "not configured in the authentication methods policy",
        )]),
    }
}
