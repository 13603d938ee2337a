//! `breakglass audit` on a generated large export: 10,000 users and their registration
//! details, 200 role assignments and 500 Conditional Access policies (the shape the
//! integration test `audit::a_large_export_is_audited_quickly` also uses).

use std::path::Path;

use breakglass::audit::{self, emergency::Named, read::read_dir};
use divan::{Bencher, black_box};
use serde_json::{Value, json};

/// The Global Administrator role's template id.
const GA: &str = "62e90394-69f5-4237-9190-012177145e10";

fn save(dir: &Path, name: &str, v: &Value) {
    std::fs::write(dir.join(name), serde_json::to_vec(v).unwrap()).unwrap();
}

/// Writes the large export into `dir`.
fn generate(dir: &Path) {
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

/// Reading the export's files and running every rule, as `breakglass audit DIR` does.
#[divan::bench(sample_count = 10)]
fn large_export(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path());
    let named = Named {
        accounts: vec!["user0@contoso.com".into(), "user1@contoso.com".into()],
        origin: "bench".into(),
    };
    bencher.bench(|| {
        let export = read_dir(black_box(dir.path())).unwrap();
        audit::run(export, Some(&named))
    });
}
