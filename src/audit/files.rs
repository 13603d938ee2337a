//! The export's files: one per Microsoft Graph endpoint, with the endpoint, the
//! least-privilege permission that reads it and why the audit needs it. The export
//! commands, the reader and the "skipped because missing" messages all use this table.

/// One file of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportFile {
    /// Which file.
    pub kind: FileKind,
    /// Its name in the export folder.
    pub name: &'static str,
    /// The Graph v1.0 request that produces it (relative to `https://graph.microsoft.com/v1.0`).
    pub endpoint: &'static str,
    /// The least-privileged delegated permission that reads it.
    pub scope: &'static str,
    /// Why the audit reads it.
    pub why: &'static str,
    /// Whether it is one object (`true`) or a collection of pages (`false`).
    pub single: bool,
}

/// The files an export may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKind {
    /// When the export ran.
    Info,
    /// Users with the few properties the rules read.
    Users,
    /// Active directory role assignments with their principals.
    RoleAssignments,
    /// PIM assignment schedules (which active assignments end).
    RoleAssignmentSchedules,
    /// PIM eligible role assignments.
    RoleEligibility,
    /// Registered authentication methods per user.
    Registrations,
    /// Conditional Access policies.
    Policies,
    /// Groups named in Conditional Access policies, with their members.
    Groups,
    /// The authentication methods policy.
    MethodsPolicy,
    /// Security defaults.
    SecurityDefaults,
    /// The tenant's domains.
    Domains,
}

/// Every file, in the order the export commands fetch them.
pub const FILES: &[ExportFile] = &[
    ExportFile {
        kind: FileKind::Users,
        name: "users.json",
        endpoint: "/users?$select=id,displayName,userPrincipalName,accountEnabled,onPremisesSyncEnabled,userType&$top=999",
        scope: "User.Read.All",
        why: "finds emergency accounts and tells cloud-only, enabled and external (#EXT#) accounts apart",
        single: false,
    },
    ExportFile {
        kind: FileKind::RoleAssignments,
        name: "role-assignments.json",
        endpoint: "/roleManagement/directory/roleAssignments?$expand=principal",
        scope: "RoleManagement.Read.Directory",
        why: "who holds Global Administrator and the other directory roles right now",
        single: false,
    },
    ExportFile {
        kind: FileKind::RoleAssignmentSchedules,
        name: "role-assignment-schedules.json",
        endpoint: "/roleManagement/directory/roleAssignmentSchedules",
        scope: "RoleAssignmentSchedule.Read.Directory",
        why: "tells permanent assignments from PIM activations that end (needs Entra ID P2; optional)",
        single: false,
    },
    ExportFile {
        kind: FileKind::RoleEligibility,
        name: "role-eligibility.json",
        endpoint: "/roleManagement/directory/roleEligibilitySchedules?$expand=principal",
        scope: "RoleEligibilitySchedule.Read.Directory",
        why: "admins who can activate a role in PIM (needs Entra ID P2; optional)",
        single: false,
    },
    ExportFile {
        kind: FileKind::Registrations,
        name: "registration-details.json",
        endpoint: "/reports/authenticationMethods/userRegistrationDetails",
        scope: "AuditLog.Read.All",
        why: "which sign-in methods each admin has registered",
        single: false,
    },
    ExportFile {
        kind: FileKind::Policies,
        name: "conditional-access-policies.json",
        endpoint: "/identity/conditionalAccess/policies",
        scope: "Policy.Read.All",
        why: "which policies could block the emergency accounts or every admin",
        single: false,
    },
    ExportFile {
        kind: FileKind::Groups,
        name: "ca-groups.json",
        endpoint: "/groups/{id}/transitiveMembers?$select=id (for each group a policy names)",
        scope: "GroupMember.Read.All",
        why: "whether an emergency account is excluded from (or included in) a policy through a group",
        single: false,
    },
    ExportFile {
        kind: FileKind::MethodsPolicy,
        name: "authentication-methods-policy.json",
        endpoint: "/policies/authenticationMethodsPolicy",
        scope: "Policy.Read.All",
        why: "which methods are switched off, and whether Temporary Access Pass is on",
        single: true,
    },
    ExportFile {
        kind: FileKind::SecurityDefaults,
        name: "security-defaults.json",
        endpoint: "/policies/identitySecurityDefaultsEnforcementPolicy",
        scope: "Policy.Read.All",
        why: "whether security defaults are on when no Conditional Access policy is",
        single: true,
    },
    ExportFile {
        kind: FileKind::Domains,
        name: "domains.json",
        endpoint: "/domains",
        scope: "Domain.Read.All",
        why: "which domain is the initial onmicrosoft.com one, and which are federated",
        single: false,
    },
    ExportFile {
        kind: FileKind::Info,
        name: "export-info.json",
        endpoint: "(written by the export commands: the date and the tenant id)",
        scope: "",
        why: "the date of the snapshot, shown wherever its results are",
        single: true,
    },
];

/// The entry for `kind`.
pub fn file(kind: FileKind) -> &'static ExportFile {
    FILES
        .iter()
        .find(|f| f.kind == kind)
        .unwrap_or(&FILES[FILES.len() - 1])
}
