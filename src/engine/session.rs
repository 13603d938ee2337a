//! [`Session`]: one walk through a playbook. The only place routing happens.
//!
//! Holds the current node, the trail of steps taken (so Back works any number of times,
//! from outcomes too), the selected option (owned and clamped here, not by a widget), and
//! the checklist items ticked. Pure: no terminal, no disk, no clock.

use std::collections::BTreeSet;

use super::distance::{Distances, Remaining};
use crate::playbook::{Node, NodeBody, NodeId, Outcome, Playbook, Question};

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
    /// A question was answered.
    Answered {
        /// The question.
        node: String,
        /// The option chosen.
        option: String,
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
}

impl Session {
    /// Starts a walk at the playbook's first node.
    pub fn new(playbook: Playbook) -> Self {
        let distances = Distances::compute(&playbook);
        let current = playbook.start();
        let mut session = Self {
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
            Event::Answered { node, option } => self.answer(node, option).map(|_| ()),
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

    /// The node shown now, resolved.
    pub fn node(&self) -> &Node {
        self.playbook.node(self.current)
    }

    /// The question shown now, if the current node is one.
    pub fn question(&self) -> Option<&Question> {
        self.node().as_question()
    }

    /// The outcome reached, if the walk has ended.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.node().as_outcome()
    }

    /// The steps taken so far, oldest first.
    pub fn trail(&self) -> &[Visit] {
        &self.trail
    }

    /// The questions answered so far, in order.
    pub fn answers(&self) -> Vec<Answer> {
        self.trail
            .iter()
            .filter_map(|v| {
                let node = self.playbook.node(v.node);
                let q = node.as_question()?;
                let option = q.options.get(v.choice?)?;
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
        let count = self.question().map_or(0, |q| q.options.len());
        self.selected = index.min(count.saturating_sub(1));
    }

    /// Moves the selection by `delta`, stopping at the first and last option.
    pub fn move_selection(&mut self, delta: isize) {
        self.select(self.selected.saturating_add_signed(delta));
    }

    /// Takes the option at `index` of the current question.
    pub fn choose(&mut self, index: usize) -> Result<NodeId, StepError> {
        let q = self.expect_question()?;
        let Some(choice) = q.options.get(index) else {
            return Err(self.no_such_option(&index.saturating_add(1).to_string()));
        };
        let next = choice.next;
        self.go(next, Some(index));
        Ok(next)
    }

    /// Takes the option with this id of the current question.
    pub fn choose_id(&mut self, option: &str) -> Result<NodeId, StepError> {
        let q = self.expect_question()?;
        match q.option_index(option) {
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

    /// Goes on: chooses the selected option of a question, or leaves an info node.
    pub fn advance(&mut self) -> Result<NodeId, StepError> {
        match &self.node().body {
            NodeBody::Question(_) => self.choose(self.selected),
            NodeBody::Info(info) => {
                let next = info.next;
                self.go(next, None);
                Ok(next)
            }
            NodeBody::Outcome(_) => Err(StepError::AtOutcome {
                node: self.node().id.clone(),
            }),
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
        self.selected = visit.choice.unwrap_or(0);
        self.events.push(Event::Back { from });
        self.shown();
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
        let event = match (left.as_question(), choice) {
            (Some(q), Some(i)) => Event::Answered {
                node: left.id.clone(),
                option: q.options.get(i).map(|o| o.id.clone()).unwrap_or_default(),
            },
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

    fn expect_question(&self) -> Result<&Question, StepError> {
        let node = self.node();
        match &node.body {
            NodeBody::Question(q) => Ok(q),
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
            valid: self
                .question()
                .map(|q| q.options.iter().map(|o| o.id.clone()).collect())
                .unwrap_or_default(),
        }
    }
}
