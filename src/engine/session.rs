//! [`Session`]: one walk through a playbook. The only place routing happens.
//!
//! Holds the current node, the trail of steps taken (so Back works any number of times,
//! from outcomes too), the selected option (owned and clamped here, not by a widget), and
//! the checklist items ticked. Pure: no terminal, no disk, no clock.
//!
//! Facts are never stored: [`Session::facts`] derives them from the answers on the current
//! path, so Back and Restart undo them by construction. What front ends read through
//! [`Session::node`] is the current node as this person sees it: hidden options, steps,
//! `prepare` items, cautions and checklist items left out, and every `{fact}` spoken.

use std::collections::BTreeSet;

use super::distance::{Distances, Remaining};
use crate::playbook::facts::speak;
use crate::playbook::{Facts, Node, NodeBody, NodeId, Outcome, Playbook, Question};

/// A fact as the person stated it (or did not), for reports and `walk`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedFact {
    /// The fact's id.
    pub id: String,
    /// The fact's heading (its title, or its id).
    pub title: String,
    /// The value id, when the answers set it.
    pub value: Option<String>,
    /// The phrase spoken for it now (the value's, or the `unknown` phrase).
    pub phrase: Option<String>,
}

/// One step taken: the node left, and the option chosen there (`None` for an info node).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    /// The node that was shown.
    pub node: NodeId,
    /// The index of the option chosen, or `None` when an info node was passed.
    pub choice: Option<usize>,
}

/// A question answered: node id and option id, as written in the playbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The question's node id.
    pub node: String,
    /// The chosen option's id.
    pub option: String,
}

/// Why a step could not be taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    /// The current node is not a question.
    #[error("node `{node}` is not a question")]
    NotAQuestion {
        /// The current node.
        node: String,
    },
    /// The question has no option with that id.
    #[error("question `{node}` has no option `{option}`; valid options: {}", valid.join(", "))]
    NoSuchOption {
        /// The current node.
        node: String,
        /// The option asked for.
        option: String,
        /// The options that exist.
        valid: Vec<String>,
    },
    /// The answer is for a different question than the one being asked.
    #[error("expected an answer to `{expected}`, got one for `{got}`")]
    WrongNode {
        /// The question being asked.
        expected: String,
        /// The question the answer was for.
        got: String,
    },
    /// The walk already ended at an outcome.
    #[error("the walk already ended at outcome `{node}`")]
    AtOutcome {
        /// The outcome.
        node: String,
    },
}

/// Something that happened in a walk, for transcripts. Ids are the playbook's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A node was shown (at the start, and after every move).
    Shown {
        /// The node.
        node: String,
    },
    /// A question was answered (or a way on taken from an outcome).
    Answered {
        /// The question (or outcome).
        node: String,
        /// The option chosen.
        option: String,
        /// The facts this answer set, as (fact id, value id). Informative: replaying a
        /// walk derives the facts from the answers again.
        set: Vec<(String, String)>,
    },
    /// An info node was passed.
    Continued {
        /// The info node.
        node: String,
    },
    /// The person went back one step.
    Back {
        /// The node left.
        from: String,
    },
    /// The walk started again from the first node.
    Restarted,
    /// The walk reached an outcome (right after its `Shown`).
    Reached {
        /// The outcome.
        node: String,
    },
    /// A checklist item was ticked or unticked.
    Ticked {
        /// Its checklist.
        checklist: String,
        /// The item.
        item: String,
        /// Ticked (`true`) or unticked.
        done: bool,
    },
}

/// One walk through a playbook.
#[derive(Debug, Clone)]
pub struct Session {
    playbook: Playbook,
    distances: Distances,
    trail: Vec<Visit>,
    current: NodeId,
    selected: usize,
    ticked: BTreeSet<(String, String)>,
    events: Vec<Event>,
    view: Node,
}

impl Session {
    /// Starts a walk at the playbook's first node.
    pub fn new(playbook: Playbook) -> Self {
        let distances = Distances::compute(&playbook);
        let current = playbook.start();
        let view = playbook.node(current).clone();
        let mut session = Self {
            view,
            playbook,
            distances,
            trail: Vec::new(),
            current,
            selected: 0,
            ticked: BTreeSet::new(),
            events: Vec::new(),
        };
        session.shown();
        session
    }

    /// Takes the events recorded since the last call, oldest first. Front ends stamp them
    /// with the time and add them to the transcript; the engine keeps no clock.
    pub fn drain_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Applies a recorded event, as when a transcript is replayed: the same call the
    /// front end made. `Shown` events change nothing.
    pub fn apply(&mut self, event: &Event) -> Result<(), StepError> {
        match event {
            Event::Shown { .. } | Event::Reached { .. } => Ok(()),
            Event::Answered { node, option, .. } => self.answer(node, option).map(|_| ()),
            Event::Continued { node } => {
                if &self.node().id != node {
                    return Err(StepError::WrongNode {
                        expected: self.node().id.clone(),
                        got: node.clone(),
                    });
                }
                self.advance().map(|_| ())
            }
            Event::Back { .. } => {
                self.back();
                Ok(())
            }
            Event::Restarted => {
                self.restart();
                Ok(())
            }
            Event::Ticked {
                checklist,
                item,
                done,
            } => {
                if self.is_ticked(checklist, item) != *done {
                    self.toggle(checklist, item);
                }
                Ok(())
            }
        }
    }

    fn shown(&mut self) {
        self.view = self.render(self.current);
        let node = self.node().id.clone();
        let outcome = self.outcome().is_some();
        self.events.push(Event::Shown { node: node.clone() });
        if outcome {
            self.events.push(Event::Reached { node });
        }
    }

    /// The playbook being walked.
    pub fn playbook(&self) -> &Playbook {
        &self.playbook
    }

    /// The node shown now.
    pub fn current(&self) -> NodeId {
        self.current
    }

    /// The node shown now, as this person sees it: only what the facts show, every
    /// `{fact}` spoken. Its options are numbered 1..n as seen; each keeps its place among
    /// all options in [`Choice::index`](crate::playbook::Choice::index).
    pub fn node(&self) -> &Node {
        &self.view
    }

    /// The facts the answers on the current path set (later answers win).
    pub fn facts(&self) -> Facts {
        let mut facts = Facts::unset(self.playbook.facts().len());
        for v in &self.trail {
            self.apply_answer(v, &mut facts);
        }
        facts
    }

    /// Each visit on the current path with the facts as they stood when it was shown
    /// (before its own answer set anything).
    pub fn trail_with_facts(&self) -> Vec<(&Visit, Facts)> {
        let mut facts = Facts::unset(self.playbook.facts().len());
        self.trail
            .iter()
            .map(|v| {
                let shown = facts.clone();
                self.apply_answer(v, &mut facts);
                (v, shown)
            })
            .collect()
    }

    /// Adds what the answer given at `visit` sets, if one was given.
    fn apply_answer(&self, visit: &Visit, facts: &mut Facts) {
        if let Some(c) = visit
            .choice
            .and_then(|c| self.playbook.node(visit.node).choices().get(c))
        {
            facts.apply(&c.set);
        }
    }

    /// Every declared fact with what the answers say about it, in declaration order.
    pub fn stated(&self) -> Vec<StatedFact> {
        let facts = self.facts();
        self.playbook
            .facts()
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let value = facts.get(i).and_then(|v| f.values.get(v));
                StatedFact {
                    id: f.id.clone(),
                    title: f.heading().to_string(),
                    value: value.map(|(id, _)| id.clone()),
                    phrase: value.map(|(_, p)| p.clone()).or_else(|| f.unknown.clone()),
                }
            })
            .collect()
    }

    /// `text` with every `{fact}` replaced for the current facts. Front ends use it for
    /// any playbook text they show that does not come through [`Session::node`].
    pub fn speak(&self, text: &str) -> String {
        speak(self.playbook.facts(), &self.facts(), text)
    }

    /// The node `id` as this person would see it with the current facts.
    fn render(&self, id: NodeId) -> Node {
        let raw = self.playbook.node(id);
        if self.playbook.facts().is_empty() {
            return raw.clone();
        }
        let facts = self.facts();
        let decl = self.playbook.facts();
        let say = |t: &str| speak(decl, &facts, t);
        let say_opt = |t: &Option<String>| t.as_deref().map(say);
        let mut node = raw.clone();
        match &mut node.body {
            NodeBody::Question(q) => {
                q.help = say_opt(&q.help);
                q.say = say_opt(&q.say);
                q.options.retain(|o| o.shown.matches(&facts));
            }
            NodeBody::Info(i) => {
                i.text = say_opt(&i.text);
                i.help = say_opt(&i.help);
            }
            NodeBody::Outcome(o) => {
                o.who = say_opt(&o.who);
                o.summary = say_opt(&o.summary);
                o.expect = say_opt(&o.expect);
                o.then = say_opt(&o.then);
                o.steps.retain(|s| s.shown.matches(&facts));
                for s in &mut o.steps {
                    s.text = say(&s.text);
                    s.detail = say_opt(&s.detail);
                    s.say = say_opt(&s.say);
                    s.say_english = s
                        .say_english
                        .as_deref()
                        .map(|t| speak(self.playbook.english_facts(), &facts, t));
                    s.caution = if s.caution_shown.matches(&facts) {
                        say_opt(&s.caution)
                    } else {
                        None
                    };
                }
                let prepare = std::mem::take(&mut o.prepare);
                o.prepare = prepare
                    .iter()
                    .zip(&o.prepare_shown)
                    .filter(|(_, c)| c.matches(&facts))
                    .map(|(p, _)| say(p))
                    .collect();
                o.prepare_shown = vec![crate::playbook::Condition::default(); o.prepare.len()];
                o.checklists.retain(|r| r.shown.matches(&facts));
                for r in &mut o.checklists {
                    if let Some(list) = self.playbook.checklist(r.checklist) {
                        r.items.retain(|&i| {
                            list.items.get(i).is_some_and(|it| it.shown.matches(&facts))
                        });
                    }
                }
                o.checklists.retain(|r| !r.items.is_empty());
                // Two references to one list, shown together, read as one list.
                let refs = std::mem::take(&mut o.checklists);
                for r in refs {
                    match o.checklists.iter_mut().find(|c| c.checklist == r.checklist) {
                        Some(c) => {
                            for i in r.items {
                                if !c.items.contains(&i) {
                                    c.items.push(i);
                                }
                            }
                        }
                        None => o.checklists.push(r),
                    }
                }
                o.options.retain(|c| c.shown.matches(&facts));
            }
        }
        node
    }

    /// The question shown now, if the current node is one.
    pub fn question(&self) -> Option<&Question> {
        self.node().as_question()
    }

    /// The ways on from the current node, as shown: a question's options, or an outcome's
    /// "That didn't work" options (empty elsewhere).
    pub fn choices(&self) -> &[crate::playbook::Choice] {
        self.view.choices()
    }

    /// The outcome reached, if the walk has ended (it may still offer ways on).
    pub fn outcome(&self) -> Option<&Outcome> {
        self.node().as_outcome()
    }

    /// The steps taken so far, oldest first.
    pub fn trail(&self) -> &[Visit] {
        &self.trail
    }

    /// The questions answered so far (and the outcome options taken), in order.
    pub fn answers(&self) -> Vec<Answer> {
        self.trail
            .iter()
            .filter_map(|v| {
                let node = self.playbook.node(v.node);
                let option = node.choices().get(v.choice?)?;
                Some(Answer {
                    node: node.id.clone(),
                    option: option.id.clone(),
                })
            })
            .collect()
    }

    /// The number of the current question (1 for the first), counting questions only.
    pub fn question_number(&self) -> usize {
        self.answers().len().saturating_add(1)
    }

    /// Questions left before an outcome, from the current node.
    pub fn remaining(&self) -> Option<Remaining> {
        self.distances.remaining(self.current)
    }

    /// The per-node distances, for front ends that preview other nodes.
    pub fn distances(&self) -> &Distances {
        &self.distances
    }

    /// The selected option of the current question (0 elsewhere).
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Selects an option, clamped to the options that exist.
    pub fn select(&mut self, index: usize) {
        let count = self.choices().len();
        self.selected = index.min(count.saturating_sub(1));
    }

    /// Moves the selection by `delta`, stopping at the first and last option.
    pub fn move_selection(&mut self, delta: isize) {
        self.select(self.selected.saturating_add_signed(delta));
    }

    /// Takes the option at `index` (0-based, among the options shown) of the current
    /// question or outcome. The first route whose condition matches the facts, with what
    /// this answer sets, decides where it leads.
    pub fn choose(&mut self, index: usize) -> Result<NodeId, StepError> {
        let choices = self.expect_choices()?;
        let Some(choice) = choices.get(index) else {
            return Err(self.no_such_option(&index.saturating_add(1).to_string()));
        };
        let original = choice.index;
        let mut facts = self.facts();
        facts.apply(&choice.set);
        let next = choice.route(&facts);
        self.go(next, Some(original));
        Ok(next)
    }

    /// Takes the option at `index` among all the node's options (shown or not, as in a
    /// path code); a hidden option is refused.
    pub fn choose_original(&mut self, index: usize) -> Result<NodeId, StepError> {
        let choices = self.expect_choices()?;
        match choices.iter().position(|c| c.index == index) {
            Some(i) => self.choose(i),
            None => Err(self.no_such_option(&index.saturating_add(1).to_string())),
        }
    }

    /// Takes the option with this id of the current question or outcome.
    pub fn choose_id(&mut self, option: &str) -> Result<NodeId, StepError> {
        let choices = self.expect_choices()?;
        match choices.iter().position(|o| o.id == option) {
            Some(i) => self.choose(i),
            None => Err(self.no_such_option(option)),
        }
    }

    /// Answers the question `node` with `option`; `node` must be the current question.
    pub fn answer(&mut self, node: &str, option: &str) -> Result<NodeId, StepError> {
        let current = &self.node().id;
        if current != node {
            return Err(StepError::WrongNode {
                expected: current.clone(),
                got: node.to_string(),
            });
        }
        self.choose_id(option)
    }

    /// Goes on: chooses the selected option of a question (or of an outcome that offers
    /// ways on), or leaves an info node. At a final outcome: [`StepError::AtOutcome`].
    pub fn advance(&mut self) -> Result<NodeId, StepError> {
        match &self.node().body {
            NodeBody::Info(info) => {
                let next = info.next;
                self.go(next, None);
                Ok(next)
            }
            NodeBody::Question(_) | NodeBody::Outcome(_) => self.choose(self.selected),
        }
    }

    /// Passes any info nodes until a question or an outcome is shown.
    pub fn skip_info(&mut self) {
        let mut guard = self.playbook.node_count();
        while matches!(self.node().body, NodeBody::Info(_)) && guard > 0 {
            guard = guard.saturating_sub(1);
            let _ = self.advance();
        }
    }

    /// Replays answers from the start: info nodes are passed, every answer must be for the
    /// question then shown. Stops at the first answer that does not fit and returns how many
    /// were applied with the error.
    pub fn replay(&mut self, answers: &[Answer]) -> Result<(), (usize, StepError)> {
        self.restart();
        for (i, a) in answers.iter().enumerate() {
            self.skip_info();
            self.answer(&a.node, &a.option).map_err(|e| (i, e))?;
        }
        Ok(())
    }

    /// Goes back one step. Returns `false` at the first node (nothing changes).
    pub fn back(&mut self) -> bool {
        let Some(visit) = self.trail.pop() else {
            return false;
        };
        let from = self.node().id.clone();
        self.current = visit.node;
        self.events.push(Event::Back { from });
        self.shown();
        self.selected = visit
            .choice
            .and_then(|c| self.choices().iter().position(|o| o.index == c))
            .unwrap_or(0);
        true
    }

    /// Goes back to the first node. Ticked checklist items stay ticked: they record things
    /// done in the real world.
    pub fn restart(&mut self) {
        self.trail.clear();
        self.current = self.playbook.start();
        self.selected = 0;
        self.events.push(Event::Restarted);
        self.shown();
    }

    /// Whether a checklist item is ticked.
    pub fn is_ticked(&self, checklist: &str, item: &str) -> bool {
        self.ticked
            .contains(&(checklist.to_string(), item.to_string()))
    }

    /// Ticks or unticks a checklist item; returns the new state, or `None` if the playbook
    /// has no such item.
    pub fn toggle(&mut self, checklist: &str, item: &str) -> Option<bool> {
        let list = self
            .playbook
            .checklists()
            .iter()
            .find(|c| c.id == checklist)?;
        list.items.iter().find(|i| i.id == item)?;
        let key = (checklist.to_string(), item.to_string());
        let done = !self.ticked.remove(&key);
        if done {
            self.ticked.insert(key);
        }
        self.events.push(Event::Ticked {
            checklist: checklist.to_string(),
            item: item.to_string(),
            done,
        });
        Some(done)
    }

    /// The checklist items of the current outcome, in the order shown, as (checklist id,
    /// item id). Empty away from an outcome.
    pub fn outcome_items(&self) -> Vec<(String, String)> {
        let Some(o) = self.outcome() else {
            return Vec::new();
        };
        // The view keeps only the checklists and items the facts show.
        o.checklists
            .iter()
            .filter_map(|r| self.playbook.checklist(r.checklist).map(|l| (l, &r.items)))
            .flat_map(|(list, idx)| {
                idx.iter()
                    .filter_map(|&i| list.items.get(i))
                    .map(|item| (list.id.clone(), item.id.clone()))
            })
            .collect()
    }

    /// All ticked items as (checklist id, item id).
    pub fn ticked(&self) -> impl Iterator<Item = (&str, &str)> {
        self.ticked.iter().map(|(c, i)| (c.as_str(), i.as_str()))
    }

    fn go(&mut self, next: NodeId, choice: Option<usize>) {
        let left = self.playbook.node(self.current);
        let event = match choice {
            Some(i) => {
                let choice = left.choices().get(i);
                let decl = self.playbook.facts();
                Event::Answered {
                    node: left.id.clone(),
                    option: choice.map(|o| o.id.clone()).unwrap_or_default(),
                    set: choice
                        .map(|o| {
                            o.set
                                .iter()
                                .filter_map(|&(f, v)| {
                                    let fact = decl.get(f)?;
                                    Some((fact.id.clone(), fact.values.get(v)?.0.clone()))
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            }
            _ => Event::Continued {
                node: left.id.clone(),
            },
        };
        self.events.push(event);
        self.trail.push(Visit {
            node: self.current,
            choice,
        });
        self.current = next;
        self.selected = 0;
        self.shown();
    }

    fn expect_choices(&self) -> Result<&[crate::playbook::Choice], StepError> {
        let node = self.node();
        match &node.body {
            NodeBody::Question(q) => Ok(&q.options),
            NodeBody::Outcome(o) if !o.options.is_empty() => Ok(&o.options),
            NodeBody::Outcome(_) => Err(StepError::AtOutcome {
                node: node.id.clone(),
            }),
            NodeBody::Info(_) => Err(StepError::NotAQuestion {
                node: node.id.clone(),
            }),
        }
    }

    fn no_such_option(&self, option: &str) -> StepError {
        StepError::NoSuchOption {
            node: self.node().id.clone(),
            option: option.to_string(),
            valid: self.choices().iter().map(|o| o.id.clone()).collect(),
        }
    }
}
