//! Your own playbooks beside the built-in ones: `list` shows where each comes from, an id
//! picks a user playbook, a user playbook with a built-in's id wins (and `list` says so),
//! and a broken one is reported and skipped without stopping the built-in.

use std::path::{Path, PathBuf};

use crate::common::{fixture_path, run, run_exe_env, run_with_config, tempdir};

/// A config directory with the given playbooks (file name, text).
fn config_with(files: &[(&str, String)]) -> PathBuf {
    let dir = tempdir();
    let playbooks = dir.join("playbooks");
    std::fs::create_dir_all(&playbooks).unwrap();
    for (name, text) in files {
        std::fs::write(playbooks.join(name), text).unwrap();
    }
    dir
}

fn small_with_id(id: &str, title: &str) -> String {
    std::fs::read_to_string(fixture_path("small.yaml"))
        .unwrap()
        .replace("id: small", &format!("id: {id}"))
        .replace("title: Small test playbook", &format!("title: {title}"))
}

fn broken() -> String {
    std::fs::read_to_string(fixture_path("invalid/dangling-next.yaml")).unwrap()
}

#[test]
fn list_shows_builtin_and_user_playbooks_with_their_origin() {
    let config = config_with(&[("team.yaml", small_with_id("our-runbook", "Our runbook"))]);
    run_with_config(&["list"], &config)
        .code(0)
        .stdout_has("entra-mfa-lockout  ")
        .stdout_has("built-in")
        .stdout_has("our-runbook")
        .stdout_has("user      Our runbook")
        .stdout_has("team.yaml")
        .stdout_has(&format!(
            "Your playbooks are read from {}",
            config.join("playbooks").display()
        ));
}

#[test]
fn an_id_picks_a_user_playbook_for_walk_graph_and_validate() {
    let config = config_with(&[("team.yaml", small_with_id("our-runbook", "Our runbook"))]);
    run_with_config(&["walk", "our-runbook", "-a", "q1=right"], &config)
        .code(0)
        .stdout_has("Right done");
    run_with_config(&["graph", "our-runbook"], &config)
        .code(0)
        .stdout_has("Our runbook");
    run_with_config(&["validate", "our-runbook", "--max-age", "36500"], &config)
        .code(0)
        .stdout_has("team.yaml: ok");
}

#[test]
fn a_user_playbook_with_a_builtin_id_wins_and_list_says_so() {
    let config = config_with(&[(
        "override.yaml",
        small_with_id("entra-mfa-lockout", "Our own lockout playbook"),
    )]);
    run_with_config(&["list"], &config)
        .code(0)
        .stdout_has("replaced by your playbook")
        .stdout_has("(replaces the built-in)");
    run_with_config(&["walk"], &config)
        .code(3)
        .stdout_has("Our own lockout playbook");
}

#[test]
fn a_broken_user_playbook_is_reported_and_skipped() {
    let config = config_with(&[("broken.yaml", broken())]);
    run_with_config(&["walk"], &config)
        .code(3)
        .stdout_has("Which of these is you?")
        .stderr_has("note: skipped your playbook")
        .stderr_has("broken.yaml");
    run_with_config(&["list"], &config)
        .code(0)
        .stdout_has("Skipped ")
        .stdout_has("broken.yaml");
    run_with_config(&["validate"], &config)
        .code(1)
        .stdout_has("broken.yaml:17:15")
        .stdout_has("entra-mfa-lockout.yaml (built in): ok");
}

#[test]
fn a_broken_user_playbook_with_a_builtin_id_does_not_replace_it() {
    let bad = broken().replace("id: dangling-next", "id: entra-mfa-lockout");
    let config = config_with(&[("bad-override.yaml", bad)]);
    run_with_config(&["walk"], &config)
        .code(3)
        .stdout_has("MFA lockout: Azure, Entra ID, Microsoft 365")
        .stderr_has("skipped your playbook");
}

#[test]
fn two_user_playbooks_with_one_id_keep_the_first() {
    let config = config_with(&[
        ("a.yaml", small_with_id("twin", "First twin")),
        ("b.yaml", small_with_id("twin", "Second twin")),
    ]);
    run_with_config(&["list"], &config)
        .code(0)
        .stdout_has("First twin")
        .stdout_has("another user playbook already has the id `twin`");
}

#[test]
fn the_config_dir_flag_works_like_the_variable() {
    let config = config_with(&[("team.yaml", small_with_id("our-runbook", "Our runbook"))]);
    let flag = config.to_str().unwrap();
    run(&[
        "--config-dir",
        flag,
        "walk",
        "our-runbook",
        "-a",
        "q1=right",
    ])
    .code(0);
    let missing: &Path = &config.join("nowhere");
    run_exe_env(
        &crate::common::exe(),
        &["list"],
        None,
        &[("BREAKGLASS_CONFIG_DIR", missing)],
    )
    .code(0)
    .stdout_has("entra-mfa-lockout");
}
