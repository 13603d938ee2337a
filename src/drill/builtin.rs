//! The built-in drills, embedded in the binary at build time.

/// One embedded drill file.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinDrill {
    /// The drill's id (matches the `id:` inside the file).
    pub id: &'static str,
    /// Where the file lives in the repository, for messages.
    pub path: &'static str,
    /// The YAML text.
    pub text: &'static str,
}

/// Every built-in drill, in the order `breakglass drill` lists them.
pub const BUILTIN_DRILLS: &[BuiltinDrill] = &[
    BuiltinDrill {
        id: "emergency-access-validation",
        path: "playbooks/drills/emergency-access-validation.yaml",
        text: include_str!("../../playbooks/drills/emergency-access-validation.yaml"),
    },
    BuiltinDrill {
        id: "founding-case",
        path: "playbooks/drills/founding-case.yaml",
        text: include_str!("../../playbooks/drills/founding-case.yaml"),
    },
    BuiltinDrill {
        id: "conditional-access-lockout",
        path: "playbooks/drills/conditional-access-lockout.yaml",
        text: include_str!("../../playbooks/drills/conditional-access-lockout.yaml"),
    },
    BuiltinDrill {
        id: "phone-replaced",
        path: "playbooks/drills/phone-replaced.yaml",
        text: include_str!("../../playbooks/drills/phone-replaced.yaml"),
    },
];

/// The built-in drill with this id.
pub fn builtin(id: &str) -> Option<&'static BuiltinDrill> {
    BUILTIN_DRILLS.iter().find(|b| b.id == id)
}
