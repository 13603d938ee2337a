//! The playbook a saved session recorded, looked up by its id among the installed
//! playbooks only: a session file never names a path for breakglass to read.

use breakglass::catalog::Found;

use super::output::Env;

/// Whether `id` is the id of a playbook installed here (built in, or a user playbook
/// that loads).
pub fn installed(env: &Env, id: &str) -> bool {
    env.catalog.ids().iter().any(|known| known == id)
}

/// The installed playbook `id`, opened as [`Env::open`] does (its warnings printed), or
/// `None` when no installed playbook has that id.
pub fn playbook(env: &Env, id: &str) -> Option<Found> {
    if !installed(env, id) {
        return None;
    }
    env.open(Some(id)).ok()
}
