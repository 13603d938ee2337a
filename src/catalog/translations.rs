//! Finding a playbook's translations: `<playbook-id>.<lang>.yaml` beside the playbook file,
//! in the user's playbook folder, or embedded with a built-in. Drills find theirs the same
//! way (`drills.rs`).

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::{Catalog, Found, Origin, read};
use crate::playbook::builtin;
use crate::playbook::translation::{self, Translation};

/// A translation file found for a playbook, not yet checked.
#[derive(Debug, Clone)]
pub struct FoundTranslation {
    /// Its language tag, as the file name gives it.
    pub lang: String,
    /// The name shown in messages (path, or repository path of a built-in).
    pub name: String,
    /// The file, when it is one on disk.
    pub path: Option<PathBuf>,
    /// Its text.
    pub text: Cow<'static, str>,
    /// For an embedded translation of a built-in: the strings the build checked and
    /// compiled, shown without parsing [`FoundTranslation::text`] again.
    pub builtin: Option<&'static builtin::BuiltinTranslation>,
}

impl FoundTranslation {
    /// Checks it against the playbook it translates.
    pub fn check(&self, found: &Found) -> Translation {
        translation::check(&found.playbook, &self.text, Some(&self.lang))
    }

    /// What to show of it: the compiled strings of an embedded translation (checked when
    /// the binary was built, against the same built-in playbook), else [`Self::check`].
    /// The counts and diagnostics are `validate`'s business and are left empty for an
    /// embedded one.
    pub fn to_show(&self, found: &Found) -> Translation {
        if let Some(strings) = self.builtin.and_then(builtin::BuiltinTranslation::strings) {
            return Translation {
                lang: self.lang.clone(),
                playbook: found.playbook.id.clone(),
                total: strings.len(),
                current: strings.len(),
                stale: 0,
                strings,
                diagnostics: Vec::new(),
            };
        }
        self.check(found)
    }
}

impl Catalog {
    /// Every translation of `found`, one per language, sorted by language. Files beside
    /// the playbook (and, for a built-in, in the user's playbook folder) come before the
    /// embedded ones of the same language.
    pub fn translations(&self, found: &Found) -> Vec<FoundTranslation> {
        let id = found.playbook.id.as_str();
        let embedded = builtin::translations(id).map(|b| FoundTranslation {
            lang: b.lang.to_string(),
            name: format!("{} (built in)", b.path),
            path: None,
            text: Cow::Borrowed(b.text),
            builtin: Some(b),
        });
        gather(id, &found.origin, self.user_dir.as_deref(), embedded)
    }

    /// The translation of `found` into `lang` (exact tag first, then the same language
    /// with any region: `zh-CN` finds `zh`, `zh` finds `zh-CN`).
    pub fn translation(&self, found: &Found, lang: &str) -> Option<FoundTranslation> {
        pick(&self.translations(found), lang)
    }
}

/// The translations of the playbook or drill `id` that came from `origin`, one per language
/// (the first found wins), sorted by language: files beside its file, named after the file
/// or the id; for a built-in, files in `user_dir` and then the `embedded` ones.
pub(super) fn gather(
    id: &str,
    origin: &Origin,
    user_dir: Option<&Path>,
    embedded: impl Iterator<Item = FoundTranslation>,
) -> Vec<FoundTranslation> {
    let (dir, stems) = match origin {
        Origin::File(path) | Origin::User(path) => {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or(id)
                .to_string();
            let dir = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
            (Some(dir), vec![stem, id.to_string()])
        }
        Origin::Builtin(_) => (user_dir.map(Path::to_path_buf), vec![id.to_string()]),
    };
    let mut found = dir.map(|d| on_disk(&d, &stems)).unwrap_or_default();
    if matches!(origin, Origin::Builtin(_)) {
        found.extend(embedded);
    }
    let mut out: Vec<FoundTranslation> = Vec::new();
    for t in found {
        if !out.iter().any(|o| o.lang.eq_ignore_ascii_case(&t.lang)) {
            out.push(t);
        }
    }
    out.sort_by(|a, b| a.lang.cmp(&b.lang));
    out
}

/// The translation into `lang` among `all`: exact tag first, then the same language with
/// any region.
pub(super) fn pick(all: &[FoundTranslation], lang: &str) -> Option<FoundTranslation> {
    let primary = |t: &str| t.split('-').next().unwrap_or(t).to_ascii_lowercase();
    all.iter()
        .find(|t| t.lang.eq_ignore_ascii_case(lang))
        .or_else(|| all.iter().find(|t| primary(&t.lang) == primary(lang)))
        .cloned()
}

/// The translation files in `dir` whose playbook (or drill) part is one of `stems`.
pub(super) fn on_disk(dir: &Path, stems: &[String]) -> Vec<FoundTranslation> {
    let Ok(entries) = std::fs::read_dir(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            let (stem, lang) = translation::parse_file_name(name)?;
            if !stems.iter().any(|s| s == stem) {
                return None;
            }
            let lang = lang.to_string();
            let text = read::read_limited(&p).ok()?;
            Some(FoundTranslation {
                lang,
                name: crate::sanitize::visible_path(&p),
                path: Some(if dir.as_os_str().is_empty() {
                    PathBuf::from(name)
                } else {
                    p.clone()
                }),
                text: Cow::Owned(text),
                builtin: None,
            })
        })
        .collect()
}
