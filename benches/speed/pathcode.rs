//! Path codes: encoding the position of a session at the built-in playbook's deepest
//! outcome, and decoding it back to answers.

use breakglass::engine::{Session, pathcode};
use divan::{Bencher, black_box};

use super::screens;

fn deepest() -> Session {
    let pb = screens::playbook();
    let depth = |s: &Session| s.outcome().is_some() && s.answers().len() >= 4;
    let path = screens::path_to(&pb, depth);
    let mut s = Session::new(pb);
    for &i in &path {
        let _ = if i == usize::MAX {
            s.advance()
        } else {
            s.choose(i)
        };
    }
    s
}

#[divan::bench]
fn encode(bencher: Bencher) {
    let s = deepest();
    bencher.bench(|| pathcode::encode(black_box(&s)));
}

#[divan::bench]
fn decode(bencher: Bencher) {
    let s = deepest();
    let code = pathcode::encode(&s).expect("a path code");
    bencher.bench(|| pathcode::decode(black_box(&code), s.playbook()));
}
