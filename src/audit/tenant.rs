//! The export seen as a tenant: users by id, who holds which role (active, permanent,
//! eligible), each admin's registered methods, and which accounts are the emergency ones.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::emergency::{Found, Named, looks_like_emergency};
use super::model::{Registration, User};
use super::read::Export;

/// The Global Administrator role's template id (the same in every tenant).
pub const GLOBAL_ADMIN: &str = "62e90394-69f5-4237-9190-012177145e10";

/// A person or account that holds a directory role.
#[derive(Debug, Clone, Default)]
pub struct Admin {
    /// Object id.
    pub id: String,
    /// Roles held now (template ids).
    pub active: BTreeSet<String>,
    /// Roles that can be activated in PIM.
    pub eligible: BTreeSet<String>,
    /// Holds Global Administrator permanently (active, tenant-wide, no end).
    pub permanent_ga: bool,
    /// Holds Global Administrator now, but the assignment ends.
    pub ending_ga: bool,
}

impl Admin {
    /// Whether it holds or can activate Global Administrator.
    pub fn any_ga(&self) -> bool {
        self.active.contains(GLOBAL_ADMIN) || self.eligible.contains(GLOBAL_ADMIN)
    }
}

/// The export, indexed.
#[derive(Debug)]
pub struct Tenant<'a> {
    /// What was read.
    pub export: &'a Export,
    users: HashMap<&'a str, &'a User>,
    registrations: HashMap<&'a str, &'a Registration>,
    principals: Principals<'a>,
    /// Users holding a directory role, by id (ordered for stable reports).
    pub admins: BTreeMap<String, Admin>,
    /// The emergency accounts' ids (those found among the users).
    pub emergency: Vec<String>,
    /// Entries of the named list that match no user.
    pub unmatched: Vec<String>,
    /// How they were found; `None` when neither named nor guessed.
    pub found: Option<Found>,
}

impl<'a> Tenant<'a> {
    /// Indexes `export`; `named` are the emergency accounts someone listed.
    pub fn new(export: &'a Export, named: Option<&Named>) -> Self {
        let users: HashMap<&str, &User> = export
            .users
            .iter()
            .flatten()
            .map(|u| (u.id.as_str(), u))
            .collect();
        let registrations = export
            .registrations
            .iter()
            .flatten()
            .map(|r| (r.id.as_str(), r))
            .collect();
        let (admins, principals) = index_roles(export);
        let mut tenant = Self {
            export,
            users,
            registrations,
            principals,
            admins,
            emergency: Vec::new(),
            unmatched: Vec::new(),
            found: None,
        };
        tenant.find_emergency(named);
        tenant
    }

    fn find_emergency(&mut self, named: Option<&Named>) {
        let Some(users) = self.export.users.as_ref() else {
            return;
        };
        if let Some(named) = named.filter(|n| !n.accounts.is_empty()) {
            for entry in &named.accounts {
                let hit = users.iter().find(|u| {
                    u.id.eq_ignore_ascii_case(entry)
                        || u.user_principal_name
                            .as_deref()
                            .is_some_and(|p| p.eq_ignore_ascii_case(entry))
                });
                match hit {
                    Some(u) if !self.emergency.contains(&u.id) => self.emergency.push(u.id.clone()),
                    Some(_) => {}
                    None => self.unmatched.push(entry.clone()),
                }
            }
            self.found = Some(Found::Named(named.origin.clone()));
            return;
        }
        self.emergency = users
            .iter()
            .filter(|u| {
                looks_like_emergency(
                    u.user_principal_name.as_deref().unwrap_or(""),
                    u.display_name.as_deref().unwrap_or(""),
                )
            })
            .map(|u| u.id.clone())
            .collect();
        if !self.emergency.is_empty() {
            self.found = Some(Found::Guessed);
        }
    }

    /// The user with this id, if `users.json` has it.
    pub fn user(&self, id: &str) -> Option<&'a User> {
        self.users.get(id).copied()
    }

    /// The registration details of this user, if any.
    pub fn registration(&self, id: &str) -> Option<&'a Registration> {
        self.registrations.get(id).copied()
    }

    /// The best display name known for an object id.
    pub fn name(&self, id: &str) -> String {
        self.user(id)
            .and_then(|u| u.display_name.clone())
            .or_else(|| {
                self.registration(id)
                    .and_then(|r| r.user_display_name.clone())
            })
            .or_else(|| {
                self.principals
                    .get(id)
                    .and_then(|p| p.0)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| "(no name in the export)".to_string())
    }

    /// The best sign-in name known for an object id.
    pub fn upn(&self, id: &str) -> Option<String> {
        self.user(id)
            .and_then(|u| u.user_principal_name.clone())
            .or_else(|| {
                self.registration(id)
                    .and_then(|r| r.user_principal_name.clone())
            })
            .or_else(|| {
                self.principals
                    .get(id)
                    .and_then(|p| p.1)
                    .map(str::to_string)
            })
    }

    /// A user subject for a finding.
    pub fn subject(&self, id: &str) -> super::rules::Subject {
        super::rules::Subject {
            kind: "user",
            name: self.name(id),
            id: id.to_string(),
            upn: self.upn(id),
        }
    }

    /// Every admin, with registration details isAdmin users that hold no role the export
    /// shows, in id order.
    pub fn admin_ids(&self) -> Vec<String> {
        let mut ids: BTreeSet<String> = self.admins.keys().cloned().collect();
        ids.extend(
            self.export
                .registrations
                .iter()
                .flatten()
                .filter(|r| r.is_admin == Some(true))
                .map(|r| r.id.clone()),
        );
        ids.into_iter().collect()
    }

    /// Whether the user `id` is a Global Administrator (active or eligible).
    pub fn is_ga(&self, id: &str) -> bool {
        self.admins.get(id).is_some_and(Admin::any_ga)
    }

    /// Whether a sign-in name marks an external (B2B, `#EXT#`) account.
    pub fn is_external(&self, id: &str) -> bool {
        self.upn(id)
            .is_some_and(|u| u.to_ascii_uppercase().contains("#EXT#"))
    }

    /// Whether a group holds `user` as a member (direct or nested, as exported).
    pub fn in_group(&self, group: &str, user: &str) -> Option<bool> {
        let groups = self.export.groups.as_ref()?;
        groups
            .iter()
            .find(|g| g.id == group)
            .map(|g| g.members.iter().any(|m| m.id == user))
    }
}

/// Display and sign-in names of role holders, from the expanded principals.
type Principals<'a> = HashMap<&'a str, (Option<&'a str>, Option<&'a str>)>;

/// Who holds which role: active assignments (permanent unless a schedule says they end)
/// and PIM eligibility, for user principals.
fn index_roles(export: &Export) -> (BTreeMap<String, Admin>, Principals<'_>) {
    let mut principals = HashMap::new();
    let ends: BTreeSet<(&str, &str)> = export
        .role_schedules
        .iter()
        .flatten()
        .filter(|s| s.ends())
        .map(|s| (s.principal_id.as_str(), s.role_definition_id.as_str()))
        .collect();
    let mut admins: BTreeMap<String, Admin> = BTreeMap::new();
    let is_user = |a: &super::model::RoleAssignment| {
        a.principal
            .as_ref()
            .and_then(|p| p.odata_type.as_deref())
            .is_none_or(|t| t.ends_with("user"))
    };
    for a in export
        .role_assignments
        .iter()
        .flatten()
        .filter(|a| is_user(a))
    {
        if let Some(p) = &a.principal {
            principals.insert(
                a.principal_id.as_str(),
                (p.display_name.as_deref(), p.user_principal_name.as_deref()),
            );
        }
        let admin = admins.entry(a.principal_id.clone()).or_default();
        admin.id.clone_from(&a.principal_id);
        admin.active.insert(a.role_definition_id.clone());
        if a.role_definition_id == GLOBAL_ADMIN && a.tenant_wide() {
            let ending = a.ends()
                || ends.contains(&(a.principal_id.as_str(), a.role_definition_id.as_str()));
            if ending {
                admin.ending_ga = true;
            } else {
                admin.permanent_ga = true;
            }
        }
    }
    for a in export.eligibility.iter().flatten().filter(|a| is_user(a)) {
        if let Some(p) = &a.principal {
            principals
                .entry(a.principal_id.as_str())
                .or_insert((p.display_name.as_deref(), p.user_principal_name.as_deref()));
        }
        let admin = admins.entry(a.principal_id.clone()).or_default();
        admin.id.clone_from(&a.principal_id);
        admin.eligible.insert(a.role_definition_id.clone());
    }
    (admins, principals)
}
