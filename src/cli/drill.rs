//! `breakglass drill`: list drills, run one (wizard or plain mode), show past runs with
//! their trend, and write a run's after-action report.

use std::fmt::Write as _;
use std::io;
use std::process::ExitCode;

use unicode_width::UnicodeWidthStr as _;

use breakglass::catalog::FoundDrill;
use breakglass::drill::history::{self, Due};
use breakglass::drill::record::{RunStatus, clock};
use breakglass::drill::{DrillRun, report};
use breakglass::playbook::CheckOptions;
use breakglass::store::StoreError;
use breakglass::transcript::SystemClock;
use breakglass::tui::{self, theme::Theme};

use super::args::{DrillCommand, SessionFormat};
use super::output::{Env, FAILURE, USAGE, deliver, error, json_text, print};

/// Dispatches a `drill` subcommand (none: list).
pub fn run(env: &Env, action: Option<&DrillCommand>, plain: bool) -> ExitCode {
    match action {
        None | Some(DrillCommand::List) => list(env),
        Some(DrillCommand::Run { id, facilitator }) => run_one(env, id, *facilitator, plain),
        Some(DrillCommand::History { id }) => show_history(env, id.as_deref()),
        Some(DrillCommand::Report { run, format, out }) => {
            write_report(env, run, *format, out.as_deref())
        }
    }
}

fn list(env: &Env) -> ExitCode {
    let (mut drills, status, _) = super::status::readiness(env);
    for f in &mut drills {
        translate(env, f);
    }
    let mut out = format!("{}\n\n", breakglass::tr!("drill-list-title"));
    let width = drills
        .iter()
        .map(|f| f.drill.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    let (col_id, col_kind, col_due) = (
        breakglass::tr!("drill-list-col-id"),
        breakglass::tr!("drill-list-col-kind"),
        breakglass::tr!("drill-list-col-due"),
    );
    // Columns by display width: translated words may be two cells a character.
    let width = width.max(col_id.width());
    let kinds: Vec<String> = drills.iter().map(|f| report::kind_word(&f.drill)).collect();
    let dues: Vec<String> = status.iter().map(due_text).collect();
    // At least as wide as the English columns; a longer cell pushes its row only.
    let (kind_width, due_width) = (10, 26);
    let _ = writeln!(
        out,
        "{}  {}  {}  {}",
        pad(&col_id, width),
        pad(&col_kind, kind_width),
        pad(&col_due, due_width),
        breakglass::tr!("drill-list-col-title")
    );
    for ((f, kind), due) in drills.iter().zip(&kinds).zip(&dues) {
        let _ = writeln!(
            out,
            "{}  {}  {}  {}{}",
            pad(&f.drill.id, width),
            pad(kind, kind_width),
            pad(due, due_width),
            f.drill.title,
            match &f.origin {
                breakglass::catalog::Origin::User(p) => {
                    format!(" ({})", breakglass::sanitize::visible_path(p))
                }
                _ => String::new(),
            }
        );
    }
    print(&out)
}

/// `text` followed by spaces up to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// "2026-11-01 PASS, due in 63 days" and the like.
fn due_text(s: &history::Readiness) -> String {
    let last = match (&s.last_run, s.last_verdict) {
        (Some(d), _) if s.last_incomplete => {
            breakglass::tr!("drill-list-stopped", date = d.as_str())
        }
        (Some(d), Some(v)) => format!("{d} {}", v.label()),
        (Some(d), None) => d.clone(),
        (None, _) => breakglass::tr!("drill-never-run"),
    };
    match s.due {
        Due::Never => breakglass::tr!("drill-list-due-now", last = last),
        Due::Overdue(n) => breakglass::tr!("drill-list-overdue", last = last, days = n),
        Due::In(n) => breakglass::tr!("drill-list-due-in", last = last, days = n),
        Due::Unscheduled => last,
    }
}

/// Puts the translation into [`Env::lang`] into the drill, when it has one. A translation
/// with errors is not used (one line on stderr says so); missing and stale strings show in
/// English, and `validate` lists them.
pub(super) fn translate(env: &Env, found: &mut FoundDrill) {
    if breakglass::lang::is_english(&env.lang) {
        return;
    }
    let Some(file) = env.catalog.drill_translation(found, &env.lang) else {
        return;
    };
    let t = file.check_drill(found);
    if t.has_errors() {
        error(&breakglass::tr!(
            "drill-cli-translation-errors",
            lang = t.lang.as_str(),
            file = file.name.as_str()
        ));
        return;
    }
    breakglass::drill::translation::apply(&mut found.drill, &t);
}

/// The playbook a tabletop drill walks, in [`Env::lang`] when it has a translation.
fn drill_playbook(env: &Env, id: &str) -> Option<breakglass::playbook::Playbook> {
    if !breakglass::lang::is_english(&env.lang)
        && let Ok(mut found) = env.catalog.open(Some(id))
    {
        env.translate(&mut found);
        return Some(found.playbook);
    }
    env.catalog.playbook_for_drill(id)
}

fn run_one(env: &Env, id: &str, facilitator: bool, plain: bool) -> ExitCode {
    let mut found: FoundDrill = match env.catalog.open_drill(id, &CheckOptions::default()) {
        Ok(f) => f,
        Err(e) => return env.report(&e),
    };
    env.warn(&found.origin, &found.text, &found.warnings);
    translate(env, &mut found);
    if env.store.is_none() {
        error(&breakglass::tr!("drill-cli-not-saved"));
    }
    let drill = found.drill;
    let playbook = if let Some(t) = drill.tabletop() {
        let Some(p) = drill_playbook(env, &t.playbook) else {
            error(&breakglass::tr!(
                "drill-cli-no-playbook",
                playbook = t.playbook.as_str()
            ));
            return ExitCode::from(FAILURE);
        };
        Some(p)
    } else {
        None
    };
    let use_plain = plain || tui::terminal::unavailable().is_some();
    let ended = if use_plain {
        run_plain(env, drill, playbook, facilitator)
    } else {
        run_tui(env, drill, playbook, facilitator)
    };
    // The window was closed: the run is saved and its report written, but there is no one
    // left to tell (and writing to the dead terminal would fail).
    let hung_up = !use_plain && tui::terminal::hung_up();
    match ended {
        Ok((Some(run), _)) if hung_up => {
            after(env, &run, None, false);
            ExitCode::from(tui::terminal::HANG_UP_EXIT)
        }
        Ok(_) | Err(_) if hung_up => ExitCode::from(tui::terminal::HANG_UP_EXIT),
        Ok((Some(run), signal)) => after(env, &run, signal, true),
        Ok((None, signal)) => {
            print(&format!("{}\n", breakglass::tr!("drill-cli-left")));
            signal.map_or(ExitCode::SUCCESS, signal_code)
        }
        Err(e) => {
            error(&breakglass::tr!(
                "drill-cli-stopped",
                error = format!("{e:#}")
            ));
            ExitCode::from(FAILURE)
        }
    }
}

fn signal_code(sig: i32) -> ExitCode {
    ExitCode::from(u8::try_from(128_i32.saturating_add(sig)).unwrap_or(FAILURE))
}

type Ran = (Option<DrillRun>, Option<i32>);

fn run_plain(
    env: &Env,
    drill: breakglass::drill::Drill,
    playbook: Option<breakglass::playbook::Playbook>,
    facilitator: bool,
) -> anyhow::Result<Ran> {
    use breakglass::plain::drill as plain_drill;
    let setup = plain_drill::Setup {
        store: env.store.clone(),
        facilitator,
        clock: Box::new(SystemClock),
    };
    let input = io::stdin().lock();
    let output = breakglass::sanitize::Writer::new(io::stdout().lock());
    let run = match playbook {
        Some(pb) => plain_drill::run_tabletop(drill, pb, setup, input, output)?,
        None => plain_drill::run_validation(drill, setup, input, output)?,
    };
    Ok((run, None))
}

fn run_tui(
    env: &Env,
    drill: breakglass::drill::Drill,
    playbook: Option<breakglass::playbook::Playbook>,
    facilitator: bool,
) -> anyhow::Result<Ran> {
    use breakglass::tui::drill as tui_drill;
    let setup = tui_drill::Setup {
        store: env.store.clone(),
        facilitator,
        clock: Box::new(SystemClock),
        theme: Theme::new(env.no_color),
    };
    let ended = match playbook {
        Some(pb) => tui_drill::run_tabletop(drill, pb, setup)?,
        None => tui_drill::run_validation(drill, setup)?,
    };
    if let Some(e) = &ended.save_error
        && !tui::terminal::hung_up()
    {
        error(&breakglass::tr!(
            "drill-cli-save-failed",
            error = e.as_str()
        ));
    }
    Ok((ended.run, ended.signal))
}

/// The summary after a run, and the after-action report written next to the sessions.
fn after(env: &Env, run: &DrillRun, signal: Option<i32>, tell: bool) -> ExitCode {
    let record = run.record();
    let drill = run.drill();
    let pb = drill
        .tabletop()
        .and_then(|t| drill_playbook(env, &t.playbook));
    let mut out = String::new();
    if let Some(score) = &record.score {
        let target = score
            .target_secs
            .map(|t| {
                format!(
                    " {}",
                    breakglass::tr!("drill-report-target", target = clock(t))
                )
            })
            .unwrap_or_default();
        let summary = if record.status == RunStatus::Finished {
            breakglass::tr!(
                "drill-cli-finished",
                verdict = score.verdict.label(),
                points = score.points,
                time = clock(score.elapsed_secs),
                target = target
            )
        } else {
            breakglass::tr!(
                "drill-cli-stopped-early",
                verdict = score.verdict.label(),
                points = score.points,
                time = clock(score.elapsed_secs),
                target = target
            )
        };
        let _ = writeln!(out, "\n{summary}");
        for line in &score.breakdown {
            let _ = writeln!(out, "  {line}");
        }
        if !score.fixes.is_empty() {
            let _ = writeln!(out, "{}", breakglass::tr!("drill-cli-what-to-fix"));
            for (i, f) in score.fixes.iter().enumerate() {
                let _ = writeln!(out, "  {}. {f}", i + 1);
            }
        }
    }
    if let Some(store) = &env.store {
        let md = report::to_markdown(drill, record, pb.as_ref())
            + &audit_evidence_md(env, drill, record);
        match store.write_report(&format!("drill-{}.md", record.id), &md) {
            Ok(p) => {
                let _ = writeln!(
                    out,
                    "{}",
                    breakglass::tr!(
                        "drill-cli-report-written",
                        path = breakglass::sanitize::visible_path(&p)
                    )
                );
            }
            Err(e) => {
                let _ = writeln!(
                    out,
                    "{}",
                    breakglass::tr!("drill-cli-report-failed", error = e.to_string())
                );
            }
        }
        let _ = writeln!(
            out,
            "{}",
            breakglass::tr!("drill-cli-run-saved", run = record.id.as_str())
        );
    }
    let printed = if tell { print(&out) } else { ExitCode::SUCCESS };
    match signal {
        Some(sig) => signal_code(sig),
        None => printed,
    }
}

fn show_history(env: &Env, id: Option<&str>) -> ExitCode {
    let store = match env.require_store() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let (runs, broken) = store.list_runs();
    for b in &broken {
        error(&format!("note: {b}"));
    }
    let histories: Vec<_> = history::history(&runs)
        .into_iter()
        .filter(|h| id.is_none_or(|id| h.drill == id))
        .collect();
    if histories.is_empty() {
        return print(&match id {
            Some(id) => format!("{}\n", breakglass::tr!("drill-history-none-of", drill = id)),
            None => format!("{}\n", breakglass::tr!("drill-history-none")),
        });
    }
    let mut out = String::new();
    for h in &histories {
        let _ = writeln!(
            out,
            "{} ({})\n  {}",
            h.title,
            h.drill,
            breakglass::tr!("drill-history-trend", trend = h.trend())
        );
        for r in h.runs.iter().rev() {
            let _ = writeln!(
                out,
                "  {}  {}  {}  {:>7}  {}{}",
                r.started.get(..10).unwrap_or(&r.started),
                pad(&r.verdict.label(), 10),
                breakglass::tr!("drill-history-points", points = format!("{:>3}", r.points)),
                clock(r.elapsed),
                r.id,
                if r.finished {
                    String::new()
                } else {
                    format!("  {}", breakglass::tr!("drill-history-stopped"))
                }
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", breakglass::tr!("drill-history-hint"));
    print(&out)
}

fn write_report(
    env: &Env,
    run_id: &str,
    format: SessionFormat,
    out: Option<&std::path::Path>,
) -> ExitCode {
    let store = match env.require_store() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let record = match store.load_run(run_id) {
        Ok(r) => r,
        Err(StoreError::NotFound(id)) => {
            error(&breakglass::tr!("drill-cli-no-run", run = id.as_str()));
            return ExitCode::from(USAGE);
        }
        Err(e) => {
            error(&e.to_string());
            return ExitCode::from(FAILURE);
        }
    };
    // By id only: a run file never names a path to read.
    if !breakglass::transcript::is_valid_id(&record.drill.id) {
        error(&breakglass::tr!(
            "drill-cli-bad-drill-id",
            drill = record.drill.id.as_str()
        ));
        return ExitCode::from(FAILURE);
    }
    let mut found = match env
        .catalog
        .open_drill(&record.drill.id, &CheckOptions::default())
    {
        Ok(f) => f,
        Err(e) => {
            error(&breakglass::tr!(
                "drill-cli-drill-gone",
                drill = record.drill.id.as_str()
            ));
            return env.report(&e);
        }
    };
    if found.drill.hash != record.drill.hash {
        error(&breakglass::tr!("drill-cli-drill-changed"));
    }
    translate(env, &mut found);
    let pb = found
        .drill
        .tabletop()
        .and_then(|t| drill_playbook(env, &t.playbook));
    let text = match format {
        SessionFormat::Md => {
            report::to_markdown(&found.drill, &record, pb.as_ref())
                + &audit_evidence_md(env, &found.drill, &record)
        }
        SessionFormat::Json => {
            let mut json = report::to_json(&found.drill, &record, pb.as_ref());
            let evidence = audit_evidence(env, &found.drill, &record);
            if let (Some(obj), false) = (json.as_object_mut(), evidence.is_null()) {
                obj.insert("audit_evidence".to_string(), evidence);
            }
            match json_text(&json) {
                Ok(s) => s,
                Err(code) => return code,
            }
        }
    };
    deliver(&text, out)
}

/// Each task of `drill` with the audit rules it names.
fn task_rules(drill: &breakglass::drill::Drill) -> Vec<(String, Vec<String>)> {
    drill
        .tasks()
        .iter()
        .map(|t| (t.id.clone(), t.audit.clone()))
        .collect()
}

/// The audit recorded last before `record` ended, if any.
fn evidence_record(
    env: &Env,
    record: &breakglass::drill::RunRecord,
) -> Option<breakglass::audit::ledger::AuditRecord> {
    let (audits, _) = env.store.as_ref()?.list_audits();
    breakglass::audit::ledger::evidence_for(&audits, &record.updated).cloned()
}

/// The after-action report's audit evidence section (empty when no task names a rule).
fn audit_evidence_md(
    env: &Env,
    drill: &breakglass::drill::Drill,
    record: &breakglass::drill::RunRecord,
) -> String {
    let tasks = task_rules(drill);
    breakglass::audit::ledger::evidence_markdown(&tasks, evidence_record(env, record).as_ref())
}

/// The same as JSON (`null` when no task names a rule).
fn audit_evidence(
    env: &Env,
    drill: &breakglass::drill::Drill,
    record: &breakglass::drill::RunRecord,
) -> serde_json::Value {
    let tasks = task_rules(drill);
    breakglass::audit::ledger::evidence_json(&tasks, evidence_record(env, record).as_ref())
}

/// The reports of every translation of the drill just validated as `name` (built in, or a
/// file), each checked against the drill like a playbook's translation.
pub(super) fn translation_reports(
    env: &Env,
    name: &str,
    text: &str,
) -> Vec<breakglass::validate::FileReport> {
    let builtin = breakglass::drill::builtin::BUILTIN_DRILLS
        .iter()
        .find(|b| name.starts_with(b.path) && name.ends_with("(built in)"));
    let origin = if let Some(b) = builtin {
        breakglass::catalog::Origin::Builtin(b.path)
    } else {
        let path = std::path::Path::new(name);
        if !path.is_file() {
            return Vec::new();
        }
        breakglass::catalog::Origin::File(path.to_path_buf())
    };
    let Ok(found) = env
        .catalog
        .load_drill(origin, text.to_string(), &CheckOptions::default())
    else {
        return Vec::new();
    };
    env.catalog
        .drill_translations(&found)
        .into_iter()
        .map(|t| {
            let checked = t.check_drill(&found);
            breakglass::validate::FileReport::of_translation(&t.name, t.text.into_owned(), checked)
        })
        .collect()
}

/// The report of a translation file named on the command line when it translates a drill:
/// the drill beside it (`<dir>/<id>.yaml` holding a drill), or, with no file beside it and
/// no playbook of that id, the drill with that id. `None` when it is a playbook's.
pub(super) fn translation_target(
    env: &Env,
    path: &std::path::Path,
    id: &str,
    lang: &str,
    text: &str,
) -> Option<breakglass::validate::FileReport> {
    let sibling = path.with_file_name(format!("{id}.yaml"));
    let found = if sibling.is_file() {
        let drill_text = breakglass::catalog::read_file(&sibling).ok()?;
        if !breakglass::drill::is_drill_text(&drill_text) {
            return None;
        }
        env.catalog.load_drill(
            breakglass::catalog::Origin::File(sibling),
            drill_text,
            &CheckOptions::default(),
        )
    } else if env.catalog.open(Some(id)).is_err() && env.catalog.drill_source(id).is_some() {
        env.catalog.open_drill(id, &CheckOptions::default())
    } else {
        return None;
    };
    let name = breakglass::sanitize::visible_path(path);
    Some(match found {
        Ok(found) => breakglass::validate::FileReport::of_translation(
            &name,
            text.to_string(),
            breakglass::drill::translation::check(&found.drill, text, Some(lang)),
        ),
        Err(_) => breakglass::validate::FileReport::unreadable(
            &name,
            breakglass::playbook::Diagnostic::error(
                "translation::no-drill",
                format!("no drill `{id}` loads for this translation"),
                None,
            )
            .help("put the translation beside its drill, named <drill-id>.<lang>.yaml"),
        ),
    })
}

/// `breakglass translate DRILL --lang L`: writes or updates the drill's translation file
/// beside the drill (for a built-in: in the user's drill folder), like a playbook's.
/// `None` when `arg` names no drill.
pub(super) fn write_translation(
    env: &Env,
    arg: &str,
    lang: &str,
    out: Option<&std::path::Path>,
) -> Option<ExitCode> {
    use breakglass::catalog::Origin;
    use breakglass::drill::translation;
    let found = env.catalog.open_drill(arg, &CheckOptions::default()).ok()?;
    let target = out
        .map(std::path::Path::to_path_buf)
        .or_else(|| match &found.origin {
            Origin::File(p) | Origin::User(p) => {
                let stem = p.file_stem()?.to_str()?;
                Some(p.with_file_name(format!("{stem}.{lang}.yaml")))
            }
            Origin::Builtin(_) => env
                .catalog
                .drill_dir
                .as_ref()
                .map(|d| d.join(format!("{}.{lang}.yaml", found.drill.id))),
        });
    let Some(target) = target else {
        error(&breakglass::tr!("drill-translate-no-config"));
        return Some(ExitCode::from(USAGE));
    };
    let existing = match std::fs::read_to_string(&target) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == io::ErrorKind::NotFound => env
            .catalog
            .drill_translation(&found, lang)
            .filter(|t| t.lang.eq_ignore_ascii_case(lang))
            .map(|t| t.text.into_owned()),
        Err(e) => {
            error(&breakglass::tr!(
                "drill-translate-cannot-read",
                path = target.display().to_string(),
                error = e.to_string()
            ));
            return Some(ExitCode::from(FAILURE));
        }
    };
    let text = translation::skeleton(&found.drill, lang, existing.as_deref());
    let checked = translation::check(&found.drill, &text, Some(lang));
    if let Err(e) = super::translate::write_atomic(&target, text.as_bytes()) {
        error(&breakglass::tr!(
            "drill-translate-cannot-write",
            path = target.display().to_string(),
            error = e.to_string()
        ));
        return Some(ExitCode::from(FAILURE));
    }
    Some(super::translate::written(
        existing.is_some(),
        &target,
        &checked,
    ))
}
