//! Playbook translations (issue 14, items 1, 2, 4 and 5 as far as playbook text goes):
//! a fixture playbook with a complete zh-CN translation and its broken variants (missing,
//! stale, unknown id) through the real binary (`validate`, `translate`, `walk --lang`,
//! plain mode, `report --lang en`, `list`), the language order, and CJK text in narrow
//! windows. None of these tests depends on the built-in playbook's wording.

use crate::common::assert_whole_cells;
use std::path::{Path, PathBuf};

use crate::common::{fixture_path, run, run_exe_env, run_piped, run_with_config, tempdir};
use breakglass::engine::Session;
use breakglass::playbook::translation;
use breakglass::tui::app::App;
use breakglass::tui::theme::Theme;
use breakglass::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use unicode_width::UnicodeWidthStr;

const PLAYBOOK: &str = "i18n/support-call.yaml";
const TRANSLATION: &str = "i18n/support-call.zh-CN.yaml";

/// A folder holding copies of the fixture playbook and its translation (edited by `edit`).
fn copies(edit: impl Fn(&mut String, &mut String)) -> PathBuf {
    let dir = tempdir();
    let mut pb = std::fs::read_to_string(fixture_path(PLAYBOOK)).unwrap();
    let mut tr = std::fs::read_to_string(fixture_path(TRANSLATION)).unwrap();
    edit(&mut pb, &mut tr);
    std::fs::write(dir.join("support-call.yaml"), pb).unwrap();
    std::fs::write(dir.join("support-call.zh-CN.yaml"), tr).unwrap();
    dir
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

#[test]
fn the_complete_translation_validates_with_full_coverage() {
    let r = run(&["validate", fixture_path(PLAYBOOK).to_str().unwrap()]);
    r.code(0)
        .stdout_has("support-call.yaml: ok\n")
        .stdout_has("support-call.zh-CN.yaml: ok\n")
        .stdout_has("  zh-CN: 25/25 strings, 0 stale\n");
    run(&[
        "validate",
        "--deny-warnings",
        fixture_path(TRANSLATION).to_str().unwrap(),
    ])
    .code(0)
    .stdout_has("zh-CN: 25/25 strings, 0 stale");
}

#[test]
fn a_missing_string_is_a_warning_and_english_is_shown() {
    let dir = copies(|_, tr| {
        *tr = tr.replace("text: \"你是该租户唯一的全局管理员吗？\"", "text: \"\"");
    });
    let pb = path(&dir, "support-call.yaml");
    let r = run(&["validate", &pb]);
    r.code(0)
        // The playbook itself carries none of its translation's warnings.
        .stdout_has("support-call.yaml: ok\n")
        .stdout_has("support-call.zh-CN.yaml: ok, 1 warning")
        .stdout_has("zh-CN: 24/25 strings, 0 stale")
        .stdout_has("`node.role.question` is not");
    run(&["validate", "--deny-warnings", &pb]).code(1);
    run(&["--lang", "zh-CN", "walk", &pb])
        .code(3)
        .stdout_has("Are you the only Global Administrator of the tenant?")
        .stdout_has("是，只有我一个");
}

#[test]
fn a_stale_string_is_a_warning_naming_the_id_and_both_texts() {
    let dir = copies(|pb, _| {
        *pb = pb.replace(
            "A call back within a few hours.",
            "A call back within one working day.",
        );
    });
    let pb = path(&dir, "support-call.yaml");
    let r = run(&["validate", &pb]);
    r.code(0)
        .stdout_has("support-call.yaml: ok\n")
        .stdout_has("zh-CN: 25/25 strings, 1 stale")
        .stdout_has("`node.call.expect` is stale")
        .stdout_has("A call back within one working day.")
        .stdout_has("几小时内会有回电。");
    run(&["validate", "--deny-warnings", &pb]).code(1);
    // A stale translation is not shown: the current English is.
    run(&["--lang", "zh-CN", "walk", &pb, "-a", "role=admin"])
        .code(0)
        .stdout_has("A call back within one working day.")
        .stdout_has("通过电话提交支持请求。");
}

#[test]
fn an_unknown_id_is_an_error_at_its_line_and_column() {
    let dir = copies(|_, tr| {
        tr.push_str("  node.nowhere.question:\n    source: 00000000\n    text: \"无\"\n");
    });
    let pb = path(&dir, "support-call.yaml");
    let lines = std::fs::read_to_string(dir.join("support-call.zh-CN.yaml"))
        .unwrap()
        .lines()
        .count();
    let r = run(&["validate", &pb]);
    r.code(1)
        .stdout_has("support-call.yaml: ok\n")
        .stdout_has("translation::unknown-id")
        .stdout_has(&format!("support-call.zh-CN.yaml:{}:3]", lines - 2))
        .stdout_has("the playbook has no string `node.nowhere.question`");
    // A translation with errors is not used: English, and one line on stderr (in the
    // interface language asked for).
    run(&["--lang", "zh-CN", "walk", &pb])
        .code(3)
        .stdout_has("Are you the only Global Administrator")
        .stderr_has("有错误，未被使用");
}

#[test]
fn translate_writes_a_skeleton_then_updates_it_losing_nothing() {
    let dir = tempdir();
    let pb = dir.join("support-call.yaml");
    std::fs::copy(fixture_path(PLAYBOOK), &pb).unwrap();
    let pb_s = pb.display().to_string();
    run(&["--lang", "zh-CN", "translate", &pb_s])
        .code(0)
        .stdout_has("Wrote")
        .stdout_has("zh-CN: 0/25 strings, 0 stale, 25 to translate");
    let skeleton = std::fs::read_to_string(dir.join("support-call.zh-CN.yaml")).unwrap();
    assert_eq!(skeleton.matches("text: \"\"").count(), 25);
    run(&["validate", &pb_s])
        .code(0)
        .stdout_has("zh-CN: 0/25 strings, 0 stale");

    // Now a complete translation; the English changes, a string is added, and the file
    // holds an id the playbook no longer has.
    let mut tr = std::fs::read_to_string(fixture_path(TRANSLATION)).unwrap();
    tr.push_str("  node.gone.question:\n    source: 12345678\n    text: \"旧的问题\"\n");
    std::fs::write(dir.join("support-call.zh-CN.yaml"), tr).unwrap();
    let text = std::fs::read_to_string(&pb)
        .unwrap()
        .replace(
            "A call back within a few hours.",
            "A call back within one working day.",
        )
        .replace(
            "    expect:",
            "    then: Did that work?\n    options:\n      - id: no\n        label: No\n        next: role\n    expect:",
        );
    std::fs::write(&pb, text).unwrap();
    run(&["--lang", "zh-CN", "translate", &pb_s])
        .code(0)
        .stdout_has("Updated")
        .stdout_has("zh-CN: 25/27 strings, 1 stale, 2 to translate");
    let updated = std::fs::read_to_string(dir.join("support-call.zh-CN.yaml")).unwrap();
    assert!(
        updated.contains("# STALE: the English changed"),
        "{updated}"
    );
    assert!(
        updated.contains("几小时内会有回电。"),
        "the stale text is kept"
    );
    assert!(updated.contains("A call back within one working day."));
    assert!(updated.contains("# UNKNOWN"), "{updated}");
    assert!(updated.contains("旧的问题"), "the unknown entry is kept");
    assert!(updated.contains("node.call.then:"));
    assert!(updated.contains("node.call.option.no.label:"));
    assert!(updated.contains("reviewed: \"2026-11-30\""));
    for (_, zh) in [
        ("", "你是该租户唯一的全局管理员吗？"),
        ("", "注册第二种登录方法。"),
    ] {
        assert!(updated.contains(zh), "{zh} kept");
    }
    // No temporary file is left beside it.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn translate_needs_a_language() {
    run(&["translate", fixture_path(PLAYBOOK).to_str().unwrap()])
        .code(2)
        .stderr_has("--lang");
}

#[test]
fn walk_in_chinese_keeps_the_english_script_and_the_path_code() {
    let pb = fixture_path(PLAYBOOK);
    let pb = pb.to_str().unwrap();
    let zh = run(&["--lang", "zh-CN", "walk", pb, "-a", "role=admin"]);
    zh.code(0)
        .stdout_has("你是该租户唯一的全局管理员吗？")
        .stdout_has("从另一个租户致电 Microsoft 支持")
        .stdout_has("| 我是唯一的全局管理员，我因多重身份验证而无法登录。")
        .stdout_has("The same in English:")
        .stdout_has("| I am the only Global Administrator and I am locked out by");
    let en = run(&["--lang", "en", "walk", pb, "-a", "role=admin"]);
    en.code(0)
        .stdout_has("Call Microsoft Support from another tenant");
    assert!(!en.stdout.contains("In English"), "{}", en.stdout);
    let code = |out: &str| path_code(out).unwrap();
    assert_eq!(code(&zh.stdout), code(&en.stdout));
    // A code read out in English opens the same place in Chinese.
    run(&["--lang", "zh-CN", "walk", pb, "--at", &code(&en.stdout)])
        .code(0)
        .stdout_has("从另一个租户致电 Microsoft 支持");
    run(&[
        "--lang",
        "zh-CN",
        "walk",
        pb,
        "-a",
        "role=admin",
        "--format",
        "md",
    ])
    .code(0)
    .stdout_has("> **The same in English:** I am the only Global Administrator");
}

#[test]
fn the_language_comes_from_breakglass_lang_then_the_locale() {
    let pb = fixture_path(PLAYBOOK);
    let pb = pb.to_str().unwrap();
    let with = |env: &[(&str, &Path)]| run_exe_env(&crate::common::exe(), &["walk", pb], None, env);
    with(&[
        ("BREAKGLASS_LANG", Path::new("zh-CN")),
        ("LANG", Path::new("en_US.UTF-8")),
    ])
    .stdout_has("你是该租户唯一的全局管理员吗？");
    with(&[
        ("LC_ALL", Path::new("zh_CN.UTF-8")),
        ("LANG", Path::new("C")),
    ])
    .stdout_has("你是该租户唯一的全局管理员吗？");
    with(&[
        ("LANG", Path::new("zh_CN.UTF-8")),
        ("BREAKGLASS_LANG", Path::new("en")),
    ])
    .stdout_has("Are you the only Global Administrator");
    // --lang wins over everything.
    run_exe_env(
        &crate::common::exe(),
        &["--lang", "en", "walk", pb],
        None,
        &[("BREAKGLASS_LANG", Path::new("zh-CN"))],
    )
    .stdout_has("Are you the only Global Administrator");
}

#[test]
fn plain_mode_then_an_english_report_of_a_chinese_session() {
    let config = tempdir();
    let playbooks = config.join("playbooks");
    std::fs::create_dir_all(&playbooks).unwrap();
    for f in [PLAYBOOK, TRANSLATION] {
        let name = Path::new(f).file_name().unwrap();
        std::fs::copy(fixture_path(f), playbooks.join(name)).unwrap();
    }
    let data = tempdir();
    let cfg = config.display().to_string();
    let r = run_piped(
        &[
            "--config-dir",
            &cfg,
            "--lang",
            "zh-CN",
            "--plain",
            "run",
            "support-call",
        ],
        "1\nq\n",
        &data,
    );
    r.code(0)
        .stdout_has("你是该租户唯一的全局管理员吗？")
        .stdout_has("1. 是，只有我一个")
        .stdout_has("要说的话：我是唯一的全局管理员")
        .stdout_has("英文原文（对方读英文时使用）：I am the only Global Administrator");
    let session = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let saved = std::fs::read_to_string(&session).unwrap();
    assert!(saved.contains("\"lang\": \"zh-CN\""), "{saved}");
    let id = session.file_stem().unwrap().to_str().unwrap().to_string();
    let report = |extra: &[&str]| {
        let mut args = vec!["--config-dir", &cfg, "report", &id];
        args.extend(extra);
        run_piped(&args, "", &data)
    };
    // The session's own language by default...
    report(&[])
        .code(0)
        .stdout_has("| 你是该租户唯一的全局管理员吗？ | 是，只有我一个 |");
    // ...and English for a support engineer.
    let en = report(&["--lang", "en"]);
    en.code(0)
        .stdout_has("\"Locked out of the admin account\"")
        .stdout_has(
            "| Are you the only Global Administrator of the tenant? | Yes, I am the only one |",
        )
        .stdout_has("**Role:** the only Global Administrator");
    assert!(!en.stdout.contains("你是"), "{}", en.stdout);
    // `list` says which languages it has.
    run_with_config(&["list"], &config)
        .code(0)
        .stdout_has("languages: en, zh-CN");
    let list = run_with_config(&["list", "--json"], &config).json();
    let langs = list["playbooks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "support-call")
        .unwrap()["languages"]
        .clone();
    assert_eq!(langs, serde_json::json!(["en", "zh-CN"]));
}

/// The fixture in Chinese, as the engine walks it.
pub fn chinese() -> breakglass::playbook::Playbook {
    let text = std::fs::read_to_string(fixture_path(PLAYBOOK)).unwrap();
    let mut pb = breakglass::playbook::load_str(&text).unwrap().playbook;
    let tr = std::fs::read_to_string(fixture_path(TRANSLATION)).unwrap();
    let t = translation::check(&pb, &tr, Some("zh-CN"));
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    translation::apply(&mut pb, &t);
    pb
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(f, &app.model())).unwrap();
    t
}

#[test]
fn a_chinese_question_at_40x12() {
    let app = App::new(Session::new(chinese()), Theme::mono(), Size::new(40, 12));
    let t = draw(&app, 40, 12);
    insta::assert_snapshot!("zh_cn_question_40x12", t.backend());
    assert_whole_cells(&t);
}

#[test]
fn chinese_screens_never_split_a_wide_character_at_any_size() {
    for (w, h) in [(20, 8), (31, 10), (40, 12), (41, 12), (57, 15), (80, 24)] {
        let mut s = Session::new(chinese());
        let app = App::new(s.clone(), Theme::mono(), Size::new(w, h));
        assert_whole_cells(&draw(&app, w, h));
        s.choose(0).unwrap();
        let app = App::new(s, Theme::mono(), Size::new(w, h));
        assert_whole_cells(&draw(&app, w, h));
    }
}

#[test]
fn wrapping_chinese_never_exceeds_the_width_or_breaks_a_character() {
    let texts = [
        "在 Microsoft Entra 管理中心的“角色和管理员”中可以看到谁拥有该角色。",
        "支持人员会核实你是否拥有该租户，这可能需要几天时间。",
        "Mixed 中文 and English text, 混合宽度的文字 https://learn.microsoft.com/zh-cn/entra",
    ];
    for text in texts {
        for width in 1..=42 {
            let lines = breakglass::wrap::wrap_plain(text, width);
            let joined: String = lines.concat();
            let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squash(&joined), squash(text), "nothing lost at {width}");
            for l in lines
                .iter()
                .filter(|l| !breakglass::wrap::is_address(l.trim()))
            {
                // (A web address is never broken, by design.) A double-width character alone is wider than a 1-column window.
                let limit = width.max(2);
                assert!(l.width() <= limit, "{l:?} wider than {width}");
            }
        }
    }
}

#[test]
fn a_user_translation_of_the_builtin_lives_in_the_config_folder() {
    let config = tempdir();
    let r = run_with_config(
        &["--lang", "zh-CN", "translate", "entra-mfa-lockout"],
        &config,
    );
    r.code(0).stdout_has("entra-mfa-lockout.zh-CN.yaml");
    let file = config
        .join("playbooks")
        .join("entra-mfa-lockout.zh-CN.yaml");
    // The skeleton starts from the embedded translation: nothing to redo.
    let text = std::fs::read_to_string(&file).unwrap();
    let total = text.matches("\n    source: ").count();
    assert!(total > 1000, "every string of the built-in: {total}");
    assert_eq!(text.matches("\n    text: \"\"").count(), 0);
    // The user's copy wins over the embedded one: change the first question.
    let mine = "\n    text: \"（我的译文）以下哪一项符合你的情况？\"";
    let edited = text.replacen("\n    text: \"以下哪一项符合你的情况？\"", mine, 1);
    assert_ne!(edited, text, "the first question's translation moved");
    std::fs::write(&file, edited).unwrap();
    let v = run_with_config(&["validate"], &config);
    v.code(0)
        .stdout_has("playbooks/entra-mfa-lockout.yaml (built in): ok\n")
        .stdout_has(&format!("zh-CN: {total}/{total} strings, 0 stale"));
    run_with_config(&["list"], &config)
        .code(0)
        .stdout_has("languages: en, zh-CN");
    // The same path code in both languages, and the user's wording in Chinese.
    let en = run_with_config(&["walk"], &config);
    let zh = run_with_config(&["--lang", "zh-CN", "walk"], &config);
    zh.stdout_has("（我的译文）以下哪一项符合你的情况？");
    assert!(path_code(&en.stdout).is_some());
    assert_eq!(path_code(&en.stdout), path_code(&zh.stdout));
}

/// The path code `walk` prints last, in any interface language (`Path code: 3708-Q587`,
/// `路径代码：3708-Q587`).
pub fn path_code(out: &str) -> Option<String> {
    out.lines()
        .rev()
        .find(|l| !l.trim().is_empty())?
        .rsplit([' ', '：'])
        .next()
        .map(str::to_string)
}
