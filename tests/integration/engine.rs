//! Engine tests on small hand-made playbooks: back, restart, clamping, steps left,
//! checklists, replay.

use crate::common::{fixture, small};
use breakglass::engine::{Answer, Remaining, Session, StepError};

fn current(s: &Session) -> &str {
    &s.node().id
}

#[test]
fn starts_at_start_with_first_option_selected() {
    let s = small();
    assert_eq!(current(&s), "q1");
    assert_eq!(s.selected(), 0);
    assert!(s.trail().is_empty());
    assert_eq!(s.question_number(), 1);
}

#[test]
fn back_at_the_root_changes_nothing() {
    let mut s = small();
    s.select(2);
    assert!(!s.back());
    assert_eq!(current(&s), "q1");
    assert_eq!(s.selected(), 2);
}

#[test]
fn choosing_moves_on_and_back_restores_the_previous_choice() {
    let mut s = small();
    s.choose_id("left").unwrap();
    assert_eq!(current(&s), "q2");
    assert_eq!(s.selected(), 0);
    s.choose_id("up").unwrap();
    assert_eq!(current(&s), "q3");
    assert!(s.back());
    assert_eq!(current(&s), "q2");
    assert_eq!(s.selected(), 0, "up was option 0");
    assert!(s.back());
    assert_eq!(current(&s), "q1");
    assert_eq!(s.selected(), 0, "left was option 0");
}

#[test]
fn back_from_an_outcome_returns_to_the_question_with_the_answer_selected() {
    let mut s = small();
    s.choose_id("right").unwrap();
    assert_eq!(current(&s), "done-right");
    assert!(s.outcome().is_some());
    assert_eq!(
        s.advance(),
        Err(StepError::AtOutcome {
            node: "done-right".into()
        })
    );
    assert!(s.back());
    assert_eq!(current(&s), "q1");
    assert_eq!(s.selected(), 1);
}

#[test]
fn back_any_number_of_times_through_info_nodes() {
    let mut s = small();
    s.choose_id("third").unwrap();
    assert_eq!(current(&s), "note");
    s.advance().unwrap();
    assert_eq!(current(&s), "q3");
    s.choose_id("x").unwrap();
    assert_eq!(current(&s), "done-left");
    let mut seen = vec![current(&s).to_string()];
    while s.back() {
        seen.push(current(&s).to_string());
    }
    assert_eq!(seen, ["done-left", "q3", "note", "q1"]);
    assert_eq!(s.selected(), 2, "third was option 2");
}

#[test]
fn restart_goes_to_the_start_and_keeps_ticked_items() {
    let mut s = small();
    s.choose_id("left").unwrap();
    s.choose_id("down").unwrap();
    assert_eq!(s.toggle("after", "a"), Some(true));
    s.restart();
    assert_eq!(current(&s), "q1");
    assert!(s.trail().is_empty());
    assert!(s.answers().is_empty());
    assert!(s.is_ticked("after", "a"));
}

#[test]
fn selection_is_clamped_by_the_engine() {
    let mut s = small();
    s.select(99);
    assert_eq!(s.selected(), 2);
    s.move_selection(5);
    assert_eq!(s.selected(), 2);
    s.move_selection(-10);
    assert_eq!(s.selected(), 0);
    s.move_selection(1);
    assert_eq!(s.selected(), 1);
    s.choose_id("right").unwrap();
    s.select(4);
    assert_eq!(s.selected(), 0, "an outcome has no options");
}

#[test]
fn answers_are_recorded_in_order_without_info_nodes() {
    let mut s = small();
    s.choose_id("third").unwrap();
    s.advance().unwrap();
    s.choose_id("y").unwrap();
    let answers: Vec<(String, String)> = s
        .answers()
        .into_iter()
        .map(|a| (a.node, a.option))
        .collect();
    assert_eq!(
        answers,
        [("q1".into(), "third".into()), ("q3".into(), "y".into())]
    );
    assert_eq!(s.trail().len(), 3);
}

#[test]
fn steps_left_on_a_small_graph() {
    let mut s = small();
    let r = |min, max| {
        Some(Remaining {
            min,
            max: Some(max),
        })
    };
    assert_eq!(s.remaining(), r(1, 3));
    s.choose_id("left").unwrap();
    assert_eq!(s.remaining(), r(1, 2));
    s.choose_id("up").unwrap();
    assert_eq!(s.remaining(), r(1, 1));
    s.choose_id("x").unwrap();
    assert_eq!(s.remaining(), r(0, 0));
    s.restart();
    s.choose_id("third").unwrap();
    assert_eq!(s.remaining(), r(1, 1), "info nodes count no question");
}

#[test]
fn steps_left_are_unbounded_when_a_loop_can_be_entered() {
    let s = Session::new(fixture("loop.yaml"));
    assert_eq!(s.remaining(), Some(Remaining { min: 1, max: None }));
    assert_eq!(
        s.remaining().unwrap().describe(),
        "at least 1 question left"
    );
}

#[test]
fn remaining_is_described_in_words() {
    assert_eq!(
        Remaining {
            min: 2,
            max: Some(5)
        }
        .describe(),
        "2–5 questions left"
    );
    assert_eq!(
        Remaining {
            min: 1,
            max: Some(1)
        }
        .describe(),
        "1 question left"
    );
    assert_eq!(
        Remaining {
            min: 0,
            max: Some(0)
        }
        .describe(),
        "outcome"
    );
}

#[test]
fn wrong_choices_are_errors_that_change_nothing() {
    let mut s = small();
    let err = s.choose_id("middle").unwrap_err();
    assert_eq!(
        err,
        StepError::NoSuchOption {
            node: "q1".into(),
            option: "middle".into(),
            valid: vec!["left".into(), "right".into(), "third".into()],
        }
    );
    assert!(s.choose(3).is_err());
    assert_eq!(current(&s), "q1");
    assert!(s.trail().is_empty());
    let err = s.answer("q2", "up").unwrap_err();
    assert_eq!(
        err,
        StepError::WrongNode {
            expected: "q1".into(),
            got: "q2".into()
        }
    );
}

#[test]
fn checklist_items_toggle_and_unknown_items_are_refused() {
    let mut s = small();
    assert_eq!(s.toggle("after", "b"), Some(true));
    assert!(s.is_ticked("after", "b"));
    assert_eq!(s.toggle("after", "b"), Some(false));
    assert!(!s.is_ticked("after", "b"));
    assert_eq!(s.toggle("after", "zzz"), None);
    assert_eq!(s.toggle("nope", "a"), None);
    assert_eq!(s.ticked().count(), 0);
}

#[test]
fn replay_passes_info_nodes_and_stops_at_the_first_misfit() {
    let mut s = small();
    let a = |n: &str, o: &str| Answer {
        node: n.into(),
        option: o.into(),
    };
    s.replay(&[a("q1", "third"), a("q3", "x")]).unwrap();
    assert_eq!(current(&s), "done-left");
    let err = s.replay(&[a("q1", "left"), a("q3", "x")]).unwrap_err();
    assert_eq!(err.0, 1);
    assert_eq!(current(&s), "q2", "stopped where the answer no longer fits");
}
