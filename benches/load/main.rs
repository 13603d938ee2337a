//! Load benchmark: parse and check a generated 1 MiB playbook full of dangling `next`
//! references and a valid one of about the same size, several times each, and print the
//! medians and their ratio. Loading must stay linear: the broken file may cost a few times
//! the valid one, not minutes.
//!
//! Run with `cargo bench --bench load` (release). `std::time` only.

mod generate;

use std::time::{Duration, Instant};

use breakglass::playbook::load_str;

const RUNS: usize = 7;

fn median(text: &str) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let result = load_str(text);
            let took = start.elapsed();
            std::hint::black_box(result.is_ok());
            took
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let (bad, refs) = generate::dangling(generate::MAX_BYTES);
    let valid = generate::tree_of_size(generate::MAX_BYTES);
    let chain = generate::chain(8_000);
    assert!(
        load_str(&bad).is_err(),
        "the dangling playbook must not load"
    );
    assert!(load_str(&valid).is_ok(), "the tree must load");
    assert!(load_str(&chain).is_ok(), "the chain must load");
    let bad_t = median(&bad);
    let valid_t = median(&valid);
    let chain_t = median(&chain);
    println!(
        "dangling: {} bytes, {refs} dangling references: median {:.1} ms over {RUNS} runs",
        bad.len(),
        bad_t.as_secs_f64() * 1000.0
    );
    println!(
        "valid tree: {} bytes: median {:.1} ms",
        valid.len(),
        valid_t.as_secs_f64() * 1000.0
    );
    println!(
        "valid chain of 8000 questions: {} bytes: median {:.1} ms",
        chain.len(),
        chain_t.as_secs_f64() * 1000.0
    );
    println!(
        "ratio dangling / valid tree: {:.2}",
        bad_t.as_secs_f64() / valid_t.as_secs_f64()
    );
}
