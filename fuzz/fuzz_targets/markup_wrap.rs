//! Fuzz target (e): markup parsing and word wrapping. The first byte is the width
//! (0..=255 columns), the rest is the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&width, rest)) = data.split_first() else {
        return;
    };
    if let Ok(text) = std::str::from_utf8(rest)
        && let Err(why) = breakglass_fuzz::markup_wrap(text, usize::from(width))
    {
        panic!("{why}");
    }
});
