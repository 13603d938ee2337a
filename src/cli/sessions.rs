//! `breakglass sessions`: the saved sessions (id, started, playbook, where each ended,
//! age), and deleting them by id or by age.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::process::ExitCode;

use breakglass::transcript::Transcript;

use super::output::{Env, FAILURE, USAGE, error, print};

/// Lists sessions, or deletes one or the old ones.
pub fn run(env: &Env, delete: Option<&str>, older_than: Option<u32>) -> ExitCode {
    let store = match env.require_store() {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Some(id) = delete {
        return match store.delete(id) {
            Ok(path) => print(&format!(
                "Deleted session {id} ({}).\n",
                breakglass::sanitize::visible_path(&path)
            )),
            Err(e @ breakglass::store::StoreError::NotFound(_)) => {
                error(&e.to_string());
                ExitCode::from(USAGE)
            }
            Err(e) => {
                error(&e.to_string());
                ExitCode::from(FAILURE)
            }
        };
    }
    let (sessions, broken) = store.list();
    let now = jiff::Timestamp::now();
    if let Some(days) = older_than {
        let mut deleted = 0usize;
        for t in sessions
            .iter()
            .filter(|t| age_days(t, now) > i64::from(days))
        {
            // By file name (a session's id is its file name), and never one in use.
            match store.delete(&t.id) {
                Ok(_) => deleted = deleted.saturating_add(1),
                Err(e @ breakglass::store::StoreError::Busy { .. }) => {
                    error(&format!("note: kept: {e}"));
                }
                Err(e) => {
                    error(&e.to_string());
                    return ExitCode::from(FAILURE);
                }
            }
        }
        return print(&format!(
            "Deleted {deleted} session(s) last changed more than {days} days ago.\n"
        ));
    }
    let mut out = String::new();
    if sessions.is_empty() {
        let _ = writeln!(
            out,
            "No saved sessions in {}.",
            store.sessions_dir().display()
        );
    } else {
        let width = sessions
            .iter()
            .map(|t| t.id.len())
            .max()
            .unwrap_or(0)
            .max(22);
        let _ = writeln!(
            out,
            "{:width$}  {:17}  {:18}  {:>5}  WHERE IT ENDED",
            "ID", "STARTED (UTC)", "PLAYBOOK", "AGE"
        );
        let mut headings: HashMap<String, Option<breakglass::playbook::Playbook>> = HashMap::new();
        for t in &sessions {
            // By id among the installed playbooks only, never as a path.
            let pb = headings.entry(t.playbook.id.clone()).or_insert_with(|| {
                super::recorded::installed(env, &t.playbook.id)
                    .then(|| env.catalog.open(Some(&t.playbook.id)).ok())
                    .flatten()
                    .map(|f| f.playbook)
            });
            let _ = writeln!(
                out,
                "{:width$}  {:17}  {:18}  {:>5}  {}",
                t.id,
                t.started
                    .replace('T', " ")
                    .trim_end_matches('Z')
                    .get(..16)
                    .unwrap_or(&t.started),
                t.playbook.id,
                age(t, now),
                ended(t, pb.as_ref())
            );
        }
        let _ = writeln!(
            out,
            "\nSaved in {}. Resume one with `breakglass --resume ID`; report with `breakglass report ID`.",
            store.sessions_dir().display()
        );
    }
    for e in broken {
        let _ = writeln!(out, "Unreadable: {e}");
    }
    print(&out)
}

fn age_days(t: &Transcript, now: jiff::Timestamp) -> i64 {
    t.updated
        .parse::<jiff::Timestamp>()
        .map_or(0, |u| now.duration_since(u).as_secs() / 86_400)
}

fn age(t: &Transcript, now: jiff::Timestamp) -> String {
    let secs = t
        .updated
        .parse::<jiff::Timestamp>()
        .map_or(0, |u| now.duration_since(u).as_secs());
    match secs {
        s if s < 3_600 => format!("{}m", s / 60),
        s if s < 86_400 => format!("{}h", s / 3_600),
        s => format!("{}d", s / 86_400),
    }
}

fn ended(t: &Transcript, pb: Option<&breakglass::playbook::Playbook>) -> String {
    let heading = |id: &str| {
        pb.and_then(|p| p.find(id).map(|n| p.node(n).heading().to_string()))
            .unwrap_or_else(|| id.to_string())
    };
    match (t.outcome(), t.last_node()) {
        (Some(o), _) => format!("outcome: {}", heading(o)),
        (None, Some(n)) => format!("unfinished, at: {}", heading(n)),
        (None, None) => "not started".to_string(),
    }
}
