//! `breakglass audit` on a generated large export: 10,000 users and their registration
//! details, 200 role assignments and 500 Conditional Access policies (the shape the
//! integration test `audit::a_large_export_is_audited_quickly` also uses).

use breakglass::audit::{self, emergency::Named, read::read_dir};
use divan::{Bencher, black_box};

#[path = "../generate_export.rs"]
mod generate_export;

/// Reading the export's files and running every rule, as `breakglass audit DIR` does.
#[divan::bench(sample_count = 10)]
fn large_export(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap();
    generate_export::large_export(dir.path());
    let named = Named {
        accounts: vec!["user0@contoso.com".into(), "user1@contoso.com".into()],
        origin: "bench".into(),
    };
    bencher.bench(|| {
        let export = read_dir(black_box(dir.path())).unwrap();
        audit::run(export, Some(&named))
    });
}
