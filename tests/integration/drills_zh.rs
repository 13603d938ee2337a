//! Drills in Simplified Chinese (issue 14, items 1, 3 and 6): the built-in drills'
//! translations validate at 100% with 0 stale; a stale drill string and an unknown id are
//! reported like a playbook translation's; `translate` writes a drill skeleton; a drill run
//! with `--lang zh-CN` shows the translated drill and Chinese interface words, in plain mode
//! (the real binary) and on the drill screens (TestBackend); the after-action report in
//! zh-CN, and the same run reported in English.

use crate::common::assert_whole_cells;
use std::cell::Cell;
use std::path::Path;
use std::rc::Rc;

use breakglass::drill::builtin::{self, BUILTIN_DRILLS};
use breakglass::drill::{self, Drill, translation};
use breakglass::i18n::with_language;
use breakglass::playbook::CheckOptions;
use breakglass::transcript::Clock;
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::common::{builtin_playbook, run_piped, run_with_config, tempdir};

fn english(id: &str) -> Drill {
    let b = BUILTIN_DRILLS.iter().find(|b| b.id == id).unwrap();
    drill::load_str(b.text, &drill::builtin_playbooks, &CheckOptions::default())
        .unwrap_or_else(|d| panic!("{id}: {d:#?}"))
        .drill
}

/// The built-in drill `id` with its embedded zh-CN translation put in.
fn chinese(id: &str) -> Drill {
    let mut d = english(id);
    let file = builtin::translations(id)
        .find(|t| t.lang == "zh-CN")
        .unwrap_or_else(|| panic!("{id} has no zh-CN translation"));
    let t = translation::check(&d, file.text, Some("zh-CN"));
    assert!(!t.has_errors(), "{:?}", t.diagnostics);
    translation::apply(&mut d, &t);
    d
}

#[test]
fn every_builtin_drill_has_a_complete_current_zh_cn_translation() {
    for b in BUILTIN_DRILLS {
        let d = english(b.id);
        let file = builtin::translations(b.id)
            .find(|t| t.lang == "zh-CN")
            .unwrap_or_else(|| panic!("{} has no zh-CN translation", b.id));
        let t = translation::check(&d, file.text, Some("zh-CN"));
        assert!(t.diagnostics.is_empty(), "{}: {:#?}", b.id, t.diagnostics);
        assert_eq!(t.stale, 0, "{}", b.id);
        assert_eq!(t.current, t.total, "{}", b.id);
        assert_eq!(
            t.coverage(),
            format!("zh-CN: {0}/{0} strings, 0 stale", t.total)
        );
        assert!(file.text.contains("\nreviewed: "), "{}: reviewed", b.id);
        assert!(file.text.contains("\nfor: "), "{}: for", b.id);
        assert!(file.text.contains(&format!("\ndrill: {}\n", b.id)));
        // Ids, triggers, the expected path and the hash are the English drill's.
        let zh = chinese(b.id);
        assert_eq!(zh.hash, d.hash);
        assert_eq!(zh.id, d.id);
        assert_ne!(zh.title, d.title);
        assert_eq!(
            zh.tabletop().map(|t| (&t.expect_path, &t.expect_outcome)),
            d.tabletop().map(|t| (&t.expect_path, &t.expect_outcome))
        );
    }
}

#[test]
fn the_ids_follow_the_drills_own_structure() {
    let ids: Vec<String> = translation::strings(&english("founding-case"))
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(
        ids,
        [
            "title",
            "description",
            "scenario",
            "inject.1.message",
            "inject.2.message",
            "inject.3.message"
        ]
    );
    let ids: Vec<String> = translation::strings(&english("emergency-access-validation"))
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for id in [
        "task.tell-security.title",
        "task.tell-security.how",
        "task.tell-security.pass",
        "task.tell-security.fix",
        "task.close-window.pass",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
    assert!(!ids.iter().any(|i| i == "task.close-window.how"));
}

#[test]
fn validate_deny_warnings_passes_the_builtin_drills_with_their_coverage_lines() {
    let args = [
        "validate",
        "--deny-warnings",
        "founding-case",
        "phone-replaced",
        "conditional-access-lockout",
        "emergency-access-validation",
    ];
    let r = run_piped(&args, "", &tempdir());
    r.code(0)
        .stdout_has("playbooks/drills/founding-case.zh-CN.yaml (built in): ok")
        .stdout_has("zh-CN: 6/6 strings, 0 stale")
        .stdout_has("zh-CN: 5/5 strings, 0 stale")
        .stdout_has("zh-CN: 36/36 strings, 0 stale");
}

/// A copy of the founding-case drill and its translation in a folder of its own, with
/// `edit` applied to the drill's English and `extra` appended to the translation.
fn copied(edit: (&str, &str), extra: &str) -> std::path::PathBuf {
    let dir = tempdir();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("playbooks/drills");
    let text = std::fs::read_to_string(root.join("founding-case.yaml")).unwrap();
    assert!(text.contains(edit.0));
    std::fs::write(dir.join("founding-case.yaml"), text.replace(edit.0, edit.1)).unwrap();
    let tr = std::fs::read_to_string(root.join("founding-case.zh-CN.yaml")).unwrap();
    std::fs::write(dir.join("founding-case.zh-CN.yaml"), tr + extra).unwrap();
    dir
}

#[test]
fn a_changed_english_drill_string_makes_its_translation_stale() {
    let dir = copied(("on 15% battery", "on 5% battery"), "");
    let drill_file = dir.join("founding-case.yaml");
    let config = tempdir();
    let r = run_with_config(&["validate", drill_file.to_str().unwrap()], &config);
    r.code(0)
        .stdout_has("`inject.3.message` is stale")
        .stdout_has("it was translated from: \"Sam's mobile is on 15% battery")
        .stdout_has("zh-CN: 6/6 strings, 1 stale");
    run_with_config(
        &["validate", "--deny-warnings", drill_file.to_str().unwrap()],
        &config,
    )
    .code(1);
    // The library says the same, and shows English for the stale string.
    let text = std::fs::read_to_string(&drill_file).unwrap();
    let d = drill::load_str(&text, &drill::builtin_playbooks, &CheckOptions::default())
        .unwrap()
        .drill;
    let tr = std::fs::read_to_string(dir.join("founding-case.zh-CN.yaml")).unwrap();
    let t = translation::check(&d, &tr, Some("zh-CN"));
    assert_eq!((t.stale, t.current, t.total), (1, 5, 6));
    assert!(!t.strings.contains_key("inject.3.message"));
}

#[test]
fn an_unknown_id_in_a_drill_translation_is_an_error_at_its_line_and_column() {
    let dir = copied(("x", "x"), "  task.nope.title:\n    text: \"无\"\n");
    let tr = dir.join("founding-case.zh-CN.yaml");
    let line = std::fs::read_to_string(&tr).unwrap().lines().count() - 1;
    let config = tempdir();
    let r = run_with_config(&["validate", tr.to_str().unwrap()], &config);
    r.code(1)
        .stdout_has("the drill has no string `task.nope.title`")
        .stdout_has(&format!("founding-case.zh-CN.yaml:{line}:3"));
    // A translation with errors is not used: the run shows English, and says why.
    let data = tempdir();
    let run = run_with_config(
        &[
            "--lang",
            "zh-CN",
            "--data-dir",
            data.to_str().unwrap(),
            "drill",
            "run",
            dir.join("founding-case.yaml").to_str().unwrap(),
            "--plain",
        ],
        &config,
    );
    run.stderr_has("有错误，未被使用（显示英文）");
}

#[test]
fn translate_writes_a_drill_skeleton_and_keeps_what_is_translated() {
    let out = tempdir().join("founding-case.zh-CN.yaml");
    let r = run_piped(
        &[
            "translate",
            "founding-case",
            "--lang",
            "zh-CN",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
        &tempdir(),
    );
    r.code(0)
        .stdout_has("zh-CN: 6/6 strings, 0 stale, 0 to translate");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("format: breakglass-translation/1\ndrill: founding-case\n"));
    assert!(text.contains("  inject.2.message:\n"));
    // A new drill file gets an empty skeleton beside it.
    let dir = copied(("x", "x"), "");
    std::fs::remove_file(dir.join("founding-case.zh-CN.yaml")).unwrap();
    let drill_file = dir.join("founding-case.yaml");
    run_piped(
        &["translate", drill_file.to_str().unwrap(), "--lang", "zh-CN"],
        "",
        &tempdir(),
    )
    .code(0)
    .stdout_has("zh-CN: 0/6 strings, 0 stale, 6 to translate");
    assert!(dir.join("founding-case.zh-CN.yaml").is_file());
}

#[test]
fn a_tabletop_drill_runs_in_chinese_in_plain_mode_and_reports_in_both_languages() {
    let data = tempdir();
    let input = "\n1\n1\n1\n2\n2\n3\n5\n1\n";
    let r = run_piped(
        &[
            "--lang",
            "zh-CN",
            "drill",
            "run",
            "founding-case",
            "--plain",
            "--facilitator",
        ],
        input,
        &data,
    );
    r.code(0)
        .stdout_has("演练：桌面演练：唯一的管理员删除了 Authenticator 中的条目。")
        .stdout_has("场景：")
        .stdout_has("Sam 经营一家小型咨询公司。")
        .stdout_has("预期回答 7：who-else=nobody。")
        .stdout_has("目标时间：10:00。")
        .stdout_has("演练计时：0:0")
        .stdout_has("插入事件（0:0")
        .stdout_has("我会收到两次提示")
        .stdout_has("演练完成：通过，100/100 分")
        .stdout_has("演练后报告：");
    assert!(!r.stdout.contains("Drill clock"), "{}", r.stdout);
    let (runs, _) = breakglass::store::Store::at(&data).list_runs();
    let id = runs[0].id.clone();
    run_piped(&["--lang", "zh-CN", "drill", "report", &id], "", &data)
        .code(0)
        .stdout_has("# 演练后报告：桌面演练：唯一的管理员删除了 Authenticator 中的条目")
        .stdout_has("| 成绩 | **通过**，100/100 分 |")
        .stdout_has("## 场景")
        .stdout_has("## 得分")
        .stdout_has("- 结果：60/60 分（到达了预期的 `tenant-lockout`）")
        .stdout_has("## 时间线")
        .stdout_has("插入事件：Sam 补充说")
        .stdout_has("这次没有需要改进的。");
    // The same run for a support engineer who reads English.
    let en = run_piped(&["--lang", "en", "drill", "report", &id], "", &data);
    en.code(0)
        .stdout_has("# After-action report: Tabletop: the only admin deleted")
        .stdout_has("- Outcome: 60 of 60 (reached the expected `tenant-lockout`)")
        .stdout_has("| Inject: Sam adds: \"I get two prompts.");
    assert!(!en.stdout.contains("插入事件"), "{}", en.stdout);
    // JSON stays English.
    let json = run_piped(
        &[
            "--lang", "zh-CN", "drill", "report", &id, "--format", "json",
        ],
        "",
        &data,
    );
    json.code(0).stdout_has("\"what\": \"Clock started\"");
    run_piped(&["--lang", "zh-CN", "drill", "history"], "", &data)
        .code(0)
        .stdout_has("趋势：100（首次运行）");
    run_piped(&["--lang", "zh-CN", "drill"], "", &data)
        .code(0)
        .stdout_has("桌面演练：一条新的条件访问策略阻止了所有管理员");
}

#[test]
fn a_validation_drill_runs_in_chinese_in_plain_mode() {
    let data = tempdir();
    let mut input = String::from("\n");
    for i in 0..9 {
        input.push_str(if i == 1 {
            "f\n钥匙不见了\n"
        } else {
            "p\n\n"
        });
    }
    let r = run_piped(
        &[
            "--lang",
            "zh-CN",
            "drill",
            "run",
            "emergency-access-validation",
            "--plain",
        ],
        &input,
        &data,
    );
    r.code(0)
        .stdout_has("共 9 项任务。")
        .stdout_has("任务 1/9：告知安全团队测试即将开始。")
        .stdout_has("通过条件：安全团队已书面确认测试时间窗口")
        .stdout_has("任务 2 已标记为失败。")
        .stdout_has("演练完成：未通过，88/100 分")
        .stdout_has("检查谁有权使用紧急帐户：失败。更新名单");
}

mod screens {
    //! The drill screens in zh-CN, drawn with ratatui's TestBackend.
    use super::*;
    use breakglass::tui::drill::{Setup, TabletopScreen, TasksScreen};
    use breakglass::tui::driver::Screen;
    use breakglass::tui::theme::Theme;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Size;

    #[derive(Clone)]
    struct TestClock(Rc<Cell<Timestamp>>);

    impl Clock for TestClock {
        fn now(&self) -> Timestamp {
            self.0.get()
        }
    }

    fn clock() -> TestClock {
        TestClock(Rc::new(Cell::new("2026-11-28T14:00:00Z".parse().unwrap())))
    }

    fn setup(clock: &TestClock, facilitator: bool) -> Setup {
        Setup {
            store: None,
            facilitator,
            clock: Box::new(clock.clone()),
            theme: Theme::mono(),
        }
    }

    fn draw(screen: &impl Screen, w: u16, h: u16) -> (Terminal<TestBackend>, String) {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| screen.draw(f)).unwrap();
        let text = format!("{}", t.backend());
        (t, text)
    }

    fn press(screen: &mut impl Screen, keys: &[KeyCode]) {
        for k in keys {
            screen.key(&KeyEvent::new(*k, KeyModifiers::NONE));
        }
    }

    #[test]
    fn the_tabletop_drill_speaks_chinese_from_the_card_to_the_debrief() {
        with_language("zh-CN", || {
            let c = clock();
            let mut s = TabletopScreen::new(
                chinese("founding-case"),
                builtin_playbook(),
                setup(&c, true),
                Size::new(80, 24),
            );
            for (w, h) in [(40, 12), (41, 12), (57, 15), (100, 30)] {
                assert_whole_cells(&draw(&s, w, h).0);
            }
            let (t, card) = draw(&s, 80, 24);
            assert_whole_cells(&t);
            assert!(card.contains("Sam 经营一家小型咨询公司"), "{card}");
            assert!(card.contains("目标时间"), "{card}");
            press(&mut s, &[KeyCode::Enter]);
            let (t, guide) = draw(&s, 80, 24);
            assert_whole_cells(&t);
            assert!(guide.contains("供主持人参考"), "{guide}");
            assert!(guide.contains("插入事件"), "{guide}");
            press(&mut s, &[KeyCode::Enter]);
            let (_, walk) = draw(&s, 80, 24);
            assert!(walk.contains("演练 0:00 / 10:00"), "{walk}");
            assert!(walk.contains("主持人：此处预期"), "{walk}");
            press(
                &mut s,
                &[KeyCode::Char('1'), KeyCode::Char('1'), KeyCode::Char('1')],
            );
            let (t, inject) = draw(&s, 80, 24);
            assert_whole_cells(&t);
            for (w, h) in [(40, 12), (41, 12), (57, 15)] {
                assert_whole_cells(&draw(&s, w, h).0);
            }
            assert!(inject.contains("插入事件 0:00"), "{inject}");
            assert!(inject.contains("我会收到两次提示"), "{inject}");
            press(&mut s, &[KeyCode::Enter]);
            for k in ['2', '2', '3', '5'] {
                press(&mut s, &[KeyCode::Char(k)]);
            }
            press(&mut s, &[KeyCode::Enter]);
            press(&mut s, &[KeyCode::Enter, KeyCode::Char('1')]);
            let (t, debrief) = draw(&s, 80, 24);
            assert_whole_cells(&t);
            assert!(debrief.contains("复盘"), "{debrief}");
            assert!(debrief.contains("100/100 分"), "{debrief}");
            let record = s.run().unwrap().record();
            // The report of this run, in zh-CN, with its timeline in Chinese.
            let md = breakglass::drill::report::to_markdown(
                &chinese("founding-case"),
                record,
                Some(&builtin_playbook()),
            );
            assert!(md.contains("# 演练后报告：桌面演练"), "{md}");
            assert!(md.contains("| 0:00 | 开始计时 |  |"), "{md}");
            assert!(md.contains("由 breakglass "), "{md}");
        });
    }

    #[test]
    fn the_task_screen_speaks_chinese_and_fits_every_size() {
        with_language("zh-CN", || {
            let c = clock();
            let mut s = TasksScreen::new(
                chinese("emergency-access-validation"),
                setup(&c, false),
                Size::new(80, 24),
            );
            press(&mut s, &[KeyCode::Enter]);
            press(&mut s, &[KeyCode::Char('p'), KeyCode::Char('f')]);
            let (t, screen) = draw(&s, 80, 24);
            assert_whole_cells(&t);
            for words in [
                "演练 0:00",
                "已标记 2/9",
                "通过",
                "失败",
                "告知安全团队测试即将开始",
                "做法：",
                "通过条件：",
            ] {
                assert!(screen.contains(words), "{words}: {screen}");
            }
            insta::assert_snapshot!("zh_cn_drill_tasks_80x24", screen);
            for (w, h) in [(40, 12), (41, 12), (57, 15), (80, 24), (100, 30)] {
                let (t, _) = draw(&s, w, h);
                assert_whole_cells(&t);
            }
            press(&mut s, &[KeyCode::Char('d')]);
            let (_, unmarked) = draw(&s, 80, 24);
            assert!(unmarked.contains("还有 7 项任务未标记"), "{unmarked}");
        });
    }
}

#[test]
fn a_user_translation_of_a_builtin_drill_in_the_config_folder_wins() {
    let config = tempdir();
    std::fs::create_dir_all(config.join("drills")).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("playbooks/drills");
    let tr = std::fs::read_to_string(root.join("phone-replaced.zh-CN.yaml")).unwrap();
    let mine = tr.replace(
        "桌面演练：用户换了手机，技术支持人员可以帮忙",
        "桌面演练：我们自己的译文",
    );
    assert_ne!(mine, tr);
    std::fs::write(config.join("drills/phone-replaced.zh-CN.yaml"), mine).unwrap();
    run_with_config(&["--lang", "zh-CN", "drill"], &config)
        .code(0)
        .stdout_has("桌面演练：我们自己的译文");
    let dir = config.join("drills");
    run_with_config(&["validate", "phone-replaced"], &config)
        .code(0)
        .stdout_has(&breakglass::sanitize::visible_path(
            &dir.join("phone-replaced.zh-CN.yaml"),
        ))
        .stdout_has("zh-CN: 5/5 strings, 0 stale");
}
