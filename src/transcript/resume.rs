//! Resuming a saved session: the same playbook replays every step exactly; a changed one
//! replays the answers as far as they still fit, and says where it stopped.

use super::{Record, Transcript};
use crate::engine::{Event, Session};
use crate::playbook::Playbook;

/// A session rebuilt from a transcript.
#[derive(Debug)]
pub struct Resumed {
    /// The walk, where the transcript left it (or as far as it still fits).
    pub session: Session,
    /// What the person should know, when the playbook changed since.
    pub note: Option<String>,
}

/// Rebuilds the session a transcript recorded, on `playbook` as it is now.
pub fn resume(t: &Transcript, playbook: Playbook) -> Resumed {
    let same = playbook.hash == t.playbook.hash;
    let version_now = playbook.version.clone();
    let mut session = Session::new(playbook);
    if same && replay_exactly(t, &mut session) {
        session.drain_events();
        return Resumed {
            session,
            note: None,
        };
    }
    let answers: Vec<_> = t.answers().into_iter().map(|a| a.answer).collect();
    let total = answers.len();
    let changed = if same {
        "This session could not be replayed step by step".to_string()
    } else {
        format!(
            "The playbook changed since this session (version {} then, {version_now} now)",
            t.playbook.version
        )
    };
    let note = match session.replay(&answers) {
        Ok(()) => format!("{changed}; all {total} answers still fit."),
        Err((applied, _)) => {
            let at = session.node().heading().to_string();
            let misfit = answers
                .get(applied)
                .map(|a| format!("`{}={}`", a.node, a.option))
                .unwrap_or_default();
            format!(
                "{changed}: {applied} of {total} answers still fit; stopped at \"{at}\" because the answer {misfit} no longer does."
            )
        }
    };
    for (checklist, item) in t.ticked() {
        if !session.is_ticked(&checklist, &item) {
            session.toggle(&checklist, &item);
        }
    }
    session.drain_events();
    Resumed {
        session,
        note: Some(note),
    }
}

/// Applies every step in order; `false` if one does not apply (the caller falls back to
/// answers only).
fn replay_exactly(t: &Transcript, session: &mut Session) -> bool {
    for e in &t.events {
        let event = match &e.record {
            Record::Answered { node, option, .. } => Event::Answered {
                node: node.clone(),
                option: option.clone(),
                set: Vec::new(),
            },
            Record::Continued { node } => Event::Continued { node: node.clone() },
            Record::Back { from } => Event::Back { from: from.clone() },
            Record::Restarted => Event::Restarted,
            Record::Ticked {
                checklist,
                item,
                done,
            } => Event::Ticked {
                checklist: checklist.clone(),
                item: item.clone(),
                done: *done,
            },
            _ => continue,
        };
        if session.apply(&event).is_err() {
            return false;
        }
    }
    true
}
