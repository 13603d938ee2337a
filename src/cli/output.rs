//! What every command shares: exit codes, error lines, colour choice, opening a playbook
//! through the catalog and reporting what went wrong with it.

use std::io::IsTerminal;
use std::process::ExitCode;

use breakglass::catalog::{Catalog, CatalogError, Found, config_dir, drill_dir, playbook_dir};
use breakglass::diagnostics;
use breakglass::playbook::Severity;
use breakglass::sanitize;
use breakglass::store::{Store, data_dir};
use breakglass::tr;

/// Exit code: a problem with a playbook or a file.
pub const FAILURE: u8 = 1;
/// Exit code: the command line was wrong.
pub const USAGE: u8 = 2;
/// Exit code: `walk` stopped at a question.
pub const STOPPED_AT_QUESTION: u8 = 3;

/// Settings every command sees.
#[derive(Debug)]
pub struct Env {
    /// No colour anywhere.
    pub no_color: bool,
    /// No OSC 8 hyperlinks in the wizard (`--no-links`).
    pub no_links: bool,
    /// The playbooks breakglass knows about.
    pub catalog: Catalog,
    /// Where sessions and reports are kept, if a data directory was found.
    pub store: Option<Store>,
    /// The language of playbook text (`en`, `zh-CN`, ...).
    pub lang: String,
}

impl Env {
    /// Reads the environment and discovers the user's playbooks.
    pub fn new(
        no_color: bool,
        config: Option<&std::path::Path>,
        data: Option<&std::path::Path>,
    ) -> Self {
        let no_color = no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let config = config_dir(config);
        let dir = config.as_deref().map(playbook_dir);
        let drills = config.as_deref().map(drill_dir);
        let store = data_dir(data).map(|d| Store::at(&d));
        if let Some(s) = &store {
            // What a crash mid-save left behind, in breakglass's own folders only.
            s.sweep_temp_files(breakglass::store::STALE_AFTER);
        }
        Self {
            no_color,
            no_links: false,
            catalog: Catalog::discover(dir.as_deref()).with_drill_dir(drills.as_deref()),
            store,
            lang: breakglass::lang::ENGLISH.to_string(),
        }
    }

    /// The store, or a message that there is none.
    pub fn require_store(&self) -> Result<&Store, ExitCode> {
        self.store.as_ref().ok_or_else(|| {
            error(&tr!("cli-no-data-dir"));
            ExitCode::from(FAILURE)
        })
    }

    /// Whether output on stdout may use colour.
    pub fn stdout_color(&self) -> bool {
        !self.no_color && std::io::stdout().is_terminal()
    }

    /// Whether diagnostics on stderr may use colour.
    pub fn stderr_color(&self) -> bool {
        !self.no_color && std::io::stderr().is_terminal()
    }

    /// Says which user playbooks were skipped, and why, on stderr.
    pub fn report_skipped(&self) {
        report_skipped("playbook", self.catalog.skipped());
    }

    /// Prints the warnings of a file that loaded, on stderr.
    pub fn warn(
        &self,
        origin: &breakglass::catalog::Origin,
        text: &str,
        warnings: &[breakglass::playbook::Diagnostic],
    ) {
        if !warnings.is_empty() {
            stderr(&diagnostics::render(
                &origin.display_name(),
                text,
                warnings,
                self.stderr_color(),
            ));
        }
    }

    /// Opens a playbook, printing its warnings; on failure prints why and returns the exit
    /// code.
    pub fn open(&self, arg: Option<&str>) -> Result<Found, ExitCode> {
        self.report_skipped();
        match self.catalog.open(arg) {
            Ok(mut found) => {
                self.warn(&found.origin, &found.text, &found.warnings);
                self.translate(&mut found);
                Ok(found)
            }
            Err(e) => Err(self.report(&e)),
        }
    }

    /// Puts the translation into [`Env::lang`] into the playbook, when it has one. A
    /// translation with errors is not used (one line on stderr says so); its warnings are
    /// `validate`'s business, not the walk's: missing and stale strings show in English.
    pub fn translate(&self, found: &mut Found) {
        self.translate_to(found, &self.lang);
    }

    /// Like [`Env::translate`], into `lang`.
    pub fn translate_to(&self, found: &mut Found, lang: &str) {
        if breakglass::lang::is_english(lang) {
            return;
        }
        let Some(file) = self.catalog.translation(found, lang) else {
            return;
        };
        let t = file.to_show(found);
        if t.has_errors() {
            error(&tr!(
                "cli-translation-has-errors",
                lang = t.lang.as_str(),
                file = file.name.as_str()
            ));
            return;
        }
        if found.english.is_none() {
            found.english = Some(found.playbook.clone());
        }
        breakglass::playbook::translation::apply(&mut found.playbook, &t);
        found.lang = Some(t.lang);
    }

    /// Prints a catalog error and returns its exit code.
    pub fn report(&self, e: &CatalogError) -> ExitCode {
        match e {
            CatalogError::NotFound { arg, known } => {
                error(&format!(
                    "{}\n{}",
                    tr!("cli-no-such-playbook", name = arg.as_str()),
                    tr!("cli-known-playbooks", known = known.join(", "))
                ));
                ExitCode::from(USAGE)
            }
            CatalogError::NoDrill { arg, known } => {
                error(&format!(
                    "{}\n{}",
                    tr!("cli-no-such-drill", name = arg.as_str()),
                    tr!("cli-known-drills", known = known.join(", "))
                ));
                ExitCode::from(USAGE)
            }
            CatalogError::Invalid {
                origin,
                text,
                diagnostics: diags,
            } => {
                let name = origin.display_name();
                let errors = diags
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count();
                stderr(&diagnostics::render(
                    &name,
                    text,
                    diags,
                    self.stderr_color(),
                ));
                error(&tr!(
                    "cli-cannot-be-used",
                    name = name.as_str(),
                    count = errors
                ));
                ExitCode::from(FAILURE)
            }
            e => {
                error(&e.to_string());
                ExitCode::from(FAILURE)
            }
        }
    }
}

/// Prints one line to stderr, prefixed with the program name. Anything in `message` that
/// could drive the terminal is shown visibly instead (see [`breakglass::sanitize`]).
pub fn error(message: &str) {
    stderr(&format!("breakglass: {}\n", sanitize::visible(message)));
}

/// Writes rendered text to stderr. A closed or hung-up stderr is ignored (`eprint!` would
/// panic there): there is nobody left to tell.
fn stderr(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// Writes `text` to stdout, made visible first (no file's bytes drive the terminal); a
/// closed pipe is not an error, other failures are.
pub fn print(text: &str) -> ExitCode {
    print_rendered(&sanitize::visible(text))
}

/// Writes `text` to stdout as it is: only for text whose every file-borne part already
/// went through the sanitiser and that carries our own colour codes (diagnostics).
pub fn print_rendered(text: &str) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            error(&tr!("cli-cannot-write-output", error = e.to_string()));
            ExitCode::from(FAILURE)
        }
    }
}

/// Says which user files of `kind` (playbook, drill) were skipped, and why, on stderr.
pub fn report_skipped(kind: &str, skipped: &[breakglass::catalog::Skipped]) {
    for s in skipped {
        let path = sanitize::visible_path(&s.path);
        let reason = s.reason.as_str();
        error(&if kind == "drill" {
            tr!("cli-skipped-drill", path = path.as_str(), reason = reason)
        } else {
            tr!(
                "cli-skipped-playbook",
                path = path.as_str(),
                reason = reason
            )
        });
    }
}

/// `value` as pretty JSON with a final newline; on failure says so and returns the exit
/// code.
///
/// Every string in it is made visible first, keys included.
pub fn json_text(value: &serde_json::Value) -> Result<String, ExitCode> {
    let mut value = value.clone();
    sanitize::json(&mut value);
    serde_json::to_string_pretty(&value)
        .map(|s| s + "\n")
        .map_err(|e| {
            error(&tr!("cli-cannot-write-json", error = e.to_string()));
            ExitCode::from(FAILURE)
        })
}

/// Writes `text` to the file `out` (atomically, privately) and says where, or prints it.
pub fn deliver(text: &str, out: Option<&std::path::Path>) -> ExitCode {
    let Some(path) = out else {
        return print(text);
    };
    let text = sanitize::visible(text);
    match breakglass::store::write_file(path, text.as_bytes()) {
        Ok(p) => {
            error(&tr!(
                "cli-report-written",
                path = sanitize::visible_path(&p)
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            error(&tr!("cli-report-not-written", error = e.to_string()));
            ExitCode::from(FAILURE)
        }
    }
}

/// How many terminal columns `text` takes (a Chinese character takes two).
pub fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` followed by spaces up to `width` columns: a table cell that lines up whatever
/// the script of its heading.
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(columns(text));
    format!("{text}{}", " ".repeat(fill))
}

/// `text` after spaces up to `width` columns (a right-aligned cell).
pub fn pad_left(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(columns(text));
    format!("{}{text}", " ".repeat(fill))
}
