//! Every integration test, in one binary: one compile and one link instead of one per
//! file. Each module below is a former `tests/<name>.rs`.

mod common;

mod architecture;
mod builtin_paths;
mod cli;
mod cli_sessions;
mod docs;
mod drills;
mod engine;
mod facts;
mod graph;
mod hostile_output;
mod hostile_store;
mod hostile_term;
mod no_network;
mod pathcode;
mod plain;
mod playbook_load;
mod pty;
mod schema;
mod sessions;
mod tui;
mod user_playbooks;
mod validate;
