//! The playbook a saved session recorded, looked up by its id among the installed
//! playbooks only: a session file never names a path for breakglass to read.

use super::output::Env;

/// Whether `id` is the id of a playbook installed here (built in, or a user playbook
/// that loads).
pub fn installed(env: &Env, id: &str) -> bool {
    env.catalog.ids().iter().any(|known| known == id)
}
