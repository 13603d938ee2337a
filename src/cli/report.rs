//! `breakglass report ID`: the report of a saved session, as Markdown or JSON, on the
//! screen or in a file, optionally redacted for sharing.

use std::process::ExitCode;

use breakglass::export::bare;
use breakglass::export::report::{self, ReportInput};
use breakglass::store::StoreError;
use breakglass::transcript;

use super::args::SessionFormat;
use super::output::{Env, FAILURE, USAGE, deliver, error, json_text};

/// What `report` was asked for.
#[derive(Debug)]
pub struct Request<'a> {
    /// The session.
    pub id: &'a str,
    /// Markdown or JSON.
    pub format: SessionFormat,
    /// A file to write instead of stdout.
    pub out: Option<&'a std::path::Path>,
    /// Hide facts, e-mail addresses and GUIDs.
    pub redact: bool,
    /// The language asked for with `--lang`; otherwise the session's own.
    pub lang: Option<&'a str>,
}

/// Runs `report` as parsed; `lang` is the global `--lang`.
pub fn dispatch(env: &Env, cmd: &super::args::Command, lang: Option<&str>) -> ExitCode {
    let super::args::Command::Report {
        id,
        format,
        out,
        redact,
    } = cmd
    else {
        return ExitCode::from(USAGE);
    };
    run(
        env,
        &Request {
            id,
            format: *format,
            out: out.as_deref(),
            redact: *redact,
            lang,
        },
    )
}

/// Writes the report.
pub fn run(env: &Env, req: &Request<'_>) -> ExitCode {
    let store = match env.require_store() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let t = match store.load(req.id) {
        Ok(t) => t,
        Err(e @ StoreError::NotFound(_)) => {
            error(&breakglass::tr!("report-not-found", error = e.to_string()));
            return ExitCode::from(USAGE);
        }
        Err(e) => {
            error(&e.to_string());
            return ExitCode::from(FAILURE);
        }
    };
    // Looked up by id among the installed playbooks only: a session file never names a
    // path to read. Without its playbook, the report is built from the transcript alone.
    let lang = req
        .lang
        .and_then(breakglass::lang::normalize)
        .or_else(|| t.lang.clone())
        .unwrap_or_else(|| breakglass::lang::ENGLISH.to_string());
    let found = super::recorded::installed(env, &t.playbook.id)
        .then(|| env.catalog.open(Some(&t.playbook.id)).ok())
        .flatten()
        .map(|mut f| {
            env.warn(&f.origin, &f.text, &f.warnings);
            // The English wording too: the case summary for Microsoft Support is also
            // given in English.
            let english = f.playbook.clone();
            env.translate_to(&mut f, &lang);
            (f, english)
        });
    let Some((found, english)) = found else {
        error(&breakglass::tr!("report-note", text = bare::why(&t)));
        // The report itself is in the report's language, whatever the screen speaks.
        let text = breakglass::i18n::with_language(&lang, || match req.format {
            SessionFormat::Md => Ok(bare::to_markdown(&t, req.redact)),
            SessionFormat::Json => json_text(&bare::to_json(&t, req.redact)),
        });
        return match text {
            Ok(text) => deliver(&text, req.out),
            Err(code) => code,
        };
    };
    // The title the session stamped is in the language it was shown in.
    let mut t = t;
    // In the language the session was shown in, its own title stands, as recorded.
    let shown_in = t.lang.as_deref().unwrap_or(breakglass::lang::ENGLISH);
    if shown_in != lang && t.playbook.hash == found.playbook.hash {
        t.playbook.title.clone_from(&found.playbook.title);
    }
    // Its note (when the playbook changed since) in the report's language too.
    let r = breakglass::i18n::with_language(&lang, || transcript::resume(&t, found.playbook));
    let input = ReportInput {
        transcript: &t,
        session: &r.session,
        note: r.note.as_deref(),
    };
    let english = Some(&english);
    let text = breakglass::i18n::with_language(&lang, || match req.format {
        SessionFormat::Md => Ok(report::to_markdown_with_english(
            &input, english, req.redact,
        )),
        SessionFormat::Json => {
            json_text(&report::to_json_with_english(&input, english, req.redact))
        }
    });
    match text {
        Ok(text) => deliver(&text, req.out),
        Err(code) => code,
    }
}
