//! `breakglass status`: when each drill last ran, and which are due, overdue or failed; and
//! when the tenant was last audited, what failed, and whether the audit is overdue.

use std::process::ExitCode;

use breakglass::catalog::FoundDrill;
use breakglass::drill::history;
use jiff::civil::Date;

use super::output::{Env, print, report_skipped};

/// Exit code of `status --strict` when a drill needs attention.
pub const NEEDS_ATTENTION: u8 = 4;

/// Prints readiness; with `strict`, exits 4 when anything needs attention.
pub fn run(env: &Env, strict: bool) -> ExitCode {
    let (_, rows, today) = readiness(env);
    let mut text = history::render(&rows, &today.to_string());
    let (audits, broken) = env
        .store
        .as_ref()
        .map(breakglass::store::Store::list_audits)
        .unwrap_or_default();
    for b in &broken {
        super::output::error(&breakglass::tr!("cli-note", text = b.to_string()));
    }
    let (audit_line, audit_overdue) = breakglass::audit::ledger::status(&audits, today);
    text.push('\n');
    text.push_str(&audit_line);
    let printed = print(&text);
    if strict && (audit_overdue || rows.iter().any(history::Readiness::needs_attention)) {
        return ExitCode::from(NEEDS_ATTENTION);
    }
    printed
}

/// Every drill that loads (skipped ones are reported), its readiness today, and today.
pub fn readiness(env: &Env) -> (Vec<FoundDrill>, Vec<history::Readiness>, Date) {
    let (drills, skipped) = env.catalog.drills();
    report_skipped("drill", &skipped);
    let (runs, broken) = env
        .store
        .as_ref()
        .map(breakglass::store::Store::list_runs)
        .unwrap_or_default();
    for b in &broken {
        super::output::error(&breakglass::tr!("cli-note", text = b.to_string()));
    }
    let checked: Vec<_> = drills.iter().map(|f| f.drill.clone()).collect();
    let today = jiff::ZonedDateTime::now().date();
    let rows = history::status(&checked, &runs, today);
    (drills, rows, today)
}
