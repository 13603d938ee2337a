//! `--at CODE`: finds the playbook a path code belongs to and the answers it stands for,
//! for the wizard, plain mode and `walk` alike.

use std::process::ExitCode;

use breakglass::catalog::Found;
use breakglass::engine::{Answer, pathcode};

use breakglass::tr;

use super::output::{Env, USAGE, error};

/// A code opened: the playbook, the answers, and a line saying what was opened.
pub struct Opened {
    /// The playbook the code belongs to.
    pub found: Found,
    /// The answers, in order.
    pub answers: Vec<Answer>,
    /// "Opened path code 4G2K-XP: 8 answers on entra-mfa-lockout."
    pub note: String,
}

/// Opens `code` on the playbook `arg` names; with no `arg`, on whichever playbook of the
/// catalog the code was made with (the default one first).
pub fn open(env: &Env, arg: Option<&str>, code: &str) -> Result<Opened, ExitCode> {
    let found = env.open(arg)?;
    let found = match pathcode::decode(code, &found.playbook) {
        Ok(answers) => return Ok(opened(found, answers, code)),
        Err(pathcode::CodeError::OtherPlaybook { .. }) if arg.is_none() => {
            match other_playbook(env, code, &found.playbook.id) {
                Some(other) => other,
                None => found,
            }
        }
        Err(_) => found,
    };
    match pathcode::decode(code, &found.playbook) {
        Ok(answers) => Ok(opened(found, answers, code)),
        Err(e) => {
            error(&format!("{e}."));
            if matches!(e, pathcode::CodeError::OtherPlaybook { .. }) {
                error(&tr!(
                    "cli-code-versions",
                    version = env!("CARGO_PKG_VERSION"),
                    playbook = found.playbook.id.as_str(),
                    playbook_version = found.playbook.version.as_str()
                ));
            }
            Err(ExitCode::from(USAGE))
        }
    }
}

/// Another playbook of the catalog whose fingerprint the code carries.
fn other_playbook(env: &Env, code: &str, tried: &str) -> Option<Found> {
    let wanted = pathcode::fingerprint_of(code)?;
    env.catalog
        .ids()
        .into_iter()
        .filter(|id| id != tried)
        .filter_map(|id| env.catalog.open(Some(&id)).ok())
        .find(|f| pathcode::fingerprint(&f.playbook) == wanted)
}

fn opened(found: Found, answers: Vec<Answer>, code: &str) -> Opened {
    let n = answers.len();
    let note = tr!(
        "cli-code-opened",
        code = code.trim().to_ascii_uppercase(),
        count = n,
        playbook = found.playbook.id.as_str()
    );
    Opened {
        found,
        answers,
        note,
    }
}
