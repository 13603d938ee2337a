//! `breakglass walk`: answers in, the path and the outcome (or pending question) out.

use std::process::ExitCode;

use breakglass::walk;

use super::output::{Env, FAILURE, STOPPED_AT_QUESTION, USAGE, error, print};

/// Walks the playbook `arg` names with `raw` answers (`NODE=OPTION`).
pub fn run(env: &Env, arg: Option<&str>, raw: &[String], json: bool) -> ExitCode {
    let found = match env.open(arg) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let walked = walk::parse_answers(&found.playbook, raw)
        .and_then(|answers| walk::walk(found.playbook, &answers));
    let walked = match walked {
        Ok(w) => w,
        Err(e) => {
            error(&e.to_string());
            return ExitCode::from(USAGE);
        }
    };
    for a in &walked.unused {
        error(&format!(
            "note: --answer {}={} was not used: the path did not reach `{}`",
            a.node, a.option, a.node
        ));
    }
    let text = if json {
        match serde_json::to_string_pretty(&walk::to_json(&walked)) {
            Ok(s) => s + "\n",
            Err(e) => {
                error(&format!("cannot write JSON: {e}"));
                return ExitCode::from(FAILURE);
            }
        }
    } else {
        walk::to_text(&walked)
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
