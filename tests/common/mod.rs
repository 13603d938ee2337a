//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use breakglass::engine::{Answer, Session};
use breakglass::playbook::{Playbook, builtin, load_str};
use serde::Deserialize;

/// The path of a file under `tests/fixtures`.
pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Loads a fixture playbook, failing the test with its diagnostics if it does not load.
pub fn fixture(name: &str) -> Playbook {
    let text = std::fs::read_to_string(fixture_path(name)).unwrap();
    match load_str(&text) {
        Ok(l) => l.playbook,
        Err(d) => panic!("{name} does not load: {d:#?}"),
    }
}

/// The built-in lockout playbook (loaded once per test binary).
pub fn builtin_playbook() -> Playbook {
    static LOADED: std::sync::OnceLock<Playbook> = std::sync::OnceLock::new();
    LOADED
        .get_or_init(|| {
            let b = builtin::builtin(builtin::DEFAULT_ID).unwrap();
            load_str(b.text).unwrap().playbook
        })
        .clone()
}

/// A session on the small fixture.
pub fn small() -> Session {
    Session::new(fixture("small.yaml"))
}

/// One scripted path through a playbook and where it must end.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathFixture {
    pub name: String,
    pub answers: Vec<String>,
    pub outcome: String,
}

impl PathFixture {
    pub fn parsed_answers(&self) -> Vec<Answer> {
        self.answers
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
}

/// The path fixtures of the built-in playbook.
pub fn builtin_paths() -> Vec<PathFixture> {
    let text = std::fs::read_to_string(fixture_path("entra-mfa-lockout.paths.yaml")).unwrap();
    breakglass::playbook::yaml::from_str(&text).unwrap()
}
