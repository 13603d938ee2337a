//! The catalog of playbooks: the built-in ones, and the user's own in
//! `<config dir>/playbooks/`. Finds one by id or by path, reads files (at most 1 MiB) and
//! loads them. A user playbook with a built-in's id wins; a broken one is reported and
//! skipped, never stopping the built-in from running.

mod drills;
mod read;
mod translations;
mod user;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use crate::playbook::builtin::{self, BUILTINS};
use crate::playbook::{Diagnostic, Playbook, load};

pub use drills::{FoundDrill, drill_dir};
pub use translations::FoundTranslation;
pub use user::{config_dir, is_translation, playbook_dir, yaml_files};

/// Where a playbook came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the binary.
    Builtin(&'static str),
    /// Read from a file named on the command line.
    File(PathBuf),
    /// Read from the user's playbook directory.
    User(PathBuf),
}

impl Origin {
    /// The name shown in messages: the file path, or the repository path of a built-in.
    ///
    /// A file name is made visible: it may hold bytes that would drive a terminal.
    pub fn display_name(&self) -> String {
        match self {
            Origin::Builtin(path) => format!("{path} (built in)"),
            Origin::File(path) | Origin::User(path) => crate::sanitize::visible_path(path),
        }
    }

    /// A word for listings: `built-in` or `user`, or `file`.
    pub fn kind(&self) -> &'static str {
        match self {
            Origin::Builtin(_) => "built-in",
            Origin::File(_) => "file",
            Origin::User(_) => "user",
        }
    }
}

/// A playbook ready to walk.
#[derive(Debug)]
pub struct Found {
    /// Where it came from.
    pub origin: Origin,
    /// The checked playbook.
    pub playbook: Playbook,
    /// Warnings from the checker.
    pub warnings: Vec<Diagnostic>,
    /// The text it was loaded from (for rendering warnings); a built-in's is not copied.
    pub text: Cow<'static, str>,
    /// The language of the translation put into it, if any (English otherwise).
    pub lang: Option<String>,
    /// The playbook as written, before that translation was put into it (reports give the
    /// case summary for Microsoft Support in English too).
    pub english: Option<Playbook>,
}

/// Why a playbook could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// Neither a known id nor an existing file.
    #[error("{}", crate::tr!("common-catalog-no-playbook", arg = arg.as_str()))]
    NotFound {
        /// What was asked for.
        arg: String,
        /// The ids that exist.
        known: Vec<String>,
    },
    /// The file could not be read.
    #[error("{}", crate::tr!("common-catalog-cannot-read", path = path.display().to_string(), detail = source.to_string()))]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{}", crate::tr!("common-catalog-not-text", path = path.display().to_string()))]
    NotText {
        /// The file.
        path: PathBuf,
    },
    /// Neither a known drill id nor an existing file.
    #[error("{}", crate::tr!("common-catalog-no-drill", arg = arg.as_str()))]
    NoDrill {
        /// What was asked for.
        arg: String,
        /// The drill ids that exist.
        known: Vec<String>,
    },
    /// The playbook has errors.
    #[error("{}", crate::tr!("common-catalog-invalid", name = origin.display_name(), count = diagnostics.len()))]
    Invalid {
        /// Where it came from.
        origin: Origin,
        /// Its text.
        text: String,
        /// Every problem found.
        diagnostics: Vec<Diagnostic>,
    },
}

/// One entry of the catalog, as `breakglass list` shows it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The playbook's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its version.
    pub version: String,
    /// When it was last reviewed.
    pub reviewed: String,
    /// The format it is written in (every playbook that loads is `breakglass/v1`).
    pub format: String,
    /// Where it comes from.
    pub origin: Origin,
    /// For a built-in: the user playbook that replaces it. For a user playbook: whether it
    /// replaces a built-in.
    pub shadowed_by: Option<PathBuf>,
    /// Whether this user playbook replaces a built-in of the same id.
    pub overrides_builtin: bool,
}

/// A user playbook that could not be used, and why.
#[derive(Debug)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, in one line.
    pub reason: String,
}

/// Every playbook breakglass knows about. The user's playbooks are read and checked the
/// first time something needs them, not before: the wizard's first screen waits for none
/// of it when there are none.
#[derive(Debug, Default)]
pub struct Catalog {
    user: OnceCell<UserPlaybooks>,
    /// The user playbook directory to search, if any.
    pub user_dir: Option<PathBuf>,
    /// The user drill directory, if any.
    pub drill_dir: Option<PathBuf>,
}

/// The user playbooks that loaded, and those that were skipped.
#[derive(Debug, Default)]
struct UserPlaybooks {
    found: Vec<Found>,
    skipped: Vec<Skipped>,
}

impl Catalog {
    /// The built-in playbooks only.
    pub fn builtin_only() -> Self {
        Self::default()
    }

    /// Built-ins plus the playbooks in `user_dir` (normally [`playbook_dir`]), which are
    /// read when first needed.
    pub fn discover(user_dir: Option<&Path>) -> Self {
        Self {
            user: OnceCell::new(),
            user_dir: user_dir.map(Path::to_path_buf),
            drill_dir: None,
        }
    }

    /// The user playbooks, read and checked on first use.
    fn user_playbooks(&self) -> &UserPlaybooks {
        self.user.get_or_init(|| {
            let (found, skipped) = self
                .user_dir
                .as_deref()
                .map(user::load_dir)
                .unwrap_or_default();
            UserPlaybooks { found, skipped }
        })
    }

    /// The user playbooks that loaded.
    fn user(&self) -> &[Found] {
        &self.user_playbooks().found
    }

    /// The user playbooks that were skipped, and why.
    pub fn skipped(&self) -> &[Skipped] {
        &self.user_playbooks().skipped
    }

    /// Opens the playbook named by `arg`: a path to a YAML file, or an id (user playbooks
    /// first, then built-ins). With no argument, the default playbook.
    ///
    /// A built-in comes from its compiled form, without parsing YAML.
    pub fn open(&self, arg: Option<&str>) -> Result<Found, CatalogError> {
        if let Some(found) = self.open_compiled(arg) {
            return Ok(found);
        }
        let (origin, text) = self.source(arg)?;
        load_text(origin, text)
    }

    /// The built-in `arg` names (no user playbook replacing it), from its compiled form.
    fn open_compiled(&self, arg: Option<&str>) -> Option<Found> {
        let id = arg.unwrap_or(builtin::DEFAULT_ID);
        if looks_like_path(id) || self.user().iter().any(|f| f.playbook.id == id) {
            return None;
        }
        let b = builtin::builtin(id)?;
        Some(Found {
            origin: Origin::Builtin(b.path),
            playbook: b.playbook()?,
            warnings: Vec::new(),
            text: Cow::Borrowed(b.text),
            lang: None,
            english: None,
        })
    }

    /// Finds and reads the playbook `arg` names, as [`Catalog::open`] does, without
    /// checking it.
    pub fn source(&self, arg: Option<&str>) -> Result<(Origin, String), CatalogError> {
        let arg = arg.unwrap_or(builtin::DEFAULT_ID);
        if looks_like_path(arg) {
            let path = Path::new(arg);
            if !path.exists() {
                return Err(CatalogError::NotFound {
                    arg: arg.into(),
                    known: self.ids(),
                });
            }
            let text = read::read_limited(path)?;
            return Ok((Origin::File(path.to_path_buf()), text));
        }
        if let Some(found) = self.user().iter().find(|f| f.playbook.id == arg) {
            return Ok((found.origin.clone(), found.text.to_string()));
        }
        if let Some(b) = builtin::builtin(arg) {
            return Ok((Origin::Builtin(b.path), b.text.to_string()));
        }
        Err(CatalogError::NotFound {
            arg: arg.into(),
            known: self.ids(),
        })
    }

    /// Whether `id` is a built-in playbook.
    pub fn is_builtin(&self, id: &str) -> bool {
        builtin::builtin(id).is_some()
    }

    /// Every id that [`Catalog::open`] accepts, sorted.
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = BUILTINS.iter().map(|b| b.id.to_string()).collect();
        ids.extend(self.user().iter().map(|f| f.playbook.id.clone()));
        ids.sort();
        ids.dedup();
        ids
    }

    /// The listing: built-ins (marked when a user playbook replaces them), then user
    /// playbooks. Built-ins that fail to load (a build defect) are left out.
    pub fn entries(&self) -> Vec<Entry> {
        let mut out = Vec::new();
        for b in BUILTINS {
            let Some(playbook) = b
                .playbook()
                .or_else(|| load::load_str(b.text).ok().map(|l| l.playbook))
            else {
                continue;
            };
            let shadow = self.user().iter().find(|f| f.playbook.id == b.id);
            out.push(entry(
                &playbook,
                Origin::Builtin(b.path),
                shadow.and_then(|f| match &f.origin {
                    Origin::User(p) => Some(p.clone()),
                    _ => None,
                }),
                false,
            ));
        }
        for f in self.user() {
            let overrides = builtin::builtin(&f.playbook.id).is_some();
            out.push(entry(&f.playbook, f.origin.clone(), None, overrides));
        }
        out
    }
}

fn entry(pb: &Playbook, origin: Origin, shadowed_by: Option<PathBuf>, overrides: bool) -> Entry {
    Entry {
        id: pb.id.clone(),
        title: pb.title.clone(),
        version: pb.version.clone(),
        reviewed: pb.reviewed.clone(),
        format: crate::playbook::check::FORMAT_V1.to_string(),
        origin,
        shadowed_by,
        overrides_builtin: overrides,
    }
}

/// Whether a command-line argument names a file rather than an id.
fn looks_like_path(arg: &str) -> bool {
    let path = Path::new(arg);
    let yaml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    arg.contains(['/', '\\']) || yaml || (path.exists() && path.is_file())
}

/// Loads playbook text that came from `origin`.
pub fn load_text(origin: Origin, text: String) -> Result<Found, CatalogError> {
    match load::load_str(&text) {
        Ok(loaded) => Ok(Found {
            origin,
            playbook: loaded.playbook,
            warnings: loaded.warnings,
            text: Cow::Owned(text),
            lang: None,
            english: None,
        }),
        Err(diagnostics) => Err(CatalogError::Invalid {
            origin,
            text,
            diagnostics,
        }),
    }
}

/// Reads a playbook file named on the command line (at most 1 MiB), without loading it.
pub fn read_file(path: &Path) -> Result<String, CatalogError> {
    read::read_limited(path)
}
