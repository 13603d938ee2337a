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
    /// What the person should know, when the playbook changed since, in the interface
    /// language.
    pub note: Option<String>,
    /// The same note in English: what the session file keeps.
    pub note_english: Option<String>,
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
            note_english: None,
        };
    }
    let answers: Vec<_> = t.answers().into_iter().map(|a| a.answer).collect();
    let total = answers.len();
    let replayed = session.replay(&answers);
    let at = session.node().heading().to_string();
    // The note in the interface language, and in English for the session file.
    let words = || {
        let changed = if same {
            crate::tr!("common-resume-not-replayed")
        } else {
            crate::tr!(
                "common-resume-changed",
                then = t.playbook.version.as_str(),
                now = version_now.as_str()
            )
        };
        match &replayed {
            Ok(()) => crate::tr!("common-resume-all-fit", changed = changed, total = total),
            Err((applied, _)) => {
                let misfit = answers
                    .get(*applied)
                    .map(|a| format!("`{}={}`", a.node, a.option))
                    .unwrap_or_default();
                crate::tr!(
                    "common-resume-stopped",
                    changed = changed,
                    applied = *applied,
                    total = total,
                    at = at.as_str(),
                    misfit = misfit
                )
            }
        }
    };
    let note = words();
    let note_english = crate::i18n::with_language("en", words);
    for (checklist, item) in t.ticked() {
        if !session.is_ticked(&checklist, &item) {
            session.toggle(&checklist, &item);
        }
    }
    session.drain_events();
    Resumed {
        session,
        note: Some(note),
        note_english: Some(note_english),
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
