//! `breakglass validate`: check playbook files (or ids) and report every problem.

use std::path::PathBuf;
use std::process::ExitCode;

use breakglass::catalog::CatalogError;
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
    for target in targets(env, req.targets) {
        match target {
            Ok((name, text)) if breakglass::drill::is_drill_text(&text) => {
                let resolve = |id: &str| env.catalog.playbook_for_drill(id);
                reports.push(FileReport::of_drill(&name, text, &resolve, &options));
            }
            Ok((name, text)) => reports.push(FileReport::of(&name, text, &options)),
            Err(e) => {
                let Some(report) = unreadable(&e) else {
                    env.report(&e);
                    return ExitCode::from(USAGE);
                };
                reports.push(report);
            }
        }
    }
    let text = match req.format {
        ReportFormat::Text => {
            validate::to_text(&reports, req.deny_warnings, req.stats, env.stdout_color())
        }
        ReportFormat::Json => match json_text(&validate::to_json(&reports, req.deny_warnings)) {
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
