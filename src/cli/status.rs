//! `breakglass status`: when each drill last ran, and which are due, overdue or failed.

use std::process::ExitCode;

use breakglass::drill::history;

use super::output::{Env, error, print};

/// Exit code of `status --strict` when a drill needs attention.
pub const NEEDS_ATTENTION: u8 = 4;

/// Prints readiness; with `strict`, exits 4 when anything needs attention.
pub fn run(env: &Env, strict: bool) -> ExitCode {
    let (drills, skipped) = env.catalog.drills();
    for s in &skipped {
        error(&format!(
            "note: skipped your drill {}: {}",
            s.path.display(),
            s.reason
        ));
    }
    let runs = env
        .store
        .as_ref()
        .map(|s| s.list_runs().0)
        .unwrap_or_default();
    let plain: Vec<_> = drills.into_iter().map(|f| f.drill).collect();
    let today = jiff::ZonedDateTime::now().date();
    let rows = history::status(&plain, &runs, today);
    let text = history::render(&rows, &today.to_string());
    let printed = print(&text);
    if strict && rows.iter().any(history::Readiness::needs_attention) {
        return ExitCode::from(NEEDS_ATTENTION);
    }
    printed
}
