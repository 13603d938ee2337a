//! The case-facts form: choose a field, type its value, keep it only if it fits the
//! field's format. There is no free-text field, so a secret cannot be kept by mistake.

use super::{App, Overlay};
use crate::transcript::FactKind;
use crate::tui::keymap::Action;

/// The form's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactsForm {
    /// The selected field (index into [`FactKind::ALL`]).
    pub field: usize,
    /// What is being typed, while editing.
    pub input: Option<String>,
    /// Why the last value was refused.
    pub error: Option<String>,
}

impl FactsForm {
    /// The kind of the selected field.
    pub fn kind(&self) -> FactKind {
        FactKind::ALL
            .get(self.field)
            .copied()
            .unwrap_or(FactKind::Tenant)
    }
}

/// The longest value a field takes (a GUID is 36, a long sign-in name under 200).
const MAX_INPUT: usize = 200;

impl App {
    pub(super) fn apply_facts(&mut self, action: Action) {
        let Some(Overlay::Facts(mut form)) = self.overlay.clone() else {
            return;
        };
        let kind = form.kind();
        match (&mut form.input, action) {
            (_, Action::ForceQuit) => {
                self.quit = true;
                return;
            }
            (None, Action::Up) => form.field = form.field.saturating_sub(1),
            (None, Action::Down) => {
                form.field = form
                    .field
                    .saturating_add(1)
                    .min(FactKind::ALL.len().saturating_sub(1));
            }
            (None, Action::Edit) => {
                let current = self.current_fact(form.kind());
                form.input = Some(current);
                form.error = None;
            }
            (None, Action::Clear) => {
                self.keep_fact(form.kind(), None);
                form.error = None;
            }
            (None, Action::Close) => {
                self.overlay = None;
                return;
            }
            (Some(text), Action::Type(c)) if text.chars().count() < MAX_INPUT => text.push(c),
            (Some(text), Action::DeleteChar) => {
                text.pop();
            }
            (Some(_), Action::Cancel) => {
                form.input = None;
                form.error = None;
            }
            (Some(text), Action::Save) => match kind.parse(text) {
                Ok(value) => {
                    form.input = None;
                    form.error = None;
                    self.keep_fact(kind, Some(value));
                }
                Err(e) => {
                    form.error = Some(crate::tr!("wizard-facts-not-kept", reason = e.to_string()));
                }
            },
            _ => {}
        }
        self.overlay = Some(Overlay::Facts(form));
    }

    fn current_fact(&self, kind: FactKind) -> String {
        self.journal
            .as_ref()
            .and_then(|j| j.transcript().facts.get(&kind).cloned())
            .unwrap_or_default()
    }

    fn keep_fact(&mut self, kind: FactKind, value: Option<String>) {
        let Some(journal) = &mut self.journal else {
            self.status = Some(crate::tr!("wizard-facts-unsaved"));
            return;
        };
        let result = journal.set_fact(kind, value);
        self.after_save(result);
    }
}
