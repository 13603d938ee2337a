//! The wizard's state and the one place where key presses meet the engine.
//!
//! A key becomes an [`Action`] through the keymap; [`App::apply`] changes the engine
//! [`Session`] or the view state (scroll, focus, overlays), then hands the engine's events
//! to the [`Journal`], which saves the session after every step. Views never change
//! anything: they draw a [`ScreenModel`] borrowed from here.

mod facts;
mod journal;
mod page;

use std::collections::BTreeMap;

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Size;

use super::keymap::{self, Action, Context};
use super::theme::Theme;
use super::view;
use crate::engine::{Event, Session};
use crate::journal::Journal;
use crate::playbook::NodeBody;
use crate::transcript::{FactKind, Transcript};

pub use facts::FactsForm;
pub use page::Search;

/// A window over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Keys and "why we ask", scrolled by this many lines.
    Help {
        /// Lines scrolled.
        scroll: usize,
    },
    /// "Quit breakglass?"
    ConfirmQuit,
    /// "Start again?"
    ConfirmRestart,
    /// "Resume the unfinished session?"
    ResumeOffer,
    /// The case-facts form.
    Facts(FactsForm),
    /// The outcome's sources, scrolled by this many lines.
    Sources {
        /// Lines scrolled.
        scroll: usize,
    },
    /// The outcome's section index, with the selected section.
    Sections {
        /// The selected section.
        selected: usize,
    },
}

/// What a view may read: engine state and view state, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct ScreenModel<'a> {
    /// The walk.
    pub session: &'a Session,
    /// Styles.
    pub theme: &'a Theme,
    /// The overlay shown, if any.
    pub overlay: Option<&'a Overlay>,
    /// Lines scrolled in an info or outcome body.
    pub scroll: usize,
    /// The focused checklist item (index into the outcome's items, in order).
    pub focus: usize,
    /// A short message for the footer.
    pub status: Option<&'a str>,
    /// Why the session is not saved, while it is not.
    pub save_warning: Option<&'a str>,
    /// The case facts typed so far.
    pub facts: Option<&'a BTreeMap<FactKind, String>>,
    /// The unfinished session offered for resuming, described.
    pub offer: Option<&'a str>,
    /// The presenter view is on.
    pub present: bool,
    /// Replaces the playbook title in the header (a drill's clock).
    pub banner: Option<&'a str>,
    /// Replaces the breadcrumb line (a drill facilitator's guide).
    pub guide: Option<&'a str>,
    /// The search of the page or help, if one was typed.
    pub search: Option<&'a Search>,
    /// Whose keys the footer shows when not the wizard's (a drill card over it).
    pub footer_context: Option<Context>,
    /// Whether the session is on disk (nothing is saved before the first answer).
    pub saved: bool,
    /// The offered session reached an outcome with work left open: "Reopen?".
    pub reopen: bool,
}

impl ScreenModel<'_> {
    /// Where keys are pressed: the overlay if one is open, else the kind of node shown.
    pub fn context(&self) -> Context {
        if self.search.is_some_and(|s| s.typing) {
            return Context::SearchEdit;
        }
        match self.overlay {
            Some(Overlay::Sections { .. }) => Context::Sections,
            Some(Overlay::Sources { .. }) => Context::SourceList,
            Some(Overlay::Help { .. }) => Context::Help,
            Some(Overlay::ConfirmQuit | Overlay::ConfirmRestart | Overlay::ResumeOffer) => {
                Context::Confirm
            }
            Some(Overlay::Facts(form)) if form.input.is_some() => Context::FactEdit,
            Some(Overlay::Facts(_)) => Context::Facts,
            None => match self.session.node().body {
                NodeBody::Question(_) => Context::Question,
                NodeBody::Info(_) => Context::Info,
                NodeBody::Outcome(_) => Context::Outcome,
            },
        }
    }
}

/// The wizard.
#[derive(Debug)]
pub struct App {
    session: Session,
    theme: Theme,
    size: Size,
    overlay: Option<Overlay>,
    scroll: usize,
    focus: usize,
    status: Option<String>,
    quit: bool,
    journal: Option<Journal>,
    save_warning: Option<String>,
    offer: Option<(Transcript, String)>,
    offer_later: Option<OfferLater>,
    present: bool,
    clipboard: Option<String>,
    tap: Option<Vec<Event>>,
    banner: Option<String>,
    guide: Option<String>,
    search: Option<Search>,
    footer_context: Option<Context>,
    english: Option<crate::playbook::Playbook>,
}

impl App {
    /// A wizard over `session`, drawn at `size`, keeping no transcript.
    pub fn new(session: Session, theme: Theme, size: Size) -> Self {
        Self {
            session,
            theme,
            size,
            overlay: None,
            scroll: 0,
            focus: 0,
            status: None,
            quit: false,
            journal: None,
            save_warning: None,
            offer: None,
            offer_later: None,
            present: false,
            clipboard: None,
            tap: None,
            banner: None,
            guide: None,
            search: None,
            footer_context: None,
            english: None,
        }
    }

    /// Keeps the session in `journal`, saving after every step.
    #[must_use]
    pub fn with_journal(mut self, journal: Journal) -> Self {
        self.journal = Some(journal);
        self.sync();
        self
    }

    /// The playbook untranslated, when the session's is a translation: the exported
    /// report's case summary for Microsoft Support is also given in English.
    #[must_use]
    pub fn with_english(mut self, english: crate::playbook::Playbook) -> Self {
        self.english = Some(english);
        self
    }

    /// Starts by offering to resume `unfinished` (or start afresh).
    #[must_use]
    pub fn with_offer(mut self, unfinished: Transcript) -> Self {
        self.offer(unfinished);
        self
    }

    /// Looks for a session to offer once the first frame is on screen (reading saved
    /// sessions takes longer the more there are), then offers it as [`App::with_offer`].
    #[must_use]
    pub fn with_offer_later(mut self, find: OfferLater) -> Self {
        self.offer_later = Some(find);
        self
    }

    fn offer(&mut self, unfinished: Transcript) {
        let description = journal::describe_offer(&unfinished, &self.session);
        self.offer = Some((unfinished, description));
        self.overlay = Some(Overlay::ResumeOffer);
    }

    /// Shows `message` in the footer until the next key.
    pub fn set_status(&mut self, message: impl Into<String>) {
        self.status = Some(message.into());
    }

    /// What the views draw.
    pub fn model(&self) -> ScreenModel<'_> {
        ScreenModel {
            session: &self.session,
            theme: &self.theme,
            overlay: self.overlay.as_ref(),
            scroll: self.scroll,
            focus: self.focus,
            status: self.status.as_deref(),
            save_warning: self.save_warning.as_deref(),
            facts: self.journal.as_ref().map(|j| &j.transcript().facts),
            offer: self.offer.as_ref().map(|(_, d)| d.as_str()),
            present: self.present,
            banner: self.banner.as_deref(),
            guide: self.guide.as_deref(),
            search: self.search.as_ref(),
            footer_context: self.footer_context,
            saved: self
                .journal
                .as_ref()
                .is_some_and(|j| j.saved_to().is_some()),
            reopen: self.offer.as_ref().is_some_and(|(t, _)| t.is_finished()),
        }
    }

    /// Keeps a copy of the engine's events for [`App::take_events`] (drills observe them).
    #[must_use]
    pub fn with_event_tap(mut self) -> Self {
        self.tap = Some(Vec::new());
        // What the engine did so far (the first question shown) goes into the tap now, so
        // it is never taken later as if it had just happened.
        self.sync();
        self
    }

    /// The engine's events since the last call (empty without a tap).
    pub fn take_events(&mut self) -> Vec<Event> {
        self.tap.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Replaces the playbook title in the header (`None`: the title again).
    pub fn set_banner(&mut self, banner: Option<String>) {
        self.banner = banner;
    }

    /// Replaces the breadcrumb line in the header (`None`: the breadcrumb again).
    pub fn set_guide(&mut self, guide: Option<String>) {
        self.guide = guide;
    }

    /// Makes the footer show the keys of `context` (a card drawn over the wizard), or the
    /// wizard's own again with `None`.
    pub fn set_footer_context(&mut self, context: Option<Context>) {
        self.footer_context = context;
    }

    /// Text waiting to be copied to the clipboard by the event loop.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// The walk so far.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The journal, if the session is kept.
    pub fn journal(&self) -> Option<&Journal> {
        self.journal.as_ref()
    }

    /// Gives the session and its journal back when the wizard ends.
    pub fn finish(mut self) -> (Session, Option<Journal>) {
        self.sync();
        (self.session, self.journal)
    }

    /// Whether the person asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The terminal was resized.
    pub fn resize(&mut self, size: Size) {
        self.size = size;
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// Where keys are pressed now.
    pub fn context(&self) -> Context {
        self.model().context()
    }

    /// Handles one key press.
    pub fn handle_key(&mut self, key: &KeyEvent) {
        self.status = None;
        if let Some(action) = keymap::action_for(key, self.context()) {
            self.apply(action);
        }
    }

    /// Handles pasted text: typed into a field being edited, ignored elsewhere.
    pub fn handle_paste(&mut self, text: &str) {
        if self.context() == Context::FactEdit {
            for c in text.chars().filter(|c| !c.is_control()) {
                self.apply(Action::Type(c));
            }
        }
    }

    /// Carries out an action, then records what the engine did.
    pub fn apply(&mut self, action: Action) {
        match self.context() {
            Context::Confirm => self.apply_confirm(action),
            Context::Help => self.apply_help(action),
            Context::Facts | Context::FactEdit => self.apply_facts(action),
            Context::Question => self.apply_question(action),
            Context::Info | Context::Outcome => self.apply_document(action),
            Context::Sections => self.apply_sections(action),
            Context::SourceList => self.apply_sources(action),
            Context::SearchEdit => self.apply_search_edit(action),
            // The wizard never shows drill screens.
            Context::Notice | Context::Closing | Context::Tasks | Context::NoteEdit => {}
        }
        self.sync();
    }

    fn apply_confirm(&mut self, action: Action) {
        match (action, &self.overlay) {
            (Action::ForceQuit, _) | (Action::Yes, Some(Overlay::ConfirmQuit)) => self.quit = true,
            (Action::Yes, Some(Overlay::ConfirmRestart)) => {
                self.overlay = None;
                self.session.restart();
                self.moved();
                self.status = Some(crate::tr!("wizard-status-restarted"));
            }
            (Action::Yes | Action::No, Some(Overlay::ResumeOffer)) => {
                self.overlay = None;
                self.answer_offer(action == Action::Yes);
            }
            (Action::No, _) => self.overlay = None,
            _ => {}
        }
    }

    fn apply_help(&mut self, action: Action) {
        let Some(Overlay::Help { scroll }) = self.overlay else {
            return;
        };
        let max = view::help::max_scroll(&self.model(), self.size);
        let page = view::help::page(self.size);
        let scroll = match action {
            Action::Close => {
                self.overlay = None;
                self.search = None;
                return;
            }
            Action::ForceQuit => {
                self.quit = true;
                return;
            }
            Action::Search => {
                self.start_search();
                return;
            }
            Action::NextMatch | Action::PrevMatch => {
                self.help_match(action);
                return;
            }
            Action::NextSection | Action::PrevSection => {
                self.help_section(action == Action::NextSection);
                return;
            }
            _ => scrolled(action, scroll, page, max),
        };
        self.overlay = Some(Overlay::Help { scroll });
    }

    fn apply_question(&mut self, action: Action) {
        let count = self.session.choices().len();
        match action {
            Action::Up => self.session.move_selection(-1),
            Action::Down => self.session.move_selection(1),
            Action::Top => self.session.select(0),
            Action::Bottom => self.session.select(count.saturating_sub(1)),
            Action::PageUp | Action::PageDown => {
                let max = self.question_scroll(None);
                let page = view::body_rect(&self.model(), self.size).height;
                self.scroll = scrolled(action, self.scroll, usize::from(page), max);
                return;
            }
            Action::Pick(n) if n >= count => {
                self.status = Some(crate::tr!(
                    "wizard-status-no-answer",
                    number = n.saturating_add(1)
                ));
            }
            Action::Pick(n) => {
                self.session.select(n);
                return self.advance();
            }
            Action::Choose => return self.advance(),
            other => return self.apply_common(other),
        }
        // The selection moved: scroll as little as shows it whole.
        self.scroll = self.question_scroll(Some(self.scroll));
    }

    /// With `Some(scroll)`, the scroll offset that shows the selected option from there;
    /// with `None`, the largest offset of the question screen.
    fn question_scroll(&self, from: Option<usize>) -> usize {
        let model = self.model();
        let Some(q) = self.session.question() else {
            return 0;
        };
        match from {
            Some(scroll) => view::question::reveal_selected(&model, self.size, q, scroll),
            None => view::question::max_scroll(&model, self.size, q),
        }
    }

    fn apply_document(&mut self, action: Action) {
        let max = self.max_scroll();
        let page = view::body_height(self.size);
        match action {
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom => self.scroll = scrolled(action, self.scroll, page, max),
            Action::Choose => self.advance(),
            Action::Pick(n) => self.take_way_on(n),
            Action::NextItem | Action::PrevItem => self.move_focus(action == Action::NextItem),
            Action::ToggleItem => self.toggle_focused(),
            // A finished search is cleared first: Esc must not leave the page by surprise.
            Action::Back if self.search.is_some() => {
                self.search = None;
                self.status = Some(crate::tr!("wizard-status-search-cleared"));
            }
            Action::Sections
            | Action::NextSection
            | Action::PrevSection
            | Action::Sources
            | Action::Search
            | Action::NextMatch
            | Action::PrevMatch => self.apply_page(action),
            other => self.apply_common(other),
        }
    }

    fn apply_common(&mut self, action: Action) {
        match action {
            Action::Back => {
                if self.session.back() {
                    self.moved();
                } else {
                    self.status = Some(crate::tr!("wizard-status-nothing-back"));
                }
            }
            Action::Restart if self.session.trail().is_empty() => {
                self.status = Some(crate::tr!("wizard-status-already-first"));
            }
            Action::Restart => self.overlay = Some(Overlay::ConfirmRestart),
            Action::Quit => self.overlay = Some(Overlay::ConfirmQuit),
            Action::ForceQuit => self.quit = true,
            Action::Help => {
                self.search = None;
                self.overlay = Some(Overlay::Help { scroll: 0 });
            }
            Action::Export => self.export(),
            Action::Facts => self.overlay = Some(Overlay::Facts(FactsForm::default())),
            Action::Present => {
                self.present = !self.present;
                self.status = Some(if self.present {
                    crate::tr!("wizard-status-present-on")
                } else {
                    crate::tr!("wizard-status-present-off")
                });
            }
            Action::Copy => self.copy(),
            _ => {}
        }
    }

    /// Puts the current step (or the whole outcome) on the clipboard via the terminal.
    fn copy(&mut self) {
        use crate::export::text;
        let s = &self.session;
        let node = s.node();
        let (status, body) = match &node.body {
            NodeBody::Question(q) => (
                crate::tr!("wizard-status-copied-question"),
                text::question(s.playbook(), &node.id, q, s.remaining()),
            ),
            NodeBody::Info(i) => (
                crate::tr!("wizard-status-copied-note"),
                format!("{}\n\n{}", i.title, i.text.clone().unwrap_or_default()),
            ),
            NodeBody::Outcome(o) => (
                crate::tr!("wizard-status-copied-outcome"),
                text::outcome(s, s.current(), o),
            ),
        };
        self.clipboard = Some(body);
        self.status = Some(status);
    }

    /// Takes way on `n` (0-based, as shown) from an outcome.
    fn take_way_on(&mut self, n: usize) {
        let count = self.session.choices().len();
        if count == 0 {
            self.status = Some(crate::tr!("wizard-status-no-way-on"));
        } else if n >= count {
            self.status = Some(crate::tr!(
                "wizard-status-no-such-way",
                number = n.saturating_add(1)
            ));
        } else if self.session.choose(n).is_ok() {
            self.moved();
        }
    }

    fn advance(&mut self) {
        if self.session.advance().is_ok() {
            self.moved();
        }
    }

    /// The node changed: start at the top with the first item focused.
    fn moved(&mut self) {
        self.scroll = 0;
        self.focus = 0;
        self.search = None;
    }

    fn max_scroll(&self) -> usize {
        let doc = view::document(&self.model(), self.size);
        doc.height().saturating_sub(view::body_height(self.size))
    }

    fn move_focus(&mut self, forward: bool) {
        let count = self.session.outcome_items().len();
        if count == 0 {
            self.status = Some(crate::tr!("wizard-status-no-checklist"));
            return;
        }
        self.focus = if forward {
            self.focus.saturating_add(1).checked_rem(count).unwrap_or(0)
        } else {
            self.focus.checked_sub(1).unwrap_or(count.saturating_sub(1))
        };
        self.reveal_focus();
    }

    fn toggle_focused(&mut self) {
        let items = self.session.outcome_items();
        let Some((list, item)) = items.get(self.focus).cloned() else {
            self.status = Some(crate::tr!("wizard-status-no-checklist"));
            return;
        };
        if let Some(done) = self.session.toggle(&list, &item) {
            self.status = Some(if done {
                crate::tr!("wizard-status-ticked")
            } else {
                crate::tr!("wizard-status-unticked")
            });
        }
        self.reveal_focus();
    }

    /// Scrolls so the focused checklist item is on screen.
    fn reveal_focus(&mut self) {
        let doc = view::document(&self.model(), self.size);
        let Some(&line) = doc.anchors.get(self.focus) else {
            return;
        };
        let page = view::body_height(self.size);
        if line < self.scroll {
            self.scroll = line;
        } else if line >= self.scroll.saturating_add(page) {
            self.scroll = line.saturating_sub(page.saturating_sub(2));
        }
        self.scroll = self.scroll.min(self.max_scroll());
    }
}

/// `line`, or `max` when it is further.
fn scrolled_max(line: usize, max: usize) -> usize {
    line.min(max)
}

/// A scroll offset after a scrolling action.
fn scrolled(action: Action, scroll: usize, page: usize, max: usize) -> usize {
    let page = page.saturating_sub(1).max(1);
    match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::Top => 0,
        Action::Bottom => max,
        _ => scroll,
    }
    .min(max)
}

impl super::driver::Screen for App {
    fn draw(&self, frame: &mut ratatui::Frame<'_>) {
        view::render(frame, &self.model());
    }

    fn key(&mut self, key: &KeyEvent) {
        self.handle_key(key);
    }

    fn paste(&mut self, text: &str) {
        self.handle_paste(text);
    }

    fn resize(&mut self, size: Size) {
        App::resize(self, size);
    }

    fn take_clipboard(&mut self) -> Option<String> {
        App::take_clipboard(self)
    }

    fn done(&self) -> bool {
        self.should_quit()
    }

    fn settle(&mut self) -> bool {
        let Some(find) = self.offer_later.take() else {
            return false;
        };
        match (find.0)() {
            Some(unfinished) => {
                self.offer(unfinished);
                true
            }
            None => false,
        }
    }
}

/// Finds an unfinished session to offer, run once the first frame is on screen.
pub struct OfferLater(pub Box<dyn FnOnce() -> Option<Transcript>>);

impl std::fmt::Debug for OfferLater {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OfferLater(..)")
    }
}
