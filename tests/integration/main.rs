//! Every integration test, in one binary: one compile and one link instead of one per
//! file. Each module below is a former `tests/<name>.rs`.

mod common;

mod architecture;
mod builtin_compiled;
mod builtin_paths;
mod cli;
mod cli_sessions;
mod docs;
mod drills;
mod ecosystem;
mod engine;
mod facts;
mod fuzz_props;
mod graph;
mod hostile_load;
mod hostile_output;
mod hostile_redact;
mod hostile_secrets;
mod hostile_store;
mod hostile_term;
mod hostile_text;
mod no_network;
mod pathcode;
mod plain;
mod playbook_load;
mod pty;
mod schema;
mod sessions;
mod tmux;
mod tui;
mod user_playbooks;
mod validate;
