//! The checked playbook: every reference resolved, every node exactly one kind.
//!
//! Only the checker (`check.rs`) builds these values, so the engine can follow a
//! [`NodeId`] or [`SourceId`] without handling dangling references.

use serde::{Deserialize, Serialize};

use std::collections::HashMap;

pub use super::facts::{Condition, Fact, Facts};
pub use super::model::{OutcomeKind, SourceKind};

/// The index of a node in its playbook. Only the checker creates these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NodeId(pub(crate) usize);

impl NodeId {
    /// The position of the node in file order.
    pub fn index(self) -> usize {
        self.0
    }
}

/// The index of a source in its playbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceId(pub(crate) usize);

/// A playbook that passed every check the engine relies on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Playbook {
    /// Stable id.
    pub id: String,
    /// Human title.
    pub title: String,
    /// The playbook's own version.
    pub version: String,
    /// When the guidance was last checked (`YYYY-MM-DD`).
    pub reviewed: String,
    /// Optional description.
    pub description: Option<String>,
    /// A fingerprint of the exact text the playbook was loaded from (16 hex digits): equal
    /// texts, equal hashes. Transcripts and path codes use it to notice a changed playbook.
    pub hash: String,
    pub(crate) start: NodeId,
    pub(crate) nodes: Vec<Node>,
    /// Rebuilt from `nodes` when read from the compiled form, which stays byte-for-byte
    /// the same from build to build without it.
    #[serde(skip)]
    pub(crate) index: HashMap<String, NodeId>,
    pub(crate) sources: Vec<Source>,
    pub(crate) checklists: Vec<Checklist>,
    pub(crate) facts: Vec<Fact>,
    /// When a translation was put in: the facts with their English phrases, so the
    /// English of a script can be spoken too (see [`Step::say_english`]).
    #[serde(skip)]
    pub(crate) english_facts: Option<Vec<Fact>>,
    /// The language of the translation put in, if any (English otherwise).
    #[serde(skip)]
    pub lang: Option<String>,
}

impl Playbook {
    /// The first node.
    pub fn start(&self) -> NodeId {
        self.start
    }

    /// The node behind an id handed out by this playbook.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    /// Looks a node up by its written id.
    pub fn find(&self, id: &str) -> Option<NodeId> {
        self.index.get(id).copied()
    }

    /// All nodes with their ids, in file order.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.nodes.iter().enumerate().map(|(i, n)| (NodeId(i), n))
    }

    /// The number of nodes.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// A source handed out by this playbook.
    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.0]
    }

    /// All sources, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The declared facts, in file order.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// The declared facts with their English phrases (the same as [`Playbook::facts`]
    /// unless a translation was put in).
    pub fn english_facts(&self) -> &[Fact] {
        self.english_facts.as_deref().unwrap_or(&self.facts)
    }

    /// All checklists, in file order.
    pub fn checklists(&self) -> &[Checklist] {
        &self.checklists
    }

    /// The checklist at `index` (as found in a [`ChecklistRef`]).
    pub fn checklist(&self, index: usize) -> Option<&Checklist> {
        self.checklists.get(index)
    }

    /// Every source an outcome cites (its own, its steps', its checklist items'), each once,
    /// in order of first citation.
    pub fn outcome_sources(&self, outcome: &Outcome) -> Vec<SourceId> {
        let mut out: Vec<SourceId> = Vec::new();
        let mut push = |ids: &[SourceId]| {
            for id in ids {
                if !out.contains(id) {
                    out.push(*id);
                }
            }
        };
        for step in &outcome.steps {
            push(&step.sources);
        }
        push(&outcome.sources);
        for r in &outcome.checklists {
            if let Some(list) = self.checklist(r.checklist) {
                for &i in &r.items {
                    if let Some(item) = list.items.get(i) {
                        push(&item.sources);
                    }
                }
            }
        }
        out
    }
}

/// One node of the tree.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Node {
    /// Stable id.
    pub id: String,
    /// What kind of node, with its content.
    pub body: NodeBody,
}

impl Node {
    /// The question, if this node is one.
    pub fn as_question(&self) -> Option<&Question> {
        match &self.body {
            NodeBody::Question(q) => Some(q),
            _ => None,
        }
    }

    /// The outcome, if this node is one.
    pub fn as_outcome(&self) -> Option<&Outcome> {
        match &self.body {
            NodeBody::Outcome(o) => Some(o),
            _ => None,
        }
    }

    /// The heading of the node, whatever its kind.
    pub fn heading(&self) -> &str {
        match &self.body {
            NodeBody::Question(q) => &q.text,
            NodeBody::Outcome(o) => &o.title,
            NodeBody::Info(i) => &i.title,
        }
    }

    /// The nodes this one leads to directly: one entry per edge (each option's targets,
    /// and the ways on from an outcome), in order.
    pub fn successors(&self) -> Vec<NodeId> {
        match &self.body {
            NodeBody::Info(i) => vec![i.next],
            NodeBody::Question(_) | NodeBody::Outcome(_) => {
                self.choices().iter().flat_map(Choice::targets).collect()
            }
        }
    }

    /// The options of a question, or the ways on from an outcome (empty elsewhere).
    pub fn choices(&self) -> &[Choice] {
        match &self.body {
            NodeBody::Question(q) => &q.options,
            NodeBody::Outcome(o) => &o.options,
            NodeBody::Info(_) => &[],
        }
    }
}

/// The content of a node.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum NodeBody {
    /// Asks one question.
    Question(Question),
    /// Ends the walk with what to do.
    Outcome(Outcome),
    /// Explains something, then goes on.
    Info(Info),
}

/// A question with its answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    /// The question.
    pub text: String,
    /// Why we ask / how to tell.
    pub help: Option<String>,
    /// A one-line version for a helper to read aloud.
    pub say: Option<String>,
    /// The answers, at least two.
    pub options: Vec<Choice>,
    /// Sources for the facts in the help text.
    pub sources: Vec<SourceId>,
}

impl Question {
    /// The position of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }
}

/// One answer to a question.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Choice {
    /// Stable id, unique within its question.
    pub id: String,
    /// What the person reads.
    pub label: String,
    /// A few words for the breadcrumb.
    pub short: String,
    /// What the answer tells Microsoft Support, for the case summary.
    pub report: Option<String>,
    /// A one-line version for a helper to read aloud.
    pub say: Option<String>,
    /// Where the answer leads when no route matches (the plain `next`).
    pub next: NodeId,
    /// Conditional routes, tried in order before `next`.
    pub routes: Vec<(Condition, NodeId)>,
    /// The facts this answer sets: (fact index, value index).
    pub set: Vec<(usize, usize)>,
    /// When the option is offered.
    pub shown: Condition,
    /// The position of the option among all its node's options (stable; hidden options
    /// keep their place). Path codes and trails use it.
    pub index: usize,
}

impl Choice {
    /// Every node this answer can lead to: the routes, then the default.
    pub fn targets(&self) -> Vec<NodeId> {
        let mut out: Vec<NodeId> = Vec::new();
        for n in self.routes.iter().map(|(_, n)| *n).chain([self.next]) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    /// Where the answer leads given the facts (including what this answer sets): the first
    /// route whose condition matches, else `next`.
    pub fn route(&self, facts: &Facts) -> NodeId {
        self.routes
            .iter()
            .find(|(c, _)| c.matches(facts))
            .map_or(self.next, |(_, n)| *n)
    }
}

/// A node that explains something and goes on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Info {
    /// Heading.
    pub title: String,
    /// Body text.
    pub text: Option<String>,
    /// Why this matters.
    pub help: Option<String>,
    /// Where it leads.
    pub next: NodeId,
    /// Sources for the facts in the text.
    pub sources: Vec<SourceId>,
}

/// The end of a walk: what to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outcome {
    /// Title: what to do now.
    pub title: String,
    /// Who can fix it and how.
    pub kind: OutcomeKind,
    /// Who acts.
    pub who: Option<String>,
    /// The gist.
    pub summary: Option<String>,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// What to have ready.
    pub prepare: Vec<String>,
    /// When each `prepare` item is shown (same length as `prepare`).
    pub prepare_shown: Vec<Condition>,
    /// What to expect.
    pub expect: Option<String>,
    /// Checklists shown for afterwards.
    pub checklists: Vec<ChecklistRef>,
    /// Sources for the outcome as a whole.
    pub sources: Vec<SourceId>,
    /// The prompt above the ways on ("Did that work?").
    pub then: Option<String>,
    /// The ways on from this outcome ("That didn't work"); empty for a final outcome.
    pub options: Vec<Choice>,
}

/// One step of an outcome.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Step {
    /// The step.
    pub text: String,
    /// More detail.
    pub detail: Option<String>,
    /// A script to read out or paste.
    pub say: Option<String>,
    /// The English of `say`, when a translation replaced it: Microsoft Support reads
    /// English, so it is shown under the translated script.
    #[serde(skip)]
    pub say_english: Option<String>,
    /// What is uncertain or risky.
    pub caution: Option<String>,
    /// Sources.
    pub sources: Vec<SourceId>,
    /// When the step (with its `say`) is shown.
    pub shown: Condition,
    /// When the caution is shown.
    pub caution_shown: Condition,
}

/// A checklist as an outcome shows it: which list, and which of its items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistRef {
    /// The index of the checklist in the playbook.
    pub checklist: usize,
    /// Indexes of the items shown, in order.
    pub items: Vec<usize>,
    /// When the reference is shown.
    pub shown: Condition,
}

/// A reusable checklist.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Checklist {
    /// Stable id.
    pub id: String,
    /// Heading.
    pub title: String,
    /// Items.
    pub items: Vec<ChecklistItem>,
}

/// One checklist item.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Stable id, unique within its checklist.
    pub id: String,
    /// What to do.
    pub text: String,
    /// Why.
    pub why: Option<String>,
    /// Sources.
    pub sources: Vec<SourceId>,
    /// When the item is shown.
    pub shown: Condition,
}

/// A cited source.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    /// Stable id.
    pub id: String,
    /// Page title.
    pub title: String,
    /// Address.
    pub url: String,
    /// How authoritative.
    pub kind: SourceKind,
}
