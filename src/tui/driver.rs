//! The event loop every full-screen front end shares (the wizard, drills): enter the
//! terminal, draw when something changed, wait for a key at most one tick, hand keys,
//! pastes and resizes to the screen, write OSC 52 clipboard requests, and stop on quit or
//! a termination signal. No busy loop: between ticks it sleeps in `poll`.

use std::io::Write as _;
use std::time::Duration;

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::layout::Size;

use super::terminal::{Signals, TerminalSession, Watchdog};
use super::{clipboard, guard};

/// A full-screen front end the loop can drive.
pub trait Screen {
    /// Draws the whole screen.
    fn draw(&self, frame: &mut Frame<'_>);
    /// Handles a key press.
    fn key(&mut self, key: &KeyEvent);
    /// Handles pasted text.
    fn paste(&mut self, _text: &str) {}
    /// The terminal changed size.
    fn resize(&mut self, size: Size);
    /// Called once per tick; returns whether anything on screen changed (a clock).
    fn tick(&mut self) -> bool {
        false
    }
    /// Text waiting to go to the clipboard.
    fn take_clipboard(&mut self) -> Option<String> {
        None
    }
    /// Whether the screen is finished.
    fn done(&self) -> bool;
}

/// Runs the screen `make` builds (given the terminal's size) until it is done or a
/// termination signal arrives, whose number is returned. The terminal is restored before
/// this returns, whatever happens.
pub fn drive<S: Screen>(
    make: impl FnOnce(Size) -> S,
    tick: Duration,
) -> anyhow::Result<(S, Option<i32>)> {
    let signals = Signals::install()?;
    let mut term = TerminalSession::enter()?;
    let _watchdog = Watchdog::start(&signals);
    let size = term.terminal.size().unwrap_or(Size::new(80, 24));
    let mut screen = make(size);
    let mut dirty = true;
    loop {
        if dirty {
            term.terminal.draw(|frame| {
                screen.draw(frame);
                guard::buffer(frame.buffer_mut());
            })?;
            dirty = false;
        }
        if let Some(text) = screen.take_clipboard() {
            let backend = term.terminal.backend_mut();
            backend.write_all(clipboard::osc52(&text).as_bytes())?;
            backend.flush()?;
        }
        if let Some(sig) = signals.received() {
            drop(term);
            return Ok((screen, Some(sig)));
        }
        if screen.done() {
            drop(term);
            return Ok((screen, None));
        }
        if !event::poll(tick)? {
            dirty |= screen.tick();
            continue;
        }
        match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                screen.key(&key);
                dirty = true;
            }
            Event::Paste(text) => {
                screen.paste(&text);
                dirty = true;
            }
            Event::Resize(w, h) => {
                screen.resize(Size::new(w, h));
                dirty = true;
            }
            _ => {}
        }
        dirty |= screen.tick();
    }
}
