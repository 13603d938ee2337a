//! The ratatui wizard: terminal setup and restore, the event loop, the keymap, and the
//! views. Only `app.rs` sees both keys and the engine.
#![warn(clippy::arithmetic_side_effects)]

pub mod app;
pub mod clipboard;
pub mod doc;
pub mod keymap;
pub mod terminal;
pub mod theme;
pub mod view;

use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::layout::Size;

use crate::engine::Session;
use crate::journal::Journal;
use crate::transcript::Transcript;
use app::App;
use terminal::{Signals, TerminalSession, Watchdog};
use theme::Theme;

/// How the wizard ended.
#[derive(Debug)]
pub enum Ended {
    /// The person quit.
    Quit(Session, Option<Journal>),
    /// A termination signal arrived (its number).
    Signal(i32, Session, Option<Journal>),
}

/// How long the loop waits for a key before checking for signals.
const TICK: Duration = Duration::from_millis(200);

/// What the wizard starts with besides the session.
#[derive(Debug, Default)]
pub struct Start {
    /// Keeps the session on disk after every step.
    pub journal: Option<Journal>,
    /// An unfinished session to offer for resuming.
    pub offer: Option<Transcript>,
    /// A first message for the footer (for example, what a resume replayed).
    pub status: Option<String>,
    /// Start in the presenter view.
    pub present: bool,
}

/// Runs the wizard until the person quits or a signal arrives. The terminal is restored
/// before this returns, whatever happens.
pub fn run(session: Session, theme: Theme, start: Start) -> anyhow::Result<Ended> {
    let signals = Signals::install()?;
    let mut screen = TerminalSession::enter()?;
    let _watchdog = Watchdog::start(&signals);
    let size = screen.terminal.size().unwrap_or(Size::new(80, 24));
    let mut app = App::new(session, theme, size);
    if let Some(journal) = start.journal {
        app = app.with_journal(journal);
    }
    if let Some(offer) = start.offer {
        app = app.with_offer(offer);
    }
    if let Some(status) = start.status {
        app.set_status(status);
    }
    if start.present {
        app.apply(keymap::Action::Present);
    }
    let mut dirty = true;
    loop {
        if dirty {
            screen
                .terminal
                .draw(|frame| view::render(frame, &app.model()))?;
            dirty = false;
        }
        if let Some(text) = app.take_clipboard() {
            use std::io::Write as _;
            let backend = screen.terminal.backend_mut();
            backend.write_all(clipboard::osc52(&text).as_bytes())?;
            backend.flush()?;
        }
        if let Some(sig) = signals.received() {
            drop(screen);
            let (session, journal) = app.finish();
            return Ok(Ended::Signal(sig, session, journal));
        }
        if app.should_quit() {
            drop(screen);
            let (session, journal) = app.finish();
            return Ok(Ended::Quit(session, journal));
        }
        if !event::poll(TICK)? {
            continue;
        }
        match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                app.handle_key(&key);
                dirty = true;
            }
            Event::Paste(text) => {
                app.handle_paste(&text);
                dirty = true;
            }
            Event::Resize(w, h) => {
                app.resize(Size::new(w, h));
                dirty = true;
            }
            _ => {}
        }
    }
}
