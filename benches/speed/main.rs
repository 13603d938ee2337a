//! The speed benchmarks (divan): loading the built-in playbook from YAML and from its
//! compiled form, `Session` steps, rendering every kind of screen into ratatui's
//! `TestBackend`, path codes, checking generated playbooks of up to 1 MiB, and `audit` of a
//! generated 10,000-user, 500-policy export.
//!
//! `cargo bench --bench speed` measures (release-like profile); `cargo test --benches`
//! runs each benchmark once, as CI does, so they keep building and working.
//! `cargo bench --bench speed -- --write-playbook FILE` writes the generated 1 MiB
//! playbook instead (for `scripts/validate-vs-pyyaml.py`).
#![allow(missing_docs)]

mod audit;
#[path = "../generate.rs"]
mod generate;
mod load;
mod pathcode;
mod render;
mod screens;
mod session;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write-playbook") {
        let Some(file) = args.get(i + 1) else {
            eprintln!("--write-playbook needs a file name");
            std::process::exit(2);
        };
        let text = generate::tree_of_size(generate::MAX_BYTES);
        if let Err(e) = std::fs::write(file, &text) {
            eprintln!("cannot write {file}: {e}");
            std::process::exit(1);
        }
        println!("wrote {file}: {} bytes", text.len());
        return;
    }
    divan::main();
}
