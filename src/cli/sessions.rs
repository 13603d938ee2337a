//! `breakglass sessions`: the saved sessions (id, started, playbook, where each ended,
//! age), and deleting them by id or by age.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::process::ExitCode;

use breakglass::store::StoreError;
use breakglass::tr;
use breakglass::transcript::Transcript;

use super::output::{Env, FAILURE, USAGE, columns, error, pad, pad_left, print};

/// Lists sessions, or deletes one or the old ones.
pub fn run(env: &Env, delete: Option<&str>, older_than: Option<u32>) -> ExitCode {
    let store = match env.require_store() {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Some(id) = delete {
        return match store.delete(id) {
            Ok(path) => print(&format!(
                "{}\n",
                tr!(
                    "cli-sessions-deleted",
                    id = id,
                    path = breakglass::sanitize::visible_path(&path)
                )
            )),
            Err(StoreError::NotFound(id)) => {
                error(&tr!("cli-session-not-found", id = id));
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
                Err(e @ StoreError::Busy { .. }) => {
                    let kept = tr!("cli-sessions-kept", error = e.to_string());
                    error(&tr!("cli-note", text = kept));
                }
                Err(e) => {
                    error(&e.to_string());
                    return ExitCode::from(FAILURE);
                }
            }
        }
        return print(&format!(
            "{}\n",
            tr!("cli-sessions-deleted-old", count = deleted, days = days)
        ));
    }
    let mut out = String::new();
    if sessions.is_empty() {
        let dir = store.sessions_dir().display().to_string();
        let _ = writeln!(out, "{}", tr!("cli-sessions-none", dir = dir));
    } else {
        out.push_str(&table(env, &sessions, now));
        let dir = store.sessions_dir().display().to_string();
        let _ = writeln!(out, "\n{}", tr!("cli-sessions-footer", dir = dir));
    }
    for e in broken {
        let _ = writeln!(
            out,
            "{}",
            tr!("cli-sessions-unreadable", error = e.to_string())
        );
    }
    print(&out)
}

/// The sessions as a table under its headings, each cell padded to its column's width in
/// terminal columns (so the headings line up in any script).
fn table(env: &Env, sessions: &[Transcript], now: jiff::Timestamp) -> String {
    let mut out = String::new();
    let heads = [
        tr!("cli-sessions-id"),
        tr!("cli-sessions-started"),
        tr!("cli-sessions-playbook"),
        tr!("cli-sessions-age"),
    ];
    let [id_h, started_h, playbook_h, age_h] = &heads;
    let ages: Vec<String> = sessions.iter().map(|t| age(t, now)).collect();
    let width = sessions
        .iter()
        .map(|t| columns(&t.id))
        .max()
        .unwrap_or(0)
        .max(22)
        .max(columns(id_h));
    let started_w = columns(started_h).max(17);
    let playbook_w = columns(playbook_h).max(18);
    let age_w = ages
        .iter()
        .map(|a| columns(a))
        .max()
        .unwrap_or(0)
        .max(columns(age_h))
        .max(5);
    let _ = writeln!(
        out,
        "{}  {}  {}  {}  {}",
        pad(id_h, width),
        pad(started_h, started_w),
        pad(playbook_h, playbook_w),
        pad_left(age_h, age_w),
        tr!("cli-sessions-ended")
    );
    let mut headings: HashMap<String, Option<breakglass::playbook::Playbook>> = HashMap::new();
    for (t, age) in sessions.iter().zip(&ages) {
        // By id among the installed playbooks only, never as a path.
        let pb = headings.entry(t.playbook.id.clone()).or_insert_with(|| {
            super::recorded::installed(env, &t.playbook.id)
                .then(|| env.catalog.open(Some(&t.playbook.id)).ok())
                .flatten()
                .map(|mut f| {
                    // Headings in the language the rest of the table speaks.
                    env.translate(&mut f);
                    f.playbook
                })
        });
        let started = t.started.replace('T', " ");
        let started = started
            .trim_end_matches('Z')
            .get(..16)
            .unwrap_or(&t.started);
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad(&t.id, width),
            pad(started, started_w),
            pad(&t.playbook.id, playbook_w),
            pad_left(age, age_w),
            ended(t, pb.as_ref())
        );
    }
    out
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
        s if s < 3_600 => tr!("cli-age-minutes", count = s / 60),
        s if s < 86_400 => tr!("cli-age-hours", count = s / 3_600),
        s => tr!("cli-age-days", count = s / 86_400),
    }
}

fn ended(t: &Transcript, pb: Option<&breakglass::playbook::Playbook>) -> String {
    let heading = |id: &str| {
        pb.and_then(|p| p.find(id).map(|n| p.node(n).heading().to_string()))
            .unwrap_or_else(|| id.to_string())
    };
    match (t.outcome(), t.last_node()) {
        (Some(o), _) => tr!("cli-sessions-outcome", heading = heading(o)),
        (None, Some(n)) => tr!("cli-sessions-unfinished", heading = heading(n)),
        (None, None) => tr!("cli-sessions-not-started"),
    }
}
