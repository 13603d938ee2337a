//! JSON views of playbook nodes for machines (`walk --json`, reports). Field names are a
//! contract: add fields, never rename or remove them without bumping the format.

use serde::Serialize;

use crate::engine::{Remaining, Session};
use crate::playbook::{Choice, NodeBody, NodeId, Outcome, Playbook, Question};

/// The playbook's identity.
#[derive(Debug, Serialize)]
pub struct PlaybookRef<'a> {
    /// Id.
    pub id: &'a str,
    /// Title.
    pub title: &'a str,
    /// Version.
    pub version: &'a str,
    /// Review date.
    pub reviewed: &'a str,
}

impl<'a> PlaybookRef<'a> {
    /// The identity of `pb`.
    pub fn of(pb: &'a Playbook) -> Self {
        Self {
            id: &pb.id,
            title: &pb.title,
            version: &pb.version,
            reviewed: &pb.reviewed,
        }
    }
}

/// One step of the path taken.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PathStep<'a> {
    /// A question answered.
    Question {
        /// Node id.
        node: &'a str,
        /// The question.
        question: &'a str,
        /// Option id chosen.
        option: &'a str,
        /// Its label.
        label: &'a str,
    },
    /// An info node passed.
    Info {
        /// Node id.
        node: &'a str,
        /// Its heading.
        info: &'a str,
    },
}

/// The path taken by a session.
pub fn path(session: &Session) -> Vec<PathStep<'_>> {
    let pb = session.playbook();
    session
        .trail()
        .iter()
        .filter_map(|v| {
            let node = pb.node(v.node);
            match &node.body {
                NodeBody::Question(q) => {
                    let o = q.options.get(v.choice?)?;
                    Some(PathStep::Question {
                        node: &node.id,
                        question: &q.text,
                        option: &o.id,
                        label: &o.label,
                    })
                }
                NodeBody::Info(i) => Some(PathStep::Info {
                    node: &node.id,
                    info: &i.title,
                }),
                // A way on taken from an outcome reads like an answered question.
                NodeBody::Outcome(o) => {
                    let c = o.options.get(v.choice?)?;
                    Some(PathStep::Question {
                        node: &node.id,
                        question: o.then.as_deref().unwrap_or(&o.title),
                        option: &c.id,
                        label: &c.label,
                    })
                }
            }
        })
        .collect()
}

/// Questions left.
#[derive(Debug, Serialize)]
pub struct RemainingView {
    /// Fewest.
    pub min: u32,
    /// Most (`null` when a loop makes it unbounded).
    pub max: Option<u32>,
}

impl From<Remaining> for RemainingView {
    fn from(r: Remaining) -> Self {
        Self {
            min: r.min,
            max: r.max,
        }
    }
}

/// A question waiting for an answer.
#[derive(Debug, Serialize)]
pub struct QuestionView<'a> {
    /// Node id.
    pub node: &'a str,
    /// The question.
    pub question: &'a str,
    /// Why we ask.
    pub help: Option<&'a str>,
    /// The options.
    pub options: Vec<OptionView<'a>>,
    /// Questions left from here.
    pub remaining: Option<RemainingView>,
    /// Sources for the help text.
    pub sources: Vec<SourceView<'a>>,
}

/// One option.
#[derive(Debug, Serialize)]
pub struct OptionView<'a> {
    /// Option id.
    pub id: &'a str,
    /// Label.
    pub label: &'a str,
    /// Node it leads to.
    pub next: &'a str,
}

/// The view of question `q` at node `id`.
pub fn question<'a>(
    pb: &'a Playbook,
    id: NodeId,
    q: &'a Question,
    remaining: Option<Remaining>,
) -> QuestionView<'a> {
    QuestionView {
        node: &pb.node(id).id,
        question: &q.text,
        help: q.help.as_deref(),
        options: option_views(pb, &q.options),
        remaining: remaining.map(Into::into),
        sources: sources(pb, &q.sources),
    }
}

/// Views of the sources `ids`.
pub fn sources<'a>(pb: &'a Playbook, ids: &[crate::playbook::SourceId]) -> Vec<SourceView<'a>> {
    ids.iter()
        .map(|id| {
            let s = pb.source(*id);
            SourceView {
                id: &s.id,
                title: &s.title,
                url: &s.url,
                kind: source_kind_id(s.kind),
            }
        })
        .collect()
}

/// An outcome in full.
#[derive(Debug, Serialize)]
pub struct OutcomeView<'a> {
    /// Node id.
    pub node: &'a str,
    /// Kind id (`escalate`, ...).
    pub kind: &'static str,
    /// Kind in words, in the interface language.
    pub kind_label: String,
    /// Title.
    pub title: &'a str,
    /// Who acts.
    pub who: Option<&'a str>,
    /// Summary.
    pub summary: Option<&'a str>,
    /// Steps.
    pub steps: Vec<StepView<'a>>,
    /// What to have ready.
    pub prepare: &'a [String],
    /// What to expect.
    pub expect: Option<&'a str>,
    /// Checklists.
    pub checklists: Vec<ChecklistView<'a>>,
    /// Every source cited, in citation order.
    pub sources: Vec<SourceView<'a>>,
    /// The prompt above the ways on, when the outcome offers any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub then: Option<&'a str>,
    /// The ways on from this outcome ("That didn't work"), as shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionView<'a>>,
}

/// The facts the answers on a session's path set, as `{fact id: value id or null}`, in
/// declaration order (empty for a playbook without facts).
pub fn facts(session: &Session) -> serde_json::Map<String, serde_json::Value> {
    session
        .stated()
        .into_iter()
        .map(|f| (f.id, f.value.map_or(serde_json::Value::Null, Into::into)))
        .collect()
}

/// One step.
#[derive(Debug, Serialize)]
pub struct StepView<'a> {
    /// Text.
    pub text: &'a str,
    /// Detail.
    pub detail: Option<&'a str>,
    /// Script.
    pub say: Option<&'a str>,
    /// The script in English, for Microsoft Support, when `say` is a translation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub say_english: Option<&'a str>,
    /// Caution.
    pub caution: Option<&'a str>,
    /// Source ids.
    pub sources: Vec<&'a str>,
}

/// A checklist as shown at an outcome.
#[derive(Debug, Serialize)]
pub struct ChecklistView<'a> {
    /// Checklist id.
    pub id: &'a str,
    /// Title.
    pub title: &'a str,
    /// Items shown.
    pub items: Vec<ItemView<'a>>,
}

/// One checklist item.
#[derive(Debug, Serialize)]
pub struct ItemView<'a> {
    /// Item id.
    pub id: &'a str,
    /// Text.
    pub text: &'a str,
    /// Why.
    pub why: Option<&'a str>,
    /// Ticked in this session.
    pub done: bool,
    /// Source ids.
    pub sources: Vec<&'a str>,
}

/// One source.
#[derive(Debug, Serialize)]
pub struct SourceView<'a> {
    /// Source id.
    pub id: &'a str,
    /// Title.
    pub title: &'a str,
    /// URL.
    pub url: &'a str,
    /// How authoritative (`doc`, `moderator`, `ai-answer`, `third-party`).
    pub kind: &'static str,
}

/// The view of outcome `o` at node `id`, with the session's ticked items.
pub fn outcome<'a>(session: &'a Session, id: NodeId, o: &'a Outcome) -> OutcomeView<'a> {
    let pb = session.playbook();
    let ids =
        |v: &[crate::playbook::SourceId]| v.iter().map(|s| pb.source(*s).id.as_str()).collect();
    OutcomeView {
        node: &pb.node(id).id,
        kind: o.kind.id(),
        kind_label: super::text::kind_label(o.kind),
        title: &o.title,
        who: o.who.as_deref(),
        summary: o.summary.as_deref(),
        steps: o
            .steps
            .iter()
            .map(|s| StepView {
                text: &s.text,
                detail: s.detail.as_deref(),
                say: s.say.as_deref(),
                say_english: s.say_english.as_deref(),
                caution: s.caution.as_deref(),
                sources: ids(&s.sources),
            })
            .collect(),
        prepare: &o.prepare,
        expect: o.expect.as_deref(),
        checklists: o
            .checklists
            .iter()
            .filter_map(|r| {
                let list = pb.checklist(r.checklist)?;
                Some(ChecklistView {
                    id: &list.id,
                    title: &list.title,
                    items: r
                        .items
                        .iter()
                        .filter_map(|&i| list.items.get(i))
                        .map(|item| ItemView {
                            id: &item.id,
                            text: &item.text,
                            why: item.why.as_deref(),
                            done: session.is_ticked(&list.id, &item.id),
                            sources: ids(&item.sources),
                        })
                        .collect(),
                })
            })
            .collect(),
        sources: sources(pb, &pb.outcome_sources(o)),
        then: o.then.as_deref(),
        options: option_views(pb, &o.options),
    }
}

/// Each option (of a question, or an outcome's way on) by id and label, and where it leads
/// when no route's condition matches.
fn option_views<'a>(pb: &'a Playbook, options: &'a [Choice]) -> Vec<OptionView<'a>> {
    options
        .iter()
        .map(|c| OptionView {
            id: &c.id,
            label: &c.label,
            next: &pb.node(c.next).id,
        })
        .collect()
}

fn source_kind_id(k: crate::playbook::SourceKind) -> &'static str {
    use crate::playbook::SourceKind;
    match k {
        SourceKind::Doc => "doc",
        SourceKind::Moderator => "moderator",
        SourceKind::AiAnswer => "ai-answer",
        SourceKind::ThirdParty => "third-party",
    }
}
