//! Session and drill-run ids: the start time and 64 random bits from the operating system,
//! e.g. `20261128T140501Z-3fa94c0e1b2d7a65`, and the rule a saved file's name must follow.

/// The longest id a file name may carry.
pub const MAX_ID_LEN: usize = 64;

/// A new id for something started at `now`: its UTC time to the second and 64 random bits
/// (16 hex digits), so two starts in the same second never share one.
pub fn new_id(now: jiff::Timestamp) -> String {
    format!("{}-{:016x}", now.strftime("%Y%m%dT%H%M%SZ"), random_u64())
}

/// Whether `id` may name a saved file: 1 to 64 ASCII letters, digits and `-`, so it can
/// never point at another folder. Ids from before 0.1 (`…-3fa9`) fit too.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// 64 bits from the operating system's random source; should that ever fail, a mix of the
/// time, the process id and a counter through the standard library's randomly keyed
/// hasher (still distinct between processes and calls).
fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    if let Ok(n) = getrandom::u64() {
        return n;
    }
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.write_u32(std::process::id());
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_and_valid() {
        let now: jiff::Timestamp = "2026-11-28T14:05:01Z".parse().unwrap();
        let ids: std::collections::BTreeSet<String> = (0..1000).map(|_| new_id(now)).collect();
        assert_eq!(ids.len(), 1000);
        for id in &ids {
            assert!(is_valid_id(id), "{id}");
            assert!(id.starts_with("20261128T140501Z-"));
            assert_eq!(id.len(), 33);
        }
    }

    #[test]
    fn ids_that_could_leave_the_folder_are_not_valid() {
        for bad in [
            "",
            "../x",
            "/etc/passwd",
            "a/b",
            "a.b",
            "a b",
            "é",
            &"a".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
        assert!(is_valid_id("20261128T140000Z-abcd"));
    }
}
