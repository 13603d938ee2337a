//! Terminal setup and its guaranteed undoing: raw mode and the alternate screen are left on
//! quit, on error (the guard's `Drop`), on panic (a chained hook), and on SIGTERM, SIGHUP and
//! SIGINT (a flag the event loop polls, so it leaves through the normal path).

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::execute;

/// Why the wizard cannot start here.
pub fn unavailable() -> Option<&'static str> {
    if !io::stdin().is_terminal() {
        return Some("standard input is not a terminal");
    }
    if !io::stdout().is_terminal() {
        return Some("standard output is not a terminal");
    }
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return Some("TERM is set to dumb");
    }
    None
}

/// The terminal in wizard mode. Dropping it restores the terminal.
pub struct TerminalSession {
    /// The ratatui terminal.
    pub terminal: DefaultTerminal,
}

impl TerminalSession {
    /// Enters raw mode and the alternate screen, and makes sure a panic undoes both and
    /// shows the cursor before its message is printed.
    pub fn enter() -> io::Result<Self> {
        // ratatui installs a hook that restores raw mode and the screen, then chains to the
        // previous hook (which prints the message). Ours runs first and shows the cursor.
        let terminal = ratatui::try_init()?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), Show);
            previous(info);
        }));
        Ok(Self { terminal })
    }
}

impl Drop for TerminalSession {
    fn drop(&mut self) {
        ratatui::restore();
        let _ = execute!(io::stdout(), Show);
    }
}

/// Termination signals, recorded for the event loop to act on.
#[derive(Debug, Clone)]
pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    /// Starts recording SIGTERM, SIGHUP and SIGINT (on Unix; elsewhere Ctrl-C arrives as a
    /// key in raw mode).
    pub fn install() -> io::Result<Self> {
        let received = Arc::new(AtomicUsize::new(0));
        #[cfg(unix)]
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ] {
            let value = usize::try_from(sig).unwrap_or(0);
            signal_hook::flag::register_usize(sig, Arc::clone(&received), value)?;
        }
        Ok(Self { received })
    }

    /// The last signal received, if any.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }

    /// Records a hang-up noticed by other means (the terminal went away).
    fn hang_up(&self) {
        #[cfg(unix)]
        let sig = usize::try_from(signal_hook::consts::SIGHUP).unwrap_or(1);
        #[cfg(not(unix))]
        let sig = 1;
        let _ = self
            .received
            .compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst);
    }
}

/// How long the event loop has to leave after a signal before the watchdog ends the process.
const GRACE: Duration = Duration::from_secs(2);

/// Ends the process when the event loop cannot.
///
/// crossterm 0.29 spins inside `event::poll` once the terminal is gone (a closed window, a
/// killed tmux pane, a dropped SSH link: crossterm-rs/crossterm#793, fix pending in #1067),
/// so the loop never gets back to checking for signals and the process burns a core
/// forever. This thread notices a termination signal, or stdout no longer being a
/// terminal, and if the loop has not left within [`GRACE`], restores what it can and exits
/// with 128 + the signal. Every step was already saved, so nothing is lost.
#[derive(Debug)]
pub struct Watchdog {
    done: Arc<AtomicBool>,
}

impl Watchdog {
    /// Starts watching.
    pub fn start(signals: &Signals) -> Self {
        let done = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&done);
        let signals = signals.clone();
        std::thread::spawn(move || {
            let mut since: Option<Instant> = None;
            while !flag.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(250));
                if !io::stdout().is_terminal() {
                    signals.hang_up();
                }
                let Some(sig) = signals.received() else {
                    continue;
                };
                let waited = *since.get_or_insert_with(Instant::now);
                if waited.elapsed() >= GRACE && !flag.load(Ordering::SeqCst) {
                    ratatui::restore();
                    // The only exit outside main: the main thread is stuck in crossterm.
                    std::process::exit(128_i32.saturating_add(sig));
                }
            }
        });
        Self { done }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
    }
}
