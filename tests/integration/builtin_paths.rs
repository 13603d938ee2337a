//! The built-in playbook: it loads with no warnings, every path fixture reaches its
//! outcome through the engine, every outcome has a fixture, and the graph is sound.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::{builtin_paths, builtin_playbook};
use breakglass::engine::Session;
use breakglass::playbook::{NodeBody, builtin, load_str};

#[test]
fn every_builtin_loads_without_warnings() {
    for b in builtin::BUILTINS {
        let loaded =
            load_str(b.text).unwrap_or_else(|d| panic!("{} does not load: {d:#?}", b.path));
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:#?}",
            b.path,
            loaded.warnings
        );
        assert_eq!(loaded.playbook.id, b.id, "{} declares another id", b.path);
    }
}

#[test]
fn every_path_fixture_reaches_its_outcome_through_the_engine() {
    for f in builtin_paths() {
        let mut s = Session::new(builtin_playbook());
        s.replay(&f.parsed_answers())
            .unwrap_or_else(|(i, e)| panic!("{}: answer {} does not fit: {e}", f.name, i + 1));
        s.skip_info();
        assert!(
            s.outcome().is_some(),
            "{}: stopped at {}",
            f.name,
            s.node().id
        );
        assert_eq!(s.node().id, f.outcome, "{}", f.name);
    }
}

#[test]
fn every_outcome_is_reached_within_eight_questions() {
    let mut shortest = BTreeMap::<String, usize>::new();
    for f in builtin_paths() {
        let n = shortest.entry(f.outcome.clone()).or_insert(usize::MAX);
        *n = (*n).min(f.answers.len());
    }
    let long: Vec<_> = shortest.iter().filter(|(_, n)| **n > 8).collect();
    assert!(
        long.is_empty(),
        "outcomes whose shortest fixture takes more than 8 questions: {long:?}"
    );
}

#[test]
fn every_outcome_has_a_path_fixture() {
    let pb = builtin_playbook();
    let outcomes: BTreeSet<String> = pb
        .nodes()
        .filter(|(_, n)| matches!(n.body, NodeBody::Outcome(_)))
        .map(|(_, n)| n.id.clone())
        .collect();
    let covered: BTreeSet<String> = builtin_paths().into_iter().map(|f| f.outcome).collect();
    let missing: Vec<_> = outcomes.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "outcomes without a path fixture: {missing:?}"
    );
    let unknown: Vec<_> = covered.difference(&outcomes).collect();
    assert!(
        unknown.is_empty(),
        "fixtures name outcomes that do not exist: {unknown:?}"
    );
}

#[test]
fn every_node_is_reachable_and_every_node_can_reach_an_outcome() {
    let pb = builtin_playbook();
    let s = Session::new(pb.clone());
    let mut seen = BTreeSet::new();
    let mut stack = vec![pb.start()];
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(pb.node(id).successors());
        }
    }
    for (id, node) in pb.nodes() {
        assert!(seen.contains(&id), "node {} is unreachable", node.id);
        assert!(
            s.distances().remaining(id).is_some(),
            "no outcome can be reached from {}",
            node.id
        );
    }
}

#[test]
fn every_outcome_cites_a_source_and_every_question_has_a_way_out() {
    let pb = builtin_playbook();
    for (_, node) in pb.nodes() {
        match &node.body {
            NodeBody::Outcome(o) => {
                assert!(
                    !pb.outcome_sources(o).is_empty(),
                    "{} cites nothing",
                    node.id
                );
                assert!(o.who.is_some(), "{} does not say who acts", node.id);
                assert!(o.summary.is_some(), "{} has no summary", node.id);
            }
            NodeBody::Question(q) => {
                assert!(
                    q.options.iter().any(|o| o.id == "not-sure"),
                    "{} has no \"I'm not sure\" option",
                    node.id
                );
                assert!(q.help.is_some(), "{} has no help text", node.id);
            }
            NodeBody::Info(_) => {}
        }
    }
}

#[test]
fn the_founding_outcome_says_what_to_say_what_to_have_ready_and_what_to_expect() {
    let pb = builtin_playbook();
    let id = pb.find("tenant-lockout").unwrap();
    let o = pb.node(id).as_outcome().unwrap();
    let say: Vec<&str> = o.steps.iter().filter_map(|s| s.say.as_deref()).collect();
    assert!(
        say.iter().any(|s| s.contains("Data Protection")),
        "no script names the Data Protection team"
    );
    assert!(
        o.steps
            .iter()
            .any(|s| s.text.contains("No sign-in is needed")),
        "no channel without sign-in"
    );
    assert!(o.prepare.len() >= 4, "too little to have ready");
    assert!(
        o.expect
            .as_deref()
            .is_some_and(|e| e.contains("days") && e.contains("guaranteed"))
    );
    assert!(!o.checklists.is_empty(), "no hardening checklist");
}
