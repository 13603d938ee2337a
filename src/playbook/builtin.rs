//! The built-in playbooks, embedded in the binary at build time so a binary copied alone
//! to another machine works.
//!
//! `build.rs` loads and checks every file in `playbooks/` with this crate's own loader and
//! checker (a broken one fails the build) and embeds each twice: the YAML text (for
//! `validate`, `schema` and diagnostics) and the checked playbook in its compact form
//! ([`super::compiled`]), which is what the program opens, without parsing YAML.

use super::tree::Playbook;

/// One embedded playbook.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// The playbook's id (matches the `id:` inside the file).
    pub id: &'static str,
    /// Where the file lives in the repository, for messages.
    pub path: &'static str,
    /// The YAML text.
    pub text: &'static str,
    /// The checked playbook in its compact form.
    pub compiled: &'static [u8],
    /// Whether the checker warned about it: then it is opened from its YAML, so that the
    /// warnings are shown as they would be for any other file.
    pub warned: bool,
}

impl Builtin {
    /// The checked playbook, read from its compact form (no YAML parse). `None` when it
    /// carries warnings, or in the unexpected case that the embedded bytes do not decode;
    /// callers then load [`Builtin::text`].
    pub fn playbook(&self) -> Option<Playbook> {
        if self.warned {
            return None;
        }
        super::compiled::from_bytes(self.compiled)
    }
}

/// An embedded translation of a built-in playbook.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinTranslation {
    /// The playbook it translates.
    pub playbook: &'static str,
    /// Its language tag.
    pub lang: &'static str,
    /// Where the file lives in the repository, for messages.
    pub path: &'static str,
    /// The YAML text (checked by `validate`, like a user's translation).
    pub text: &'static str,
    /// The strings to show, checked at build time against the built-in playbook: postcard
    /// of `(id, text)` pairs, current strings only (see [`BuiltinTranslation::strings`]).
    pub compiled: &'static [u8],
}

impl BuiltinTranslation {
    /// The translated strings by id, as the build checked them (missing and stale strings
    /// left out, so English shows for them); `None` if the blob cannot be read.
    pub fn strings(&self) -> Option<std::collections::HashMap<String, String>> {
        postcard::from_bytes::<Vec<(String, String)>>(self.compiled)
            .ok()
            .map(|v| v.into_iter().collect())
    }
}

/// The id of the playbook the wizard opens by default.
pub const DEFAULT_ID: &str = "entra-mfa-lockout";

include!(concat!(env!("OUT_DIR"), "/builtin_playbooks.rs"));

/// The built-in playbook with this id.
pub fn builtin(id: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.id == id)
}

/// The embedded translations of the built-in playbook `id`.
pub fn translations(id: &str) -> impl Iterator<Item = &'static BuiltinTranslation> + use<'_> {
    TRANSLATIONS.iter().filter(move |t| t.playbook == id)
}
