//! `breakglass graph`: the tree as Mermaid or DOT on stdout.

use std::process::ExitCode;

use breakglass::export::graph;

use super::args::GraphFormat;
use super::output::{Env, print};

/// Prints the graph of the playbook `arg` names.
pub fn run(env: &Env, arg: Option<&str>, format: GraphFormat) -> ExitCode {
    let found = match env.open(arg) {
        Ok(f) => f,
        Err(code) => return code,
    };
    print(&match format {
        GraphFormat::Mermaid => graph::to_mermaid(&found.playbook),
        GraphFormat::Dot => graph::to_dot(&found.playbook),
    })
}
