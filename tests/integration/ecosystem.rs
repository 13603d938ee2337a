//! What users of Rust command-line tools expect: shell completions (bash run for real, zsh
//! and fish syntax-checked and fish run), a man page that renders without warnings,
//! `--version` naming the built-in playbook, `list --json`, and a module map in lib.rs
//! that names every module.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use breakglass::engine::Session;
use breakglass::journal::Journal;
use breakglass::store::Store;
use breakglass::transcript::FixedClock;

use crate::common::{
    builtin_paths, builtin_playbook, empty_config, exe, fixture_path, run, run_exe_env, tempdir,
};
use crate::tmux::Tmux;

/// `breakglass completions SHELL`, written to a file.
fn script(shell: &str) -> PathBuf {
    let r = run(&["completions", shell]);
    r.code(0);
    assert!(!r.stdout.is_empty(), "empty {shell} script");
    let file = tempdir().join(format!("breakglass.{shell}"));
    std::fs::write(&file, &r.stdout).unwrap();
    file
}

/// PATH with the binary under test first (the scripts call `breakglass` by name).
fn path_with_exe() -> String {
    let dir = exe().parent().unwrap().to_path_buf();
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn shell_needed(shell: &str) {
    assert!(
        Command::new(shell)
            .arg("-c")
            .arg("exit 0")
            .status()
            .is_ok_and(|s| s.success()),
        "this test needs {shell} on PATH (.ci/run installs it)"
    );
}

/// A saved session in `data`; returns its id.
fn saved_session(data: &Path) -> String {
    let pb = builtin_playbook();
    let clock = Box::new(FixedClock("2026-11-28T14:00:00Z".parse().unwrap()));
    let mut session = Session::new(pb.clone());
    let mut journal = Journal::start(&pb, Some(Store::at(data)), clock);
    journal.record(session.drain_events()).unwrap();
    let answers = builtin_paths().remove(0).parsed_answers();
    session.replay(&answers[..1]).unwrap();
    journal.record(session.drain_events()).unwrap();
    let id = journal.transcript().id.clone();
    assert!(data.join("sessions").join(format!("{id}.json")).is_file());
    id
}

/// What bash's completion function offers for `words` (the last one being completed), in
/// a real bash that sourced the script.
fn bash_complete(script: &Path, words: &[&str], data: &Path) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let line = words.join(" ");
    let program = format!(
        "source '{}'\n\
         COMP_WORDS=({})\n\
         COMP_CWORD={}\n\
         COMP_LINE='{line}'\n\
         COMP_POINT={}\n\
         COMP_TYPE=9\n\
         _clap_complete_breakglass breakglass '{}' '{}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        line.len(),
        words[words.len() - 1],
        words.get(words.len().wrapping_sub(2)).unwrap_or(&""),
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .env("PATH", path_with_exe())
        .env("BREAKGLASS_CONFIG_DIR", empty_config())
        .env("BREAKGLASS_DATA_DIR", data)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "bash failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn bash_completes_commands_playbooks_drills_and_sessions() {
    let file = script("bash");
    let data = tempdir();
    let id = saved_session(&data);
    assert_eq!(
        bash_complete(&file, &["breakglass", "dr"], &data),
        ["drill"]
    );
    assert_eq!(
        bash_complete(&file, &["breakglass", "run", "entra"], &data),
        ["entra-mfa-lockout"]
    );
    // With nothing typed, bash is also offered the options; the ids are what matters here.
    let values = |words: &[&str]| -> Vec<String> {
        bash_complete(&file, words, &data)
            .into_iter()
            .filter(|w| !w.starts_with('-'))
            .collect()
    };
    let mut drills = values(&["breakglass", "drill", "run", ""]);
    drills.sort();
    let mut expected: Vec<&str> = breakglass::drill::builtin::BUILTIN_DRILLS
        .iter()
        .map(|d| d.id)
        .collect();
    expected.sort_unstable();
    assert_eq!(drills, expected);
    assert_eq!(
        values(&["breakglass", "report", ""]),
        std::slice::from_ref(&id)
    );
    assert_eq!(values(&["breakglass", "--resume", ""]), [id]);
    let formats = bash_complete(&file, &["breakglass", "graph", "--format", ""], &data);
    assert_eq!(formats, ["mermaid", "dot"]);
}

#[test]
fn bash_completes_dr_tab_in_a_real_terminal() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let file = script("bash");
    let t = Tmux::new("bg-complete");
    let rc = tempdir().join("bashrc");
    std::fs::write(
        &rc,
        format!(
            "PS1='$ '\nexport PATH='{}'\nexport BREAKGLASS_CONFIG_DIR='{}'\nexport BREAKGLASS_DATA_DIR='{}'\nsource '{}'\n",
            path_with_exe(),
            empty_config().display(),
            tempdir().display(),
            file.display()
        ),
    )
    .unwrap();
    let rc = rc.display().to_string();
    t.start(
        (80, 24),
        &[],
        &["bash", "--noprofile", "--rcfile", &rc, "-i"],
    );
    t.wait_for("$ ");
    t.keys_paced(&["breakglass dr", "Tab"], Duration::from_millis(200));
    t.wait_for("breakglass drill ");
    t.keys_paced(&["r", "u", "Tab"], Duration::from_millis(200));
    t.wait_for("breakglass drill run ");
}

#[test]
fn zsh_and_fish_scripts_parse_and_fish_completes_ids() {
    shell_needed("zsh");
    shell_needed("fish");
    let zsh = script("zsh");
    let out = Command::new("zsh").arg("-n").arg(&zsh).output().unwrap();
    assert!(
        out.status.success(),
        "zsh -n: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fish = script("fish");
    let out = Command::new("fish")
        .arg("--no-execute")
        .arg(&fish)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "fish -n: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let program = format!(
        "source '{}'; complete -C 'breakglass dr'; complete -C 'breakglass run entra'",
        fish.display()
    );
    let out = Command::new("fish")
        .args(["--no-config", "-c", &program])
        .env("PATH", path_with_exe())
        .env("BREAKGLASS_CONFIG_DIR", empty_config())
        .env("BREAKGLASS_DATA_DIR", tempdir())
        .env("HOME", tempdir())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().any(|l| l.starts_with("drill")),
        "fish offered:\n{text}"
    );
    assert!(
        text.lines().any(|l| l.starts_with("entra-mfa-lockout")),
        "fish offered:\n{text}"
    );
    for shell in ["powershell", "elvish"] {
        script(shell);
    }
    run(&["completions", "tcsh"]).code(2);
}

#[test]
fn the_man_page_renders_without_warnings_and_covers_the_contract() {
    let page = run(&["man"]);
    page.code(0);
    for heading in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH COMMANDS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
    ] {
        page.stdout_has(heading);
    }
    for text in [
        "breakglass walk",
        "breakglass drill run",
        "BREAKGLASS_CONFIG_DIR",
        "BREAKGLASS_DATA_DIR",
        "NO_COLOR",
        "TERM",
        "completions",
        "128+N",
    ] {
        page.stdout_has(text);
    }
    let file = tempdir().join("breakglass.1");
    std::fs::write(&file, &page.stdout).unwrap();
    let out = Command::new("man")
        .args(["--warnings", "-l"])
        .arg(&file)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .output()
        .expect("this test needs man (man-db) and groff; .ci/run installs them");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "man failed: {stderr}");
    assert!(stderr.trim().is_empty(), "man warned:\n{stderr}");
    assert!(text.contains("EXIT STATUS"), "rendered:\n{text}");
    assert!(
        text.lines().all(|l| l.chars().count() <= 80),
        "wider than 80:\n{text}"
    );
}

#[test]
fn version_names_the_builtin_playbook_as_list_json_does() {
    let pb = builtin_playbook();
    let expected = format!(
        "breakglass 0.2.0 ({} {}, reviewed {}; format breakglass/v1)\n",
        pb.id, pb.version, pb.reviewed
    );
    assert_eq!(env!("CARGO_PKG_VERSION"), "0.2.0");
    assert_eq!(run(&["--version"]).code(0).stdout, expected);
    let list = run(&["list", "--json"]);
    let json = list.code(0).json();
    assert_eq!(json["format"], "breakglass-list/1");
    assert_eq!(json["version_line"].as_str().unwrap(), expected.trim_end());
    let entry = &json["playbooks"][0];
    assert_eq!(entry["id"], pb.id.as_str());
    assert_eq!(entry["version"], pb.version.as_str());
    assert_eq!(entry["reviewed"], pb.reviewed.as_str());
    assert_eq!(entry["format"], "breakglass/v1");
    assert_eq!(entry["origin"], "built-in");
}

#[test]
fn list_json_shows_user_playbooks_with_their_origin() {
    let config = tempdir();
    std::fs::create_dir(config.join("playbooks")).unwrap();
    std::fs::copy(
        fixture_path("small.yaml"),
        config.join("playbooks/small.yaml"),
    )
    .unwrap();
    let r = run_exe_env(
        &exe(),
        &["list", "--json"],
        None,
        &[("BREAKGLASS_CONFIG_DIR", &config)],
    );
    let json = r.code(0).json();
    let user: Vec<&serde_json::Value> = json["playbooks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["origin"] == "user")
        .collect();
    assert_eq!(user.len(), 1, "{json:#}");
    assert_eq!(user[0]["format"], "breakglass/v1");
    assert!(user[0]["path"].as_str().unwrap().ends_with("small.yaml"));
}

#[test]
fn the_module_map_in_lib_rs_names_every_module() {
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).unwrap();
    let (map, code) = lib.split_once("#![").unwrap();
    let modules: Vec<&str> = code
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';'))
        .collect();
    assert!(modules.len() > 10, "{modules:?}");
    for m in modules {
        assert!(
            map.contains(&format!("[`{m}`]")),
            "src/lib.rs's module map does not name `{m}`"
        );
    }
}

#[test]
fn the_readme_shows_what_version_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let version = run(&["--version"]).code(0).stdout.clone();
    assert!(
        readme.contains(&format!("# {}", version.trim_end())),
        "README.md's install section should show `{}` (the playbook changed: copy the line)",
        version.trim_end()
    );
    for text in [
        "cargo install --locked --path .",
        "cargo install --locked --git",
        "breakglass completions",
        "breakglass man",
        "Windows: untested",
    ] {
        assert!(readme.contains(text), "README.md lacks {text:?}");
    }
}

#[test]
fn zsh_completes_commands_and_drill_ids_in_a_real_terminal() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    shell_needed("zsh");
    let file = script("zsh");
    let home = tempdir();
    let t = Tmux::new("bg-complete-zsh");
    let path = format!("PATH={}", path_with_exe());
    let config = format!("BREAKGLASS_CONFIG_DIR={}", empty_config().display());
    let data = format!("BREAKGLASS_DATA_DIR={}", tempdir().display());
    let home = format!("HOME={}", home.display());
    t.start((100, 24), &[&path, &config, &data, &home], &["zsh", "-f"]);
    std::thread::sleep(Duration::from_millis(300));
    t.keys(&[
        &format!(
            "PS1='%% '; autoload -U compinit; compinit -u; source '{}'",
            file.display()
        ),
        "Enter",
    ]);
    t.wait_for("% ");
    t.keys_paced(&["breakglass dr", "Tab"], Duration::from_millis(300));
    t.wait_for("breakglass drill ");
    t.keys_paced(&["r", "u", "Tab"], Duration::from_millis(300));
    t.wait_for("breakglass drill run ");
    t.keys_paced(&["f", "o", "Tab"], Duration::from_millis(300));
    t.wait_for("breakglass drill run founding-case");
}
