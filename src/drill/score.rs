//! Scoring a drill run, as a pure function of the drill and the saved run.
//!
//! Tabletop (100 points): 60 for reaching the expected outcome first; 20 for following the
//! expected path (in proportion to how far the answers matched it before they left it; all
//! 20 when the drill gives no path and the outcome is right); 20 for time (all within the
//! target, falling to none at twice the target; all 20 when there is no target and an
//! outcome was reached). Verdict: pass when the outcome is right and within the target.
//!
//! Validation: the share of tasks passed. Verdict: fail when any task failed, pass when all
//! passed, incomplete otherwise (skipped or unmarked tasks).

use serde::{Deserialize, Serialize};

use super::record::{Mark, RunRecord, RunStatus, clock};
use super::{Drill, DrillKind, Tabletop};
use crate::playbook::Playbook;

/// A run's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// 0 to 100.
    pub points: u32,
    /// Pass, fail or incomplete.
    pub verdict: Verdict,
    /// Seconds from the start to the end (tabletop: to the first outcome).
    pub elapsed_secs: u64,
    /// The time to beat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_secs: Option<u64>,
    /// Tabletop: the outcome expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_outcome: Option<String>,
    /// Tabletop: the first outcome reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached_outcome: Option<String>,
    /// Tabletop: where the answers first left the expected path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deviation: Option<Deviation>,
    /// Validation: counts of marks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Tally>,
    /// The points, part by part, in words.
    pub breakdown: Vec<String>,
    /// What to fix before the next run.
    pub fixes: Vec<String>,
}

/// How a run went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Met the bar.
    Pass,
    /// Did not.
    Fail,
    /// Stopped early, or tasks skipped or unmarked.
    Incomplete,
}

impl Verdict {
    /// "PASS", "FAIL", "INCOMPLETE", in the interface language.
    pub fn label(self) -> String {
        match self {
            Verdict::Pass => crate::tr!("drill-verdict-pass"),
            Verdict::Fail => crate::tr!("drill-verdict-fail"),
            Verdict::Incomplete => crate::tr!("drill-verdict-incomplete"),
        }
    }
}

/// Where a tabletop walk first left the expected path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deviation {
    /// Which answer (1-based).
    pub step: usize,
    /// The question the expected path was at.
    pub node: String,
    /// The expected option.
    pub expected: String,
    /// What was answered there instead (`None`: a different question, or none).
    pub chosen: Option<String>,
    /// The question that was answered instead, if another one.
    pub chosen_node: Option<String>,
}

/// Marks counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tally {
    /// Passed.
    pub pass: usize,
    /// Failed.
    pub fail: usize,
    /// Skipped.
    pub skipped: usize,
    /// Not marked.
    pub unmarked: usize,
}

/// Scores `record` of `drill`; `playbook` (for tabletop drills) makes the fixes readable.
pub fn score(drill: &Drill, record: &RunRecord, playbook: Option<&Playbook>) -> Score {
    match &drill.kind {
        DrillKind::Tabletop(t) => tabletop(t, record, playbook),
        DrillKind::Validation(_) => validation(drill, record),
    }
}

/// The path line of the breakdown: how many expected answers matched, and whether the walk
/// left the path at all.
fn path_line(points: u32, matched: usize, expected: usize) -> String {
    if expected == 0 {
        crate::tr!("drill-score-path-none", points = points)
    } else if matched >= expected {
        crate::tr!("drill-score-path-all", points = points, expected = expected)
    } else {
        crate::tr!(
            "drill-score-path-part",
            points = points,
            matched = matched,
            expected = expected
        )
    }
}

fn tabletop(t: &Tabletop, record: &RunRecord, pb: Option<&Playbook>) -> Score {
    let first = record.first_outcome();
    let reached = first.map(|(n, _)| n.to_string());
    let elapsed = first.map_or(record.elapsed(), |(_, s)| s);
    let outcome_ok = reached.as_deref() == Some(t.expect_outcome.as_str());
    let answers = record.answers();
    let matched = answers
        .iter()
        .zip(&t.expect_path)
        .take_while(|((n, o, _), e)| *n == e.node && *o == e.option)
        .count();
    let deviation = (matched < t.expect_path.len())
        .then(|| {
            let e = t.expect_path.get(matched)?;
            let got = answers.get(matched);
            Some(Deviation {
                step: matched + 1,
                node: e.node.clone(),
                expected: e.option.clone(),
                chosen: got
                    .filter(|(n, _, _)| *n == e.node)
                    .map(|(_, o, _)| o.clone()),
                chosen_node: got
                    .filter(|(n, _, _)| *n != e.node)
                    .map(|(n, _, _)| n.clone()),
            })
        })
        .flatten();
    let mut breakdown = Vec::new();
    let mut fixes = Vec::new();
    let outcome_points = if outcome_ok { 60 } else { 0 };
    breakdown.push(match &reached {
        Some(r) if outcome_ok => crate::tr!("drill-score-outcome-ok", reached = r.as_str()),
        Some(r) => crate::tr!(
            "drill-score-outcome-other",
            reached = r.as_str(),
            expected = t.expect_outcome.as_str()
        ),
        None => crate::tr!(
            "drill-score-outcome-none",
            expected = t.expect_outcome.as_str()
        ),
    });
    let path_points = if t.expect_path.is_empty() {
        if outcome_ok { 20 } else { 0 }
    } else {
        u32::try_from(matched * 20 / t.expect_path.len()).unwrap_or(0)
    };
    breakdown.push(path_line(path_points, matched, t.expect_path.len()));
    let (time_points, over, line) = time(t.target_secs, reached.is_some(), elapsed);
    breakdown.push(line);
    if let Some(d) = &deviation {
        fixes.push(deviation_fix(d, pb));
    }
    match &reached {
        Some(r) if !outcome_ok => fixes.push(crate::tr!(
            "drill-fix-wrong-outcome",
            reached = heading(pb, r),
            expected = heading(pb, &t.expect_outcome)
        )),
        None => fixes.push(crate::tr!("drill-fix-no-outcome")),
        Some(_) => {}
    }
    if let (Some(target), Some(late)) = (t.target_secs, over) {
        fixes.push(crate::tr!(
            "drill-fix-over-time",
            over = clock(late),
            target = clock(target)
        ));
    }
    let verdict = match (&reached, outcome_ok, over) {
        (None, _, _) => Verdict::Incomplete,
        (Some(_), true, None) => Verdict::Pass,
        _ => Verdict::Fail,
    };
    Score {
        points: outcome_points + path_points + time_points,
        verdict,
        elapsed_secs: elapsed,
        target_secs: t.target_secs,
        expected_outcome: Some(t.expect_outcome.clone()),
        reached_outcome: reached,
        deviation,
        tasks: None,
        breakdown,
        fixes,
    }
}

/// Time points (20 within the target, falling to 0 at twice the target), how far over,
/// and the breakdown line.
fn time(target: Option<u64>, reached: bool, elapsed: u64) -> (u32, Option<u64>, String) {
    let (points, over) = match (target, reached) {
        (_, false) => (0, None),
        (None, true) => (20, None),
        (Some(target), true) if elapsed <= target => (20, None),
        (Some(target), true) => {
            let late = elapsed - target;
            let left = target.saturating_sub(late);
            (
                u32::try_from(left * 20 / target.max(1)).unwrap_or(0),
                Some(late),
            )
        }
    };
    let line = match (target, over) {
        (None, _) => crate::tr!(
            "drill-score-time-no-target",
            points = points,
            taken = clock(elapsed)
        ),
        (Some(target), None) => crate::tr!(
            "drill-score-time-in",
            points = points,
            taken = clock(elapsed),
            target = clock(target)
        ),
        (Some(target), Some(late)) => crate::tr!(
            "drill-score-time-over",
            points = points,
            taken = clock(elapsed),
            target = clock(target),
            over = clock(late)
        ),
    };
    (points, over, line)
}

/// The readable fix for a deviation.
fn deviation_fix(d: &Deviation, pb: Option<&Playbook>) -> String {
    let q = heading(pb, &d.node);
    let expected = label(pb, &d.node, &d.expected);
    match (&d.chosen, &d.chosen_node) {
        (Some(c), _) => crate::tr!(
            "drill-fix-chose",
            step = d.step,
            question = q,
            chosen = label(pb, &d.node, c),
            expected = expected
        ),
        (None, Some(other)) => crate::tr!(
            "drill-fix-other-branch",
            step = d.step,
            other = heading(pb, other),
            question = q,
            expected = expected
        ),
        (None, None) => crate::tr!(
            "drill-fix-stopped-before",
            step = d.step,
            question = q,
            expected = expected
        ),
    }
}

/// A node's question or title, or its id without the playbook.
pub(super) fn heading(pb: Option<&Playbook>, node: &str) -> String {
    pb.and_then(|pb| pb.find(node))
        .and_then(|id| pb.map(|pb| pb.node(id).heading().to_string()))
        .unwrap_or_else(|| node.to_string())
}

/// An option's label, or its id without the playbook.
pub(super) fn label(pb: Option<&Playbook>, node: &str, option: &str) -> String {
    pb.and_then(|pb| pb.find(node).map(|id| pb.node(id)))
        .and_then(|n| n.as_question())
        .and_then(|q| q.options.iter().find(|o| o.id == option))
        .map_or_else(|| option.to_string(), |o| o.label.clone())
}

fn validation(drill: &Drill, record: &RunRecord) -> Score {
    let mut tally = Tally::default();
    let mut fixes = Vec::new();
    for (result, task) in record.tasks.iter().zip(drill.tasks()) {
        match result.mark {
            Some(Mark::Pass) => tally.pass += 1,
            Some(Mark::Fail) => {
                tally.fail += 1;
                let mut fix = crate::tr!(
                    "drill-fix-task-failed",
                    task = task.title.as_str(),
                    fix = task
                        .fix
                        .clone()
                        .unwrap_or_else(|| crate::tr!("drill-fix-task-default"))
                );
                if let Some(note) = &result.note {
                    fix = crate::tr!("drill-fix-task-note", fix = fix, note = note.as_str());
                }
                fixes.push(fix);
            }
            Some(Mark::Skipped) => {
                tally.skipped += 1;
                fixes.push(crate::tr!(
                    "drill-fix-task-skipped",
                    task = task.title.as_str()
                ));
            }
            None => {
                tally.unmarked += 1;
                fixes.push(crate::tr!(
                    "drill-fix-task-unmarked",
                    task = task.title.as_str()
                ));
            }
        }
    }
    let total = record.tasks.len().max(1);
    let points = u32::try_from(tally.pass * 100 / total).unwrap_or(0);
    let verdict = if tally.fail > 0 {
        Verdict::Fail
    } else if tally.pass == record.tasks.len() && record.status != RunStatus::Running {
        Verdict::Pass
    } else {
        Verdict::Incomplete
    };
    Score {
        points,
        verdict,
        elapsed_secs: record.elapsed(),
        target_secs: None,
        expected_outcome: None,
        reached_outcome: None,
        deviation: None,
        tasks: Some(tally),
        breakdown: vec![crate::tr!(
            "drill-score-tasks",
            pass = tally.pass,
            fail = tally.fail,
            skipped = tally.skipped,
            unmarked = tally.unmarked,
            total = record.tasks.len()
        )],
        fixes,
    }
}
