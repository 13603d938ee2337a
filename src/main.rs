//! The `breakglass` command line (the wizard and `walk` arrive in the next change).
fn main() {}
