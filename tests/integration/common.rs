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

/// The founding case's answers, as NODE=OPTION: a personal account that is the only
/// admin of its directory deleted the directory's Authenticator entry.
pub const FOUNDING: [&str; 8] = [
    "which-service=azure-admin",
    "symptom=cannot-approve",
    "account-kind=personal",
    "which-check=second",
    "other-method=no",
    "old-device=none",
    "who-else=nobody",
    "support-channel=phone",
];

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

/// What a run of the real binary printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The binary under test.
pub fn exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_breakglass"))
}

/// An empty config directory, so tests never see the developer's own playbooks.
pub fn empty_config() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(tempdir).clone()
}

/// A data directory for runs that do not pass their own, so no test ever writes to the
/// developer's real one.
pub fn scratch_data() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(tempdir).clone()
}

/// Runs the binary under test with `args`, `input` on stdin and the data directory
/// `data`, as a pipe would (so stdin and stdout are not terminals).
pub fn run_piped(args: &[&str], input: &str, data: &std::path::Path) -> Run {
    run_piped_env(args, input, data, &[])
}

/// [`run_piped`] with no language from the caller's environment (`BREAKGLASS_LANG`,
/// `LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE` removed) and `env` set.
pub fn run_piped_env(
    args: &[&str],
    input: &str,
    data: &std::path::Path,
    env: &[(&str, &str)],
) -> Run {
    use std::io::Write as _;
    let mut c = std::process::Command::new(exe());
    c.args(args)
        .env_remove("NO_COLOR")
        .env("RUST_BACKTRACE", "0")
        .env("TERM", "xterm-256color")
        .env("BREAKGLASS_CONFIG_DIR", empty_config())
        .env("BREAKGLASS_DATA_DIR", data)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    for var in [
        "BREAKGLASS_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
    ] {
        c.env_remove(var);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        // The binary may stop reading early (q); a broken pipe is fine then.
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `exe` with `args` and empty stdin, colour and backtraces off, and an empty config
/// directory unless `env` sets `BREAKGLASS_CONFIG_DIR`.
pub fn run_exe_env(
    exe: &std::path::Path,
    args: &[&str],
    dir: Option<&std::path::Path>,
    env: &[(&str, &std::path::Path)],
) -> Run {
    let mut c = std::process::Command::new(exe);
    c.args(args)
        .env_remove("NO_COLOR")
        .env("RUST_BACKTRACE", "0")
        .env("BREAKGLASS_CONFIG_DIR", empty_config())
        .env("BREAKGLASS_DATA_DIR", scratch_data())
        .stdin(std::process::Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    if let Some(d) = dir {
        c.current_dir(d);
    }
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `exe` with `args` (see [`run_exe_env`]).
pub fn run_exe(exe: &std::path::Path, args: &[&str], dir: Option<&std::path::Path>) -> Run {
    run_exe_env(exe, args, dir, &[])
}

/// Runs the binary under test with `args`.
pub fn run(args: &[&str]) -> Run {
    run_exe(&exe(), args, None)
}

/// Runs the binary under test with `args` and a config directory.
pub fn run_with_config(args: &[&str], config: &std::path::Path) -> Run {
    run_exe_env(&exe(), args, None, &[("BREAKGLASS_CONFIG_DIR", config)])
}

impl Run {
    /// Asserts the exit code.
    pub fn code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code; stdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts stdout contains `text`.
    pub fn stdout_has(&self, text: &str) -> &Self {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout
        );
        self
    }

    /// Asserts stderr contains `text`.
    pub fn stderr_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Asserts stderr does not contain `text`.
    pub fn stderr_lacks(&self, text: &str) -> &Self {
        assert!(
            !self.stderr.contains(text),
            "stderr has {text:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Parses stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

/// Removes the folders earlier test runs left under the temp directory: those named
/// `breakglass-test-<pid>-<n>` whose process is gone (a running test's are left alone).
fn sweep_dead_runs() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix("breakglass-test-"))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// A fresh, empty directory under the system temp directory. The first call also removes
/// what dead test runs left behind.
pub fn tempdir() -> PathBuf {
    static SWEPT: std::sync::Once = std::sync::Once::new();
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    SWEPT.call_once(sweep_dead_runs);
    let dir = std::env::temp_dir().join(format!(
        "breakglass-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The path code of the founding outcome on the built-in playbook as it is now.
pub fn founding_code() -> String {
    let mut s = Session::new(builtin_playbook());
    s.replay(&builtin_paths().remove(0).parsed_answers())
        .unwrap();
    breakglass::engine::pathcode::encode(&s).unwrap()
}

/// Every row of the screen fits its width, and no double-width character is cut: a wide
/// cell is always followed by its (blank) continuation cell, never by something drawn over
/// it. For the zh-CN screens.
pub fn assert_whole_cells(t: &ratatui::Terminal<ratatui::backend::TestBackend>) {
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        let mut x = 0;
        let mut row = String::new();
        while x < buf.area.width {
            let sym = buf[(x, y)].symbol();
            row.push_str(sym);
            let w = u16::try_from(unicode_width::UnicodeWidthStr::width(sym).max(1)).unwrap();
            assert!(x + w <= buf.area.width, "row {y} overflows: {row}");
            // The second cell of a wide character is blank; anything drawn there (an
            // overlay's border over the page) would be hidden by the character.
            if w == 2 {
                let next = buf[(x + 1, y)].symbol();
                assert!(
                    next.trim().is_empty(),
                    "row {y}: `{sym}` covers `{next}` at column {}: {row}",
                    x + 1
                );
            }
            x += w;
        }
    }
}
