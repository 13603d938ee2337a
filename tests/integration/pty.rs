//! The wizard in a real terminal (tmux, 80×24): walk to the founding outcome, back,
//! restart and quit, and check the shell is left clean; the same after SIGTERM and
//! SIGHUP; resizing below the minimum and back.
//!
//! Needs tmux (`.ci/run` installs it). Each test runs its own tmux server.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

use super::tmux::Tmux;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// One tmux server with one 80×24 pane running the wizard, then a shell-free epilogue
/// that prints the exit code and the terminal modes and waits.
struct Pane {
    tmux: Tmux,
}

impl std::ops::Deref for Pane {
    type Target = Tmux;
    fn deref(&self) -> &Tmux {
        &self.tmux
    }
}

impl Pane {
    /// Starts the wizard with a fresh, empty data directory of its own.
    fn start(args: &str) -> Pane {
        let data = std::env::temp_dir().join(format!(
            "bg-pty-data-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        Self::start_with(args, &format!("BREAKGLASS_DATA_DIR={}", data.display()))
    }

    /// Starts the wizard with extra environment (`VAR=value ...`).
    fn start_with(args: &str, env: &str) -> Pane {
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_breakglass"));
        let script = format!(
            // \r before each line: after a SIGKILL the terminal stays raw and a bare \n
            // would not return to the first column.
            "{} {args}; code=$?; modes=$(stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '); printf '\\r\\nexit=%s\\r\\n%s\\r\\nEND-OF-RUN\\r\\n' \"$code\" \"$modes\"; sleep 120",
            bin.display()
        );
        let pane = Pane {
            tmux: Tmux::new("bg-test"),
        };
        let env: Vec<&str> = env.split_whitespace().collect();
        pane.start((80, 24), &env, &["sh", "-c", &script]);
        pane
    }

    /// The pid of the wizard: the child of the pane's shell.
    fn wizard_pid(&self) -> String {
        let shell = self.format("#{pane_pid}");
        let out = Command::new("pgrep").args(["-P", &shell]).output().unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// After the wizard ended: its exit code is shown, the alternate screen is off, the
    /// cursor is visible, and the terminal is back in cooked mode with echo.
    fn assert_restored(&self, code: i32) -> String {
        let screen = self.wait_for("END-OF-RUN");
        assert!(
            screen.contains(&format!("exit={code}")),
            "expected exit={code}:\n{screen}"
        );
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "still in the alternate screen:\n{screen}"
        );
        assert_eq!(self.format("#{cursor_flag}"), "1", "cursor left hidden");
        assert_eq!(
            self.format("#{mouse_any_flag}"),
            "0",
            "mouse capture left on"
        );
        assert!(
            screen.contains("icanon echo"),
            "terminal left in raw mode:\n{screen}"
        );
        screen
    }
}

#[test]
fn walk_to_the_founding_outcome_back_restart_and_quit_leaves_the_shell_clean() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let p = Pane::start("");
    p.wait_for("Which of these is you?");
    p.keys(&[
        "Enter", "1", "1", "j", "Enter", "Down", "Enter", "3", "5", "1",
    ]);
    let outcome = p.wait_for("ESCALATE TO MICROSOFT SUPPORT");
    assert!(outcome.contains("Data Protection team"), "{outcome}");
    assert!(outcome.contains("Outcome"), "{outcome}");
    p.keys(&["b"]);
    p.wait_for("How can you reach Microsoft Support?");
    p.keys(&["r"]);
    p.wait_for("Start again?");
    p.keys(&["y"]);
    p.wait_for("Which of these is you?");
    p.keys(&["q"]);
    p.wait_for("Leave breakglass now?");
    p.keys(&["y"]);
    let screen = p.assert_restored(0);
    assert!(
        screen.contains("You stopped at: Which of these is you?"),
        "{screen}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let p = Pane::start("");
    p.wait_for("Which of these is you?");
    p.keys(&["Enter"]);
    p.wait_for("What happens when you try to sign in?");
    let pid = p.wizard_pid();
    assert!(!pid.is_empty(), "wizard pid not found");
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let screen = p.assert_restored(143);
    assert!(
        screen.contains("--answer which-service=azure-admin"),
        "{screen}"
    );
}

#[test]
fn sighup_restores_the_terminal() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let p = Pane::start("");
    p.wait_for("Which of these is you?");
    let pid = p.wizard_pid();
    Command::new("kill").args(["-HUP", &pid]).status().unwrap();
    p.assert_restored(129);
}

#[test]
fn a_panic_free_resize_below_the_minimum_and_back() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let p = Pane::start("");
    p.wait_for("Which of these is you?");
    p.tmux(&["resize-window", "-x", "20", "-y", "6"]);
    p.wait_for("Make the");
    p.tmux(&["resize-window", "-x", "80", "-y", "24"]);
    p.wait_for("Which of these is you?");
    p.keys(&["C-c"]);
    p.assert_restored(0);
}

#[test]
fn a_killed_wizard_loses_nothing_and_the_next_start_offers_to_resume() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let data = std::env::temp_dir().join(format!("bg-pty-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let env = format!("BREAKGLASS_DATA_DIR={}", data.display());
    let p = Pane::start_with("", &env);
    p.wait_for("Which of these is you?");
    p.keys(&["Enter", "1", "1", "j", "Enter"]);
    p.wait_for("Sign in another way");
    let pid = p.wizard_pid();
    // SIGKILL: no chance to clean up or save at exit. Every step was already saved.
    Command::new("kill").args(["-KILL", &pid]).status().unwrap();
    p.wait_for("END-OF-RUN");
    drop(p);
    let sessions: Vec<_> = std::fs::read_dir(data.join("sessions")).unwrap().collect();
    assert_eq!(sessions.len(), 1, "one session file");
    let again = Pane::start_with("", &env);
    let offer = again.wait_for("You have an unfinished session");
    assert!(offer.contains("4 answer(s)"), "{offer}");
    again.keys(&["y"]);
    let screen = again.wait_for("Sign in another way");
    assert!(screen.contains("Question 5"), "{screen}");
    again.keys(&["2", "3", "5", "1"]);
    again.wait_for("ESCALATE TO MICROSOFT SUPPORT");
    again.keys(&["q", "y"]);
    let screen = again.assert_restored(0);
    assert!(screen.contains("Session saved as "), "{screen}");
}

#[test]
fn a_wizard_whose_terminal_disappears_exits_instead_of_spinning() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    // Regression: crossterm 0.29 spins inside event::poll once the terminal is gone
    // (crossterm-rs/crossterm#793); the watchdog must end the process.
    let p = Pane::start("");
    p.wait_for("Which of these is you?");
    let pid = p.wizard_pid();
    assert!(!pid.is_empty());
    p.tmux(&["kill-server"]);
    let start = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        assert!(
            start.elapsed() < Duration::from_secs(8),
            "the wizard is still running 8 s after its terminal went away"
        );
        sleep(Duration::from_millis(100));
    }
}

#[test]
fn y_reaches_the_terminal_clipboard_through_osc_52() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let p = Pane::start(&format!("--at {}", crate::common::founding_code()));
    p.tmux(&["set", "-g", "set-clipboard", "on"]);
    p.wait_for("ESCALATE TO MICROSOFT SUPPORT");
    p.keys(&["y"]);
    p.wait_for("Copied the outcome via OSC 52");
    let buffer = String::from_utf8_lossy(&p.tmux(&["show-buffer"]).stdout).into_owned();
    assert!(
        buffer.contains("ask for the Data Protection team"),
        "clipboard: {buffer:?}"
    );
    assert!(buffer.contains("https://"), "sources come along");
    p.keys(&["q", "y"]);
    p.assert_restored(0);
}

#[test]
fn term_dumb_gets_plain_mode_a_screen_reader_can_follow() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let data = std::env::temp_dir().join(format!("bg-pty-dumb-{}", std::process::id()));
    let p = Pane::start_with(
        "",
        &format!("BREAKGLASS_DATA_DIR={} TERM=dumb", data.display()),
    );
    p.wait_for("Question 1. 2 to 11 questions left.");
    assert_eq!(p.format("#{alternate_on}"), "0", "no alternate screen");
    for answer in ["1", "1", "1", "2", "2", "3", "5", "1"] {
        p.keys(&[answer, "Enter"]);
    }
    let screen = p.wait_for("This is the end of the path.");
    let code = crate::common::founding_code();
    assert!(screen.contains(&format!("Path code: {code}.")), "{screen}");
    p.keys(&["q", "Enter"]);
    let screen = p.assert_restored(0);
    assert!(screen.contains("You reached: Tenant lockout"), "{screen}");
}

/// CPU seconds (user + system) a process has used, from /proc.
fn cpu_secs(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after = stat.rsplit(')').next().unwrap();
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    ticks / 100.0
}

#[test]
fn a_drill_shows_a_ticking_clock_without_a_busy_loop_and_ends_with_a_report() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let p = Pane::start("drill run founding-case");
    p.wait_for("Sam runs a small consultancy");
    p.keys(&["Enter"]);
    p.wait_for("DRILL 0:00 / 10:00");
    let pid = p.wizard_pid();
    let before = cpu_secs(&pid);
    p.wait_for("DRILL 0:03 / 10:00");
    let used = cpu_secs(&pid) - before;
    assert!(
        used < 0.5,
        "the drill used {used:.2} s of CPU in 3 s of waiting"
    );
    p.keys(&["q"]);
    p.wait_for("Stop the drill now?");
    p.keys(&["y"]);
    p.wait_for("Debrief");
    p.keys(&["Enter"]);
    let screen = p.assert_restored(0);
    assert!(
        screen.contains("Drill stopped early: INCOMPLETE"),
        "{screen}"
    );
    assert!(screen.contains("After-action report: "), "{screen}");
}
