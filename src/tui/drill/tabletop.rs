//! A tabletop drill in the terminal: the wizard (the same App, keys and views) with the
//! drill clock in its header, injects as cards, and the debrief when the walk reaches its
//! first outcome. In facilitator mode the breadcrumb line shows the expected answer.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Size;

use super::super::app::App;
use super::super::driver::Screen;
use super::super::keymap::{self, Action, Context};
use super::super::view::{self, notice};
use super::{
    CardKind, Cards, Ended, Setup, confirm_stop_card, debrief_card, ended, inject_card, save,
    start_cards,
};
use crate::drill::{Drill, DrillRun};
use crate::engine::{Event, Session};
use crate::playbook::Playbook;
use crate::store::Store;
use crate::transcript::Clock;

/// The tabletop drill screen.
pub struct TabletopScreen {
    app: App,
    drill: Drill,
    playbook: Playbook,
    clock: Option<Box<dyn Clock>>,
    run: Option<DrillRun>,
    cards: Cards,
    facilitator: bool,
    store: Option<Store>,
    save_error: Option<String>,
    done: bool,
}

impl TabletopScreen {
    /// The screen, showing the scenario card; the clock starts when it is closed.
    pub fn new(drill: Drill, playbook: Playbook, setup: Setup, size: Size) -> Self {
        let app = App::new(Session::new(playbook.clone()), setup.theme, size).with_event_tap();
        let mut cards = Cards::default();
        for (card, kind) in start_cards(&drill, setup.facilitator) {
            cards.push(card, kind);
        }
        let mut s = Self {
            app,
            drill,
            playbook,
            clock: Some(setup.clock),
            run: None,
            cards,
            facilitator: setup.facilitator,
            store: setup.store,
            save_error: None,
            done: false,
        };
        s.refresh();
        s
    }

    /// The run (once started).
    pub fn run(&self) -> Option<&DrillRun> {
        self.run.as_ref()
    }

    /// The wizard underneath.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// How it ended.
    pub fn end(self, signal: Option<i32>) -> Ended {
        ended(self.run, self.store.as_ref(), signal, self.save_error)
    }

    fn start(&mut self) {
        let Some(clock) = self.clock.take() else {
            return;
        };
        // Anything the engine did before the clock started is not part of the run.
        let _ = self.app.take_events();
        let mut run = DrillRun::start(self.drill.clone(), Some(self.playbook.clone()), clock);
        let here = Event::Shown {
            node: self.app.session().node().id.clone(),
        };
        let injects = run.observe(&[here]);
        self.run = Some(run);
        self.show_injects(&injects);
        self.keep();
    }

    fn show_injects(&mut self, injects: &[crate::drill::Inject]) {
        let at = self.run.as_ref().map_or(0, DrillRun::elapsed);
        for i in injects {
            self.cards.push(inject_card(i, at), CardKind::Inject);
        }
    }

    /// Hands the engine's events to the run; shows the injects they trigger, and the
    /// debrief once an outcome is reached.
    fn observe(&mut self) {
        let events = self.app.take_events();
        let Some(run) = &mut self.run else { return };
        if events.is_empty() && !self.app.should_quit() {
            return;
        }
        let was_running = run.is_running();
        let injects = run.observe(&events);
        if self.app.should_quit() {
            run.stop(&crate::tr!("drill-stop-participant"));
        }
        let ended = was_running && !run.is_running();
        self.show_injects(&injects);
        if ended && let Some(run) = &self.run {
            self.cards.push(debrief_card(run), CardKind::Debrief);
        }
        self.keep();
    }

    fn keep(&mut self) {
        if let Some(run) = &self.run {
            self.save_error = save(self.store.as_ref(), run);
        }
        self.refresh();
    }

    /// The clock in the header, and the facilitator's guide.
    fn refresh(&mut self) {
        let clock = self
            .run
            .as_ref()
            .map_or_else(|| crate::tr!("drill-not-started"), DrillRun::clock_text);
        let drill = crate::tr!("drill-banner", clock = clock);
        let mut banner = format!("{drill} · {}", self.drill.title);
        if let Some(e) = &self.save_error {
            banner = format!("{drill} · {e}");
        }
        self.app.set_banner(Some(banner));
        self.app.set_guide(self.facilitator.then(|| self.guide()));
        // A card's own keys, not the wizard's under it.
        let card = self.cards.front().map(|(card, _)| card.context);
        self.app.set_footer_context(card);
    }

    /// "Expected here: No one. I am the only administrator" or where the walk left the path.
    fn guide(&self) -> String {
        let Some(t) = self.drill.tabletop() else {
            return String::new();
        };
        let s = self.app.session();
        let answers = s.answers();
        let on_path = answers
            .iter()
            .zip(&t.expect_path)
            .all(|(a, e)| a.node == e.node && a.option == e.option);
        if !on_path {
            return crate::tr!("drill-guide-off-path");
        }
        match t.expect_path.get(answers.len()) {
            Some(e) if e.node == s.node().id => {
                let label = s
                    .question()
                    .and_then(|q| q.options.iter().find(|o| o.id == e.option))
                    .map_or(e.option.as_str(), |o| o.short.as_str());
                crate::tr!("drill-guide-expected", label = label)
            }
            _ => crate::tr!("drill-guide-outcome", outcome = t.expect_outcome.as_str()),
        }
    }

    fn card_key(&mut self, key: &KeyEvent, context: Context, kind: CardKind) {
        match (keymap::action_for(key, context), kind) {
            (Some(Action::ForceQuit), _) => {
                self.stop_now();
                self.done = true;
            }
            (Some(Action::Close), CardKind::Start) => {
                self.cards.pop();
                self.start();
            }
            (Some(Action::Quit), CardKind::Start | CardKind::Intro)
            | (Some(Action::Close), CardKind::Debrief) => {
                self.cards.pop();
                self.done = true;
            }
            (Some(Action::Close), CardKind::Intro | CardKind::Inject)
            | (Some(Action::No), CardKind::ConfirmStop) => {
                self.cards.pop();
            }
            (Some(Action::Quit), CardKind::Inject) => {
                self.cards
                    .push_front(confirm_stop_card(), CardKind::ConfirmStop);
            }
            (Some(Action::Yes), CardKind::ConfirmStop) => {
                self.cards.pop();
                self.stop_now();
            }
            _ => {}
        }
    }

    fn stop_now(&mut self) {
        match &mut self.run {
            Some(run) if run.is_running() => {
                run.stop(&crate::tr!("drill-stop-participant"));
                let card = debrief_card(run);
                self.cards.queue.clear();
                self.cards.push(card, CardKind::Debrief);
                self.keep();
            }
            _ => self.done = true,
        }
    }
}

impl Screen for TabletopScreen {
    fn draw(&self, frame: &mut Frame<'_>) {
        view::render(frame, &self.app.model());
        if let Some((card, _)) = self.cards.front() {
            let area = frame.area();
            if area.width >= view::MIN_WIDTH && area.height >= view::MIN_HEIGHT {
                notice::render(frame, area, self.app.model().theme, card);
            }
        }
    }

    fn key(&mut self, key: &KeyEvent) {
        if let Some((card, kind)) = self.cards.front() {
            let (context, kind) = (card.context, *kind);
            self.card_key(key, context, kind);
            self.refresh();
            return;
        }
        self.app.handle_key(key);
        self.observe();
        if self.app.should_quit() && self.cards.is_empty() {
            self.done = true;
        }
    }

    fn resize(&mut self, size: Size) {
        self.app.resize(size);
    }

    fn tick(&mut self) -> bool {
        let Some(run) = &mut self.run else {
            return false;
        };
        if !run.is_running() {
            return false;
        }
        let injects = run.tick();
        if !injects.is_empty() {
            self.show_injects(&injects);
            self.keep();
        }
        self.refresh();
        true
    }

    fn take_clipboard(&mut self) -> Option<String> {
        self.app.take_clipboard()
    }

    fn done(&self) -> bool {
        self.done
    }
}
