//! The rules: each has an id, a title, a severity, the files it needs, the Microsoft pages
//! it rests on and the playbook outcome or checklist item that fixes it. One file per
//! group: roles, emergency accounts (and their Conditional Access exclusion), methods,
//! policies.

mod emergency;
mod exclusion;
mod methods;
mod policies;
mod roles;

use super::files::FileKind;
use super::tenant::Tenant;

/// How bad a failing rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A lockout waiting to happen, or no way back after one.
    Critical,
    /// Makes a lockout likely or recovery slow.
    High,
    /// Weakens the way back in.
    Medium,
    /// Worth fixing.
    Low,
}

impl Severity {
    /// The word shown in reports.
    pub fn label(self) -> &'static str {
        match self {
            Self::Critical => "critical",
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
        }
    }
}

/// Where in the built-in playbook a fix is described.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// A prevention (or recovery) outcome, by node id.
    Outcome(&'static str),
    /// One item of a checklist: (checklist id, item id).
    Item(&'static str, &'static str),
    /// A whole checklist.
    Checklist(&'static str),
}

impl Fix {
    /// The reference as the playbook writes it: `outcome`, `checklist/item` or `checklist`.
    pub fn reference(self) -> String {
        match self {
            Self::Outcome(id) | Self::Checklist(id) => id.to_string(),
            Self::Item(c, i) => format!("{c}/{i}"),
        }
    }

    /// How to open it: a `walk`-free pointer a person can follow.
    pub fn label(self) -> String {
        match self {
            Self::Outcome(id) => format!("outcome {id}"),
            Self::Item(c, i) => format!("checklist item {c}/{i}"),
            Self::Checklist(id) => format!("checklist {id}"),
        }
    }
}

/// A Microsoft page a rule rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Its title.
    pub title: &'static str,
    /// Its address.
    pub url: &'static str,
}

/// Manage emergency access accounts (Microsoft Learn).
pub const EMERGENCY_ACCESS: Source = Source {
    title: "Manage emergency access admin accounts in Microsoft Entra ID",
    url: "https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/security-emergency-access",
};
/// RBAC best practices.
pub const RBAC_BEST_PRACTICES: Source = Source {
    title: "Best practices for Microsoft Entra roles",
    url: "https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/best-practices",
};
/// SMS and voice retirement.
pub const SMS_RETIREMENT: Source = Source {
    title: "Passkeys by default and retirement of Microsoft-provided SMS and voice authentication",
    url: "https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sms-voice-retirement",
};
/// SMS and voice retirement FAQ.
pub const SMS_FAQ: Source = Source {
    title: "SMS and voice retirement FAQ (dated 2026-09-23)",
    url: "https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sms-voice-retirement-faq",
};
/// Mandatory MFA.
pub const MANDATORY_MFA: Source = Source {
    title: "Planning for mandatory multifactor authentication for Azure and other admin portals",
    url: "https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mandatory-multifactor-authentication",
};
/// Temporary Access Pass.
pub const TAP: Source = Source {
    title: "Configure Temporary Access Pass to register passwordless authentication methods",
    url: "https://learn.microsoft.com/en-us/entra/identity/authentication/howto-authentication-temporary-access-pass",
};
/// Security defaults.
pub const SECURITY_DEFAULTS: Source = Source {
    title: "Security defaults in Microsoft Entra ID",
    url: "https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults",
};
/// Resilient access controls.
pub const RESILIENT: Source = Source {
    title: "Create a resilient access control management strategy with Microsoft Entra ID",
    url: "https://learn.microsoft.com/en-us/entra/identity/authentication/concept-resilient-controls",
};
/// Conditional Access planning.
pub const CA_PLAN: Source = Source {
    title: "Plan a Microsoft Entra Conditional Access deployment",
    url: "https://learn.microsoft.com/en-us/entra/identity/conditional-access/plan-conditional-access",
};
/// B2B user properties.
pub const B2B_PROPERTIES: Source = Source {
    title: "Properties of a Microsoft Entra B2B collaboration user",
    url: "https://learn.microsoft.com/en-us/entra/external-id/user-properties",
};
/// Authentication methods policy.
pub const METHODS_POLICY: Source = Source {
    title: "Manage authentication methods for Microsoft Entra ID",
    url: "https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-methods-manage",
};

/// What a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Subject {
    /// `user`, `policy`, `group`, `method` or `tenant`.
    pub kind: &'static str,
    /// Its display name.
    pub name: String,
    /// Its object id (or method id).
    pub id: String,
    /// A user's sign-in name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upn: Option<String>,
}

impl Subject {
    /// A subject that is the tenant as a whole.
    pub fn tenant() -> Self {
        Self {
            kind: "tenant",
            name: "the tenant".to_string(),
            id: String::new(),
            upn: None,
        }
    }
}

/// One piece of evidence that a rule fails.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// What it is about.
    pub subject: Subject,
    /// What is wrong, in our words (no names or ids: those are in the subjects).
    pub detail: String,
    /// Other objects involved (the policy that catches an account, ...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Subject>,
}

impl Finding {
    /// A finding about `subject`.
    pub fn new(subject: Subject, detail: impl Into<String>) -> Self {
        Self {
            subject,
            detail: detail.into(),
            related: Vec::new(),
        }
    }

    /// The same, with a related object.
    #[must_use]
    pub fn with(mut self, related: Subject) -> Self {
        self.related.push(related);
        self
    }
}

/// What a rule's check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Nothing wrong.
    Pass,
    /// Something wrong, with the evidence.
    Fail(Vec<Finding>),
    /// The rule does not apply (no emergency accounts to check, ...).
    NotApplicable(String),
}

impl Check {
    /// `Pass` if there are no findings.
    pub fn from(findings: Vec<Finding>) -> Self {
        if findings.is_empty() {
            Self::Pass
        } else {
            Self::Fail(findings)
        }
    }
}

/// One rule.
#[derive(Debug)]
pub struct Rule {
    /// Stable id.
    pub id: &'static str,
    /// What it checks, as a statement that should be true.
    pub title: &'static str,
    /// How bad a failure is.
    pub severity: Severity,
    /// The files it cannot run without.
    pub needs: &'static [FileKind],
    /// Microsoft pages it rests on.
    pub sources: &'static [Source],
    /// Where the fix is described in the built-in playbook.
    pub fixes: &'static [Fix],
    /// The check.
    pub check: fn(&Tenant) -> Check,
}

/// Every rule, in report order within a severity.
pub fn all() -> Vec<&'static Rule> {
    let mut out: Vec<&'static Rule> = Vec::new();
    out.extend(roles::RULES);
    out.extend(emergency::RULES);
    out.extend(methods::RULES);
    out.extend(policies::RULES);
    out
}
