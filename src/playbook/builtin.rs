//! The built-in playbooks, embedded in the binary at build time so a binary copied alone
//! to another machine works.

/// One embedded playbook.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// The playbook's id (matches the `id:` inside the file).
    pub id: &'static str,
    /// Where the file lives in the repository, for messages.
    pub path: &'static str,
    /// The YAML text.
    pub text: &'static str,
}

/// The id of the playbook the wizard opens by default.
pub const DEFAULT_ID: &str = "entra-mfa-lockout";

/// Every built-in playbook.
pub const BUILTINS: &[Builtin] = &[Builtin {
    id: "entra-mfa-lockout",
    path: "playbooks/entra-mfa-lockout.yaml",
    text: include_str!("../../playbooks/entra-mfa-lockout.yaml"),
}];

/// The built-in playbook with this id.
pub fn builtin(id: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.id == id)
}
