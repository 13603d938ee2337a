//! Path codes: a short code for a position in a playbook (which playbook, and the answers
//! so far) that can be read aloud over a phone, e.g. `4G2K-XP`.
//!
//! - Alphabet: Crockford's base 32 (digits and letters without I, L, O and U), read
//!   case-insensitively, with `O` taken as `0` and `I`/`L` as `1`.
//! - Content: a 10-bit fingerprint of the playbook's exact text, the number of answers,
//!   and the answers as option positions in one mixed-radix number (each question's option
//!   count is its radix), so codes stay short and are stable for the same playbook text.
//! - A final Luhn mod 32 check character catches any single mistyped character and most
//!   swapped neighbours.

use super::session::{Answer, Session};
use crate::playbook::Playbook;

/// The 32 symbols, in value order.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const FINGERPRINT_BITS: u32 = 10;
const COUNT_BITS: u32 = 5;
const HEADER_BITS: u32 = FINGERPRINT_BITS + COUNT_BITS;
/// The most answers a code can hold.
pub const MAX_ANSWERS: usize = 31;

/// Why a code cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Characters that are not in the alphabet, or far too short.
    #[error(
        "`{0}` is not a path code: codes use digits and letters (no I, L, O or U), like 4G2K-XP"
    )]
    Malformed(String),
    /// The check character does not match: a character was misheard or mistyped.
    #[error(
        "the code `{0}` does not check out: a character was probably misheard or mistyped; read it again"
    )]
    Mistyped(String),
    /// The code was made with another playbook, or another version of this one.
    #[error(
        "the code `{code}` was made with a different playbook or version (fingerprint {theirs:03x}; this playbook's is {ours:03x}); ask for a new code, or give the answers instead"
    )]
    OtherPlaybook {
        /// The code as given.
        code: String,
        /// The fingerprint in the code.
        theirs: u16,
        /// This playbook's fingerprint.
        ours: u16,
    },
    /// The code decodes to answers this playbook does not have.
    #[error("the code `{0}` does not fit this playbook's questions; ask for a new code")]
    DoesNotFit(String),
    /// Too many answers, or too many options, for a code.
    #[error("this position is too long for a path code ({0} answers)")]
    TooLong(usize),
}

/// The playbook's 10-bit fingerprint, from its content hash.
pub fn fingerprint(pb: &Playbook) -> u16 {
    let h = u64::from_str_radix(&pb.hash, 16).unwrap_or(0);
    u16::try_from(h & ((1 << FINGERPRINT_BITS) - 1)).unwrap_or(0)
}

/// The code of the session's current position.
pub fn encode(session: &Session) -> Result<String, CodeError> {
    let pb = session.playbook();
    let mut steps: Vec<(u128, u128)> = Vec::new();
    for visit in session.trail() {
        let node = pb.node(visit.node);
        if let Some(choice) = visit.choice {
            let radix = u128::try_from(node.choices().len()).unwrap_or(u128::MAX);
            let index = u128::try_from(choice).unwrap_or(0);
            steps.push((index, radix));
        }
    }
    let count = steps.len();
    if count > MAX_ANSWERS {
        return Err(CodeError::TooLong(count));
    }
    let mut path: u128 = 0;
    for (index, radix) in steps.iter().rev() {
        path = path
            .checked_mul(*radix)
            .and_then(|p| p.checked_add(*index))
            .ok_or(CodeError::TooLong(count))?;
    }
    let header = (u128::from(fingerprint(pb)) << COUNT_BITS) | u128::try_from(count).unwrap_or(0);
    let total = path
        .checked_mul(1 << HEADER_BITS)
        .map(|p| p | header)
        .ok_or(CodeError::TooLong(count))?;
    let mut digits = to_base32(total);
    digits.push(check_digit(&digits));
    Ok(group(&digits))
}

/// The answers a code stands for, checked against `pb`.
pub fn decode(code: &str, pb: &Playbook) -> Result<Vec<Answer>, CodeError> {
    let digits = normalise(code).ok_or_else(|| CodeError::Malformed(code.trim().to_string()))?;
    if digits.len() < 4 {
        return Err(CodeError::Malformed(code.trim().to_string()));
    }
    if !is_valid(&digits) {
        return Err(CodeError::Mistyped(code.trim().to_string()));
    }
    let (payload, _) = digits.split_at(digits.len().saturating_sub(1));
    let total =
        from_base32(payload).ok_or_else(|| CodeError::DoesNotFit(code.trim().to_string()))?;
    let theirs = u16::try_from((total >> COUNT_BITS) & ((1 << FINGERPRINT_BITS) - 1)).unwrap_or(0);
    let ours = fingerprint(pb);
    if theirs != ours {
        return Err(CodeError::OtherPlaybook {
            code: code.trim().to_string(),
            theirs,
            ours,
        });
    }
    let count = usize::try_from(total & ((1 << COUNT_BITS) - 1)).unwrap_or(0);
    let mut path = total >> HEADER_BITS;
    let misfit = || CodeError::DoesNotFit(code.trim().to_string());
    let mut session = Session::new(pb.clone());
    for _ in 0..count {
        session.skip_info();
        // Digits name options by their place among all the node's options, shown or not:
        // the facts follow from the answers.
        let all = session.playbook().node(session.current()).choices().len();
        let radix = u128::try_from(all).map_err(|_| misfit())?;
        if radix == 0 {
            return Err(misfit());
        }
        let index = usize::try_from(path % radix).map_err(|_| misfit())?;
        path /= radix;
        session.choose_original(index).map_err(|_| misfit())?;
    }
    if path != 0 {
        return Err(misfit());
    }
    Ok(session.answers())
}

/// The fingerprint a code carries, if it is well formed and checks out (to find which
/// playbook it belongs to).
pub fn fingerprint_of(code: &str) -> Option<u16> {
    let digits = normalise(code)?;
    if digits.len() < 4 || !is_valid(&digits) {
        return None;
    }
    let (payload, _) = digits.split_at(digits.len().saturating_sub(1));
    let total = from_base32(payload)?;
    u16::try_from((total >> COUNT_BITS) & ((1 << FINGERPRINT_BITS) - 1)).ok()
}

/// Symbol values of a code as typed or heard: case, spaces and dashes ignored; `O` is 0,
/// `I` and `L` are 1. `None` if any other character is not in the alphabet.
fn normalise(code: &str) -> Option<Vec<u8>> {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| {
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            ALPHABET
                .iter()
                .position(|&a| char::from(a) == c)
                .and_then(|p| u8::try_from(p).ok())
        })
        .collect()
}

fn to_base32(mut n: u128) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        out.push(u8::try_from(n % 32).unwrap_or(0));
        n /= 32;
        if n == 0 {
            break;
        }
    }
    while out.len() < 3 {
        out.push(0);
    }
    out.reverse();
    out
}

fn from_base32(digits: &[u8]) -> Option<u128> {
    digits.iter().try_fold(0u128, |acc, &d| {
        acc.checked_mul(32)?.checked_add(u128::from(d))
    })
}

/// Luhn mod 32 over symbol values: the check digit for `digits`.
fn check_digit(digits: &[u8]) -> u8 {
    let sum = luhn_sum(digits, true);
    u8::try_from((32 - sum % 32) % 32).unwrap_or(0)
}

/// Whether the last digit is the right check digit for the others.
fn is_valid(digits: &[u8]) -> bool {
    luhn_sum(digits, false).is_multiple_of(32)
}

fn luhn_sum(digits: &[u8], double_first: bool) -> u32 {
    let mut double = double_first;
    let mut sum = 0u32;
    for &d in digits.iter().rev() {
        let mut addend = u32::from(d) * if double { 2 } else { 1 };
        addend = addend / 32 + addend % 32;
        sum += addend;
        double = !double;
    }
    sum
}

/// Symbols in groups of four, joined with `-`.
fn group(digits: &[u8]) -> String {
    digits
        .chunks(4)
        .map(|chunk| {
            chunk
                .iter()
                .map(|&d| char::from(ALPHABET[usize::from(d)]))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digit_catches_single_substitutions_and_swaps() {
        let digits: Vec<u8> = vec![3, 17, 9, 22, 2, 26, 29];
        let mut coded = digits.clone();
        coded.push(check_digit(&digits));
        assert!(is_valid(&coded));
        for i in 0..coded.len() {
            for v in 0..32u8 {
                if v == coded[i] {
                    continue;
                }
                let mut bad = coded.clone();
                bad[i] = v;
                assert!(!is_valid(&bad), "substitution at {i} to {v} not caught");
            }
        }
        let mut swapped_caught = 0;
        let mut swaps = 0;
        for i in 0..coded.len() - 1 {
            if coded[i] != coded[i + 1] {
                swaps += 1;
                let mut bad = coded.clone();
                bad.swap(i, i + 1);
                if !is_valid(&bad) {
                    swapped_caught += 1;
                }
            }
        }
        assert_eq!(swapped_caught, swaps, "a swap of neighbours was not caught");
    }

    #[test]
    fn reading_is_forgiving_about_case_dashes_and_look_alikes() {
        assert_eq!(normalise("4g2k-x7o"), normalise("4G2KX70"));
        assert_eq!(normalise("l1I"), normalise("111"));
        assert_eq!(normalise("4G2U"), None, "U is not used");
        assert_eq!(normalise("4G2K!"), None);
    }
}
