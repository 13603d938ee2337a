//! The ratatui wizard: terminal setup and restore, the event loop, the keymap, and the
//! views. Only `app.rs` sees both keys and the engine.
#![warn(clippy::arithmetic_side_effects)]

pub mod app;
pub mod clipboard;
pub mod doc;
pub mod drill;
pub mod driver;
pub mod guard;
pub mod keymap;
pub mod links;
pub mod terminal;
pub mod theme;
pub mod view;

use std::time::Duration;

use crate::engine::Session;
use crate::journal::Journal;
use crate::transcript::Transcript;
use app::App;
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
    /// Finds one to offer after the first frame (instead of `offer`).
    pub offer_later: Option<app::OfferLater>,
    /// A first message for the footer (for example, what a resume replayed).
    pub status: Option<String>,
    /// Start in the presenter view.
    pub present: bool,
    /// The playbook untranslated, when the session's is a translation (see
    /// [`App::with_english`]).
    pub english: Option<crate::playbook::Playbook>,
}

/// Runs the wizard until the person quits or a signal arrives. The terminal is restored
/// before this returns, whatever happens.
pub fn run(session: Session, theme: Theme, start: Start) -> anyhow::Result<Ended> {
    let (app, signal) = driver::drive(
        |size| {
            let mut app = App::new(session, theme, size);
            if let Some(journal) = start.journal {
                app = app.with_journal(journal);
            }
            if let Some(offer) = start.offer {
                app = app.with_offer(offer);
            }
            if let Some(find) = start.offer_later {
                app = app.with_offer_later(find);
            }
            if let Some(english) = start.english {
                app = app.with_english(english);
            }
            if let Some(status) = start.status {
                app.set_status(status);
            }
            if start.present {
                app.apply(keymap::Action::Present);
            }
            app
        },
        TICK,
    )?;
    let (session, journal) = app.finish();
    Ok(match signal {
        Some(sig) => Ended::Signal(sig, session, journal),
        None => Ended::Quit(session, journal),
    })
}
