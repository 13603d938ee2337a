//! Fuzz target (c): the session transcript reader (and the drill-run reader), with
//! resume on the built-in playbook and reports.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(why) = breakglass_fuzz::session_bytes(data) {
        panic!("{why}");
    }
});
