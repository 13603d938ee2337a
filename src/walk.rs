//! `breakglass walk`: the engine without a terminal UI. Answers come as `NODE=OPTION`
//! pairs; the walk follows them from the start, passing info nodes, until it reaches an
//! outcome or a question with no answer given.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::engine::{Answer, Session};
use crate::playbook::{NodeBody, NodeId, Playbook};
use crate::tr;

/// Why a walk could not run: always the caller's input (exit code 2). Its message is in
/// the interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// An answer is not written `NODE=OPTION`.
    Syntax(String),
    /// No node has this id.
    UnknownNode {
        /// The id given.
        node: String,
        /// A "did you mean" suffix, or empty.
        hint: String,
        /// The question ids that exist.
        valid: Vec<String>,
    },
    /// The node exists but is not a question.
    NotAQuestion {
        /// The id given.
        node: String,
    },
    /// The question has no such option.
    UnknownOption {
        /// The question.
        node: String,
        /// The option given.
        option: String,
        /// A "did you mean" suffix, or empty.
        hint: String,
        /// The options that exist.
        valid: Vec<String>,
    },
    /// Two different answers for one question.
    Conflict {
        /// The question.
        node: String,
        /// The first answer.
        first: String,
        /// The second answer.
        second: String,
    },
    /// The answers lead round a loop.
    Loop(String),
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            WalkError::Syntax(answer) => tr!("report-walk-error-syntax", answer = answer.as_str()),
            WalkError::UnknownNode { node, hint, valid } => tr!(
                "report-walk-error-unknown-node",
                node = node.as_str(),
                hint = hint.as_str(),
                valid = valid.join(", ")
            ),
            WalkError::NotAQuestion { node } => {
                tr!("report-walk-error-not-a-question", node = node.as_str())
            }
            WalkError::UnknownOption {
                node,
                option,
                hint,
                valid,
            } => tr!(
                "report-walk-error-unknown-option",
                node = node.as_str(),
                option = option.as_str(),
                hint = hint.as_str(),
                valid = valid.join(", ")
            ),
            WalkError::Conflict {
                node,
                first,
                second,
            } => tr!(
                "report-walk-error-conflict",
                node = node.as_str(),
                first = first.as_str(),
                second = second.as_str()
            ),
            WalkError::Loop(node) => tr!("report-walk-error-loop", node = node.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for WalkError {}

/// Where a walk stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// At an outcome (exit 0).
    Outcome,
    /// At a question with no answer given (exit 3).
    Question,
}

/// The result of a walk: the session where it stopped, and any answers it did not use.
#[derive(Debug)]
pub struct Walked {
    /// The session, positioned where the walk stopped; its trail is the path taken.
    pub session: Session,
    /// Where it stopped.
    pub stop: Stop,
    /// Answers for questions the path never reached.
    pub unused: Vec<Answer>,
}

/// Parses `NODE=OPTION` strings and checks each against the playbook.
pub fn parse_answers(playbook: &Playbook, raw: &[String]) -> Result<Vec<Answer>, WalkError> {
    let mut out: Vec<Answer> = Vec::new();
    for r in raw {
        let Some((node, option)) = r.split_once('=') else {
            return Err(WalkError::Syntax(r.clone()));
        };
        let (node, option) = (node.trim(), option.trim());
        if node.is_empty() || option.is_empty() {
            return Err(WalkError::Syntax(r.clone()));
        }
        check_answer(playbook, node, option)?;
        match out.iter().find(|a| a.node == node) {
            Some(a) if a.option != option => {
                return Err(WalkError::Conflict {
                    node: node.into(),
                    first: a.option.clone(),
                    second: option.into(),
                });
            }
            Some(_) => {}
            None => out.push(Answer {
                node: node.into(),
                option: option.into(),
            }),
        }
    }
    Ok(out)
}

fn check_answer(playbook: &Playbook, node: &str, option: &str) -> Result<(), WalkError> {
    let questions: Vec<String> = playbook
        .nodes()
        .filter(|(_, n)| n.as_question().is_some())
        .map(|(_, n)| n.id.clone())
        .collect();
    let Some(id) = playbook.find(node) else {
        return Err(WalkError::UnknownNode {
            node: node.into(),
            hint: hint(node, questions.iter().map(String::as_str)),
            valid: questions,
        });
    };
    // A question, or an outcome with ways on ("That didn't work").
    let choices = playbook.node(id).choices();
    if choices.is_empty() {
        return Err(WalkError::NotAQuestion { node: node.into() });
    }
    if !choices.iter().any(|o| o.id == option) {
        let valid: Vec<String> = choices.iter().map(|o| o.id.clone()).collect();
        return Err(WalkError::UnknownOption {
            node: node.into(),
            option: option.into(),
            hint: hint(option, valid.iter().map(String::as_str)),
            valid,
        });
    }
    Ok(())
}

fn hint<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    crate::playbook::check::text::did_you_mean(wanted, candidates)
        .map(|s| {
            let hint = tr!("report-walk-did-you-mean", name = s);
            // A full-width bracket brings its own space.
            let gap = if hint.starts_with('（') { "" } else { " " };
            format!("{gap}{hint}")
        })
        .unwrap_or_default()
}

/// Walks `playbook` from the start with `answers` (in any order).
pub fn walk(playbook: Playbook, answers: &[Answer]) -> Result<Walked, WalkError> {
    let mut session = Session::new(playbook);
    // A node may come round again with other facts (after "That didn't work"); the same
    // node with the same facts would repeat forever.
    let mut seen: HashSet<(NodeId, crate::playbook::Facts)> = HashSet::new();
    let stop = loop {
        if !seen.insert((session.current(), session.facts())) {
            return Err(WalkError::Loop(session.node().id.clone()));
        }
        let node = session.node();
        match &node.body {
            NodeBody::Outcome(o) => {
                let go_on = answers
                    .iter()
                    .find(|a| a.node == node.id && !o.options.is_empty());
                match go_on.map(|a| a.option.clone()) {
                    Some(option) if session.choose_id(&option).is_ok() => {}
                    _ => break Stop::Outcome,
                }
            }
            NodeBody::Info(_) => {
                let _ = session.advance();
            }
            NodeBody::Question(_) => {
                let Some(a) = answers.iter().find(|a| a.node == node.id) else {
                    break Stop::Question;
                };
                let option = a.option.clone();
                if session.choose_id(&option).is_err() {
                    // parse_answers checked every option; stop rather than guess.
                    break Stop::Question;
                }
            }
        }
    };
    let visited: HashSet<&str> = session
        .trail()
        .iter()
        .map(|v| session.playbook().node(v.node).id.as_str())
        .collect();
    let unused = answers
        .iter()
        .filter(|a| !visited.contains(a.node.as_str()))
        .cloned()
        .collect();
    Ok(Walked {
        session,
        stop,
        unused,
    })
}

/// The version of the JSON shape `walk --json` prints.
pub const JSON_FORMAT: &str = "breakglass-walk/1";

/// The walk as text: header, the path, then the outcome or the pending question.
pub fn to_text(w: &Walked) -> String {
    use crate::export::text;
    let s = &w.session;
    let mut out = text::header(s.playbook());
    let path = text::path(s);
    if !path.is_empty() {
        out.push('\n');
        out.push_str(&path);
    }
    out.push('\n');
    let facts = text::facts(s);
    if !facts.is_empty() {
        out.push_str(&facts);
        out.push('\n');
    }
    let node = s.node();
    match &node.body {
        NodeBody::Outcome(o) => {
            out.push_str(&text::outcome(s, s.current(), o));
            if !o.options.is_empty() {
                let _ = writeln!(
                    out,
                    "{}",
                    tr!("report-walk-reached", node = node.id.as_str())
                );
            }
        }
        NodeBody::Question(q) => {
            out.push_str(&text::question(s.playbook(), &node.id, q, s.remaining()));
            let _ = writeln!(
                out,
                "{}",
                tr!("report-walk-stopped", node = node.id.as_str())
            );
        }
        NodeBody::Info(_) => {}
    }
    if let Ok(code) = crate::engine::pathcode::encode(s) {
        let _ = writeln!(out, "\n{}", tr!("report-path-code", code = code.as_str()));
    }
    out
}

/// The walk as JSON (see [`JSON_FORMAT`]).
pub fn to_json(w: &Walked) -> serde_json::Value {
    use crate::export::json;
    let s = &w.session;
    let node = s.node();
    let (status, outcome, pending) = match &node.body {
        NodeBody::Outcome(o) => ("outcome", Some(json::outcome(s, s.current(), o)), None),
        NodeBody::Question(q) => (
            "question",
            None,
            Some(json::question(s.playbook(), s.current(), q, s.remaining())),
        ),
        NodeBody::Info(_) => ("info", None, None),
    };
    serde_json::json!({
        "format": JSON_FORMAT,
        "playbook": json::PlaybookRef::of(s.playbook()),
        "status": status,
        "path": json::path(s),
        "code": crate::engine::pathcode::encode(s).ok(),
        "outcome": outcome,
        "pending": pending,
        "facts": json::facts(s),
        "unused_answers": w.unused.iter().map(|a| format!("{}={}", a.node, a.option)).collect::<Vec<_>>(),
    })
}

/// The walk as Markdown, to send to someone without the tool: how we got here, then the
/// outcome in full (or the question still to answer), then where it came from.
pub fn to_markdown(w: &Walked) -> String {
    use crate::export::markdown::{self, md};
    let s = &w.session;
    let pb = s.playbook();
    let node = s.node();
    let mut out = match &node.body {
        NodeBody::Outcome(o) => format!(
            "# {}\n\n",
            crate::export::text::labelled(&tr!("report-walk-what-to-do"), &md(&o.title))
        ),
        _ => format!(
            "# {}\n\n",
            tr!("report-walk-path-so-far", title = md(&pb.title))
        ),
    };
    let answered: Vec<(String, String)> = s
        .trail()
        .iter()
        .filter_map(|v| {
            let node = pb.node(v.node);
            let o = node.choices().get(v.choice?)?;
            Some((node.heading().to_string(), o.label.clone()))
        })
        .collect();
    if !answered.is_empty() {
        let _ = write!(out, "## {}\n\n", tr!("report-walk-how-we-got-here"));
        for (i, (q, a)) in answered.iter().enumerate() {
            let _ = writeln!(out, "{}. {} **{}**", i.saturating_add(1), md(q), md(a));
        }
        out.push('\n');
    }
    out.push_str(&markdown::facts(s, 2));
    match &node.body {
        NodeBody::Outcome(o) => out.push_str(&markdown::outcome(s, o)),
        NodeBody::Question(q) => {
            let heading =
                crate::export::text::labelled(&tr!("report-walk-still-to-answer"), &md(&q.text));
            let _ = writeln!(out, "## {heading}\n");
            for o in &q.options {
                let _ = writeln!(out, "- {}", md(&o.label));
            }
        }
        NodeBody::Info(i) => {
            let _ = writeln!(out, "## {}", md(&i.title));
        }
    }
    let _ = write!(
        out,
        "\n---\n{}",
        tr!(
            "report-walk-md-from",
            title = pb.title.as_str(),
            id = pb.id.as_str(),
            version = pb.version.as_str(),
            reviewed = pb.reviewed.as_str()
        )
    );
    if let Ok(code) = crate::engine::pathcode::encode(s) {
        // After a full stop of full width, no space.
        let gap = if out.ends_with('。') { "" } else { " " };
        let _ = write!(
            out,
            "{gap}{}",
            tr!("report-walk-md-path-code", code = code.as_str())
        );
    }
    out.push('\n');
    out
}
