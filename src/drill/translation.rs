//! Translations of a drill's text (`<drill-id>.<lang>.yaml` beside the drill): the stable
//! string ids of a drill, and the step that puts translated text into it. The file format,
//! hashing, checks and skeleton are the playbook translations' own
//! (`crate::playbook::translation`), with `drill: <id>` in the header.
//!
//! Pure: the build script compiles this file into itself to check the built-in drills'
//! translations, so it refers to `crate::playbook` and its sibling `tree` only.

use super::tree::{Drill, DrillKind};
use crate::playbook::translation::{self, Subject, Translation};

/// Every translatable string of a drill, `(id, English text)`, in file order: `title`,
/// `description`, `scenario`, `inject.<n>.message` (1-based), `task.<id>.title`, `.how`,
/// `.pass`, `.fix`.
pub fn strings(drill: &Drill) -> Vec<(String, String)> {
    let mut copy = drill.clone();
    let mut out = Vec::new();
    visit(&mut copy, &mut |id, text| {
        out.push((id.to_string(), text.clone()));
    });
    out
}

/// The drill as a translation subject.
pub fn subject(drill: &Drill) -> Subject<'_> {
    Subject {
        kind: "drill",
        id: &drill.id,
        strings: strings(drill),
    }
}

/// Checks translation text against the drill it translates (see
/// [`translation::check`]).
pub fn check(drill: &Drill, text: &str, expected_lang: Option<&str>) -> Translation {
    translation::check_subject(&subject(drill), text, expected_lang)
}

/// A translation file for `drill` in `lang`, or the existing one brought up to date (see
/// [`translation::skeleton`]).
pub fn skeleton(drill: &Drill, lang: &str, existing: Option<&str>) -> String {
    translation::skeleton_subject(&subject(drill), lang, existing)
}

/// Puts the translated strings into `drill`. Ids, triggers, the expected path and the
/// drill's hash stay as they are, so runs and scores mean the same in every language.
pub fn apply(drill: &mut Drill, t: &Translation) {
    visit(drill, &mut |id, text| {
        if let Some(s) = t.strings.get(id) {
            text.clone_from(s);
        }
    });
}

/// Calls `f` with the id and text of every translatable string, in file order.
fn visit(drill: &mut Drill, f: &mut dyn FnMut(&str, &mut String)) {
    f("title", &mut drill.title);
    if let Some(d) = &mut drill.description {
        f("description", d);
    }
    match &mut drill.kind {
        DrillKind::Tabletop(t) => {
            f("scenario", &mut t.scenario);
            for (n, inject) in t.injects.iter_mut().enumerate() {
                f(&format!("inject.{}.message", n + 1), &mut inject.message);
            }
        }
        DrillKind::Validation(v) => {
            for task in &mut v.tasks {
                let p = format!("task.{}", task.id);
                f(&format!("{p}.title"), &mut task.title);
                if let Some(how) = &mut task.how {
                    f(&format!("{p}.how"), how);
                }
                f(&format!("{p}.pass"), &mut task.pass);
                if let Some(fix) = &mut task.fix {
                    f(&format!("{p}.fix"), fix);
                }
            }
        }
    }
}
