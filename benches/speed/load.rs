//! Loading: the built-in playbook from YAML (parse and check) and from its compiled form,
//! its zh-CN translation the same two ways,
//! and generated playbooks at the 1 MiB limit (`validate`'s work on a large file). The
//! dangling one must stay within a few times the valid tree: checking is linear.

use std::sync::LazyLock;

use breakglass::playbook::builtin::{self, Builtin};
use breakglass::playbook::load_str;
use divan::{Bencher, black_box};

use super::generate;

fn default() -> &'static Builtin {
    builtin::builtin(builtin::DEFAULT_ID).expect("the default playbook is built in")
}

#[divan::bench]
fn builtin_from_yaml() -> bool {
    load_str(black_box(default().text)).is_ok()
}

#[divan::bench]
fn builtin_from_compiled() -> bool {
    black_box(default()).playbook().is_some()
}

fn chinese() -> &'static builtin::BuiltinTranslation {
    builtin::translations(builtin::DEFAULT_ID)
        .find(|t| t.lang == "zh-CN")
        .expect("the default playbook has a zh-CN translation")
}

/// The zh-CN translation as a user's file is read: parse the YAML and check it.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn chinese_from_yaml(bencher: Bencher) {
    let pb = default().playbook().expect("compiled");
    bencher.bench(|| {
        breakglass::playbook::translation::check(&pb, black_box(chinese().text), Some("zh-CN"))
            .strings
            .len()
    });
}

/// The zh-CN translation as the binary shows it: the strings compiled at build time.
#[divan::bench]
fn chinese_from_compiled() -> usize {
    black_box(chinese()).strings().map_or(0, |s| s.len())
}

static VALID_1MIB: LazyLock<String> = LazyLock::new(|| generate::tree_of_size(generate::MAX_BYTES));
static DANGLING_1MIB: LazyLock<String> =
    LazyLock::new(|| generate::dangling(generate::MAX_BYTES).0);
static CHAIN: LazyLock<String> = LazyLock::new(|| generate::chain(8_000));

#[divan::bench(sample_count = 10, sample_size = 1)]
fn valid_tree_1mib(bencher: Bencher) {
    let text = VALID_1MIB.as_str();
    assert!(load_str(text).is_ok(), "the generated tree must load");
    bencher.bench(|| load_str(black_box(text)).is_ok());
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn dangling_1mib(bencher: Bencher) {
    let text = DANGLING_1MIB.as_str();
    assert!(
        load_str(text).is_err(),
        "the dangling playbook must not load"
    );
    bencher.bench(|| load_str(black_box(text)).is_err());
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn chain_8000(bencher: Bencher) {
    let text = CHAIN.as_str();
    assert!(load_str(text).is_ok(), "the chain must load");
    bencher.bench(|| load_str(black_box(text)).is_ok());
}
