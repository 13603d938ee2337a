//! The scenario suite (`tests/scenarios/`): real, publicly posted lockouts, paraphrased,
//! walked through the real engine and renderer; plus checks over every path of the
//! built-in playbook that no outcome says what the person did not tell us.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use crate::common::builtin_playbook;
use breakglass::engine::{Answer, Session};
use breakglass::playbook::{Facts, NodeBody, NodeId, OutcomeKind};
use serde::Deserialize;

/// One scenario file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    /// The public post it is written from.
    source: String,
    /// Who they are and what happened, in two lines at most.
    summary: String,
    /// NODE=OPTION, in order; ways on from an outcome included.
    answers: Vec<String>,
    /// The outcome this person should reach.
    outcome: String,
    /// Case-insensitive texts the rendered outcome must contain.
    #[serde(default)]
    must_say: Vec<String>,
    /// Case-insensitive texts it must not contain.
    #[serde(default)]
    must_not_say: Vec<String>,
}

fn scenarios() -> Vec<(String, Scenario)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut out: Vec<(String, Scenario)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let s: Scenario = breakglass::playbook::yaml::from_str(&text)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, s)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn answers(s: &Scenario) -> Vec<Answer> {
    s.answers
        .iter()
        .map(|a| {
            let (node, option) = a.split_once('=').unwrap();
            Answer {
                node: node.into(),
                option: option.into(),
            }
        })
        .collect()
}

#[test]
fn every_scenario_reaches_its_outcome_and_says_what_fits() {
    let mut failures = Vec::new();
    for (name, s) in scenarios() {
        let walked = match breakglass::walk::walk(builtin_playbook(), &answers(&s)) {
            Ok(w) => w,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let reached = walked.session.node().id.clone();
        if reached != s.outcome {
            failures.push(format!(
                "{name}: reached `{reached}`, expected `{}`",
                s.outcome
            ));
            continue;
        }
        if !walked.unused.is_empty() {
            failures.push(format!("{name}: answers never asked: {:?}", walked.unused));
        }
        let page = breakglass::walk::to_markdown(&walked).to_lowercase();
        for m in &s.must_say {
            if !page.contains(&m.to_lowercase()) {
                failures.push(format!("{name}: `{reached}` does not say {m:?}"));
            }
        }
        for m in &s.must_not_say {
            if page.contains(&m.to_lowercase()) {
                failures.push(format!("{name}: `{reached}` says {m:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_suite_is_large_varied_and_sourced() {
    let all = scenarios();
    assert!(all.len() >= 60, "only {} scenarios", all.len());
    let unsure = all
        .iter()
        .filter(|(_, s)| s.answers.iter().any(|a| a.ends_with("=not-sure")))
        .count();
    assert!(unsure >= 15, "only {unsure} scenarios answer \"not sure\"");
    let mut by_person = BTreeMap::<&str, usize>::new();
    for (name, s) in &all {
        assert!(
            s.source.starts_with("https://"),
            "{name}: source {:?}",
            s.source
        );
        assert!(
            !s.summary.trim().is_empty() && s.summary.len() <= 300,
            "{name}: the summary is two lines at most"
        );
        assert!(
            !s.must_say.is_empty(),
            "{name}: say what its outcome must contain"
        );
        let first = s.answers.first().map_or("", String::as_str);
        *by_person.entry(first).or_default() += 1;
    }
    for person in [
        "which-service=azure-admin",
        "which-service=work-apps",
        "which-service=own-azure",
        "which-service=guest",
        "which-service=personal-only",
        "which-service=prepare",
    ] {
        assert!(
            by_person.get(person).copied().unwrap_or(0) >= 2,
            "fewer than two scenarios start with {person}: {by_person:?}"
        );
    }
}

/// Assertions a script may make only when the person gave the matching answer: (text in
/// a script, the fact, the values that allow it).
const CLAIMS: &[(&str, &str, &[&str])] = &[
    ("i am the only", "others", &["none"]),
    ("only global administrator", "others", &["none"]),
    ("no other administrator", "others", &["none", "not-found"]),
    ("i manage this directory", "role", &["admin"]),
    ("i am an administrator", "role", &["admin"]),
    ("i am an ordinary user", "role", &["user"]),
    ("i am a guest", "role", &["guest"]),
    (
        "personal microsoft account that administers",
        "account",
        &["personal"],
    ),
    (
        "none of the other sign-in methods",
        "methods",
        &["none-work"],
    ),
    (
        "a passkey, a fido2 security key or a certificate",
        "lost",
        &["passkey"],
    ),
    ("hardware oath token", "lost", &["token"]),
    ("someone who has left", "device", &["departed"]),
];

/// Every (node, facts) state the built-in playbook can reach, walked through the engine
/// (depth first, with `back`). Calls `visit` at each outcome.
fn every_outcome_state(mut visit: impl FnMut(&Session)) -> usize {
    fn go(s: &mut Session, seen: &mut HashSet<(NodeId, Facts)>, visit: &mut dyn FnMut(&Session)) {
        s.skip_info();
        if !seen.insert((s.current(), s.facts())) {
            return;
        }
        if s.outcome().is_some() {
            visit(s);
        }
        for i in 0..s.choices().len() {
            if s.choose(i).is_ok() {
                go(s, seen, visit);
                s.back();
                // `back` returns to the last question or outcome; step over any note again.
            }
        }
    }
    let mut s = Session::new(builtin_playbook());
    let mut seen = HashSet::new();
    go(&mut s, &mut seen, &mut visit);
    seen.len()
}

#[test]
fn every_path_speaks_only_what_the_person_answered() {
    let pb = builtin_playbook();
    let mut failures = BTreeMap::<String, String>::new();
    let mut outcomes = 0;
    let states = every_outcome_state(|s| {
        outcomes += 1;
        let o = s.outcome().unwrap();
        let node = &s.node().id;
        let facts = s.facts();
        let value = |fact: &str| -> Option<String> {
            let i = pb.facts().iter().position(|f| f.id == fact)?;
            facts.get(i).map(|v| pb.facts()[i].values[v].0.clone())
        };
        let mut texts: Vec<(&str, String)> = Vec::new();
        for step in &o.steps {
            texts.push(("step", step.text.clone()));
            if let Some(say) = &step.say {
                texts.push(("script", say.clone()));
            }
        }
        texts.extend(o.summary.iter().map(|t| ("summary", t.clone())));
        for (kind, text) in &texts {
            if text.contains("(being written)") || text.contains('{') && text.contains('}') {
                failures
                    .entry(format!("{node}: unfinished text"))
                    .or_insert_with(|| text.clone());
            }
            if *kind != "script" {
                continue;
            }
            let lower = text.to_lowercase();
            for (claim, fact, allowed) in CLAIMS {
                let v = value(fact);
                if lower.contains(claim) && !v.as_deref().is_some_and(|v| allowed.contains(&v)) {
                    failures
                        .entry(format!("{node}: says {claim:?} with {fact}={v:?}"))
                        .or_insert_with(|| text.clone());
                }
            }
            // A fact's phrase for another value than the one it holds is never spoken.
            for (i, f) in pb.facts().iter().enumerate() {
                let held = facts.get(i).map_or(f.unknown.as_deref(), |v| {
                    f.values.get(v).map(|(_, p)| p.as_str())
                });
                for (j, (id, phrase)) in f.values.iter().enumerate() {
                    if facts.get(i) != Some(j)
                        && held != Some(phrase.as_str())
                        && text.contains(phrase.as_str())
                    {
                        failures
                            .entry(format!("{node}: speaks {}={id} without it", f.id))
                            .or_insert_with(|| text.clone());
                    }
                }
            }
        }
    });
    assert!(outcomes > 100, "only {outcomes} outcome states of {states}");
    assert!(
        failures.is_empty(),
        "{}",
        failures
            .iter()
            .map(|(k, v)| format!("{k}\n    {v}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn outcomes_that_may_not_work_say_what_next_and_prevention_never_assumes_a_lockout() {
    let pb = builtin_playbook();
    let back_in = pb.checklists().iter().position(|c| c.id == "back-in");
    for (_, node) in pb.nodes() {
        let NodeBody::Outcome(o) = &node.body else {
            continue;
        };
        match o.kind {
            OutcomeKind::SelfService | OutcomeKind::AskAdmin | OutcomeKind::NotALockout => {
                assert!(
                    !o.options.is_empty() && o.then.is_some(),
                    "`{}` ({:?}) has no way on for when it does not work",
                    node.id,
                    o.kind
                );
            }
            OutcomeKind::Prevent => {
                assert!(
                    o.checklists.iter().all(|c| Some(c.checklist) != back_in),
                    "prevention outcome `{}` lists what to do after a lockout",
                    node.id
                );
                let all: String = o
                    .steps
                    .iter()
                    .map(|s| s.text.as_str())
                    .chain(o.summary.as_deref())
                    .collect();
                assert!(
                    !all.contains("Right after you get back in"),
                    "`{}`",
                    node.id
                );
            }
            OutcomeKind::Escalate => {}
        }
    }
}
