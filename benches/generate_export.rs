//! A generated large `breakglass audit` export: 10,000 users and their registration
//! details, 200 role assignments (four of them Global Administrator) and 500 Conditional
//! Access policies that exclude the first two users. Shared by the speed benchmark and
//! the integration test `audit::a_large_export_is_audited_quickly`.

use std::path::Path;

use serde_json::{Value, json};

/// The Global Administrator role's template id.
const GA: &str = "62e90394-69f5-4237-9190-012177145e10";

fn save(dir: &Path, name: &str, v: &Value) {
    std::fs::write(dir.join(name), serde_json::to_vec(v).unwrap()).unwrap();
}

/// Writes the large export into `dir` (one JSON file per endpoint).
pub fn large_export(dir: &Path) {
    let id = |i: usize| format!("00000000-0000-4000-8000-{i:012}");
    let users: Vec<Value> = (0..10_000)
        .map(|i| {
            json!({"id": id(i), "displayName": format!("User {i}"),
                   "userPrincipalName": format!("user{i}@contoso.com"), "accountEnabled": true,
                   "onPremisesSyncEnabled": null, "userType": "Member"})
        })
        .collect();
    let regs: Vec<Value> = (0..10_000)
        .map(|i| {
            json!({"id": id(i), "isAdmin": i < 200, "isMfaRegistered": true,
                   "methodsRegistered": ["microsoftAuthenticatorPush", "softwareOneTimePasscode"]})
        })
        .collect();
    let roles: Vec<Value> = (0..200)
        .map(|i| {
            json!({"id": format!("r{i}"), "principalId": id(i), "directoryScopeId": "/",
                   "roleDefinitionId": if i < 4 { GA } else { "fe930be7-5e62-47db-91af-98c3a49a38b1" }})
        })
        .collect();
    let policies: Vec<Value> = (0..500)
        .map(|i| {
            json!({"id": format!("p{i}"), "displayName": format!("Policy {i}"), "state": "enabled",
                   "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": [id(0), id(1)],
                                            "includeGroups": [], "excludeGroups": [],
                                            "includeRoles": [], "excludeRoles": []}},
                   "grantControls": {"builtInControls": ["mfa"]}})
        })
        .collect();
    save(dir, "users.json", &json!({"value": users}));
    save(dir, "registration-details.json", &json!({"value": regs}));
    save(dir, "role-assignments.json", &json!({"value": roles}));
    save(
        dir,
        "conditional-access-policies.json",
        &json!({"value": policies}),
    );
}
