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

/// One embedded drill translation (`playbooks/drills/<id>.<lang>.yaml`), checked by the
/// build script against its drill.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinDrillTranslation {
    /// The drill it translates.
    pub drill: &'static str,
    /// Its language tag.
    pub lang: &'static str,
    /// Where the file lives in the repository, for messages.
    pub path: &'static str,
    /// The YAML text.
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/builtin_drill_translations.rs"));

/// The embedded translations of the built-in drill `id`.
pub fn translations(id: &str) -> impl Iterator<Item = &'static BuiltinDrillTranslation> + use<'_> {
    DRILL_TRANSLATIONS.iter().filter(move |t| t.drill == id)
}
