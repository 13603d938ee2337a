//! Fuzz target (b): the drill loader and its check against a playbook (the built-in ones,
//! or one appended after `breakglass_fuzz::DRILL_PLAYBOOK_SEPARATOR`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(why) = breakglass_fuzz::drill_text(text)
    {
        panic!("{why}");
    }
});
