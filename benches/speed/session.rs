//! `Session` steps on the built-in playbook: starting one (which measures the graph's
//! distances), walking the shortest way to the outcome with the most steps, and one step
//! back.

use breakglass::engine::Session;
use breakglass::playbook::Playbook;
use divan::{Bencher, black_box};

use super::screens;

fn walk(pb: &Playbook, path: &[usize]) -> Session {
    let mut s = Session::new(pb.clone());
    for &i in path {
        let _ = if i == usize::MAX {
            s.advance()
        } else {
            s.choose(i)
        };
    }
    s
}

fn longest(pb: &Playbook) -> Vec<usize> {
    // The outcome with the most steps as written (some show only with certain facts).
    let id = pb
        .nodes()
        .filter_map(|(_, n)| n.as_outcome().map(|o| (o.steps.len(), n.id.clone())))
        .max()
        .map(|(_, id)| id)
        .unwrap_or_default();
    screens::path_to(pb, |s| s.node().id == id)
}

#[divan::bench]
fn start(bencher: Bencher) {
    let pb = screens::playbook();
    bencher
        .with_inputs(|| pb.clone())
        .bench_values(|pb| Session::new(black_box(pb)));
}

#[divan::bench]
fn walk_to_outcome(bencher: Bencher) {
    let pb = screens::playbook();
    let path = longest(&pb);
    let start = Session::new(pb.clone());
    bencher.with_inputs(|| start.clone()).bench_values(|mut s| {
        for &i in &path {
            let _ = if i == usize::MAX {
                s.advance()
            } else {
                s.choose(i)
            };
        }
        s
    });
}

#[divan::bench]
fn one_step_back(bencher: Bencher) {
    let pb = screens::playbook();
    let at = walk(&pb, &longest(&pb));
    bencher
        .with_inputs(|| at.clone())
        .bench_values(|mut s| s.back().then_some(s));
}
