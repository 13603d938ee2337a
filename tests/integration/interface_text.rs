//! The interface's Fluent files: every file parses, every language has exactly English's
//! messages with the same variables, every `tr!` in the code names an English message and
//! passes its variables, and every English message is used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use breakglass::i18n::LANGUAGES;
use fluent_syntax::ast;

/// Message id → the variables its value (and any select variants) refer to.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// Every message of one language, failing on parse errors and duplicate ids.
fn messages(lang: &str, files: &[(&str, &str)]) -> Messages {
    let mut all = Messages::new();
    for (name, text) in files {
        let res = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errs)| {
            panic!("src/i18n/{lang}/{name}: Fluent syntax errors: {errs:?}")
        });
        for entry in &res.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        pattern_vars(v, &mut vars);
                    }
                    assert!(
                        m.value.is_some(),
                        "src/i18n/{lang}/{name}: `{}` has no value",
                        m.id.name
                    );
                    let dup = all.insert(m.id.name.to_string(), vars);
                    assert!(dup.is_none(), "src/i18n/{lang}: `{}` twice", m.id.name);
                }
                ast::Entry::Junk { content } => {
                    panic!("src/i18n/{lang}/{name}: cannot parse: {content}")
                }
                _ => {}
            }
        }
    }
    all
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
    let (_, en_files) = LANGUAGES[0];
    let en = messages("en", en_files);
    assert!(!en.is_empty());
    for (lang, files) in &LANGUAGES[1..] {
        let names: Vec<_> = files.iter().map(|(n, _)| *n).collect();
        let en_names: Vec<_> = en_files.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, en_names, "{lang} has other files than en");
        let other = messages(lang, files);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids English lacks: {extra:?}");
        for (id, vars) in &en {
            assert_eq!(
                &other[id], vars,
                "{lang}: `{id}` uses other variables than English"
            );
        }
    }
}

/// Each `tr!("id" ...)`, `i18n::text("id"` or `i18n::english("id"` in the source, with the
/// names of the variables it passes.
fn uses(src: &str) -> Vec<(String, Option<BTreeSet<String>>)> {
    let mut out = Vec::new();
    for start in ["tr!(", "i18n::text(", "i18n::english("] {
        for (at, _) in src.match_indices(start) {
            // `include_str!(` is not `tr!(`.
            let before = src[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let after = &src[at + start.len()..];
            let body = after.trim_start();
            let Some(body) = body.strip_prefix('"') else {
                continue;
            };
            let Some(end) = body.find('"') else { continue };
            let id = body[..end].to_string();
            if start != "tr!(" {
                out.push((id, None));
                continue;
            }
            // The macro's arguments up to its closing parenthesis: `name = value` pairs.
            let mut depth = 1;
            let mut args = String::new();
            for ch in body[end + 1..].chars() {
                match ch {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                args.push(if depth == 1 { ch } else { ' ' });
            }
            let names = args
                .split(',')
                .filter_map(|a| a.split_once('='))
                .map(|(n, _)| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect();
            out.push((id, Some(names)));
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_with_its_variables_and_every_message_is_used() {
    let en = messages("en", LANGUAGES[0].1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut used = BTreeSet::new();
    let mut problems = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let rel = f.strip_prefix(root).unwrap().display().to_string();
        if rel.ends_with("i18n/mod.rs") {
            continue; // the macro's own definition and its unit tests
        }
        for (id, args) in uses(&src) {
            match en.get(&id) {
                None => problems.push(format!("{rel}: `{id}` is not in src/i18n/en/")),
                Some(vars) => {
                    if let Some(args) = args
                        && !vars.is_subset(&args)
                    {
                        problems.push(format!(
                            "{rel}: `{id}` needs {vars:?}, the code passes {args:?}"
                        ));
                    }
                }
            }
            used.insert(id);
        }
    }
    for id in en.keys().filter(|k| !used.contains(*k)) {
        problems.push(format!("`{id}` is in src/i18n/en/ but no code asks for it"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
