//! Drills in the terminal: the scenario card, the clock in the header, injects as cards,
//! the debrief with the score. Tabletop drills wrap the wizard itself (same engine, same
//! keys); validation drills have a task list. Both run in the shared event loop, which
//! ticks once a second for the clock.

mod tabletop;
mod tasks;

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::time::Duration;

use super::driver;
use super::keymap::Context;
use super::theme::Theme;
use super::view::notice::Card;
use crate::drill::record::clock;
use crate::drill::{Drill, DrillRun, Inject};
use crate::playbook::Playbook;
use crate::store::Store;
use crate::transcript::Clock;

pub use tabletop::TabletopScreen;
pub use tasks::TasksScreen;

/// How often the drill screens wake up: once a second, for the clock and timed injects.
pub const TICK: Duration = Duration::from_secs(1);

/// What a drill screen needs besides the drill.
pub struct Setup {
    /// Where the run is saved after every step.
    pub store: Option<Store>,
    /// Show the expected path and the inject schedule.
    pub facilitator: bool,
    /// The clock (the system clock, or a test clock).
    pub clock: Box<dyn Clock>,
    /// Styles.
    pub theme: Theme,
}

/// How a drill in the terminal ended: the run (if the clock started) and the signal that
/// stopped it, if one did.
pub struct Ended {
    /// The run; `None` if the person left at the scenario card.
    pub run: Option<DrillRun>,
    /// The termination signal, if one arrived.
    pub signal: Option<i32>,
    /// The last save error, if saving failed.
    pub save_error: Option<String>,
}

/// Runs a tabletop drill on `playbook` in the terminal.
pub fn run_tabletop(drill: Drill, playbook: Playbook, setup: Setup) -> anyhow::Result<Ended> {
    let (screen, signal) = driver::drive(
        |size| TabletopScreen::new(drill, playbook, setup, size),
        TICK,
    )?;
    Ok(screen.end(signal))
}

/// Runs a validation drill in the terminal.
pub fn run_validation(drill: Drill, setup: Setup) -> anyhow::Result<Ended> {
    let (screen, signal) = driver::drive(|size| TasksScreen::new(drill, setup, size), TICK)?;
    Ok(screen.end(signal))
}

/// The cards before the clock: the scenario (tabletop) or the introduction (validation),
/// then, for a facilitator, the expected path and the inject schedule. Closing the last
/// one starts the clock.
fn start_cards(drill: &Drill, facilitator: bool) -> Vec<(Card, CardKind)> {
    let mut cards = vec![start_card(drill)];
    if let (true, Some(t)) = (facilitator, drill.tabletop()) {
        let path: Vec<&str> = t.expect_path.iter().map(|a| a.option.as_str()).collect();
        let mut body = crate::tr!(
            "drill-card-expected-outcome",
            outcome = t.expect_outcome.as_str()
        );
        if !path.is_empty() {
            let _ = write!(
                body,
                "\n\n{}",
                crate::tr!("drill-card-expected-answers", answers = path.join(" › "))
            );
        }
        let _ = write!(body, "\n\n{}", crate::tr!("drill-card-guide-note"));
        if !t.injects.is_empty() {
            let _ = write!(body, "\n\n{}", crate::tr!("drill-card-injects"));
            for i in &t.injects {
                let _ = write!(
                    body,
                    "\n- {}",
                    crate::tr!(
                        "drill-card-inject-line",
                        when = i.trigger.describe(),
                        message = i.message.as_str()
                    )
                );
            }
        }
        let _ = write!(body, "\n\n{}", crate::tr!("drill-card-clock-this"));
        cards.push(Card {
            title: crate::tr!("drill-card-facilitator"),
            body,
            context: Context::Notice,
        });
    }
    let last = cards.len().saturating_sub(1);
    cards
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            (
                c,
                if i == last {
                    CardKind::Start
                } else {
                    CardKind::Intro
                },
            )
        })
        .collect()
}

/// The scenario card (tabletop) or the introduction (validation).
fn start_card(drill: &Drill) -> Card {
    let mut body = String::new();
    if let Some(t) = drill.tabletop() {
        body.push_str(&t.scenario);
        body.push('\n');
        if let Some(target) = t.target_secs {
            let _ = write!(
                body,
                "\n{}",
                crate::tr!("drill-card-target", target = clock(target))
            );
        }
    } else {
        if let Some(d) = &drill.description {
            body.push_str(d);
            body.push_str("\n\n");
        }
        body.push_str(&crate::tr!(
            "drill-card-tasks-intro",
            count = drill.tasks().len()
        ));
    }
    let _ = write!(body, "\n\n{}", crate::tr!("drill-card-clock-last"));
    Card {
        title: drill.title.clone(),
        body,
        context: Context::Notice,
    }
}

/// The card for an inject.
fn inject_card(inject: &Inject, at: u64) -> Card {
    Card {
        title: crate::tr!("drill-card-inject", time = clock(at)),
        body: inject.message.clone(),
        context: Context::Notice,
    }
}

/// The debrief: the verdict, the points part by part, and what to fix.
fn debrief_card(run: &DrillRun) -> Card {
    let record = run.record();
    let score = record
        .score
        .clone()
        .unwrap_or_else(|| crate::drill::score::score(run.drill(), record, None));
    let mut body = format!(
        "{}\n",
        crate::tr!(
            "drill-debrief-result",
            verdict = score.verdict.label(),
            points = score.points,
            time = clock(score.elapsed_secs)
        )
    );
    for line in &score.breakdown {
        let _ = write!(body, "\n- {line}");
    }
    if !score.fixes.is_empty() {
        let _ = write!(body, "\n\n{}", crate::tr!("drill-debrief-fixes"));
        for f in &score.fixes {
            let _ = write!(body, "\n- {f}");
        }
    }
    let _ = write!(body, "\n\n{}", crate::tr!("drill-debrief-close"));
    Card {
        title: crate::tr!("drill-debrief-title"),
        body,
        context: Context::Notice,
    }
}

/// Cards waiting to be shown, and what closing the first one does.
#[derive(Debug, Default)]
struct Cards {
    queue: VecDeque<(Card, CardKind)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CardKind {
    /// A card before the clock that is not the last one.
    Intro,
    /// The last card before the clock: closing it starts the run.
    Start,
    Inject,
    Debrief,
    ConfirmStop,
    Help,
}

impl Cards {
    fn front(&self) -> Option<&(Card, CardKind)> {
        self.queue.front()
    }

    fn push(&mut self, card: Card, kind: CardKind) {
        self.queue.push_back(card_with(card, kind));
    }

    fn push_front(&mut self, card: Card, kind: CardKind) {
        self.queue.push_front(card_with(card, kind));
    }

    fn pop(&mut self) -> Option<CardKind> {
        self.queue.pop_front().map(|(_, k)| k)
    }

    fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
}

fn card_with(mut card: Card, kind: CardKind) -> (Card, CardKind) {
    card.context = match kind {
        CardKind::ConfirmStop => Context::Confirm,
        // The help and the debrief close with Esc, Enter or q.
        CardKind::Help | CardKind::Debrief => Context::Closing,
        _ => Context::Notice,
    };
    (card, kind)
}

/// The stop confirmation.
fn confirm_stop_card() -> Card {
    Card {
        title: crate::tr!("drill-stop-title"),
        body: crate::tr!("drill-stop-body"),
        context: Context::Confirm,
    }
}

/// How a drill screen ended: a run stopped by a signal is stopped and scored, then the
/// run is saved one last time.
fn ended(
    mut run: Option<DrillRun>,
    store: Option<&Store>,
    signal: Option<i32>,
    save_error: Option<String>,
) -> Ended {
    if let (Some(r), Some(_)) = (&mut run, signal) {
        r.stop(&crate::tr!("drill-stop-signal"));
    }
    let save_error = run.as_ref().map_or(save_error, |r| save(store, r));
    Ended {
        run,
        signal,
        save_error,
    }
}

/// Saves the run; the error in words if it failed.
fn save(store: Option<&Store>, run: &DrillRun) -> Option<String> {
    let store = store?;
    store
        .save_run(run.record())
        .err()
        .map(|e| crate::tr!("drill-not-saved", why = crate::store::describe(e.kind)))
}
