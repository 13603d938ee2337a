//! Fuzz target (d): path codes. The whole input, as text, is decoded against the built-in
//! playbook; its bytes are also taken as choices for a walk whose every position's code
//! must round-trip (and catch every single mistyped character).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(pb) = breakglass_fuzz::builtin_playbook() else {
        panic!("the built-in playbook does not load");
    };
    let code = String::from_utf8_lossy(data);
    if let Err(why) = breakglass_fuzz::pathcode_string(&code, pb) {
        panic!("{why}");
    }
    if let Err(why) = breakglass_fuzz::pathcode_round_trip(data, pb) {
        panic!("{why}");
    }
});
