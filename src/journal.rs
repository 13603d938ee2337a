//! The journal: what every interactive front end uses to keep a session. It stamps the
//! engine's events with the time, adds them to the transcript and saves it after every
//! step. A failed save is remembered and shown, never fatal: the transcript stays in
//! memory and the next step saves all of it.

use std::path::{Path, PathBuf};

use crate::engine::Event;
use crate::playbook::Playbook;
use crate::store::{SaveError, Store};
use crate::transcript::{Clock, FactKind, Record, Transcript};

/// A session's transcript, its store and its clock.
pub struct Journal {
    transcript: Transcript,
    store: Option<Store>,
    clock: Box<dyn Clock>,
    saved_to: Option<PathBuf>,
    error: Option<SaveError>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal")
            .field("id", &self.transcript.id)
            .field("store", &self.store)
            .field("saved_to", &self.saved_to)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl Journal {
    /// A new session of `playbook`. With no store it records in memory only.
    pub fn start(playbook: &Playbook, store: Option<Store>, clock: Box<dyn Clock>) -> Self {
        Self {
            transcript: Transcript::new(playbook, clock.as_ref()),
            store,
            clock,
            saved_to: None,
            error: None,
        }
    }

    /// Carries on an existing transcript (after a resume).
    pub fn continue_with(
        transcript: Transcript,
        store: Option<Store>,
        clock: Box<dyn Clock>,
    ) -> Self {
        Self {
            transcript,
            store,
            clock,
            saved_to: None,
            error: None,
        }
    }

    /// The transcript so far.
    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    /// The store, if sessions are saved.
    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    /// Where the last successful save went.
    pub fn saved_to(&self) -> Option<&Path> {
        self.saved_to.as_deref()
    }

    /// The last save's failure, until a save succeeds again.
    pub fn error(&self) -> Option<&SaveError> {
        self.error.as_ref()
    }

    /// The clock the journal stamps with.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// Adds the engine's events and saves. Nothing to add, nothing to save.
    pub fn record(&mut self, events: Vec<Event>) -> Result<(), SaveError> {
        if events.is_empty() {
            return self.error.clone().map_or(Ok(()), Err);
        }
        self.note(events.into_iter().map(Record::from))
    }

    /// Adds records of the journal's own (resume notes, exports) and saves.
    pub fn note(&mut self, records: impl IntoIterator<Item = Record>) -> Result<(), SaveError> {
        self.transcript.record(records, self.clock.as_ref());
        self.save()
    }

    /// Sets or clears a case fact and saves.
    pub fn set_fact(&mut self, kind: FactKind, value: Option<String>) -> Result<(), SaveError> {
        self.transcript.set_fact(kind, value, self.clock.as_ref());
        self.save()
    }

    /// Switches to an older transcript the person chose to resume, noting `note`.
    pub fn adopt(&mut self, old: Transcript, note: String) -> Result<(), SaveError> {
        self.transcript = old;
        self.note([Record::Resumed { note }])
    }

    /// Marks an older transcript as not to be offered again, and saves it.
    pub fn dismiss(&mut self, mut old: Transcript) -> Result<(), SaveError> {
        old.dismissed = true;
        match &self.store {
            Some(store) => store.save(&old).map(|_| ()),
            None => Ok(()),
        }
    }

    /// Saves the whole transcript now (a session with nothing in it yet is not written,
    /// so merely opening breakglass leaves no file).
    pub fn save(&mut self) -> Result<(), SaveError> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        if self.transcript.is_trivial() && self.saved_to.is_none() {
            return Ok(());
        }
        match store.save(&self.transcript) {
            Ok(path) => {
                self.saved_to = Some(path);
                self.error = None;
                Ok(())
            }
            Err(e) => {
                self.error = Some(e.clone());
                Err(e)
            }
        }
    }
}
