//! The transcript of a session: who walked which playbook, every step with its UTC time,
//! the case facts typed for the support packet, and the tool version. Independent of any
//! front end and of the disk (see `store` for saving); it takes the time from a [`Clock`]
//! so tests are exact.

pub mod facts;
mod id;
pub mod reopen;
mod resume;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::engine::{Answer, Event};
use crate::playbook::Playbook;
pub use facts::{FactError, FactKind};
pub use id::{MAX_ID_LEN, is_valid_id, new_id};
pub use resume::{Resumed, resume};

/// The version of the saved shape.
pub const FORMAT: &str = "breakglass-session/1";

/// Where time comes from.
pub trait Clock {
    /// Now, in UTC.
    fn now(&self) -> jiff::Timestamp;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> jiff::Timestamp {
        jiff::Timestamp::now()
    }
}

/// A clock that always says the same time (tests, replays).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub jiff::Timestamp);

impl Clock for FixedClock {
    fn now(&self) -> jiff::Timestamp {
        self.0
    }
}

/// A timestamp as transcripts write it: RFC 3339, UTC, whole seconds.
pub fn stamp(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Which playbook a session walked, exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaybookStamp {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Version.
    pub version: String,
    /// Review date.
    pub reviewed: String,
    /// Content hash of the text it was loaded from.
    pub hash: String,
}

/// One step of the transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Record {
    /// A node was shown.
    Shown {
        /// Node id.
        node: String,
    },
    /// A question was answered.
    Answered {
        /// Question id.
        node: String,
        /// Option id.
        option: String,
        /// The facts this answer set (fact id → value id); absent in older transcripts
        /// and for answers that set none.
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        set: BTreeMap<String, String>,
    },
    /// An info node was passed.
    Continued {
        /// Node id.
        node: String,
    },
    /// One step back.
    Back {
        /// The node left.
        from: String,
    },
    /// Started again.
    Restarted,
    /// An outcome was reached.
    Reached {
        /// Outcome id.
        node: String,
    },
    /// A checklist item was ticked or unticked.
    Ticked {
        /// Checklist id.
        checklist: String,
        /// Item id.
        item: String,
        /// Ticked or not.
        done: bool,
    },
    /// A case fact was set (its value is in `facts`) or cleared.
    Fact {
        /// Which fact.
        kind: FactKind,
        /// Set (`true`) or cleared.
        set: bool,
    },
    /// The session was resumed, possibly on a changed playbook.
    Resumed {
        /// What happened, in a sentence.
        note: String,
    },
    /// The session started at the position a path code names.
    Opened {
        /// The code, as given.
        code: String,
    },
    /// A report was written.
    Exported {
        /// Where.
        file: String,
    },
}

impl From<Event> for Record {
    fn from(e: Event) -> Self {
        match e {
            Event::Shown { node } => Record::Shown { node },
            Event::Answered { node, option, set } => Record::Answered {
                node,
                option,
                set: set.into_iter().collect(),
            },
            Event::Continued { node } => Record::Continued { node },
            Event::Back { from } => Record::Back { from },
            Event::Restarted => Record::Restarted,
            Event::Reached { node } => Record::Reached { node },
            Event::Ticked {
                checklist,
                item,
                done,
            } => Record::Ticked {
                checklist,
                item,
                done,
            },
        }
    }
}

/// A record with its time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// What.
    #[serde(flatten)]
    pub record: Record,
}

/// An answer with the time it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimedAnswer {
    /// The answer.
    pub answer: Answer,
    /// When (RFC 3339, UTC).
    pub at: String,
}

/// A whole session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transcript {
    /// Always [`FORMAT`].
    pub format: String,
    /// Unique id: start time and 64 random bits, e.g. `20261128T140501Z-3fa94c0e1b2d7a65`
    /// (older sessions have 16). On disk the file name is what counts: a loaded session
    /// takes its id from its file name, never from this field.
    pub id: String,
    /// `breakglass <version>`.
    pub tool: String,
    /// The playbook walked.
    pub playbook: PlaybookStamp,
    /// When it started.
    pub started: String,
    /// When it last changed.
    pub updated: String,
    /// Every step, oldest first.
    pub events: Vec<Entry>,
    /// Case facts typed for the support packet (never secrets: see [`FactKind`]).
    #[serde(default)]
    pub facts: BTreeMap<FactKind, String>,
    /// The person chose not to resume it.
    #[serde(default)]
    pub dismissed: bool,
    /// The language the playbook was shown in, when not English (`zh-CN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Transcript {
    /// A new, empty transcript for `playbook`, started now.
    pub fn new(playbook: &Playbook, clock: &dyn Clock) -> Self {
        let now = clock.now();
        Self {
            format: FORMAT.to_string(),
            id: new_id(now),
            tool: format!("breakglass {}", env!("CARGO_PKG_VERSION")),
            playbook: PlaybookStamp {
                id: playbook.id.clone(),
                title: playbook.title.clone(),
                version: playbook.version.clone(),
                reviewed: playbook.reviewed.clone(),
                hash: playbook.hash.clone(),
            },
            started: stamp(now),
            updated: stamp(now),
            events: Vec::new(),
            facts: BTreeMap::new(),
            dismissed: false,
            lang: playbook.lang.clone(),
        }
    }

    /// Adds records, all stamped now.
    pub fn record(&mut self, records: impl IntoIterator<Item = Record>, clock: &dyn Clock) {
        let at = stamp(clock.now());
        let before = self.events.len();
        self.events.extend(records.into_iter().map(|record| Entry {
            at: at.clone(),
            record,
        }));
        if self.events.len() > before {
            self.updated = at;
        }
    }

    /// Sets or clears a case fact (already checked with [`FactKind::parse`]).
    pub fn set_fact(&mut self, kind: FactKind, value: Option<String>, clock: &dyn Clock) {
        let set = value.is_some();
        match value {
            Some(v) => self.facts.insert(kind, v),
            None => self.facts.remove(&kind),
        };
        self.record([Record::Fact { kind, set }], clock);
    }

    /// The answers on the current path, with their times: what is left after every Back
    /// and Restart.
    pub fn answers(&self) -> Vec<TimedAnswer> {
        let mut path: Vec<Option<TimedAnswer>> = Vec::new();
        for e in &self.events {
            match &e.record {
                Record::Answered { node, option, .. } => path.push(Some(TimedAnswer {
                    answer: Answer {
                        node: node.clone(),
                        option: option.clone(),
                    },
                    at: e.at.clone(),
                })),
                Record::Continued { .. } => path.push(None),
                Record::Back { .. } => {
                    path.pop();
                }
                Record::Restarted => path.clear(),
                _ => {}
            }
        }
        path.into_iter().flatten().collect()
    }

    /// The node shown last.
    pub fn last_node(&self) -> Option<&str> {
        self.events.iter().rev().find_map(|e| match &e.record {
            Record::Shown { node } => Some(node.as_str()),
            _ => None,
        })
    }

    /// The outcome the session ended at, if the last node shown is one.
    pub fn outcome(&self) -> Option<&str> {
        let last = self.last_node()?;
        let reached = self.events.iter().rev().find_map(|e| match &e.record {
            Record::Reached { node } => Some(node.as_str()),
            Record::Shown { .. } | Record::Back { .. } | Record::Restarted => Some(""),
            _ => None,
        })?;
        (reached == last).then_some(last)
    }

    /// Whether nothing worth keeping happened yet (no answer, tick, fact or note).
    pub fn is_trivial(&self) -> bool {
        self.events.iter().all(|e| {
            matches!(
                e.record,
                Record::Shown { .. }
                    | Record::Reached { .. }
                    | Record::Back { .. }
                    | Record::Restarted
            )
        })
    }

    /// Whether the session ended at an outcome.
    pub fn is_finished(&self) -> bool {
        self.outcome().is_some()
    }

    /// The checklist items ticked at the end, as (checklist, item).
    pub fn ticked(&self) -> BTreeSet<(String, String)> {
        let mut ticked = BTreeSet::new();
        for e in &self.events {
            if let Record::Ticked {
                checklist,
                item,
                done,
            } = &e.record
            {
                let key = (checklist.clone(), item.clone());
                if *done {
                    ticked.insert(key);
                } else {
                    ticked.remove(&key);
                }
            }
        }
        ticked
    }
}
