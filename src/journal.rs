//! The journal: what every interactive front end uses to keep a session. It stamps the
//! engine's events with the time, adds them to the transcript and saves it after every
//! step. A failed save is remembered and shown, never fatal: the transcript stays in
//! memory and the next step saves all of it. While it writes a session it holds that
//! session's lock, so a second breakglass cannot write it too; a new session's first save
//! never takes the place of an existing file.

use std::path::{Path, PathBuf};

use crate::engine::Event;
use crate::playbook::Playbook;
use crate::store::{SaveError, SessionLock, Store, StoreError};
use crate::transcript::{Clock, FactKind, Record, Transcript};

/// A session's transcript, its store and its clock.
pub struct Journal {
    transcript: Transcript,
    store: Option<Store>,
    clock: Box<dyn Clock>,
    saved_to: Option<PathBuf>,
    error: Option<SaveError>,
    /// The session's lock, taken at the first save (or when it was opened).
    lock: Option<SessionLock>,
    /// The id was made here and nothing is saved under it yet.
    new: bool,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal")
            .field("id", &self.transcript.id)
            .field("store", &self.store)
            .field("saved_to", &self.saved_to)
            .field("error", &self.error)
            .field("locked", &self.lock.is_some())
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
            lock: None,
            new: true,
        }
    }

    /// Carries on an existing transcript (after a resume); its lock is taken at the
    /// first save.
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
            lock: None,
            new: false,
        }
    }

    /// Opens saved session `id` to carry on: locks it, then reads its latest save.
    /// [`StoreError::Busy`] when another breakglass has it open.
    pub fn open(store: Store, id: &str, clock: Box<dyn Clock>) -> Result<Self, StoreError> {
        let opened = store.open(id)?;
        Ok(Self {
            transcript: opened.transcript,
            store: Some(store),
            clock,
            saved_to: None,
            error: None,
            lock: Some(opened.lock),
            new: false,
        })
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

    /// Switches to an older transcript the person chose to resume and returns it. With a
    /// store, the session is locked and read again first (another breakglass may have
    /// added steps since it was offered); [`StoreError::Busy`] when one has it open now.
    /// The caller rebuilds the walk from the result and notes the resume with
    /// [`Journal::note`].
    pub fn adopt(&mut self, old: Transcript) -> Result<&Transcript, StoreError> {
        let (transcript, lock) = match &self.store {
            Some(store) => {
                let opened = store.open(&old.id)?;
                (opened.transcript, Some(opened.lock))
            }
            None => (old, None),
        };
        self.transcript = transcript;
        self.lock = lock;
        self.new = false;
        self.saved_to = None;
        self.error = None;
        Ok(&self.transcript)
    }

    /// Marks an older transcript as not to be offered again, and saves it: locked, and
    /// read again so nothing another breakglass added is lost. One that is open elsewhere,
    /// or gone, is left alone.
    pub fn dismiss(&mut self, old: &Transcript) -> Result<(), SaveError> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let Ok(mut opened) = store.open(&old.id) else {
            return Ok(());
        };
        opened.transcript.dismissed = true;
        store.save(&opened.transcript).map(|_| ())
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
        let store = store.clone();
        match self.save_locked(&store) {
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

    /// Takes the lock if it is not held yet, then saves: a new id only where no file has
    /// it (a clash, never expected with 64 random bits, gets a fresh id).
    fn save_locked(&mut self, store: &Store) -> Result<PathBuf, SaveError> {
        for _ in 0..4 {
            if self.lock.is_none() {
                let lock = store
                    .lock(&self.transcript.id)
                    .map_err(|e| lock_failed(store, &self.transcript.id, &e))?;
                self.lock = Some(lock);
            }
            if !self.new {
                return store.save(&self.transcript);
            }
            match store.save_new(&self.transcript) {
                Err(e) if e.kind == std::io::ErrorKind::AlreadyExists => {
                    self.lock = None;
                    self.transcript.id = crate::transcript::new_id(self.clock.now());
                }
                Ok(path) => {
                    self.new = false;
                    return Ok(path);
                }
                Err(e) => return Err(e),
            }
        }
        Err(SaveError {
            path: store.session_path(&self.transcript.id),
            kind: std::io::ErrorKind::AlreadyExists,
            detail: "no free session id was found".to_string(),
        })
    }
}

/// A lock that could not be taken, as a failed save.
fn lock_failed(store: &Store, id: &str, e: &StoreError) -> SaveError {
    let (kind, detail) = match e {
        StoreError::Busy { .. } => (std::io::ErrorKind::ResourceBusy, e.to_string()),
        StoreError::Io { source, .. } => (source.kind(), e.to_string()),
        StoreError::NotFound(_) => (
            std::io::ErrorKind::InvalidInput,
            format!("`{id}` is not a session id"),
        ),
        _ => (std::io::ErrorKind::Other, e.to_string()),
    };
    SaveError {
        path: store.session_path(id),
        kind,
        detail,
    }
}
