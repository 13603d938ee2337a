//! `breakglass validate`: check playbook files (or ids) and report every problem.

use std::path::PathBuf;
use std::process::ExitCode;

use breakglass::catalog::CatalogError;
use breakglass::playbook::translation;
use breakglass::playbook::{CheckOptions, Diagnostic};
use breakglass::validate::{self, FileReport};

use super::args::ReportFormat;
use super::output::{Env, FAILURE, USAGE, json_text, print, print_rendered};

/// What `validate` was asked to do.
#[derive(Debug)]
pub struct Request<'a> {
    /// Files or ids; empty means every playbook the catalog knows, broken ones included.
    pub targets: &'a [String],
    /// Warnings count as errors.
    pub deny_warnings: bool,
    /// The review-age limit in days.
    pub max_age: u32,
    /// Text or JSON.
    pub format: ReportFormat,
    /// Print statistics too.
    pub stats: bool,
}

/// Validates and prints; exits 1 if anything failed.
pub fn run(env: &Env, req: &Request<'_>) -> ExitCode {
    let options = CheckOptions {
        today: Some(jiff::ZonedDateTime::now().date().to_string()),
        max_age_days: Some(req.max_age),
    };
    let mut reports = Vec::new();
    for arg in req.targets {
        if let Some(report) = translation_target(env, arg) {
            reports.push(report);
        }
    }
    let playbook_targets: Vec<String> = req
        .targets
        .iter()
        .filter(|a| !is_translation_arg(a))
        .cloned()
        .collect();
    if !req.targets.is_empty() && playbook_targets.is_empty() {
        return finish(&reports, req, env);
    }
    for target in targets(env, &playbook_targets) {
        match target {
            Ok((name, text)) if breakglass::drill::is_drill_text(&text) => {
                let resolve = |id: &str| env.catalog.playbook_for_drill(id);
                let report = FileReport::of_drill(&name, text.clone(), &resolve, &options);
                let loaded = report.id.is_some();
                reports.push(report);
                if loaded {
                    reports.extend(super::drill::translation_reports(env, &name, &text));
                }
            }
            Ok((name, text)) => {
                let report = FileReport::of(&name, text, &options);
                let loaded = report.id.is_some();
                reports.push(report);
                if loaded {
                    reports.extend(translation_reports(env, &name, &reports, None));
                }
            }
            Err(e) => {
                let Some(report) = unreadable(&e) else {
                    env.report(&e);
                    return ExitCode::from(USAGE);
                };
                reports.push(report);
            }
        }
    }
    finish(&reports, req, env)
}

/// Prints the reports; exits 1 if anything failed.
fn finish(reports: &[FileReport], req: &Request<'_>, env: &Env) -> ExitCode {
    let text = match req.format {
        ReportFormat::Text => {
            validate::to_text(reports, req.deny_warnings, req.stats, env.stdout_color())
        }
        ReportFormat::Json => match json_text(&validate::to_json(reports, req.deny_warnings)) {
            Ok(s) => s,
            Err(code) => return code,
        },
    };
    // Coloured text carries miette's own escapes; its file-borne parts are already visible.
    let printed = if env.stdout_color() && req.format == ReportFormat::Text {
        print_rendered(&text)
    } else {
        print(&text)
    };
    if printed != ExitCode::SUCCESS {
        return printed;
    }
    if reports.iter().any(|r| r.errors(req.deny_warnings) > 0) {
        ExitCode::from(FAILURE)
    } else {
        ExitCode::SUCCESS
    }
}

/// The texts to validate, each named as the user will recognise it.
fn targets(env: &Env, raw: &[String]) -> Vec<Result<(String, String), CatalogError>> {
    if raw.is_empty() {
        let mut all: Vec<Result<(String, String), CatalogError>> = env
            .catalog
            .ids()
            .iter()
            .filter(|id| env.catalog.is_builtin(id))
            .map(|id| env.catalog.source(Some(id)))
            .map(|r| r.map(|(o, t)| (o.display_name(), t)))
            .collect();
        all.extend(
            user_files(env)
                .into_iter()
                .map(|p| breakglass::catalog::read_file(&p).map(|t| (p.display().to_string(), t))),
        );
        all.extend(
            env.catalog
                .drill_sources()
                .into_iter()
                .map(|r| r.map(|(o, t)| (o.display_name(), t))),
        );
        return all;
    }
    raw.iter()
        .map(|arg| match env.catalog.source(Some(arg)) {
            Err(CatalogError::NotFound { .. }) => drill_source(env, arg),
            found => found.map(|(origin, text)| (origin.display_name(), text)),
        })
        .collect()
}

/// The text of the drill with id `arg`, broken or not, when no playbook has that id.
fn drill_source(env: &Env, arg: &str) -> Result<(String, String), CatalogError> {
    env.catalog
        .drill_source(arg)
        .map(|(o, t)| (o.display_name(), t))
        .ok_or_else(|| CatalogError::NotFound {
            arg: arg.to_string(),
            known: env
                .catalog
                .ids()
                .into_iter()
                .chain(env.catalog.drill_ids())
                .collect(),
        })
}

/// Every YAML file in the user's playbook directory, broken ones included.
fn user_files(env: &Env) -> Vec<PathBuf> {
    env.catalog
        .user_dir
        .as_deref()
        .map(breakglass::catalog::yaml_files)
        .unwrap_or_default()
}

/// A report for a file that could not be read; `None` for errors that are usage errors.
fn unreadable(e: &CatalogError) -> Option<FileReport> {
    match e {
        CatalogError::Invalid {
            origin,
            diagnostics,
            ..
        } => diagnostics
            .first()
            .map(|d| FileReport::unreadable(&origin.display_name(), d.clone())),
        CatalogError::Io { path, source } => Some(FileReport::unreadable(
            &path.display().to_string(),
            Diagnostic::error(
                "playbook::unreadable",
                format!("cannot read the file: {source}"),
                None,
            )
            .help("check the path and its permissions"),
        )),
        CatalogError::NotText { path } => Some(FileReport::unreadable(
            &path.display().to_string(),
            Diagnostic::error("playbook::not-text", "the file is not UTF-8 text", None)
                .help("save the playbook as UTF-8"),
        )),
        CatalogError::NotFound { .. } | CatalogError::NoDrill { .. } => None,
    }
}

/// Whether a command-line target names a translation file (`x.zh-CN.yaml`).
fn is_translation_arg(arg: &str) -> bool {
    std::path::Path::new(arg)
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(translation::parse_file_name)
        .is_some()
        && std::path::Path::new(arg).is_file()
}

/// The report of a translation file named on the command line, checked against the
/// playbook beside it (`<dir>/<id>.yaml`) or, failing that, the playbook with that id.
fn translation_target(env: &Env, arg: &str) -> Option<FileReport> {
    if !is_translation_arg(arg) {
        return None;
    }
    let path = std::path::Path::new(arg);
    let name = path.file_name()?.to_str()?;
    let (id, lang) = translation::parse_file_name(name)?;
    let text = match breakglass::catalog::read_file(path) {
        Ok(t) => t,
        Err(e) => return unreadable(&e),
    };
    if let Some(report) = super::drill::translation_target(env, path, id, lang, &text) {
        return Some(report);
    }
    let sibling = path.with_file_name(format!("{id}.yaml"));
    let found = if sibling.is_file() {
        env.catalog.open(sibling.to_str())
    } else {
        env.catalog.open(Some(id))
    };
    Some(match found {
        Ok(found) => FileReport::of_translation(
            &breakglass::sanitize::visible_path(path),
            text.clone(),
            translation::check(&found.playbook, &text, Some(lang)),
        ),
        Err(_) => FileReport::unreadable(
            &breakglass::sanitize::visible_path(path),
            Diagnostic::error(
                "translation::no-playbook",
                format!("no playbook `{id}` loads for this translation"),
                None,
            )
            .help("put the translation beside its playbook, named <playbook-id>.<lang>.yaml"),
        ),
    })
}

/// The reports of every translation of the playbook just validated as `name` (the last
/// of `reports`).
fn translation_reports(
    env: &Env,
    name: &str,
    reports: &[FileReport],
    _only: Option<&str>,
) -> Vec<FileReport> {
    let Some(id) = reports.last().and_then(|r| r.id.clone()) else {
        return Vec::new();
    };
    let found = if let Some(b) = breakglass::playbook::builtin::builtin(&id)
        .filter(|b| name.starts_with(b.path) && name.ends_with("(built in)"))
    {
        env.catalog
            .open(Some(b.id))
            .ok()
            .filter(|f| matches!(f.origin, breakglass::catalog::Origin::Builtin(_)))
    } else {
        let path = std::path::Path::new(name);
        path.is_file()
            .then(|| breakglass::catalog::read_file(path).ok())
            .flatten()
            .and_then(|text| {
                breakglass::catalog::load_text(
                    breakglass::catalog::Origin::File(path.to_path_buf()),
                    text,
                )
                .ok()
            })
    };
    let Some(found) = found else {
        return Vec::new();
    };
    env.catalog
        .translations(&found)
        .into_iter()
        .map(|t| {
            let checked = t.check(&found);
            FileReport::of_translation(&t.name, t.text.into_owned(), checked)
        })
        .collect()
}
