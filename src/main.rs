//! The `breakglass` command line: parses arguments, dispatches to one module per command,
//! and returns the exit code: 0 done, 1 error (bad playbook, I/O), 2 usage, 3 `walk` or
//! plain mode stopped at a question, 4 `status --strict` found a drill needing attention,
//! 128+N ended by signal N. Errors are printed by the commands (no Debug dumps, no
//! backtraces).
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod cli;

use std::process::ExitCode;

use clap::Parser;
use cli::args::{Cli, Command, WalkFormat};
use cli::output::{Env, print};

fn main() -> ExitCode {
    cli::signals::survive_file_size_limit();
    cli::complete::answer_if_asked();
    let cli = Cli::parse();
    // Commands that need neither the catalog nor the store.
    match cli.command {
        Some(Command::Completions { shell }) => return cli::complete::run(shell),
        Some(Command::Man) => return cli::man::run(),
        _ => {}
    }
    let mut env = Env::new(
        cli.no_color,
        cli.config_dir.as_deref(),
        cli.data_dir.as_deref(),
    );
    env.no_links = cli.no_links;
    env.lang = breakglass::lang::choose(cli.lang.as_deref(), |k| std::env::var(k).ok());
    // The interface speaks the same language as the playbook text, where it has it. For
    // `translate`, `--lang` names the language translated into, not the one to read.
    let interface = match cli.command {
        Some(Command::Translate { .. }) => {
            breakglass::lang::choose(None, |k| std::env::var(k).ok())
        }
        _ => env.lang.clone(),
    };
    breakglass::i18n::set_language(&interface);
    let wizard = cli::wizard::Request {
        playbook: None,
        resume: cli.resume.as_deref(),
        at: cli.at.as_deref(),
        plain: cli.plain,
        present: cli.present,
    };
    match cli.command {
        None => cli::wizard::run(&env, wizard),
        Some(Command::Run { ref playbook }) => cli::wizard::run(
            &env,
            cli::wizard::Request {
                playbook: playbook.as_deref(),
                ..wizard
            },
        ),
        Some(Command::Walk {
            ref playbook,
            ref answers,
            ref at,
            json,
            format,
        }) => cli::walk::run(
            &env,
            &cli::walk::Request {
                playbook: playbook.as_deref(),
                answers,
                at: at.as_deref(),
                format: if json {
                    WalkFormat::Json
                } else {
                    format.unwrap_or(WalkFormat::Text)
                },
            },
        ),
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
        Some(Command::Schema { drill: false }) => {
            print(&breakglass::export::schema::playbook_schema())
        }
        Some(Command::Schema { drill: true }) => print(&breakglass::export::schema::drill_schema()),
        Some(Command::Drill { ref action }) => cli::drill::run(&env, action.as_ref(), cli.plain),
        Some(Command::Status { strict }) => cli::status::run(&env, strict),
        Some(Command::List { json }) => cli::list::run(&env, json),
        Some(ref cmd @ Command::Translate { .. }) => {
            cli::translate::dispatch(&env, cmd, cli.lang.as_deref())
        }
        Some(cmd @ Command::Audit { .. }) => {
            cli::audit::dispatch(&env, cmd, cli.config_dir.as_deref())
        }
        Some(Command::Completions { shell }) => cli::complete::run(shell),
        Some(Command::Man) => cli::man::run(),
        Some(Command::Sessions { delete, older_than }) => {
            cli::sessions::run(&env, delete.as_deref(), older_than)
        }
        Some(ref cmd @ Command::Report { .. }) => {
            cli::report::dispatch(&env, cmd, cli.lang.as_deref())
        }
    }
}
