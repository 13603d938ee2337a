//! The parts of Microsoft Graph's v1.0 responses that the audit reads, as serde types.
//! Every field is optional and unknown fields are ignored, so a response with more (or
//! fewer) properties still reads; a property of the wrong type is an error with its place.

mod policy;

use serde::{Deserialize, Deserializer};

pub use policy::{
    AppConditions, Conditions, GrantControls, MethodConfig, MethodsPolicy, Policy,
    SecurityDefaults, Target, UserConditions,
};

/// A list that Graph may send as `null`.
pub(super) fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// One page (or all pages joined) of a collection: `{"value": [...]}`.
#[derive(Debug, Clone, Deserialize)]
pub struct Collection<T> {
    /// The items.
    pub value: Vec<T>,
    /// Where the next page is, if the export stopped after one page.
    #[serde(rename = "@odata.nextLink", default)]
    pub next_link: Option<String>,
    /// The response's context URL (says v1.0 or beta).
    #[serde(rename = "@odata.context", default)]
    pub context: Option<String>,
}

/// A user (`GET /users?$select=...`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// Object id.
    #[serde(default)]
    pub id: String,
    /// Display name.
    #[serde(default)]
    pub display_name: Option<String>,
    /// Sign-in name; `#EXT#` marks an external account.
    #[serde(default)]
    pub user_principal_name: Option<String>,
    /// Whether it can sign in.
    #[serde(default)]
    pub account_enabled: Option<bool>,
    /// Whether it is synced from on-premises Active Directory.
    #[serde(default)]
    pub on_premises_sync_enabled: Option<bool>,
    /// `Member` or `Guest`.
    #[serde(default)]
    pub user_type: Option<String>,
}

/// The principal expanded in a role assignment (`$expand=principal`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Principal {
    /// `#microsoft.graph.user`, `#microsoft.graph.group`, `#microsoft.graph.servicePrincipal`.
    #[serde(rename = "@odata.type", default)]
    pub odata_type: Option<String>,
    /// Display name.
    #[serde(default)]
    pub display_name: Option<String>,
    /// Sign-in name (users).
    #[serde(default)]
    pub user_principal_name: Option<String>,
}

/// An active role assignment (`unifiedRoleAssignment`) or, with `schedule_info`, an
/// eligibility or assignment schedule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleAssignment {
    /// Assignment id.
    #[serde(default)]
    pub id: String,
    /// Who holds the role.
    #[serde(default)]
    pub principal_id: String,
    /// The role's template id (Global Administrator is `62e90394-...`).
    #[serde(default)]
    pub role_definition_id: String,
    /// `/` for the whole directory.
    #[serde(default)]
    pub directory_scope_id: Option<String>,
    /// The expanded principal, when the export asked for it.
    #[serde(default)]
    pub principal: Option<Principal>,
    /// PIM schedules only: `Assigned` or `Activated`.
    #[serde(default)]
    pub assignment_type: Option<String>,
    /// PIM schedules only: when it starts and ends.
    #[serde(default)]
    pub schedule_info: Option<ScheduleInfo>,
}

/// When a PIM schedule starts and ends.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleInfo {
    /// How it ends.
    #[serde(default)]
    pub expiration: Option<Expiration>,
}

/// How a PIM schedule ends.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Expiration {
    /// `noExpiration`, `afterDateTime` or `afterDuration`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The end, for `afterDateTime`.
    #[serde(default)]
    pub end_date_time: Option<String>,
}

impl RoleAssignment {
    /// Whether the whole directory is its scope.
    pub fn tenant_wide(&self) -> bool {
        self.directory_scope_id.as_deref().is_none_or(|s| s == "/")
    }

    /// Whether a schedule says it ends (a time-bound assignment or a PIM activation).
    pub fn ends(&self) -> bool {
        let activated = self.assignment_type.as_deref() == Some("Activated");
        let expires = self
            .schedule_info
            .as_ref()
            .and_then(|s| s.expiration.as_ref())
            .and_then(|e| e.kind.as_deref())
            .is_some_and(|k| k != "noExpiration");
        activated || expires
    }
}

/// A user's registered methods (`userRegistrationDetails`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Registration {
    /// The user's object id.
    #[serde(default)]
    pub id: String,
    /// Sign-in name.
    #[serde(default)]
    pub user_principal_name: Option<String>,
    /// Display name.
    #[serde(default)]
    pub user_display_name: Option<String>,
    /// Whether Microsoft counts the user as an admin.
    #[serde(default)]
    pub is_admin: Option<bool>,
    /// Whether the user has registered a method that satisfies MFA.
    #[serde(default)]
    pub is_mfa_registered: Option<bool>,
    /// The methods registered (`microsoftAuthenticatorPush`, `mobilePhone`, ...).
    #[serde(default, deserialize_with = "list")]
    pub methods_registered: Vec<String>,
}

/// A domain of the tenant.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Domain {
    /// The name, e.g. `contoso.onmicrosoft.com`.
    #[serde(default)]
    pub id: String,
    /// `Managed` or `Federated`.
    #[serde(default)]
    pub authentication_type: Option<String>,
    /// Whether it is the tenant's initial `onmicrosoft.com` domain.
    #[serde(default)]
    pub is_initial: Option<bool>,
}

/// A group named in a Conditional Access policy, with its members (the export joins
/// `GET /groups/{id}` and `GET /groups/{id}/transitiveMembers`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// Group id.
    #[serde(default)]
    pub id: String,
    /// Name.
    #[serde(default)]
    pub display_name: Option<String>,
    /// Members, direct and nested.
    #[serde(default, deserialize_with = "list")]
    pub members: Vec<Member>,
}

/// A member of a group.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Member {
    /// Its object id.
    #[serde(default)]
    pub id: String,
}

/// What the export says about itself (`export-info.json`, written by the export commands).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportInfo {
    /// When the export ran (ISO 8601, UTC).
    #[serde(default)]
    pub exported_date_time: Option<String>,
    /// The tenant's id.
    #[serde(default)]
    pub tenant_id: Option<String>,
}
