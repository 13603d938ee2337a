//! Keeping the session: handing the engine's events to the journal after every action,
//! showing a failed save without stopping, resuming or dismissing an unfinished session,
//! and exporting the report.

use super::App;
use crate::engine::Session;
use crate::export::report::{self, ReportInput};
use crate::store::SaveError;
use crate::transcript::{self, Record, Transcript};

impl App {
    /// Records what the engine did since the last call, and saves.
    pub(super) fn sync(&mut self) {
        let events = self.session.drain_events();
        if let Some(tap) = &mut self.tap {
            tap.extend(events.iter().cloned());
        }
        let Some(journal) = &mut self.journal else {
            return;
        };
        let result = journal.record(events);
        self.after_save(result);
    }

    /// Shows a failed save (kept until a save succeeds), or clears the warning.
    pub(super) fn after_save(&mut self, result: Result<(), SaveError>) {
        self.save_warning = result.err().map(|e| {
            crate::tr!(
                "wizard-status-not-saved",
                reason = crate::store::describe(e.kind),
                path = e.path.display().to_string()
            )
        });
    }

    /// Resumes the offered session (`true`) or starts afresh and stops offering it.
    pub(super) fn answer_offer(&mut self, resume: bool) {
        let Some((old, _)) = self.offer.take() else {
            return;
        };
        if resume {
            // Locked and read again first: the latest save is what is resumed.
            let adopted = match &mut self.journal {
                Some(journal) => journal.adopt(old).cloned(),
                None => Ok(old),
            };
            let old = match adopted {
                Ok(t) => t,
                Err(e) => {
                    self.status = Some(crate::tr!(
                        "wizard-status-resume-failed",
                        error = e.to_string()
                    ));
                    return;
                }
            };
            let resumed = transcript::resume(&old, self.session.playbook().clone());
            self.session = resumed.session;
            self.moved();
            // The session file keeps its note in English; the screen says it in the
            // interface language.
            let (note, status) = match (resumed.note_english, resumed.note) {
                (Some(english), Some(note)) => (english, note),
                _ => (
                    crate::i18n::english("wizard-status-resumed", None),
                    crate::tr!("wizard-status-resumed"),
                ),
            };
            self.status = Some(status);
            if let Some(journal) = &mut self.journal {
                let result = journal.note([Record::Resumed { note }]);
                self.after_save(result);
            }
        } else {
            self.status = Some(crate::tr!("wizard-status-afresh", id = old.id.as_str()));
            if let Some(journal) = &mut self.journal {
                let result = journal.dismiss(&old);
                self.after_save(result);
            }
        }
    }

    /// Writes the Markdown report next to the sessions and says where.
    pub(super) fn export(&mut self) {
        let Some(journal) = &mut self.journal else {
            self.status = Some(crate::tr!("wizard-status-report-unkept"));
            return;
        };
        let Some(store) = journal.store().cloned() else {
            self.status = Some(crate::tr!("wizard-status-report-no-directory"));
            return;
        };
        let input = ReportInput {
            transcript: journal.transcript(),
            session: &self.session,
            note: None,
        };
        let text = report::to_markdown_with_english(&input, self.english.as_ref(), false);
        let name = format!("{}.md", journal.transcript().id);
        match store.write_report(&name, &text) {
            Ok(path) => {
                self.status = Some(crate::tr!(
                    "wizard-status-report-written",
                    path = path.display().to_string()
                ));
                let result = journal.note([Record::Exported {
                    file: path.display().to_string(),
                }]);
                self.after_save(result);
            }
            Err(e) => {
                self.status = Some(crate::tr!(
                    "wizard-status-report-failed",
                    error = e.to_string()
                ));
            }
        }
    }
}

/// "From 2026-11-28 14:02 UTC: 3 answers (Admin portal › Can't approve › Personal account)."
pub(super) fn describe_offer(t: &Transcript, session: &Session) -> String {
    let pb = session.playbook();
    if let Some(open) = crate::transcript::reopen::open_work(t, pb) {
        return open;
    }
    let answers = t.answers();
    let crumbs: Vec<String> = answers
        .iter()
        .filter_map(|a| {
            let q = pb.node(pb.find(&a.answer.node)?).as_question()?;
            Some(
                q.options
                    .get(q.option_index(&a.answer.option)?)?
                    .short
                    .clone(),
            )
        })
        .collect();
    let when = t.updated.replace('T', " ").replace('Z', " UTC");
    let mut out = crate::tr!(
        "wizard-offer",
        when = when,
        count = answers.len(),
        answers = crumbs.join(" › ")
    );
    // Sentences follow each other after a space, except after a full-width stop.
    if t.playbook.hash != pb.hash {
        out = crate::tui::view::lead(&out);
        out.push_str(&crate::tr!("wizard-offer-changed"));
    }
    out = crate::tui::view::lead(&out);
    out.push_str(&crate::tr!("wizard-offer-resume"));
    out
}
