//! History and readiness: past runs per drill with their trend, and when each drill last
//! ran and is next due. Pure: today's date is a parameter, so tests use fixed dates.

use std::fmt::Write as _;

use jiff::civil::Date;
use unicode_width::UnicodeWidthStr as _;

use super::Drill;
use super::record::{RunRecord, RunStatus};
use super::score::Verdict;

/// One drill's past runs, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillHistory {
    /// Drill id.
    pub drill: String,
    /// Its title, from the newest run.
    pub title: String,
    /// The runs that ended (finished or stopped), oldest first.
    pub runs: Vec<RunSummary>,
}

/// One run in a history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSummary {
    /// Run id.
    pub id: String,
    /// When it started.
    pub started: String,
    /// Its points.
    pub points: u32,
    /// Its verdict.
    pub verdict: Verdict,
    /// Seconds it took.
    pub elapsed: u64,
    /// Whether it ran to the end.
    pub finished: bool,
}

impl DrillHistory {
    /// "55 → 80 → 100 (better by 20)" over the last five runs.
    pub fn trend(&self) -> String {
        let last: Vec<u32> = self
            .runs
            .iter()
            .rev()
            .take(5)
            .rev()
            .map(|r| r.points)
            .collect();
        let chain = last
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(" → ");
        let word = match last.as_slice() {
            [] => return crate::tr!("drill-trend-none"),
            [_] => crate::tr!("drill-trend-first"),
            [.., a, b] if b > a => crate::tr!("drill-trend-better", points = b - a),
            [.., a, b] if b < a => crate::tr!("drill-trend-worse", points = a - b),
            _ => crate::tr!("drill-trend-same"),
        };
        crate::tr!("drill-trend", chain = chain, word = word)
    }
}

/// Groups ended runs by drill (drills in id order, runs oldest first).
pub fn history(records: &[RunRecord]) -> Vec<DrillHistory> {
    let mut ended: Vec<&RunRecord> = records
        .iter()
        .filter(|r| r.status != RunStatus::Running && r.score.is_some())
        .collect();
    ended.sort_by(|a, b| {
        a.drill
            .id
            .cmp(&b.drill.id)
            .then(a.started.cmp(&b.started))
            .then(a.id.cmp(&b.id))
    });
    let mut out: Vec<DrillHistory> = Vec::new();
    for r in ended {
        let Some(score) = &r.score else { continue };
        let summary = RunSummary {
            id: r.id.clone(),
            started: r.started.clone(),
            points: score.points,
            verdict: score.verdict,
            elapsed: score.elapsed_secs,
            finished: r.status == RunStatus::Finished,
        };
        match out.last_mut() {
            Some(h) if h.drill == r.drill.id => {
                h.title.clone_from(&r.drill.title);
                h.runs.push(summary);
            }
            _ => out.push(DrillHistory {
                drill: r.drill.id.clone(),
                title: r.drill.title.clone(),
                runs: vec![summary],
            }),
        }
    }
    out
}

/// When a drill is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// It has a schedule and nothing proves it yet: never run to the end, or the latest
    /// run failed or stopped early (due now).
    Never,
    /// Past its date by this many days.
    Overdue(i64),
    /// Due in this many days (0: today).
    In(i64),
    /// No schedule (a tabletop drill without `every_days`).
    Unscheduled,
}

/// One line of `breakglass status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    /// Drill id.
    pub drill: String,
    /// Title.
    pub title: String,
    /// `tabletop` or `validation`.
    pub kind: &'static str,
    /// The date of the latest run (finished or not).
    pub last_run: Option<String>,
    /// Whether the latest run stopped before its end (so it has no verdict).
    pub last_incomplete: bool,
    /// Its verdict.
    pub last_verdict: Option<Verdict>,
    /// Days since then.
    pub days_since: Option<i64>,
    /// The schedule, in days.
    pub every_days: Option<u32>,
    /// When it is due.
    pub due: Due,
}

impl Readiness {
    /// Whether it needs attention: overdue, never run, or its last run failed.
    pub fn needs_attention(&self) -> bool {
        matches!(self.due, Due::Never | Due::Overdue(_)) || self.last_verdict == Some(Verdict::Fail)
    }
}

/// Readiness of every drill on `today`: the latest run of each and when it is due. Only a
/// finished run that did not fail proves the drill: after a failed or stopped one it is due
/// now.
pub fn status(drills: &[Drill], records: &[RunRecord], today: Date) -> Vec<Readiness> {
    drills
        .iter()
        .map(|d| {
            let last = records
                .iter()
                .filter(|r| r.drill.id == d.id && r.status != RunStatus::Running)
                .max_by(|a, b| a.started.cmp(&b.started));
            let proven = last.is_some_and(|r| {
                r.status == RunStatus::Finished
                    && r.score.as_ref().is_none_or(|s| s.verdict != Verdict::Fail)
            });
            let last_date = last.and_then(|r| r.date().parse::<Date>().ok());
            let days_since = last_date.and_then(|date| days_between(date, today));
            let every = d.due_every();
            let due = match (every, days_since) {
                (None, _) => Due::Unscheduled,
                (Some(_), None) => Due::Never,
                (Some(_), Some(_)) if !proven => Due::Never,
                (Some(e), Some(since)) if since > i64::from(e) => {
                    Due::Overdue(since - i64::from(e))
                }
                (Some(e), Some(since)) => Due::In(i64::from(e) - since),
            };
            Readiness {
                drill: d.id.clone(),
                title: d.title.clone(),
                kind: d.kind_name(),
                last_run: last.map(|r| r.date().to_string()),
                last_incomplete: last.is_some_and(|r| r.status == RunStatus::Stopped),
                last_verdict: last.and_then(|r| r.score.as_ref().map(|s| s.verdict)),
                days_since,
                every_days: every,
                due,
            }
        })
        .collect()
}

/// Whole days from `from` to `to` (negative if `to` is earlier).
fn days_between(from: Date, to: Date) -> Option<i64> {
    // For civil dates `until` counts in days unless asked for larger units.
    Some(i64::from(from.until(to).ok()?.get_days()))
}

/// The readiness table, most urgent first.
pub fn render(rows: &[Readiness], today: &str) -> String {
    let mut sorted: Vec<&Readiness> = rows.iter().collect();
    sorted.sort_by_key(|r| match r.due {
        Due::Overdue(n) => (0, -n),
        Due::Never => (1, 0),
        _ if r.last_verdict == Some(Verdict::Fail) => (2, 0),
        Due::In(n) => (3, n),
        Due::Unscheduled => (4, 0),
    });
    let mut out = format!("{}\n\n", crate::tr!("drill-readiness-title", today = today));
    let width = rows.iter().map(|r| r.drill.len()).max().unwrap_or(2);
    let states: Vec<(&Readiness, String)> = sorted
        .into_iter()
        .map(|r| {
            let state = match r.due {
                Due::Overdue(_) => crate::tr!("drill-state-overdue"),
                _ if r.last_verdict == Some(Verdict::Fail) && !r.last_incomplete => {
                    crate::tr!("drill-state-failed")
                }
                Due::Never => crate::tr!("drill-state-due-now"),
                Due::In(n) if n <= 14 => crate::tr!("drill-state-due-soon"),
                _ => crate::tr!("drill-state-ok"),
            };
            (r, state)
        })
        .collect();
    // Columns line up by display width (a Chinese state is two cells a character).
    let state_width = states
        .iter()
        .map(|(_, s)| s.width())
        .max()
        .unwrap_or(0)
        .max(8);
    for (r, state) in states {
        let last = match (&r.last_run, r.last_verdict, r.days_since) {
            (Some(d), _, Some(n)) if r.last_incomplete => {
                crate::tr!("drill-last-stopped", date = d.as_str(), days = n)
            }
            (Some(d), Some(v), Some(n)) => crate::tr!(
                "drill-last-verdict",
                date = d.as_str(),
                verdict = v.label(),
                days = n
            ),
            (Some(d), _, _) => crate::tr!("drill-last-date", date = d.as_str()),
            _ => crate::tr!("drill-never-run"),
        };
        let due = match (r.due, r.every_days) {
            (Due::Overdue(n), Some(e)) => crate::tr!("drill-due-overdue", every = e, days = n),
            (Due::Never, Some(e)) => crate::tr!("drill-due-now", every = e),
            (Due::In(n), Some(e)) => crate::tr!("drill-due-in", every = e, days = n),
            _ => crate::tr!("drill-no-schedule"),
        };
        let pad = " ".repeat(state_width.saturating_sub(state.width()));
        let _ = writeln!(
            out,
            "  {state}{pad}  {:<width$}  {}",
            r.drill,
            crate::tr!("drill-readiness-row", last = last, due = due)
        );
    }
    let _ = writeln!(out, "\n{}", crate::tr!("drill-readiness-hint"));
    out
}
