//! The interface's own words (keys, footer, help, headings, messages, plain mode, reports,
//! drills) in the chosen language, through Fluent (`fluent-bundle`): one `.ftl` file per
//! area and language under `src/i18n/<lang>/`, embedded at build time. English is the
//! source and the fallback for any message a translation lacks.
//!
//! Code asks for text with [`tr!`](crate::tr): `tr!("footer-quit")`,
//! `tr!("steps-done", done = 2, total = 5)`. The language is per thread, starting from the
//! process default that [`set_language`] sets, so tests can render two languages at once.

mod files;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::RwLock;

pub use fluent_bundle::{FluentArgs, FluentValue};
use fluent_bundle::{FluentBundle, FluentResource};

pub use files::LANGUAGES;

/// The process-wide interface language, set once by `main`.
static DEFAULT: RwLock<&'static str> = RwLock::new("en");

thread_local! {
    /// This thread's interface language; `None` follows [`DEFAULT`].
    static CURRENT: RefCell<Option<&'static str>> = const { RefCell::new(None) };
    /// Bundles built on this thread, by language.
    static BUNDLES: RefCell<HashMap<&'static str, Rc<FluentBundle<FluentResource>>>> =
        RefCell::new(HashMap::new());
}

/// The interface language that serves `tag`: the same tag, else the same language (`zh` and
/// `zh-Hans-CN` find `zh-CN`), else English.
pub fn resolve(tag: &str) -> &'static str {
    let exact = LANGUAGES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .map(|(t, _)| *t);
    let primary = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
    exact
        .or_else(|| {
            LANGUAGES
                .iter()
                .find(|(t, _)| primary(t) == primary(tag))
                .map(|(t, _)| *t)
        })
        .unwrap_or("en")
}

/// Sets the interface language for the whole process (and this thread).
pub fn set_language(tag: &str) {
    let lang = resolve(tag);
    if let Ok(mut d) = DEFAULT.write() {
        *d = lang;
    }
    CURRENT.with(|c| *c.borrow_mut() = None);
}

/// Runs `f` with this thread's interface language set to `tag`, then restores it: a report
/// in another language than the screen, or a test.
pub fn with_language<R>(tag: &str, f: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(|c| c.replace(Some(resolve(tag))));
    let out = f();
    CURRENT.with(|c| *c.borrow_mut() = before);
    out
}

/// The interface language in use on this thread (`en`, `zh-CN`).
pub fn language() -> &'static str {
    CURRENT
        .with(|c| *c.borrow())
        .unwrap_or_else(|| DEFAULT.read().map_or("en", |d| *d))
}

/// The tags of every interface language, English first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(t, _)| *t)
}

/// The Fluent files of `lang` (name, text); empty for a language we do not have.
pub fn files(lang: &str) -> &'static [(&'static str, &'static str)] {
    LANGUAGES
        .iter()
        .find(|(t, _)| *t == lang)
        .map_or(&[], |(_, f)| *f)
}

fn bundle(lang: &'static str) -> Rc<FluentBundle<FluentResource>> {
    BUNDLES.with(|b| {
        Rc::clone(
            b.borrow_mut()
                .entry(lang)
                .or_insert_with(|| Rc::new(build(lang))),
        )
    })
}

/// A bundle of every file of `lang`. Parse errors and duplicate ids are caught by the tests
/// (`tests/integration/interface_text.rs`); here a bad entry is skipped, never fatal.
fn build(lang: &'static str) -> FluentBundle<FluentResource> {
    let id = lang
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![id]);
    // Terminals show Unicode isolation marks as stray characters.
    bundle.set_use_isolating(false);
    for (_, text) in files(lang) {
        let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(res, _)| res);
        bundle.add_resource_overriding(res);
    }
    bundle
}

fn format(lang: &'static str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The message `id` in this thread's language, else in English, else the id itself (the
/// tests make sure every id the code uses exists in English).
pub fn text(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let lang = language();
    format(lang, id, args)
        .or_else(|| format("en", id, args))
        .unwrap_or_else(|| id.to_string())
}

/// The message `id` in English, whatever this thread's language: text for Microsoft
/// Support next to its translation.
pub fn english(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    format("en", id, args).unwrap_or_else(|| id.to_string())
}

/// The interface text `id` in this thread's language: `tr!("id")`, or with Fluent
/// variables, `tr!("id", count = 3, name = "x")`. Values are anything Fluent takes: text
/// and numbers.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_resolve_by_tag_then_by_language_then_english() {
        assert_eq!(resolve("zh-CN"), "zh-CN");
        assert_eq!(resolve("zh-cn"), "zh-CN");
        assert_eq!(resolve("zh"), "zh-CN");
        assert_eq!(resolve("de-DE"), "en");
        assert_eq!(resolve("en-GB"), "en");
    }

    #[test]
    fn a_thread_can_speak_another_language_than_the_process() {
        let en = with_language("en", || text("lang-name", None));
        let zh = with_language("zh-CN", || text("lang-name", None));
        assert_eq!(en, "English");
        assert_eq!(zh, "简体中文");
        assert_eq!(
            with_language("zh-CN", || english("lang-name", None)),
            "English"
        );
    }

    #[test]
    fn variables_fill_in_and_missing_ids_fall_back() {
        let s = with_language("zh-CN", || {
            crate::tr!(
                "cli-coverage",
                lang = "zh-CN",
                done = 3,
                total = 4,
                stale = 0
            )
        });
        assert!(s.contains("3/4") && s.contains("条"), "{s}");
        assert!(!s.contains('\u{2068}'), "no isolation marks: {s:?}");
        assert_eq!(text("no-such-message-id", None), "no-such-message-id");
    }
}
