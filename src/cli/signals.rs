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

/// Ctrl-C for plain mode: records SIGINT in a flag instead of ending the process, and
/// gives back stdin as lines read on another thread, so a blocked read notices the flag.
/// `None` where signals cannot be caught (then Ctrl-C ends the process as before).
pub fn ctrl_c() -> Option<(
    std::sync::Arc<std::sync::atomic::AtomicBool>,
    std::io::BufReader<InterruptibleStdin>,
)> {
    #[cfg(unix)]
    {
        use std::io::BufRead as _;
        let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        signal_hook::flag::register(signal_hook::consts::SIGINT, flag.clone()).ok()?;
        let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || {
            let stdin = std::io::stdin();
            loop {
                let mut line = Vec::new();
                match stdin.lock().read_until(b'\n', &mut line) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        if tx.send(line).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let reader = InterruptibleStdin {
            rx,
            buf: Vec::new(),
            pos: 0,
            flag: flag.clone(),
        };
        Some((flag, std::io::BufReader::new(reader)))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Stdin lines from a reading thread; reads as ended once Ctrl-C was pressed.
#[derive(Debug)]
pub struct InterruptibleStdin {
    rx: std::sync::mpsc::Receiver<Vec<u8>>,
    buf: Vec<u8>,
    pos: usize,
    flag: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl std::io::Read for InterruptibleStdin {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        use std::sync::atomic::Ordering;
        use std::sync::mpsc::RecvTimeoutError;
        while self.pos >= self.buf.len() {
            if self.flag.load(Ordering::SeqCst) {
                return Ok(0);
            }
            match self.rx.recv_timeout(std::time::Duration::from_millis(50)) {
                Ok(line) => {
                    self.buf = line;
                    self.pos = 0;
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(0),
            }
        }
        if self.flag.load(Ordering::SeqCst) {
            return Ok(0);
        }
        let rest = self.buf.get(self.pos..).unwrap_or_default();
        let n = rest.len().min(out.len());
        out.get_mut(..n)
            .unwrap_or_default()
            .copy_from_slice(rest.get(..n).unwrap_or_default());
        self.pos = self.pos.saturating_add(n);
        Ok(n)
    }
}
