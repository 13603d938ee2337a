//! Signal dispositions set once at start-up: a file-size limit (`ulimit -f`) must make a
//! save fail (EFBIG, reported like a full disk), not kill the process with SIGXFSZ and
//! leave the terminal raw and a temporary file half-written.

/// Makes SIGXFSZ harmless: with a handler registered (it only sets a flag nobody reads)
/// the kernel no longer ends the process, and the write that crossed the limit fails with
/// EFBIG instead. Failing to register is not fatal: the default stays.
pub fn survive_file_size_limit() {
    #[cfg(unix)]
    {
        let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, flag);
    }
}
