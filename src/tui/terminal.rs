//! Terminal setup and its guaranteed undoing: raw mode and the alternate screen are left on
//! quit, on error (the guard's `Drop`), on panic (a chained hook), and on SIGTERM, SIGHUP and
//! SIGINT (a flag the event loop polls, so it leaves through the normal path).

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

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
}
