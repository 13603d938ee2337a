//! Drills in the catalog: the built-in ones and the user's own in `<config dir>/drills/`.
//! Tabletop drills are checked against the catalog's playbooks. A user drill with a
//! built-in's id wins; a broken one is reported and skipped. A drill's translations
//! (`<drill-id>.<lang>.yaml`) are found like a playbook's: beside the drill file, in the
//! user's drill folder for a built-in, or embedded with a built-in.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use std::borrow::Cow;

use super::translations::{gather, pick};
use super::{Catalog, CatalogError, FoundTranslation, Origin, Skipped, read};
use crate::drill::builtin::BUILTIN_DRILLS;
use crate::drill::{self, Drill};
use crate::playbook::{CheckOptions, Diagnostic, Playbook};

/// Where user drills live inside a config directory.
pub fn drill_dir(config: &Path) -> PathBuf {
    config.join("drills")
}

/// A drill ready to run.
#[derive(Debug)]
pub struct FoundDrill {
    /// Where it came from.
    pub origin: Origin,
    /// The checked drill.
    pub drill: Drill,
    /// Warnings from the checker.
    pub warnings: Vec<Diagnostic>,
    /// The text it was loaded from.
    pub text: String,
}

impl FoundTranslation {
    /// Checks it against the drill it translates.
    pub fn check_drill(&self, found: &FoundDrill) -> crate::playbook::translation::Translation {
        crate::drill::translation::check(&found.drill, &self.text, Some(&self.lang))
    }
}

impl Catalog {
    /// Every translation of the drill `found`, one per language, sorted by language. Files
    /// beside the drill (and, for a built-in, in the user's drill folder) come before the
    /// embedded ones of the same language.
    pub fn drill_translations(&self, found: &FoundDrill) -> Vec<FoundTranslation> {
        let id = found.drill.id.as_str();
        let embedded = crate::drill::builtin::translations(id).map(|b| FoundTranslation {
            lang: b.lang.to_string(),
            name: format!("{} (built in)", b.path),
            path: None,
            text: Cow::Borrowed(b.text),
            builtin: None,
        });
        gather(id, &found.origin, self.drill_dir.as_deref(), embedded)
    }

    /// The translation of the drill `found` into `lang` (exact tag first, then the same
    /// language with any region).
    pub fn drill_translation(&self, found: &FoundDrill, lang: &str) -> Option<FoundTranslation> {
        pick(&self.drill_translations(found), lang)
    }

    /// Also reads the user's drills from `dir` (normally [`drill_dir`]).
    #[must_use]
    pub fn with_drill_dir(mut self, dir: Option<&Path>) -> Self {
        self.drill_dir = dir.map(Path::to_path_buf);
        self
    }

    /// The playbook a tabletop drill names, by id: a user playbook (already loaded) first,
    /// then a built-in.
    pub fn playbook_for_drill(&self, id: &str) -> Option<Playbook> {
        if let Some(f) = self.user().iter().find(|f| f.playbook.id == id) {
            return Some(f.playbook.clone());
        }
        crate::drill::builtin_playbooks(id)
    }

    /// Loads drill text from `origin`, checking tabletop drills against this catalog.
    pub fn load_drill(
        &self,
        origin: Origin,
        text: String,
        options: &CheckOptions,
    ) -> Result<FoundDrill, CatalogError> {
        load_drill_with(origin, text, options, &|id| self.playbook_for_drill(id))
    }

    /// Every drill source: user files first (name order), then built-ins.
    pub fn drill_sources(&self) -> Vec<Result<(Origin, String), CatalogError>> {
        let mut out = Vec::new();
        if let Some(dir) = &self.drill_dir {
            for p in super::yaml_files(dir) {
                out.push(read::read_limited(&p).map(|t| (Origin::User(p.clone()), t)));
            }
        }
        for b in BUILTIN_DRILLS {
            out.push(Ok((Origin::Builtin(b.path), b.text.to_string())));
        }
        out
    }

    /// Every drill that loads (a user drill replaces a built-in with its id), and the
    /// files skipped with why.
    pub fn drills(&self) -> (Vec<FoundDrill>, Vec<Skipped>) {
        let mut found: Vec<FoundDrill> = Vec::new();
        let mut skipped = Vec::new();
        // Several drills walk the same playbook: load each playbook once.
        let cache: RefCell<HashMap<String, Option<Playbook>>> = RefCell::default();
        let resolve = |id: &str| {
            cache
                .borrow_mut()
                .entry(id.to_string())
                .or_insert_with(|| self.playbook_for_drill(id))
                .clone()
        };
        for source in self.drill_sources() {
            let loaded = source.and_then(|(origin, text)| {
                load_drill_with(origin, text, &CheckOptions::default(), &resolve)
            });
            match loaded {
                Ok(f) if found.iter().any(|o| o.drill.id == f.drill.id) => {
                    if let Origin::User(path) = f.origin {
                        skipped.push(Skipped {
                            path,
                            reason: crate::tr!(
                                "drill-skipped-duplicate",
                                drill = f.drill.id.as_str()
                            ),
                        });
                    }
                }
                Ok(f) => found.push(f),
                Err(e) => {
                    let (path, reason) = match &e {
                        CatalogError::Invalid {
                            origin: Origin::User(p),
                            diagnostics,
                            ..
                        } => (
                            p.clone(),
                            crate::tr!(
                                "drill-skipped-errors",
                                count = diagnostics
                                    .iter()
                                    .filter(|d| d.severity == crate::playbook::Severity::Error)
                                    .count()
                            ),
                        ),
                        CatalogError::Io { path, .. } | CatalogError::NotText { path } => {
                            (path.clone(), e.to_string())
                        }
                        _ => continue,
                    };
                    skipped.push(Skipped { path, reason });
                }
            }
        }
        (found, skipped)
    }

    /// Opens a drill by id, or from a YAML file path.
    pub fn open_drill(
        &self,
        arg: &str,
        options: &CheckOptions,
    ) -> Result<FoundDrill, CatalogError> {
        if super::looks_like_path(arg) {
            let path = Path::new(arg);
            if !path.exists() {
                return Err(CatalogError::NoDrill {
                    arg: arg.into(),
                    known: self.drill_ids(),
                });
            }
            let text = read::read_limited(path)?;
            return self.load_drill(Origin::File(path.to_path_buf()), text, options);
        }
        if let Some((origin, text)) = self.drill_source(arg) {
            return self.load_drill(origin, text, options);
        }
        Err(CatalogError::NoDrill {
            arg: arg.into(),
            known: self.drill_ids(),
        })
    }

    /// The text of the drill whose file declares id `id` (user drills first), broken or
    /// not, without loading it.
    pub fn drill_source(&self, id: &str) -> Option<(Origin, String)> {
        self.drill_sources()
            .into_iter()
            .filter_map(Result::ok)
            .find(|(_, text)| declared_id(text).as_deref() == Some(id))
    }

    /// The ids of every drill that loads, sorted.
    pub fn drill_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.drills().0.into_iter().map(|f| f.drill.id).collect();
        ids.sort();
        ids
    }
}

/// The `id:` a drill file declares at its top level, read without loading it (so a broken
/// file can still be named, and its problems shown).
fn declared_id(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix("id:"))
        .map(|v| v.trim().trim_matches(['"', '\'']).to_string())
}

/// Like [`Catalog::load_drill`], finding playbooks with `resolve`.
fn load_drill_with(
    origin: Origin,
    text: String,
    options: &CheckOptions,
    resolve: drill::Resolve<'_>,
) -> Result<FoundDrill, CatalogError> {
    match drill::load_str(&text, resolve, options) {
        Ok(l) => Ok(FoundDrill {
            origin,
            drill: l.drill,
            warnings: l.warnings,
            text,
        }),
        Err(diagnostics) => Err(CatalogError::Invalid {
            origin,
            text,
            diagnostics,
        }),
    }
}
