//! Path codes: a round trip at every position of every fixture path, a mistyped code is
//! caught, a code from another playbook or version is refused, and codes are short and
//! stable for the same text.

use crate::common::{builtin_paths, builtin_playbook, fixture};
use breakglass::engine::pathcode::{self, CodeError};
use breakglass::engine::{Answer, Session};
use breakglass::playbook::{Playbook, builtin, load_str};

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The session after the first `k` of `answers`.
fn after(pb: &Playbook, answers: &[Answer], k: usize) -> Session {
    let mut s = Session::new(pb.clone());
    s.replay(&answers[..k]).unwrap();
    s
}

/// Every code of every prefix of every built-in fixture path, with its answers.
fn all_codes() -> Vec<(String, Vec<Answer>)> {
    let pb = builtin_playbook();
    let mut out = Vec::new();
    for path in builtin_paths() {
        let answers = path.parsed_answers();
        for k in 0..=answers.len() {
            let s = after(&pb, &answers, k);
            out.push((pathcode::encode(&s).unwrap(), s.answers()));
        }
    }
    out
}

#[test]
fn every_position_of_every_fixture_path_round_trips() {
    let pb = builtin_playbook();
    for path in builtin_paths() {
        let answers = path.parsed_answers();
        for k in 0..=answers.len() {
            let s = after(&pb, &answers, k);
            let code = pathcode::encode(&s).unwrap();
            let decoded = pathcode::decode(&code, &pb)
                .unwrap_or_else(|e| panic!("{} after {k}: {code}: {e}", path.name));
            assert_eq!(decoded, s.answers(), "{} after {k}: {code}", path.name);
            let mut again = Session::new(pb.clone());
            again.replay(&decoded).unwrap();
            again.skip_info();
            let mut here = after(&pb, &answers, k);
            here.skip_info();
            assert_eq!(again.node().id, here.node().id, "{}: same place", path.name);
        }
        let full = after(&pb, &answers, answers.len());
        assert_eq!(full.node().id, path.outcome);
    }
}

#[test]
fn every_position_of_the_small_fixture_round_trips() {
    let pb = fixture("small.yaml");
    // Every answer sequence of up to three questions.
    let mut frontier = vec![Vec::<Answer>::new()];
    let mut seen = 0;
    while let Some(answers) = frontier.pop() {
        let mut s = Session::new(pb.clone());
        s.replay(&answers).unwrap();
        s.skip_info();
        let code = pathcode::encode(&s).unwrap();
        assert_eq!(pathcode::decode(&code, &pb).unwrap(), answers, "{code}");
        seen += 1;
        if let (Some(q), true) = (s.question(), answers.len() < 3) {
            for o in &q.options {
                let mut next = answers.clone();
                next.push(Answer {
                    node: s.node().id.clone(),
                    option: o.id.clone(),
                });
                frontier.push(next);
            }
        }
    }
    assert!(seen > 5, "walked {seen} positions");
}

#[test]
fn codes_are_short_enough_to_read_aloud() {
    let longest = all_codes()
        .iter()
        .map(|(c, _)| c.replace('-', "").len())
        .max()
        .unwrap();
    assert!(longest <= 10, "longest code has {longest} characters");
    let founding = builtin_paths().remove(0).parsed_answers();
    let code = pathcode::encode(&after(&builtin_playbook(), &founding, 8)).unwrap();
    assert!(code.len() <= 10, "founding code {code}");
    assert!(
        code.split('-').all(|g| g.len() <= 4),
        "groups of at most four: {code}"
    );
}

#[test]
fn every_single_mistyped_character_is_caught() {
    let pb = builtin_playbook();
    let mut tried = 0;
    for (code, _) in all_codes() {
        let chars: Vec<char> = code.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if *c == '-' {
                continue;
            }
            for wrong in ALPHABET.chars().filter(|w| w != c) {
                let mut bad = chars.clone();
                bad[i] = wrong;
                let bad: String = bad.into_iter().collect();
                tried += 1;
                assert!(
                    matches!(pathcode::decode(&bad, &pb), Err(CodeError::Mistyped(_))),
                    "{code} with {wrong} at {i} ({bad}) was not caught"
                );
            }
        }
    }
    assert!(tried > 1000, "{tried}");
}

#[test]
fn swapped_neighbours_are_caught_or_refused() {
    let pb = builtin_playbook();
    let (mut swaps, mut opened) = (0, 0);
    for (code, answers) in all_codes() {
        let digits: Vec<char> = code.chars().filter(|c| *c != '-').collect();
        for i in 0..digits.len() - 1 {
            if digits[i] == digits[i + 1] {
                continue;
            }
            let mut bad = digits.clone();
            bad.swap(i, i + 1);
            let bad: String = bad.into_iter().collect();
            swaps += 1;
            if let Ok(other) = pathcode::decode(&bad, &pb) {
                assert_ne!(other, answers);
                opened += 1;
            }
        }
    }
    // Luhn mod 32 catches nearly every swap; the few it misses must not reach this playbook.
    assert_eq!(
        opened, 0,
        "{opened} of {swaps} swapped codes opened a position"
    );
}

#[test]
fn typing_is_forgiving_about_case_spaces_and_look_alike_letters() {
    let pb = builtin_playbook();
    for (code, answers) in all_codes().into_iter().take(40) {
        let heard = code
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(pathcode::decode(&heard, &pb).unwrap(), answers, "{heard}");
    }
    assert!(matches!(
        pathcode::decode("what?", &pb),
        Err(CodeError::Malformed(_))
    ));
    assert!(matches!(
        pathcode::decode("", &pb),
        Err(CodeError::Malformed(_))
    ));
}

#[test]
fn a_code_from_another_playbook_or_version_is_refused_and_says_so() {
    let pb = builtin_playbook();
    let founding = builtin_paths().remove(0).parsed_answers();
    let code = pathcode::encode(&after(&pb, &founding, 8)).unwrap();
    let small = fixture("small.yaml");
    let err = pathcode::decode(&code, &small).unwrap_err();
    assert!(matches!(err, CodeError::OtherPlaybook { .. }), "{err}");
    assert!(err.to_string().contains("different playbook or version"));
    // The same playbook with one word changed is another version.
    let text = builtin::builtin(builtin::DEFAULT_ID).unwrap().text;
    let edited = text.replacen(
        "Which of these is you?",
        "What are you trying to sign into?",
        1,
    );
    assert_ne!(edited, text);
    let newer = load_str(&edited).unwrap().playbook;
    let err = pathcode::decode(&code, &newer).unwrap_err();
    assert!(matches!(err, CodeError::OtherPlaybook { .. }), "{err}");
}

#[test]
fn codes_are_stable_for_the_same_text() {
    let text = builtin::builtin(builtin::DEFAULT_ID).unwrap().text;
    let a = load_str(text).unwrap().playbook;
    let b = load_str(text).unwrap().playbook;
    let founding = builtin_paths().remove(0).parsed_answers();
    assert_eq!(
        pathcode::encode(&after(&a, &founding, 8)).unwrap(),
        pathcode::encode(&after(&b, &founding, 8)).unwrap()
    );
    assert_eq!(pathcode::fingerprint(&a), pathcode::fingerprint(&b));
}
