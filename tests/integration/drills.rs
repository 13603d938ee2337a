//! Drills: the built-in drills load; scoring on scripted runs (on path, off path, over
//! time, stopped); injects fire once at their node or time (a test clock, no sleeps); a
//! validation drill with a failed task; after-action report snapshots; history and
//! readiness from fixed dates; drill files with errors reported at their line and column;
//! the commands through the real binary; the drill screens snapshotted.

use std::cell::Cell;
use std::rc::Rc;

use breakglass::drill::builtin::BUILTIN_DRILLS;
use breakglass::drill::history::{self, Due};
use breakglass::drill::record::RunRecord;
use breakglass::drill::run::MarkError;
use breakglass::drill::score::Verdict;
use breakglass::drill::{self, Drill, DrillRun, Mark, Trigger, report};
use breakglass::engine::Session;
use breakglass::playbook::{CheckOptions, Playbook};
use breakglass::transcript::Clock;
use jiff::Timestamp;

use crate::common::{FOUNDING, builtin_playbook, fixture_path, run_piped, tempdir};

/// A clock the test moves by hand.
#[derive(Clone)]
struct TestClock(Rc<Cell<Timestamp>>);

impl TestClock {
    fn at(stamp: &str) -> Self {
        Self(Rc::new(Cell::new(stamp.parse().unwrap())))
    }

    fn advance(&self, secs: i64) {
        let t = self.0.get() + jiff::SignedDuration::from_secs(secs);
        self.0.set(t);
    }
}

impl Clock for TestClock {
    fn now(&self) -> Timestamp {
        self.0.get()
    }
}

fn builtin_drill(id: &str) -> Drill {
    let b = BUILTIN_DRILLS.iter().find(|b| b.id == id).unwrap();
    drill::load_str(b.text, &drill::builtin_playbooks, &CheckOptions::default())
        .unwrap_or_else(|d| panic!("{id}: {d:#?}"))
        .drill
}

/// A tabletop run driven by a real session: `answers` (NODE=OPTION), `secs` between
/// answers. Returns the run and the injects seen, in order.
fn walk(drill: Drill, answers: &[&str], secs: i64) -> (DrillRun, Vec<String>) {
    let pb = builtin_playbook();
    let clock = TestClock::at("2026-11-28T14:00:00Z");
    let mut run = DrillRun::start(drill, Some(pb.clone()), Box::new(clock.clone()));
    let mut s = Session::new(pb);
    let mut seen: Vec<String> = run
        .observe(&s.drain_events())
        .into_iter()
        .map(|i| i.message)
        .collect();
    for a in answers {
        clock.advance(secs);
        seen.extend(run.tick().into_iter().map(|i| i.message));
        let (node, option) = a.split_once('=').unwrap();
        s.skip_info();
        s.answer(node, option).unwrap();
        seen.extend(
            run.observe(&s.drain_events())
                .into_iter()
                .map(|i| i.message),
        );
    }
    (run, seen)
}

#[test]
fn the_builtin_drills_load_and_cover_what_teams_rehearse() {
    let drills: Vec<Drill> = BUILTIN_DRILLS.iter().map(|b| builtin_drill(b.id)).collect();
    let tabletop: Vec<&Drill> = drills.iter().filter(|d| d.tabletop().is_some()).collect();
    assert!(tabletop.len() >= 3);
    for id in ["founding-case", "conditional-access-lockout"] {
        assert!(tabletop.iter().any(|d| d.id == id), "{id}");
    }
    let v = drills
        .iter()
        .find(|d| d.id == "emergency-access-validation")
        .unwrap();
    assert_eq!(v.due_every(), Some(90));
    let text: String = v.tasks().iter().map(|t| t.title.to_lowercase()).collect();
    for step in [
        "security team",
        "authorised",
        "safe",
        "clean browser",
        "admin task",
        "alert",
        "personal method",
        "back",
    ] {
        assert!(text.contains(step), "the validation drill lacks `{step}`");
    }
    for b in BUILTIN_DRILLS {
        assert!(
            b.text
                .starts_with("# yaml-language-server: $schema=../../schema/drill.schema.json\n"),
            "{}",
            b.path
        );
    }
}

#[test]
fn on_path_in_time_scores_100_and_passes() {
    let (run, _) = walk(builtin_drill("founding-case"), &FOUNDING, 30);
    let score = run.record().score.clone().expect("scored at the outcome");
    assert!(!run.is_running(), "the run ends at the first outcome");
    assert_eq!(score.points, 100, "{score:#?}");
    assert_eq!(score.verdict, Verdict::Pass);
    assert_eq!(score.elapsed_secs, 240);
    assert!(score.deviation.is_none());
    assert!(score.fixes.is_empty());
}

#[test]
fn off_path_says_where_it_left_the_expected_path() {
    let mut answers = FOUNDING[..6].to_vec();
    answers.push("who-else=other-admin");
    let (run, _) = walk(builtin_drill("founding-case"), &answers, 30);
    let score = run.record().score.clone().unwrap();
    assert_eq!(score.verdict, Verdict::Fail);
    assert_eq!(
        score.reached_outcome.as_deref(),
        Some("another-admin-resets")
    );
    let d = score.deviation.clone().unwrap();
    assert_eq!(
        (d.step, d.node.as_str(), d.expected.as_str()),
        (7, "who-else", "nobody")
    );
    assert_eq!(d.chosen.as_deref(), Some("other-admin"));
    // 0 for the outcome, 6 of 8 answers for the path (15), all 20 for time.
    assert_eq!(score.points, 35, "{:#?}", score.breakdown);
    assert!(
        score.fixes[0].contains("the team chose \"Yes, another admin or our help desk"),
        "{:?}",
        score.fixes
    );
}

#[test]
fn over_time_loses_time_points_and_fails() {
    let (run, _) = walk(builtin_drill("founding-case"), &FOUNDING, 100);
    let score = run.record().score.clone().unwrap();
    assert_eq!(score.elapsed_secs, 800);
    assert_eq!(score.verdict, Verdict::Fail, "right outcome, but 3:20 over");
    // 200 s over a 600 s target: 20 × 400 / 600 = 13.
    assert_eq!(score.points, 93, "{:#?}", score.breakdown);
    assert!(
        score
            .fixes
            .iter()
            .any(|f| f.contains("3:20 over the 10:00 target")),
        "{:?}",
        score.fixes
    );
}

#[test]
fn a_walk_stopped_before_an_outcome_is_incomplete() {
    let (mut run, _) = walk(builtin_drill("founding-case"), &FOUNDING[..3], 30);
    assert!(run.is_running());
    run.stop("input ended before an outcome");
    let score = run.record().score.clone().unwrap();
    assert_eq!(score.verdict, Verdict::Incomplete);
    assert_eq!(score.points, 7, "3 of 8 answers: 20 × 3 / 8 = 7");
}

#[test]
fn injects_fire_once_at_their_node_or_time() {
    let drill = builtin_drill("founding-case");
    let t = drill.tabletop().unwrap().clone();
    assert!(
        t.injects
            .iter()
            .any(|i| i.trigger == Trigger::AfterSeconds(240))
    );
    let pb = builtin_playbook();
    let clock = TestClock::at("2026-11-28T14:00:00Z");
    let mut run = DrillRun::start(drill, Some(pb.clone()), Box::new(clock.clone()));
    let mut s = Session::new(pb);
    assert!(run.observe(&s.drain_events()).is_empty());
    for a in &FOUNDING[..3] {
        let (n, o) = a.split_once('=').unwrap();
        s.answer(n, o).unwrap();
    }
    let at_node = run.observe(&s.drain_events());
    assert_eq!(at_node.len(), 1, "the which-check inject");
    assert!(at_node[0].message.contains("two prompts"));
    // Back and forward again: the node is shown again, the inject does not repeat.
    s.back();
    s.answer("account-kind", "personal").unwrap();
    assert!(run.observe(&s.drain_events()).is_empty(), "fires once");
    clock.advance(239);
    assert!(run.tick().is_empty(), "not before its time");
    clock.advance(1);
    let timed = run.tick();
    assert_eq!(timed.len(), 1);
    assert!(timed[0].message.contains("business partner"));
    clock.advance(600);
    assert!(run.tick().is_empty(), "fires once");
    let fired: Vec<bool> = run.schedule().iter().map(|(_, _, f)| *f).collect();
    assert_eq!(fired, vec![true, true, false]);
    let logged = run
        .record()
        .timeline
        .iter()
        .filter(|e| matches!(e.event, drill::record::RunEvent::Inject { .. }))
        .count();
    assert_eq!(logged, 2, "each inject is in the timeline once");
}

/// The validation drill: all pass except one failed and one skipped.
fn validation_run() -> DrillRun {
    let clock = TestClock::at("2026-11-28T09:00:00Z");
    let drill = builtin_drill("emergency-access-validation");
    let n = drill.tasks().len();
    let mut run = DrillRun::start(drill, None, Box::new(clock.clone()));
    for i in 0..n {
        clock.advance(90);
        let (mark, note) = match i {
            3 => (
                Mark::Fail,
                Some("FIDO2 key PIN unknown to both holders".to_string()),
            ),
            5 => (
                Mark::Skipped,
                Some("Alert channel under maintenance".to_string()),
            ),
            _ => (Mark::Pass, None),
        };
        run.mark(i, mark, note).unwrap();
    }
    run.finish();
    run
}

#[test]
fn a_validation_drill_with_a_failed_task_fails_and_says_what_to_fix() {
    let run = validation_run();
    let score = run.record().score.clone().unwrap();
    assert_eq!(score.verdict, Verdict::Fail);
    let tally = score.tasks.unwrap();
    assert_eq!(
        (tally.pass, tally.fail, tally.skipped, tally.unmarked),
        (7, 1, 1, 0)
    );
    assert_eq!(score.points, 77);
    assert!(score.fixes[0].starts_with("Sign in from a clean browser: failed."));
    assert!(score.fixes[0].contains("Note: FIDO2 key PIN unknown"));
    assert!(score.fixes[1].contains("skipped"));
}

#[test]
fn a_note_that_looks_like_a_secret_is_refused_and_not_kept() {
    let clock = TestClock::at("2026-11-28T09:00:00Z");
    let mut run = DrillRun::start(
        builtin_drill("emergency-access-validation"),
        None,
        Box::new(clock),
    );
    for note in [
        "password: Winter2026!",
        "PIN=4711",
        "the recovery code is 1234-5678",
        "Token: eyJhbGciOi",
    ] {
        assert!(
            matches!(
                run.mark(0, Mark::Pass, Some(note.into())),
                Err(MarkError::SecretInNote(_))
            ),
            "{note}"
        );
    }
    assert_eq!(run.record().tasks[0].mark, None, "nothing was marked");
    for fine in [
        "The PIN was reset by the key holder",
        "Password manager entry checked",
        "token of appreciation",
    ] {
        run.mark(0, Mark::Pass, Some(fine.into())).unwrap();
    }
}

/// A record with a fixed id and tool, for snapshots.
fn stable(r: &RunRecord) -> RunRecord {
    let mut r = r.clone();
    r.id = "20261128T090000Z-abcd".into();
    r.tool = "breakglass X.Y.Z".into();
    r
}

#[test]
fn the_after_action_report_of_a_validation_drill() {
    let run = validation_run();
    let md = report::to_markdown(run.drill(), &stable(run.record()), None);
    insta::assert_snapshot!("validation_report_md", md);
    let json = report::to_json(run.drill(), &stable(run.record()), None);
    assert_eq!(json["format"], "breakglass-drill-report/1");
    assert_eq!(json["score"]["verdict"], "fail");
    assert_eq!(json["run"]["tasks"][3]["mark"], "fail");
}

#[test]
fn the_after_action_report_of_a_tabletop_drill_off_path() {
    let mut answers = FOUNDING[..6].to_vec();
    answers.push("who-else=other-admin");
    let (run, _) = walk(builtin_drill("founding-case"), &answers, 45);
    let pb = builtin_playbook();
    let md = report::to_markdown(run.drill(), &stable(run.record()), Some(&pb));
    insta::assert_snapshot!("tabletop_report_md", md);
}

fn record_on(drill: &Drill, stamp: &str, fail: bool) -> RunRecord {
    let clock = TestClock::at(stamp);
    let mut run = DrillRun::start(drill.clone(), None, Box::new(clock));
    for i in 0..drill.tasks().len() {
        let mark = if fail && i == 0 {
            Mark::Fail
        } else {
            Mark::Pass
        };
        run.mark(i, mark, None).unwrap();
    }
    run.finish();
    run.record().clone()
}

#[test]
fn readiness_and_history_from_fixed_dates() {
    let v = builtin_drill("emergency-access-validation");
    let t = builtin_drill("founding-case");
    let today: jiff::civil::Date = "2026-11-28".parse().unwrap();
    // Never run: due now. A tabletop drill without every_days: no schedule.
    let rows = history::status(&[v.clone(), t.clone()], &[], today);
    assert_eq!(rows[0].due, Due::Never);
    assert!(rows[0].needs_attention());
    assert_eq!(rows[1].due, Due::Unscheduled);
    assert!(!rows[1].needs_attention());
    // Last run 2026-08-01: 119 days ago, every 90 days: 29 days overdue.
    let old = record_on(&v, "2026-08-01T10:00:00Z", false);
    let rows = history::status(std::slice::from_ref(&v), std::slice::from_ref(&old), today);
    assert_eq!(rows[0].days_since, Some(119));
    assert_eq!(rows[0].due, Due::Overdue(29));
    // Then again on 2026-11-01: due in 63 days, but that run failed.
    let newer = record_on(&v, "2026-11-01T10:00:00Z", true);
    let rows = history::status(
        std::slice::from_ref(&v),
        &[old.clone(), newer.clone()],
        today,
    );
    // B14 (issue 12): a failed validation leaves the accounts unproven: due now, not
    // "due in 63 days".
    assert_eq!(rows[0].due, Due::Never);
    assert_eq!(rows[0].last_verdict, Some(Verdict::Fail));
    assert!(
        rows[0].needs_attention(),
        "a failed validation needs attention"
    );
    // B14: a stopped (incomplete) run is listed as the last run and proves nothing: due
    // now, even after a pass (it said "never run" before).
    let passed = record_on(&v, "2026-11-10T10:00:00Z", false);
    let mut stopped = record_on(&v, "2026-11-20T10:00:00Z", false);
    stopped.status = drill::record::RunStatus::Stopped;
    let rows = history::status(
        std::slice::from_ref(&v),
        &[passed.clone(), stopped.clone()],
        today,
    );
    assert_eq!(rows[0].last_run.as_deref(), Some("2026-11-20"));
    assert!(rows[0].last_incomplete);
    assert_eq!(rows[0].due, Due::Never);
    let text = history::render(&rows, "2026-11-28");
    assert!(text.contains("DUE NOW"), "{text}");
    assert!(text.contains("stopped before the end"), "{text}");
    assert!(!text.contains("never run"), "{text}");
    // Only stopped runs: not "never run" either.
    let rows = history::status(std::slice::from_ref(&v), &[stopped], today);
    assert_eq!(rows[0].due, Due::Never);
    assert!(!history::render(&rows, "2026-11-28").contains("never run"));
    // A pass after that proves it again.
    let rows = history::status(std::slice::from_ref(&v), &[passed], today);
    assert_eq!(rows[0].due, Due::In(72));
    // History: oldest first, with the trend.
    let best = record_on(&v, "2026-11-27T10:00:00Z", false);
    let h = history::history(&[best, old, newer]);
    assert_eq!(h.len(), 1);
    let points: Vec<u32> = h[0].runs.iter().map(|r| r.points).collect();
    assert_eq!(points, vec![100, 88, 100]);
    assert_eq!(h[0].trend(), "100 → 88 → 100 (better by 12)");
    let rendered = history::render(&history::status(&[v, t], &[], today), "2026-11-28");
    assert!(rendered.contains("DUE NOW"), "{rendered}");
}

#[test]
fn drill_files_with_errors_are_reported_at_their_line_and_column() {
    let cases: [(&str, &str, u64, u64); 10] = [
        ("unknown-playbook", "drill::unknown-playbook", 6, 11),
        ("path-mismatch", "drill::path-mismatch", 12, 7),
        ("unknown-option", "drill::unknown-option", 11, 7),
        ("not-an-outcome", "drill::not-an-outcome", 9, 12),
        ("unknown-outcome", "drill::unknown-node", 9, 12),
        ("inject-without-trigger", "drill::inject-trigger", 11, 14),
        ("typo-field", "playbook::yaml", 10, 1),
        ("misplaced-field", "drill::misplaced-field", 6, 11),
        ("no-tasks", "drill::no-tasks", 4, 7),
        ("wrong-kind", "drill::kind", 4, 7),
    ];
    let dir = fixture_path("drills-invalid");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    let mut covered: Vec<String> = cases.iter().map(|c| c.0.to_string()).collect();
    covered.sort();
    assert_eq!(names, covered, "every fixture has a case");
    for (name, code, line, col) in cases {
        let text = std::fs::read_to_string(dir.join(format!("{name}.yaml"))).unwrap();
        let diags = drill::load_str(&text, &drill::builtin_playbooks, &CheckOptions::default())
            .expect_err(name);
        assert_eq!(diags[0].code, code, "{name}: {diags:#?}");
        let p = diags[0].pos.unwrap();
        assert_eq!((p.line, p.col), (line, col), "{name}: {}", diags[0].message);
        assert!(diags[0].help.is_some(), "{name}");
    }
    // Through the real binary, as a person would see it.
    let path = dir.join("path-mismatch.yaml");
    let r = run_piped(&["validate", path.to_str().unwrap()], "", &tempdir());
    r.code(1)
        .stdout_has("path-mismatch.yaml:12:7")
        .stdout_has("the path reaches `symptom` here, not `account-kind`");
}

#[test]
fn user_drills_come_from_the_config_dir_and_validate_with_the_rest() {
    let config = tempdir();
    std::fs::create_dir_all(config.join("drills")).unwrap();
    let own = BUILTIN_DRILLS[1]
        .text
        .replace("id: founding-case", "id: our-founding-case");
    std::fs::write(config.join("drills/ours.yaml"), own).unwrap();
    std::fs::copy(
        fixture_path("drills-invalid/no-tasks.yaml"),
        config.join("drills/broken.yaml"),
    )
    .unwrap();
    let r = crate::common::run_with_config(&["drill"], &config);
    r.code(0)
        .stdout_has("our-founding-case")
        .stderr_has("broken.yaml");
    let r = crate::common::run_with_config(&["validate"], &config);
    r.code(1).stdout_has("broken.yaml:4:7");
}

/// Marks for every task of the validation drill in plain mode: all pass, task 4 fails
/// with a note, and one secret-looking note is refused first.
fn validation_input() -> String {
    let mut input = String::from("\n");
    for i in 0..9 {
        match i {
            3 => input.push_str("f\npassword: hunter2\nKey PIN unknown to both holders\n"),
            _ => input.push_str("p\n\n"),
        }
    }
    input
}

#[test]
fn a_team_lead_runs_the_validation_drill_and_gets_the_report_history_and_status() {
    let data = tempdir();
    let r = run_piped(
        &["drill", "run", "emergency-access-validation", "--plain"],
        &validation_input(),
        &data,
    );
    r.code(0)
        .stdout_has("Task 1 of 9: Tell the security team that the test is starting.")
        .stdout_has("Not kept: the note looks like it holds a secret")
        .stdout_has("Task 4 marked FAIL.")
        .stdout_has("Drill finished: FAIL, 88 of 100 points")
        .stdout_has("After-action report: ");
    let (runs, _) = breakglass::store::Store::at(&data).list_runs();
    assert_eq!(runs.len(), 1);
    let json = serde_json::to_string(&runs[0]).unwrap();
    assert!(!json.contains("hunter2"), "the refused note was not saved");
    let id = runs[0].id.clone();
    let report = run_piped(&["drill", "report", &id], "", &data);
    report
        .code(0)
        .stdout_has("# After-action report: Validation: test the emergency-access")
        .stdout_has("| 4 | Sign in from a clean browser | FAIL |");
    let json = run_piped(&["drill", "report", &id, "--format", "json"], "", &data);
    json.code(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["score"]["verdict"], "fail");
    run_piped(&["drill", "history"], "", &data)
        .code(0)
        .stdout_has("emergency-access-validation")
        .stdout_has("trend: 88 (first run)");
    let status = run_piped(&["status"], "", &data);
    status
        .code(0)
        .stdout_has("FAILED")
        // B14 (issue 12): a failed validation proves nothing: due now.
        .stdout_has("every 90 days: due now");
    run_piped(&["status", "--strict"], "", &data).code(4);
    run_piped(&["drill", "report", "nope"], "", &data)
        .code(2)
        .stderr_has("`breakglass drill history` lists the runs");
}

#[test]
fn a_tabletop_drill_runs_in_plain_mode_with_injects_and_the_clock() {
    let data = tempdir();
    let input = "\n1\n1\n1\n2\n2\n3\n5\n1\n";
    let r = run_piped(
        &["drill", "run", "founding-case", "--plain", "--facilitator"],
        input,
        &data,
    );
    r.code(0)
        .stdout_has("Scenario:")
        .stdout_has("Expected answer 7: who-else=nobody.")
        .stdout_has("Drill clock: 0:0")
        .stdout_has("Inject at 0:0")
        .stdout_has("I get two prompts")
        .stdout_has("Drill finished: PASS, 100 of 100 points");
    let stopped = run_piped(
        &["drill", "run", "founding-case", "--plain"],
        "\n1\n",
        &data,
    );
    stopped
        .code(0)
        .stdout_has("Drill stopped early: INCOMPLETE");
    let left = run_piped(&["drill", "run", "founding-case", "--plain"], "q\n", &data);
    left.code(0).stdout_has("Left before the clock started");
    run_piped(&["drill", "run", "no-such-drill"], "", &data)
        .code(2)
        .stderr_has("no drill is called `no-such-drill`");
}

mod screens {
    //! The drill screens, drawn with ratatui's TestBackend.
    use super::*;
    use breakglass::tui::drill::{Setup, TabletopScreen, TasksScreen};
    use breakglass::tui::driver::Screen;
    use breakglass::tui::theme::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Size;

    fn setup(clock: &TestClock, facilitator: bool) -> Setup {
        Setup {
            store: None,
            facilitator,
            clock: Box::new(clock.clone()),
            theme: Theme::mono(),
        }
    }

    fn draw(screen: &impl Screen, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| screen.draw(f)).unwrap();
        format!("{}", t.backend())
    }

    fn press(screen: &mut impl Screen, keys: &[KeyCode]) {
        for k in keys {
            screen.key(&KeyEvent::new(*k, KeyModifiers::NONE));
        }
    }

    fn tabletop(facilitator: bool) -> (TabletopScreen, TestClock) {
        let clock = TestClock::at("2026-11-28T14:00:00Z");
        let pb: Playbook = builtin_playbook();
        let s = TabletopScreen::new(
            builtin_drill("founding-case"),
            pb,
            setup(&clock, facilitator),
            Size::new(80, 24),
        );
        (s, clock)
    }

    #[test]
    fn the_scenario_card_then_the_clock_injects_and_the_debrief() {
        let (mut s, clock) = tabletop(true);
        insta::assert_snapshot!("drill_card_80x24", draw(&s, 80, 24));
        press(&mut s, &[KeyCode::Enter]);
        insta::assert_snapshot!("drill_facilitator_card_80x24", draw(&s, 80, 24));
        assert!(
            s.run().is_none(),
            "the clock starts when the last card closes"
        );
        press(&mut s, &[KeyCode::Enter]);
        assert!(s.run().is_some());
        clock.advance(65);
        assert!(s.tick());
        press(
            &mut s,
            &[KeyCode::Char('1'), KeyCode::Char('1'), KeyCode::Char('1')],
        );
        insta::assert_snapshot!("drill_inject_80x24", draw(&s, 80, 24));
        press(&mut s, &[KeyCode::Enter]);
        let screen = draw(&s, 80, 24);
        assert!(screen.contains("DRILL 1:05 / 10:00"), "{screen}");
        assert!(
            screen.contains("expected here \"Directory check fails\""),
            "{screen}"
        );
        for k in ['2', '2', '3', '5'] {
            press(&mut s, &[KeyCode::Char(k)]);
        }
        clock.advance(200);
        s.tick();
        press(&mut s, &[KeyCode::Enter]);
        press(&mut s, &[KeyCode::Enter, KeyCode::Char('1')]);
        insta::assert_snapshot!("drill_debrief_80x24", draw(&s, 80, 24));
        assert!(!s.done());
        press(&mut s, &[KeyCode::Enter]);
        assert!(s.done());
        let score = s.run().unwrap().record().score.clone().unwrap();
        assert_eq!(score.verdict, Verdict::Pass);
    }

    #[test]
    fn the_task_list_marks_tasks_and_refuses_secret_notes() {
        let clock = TestClock::at("2026-11-28T09:00:00Z");
        let mut s = TasksScreen::new(
            builtin_drill("emergency-access-validation"),
            setup(&clock, false),
            Size::new(80, 24),
        );
        press(&mut s, &[KeyCode::Enter]);
        clock.advance(45);
        press(&mut s, &[KeyCode::Char('p')]);
        clock.advance(120);
        press(&mut s, &[KeyCode::Char('f'), KeyCode::Char('n')]);
        for c in "pin: 1234".chars() {
            press(&mut s, &[KeyCode::Char(c)]);
        }
        press(&mut s, &[KeyCode::Enter]);
        let screen = draw(&s, 80, 24);
        assert!(
            screen.contains("Not kept: the note looks like it holds a secret"),
            "{screen}"
        );
        press(&mut s, &[KeyCode::Esc, KeyCode::Up, KeyCode::Char('n')]);
        for c in "Leaver still on the list".chars() {
            press(&mut s, &[KeyCode::Char(c)]);
        }
        press(&mut s, &[KeyCode::Enter, KeyCode::Down]);
        insta::assert_snapshot!("drill_tasks_80x24", draw(&s, 80, 24));
        press(&mut s, &[KeyCode::Char('d')]);
        assert!(draw(&s, 80, 24).contains("task(s) not marked yet"));
        let run = s.run().unwrap();
        assert_eq!(run.record().tasks[1].mark, Some(Mark::Fail));
        assert_eq!(
            run.record().tasks[1].note.as_deref(),
            Some("Leaver still on the list")
        );
    }

    /// B5 (issue 12): the tabletop timeline in the wizard never goes back in time, shows
    /// the first question once, and says "Finished" after the outcome; same in JSON.
    #[test]
    fn the_tabletop_timeline_is_in_order_without_repeats() {
        let (mut s, clock) = tabletop(false);
        press(&mut s, &[KeyCode::Enter]);
        assert!(s.run().is_some(), "the clock started");
        // Cards (injects) are closed as they come.
        let close_cards = |s: &mut TabletopScreen| {
            while s.run().is_some_and(DrillRun::is_running)
                && draw(s, 80, 24).contains("Enter continue")
            {
                press(s, &[KeyCode::Enter]);
            }
        };
        for k in ['1', '1', '1', '2', '2', '3', '5', '1'] {
            clock.advance(40);
            s.tick();
            close_cards(&mut s);
            press(&mut s, &[KeyCode::Char(k)]);
            close_cards(&mut s);
        }
        let run = s.run().unwrap();
        let json = breakglass::drill::report::to_json(
            run.drill(),
            run.record(),
            Some(&builtin_playbook()),
        );
        let rows: Vec<(u64, String)> = json["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["secs"].as_u64().unwrap(),
                    r["what"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let listing = rows
            .iter()
            .map(|(t, w)| format!("{t:>4} {w}"))
            .collect::<Vec<_>>()
            .join("\n");
        for pair in rows.windows(2) {
            assert!(pair[0].0 <= pair[1].0, "time goes back:\n{listing}");
        }
        // The first question, whatever the playbook calls it.
        let shown = rows
            .iter()
            .find(|(_, w)| w.starts_with("Shown: "))
            .map(|(_, w)| w.clone())
            .unwrap();
        let first = rows.iter().filter(|(_, w)| *w == shown).count();
        assert_eq!(first, 1, "the first question once:\n{listing}");
        let mut seen = std::collections::HashSet::new();
        for (_, w) in &rows {
            assert!(seen.insert(w.clone()), "repeated row {w:?}:\n{listing}");
        }
        let reached = rows
            .iter()
            .position(|(_, w)| w.starts_with("Reached the outcome"));
        let finished = rows.iter().position(|(_, w)| w == "Finished");
        assert!(reached.is_some() && finished > reached, "{listing}");
        let md = breakglass::drill::report::to_markdown(
            run.drill(),
            run.record(),
            Some(&builtin_playbook()),
        );
        assert_eq!(md.matches(&format!("| {shown} |")).count(), 1, "{md}");
    }

    /// B6 (issue 12): under the scenario and debrief cards the footer shows the card's
    /// keys, not the wizard's, and not "y yes n no" after the stop confirmation.
    #[test]
    fn drill_cards_show_their_own_keys_in_the_footer() {
        let last_row = |screen: &str| screen.lines().last().unwrap_or_default().to_string();
        let (mut s, _clock) = tabletop(false);
        let footer = last_row(&draw(&s, 80, 24));
        assert!(footer.contains("Enter continue"), "{footer}");
        assert!(
            !footer.contains("1–9 pick"),
            "wizard keys under the card: {footer}"
        );
        press(&mut s, &[KeyCode::Enter]);
        // q asks, y stops: the debrief card follows.
        press(&mut s, &[KeyCode::Char('q'), KeyCode::Char('y')]);
        let screen = draw(&s, 80, 24);
        assert!(
            screen.contains("Debrief") || screen.contains("debrief"),
            "{screen}"
        );
        let footer = last_row(&screen);
        assert!(footer.contains("Enter close"), "{footer}");
        assert!(
            !footer.contains("y yes"),
            "stuck on the confirmation: {footer}"
        );
        assert!(
            !footer.contains("Space tick"),
            "wizard keys under the debrief: {footer}"
        );
    }

    /// B3 (issue 12): the refusal of a secret-looking note is shown whole at 40×12.
    #[test]
    fn a_refused_note_is_shown_whole_in_a_small_window() {
        let clock = TestClock::at("2026-11-28T09:00:00Z");
        let mut s = TasksScreen::new(
            builtin_drill("emergency-access-validation"),
            setup(&clock, false),
            Size::new(40, 12),
        );
        press(&mut s, &[KeyCode::Enter, KeyCode::Char('n')]);
        for c in "pin: 1234".chars() {
            press(&mut s, &[KeyCode::Char(c)]);
        }
        press(&mut s, &[KeyCode::Enter]);
        let screen = draw(&s, 40, 12);
        let joined: String = screen
            .lines()
            .map(|l| l.trim_matches('"').trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            joined.contains("never a password, code or key"),
            "the end of the refusal is missing:\n{screen}"
        );
    }

    #[test]
    fn drawing_drill_screens_never_panics_at_small_sizes() {
        for (w, h) in [(1, 1), (10, 3), (30, 8), (40, 12), (200, 60)] {
            let (s, _) = tabletop(true);
            let _ = draw(&s, w, h);
            let clock = TestClock::at("2026-11-28T09:00:00Z");
            let mut t = TasksScreen::new(
                builtin_drill("emergency-access-validation"),
                setup(&clock, false),
                Size::new(w, h),
            );
            let _ = draw(&t, w, h);
            press(&mut t, &[KeyCode::Enter]);
            let _ = draw(&t, w, h);
        }
    }
}

/// B11 (issue 12): the validation drill's help says what `d` does with unmarked tasks
/// (it refuses), not that it "asks first".
#[test]
fn the_help_for_done_says_it_refuses_while_tasks_are_unmarked() {
    use breakglass::tui::keymap::{Context, help_rows};
    let rows = help_rows(Context::Tasks);
    let (_, d) = rows.iter().find(|(k, _)| *k == "d").unwrap();
    assert!(!d.contains("asks first"), "{d}");
    assert!(d.contains("refused"), "{d}");
}

/// B15 (issue 12): a walk that never left the expected path is not said to have left it.
#[test]
fn a_walk_on_the_path_is_not_said_to_leave_it() {
    let (run, _) = walk(builtin_drill("founding-case"), &FOUNDING, 30);
    let score = run.record().score.clone().unwrap();
    let path = score
        .breakdown
        .iter()
        .find(|l| l.starts_with("Path:"))
        .unwrap();
    assert!(!path.contains("before leaving the path"), "{path}");
    assert!(path.contains("kept to the path"), "{path}");
}

/// B15 (issue 12): `drill report` with an unknown id speaks of drill runs, not sessions.
#[test]
fn an_unknown_drill_run_is_called_a_drill_run() {
    let data = tempdir();
    run_piped(&["drill", "report", "nope"], "", &data)
        .code(2)
        .stderr_has("no drill run is called `nope`")
        .stderr_lacks("session");
}
