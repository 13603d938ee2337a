//! `breakglass audit`: prints the export commands, or reads an export, reports every rule
//! and records the result in the readiness ledger for `breakglass status`.

use std::path::Path;
use std::process::ExitCode;

use breakglass::audit::{self, emergency, report};
use breakglass::sanitize;

use super::args::{AuditFormat, AuditShell, Command};
use breakglass::tr;

use super::output::{Env, FAILURE, deliver, error, json_text, print};
use super::status::NEEDS_ATTENTION;

/// The most `emergency-accounts.yaml` may hold.
const EMERGENCY_FILE_CAP: u64 = 1024 * 1024;

/// What `breakglass audit` was asked to do.
#[derive(Debug)]
pub struct Request<'a> {
    /// The export folder.
    pub dir: Option<&'a Path>,
    /// Output format.
    pub format: AuditFormat,
    /// Redact names and ids.
    pub redact: bool,
    /// Emergency accounts named on the command line.
    pub emergency: &'a [String],
    /// Record the result in the ledger.
    pub record: bool,
    /// Exit 4 when a rule fails.
    pub strict: bool,
    /// Write here instead of stdout.
    pub out: Option<&'a Path>,
    /// `--config-dir`, where `emergency-accounts.yaml` is looked for.
    pub config: Option<&'a Path>,
}

/// Runs `breakglass audit` as parsed; `config` is `--config-dir`.
pub fn dispatch(env: &Env, cmd: Command, config: Option<&Path>) -> ExitCode {
    let Command::Audit {
        dir,
        export_commands,
        shell,
        format,
        redact,
        emergency,
        no_record,
        strict,
        out,
    } = cmd
    else {
        return ExitCode::from(super::output::USAGE);
    };
    if export_commands {
        let shell = match shell {
            AuditShell::Pwsh => audit::commands::Shell::Pwsh,
            AuditShell::Bash => audit::commands::Shell::Bash,
        };
        return print(&audit::commands::render(shell));
    }
    run(
        env,
        &Request {
            dir: dir.as_deref(),
            format,
            redact,
            emergency: &emergency,
            record: !no_record,
            strict,
            out: out.as_deref(),
            config,
        },
    )
}

/// Reads the export and reports.
pub fn run(env: &Env, req: &Request) -> ExitCode {
    let Some(dir) = req.dir else {
        error(&tr!("cli-audit-no-dir"));
        return ExitCode::from(super::output::USAGE);
    };
    let named = match named(req) {
        Ok(n) => n,
        Err(message) => {
            error(&message);
            return ExitCode::from(FAILURE);
        }
    };
    let export = match audit::read::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            error(&e.to_string());
            return ExitCode::from(FAILURE);
        }
    };
    let mut result = audit::run(export, named.as_ref());
    for e in &result.export.errors {
        error(&e.to_string());
    }
    if req.record {
        record(env, &result);
    }
    if req.redact {
        audit::redact::redact(&mut result);
    }
    let text = match req.format {
        AuditFormat::Text => report::text(&result),
        AuditFormat::Md => report::markdown(&result),
        AuditFormat::Json => match json_text(&report::json(&result)) {
            Ok(t) => t,
            Err(code) => return code,
        },
    };
    let delivered = deliver(&text, req.out);
    if delivered != ExitCode::SUCCESS {
        return delivered;
    }
    if result.has_file_errors() {
        return ExitCode::from(FAILURE);
    }
    if req.strict && result.failing().next().is_some() {
        return ExitCode::from(NEEDS_ATTENTION);
    }
    ExitCode::SUCCESS
}

/// The emergency accounts: `--emergency`, else `<config>/emergency-accounts.yaml` if it
/// exists, else none (the audit then guesses by name).
fn named(req: &Request) -> Result<Option<emergency::Named>, String> {
    if !req.emergency.is_empty() {
        return Ok(Some(emergency::Named {
            accounts: req.emergency.to_vec(),
            origin: "--emergency".to_string(),
        }));
    }
    let Some(config) = breakglass::catalog::config_dir(req.config) else {
        return Ok(None);
    };
    let path = config.join(emergency::FILE_NAME);
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let shown = sanitize::visible_path(&path);
    let bytes = breakglass::store::read::read_capped(&path, EMERGENCY_FILE_CAP)
        .map_err(|e| e.to_string())?;
    let text =
        String::from_utf8(bytes).map_err(|_| tr!("cli-audit-not-text", path = shown.as_str()))?;
    emergency::parse(&text, &shown).map(Some)
}

/// Records the audit for `status`; a failure is reported, not fatal.
fn record(env: &Env, result: &audit::Audit) {
    let Some(store) = env.store.as_ref() else {
        return;
    };
    let now = jiff::Timestamp::now();
    let id = format!("audit-{}", breakglass::transcript::new_id(now));
    let rec = audit::ledger::AuditRecord::of(result, &id, &breakglass::transcript::stamp(now));
    if let Err(e) = store.save_audit(&rec) {
        error(&tr!("cli-audit-not-recorded", error = e.to_string()));
    }
}
