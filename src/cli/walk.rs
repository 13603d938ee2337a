//! `breakglass walk`: answers in (and/or a path code), the path and the outcome (or
//! pending question) out, as text, JSON or Markdown.

use std::process::ExitCode;

use breakglass::engine::Answer;
use breakglass::walk;

use super::args::WalkFormat;
use super::output::{Env, STOPPED_AT_QUESTION, USAGE, error, json_text, print};
use super::position;

/// What `walk` was asked.
#[derive(Debug)]
pub struct Request<'a> {
    /// Playbook id or path.
    pub playbook: Option<&'a str>,
    /// `NODE=OPTION` answers.
    pub answers: &'a [String],
    /// A path code whose answers come first.
    pub at: Option<&'a str>,
    /// How to print.
    pub format: WalkFormat,
}

/// Walks the playbook the request names.
pub fn run(env: &Env, req: &Request<'_>) -> ExitCode {
    let (found, mut answers) = match req.at {
        Some(code) => match position::open(env, req.playbook, code) {
            Ok(o) => (o.found, o.answers),
            Err(code) => return code,
        },
        None => match env.open(req.playbook) {
            Ok(f) => (f, Vec::new()),
            Err(code) => return code,
        },
    };
    let walked = walk::parse_answers(&found.playbook, req.answers)
        .map(|given| merge(&mut answers, given))
        .and_then(|()| walk::walk(found.playbook, &answers));
    let walked = match walked {
        Ok(w) => w,
        Err(e) => {
            error(&e.to_string());
            return ExitCode::from(USAGE);
        }
    };
    for a in &walked.unused {
        error(&breakglass::tr!(
            "report-walk-unused",
            node = a.node.as_str(),
            option = a.option.as_str()
        ));
    }
    let text = match req.format {
        WalkFormat::Json => match json_text(&walk::to_json(&walked)) {
            Ok(s) => s,
            Err(code) => return code,
        },
        WalkFormat::Md => walk::to_markdown(&walked),
        WalkFormat::Text => walk::to_text(&walked),
    };
    let printed = print(&text);
    if printed != ExitCode::SUCCESS {
        return printed;
    }
    match walked.stop {
        walk::Stop::Outcome => ExitCode::SUCCESS,
        walk::Stop::Question => ExitCode::from(STOPPED_AT_QUESTION),
    }
}

/// The code's answers, then the given ones for questions the code did not answer (a
/// given answer for a question the code answered replaces it).
fn merge(code: &mut Vec<Answer>, given: Vec<Answer>) {
    for a in given {
        match code.iter_mut().find(|c| c.node == a.node) {
            Some(c) => *c = a,
            None => code.push(a),
        }
    }
}
