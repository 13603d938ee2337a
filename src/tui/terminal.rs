//! Terminal setup and its guaranteed undoing: raw mode and the alternate screen are left on
//! quit, on error (the guard's `Drop`), on panic (a chained hook), and on SIGTERM, SIGHUP and
//! SIGINT (a flag the event loop polls, so it leaves through the normal path). Undoing is
//! quiet: a terminal that hung up (a closed window) makes every write fail with EIO, and
//! nothing here prints, panics or waits because of that.

use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once, TryLockError};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// Why the wizard cannot start here, in the interface language.
pub fn unavailable() -> Option<String> {
    if !io::stdin().is_terminal() {
        return Some(crate::tr!("wizard-no-terminal-stdin"));
    }
    if !io::stdout().is_terminal() {
        return Some(crate::tr!("wizard-no-terminal-stdout"));
    }
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return Some(crate::tr!("wizard-no-terminal-dumb"));
    }
    None
}

/// Whether the terminal went away (a closed window, a killed tmux pane, a dropped SSH
/// link): a hung-up terminal answers every request with EIO, so it is no longer a
/// terminal. Only meaningful after [`unavailable`] said both ends were terminals.
pub fn hung_up() -> bool {
    !io::stdin().is_terminal() || !io::stdout().is_terminal()
}

/// The exit code after a hang-up: 128 + SIGHUP.
pub const HANG_UP_EXIT: u8 = 129;

/// The signal number a hang-up is recorded as.
#[cfg(unix)]
pub const SIGHUP: i32 = signal_hook::consts::SIGHUP;
/// The signal number a hang-up is recorded as.
#[cfg(not(unix))]
pub const SIGHUP: i32 = 1;

/// Whether the terminal is in wizard mode now (so a panic knows whether to undo it).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// The panic hook is installed once per process, however many screens run.
static HOOK: Once = Once::new();

/// Leaves raw mode and the alternate screen and shows the cursor, ignoring every error:
/// it runs on dead terminals and inside the panic hook, where it must neither print nor
/// panic.
pub fn restore_quietly() {
    let _ = disable_raw_mode();
    let _ = execute!(io::stdout(), LeaveAlternateScreen, Show);
}

/// Chains a hook that undoes wizard mode (if on) before the previous hook prints the
/// message. Not ratatui's hook: that one reports a failed restore with `eprintln!`, which
/// panics again when stderr is a hung-up terminal, and a panic inside the panic hook
/// aborts the process.
fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if ACTIVE.swap(false, Ordering::SeqCst) {
                restore_quietly();
            }
            previous(info);
        }));
    });
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
        install_panic_hook();
        ACTIVE.store(true, Ordering::SeqCst);
        let entered = enable_raw_mode()
            .and_then(|()| execute!(io::stdout(), EnterAlternateScreen))
            .and_then(|()| Terminal::new(CrosstermBackend::new(io::stdout())));
        match entered {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                ACTIVE.store(false, Ordering::SeqCst);
                restore_quietly();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalSession {
    fn drop(&mut self) {
        ACTIVE.store(false, Ordering::SeqCst);
        restore_quietly();
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
    pub fn hang_up(&self) {
        let sig = usize::try_from(SIGHUP).unwrap_or(1);
        let _ = self
            .received
            .compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst);
    }
}

/// How long the event loop has to leave after a signal, while the terminal is still
/// there, before the watchdog ends the process.
const GRACE: Duration = Duration::from_secs(2);

/// How often the watchdog looks. Short, because once the terminal is gone the event loop
/// burns a core until the watchdog acts; each look is two `isatty` calls.
const LOOK_EVERY: Duration = Duration::from_millis(40);

/// How long the watchdog waits for a step being saved to finish before it exits anyway.
const SAVE_WAIT: Duration = Duration::from_secs(1);

/// Held by the event loop while the screen handles a key (and saves the step it took), so
/// the watchdog never ends the process halfway through a save.
#[derive(Debug, Clone, Default)]
pub struct Busy(Arc<Mutex<()>>);

impl Busy {
    /// Holds the lock until the guard is dropped.
    pub fn hold(&self) -> MutexGuard<'_, ()> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits at most `wait` for the lock.
    fn hold_within(&self, wait: Duration) -> Option<MutexGuard<'_, ()>> {
        let start = Instant::now();
        loop {
            match self.0.try_lock() {
                Ok(guard) => return Some(guard),
                Err(TryLockError::Poisoned(p)) => return Some(p.into_inner()),
                Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(TryLockError::WouldBlock) => return None,
            }
        }
    }
}

/// Ends the process when the event loop cannot.
///
/// crossterm 0.29 spins inside `event::poll` once the terminal is gone (a closed window, a
/// killed tmux pane, a dropped SSH link: crossterm-rs/crossterm#793, fix pending in #1067):
/// the hung-up terminal reads as end-of-file forever, so the loop never gets back to
/// checking for signals and the process burns a core. This thread looks every 40 ms
/// (`LOOK_EVERY`): once the terminal is gone it waits for a step being saved (see
/// [`Busy`]) and exits at once with 129, writing nothing (there is nothing left to restore
/// or tell). After a signal with the terminal still there, the loop gets two seconds
/// (`GRACE`) to leave through the normal path first; if it does not, the terminal is restored quietly and the process
/// exits with 128 + the signal. Every step was already saved, so nothing is lost.
#[derive(Debug)]
pub struct Watchdog {
    done: Arc<AtomicBool>,
    busy: Busy,
}

impl Watchdog {
    /// Starts watching.
    pub fn start(signals: &Signals, busy: &Busy) -> Self {
        let done = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&done);
        let signals = signals.clone();
        let held = busy.clone();
        let busy = busy.clone();
        std::thread::spawn(move || {
            let mut since: Option<Instant> = None;
            while !flag.load(Ordering::SeqCst) {
                std::thread::sleep(LOOK_EVERY);
                let gone = hung_up();
                if gone {
                    signals.hang_up();
                }
                let Some(sig) = signals.received() else {
                    continue;
                };
                let waited = *since.get_or_insert_with(Instant::now);
                if !gone && waited.elapsed() < GRACE {
                    continue;
                }
                let _saving = busy.hold_within(SAVE_WAIT);
                if flag.load(Ordering::SeqCst) {
                    // The loop left meanwhile and owns the ending.
                    return;
                }
                if gone {
                    ACTIVE.store(false, Ordering::SeqCst);
                } else {
                    restore_quietly();
                }
                // The only exit outside main: the main thread is stuck in crossterm.
                std::process::exit(128_i32.saturating_add(sig));
            }
        });
        Self { done, busy: held }
    }
}

impl Drop for Watchdog {
    /// Stops the watch. Under the lock: the watchdog either exits before this (the loop
    /// was not saving) or sees that the loop left and leaves the ending to it.
    fn drop(&mut self) {
        let _held = self.busy.hold();
        self.done.store(true, Ordering::SeqCst);
    }
}
