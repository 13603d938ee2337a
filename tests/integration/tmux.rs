//! A private tmux server for one real-terminal test: start a command in a pane, type,
//! read the screen, query the pane's state. The server is killed when the value drops.

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Whether tmux is on PATH.
fn has_tmux() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether a real-terminal test should be skipped: tmux is missing and this is not CI (the
/// `CI` variable is unset). It says so on stderr. In CI a missing tmux fails the test
/// instead, so the real-terminal tests always run there.
pub fn skip_without_tmux() -> bool {
    // Said straight to stderr, past the test harness's capture, once per run.
    static SAID: std::sync::Once = std::sync::Once::new();
    if has_tmux() {
        return false;
    }
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    assert!(
        !ci,
        "CI is set but tmux is not on PATH: the real-terminal tests must run in CI"
    );
    SAID.call_once(|| {
        use std::io::Write as _;
        let _ = std::io::stderr().write_all(
            b"skipped: tmux is not on PATH, so the real-terminal tests do not run \
              (install tmux to run them; in CI, where CI is set, they are required)\n",
        );
    });
    true
}

/// One tmux server of our own, by socket name.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    /// A new server (not started until the first `new-session`), named after `prefix`.
    pub fn new(prefix: &str) -> Tmux {
        assert!(
            has_tmux(),
            "these tests need tmux on PATH (.ci/run installs it)"
        );
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        Tmux {
            socket: format!("{prefix}-{}-{n}", std::process::id()),
        }
    }

    /// Runs a tmux command against this server.
    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap()
    }

    /// Starts the server with one detached `width`×`height` pane running `command`, under
    /// `TERM=xterm-256color` without `NO_COLOR`, with `env` (`VAR=value`) added.
    pub fn start(&self, (width, height): (u16, u16), env: &[&str], command: &[&str]) {
        let (w, h) = (width.to_string(), height.to_string());
        let mut args = vec!["new-session", "-d", "-x", &w, "-y", &h];
        args.extend(["env", "-u", "NO_COLOR", "TERM=xterm-256color"]);
        args.extend(env);
        args.extend(command);
        self.tmux(&args);
    }

    /// The pane's text, wrapped lines joined.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-J"]).stdout).into_owned()
    }

    /// Waits up to `limit` for `text` on the screen, and returns the screen.
    pub fn wait_for_within(&self, text: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < limit,
                "timed out waiting for {text:?}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    /// Waits up to 15 s for `text` on the screen, and returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_within(text, Duration::from_secs(15))
    }

    /// Sends each key in turn, `pause` apart.
    pub fn keys_paced(&self, keys: &[&str], pause: Duration) {
        for k in keys {
            self.tmux(&["send-keys", k]);
            sleep(pause);
        }
    }

    /// Sends each key in turn, 60 ms apart.
    pub fn keys(&self, keys: &[&str]) {
        self.keys_paced(keys, Duration::from_millis(60));
    }

    /// A tmux format (`#{alternate_on}`, `#{pane_pid}`, ...) of the pane.
    pub fn format(&self, f: &str) -> String {
        String::from_utf8_lossy(&self.tmux(&["display-message", "-p", f]).stdout)
            .trim()
            .to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}
