//! Graph's policy objects as the audit reads them: Conditional Access policies, the
//! authentication methods policy and security defaults.

use serde::Deserialize;

use super::list;

/// One conditional access policy.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    /// Policy id.
    #[serde(default)]
    pub id: String,
    /// Name.
    #[serde(default)]
    pub display_name: Option<String>,
    /// `enabled`, `disabled` or `enabledForReportingButNotEnforced`.
    #[serde(default)]
    pub state: Option<String>,
    /// Who and what it applies to.
    #[serde(default)]
    pub conditions: Option<Conditions>,
    /// What it requires.
    #[serde(default)]
    pub grant_controls: Option<GrantControls>,
}

impl Policy {
    /// Whether it is on (enforced).
    pub fn enforced(&self) -> bool {
        self.state.as_deref() == Some("enabled")
    }

    /// Whether it is on or in report-only mode.
    pub fn active(&self) -> bool {
        matches!(
            self.state.as_deref(),
            Some("enabled" | "enabledForReportingButNotEnforced")
        )
    }

    /// Its user conditions (empty when absent).
    pub fn users(&self) -> UserConditions {
        self.conditions
            .as_ref()
            .and_then(|c| c.users.clone())
            .unwrap_or_default()
    }

    /// Whether its grant controls include `block`.
    pub fn blocks(&self) -> bool {
        self.grant_controls
            .as_ref()
            .is_some_and(|g| g.built_in_controls.iter().any(|c| c == "block"))
    }

    /// Whether it requires an authentication strength (such as phishing-resistant MFA).
    pub fn requires_strength(&self) -> bool {
        self.grant_controls
            .as_ref()
            .is_some_and(|g| g.authentication_strength.is_some())
    }
}

/// A policy's conditions (only the users and applications are read).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conditions {
    /// Users, groups and roles.
    #[serde(default)]
    pub users: Option<UserConditions>,
    /// Applications.
    #[serde(default)]
    pub applications: Option<AppConditions>,
}

/// Who a policy includes and excludes.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserConditions {
    /// User ids, or `All`, `None`, `GuestsOrExternalUsers`.
    #[serde(default, deserialize_with = "list")]
    pub include_users: Vec<String>,
    /// User ids.
    #[serde(default, deserialize_with = "list")]
    pub exclude_users: Vec<String>,
    /// Group ids.
    #[serde(default, deserialize_with = "list")]
    pub include_groups: Vec<String>,
    /// Group ids.
    #[serde(default, deserialize_with = "list")]
    pub exclude_groups: Vec<String>,
    /// Role template ids.
    #[serde(default, deserialize_with = "list")]
    pub include_roles: Vec<String>,
    /// Role template ids.
    #[serde(default, deserialize_with = "list")]
    pub exclude_roles: Vec<String>,
}

/// Which applications a policy covers.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppConditions {
    /// Application ids, or `All`, `Office365`, `MicrosoftAdminPortals`.
    #[serde(default, deserialize_with = "list")]
    pub include_applications: Vec<String>,
}

/// What a policy grants on.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantControls {
    /// `block`, `mfa`, `compliantDevice`, ...
    #[serde(default, deserialize_with = "list")]
    pub built_in_controls: Vec<String>,
    /// An authentication strength, when one is required.
    #[serde(default)]
    pub authentication_strength: Option<serde_json::Value>,
}

/// The authentication methods policy.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodsPolicy {
    /// One configuration per method.
    #[serde(default, deserialize_with = "list")]
    pub authentication_method_configurations: Vec<MethodConfig>,
}

/// One method's configuration in the authentication methods policy.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodConfig {
    /// `Fido2`, `MicrosoftAuthenticator`, `Sms`, `Voice`, `TemporaryAccessPass`, ...
    #[serde(default)]
    pub id: String,
    /// `enabled` or `disabled`.
    #[serde(default)]
    pub state: Option<String>,
    /// Who may use it.
    #[serde(default, deserialize_with = "list")]
    pub include_targets: Vec<Target>,
}

impl MethodConfig {
    /// Whether it is switched on.
    pub fn enabled(&self) -> bool {
        self.state.as_deref() == Some("enabled")
    }
}

/// A group (or `all_users`) a method is enabled for.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    /// A group id, or `all_users`.
    #[serde(default)]
    pub id: String,
}

/// Security defaults (`identitySecurityDefaultsEnforcementPolicy`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecurityDefaults {
    /// Whether they are on.
    #[serde(default)]
    pub is_enabled: Option<bool>,
}
