//! Coming back later: a session that reached an outcome but left work open (checklist items
//! not ticked, or no support case number at an escalation) is worth reopening, and this
//! says so in words ("You were waiting on Microsoft Support: add the case number, tick what
//! you did").

use super::{FactKind, Transcript, resume};
use crate::playbook::{OutcomeKind, Playbook};

/// What is still open at the outcome a session reached, described; `None` when the session
/// did not reach an outcome or nothing is open.
pub fn open_work(t: &Transcript, playbook: &Playbook) -> Option<String> {
    if !t.is_finished() || t.dismissed {
        return None;
    }
    let resumed = resume(t, playbook.clone());
    let session = resumed.session;
    let outcome = session.outcome()?;
    let items = session.outcome_items();
    let ticked = items
        .iter()
        .filter(|(list, item)| session.is_ticked(list, item))
        .count();
    let unticked = items.len().saturating_sub(ticked);
    let escalate = outcome.kind == OutcomeKind::Escalate;
    let no_case = escalate && !t.facts.contains_key(&FactKind::RequestNumber);
    if unticked == 0 && !no_case {
        return None;
    }
    let mut todo = Vec::new();
    if no_case {
        todo.push(crate::tr!("common-reopen-case-number"));
    }
    if unticked > 0 {
        todo.push(crate::tr!(
            "common-reopen-tick",
            ticked = ticked,
            total = items.len()
        ));
    }
    let when = t.updated.replace('T', " ").replace('Z', " UTC");
    let lead = if escalate {
        crate::tr!("common-reopen-waiting")
    } else {
        crate::tr!("common-reopen-reached", title = outcome.title.as_str())
    };
    Some(crate::tr!(
        "common-reopen-offer",
        lead = lead,
        when = when,
        todo = todo.join(&crate::tr!("common-reopen-separator"))
    ))
}
