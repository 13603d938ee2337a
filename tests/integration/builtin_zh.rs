//! The built-in playbook's Simplified Chinese translation (issue 14, item 6): complete and
//! current, embedded in the binary, and a change to one English string shows up as a stale
//! warning naming the id and both texts.

use crate::common::{FOUNDING, run, tempdir};

const PLAYBOOK: &str = "playbooks/entra-mfa-lockout.yaml";
const TRANSLATION: &str = "playbooks/entra-mfa-lockout.zh-CN.yaml";

fn repo(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_builtin_translation_is_complete_and_current_and_embedded() {
    let r = run(&["validate", "--deny-warnings", &repo(PLAYBOOK)]);
    r.code(0)
        .stdout_has("entra-mfa-lockout.zh-CN.yaml: ok\n")
        .stdout_has("  zh-CN: 1502/1502 strings, 0 stale\n");
    // The built-in, as the binary carries it, has the same translation.
    let r = run(&["validate", "--deny-warnings", "entra-mfa-lockout"]);
    r.code(0).stdout_has("zh-CN: 1502/1502 strings, 0 stale");
    let langs: Vec<_> = breakglass::playbook::builtin::TRANSLATIONS
        .iter()
        .map(|t| t.lang)
        .collect();
    assert!(langs.contains(&"zh-CN"), "{langs:?}");
}

#[test]
fn changing_one_english_string_makes_its_translation_stale() {
    let dir = tempdir();
    let english = std::fs::read_to_string(repo(PLAYBOOK)).unwrap();
    let old = "Call Microsoft business support now";
    assert!(
        english.contains(old),
        "the founding outcome's summary moved"
    );
    let changed = english.replacen(old, "Phone Microsoft business support today", 1);
    std::fs::write(dir.join("entra-mfa-lockout.yaml"), changed).unwrap();
    std::fs::copy(repo(TRANSLATION), dir.join("entra-mfa-lockout.zh-CN.yaml")).unwrap();
    let pb = dir.join("entra-mfa-lockout.yaml").display().to_string();

    let r = run(&["validate", &pb]);
    r.code(0).stdout_has("zh-CN: 1502/1502 strings, 1 stale");
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(all.contains("node.tenant-lockout.summary"), "{all}");
    // (miette wraps the message: look for words, not whole lines.)
    assert!(all.contains("Phone Microsoft business support"), "{all}");
    assert!(all.contains("Call Microsoft business support now"), "{all}");
    assert!(all.contains("现在就致电 Microsoft 企业支持"), "{all}");
    run(&["validate", "--deny-warnings", &pb]).code(1);

    // The stale string shows the new English; the rest stays Chinese.
    let mut args = vec!["--lang", "zh-CN", "walk", pb.as_str()];
    for a in FOUNDING {
        args.extend(["--answer", a]);
    }
    let r = run(&args);
    r.code(0)
        .stdout_has("Phone Microsoft business support today")
        .stdout_has("说明这是租户锁定，并要求转给数据保护团队。");
    assert!(!r.stdout.contains("现在就致电"), "{}", r.stdout);
}

#[test]
fn the_compiled_strings_are_what_the_yaml_says() {
    // The binary shows the strings compiled at build time; they must be exactly what
    // checking the embedded YAML gives (docs/performance.md, "Simplified Chinese").
    let b = breakglass::playbook::builtin::builtin("entra-mfa-lockout").unwrap();
    let pb = b.playbook().unwrap();
    for t in breakglass::playbook::builtin::translations("entra-mfa-lockout") {
        let checked = breakglass::playbook::translation::check(&pb, t.text, Some(t.lang));
        assert!(!checked.has_errors());
        assert_eq!(t.strings().unwrap(), checked.strings, "{}", t.lang);
    }
}
