//! `breakglass translate`: writes a translation skeleton beside a playbook, or brings an
//! existing translation up to date (new strings added, stale ones marked, nothing lost).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use breakglass::catalog::{Found, Origin};
use breakglass::playbook::translation;

use breakglass::tr;

use super::output::{Env, FAILURE, USAGE, error, print};

/// What `translate` was asked to do.
#[derive(Debug)]
pub struct Request<'a> {
    /// Playbook id or path.
    pub playbook: &'a str,
    /// The language (`--lang`), if given.
    pub lang: Option<&'a str>,
    /// Where to write, instead of beside the playbook.
    pub out: Option<&'a Path>,
}

/// Runs `translate` as parsed; `lang` is the global `--lang`.
pub fn dispatch(env: &Env, cmd: &super::args::Command, lang: Option<&str>) -> ExitCode {
    let super::args::Command::Translate { playbook, out } = cmd else {
        return ExitCode::from(USAGE);
    };
    run(
        env,
        &Request {
            playbook,
            lang,
            out: out.as_deref(),
        },
    )
}

/// Writes or updates the translation file and says what changed.
pub fn run(env: &Env, req: &Request<'_>) -> ExitCode {
    let Some(lang) = req.lang.and_then(breakglass::lang::normalize) else {
        error(&tr!("cli-translate-no-lang"));
        return ExitCode::from(USAGE);
    };
    if breakglass::lang::is_english(&lang) {
        error(&tr!("cli-translate-english"));
        return ExitCode::from(USAGE);
    }
    env.report_skipped();
    // The English playbook: `Env::open` would put a translation into it.
    let found = match env.catalog.open(Some(req.playbook)) {
        Ok(f) => f,
        // A drill's translation is written the same way.
        Err(e) => {
            return super::drill::write_translation(env, req.playbook, &lang, req.out)
                .unwrap_or_else(|| env.report(&e));
        }
    };
    let Some(target) = req
        .out
        .map(Path::to_path_buf)
        .or_else(|| beside(env, &found, &lang))
    else {
        error(&tr!("cli-translate-no-dir"));
        return ExitCode::from(USAGE);
    };
    let existing = match std::fs::read_to_string(&target) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => env
            .catalog
            .translation(&found, &lang)
            .filter(|t| t.lang.eq_ignore_ascii_case(&lang))
            .map(|t| t.text.into_owned()),
        Err(e) => {
            error(&tr!(
                "cli-cannot-read",
                path = target.display().to_string(),
                error = e.to_string()
            ));
            return ExitCode::from(FAILURE);
        }
    };
    let text = translation::skeleton(&found.playbook, &lang, existing.as_deref());
    let checked = translation::check(&found.playbook, &text, Some(&lang));
    if let Err(e) = write_atomic(&target, text.as_bytes()) {
        error(&tr!(
            "cli-cannot-write",
            path = target.display().to_string(),
            error = e.to_string()
        ));
        return ExitCode::from(FAILURE);
    }
    written(existing.is_some(), &target, &checked)
}

/// Says which file was written or updated, and its coverage.
pub(super) fn written(
    updated: bool,
    target: &Path,
    checked: &translation::Translation,
) -> ExitCode {
    let missing = checked.total - checked.current - checked.stale;
    let path = breakglass::sanitize::visible_path(target);
    let done = if updated {
        tr!("cli-translate-updated", path = path)
    } else {
        tr!("cli-translate-wrote", path = path)
    };
    let coverage = tr!(
        "cli-coverage",
        lang = checked.lang.as_str(),
        done = checked.current + checked.stale,
        total = checked.total,
        stale = checked.stale
    );
    print(&format!(
        "{done}\n{}\n",
        tr!(
            "cli-translate-missing",
            coverage = coverage,
            missing = missing
        )
    ))
}

/// `<dir>/<stem>.<lang>.yaml` beside the playbook file; for a built-in, in the user's
/// playbook folder (where a user translation of a built-in is read from).
fn beside(env: &Env, found: &Found, lang: &str) -> Option<PathBuf> {
    match &found.origin {
        Origin::File(p) | Origin::User(p) => {
            let stem = p.file_stem()?.to_str()?;
            Some(p.with_file_name(format!("{stem}.{lang}.yaml")))
        }
        Origin::Builtin(_) => env
            .catalog
            .user_dir
            .as_ref()
            .map(|d| d.join(format!("{}.{lang}.yaml", found.playbook.id))),
    }
}

/// Writes `bytes` to `target` through a temporary file in the same folder, renamed into
/// place: a reader sees the old file or the new one, never half of one.
pub(super) fn write_atomic(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".breakglass-translate-")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}
