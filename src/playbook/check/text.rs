//! Checks on single values: id syntax, dates, characters that could drive a terminal, and
//! "did you mean" suggestions for misspelled ids.

/// Whether `id` is a valid id: lowercase ASCII letters, digits and single hyphens,
/// starting with a letter or digit, at most 64 characters.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !id.is_empty()
        && id.len() <= 64
        && bytes[0].is_ascii_alphanumeric()
        && !id.ends_with('-')
        && !id.contains("--")
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD`.
pub fn is_valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && y >= 2000
}

/// Days since 1970-01-01 of a valid `YYYY-MM-DD` date (Howard Hinnant's algorithm).
pub fn days_from_civil(date: &str) -> Option<i64> {
    if !is_valid_date(date) {
        return None;
    }
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The first character in `text` that must never reach a terminal: control characters
/// other than newline and tab (ESC starts escape sequences), C1 controls, the
/// bidirectional overrides that can make text read differently from what it is, and the
/// invisible characters that hide in text (see [`is_invisible`]).
pub fn forbidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || is_invisible(c)
    })
}

/// Zero-width and invisible formatting characters: zero-width space, joiners and marks
/// (U+200B to U+200F), the line and paragraph separators (U+2028, U+2029), the word joiner
/// and invisible operators (U+2060 to U+2064), the byte order mark (U+FEFF) and the Arabic
/// letter mark (U+061C). They change what a reader sees, or how text is matched, without
/// being seen.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{061C}'
    )
}

/// How a forbidden character is named in a message.
pub fn describe_char(c: char) -> String {
    match c {
        '\u{1b}' => "an escape character (ESC, which starts terminal escape sequences)".into(),
        '\r' => "a carriage return".into(),
        c if is_invisible(c) => format!(
            "the invisible character U+{:04X} (it does not show, but changes the text)",
            u32::from(c)
        ),
        c => format!("the control character U+{:04X}", u32::from(c)),
    }
}

/// The candidate closest to `wanted`, if it is close enough to be a likely typo.
///
/// Of several equally close candidates, the first wins.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    Suggester::unlimited().did_you_mean(wanted, candidates)
}

/// The work one file's "did you mean" searches may do, in edit-distance cells (plus one
/// per candidate looked at). A few typos in a playbook of thousands of nodes stay well
/// inside it; a file with thousands of dangling references runs out and gets no more
/// suggestions instead of taking minutes.
pub const SUGGEST_BUDGET: u64 = 4_000_000;

/// "Did you mean" searches that share a work budget, so that many misspelled references
/// cost linear time in total: once the budget is spent, no more suggestions are made.
#[derive(Debug, Clone)]
pub struct Suggester {
    work_left: u64,
    wanted: Vec<char>,
    candidate: Vec<char>,
    rows: [Vec<usize>; 2],
}

impl Suggester {
    /// Searches with the given budget (see [`SUGGEST_BUDGET`]).
    pub fn with_budget(work: u64) -> Self {
        Self {
            work_left: work,
            wanted: Vec::new(),
            candidate: Vec::new(),
            rows: [Vec::new(), Vec::new()],
        }
    }

    /// Searches with no budget.
    pub fn unlimited() -> Self {
        Self::with_budget(u64::MAX)
    }

    /// Like [`did_you_mean`], or `None` once the budget is spent.
    pub fn did_you_mean<'a>(
        &mut self,
        wanted: &str,
        candidates: impl Iterator<Item = &'a str>,
    ) -> Option<&'a str> {
        self.wanted.clear();
        self.wanted.extend(wanted.chars());
        let limit = (self.wanted.len() / 3).max(2);
        let mut best: Option<(usize, &'a str)> = None;
        for c in candidates {
            // The most a candidate may differ by and still win: within the limit, and
            // strictly closer than the best so far (the first of equals wins).
            let max = match best {
                Some((0, _)) => break,
                Some((d, _)) => d - 1,
                None => limit,
            };
            self.work_left = self.work_left.checked_sub(1)?;
            // A candidate whose length differs by more than `max` cannot be that close.
            let len = if c.is_ascii() {
                c.len()
            } else {
                c.chars().count()
            };
            if len.abs_diff(self.wanted.len()) > max {
                continue;
            }
            self.candidate.clear();
            self.candidate.extend(c.chars());
            let chars = u64::try_from(len).unwrap_or(u64::MAX);
            self.work_left = self.work_left.saturating_sub(chars);
            if let Some(d) = self.bounded_distance(max) {
                best = Some((d, c));
            }
            if self.work_left == 0 {
                return None;
            }
        }
        best.map(|(_, c)| c)
    }

    /// The Levenshtein distance between `self.wanted` and `self.candidate` by characters,
    /// if it is at most `max`. Computes only the band of cells within `max` of the
    /// diagonal, and stops as soon as a whole row exceeds `max`.
    fn bounded_distance(&mut self, max: usize) -> Option<usize> {
        let (a, b) = (&self.wanted, &self.candidate);
        let (n, m) = (a.len(), b.len());
        if n.abs_diff(m) > max {
            return None;
        }
        let far = usize::MAX / 2;
        let [prev, cur] = &mut self.rows;
        prev.clear();
        prev.extend((0..=m).map(|j| if j <= max { j } else { far }));
        cur.clear();
        cur.resize(m + 1, far);
        for (i, ca) in a.iter().enumerate() {
            let row = i + 1;
            let lo = row.saturating_sub(max).max(1);
            let hi = (row + max).min(m);
            cur[lo - 1] = if lo == 1 { row } else { far };
            let mut row_min = cur[lo - 1];
            for j in lo..=hi {
                let cost = usize::from(*ca != b[j - 1]);
                let best = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
                cur[j] = best;
                row_min = row_min.min(best);
            }
            if hi < m {
                cur[hi + 1] = far;
            }
            let cells = u64::try_from(hi + 1 - lo).unwrap_or(u64::MAX);
            self.work_left = self.work_left.saturating_sub(cells);
            if row_min > max {
                return None;
            }
            std::mem::swap(prev, cur);
        }
        (prev[m] <= max).then_some(prev[m])
    }
}

/// Levenshtein distance between two strings, by characters (the plain full-table
/// algorithm, kept to check the banded one against).
#[cfg(test)]
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let best = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            cur.push(best);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["a", "tenant-lockout", "step-2", "2fa"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "Tenant", "a_b", "-a", "a-", "a--b", "a b", "é"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert!(is_valid_date("2026-11-28"));
        assert!(is_valid_date("2024-02-29"));
        assert!(!is_valid_date("2025-02-29"));
        assert!(!is_valid_date("2026-13-01"));
        assert!(!is_valid_date("26-11-28"));
        assert!(!is_valid_date("2026/11/28"));
    }

    #[test]
    fn day_counts() {
        assert_eq!(days_from_civil("2000-01-01"), Some(10_957));
        assert_eq!(days_from_civil("2000-03-01"), Some(11_017));
        let a = days_from_civil("2026-05-30").unwrap();
        let b = days_from_civil("2026-11-28").unwrap();
        assert_eq!(b - a, 182);
        assert_eq!(days_from_civil("2026-02-30"), None);
    }

    #[test]
    fn forbidden_characters() {
        assert_eq!(forbidden_char("plain\ttext\nnext line"), None);
        assert_eq!(forbidden_char("red \u{1b}[31m"), Some('\u{1b}'));
        assert_eq!(forbidden_char("abc\u{202E}cba"), Some('\u{202E}'));
        assert_eq!(forbidden_char("bell\u{7}"), Some('\u{7}'));
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{2028}', '\u{2029}',
            '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{FEFF}', '\u{061C}',
        ] {
            assert_eq!(forbidden_char(&format!("zero{c}width")), Some(c), "{c:?}");
            assert!(describe_char(c).contains("invisible"), "{c:?}");
        }
        assert_eq!(forbidden_char("café, naïve, 東京, emoji 🔑"), None);
    }

    #[test]
    fn suggestions() {
        let ids = ["tenant-lockout", "other-admin", "partner"];
        assert_eq!(
            did_you_mean("tenant-lockuot", ids.into_iter()),
            Some("tenant-lockout")
        );
        assert_eq!(did_you_mean("partners", ids.into_iter()), Some("partner"));
        assert_eq!(did_you_mean("zebra", ids.into_iter()), None);
    }

    /// The old search: every candidate's full edit distance, the first of the closest.
    fn naive<'a>(wanted: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let limit = (wanted.chars().count() / 3).max(2);
        candidates
            .iter()
            .map(|c| (edit_distance(wanted, c), *c))
            .filter(|(d, _)| *d <= limit)
            .min_by_key(|(d, _)| *d)
            .map(|(_, c)| c)
    }

    proptest::proptest! {
        #[test]
        fn banded_search_agrees_with_the_full_table(
            wanted in "[a-cé-]{0,12}",
            candidates in proptest::collection::vec("[a-cé-]{0,12}", 0..12),
        ) {
            let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                did_you_mean(&wanted, refs.iter().copied()),
                naive(&wanted, &refs)
            );
        }

        #[test]
        fn banded_distance_agrees_within_the_bound(
            a in "[ab-]{0,10}",
            b in "[ab-]{0,10}",
            max in 0usize..6,
        ) {
            let mut s = Suggester::unlimited();
            s.wanted = a.chars().collect();
            s.candidate = b.chars().collect();
            let full = edit_distance(&a, &b);
            proptest::prop_assert_eq!(s.bounded_distance(max), (full <= max).then_some(full));
        }
    }

    #[test]
    fn a_spent_budget_stops_suggesting() {
        let ids: Vec<String> = (0..1000).map(|i| format!("node-{i:04}")).collect();
        let mut s = Suggester::with_budget(5_000);
        let mut made = 0;
        for i in 0..1000 {
            if s.did_you_mean(&format!("node-{i:04}x"), ids.iter().map(String::as_str))
                .is_some()
            {
                made += 1;
            }
        }
        assert!(made > 0, "the budget allows a few suggestions");
        assert!(made < 10, "then it stops: {made}");
        assert_eq!(
            s.did_you_mean("node-0001x", ids.iter().map(String::as_str)),
            None
        );
    }
}
