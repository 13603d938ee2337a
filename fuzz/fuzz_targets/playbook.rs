//! Fuzz target (a): the playbook loader and checker. Any bytes; text that is not UTF-8 is
//! refused before YAML, as the catalog does. See `breakglass_fuzz::playbook_text`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(why) = breakglass_fuzz::playbook_text(text)
    {
        panic!("{why}");
    }
});
