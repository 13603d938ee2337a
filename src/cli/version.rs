//! What `--version` says: the crate version, then the default built-in playbook's id,
//! version and review date and the format it is written in, read from the embedded YAML.
//!
//! The three fields are read from the playbook's top-level lines rather than by loading
//! it, so every start stays cheap; a test checks them against the loaded playbook (the
//! values `list --json` prints).

use std::sync::LazyLock;

use breakglass::playbook::builtin::{DEFAULT_ID, builtin};

/// `0.2.0 (entra-mfa-lockout 2026.11.4, reviewed 2026-11-28; format breakglass/v1)`; clap
/// puts the program name in front.
pub static LINE: LazyLock<String> = LazyLock::new(|| {
    let crate_version = env!("CARGO_PKG_VERSION");
    let Some(b) = builtin(DEFAULT_ID) else {
        return crate_version.to_string();
    };
    let field = |name: &str| top_level(b.text, name).unwrap_or("unknown");
    format!(
        "{crate_version} ({} {}, reviewed {}; format {})",
        b.id,
        field("version"),
        field("reviewed"),
        field("format")
    )
});

/// The value of a top-level `name: value` line (unindented), without quotes or a comment.
fn top_level<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    text.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?.strip_prefix(':')?;
        let value = rest.split(" #").next().unwrap_or(rest).trim();
        let value = value.trim_matches(['"', '\'']);
        (!value.is_empty()).then_some(value)
    })
}
