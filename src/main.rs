//! The `breakglass` command line: parses arguments, dispatches to one module per command,
//! and returns the exit code: 0 done, 1 error (bad playbook, I/O), 2 usage, 3 `walk`
//! stopped at a question. Errors are printed by the commands (no Debug dumps, no
//! backtraces).
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod cli;

use std::process::ExitCode;

use clap::Parser;
use cli::args::{Cli, Command};
use cli::output::{Env, print};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = Env::new(cli.no_color, cli.config_dir.as_deref());
    match cli.command {
        None => cli::wizard::run(&env, None),
        Some(Command::Run { playbook }) => cli::wizard::run(&env, playbook.as_deref()),
        Some(Command::Walk {
            playbook,
            answers,
            json,
        }) => cli::walk::run(&env, playbook.as_deref(), &answers, json),
        Some(Command::Validate {
            targets,
            deny_warnings,
            max_age,
            format,
            stats,
        }) => cli::validate::run(
            &env,
            &cli::validate::Request {
                targets: &targets,
                deny_warnings,
                max_age,
                format,
                stats,
            },
        ),
        Some(Command::Graph { playbook, format }) => {
            cli::graph::run(&env, playbook.as_deref(), format)
        }
        Some(Command::Schema) => print(&breakglass::export::schema::playbook_schema()),
        Some(Command::List) => cli::list::run(&env),
    }
}
