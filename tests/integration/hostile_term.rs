//! Terminal death, resource limits and a too-small window, in a real terminal (tmux):
//! closing the window ends the wizard at once with 129 and the session saved (issue 15,
//! F6); a file-size limit makes saves fail instead of killing the wizard with SIGXFSZ (F7);
//! keys are paused while "Make the window larger" is shown (F11).
//!
//! The wizard runs under a small `sh` wrapper that ignores SIGHUP itself, so it outlives
//! the pane and records the wizard's exit status in a file.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use super::tmux::Tmux;

/// A scratch folder, a tmux server with one 80×24 pane running the wizard, and the file
/// its exit status goes to.
struct Run {
    tmux: Tmux,
    dir: PathBuf,
}

impl std::ops::Deref for Run {
    type Target = Tmux;
    fn deref(&self) -> &Tmux {
        &self.tmux
    }
}

impl Run {
    /// Starts `breakglass --config-dir cfg --data-dir data` in a pane, after `setup` (shell
    /// commands such as `ulimit -f 1`). When the wizard ends the wrapper writes its exit
    /// status to `status`, prints END-OF-RUN and the terminal modes, and waits.
    fn start(setup: &str) -> Run {
        Self::start_with(setup, "")
    }

    /// Like [`Run::start`], with arguments after the global options (`drill run ID`).
    fn start_with(setup: &str, args: &str) -> Run {
        let tmux = Tmux::new("bg-hostile-term");
        let dir = std::env::temp_dir().join(&tmux.socket);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("cfg")).unwrap();
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_breakglass"));
        let script = format!(
            "trap '' HUP; cd '{dir}'; {setup}; '{bin}' --config-dir cfg --data-dir data {args}; \
             echo $? > status; modes=$(stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '); \
             printf '\\r\\nEND-OF-RUN\\r\\n%s\\r\\n' \"$modes\"; sleep 120",
            dir = dir.display(),
            bin = bin.display(),
        );
        let run = Run { tmux, dir };
        run.start((80, 24), &[], &["sh", "-c", &script]);
        run
    }

    /// Sends each key in turn, 80 ms apart.
    fn keys(&self, keys: &[&str]) {
        self.keys_paced(keys, Duration::from_millis(80));
    }

    /// The wizard's pid: the child of the pane's shell.
    fn wizard_pid(&self) -> u32 {
        let shell = self.format("#{pane_pid}");
        let out = Command::new("pgrep").args(["-P", &shell]).output().unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or_else(|| panic!("no wizard under shell {shell}"))
    }

    /// The wizard's exit status, once the wrapper has written it.
    fn status(&self) -> String {
        let path = self.dir.join("status");
        let start = Instant::now();
        loop {
            if let Ok(s) = std::fs::read_to_string(&path)
                && s.ends_with('\n')
            {
                return s.trim().to_string();
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no exit status recorded"
            );
            sleep(Duration::from_millis(20));
        }
    }

    fn sessions(&self) -> PathBuf {
        self.dir.join("data/sessions")
    }

    /// Files in the sessions folder: saved sessions, and temporary files left behind.
    fn session_files(&self) -> (Vec<PathBuf>, Vec<String>) {
        let mut saved = Vec::new();
        let mut temps = Vec::new();
        for entry in std::fs::read_dir(self.sessions()).into_iter().flatten() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(".tmp-") {
                temps.push(name);
            } else {
                saved.push(entry.path());
            }
        }
        (saved, temps)
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A process's state letter and the CPU seconds (user + system) it has used, from /proc;
/// `None` once it is gone.
fn stat(pid: u32) -> Option<(char, f64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit(')').next()?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some((state, ticks / 100.0))
}

/// Closes the pane (the pty's master side: the wizard's terminal hangs up) and waits for
/// the wizard to end: how long it took and the CPU seconds it used meanwhile.
fn hang_up(run: &Run) -> (Duration, f64) {
    let pid = run.wizard_pid();
    let (_, before) = stat(pid).unwrap();
    let killed = Instant::now();
    run.tmux(&["kill-server"]);
    let mut cpu = before;
    loop {
        match stat(pid) {
            Some(('Z' | 'X', secs)) => {
                cpu = secs;
                break;
            }
            Some((_, secs)) => cpu = secs,
            None => break,
        }
        assert!(
            killed.elapsed() < Duration::from_secs(5),
            "the wizard is still running 5 s after its window closed"
        );
        sleep(Duration::from_millis(10));
    }
    (killed.elapsed(), cpu - before)
}

/// The figures every hang-up must meet: 128 + SIGHUP, at once, without spinning.
fn assert_quick_129(run: &Run, took: Duration, used: f64) {
    let status = run.status();
    eprintln!("hang-up: exited after {took:?}, {used:.2} s of CPU, status {status}");
    assert_eq!(
        status, "129",
        "expected 128 + SIGHUP (134 is SIGABRT: a panic inside the panic hook)"
    );
    assert!(
        took < Duration::from_millis(1200),
        "took {took:?} to exit after the hang-up"
    );
    assert!(used < 0.4, "spun {used:.2} s of CPU after the hang-up");
}

#[test]
fn closing_the_window_exits_at_once_with_129_and_the_session_saved() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let run = Run::start("true");
    run.wait_for("Which of these is you?");
    run.keys(&["Enter", "1"]);
    run.wait_for("Question 3");
    let (took, used) = hang_up(&run);
    assert_quick_129(&run, took, used);
    let (saved, temps) = run.session_files();
    assert_eq!(saved.len(), 1, "one saved session: {saved:?}");
    assert!(temps.is_empty(), "temporary files left: {temps:?}");
    let text = std::fs::read_to_string(&saved[0]).unwrap();
    for answer in ["azure-admin", "cannot-approve"] {
        assert!(text.contains(answer), "step {answer} not saved:\n{text}");
    }
}

#[test]
fn closing_the_window_during_a_drill_exits_at_once_with_129_and_the_run_saved() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let run = Run::start_with("true", "drill run founding-case");
    run.wait_for("Sam runs a small consultancy");
    run.keys(&["Enter"]);
    run.wait_for("DRILL 0:0");
    run.keys(&["Enter"]);
    run.wait_for("Question 2");
    let (took, used) = hang_up(&run);
    assert_quick_129(&run, took, used);
    let runs: Vec<_> = std::fs::read_dir(run.dir.join("data/drills"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(runs.len(), 1, "one saved run: {runs:?}");
    let text = std::fs::read_to_string(&runs[0]).unwrap();
    assert!(text.contains("azure-admin"), "step not saved:\n{text}");
}

#[test]
fn a_file_size_limit_fails_the_save_but_not_the_wizard() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    // dash counts `ulimit -f` in 512-byte blocks; a session is larger than that from its
    // first answer, so every save crosses the limit.
    let run = Run::start("ulimit -f 1");
    run.wait_for("Which of these is you?");
    run.keys(&["Enter"]);
    let screen = run.wait_for("Not saved");
    assert!(
        screen.contains("What happens when you try to sign in?"),
        "{screen}"
    );
    run.keys(&["1", "1"]);
    run.wait_for("Question 4");
    run.keys(&["q", "y"]);
    let screen = run.wait_for("END-OF-RUN");
    assert_eq!(run.status(), "0", "not SIGXFSZ (153):\n{screen}");
    assert!(
        screen.contains("The session could NOT be saved"),
        "{screen}"
    );
    assert_eq!(
        run.format("#{alternate_on}"),
        "0",
        "alternate screen left on"
    );
    assert_eq!(run.format("#{cursor_flag}"), "1", "cursor left hidden");
    assert!(
        screen.contains("icanon echo"),
        "terminal left raw:\n{screen}"
    );
    let (saved, temps) = run.session_files();
    assert!(temps.is_empty(), "temporary files left: {temps:?}");
    assert!(saved.is_empty(), "nothing could be saved: {saved:?}");
}

#[test]
fn keys_are_paused_while_the_window_is_too_small() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let run = Run::start("true");
    run.wait_for("Which of these is you?");
    run.tmux(&["resize-window", "-x", "20", "-y", "5"]);
    let screen = run.wait_for("q quits");
    assert!(screen.contains("paused"), "{screen}");
    // Blind answers: none of them may act.
    run.keys(&[
        "Enter", "1", "1", "1", "Enter", "j", "Enter", "b", "r", "y", "f", "e",
    ]);
    run.tmux(&["resize-window", "-x", "80", "-y", "24"]);
    let screen = run.wait_for("Which of these is you?");
    assert!(screen.contains("Question 1"), "{screen}");
    let (saved, _) = run.session_files();
    assert!(saved.is_empty(), "an answer was saved: {saved:?}");
    assert!(
        !Path::new(&run.dir.join("data/reports")).exists(),
        "a report was written"
    );
    // q still quits, at once, while small.
    run.tmux(&["resize-window", "-x", "20", "-y", "5"]);
    run.wait_for("q quits");
    run.keys(&["q"]);
    let screen = run.wait_for("END-OF-RUN");
    assert_eq!(run.status(), "0", "{screen}");
    assert_eq!(run.format("#{alternate_on}"), "0");
}
