//! Translations of a playbook's text (`<playbook-id>.<lang>.yaml`): the stable string ids,
//! the file format, its checker and the step that puts translated text into a playbook.
//!
//! The format, the hashing, the checks and the skeleton work on any list of `(id,
//! English)` strings ([`Subject`]): drills use them too (`crate::drill::translation`).
//!
//! Pure, like the rest of `playbook`: text in, a checked translation or diagnostics out.
//! The format is documented in `docs/translation-format.md`.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::Deserialize;

use super::diagnostic::{Diagnostic, Severity};
use super::model::{OrderedMap, Text};
use super::tree::{NodeBody, Playbook};
use super::yaml::{self, MAX_INPUT_BYTES};

/// The format marker of a translation file.
pub const FORMAT: &str = "breakglass-translation/1";

/// A translation file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    format: Text,
    /// The playbook it translates (a playbook's translation).
    #[serde(default)]
    playbook: Option<Text>,
    /// The drill it translates (a drill's translation).
    #[serde(default)]
    drill: Option<Text>,
    lang: Text,
    #[serde(default)]
    reviewed: Option<Text>,
    #[serde(default, rename = "for")]
    audience: Option<Text>,
    #[serde(default)]
    strings: OrderedMap<EntryDef>,
}

/// One translated string as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryDef {
    /// The English text it was translated from (for the translator; not checked).
    #[serde(default)]
    en: Option<Text>,
    /// The short hash of that English text.
    #[serde(default)]
    source: Option<Text>,
    /// The translation; empty or absent means not translated yet.
    #[serde(default)]
    text: Option<Text>,
}

/// A checked translation: what to show, and what the checker found.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The language tag (`zh-CN`).
    pub lang: String,
    /// The id of the playbook (or drill) it translates.
    pub playbook: String,
    /// Translated text by string id (stale and missing strings are left out: English is
    /// shown for them).
    pub strings: HashMap<String, String>,
    /// How many strings the playbook has.
    pub total: usize,
    /// How many are translated and current.
    pub current: usize,
    /// How many are translated from an older English text.
    pub stale: usize,
    /// Errors and warnings, at the translation file's lines.
    pub diagnostics: Vec<Diagnostic>,
}

impl Translation {
    /// Whether the file has errors (then it is not used).
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// The coverage line `validate` prints: `zh-CN: 812/812 strings, 0 stale`.
    pub fn coverage(&self) -> String {
        format!(
            "{}: {}/{} strings, {} stale",
            self.lang,
            self.current + self.stale,
            self.total,
            self.stale
        )
    }
}

/// The short hash of an English text: the first 8 hex digits of its FNV-1a hash.
pub fn source_hash(text: &str) -> String {
    let mut full = super::load::content_hash(text);
    full.truncate(8);
    full
}

/// What a translation file translates: a playbook or a drill, by id, with every string
/// it has as `(id, English)` in file order.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    /// `playbook` or `drill`: the header key naming it, and the word in messages.
    pub kind: &'static str,
    /// Its id.
    pub id: &'a str,
    /// Its translatable strings, `(id, English text)`, in file order.
    pub strings: Vec<(String, String)>,
}

impl<'a> Subject<'a> {
    /// A playbook's strings.
    pub fn playbook(playbook: &'a Playbook) -> Self {
        Self {
            kind: "playbook",
            id: &playbook.id,
            strings: strings(playbook),
        }
    }
}

/// Whether a file name (`entra-mfa-lockout.zh-CN.yaml`) names a translation, and then the
/// playbook id and language it carries.
pub fn parse_file_name(name: &str) -> Option<(&str, &str)> {
    let stem = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))?;
    let (id, lang) = stem.rsplit_once('.')?;
    (!id.is_empty() && is_lang_tag(lang)).then_some((id, lang))
}

/// Whether `tag` looks like a language tag: 2 or 3 letters, then `-` parts of 2 to 8
/// letters or digits (`zh`, `zh-CN`, `zh-Hans-CN`).
pub fn is_lang_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Every translatable string of a playbook, `(id, English text)`, in file order.
pub fn strings(playbook: &Playbook) -> Vec<(String, String)> {
    let mut copy = playbook.clone();
    let mut out = Vec::new();
    visit(&mut copy, &mut |id, text| {
        out.push((id.to_string(), text.clone()));
    });
    out
}

/// Puts the translated strings into `playbook`. Ids, options, routes and the playbook's
/// hash stay as they are, so path codes and answers mean the same in every language.
pub fn apply(playbook: &mut Playbook, translation: &Translation) {
    let english = playbook.clone();
    visit(playbook, &mut |id, text| {
        if let Some(t) = translation.strings.get(id) {
            text.clone_from(t);
        }
    });
    playbook.english_facts = Some(english.facts.clone());
    playbook.lang = Some(translation.lang.clone());
    // A `short` the file did not set is the label: it follows the translated label.
    for (node, en) in playbook.nodes.iter_mut().zip(&english.nodes) {
        if let (NodeBody::Outcome(o), NodeBody::Outcome(e)) = (&mut node.body, &en.body) {
            for (step, e) in o.steps.iter_mut().zip(&e.steps) {
                if step.say != e.say {
                    step.say_english.clone_from(&e.say);
                }
            }
        }
        let options = match &mut node.body {
            NodeBody::Question(q) => &mut q.options,
            NodeBody::Outcome(o) => &mut o.options,
            NodeBody::Info(_) => continue,
        };
        for o in options {
            if o.short.is_empty() {
                o.short.clone_from(&o.label);
            }
        }
    }
}

/// Calls `f` with the id and text of every translatable string, in file order.
fn visit(pb: &mut Playbook, f: &mut dyn FnMut(&str, &mut String)) {
    let opt = |f: &mut dyn FnMut(&str, &mut String), id: String, v: &mut Option<String>| {
        if let Some(t) = v {
            f(&id, t);
        }
    };
    f("title", &mut pb.title);
    opt(f, "description".into(), &mut pb.description);
    for fact in &mut pb.facts {
        let p = format!("fact.{}", fact.id);
        opt(f, format!("{p}.title"), &mut fact.title);
        for (v, phrase) in &mut fact.values {
            f(&format!("{p}.value.{v}"), phrase);
        }
        opt(f, format!("{p}.unknown"), &mut fact.unknown);
    }
    for node in &mut pb.nodes {
        let p = format!("node.{}", node.id);
        let options = match &mut node.body {
            NodeBody::Question(q) => {
                f(&format!("{p}.question"), &mut q.text);
                opt(f, format!("{p}.help"), &mut q.help);
                opt(f, format!("{p}.say"), &mut q.say);
                &mut q.options
            }
            NodeBody::Info(i) => {
                f(&format!("{p}.info"), &mut i.title);
                opt(f, format!("{p}.text"), &mut i.text);
                opt(f, format!("{p}.help"), &mut i.help);
                continue;
            }
            NodeBody::Outcome(o) => {
                f(&format!("{p}.outcome"), &mut o.title);
                opt(f, format!("{p}.who"), &mut o.who);
                opt(f, format!("{p}.summary"), &mut o.summary);
                for (n, step) in o.steps.iter_mut().enumerate() {
                    let s = format!("{p}.step.{}", n + 1);
                    f(&format!("{s}.text"), &mut step.text);
                    opt(f, format!("{s}.detail"), &mut step.detail);
                    opt(f, format!("{s}.say"), &mut step.say);
                    opt(f, format!("{s}.caution"), &mut step.caution);
                }
                for (n, item) in o.prepare.iter_mut().enumerate() {
                    f(&format!("{p}.prepare.{}", n + 1), item);
                }
                opt(f, format!("{p}.expect"), &mut o.expect);
                opt(f, format!("{p}.then"), &mut o.then);
                &mut o.options
            }
        };
        for o in options {
            let q = format!("{p}.option.{}", o.id);
            let short_is_label = o.short == o.label;
            f(&format!("{q}.label"), &mut o.label);
            if short_is_label {
                // Not a string of its own: `apply` copies the translated label.
                o.short.clear();
            } else {
                f(&format!("{q}.short"), &mut o.short);
            }
            opt(f, format!("{q}.report"), &mut o.report);
            opt(f, format!("{q}.say"), &mut o.say);
        }
    }
    for list in &mut pb.checklists {
        let p = format!("checklist.{}", list.id);
        f(&format!("{p}.title"), &mut list.title);
        for item in &mut list.items {
            let q = format!("{p}.item.{}", item.id);
            f(&format!("{q}.text"), &mut item.text);
            opt(f, format!("{q}.why"), &mut item.why);
        }
    }
}

/// Checks translation text against the playbook it translates.
///
/// Unknown ids, a wrong `format`, `playbook` or `lang` are errors at the file's line and
/// column; missing and stale strings are warnings. `expected_lang` is the language the file
/// name gives, if any.
pub fn check(playbook: &Playbook, text: &str, expected_lang: Option<&str>) -> Translation {
    check_subject(&Subject::playbook(playbook), text, expected_lang)
}

/// Checks translation text against what it translates (a playbook or a drill): the
/// checks of [`check`], whatever the subject.
pub fn check_subject(
    subject: &Subject<'_>,
    text: &str,
    expected_lang: Option<&str>,
) -> Translation {
    let english = &subject.strings;
    let mut t = Translation {
        lang: expected_lang.unwrap_or("?").to_string(),
        playbook: subject.id.to_string(),
        strings: HashMap::new(),
        total: english.len(),
        current: 0,
        stale: 0,
        diagnostics: Vec::new(),
    };
    let file = if text.len() > MAX_INPUT_BYTES {
        Err(super::load::too_large(text.len()))
    } else {
        yaml::from_str::<TranslationFile>(text).map_err(|e| {
            Diagnostic::error("translation::yaml", e.message, e.pos)
                .help("see docs/translation-format.md")
        })
    };
    let file = match file {
        Ok(file) => file,
        Err(d) => {
            t.diagnostics.push(d);
            return t;
        }
    };
    header(&file, subject, expected_lang, &mut t.diagnostics);
    let d = &mut t.diagnostics;
    t.lang.clone_from(&file.lang.value);
    let _ = (&file.reviewed, &file.audience);
    let by_id: HashMap<&str, &str> = english
        .iter()
        .map(|(id, en)| (id.as_str(), en.as_str()))
        .collect();
    for (key, entry) in file.strings.iter() {
        let Some(en) = by_id.get(key.value.as_str()) else {
            d.push(
                Diagnostic::error(
                    "translation::unknown-id",
                    format!("the {} has no string `{}`", subject.kind, key.value),
                    Some(key.pos),
                )
                .help("`breakglass translate` lists every id; remove this entry or fix its id"),
            );
            continue;
        };
        let Some(text) = entry.text.as_ref().filter(|x| !x.value.trim().is_empty()) else {
            continue;
        };
        let want = source_hash(en);
        match &entry.source {
            Some(s) if s.value == want => {
                t.current += 1;
                t.strings.insert(key.value.clone(), text.value.clone());
            }
            other => {
                t.stale += 1;
                let was = entry
                    .en
                    .as_ref()
                    .map(|e| format!("\n  it was translated from: {:?}", e.value))
                    .unwrap_or_default();
                d.push(
                    Diagnostic::warning(
                        "translation::stale",
                        format!(
                            "`{}` is stale: the English is now {:?}{was}\n  translation: {:?}",
                            key.value, en, text.value
                        ),
                        Some(other.as_ref().map_or(key.pos, |s| s.pos)),
                    )
                    .help(format!(
                        "update the translation, then set `source: {want}` (English is shown until then)"
                    )),
                );
            }
        }
    }
    for (id, en) in english {
        let translated = file
            .strings
            .get(id)
            .and_then(|e| e.text.as_ref())
            .is_some_and(|x| !x.value.trim().is_empty());
        if !translated {
            d.push(Diagnostic::warning(
                "translation::missing",
                format!("`{id}` is not translated; English is shown: {en:?}"),
                None,
            ));
        }
    }
    t.diagnostics
        .sort_by_key(|x| (x.severity, x.pos.map_or(u64::MAX, |p| p.line)));
    t
}

/// The errors in a translation file's header: format, playbook id, language.
fn header(
    file: &TranslationFile,
    subject: &Subject<'_>,
    expected_lang: Option<&str>,
    d: &mut Vec<Diagnostic>,
) {
    if file.format.value != FORMAT {
        d.push(
            Diagnostic::error(
                "translation::format",
                format!("unknown format `{}`", file.format.value),
                Some(file.format.pos),
            )
            .help(format!("write `format: {FORMAT}`")),
        );
    }
    let (named, other) = if subject.kind == "drill" {
        (&file.drill, &file.playbook)
    } else {
        (&file.playbook, &file.drill)
    };
    let code = if subject.kind == "drill" {
        "translation::drill"
    } else {
        "translation::playbook"
    };
    match named {
        Some(n) if n.value != subject.id => d.push(Diagnostic::error(
            code,
            format!("this file translates `{}`, not `{}`", n.value, subject.id),
            Some(n.pos),
        )),
        Some(_) => {}
        None => d.push(
            Diagnostic::error(
                code,
                format!("the file does not say which {} it translates", subject.kind),
                other.as_ref().map(|o| o.pos).or(Some(file.format.pos)),
            )
            .help(format!("write `{}: {}`", subject.kind, subject.id)),
        ),
    }
    if let (Some(o), Some(_)) = (other, named) {
        d.push(Diagnostic::error(
            code,
            format!(
                "a {}'s translation names only the {} it translates",
                subject.kind, subject.kind
            ),
            Some(o.pos),
        ));
    }
    if !is_lang_tag(&file.lang.value) {
        d.push(Diagnostic::error(
            "translation::lang",
            format!("`{}` is not a language tag such as zh-CN", file.lang.value),
            Some(file.lang.pos),
        ));
    } else if expected_lang.is_some_and(|l| !l.eq_ignore_ascii_case(&file.lang.value)) {
        d.push(Diagnostic::error(
            "translation::lang",
            format!(
                "the file name says `{}` but the file says `{}`",
                expected_lang.unwrap_or_default(),
                file.lang.value
            ),
            Some(file.lang.pos),
        ));
    }
}

/// A translation file for `playbook` in `lang`: every string of the playbook, with the
/// English text and its hash. Entries of `existing` (the file as it is) are kept: current
/// ones as they are, stale ones marked with a comment, unknown ids at the end; new strings
/// are added with an empty `text`.
pub fn skeleton(playbook: &Playbook, lang: &str, existing: Option<&str>) -> String {
    skeleton_subject(&Subject::playbook(playbook), lang, existing)
}

/// [`skeleton`] for any subject (a playbook or a drill).
pub fn skeleton_subject(subject: &Subject<'_>, lang: &str, existing: Option<&str>) -> String {
    let old: Option<TranslationFile> =
        existing.and_then(|text| yaml::from_str::<TranslationFile>(text).ok());
    let mut out = String::new();
    let _ = writeln!(out, "format: {FORMAT}");
    let _ = writeln!(out, "{}: {}", subject.kind, subject.id);
    let _ = writeln!(out, "lang: {}", quote(lang));
    if let Some(r) = old.as_ref().and_then(|o| o.reviewed.as_ref()) {
        let _ = writeln!(out, "reviewed: {}", quote(&r.value));
    }
    if let Some(a) = old.as_ref().and_then(|o| o.audience.as_ref()) {
        let _ = writeln!(out, "for: {}", quote(&a.value));
    }
    out.push_str("strings:\n");
    let english = &subject.strings;
    for (id, en) in english {
        let hash = source_hash(en);
        let prior = old.as_ref().and_then(|o| o.strings.get(id));
        let text = prior
            .and_then(|p| p.text.as_ref())
            .map(|t| t.value.clone())
            .unwrap_or_default();
        let prior_source = prior
            .and_then(|p| p.source.as_ref())
            .map(|s| s.value.clone());
        let _ = writeln!(out, "  {id}:");
        match prior_source {
            Some(s) if s != hash && !text.trim().is_empty() => {
                let _ = writeln!(
                    out,
                    "    # STALE: the English changed. Update `text`, then set `source: {hash}`."
                );
                if let Some(was) = prior.and_then(|p| p.en.as_ref()) {
                    let _ = writeln!(out, "    # It was: {}", one_line(&was.value));
                }
                let _ = writeln!(out, "    en: {}", quote(en));
                let _ = writeln!(out, "    source: {s}");
            }
            _ => {
                let _ = writeln!(out, "    en: {}", quote(en));
                let _ = writeln!(out, "    source: {hash}");
            }
        }
        let _ = writeln!(out, "    text: {}", quote(&text));
    }
    if let Some(o) = &old {
        let known: Vec<&str> = english.iter().map(|(id, _)| id.as_str()).collect();
        for (key, e) in o.strings.iter() {
            if known.contains(&key.value.as_str()) {
                continue;
            }
            let _ = writeln!(
                out,
                "  # UNKNOWN: the {} has no such string; kept so nothing is lost.",
                subject.kind
            );
            let _ = writeln!(out, "  {}:", quote(&key.value));
            if let Some(en) = &e.en {
                let _ = writeln!(out, "    en: {}", quote(&en.value));
            }
            if let Some(s) = &e.source {
                let _ = writeln!(out, "    source: {}", quote(&s.value));
            }
            if let Some(t) = &e.text {
                let _ = writeln!(out, "    text: {}", quote(&t.value));
            }
        }
    }
    out
}

/// A YAML double-quoted scalar (JSON string syntax is valid YAML).
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text on one line, for a comment.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PB: &str = "format: breakglass/v1\nid: t\ntitle: T\nversion: '1'\nreviewed: 2026-01-01\nstart: q\nnodes:\n  q:\n    question: Ask?\n    options:\n      - id: a\n        label: Yes\n        next: done\n      - id: b\n        label: No\n        short: nope\n        next: done\n  done:\n    outcome: Done\n    kind: self-service\n    steps:\n      - text: Do it\n";

    fn pb() -> Playbook {
        super::super::load::load_str(PB)
            .map(|l| l.playbook)
            .unwrap()
    }

    #[test]
    fn ids_are_stable_and_short_follows_label() {
        let ids: Vec<String> = strings(&pb()).into_iter().map(|(i, _)| i).collect();
        assert!(ids.contains(&"node.q.option.a.label".to_string()));
        assert!(!ids.contains(&"node.q.option.a.short".to_string()));
        assert!(ids.contains(&"node.q.option.b.short".to_string()));
        assert!(ids.contains(&"node.done.step.1.text".to_string()));
    }

    #[test]
    fn skeleton_round_trips_and_applies() {
        let p = pb();
        let sk = skeleton(&p, "zh-CN", None).replace("text: \"\"", "text: \"译\"");
        let t = check(&p, &sk, Some("zh-CN"));
        assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
        assert_eq!(
            t.coverage(),
            format!("zh-CN: {0}/{0} strings, 0 stale", t.total)
        );
        let mut q = p.clone();
        apply(&mut q, &t);
        assert_eq!(q.title, "译");
        assert_eq!(q.hash, p.hash);
        let opt = &q.node(q.start()).choices()[0];
        assert_eq!(opt.short, "译");
    }

    #[test]
    fn stale_unknown_and_missing_are_reported() {
        let p = pb();
        let sk = skeleton(&p, "zh-CN", None)
            .replace("text: \"\"", "text: \"译\"")
            .replacen(
                &format!("source: {}", source_hash("Ask?")),
                "source: 00000000",
                1,
            );
        let sk = format!("{sk}  node.nope.question:\n    text: \"无\"\n");
        let t = check(&p, &sk, Some("zh-CN"));
        assert_eq!(t.stale, 1);
        let unknown = t
            .diagnostics
            .iter()
            .find(|d| d.code == "translation::unknown-id")
            .unwrap();
        let line = u64::try_from(sk.lines().count() - 1).unwrap();
        assert_eq!(unknown.pos.map(|p| (p.line, p.col)), Some((line, 3)));
        assert!(t.has_errors());
        assert!(
            !t.strings.contains_key("node.q.question"),
            "stale: English shown"
        );
        let missing = check(&p, &skeleton(&p, "zh-CN", None), Some("zh-CN"));
        assert_eq!(missing.current, 0);
        assert_eq!(missing.diagnostics.len(), missing.total);
    }

    #[test]
    fn file_names() {
        assert_eq!(parse_file_name("a-b.zh-CN.yaml"), Some(("a-b", "zh-CN")));
        assert_eq!(parse_file_name("a-b.yaml"), None);
        assert_eq!(parse_file_name("my.playbook.yaml"), None);
    }
}
