//! The wizard's own words in Simplified Chinese (issue 14, item 3): a question, the first
//! screen of an outcome and the help overlay of the fixture playbook translated to zh-CN,
//! drawn with the interface in zh-CN at 80×24 and 40×12, as insta snapshots. Every screen
//! keeps whole cells (no wide character split, no row wider than the window), and the
//! outcome page sets the script for Microsoft Support in Chinese and, under it, in English.

use crate::common::assert_whole_cells;
use breakglass::engine::Session;
use breakglass::i18n::with_language;
use breakglass::playbook::{Playbook, translation};
use breakglass::tui::app::App;
use breakglass::tui::keymap::Action;
use breakglass::tui::theme::Theme;
use breakglass::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

/// The fixture playbook with its zh-CN translation applied, as the engine walks it.
fn chinese() -> Playbook {
    crate::i18n::chinese()
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(f, &app.model())).unwrap();
    t
}

/// The screen as text, one row a line (a wide character once, its continuation cell
/// skipped).
fn screen(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let sym = buf[(x, y)].symbol();
            out.push_str(sym);
            x += u16::try_from(sym.width().max(1)).unwrap();
        }
        out.push('\n');
    }
    out
}

/// The wizard in zh-CN at the first question.
fn question(w: u16, h: u16) -> App {
    App::new(Session::new(chinese()), Theme::mono(), Size::new(w, h))
}

/// The wizard in zh-CN at the outcome "call Microsoft Support" (the first answer).
fn outcome(w: u16, h: u16) -> App {
    let mut app = question(w, h);
    app.apply(Action::Pick(0));
    assert!(
        app.session().outcome().is_some(),
        "the first answer leads to an outcome"
    );
    app
}

#[test]
fn a_question_in_chinese() {
    with_language("zh-CN", || {
        for (w, h) in SIZES {
            let t = draw(&question(w, h), w, h);
            assert_whole_cells(&t);
            insta::assert_snapshot!(format!("zh_question_{w}x{h}"), t.backend());
            let s = screen(&t);
            assert!(s.contains("你是该租户唯一的全局管理员吗？"), "{s}");
            assert!(s.contains("问题 1"), "the header speaks Chinese: {s}");
            assert!(s.contains("帮助") && s.contains("退出"), "footer: {s}");
            assert!(!s.contains("Question") && !s.contains("quit"), "{s}");
        }
    });
}

#[test]
fn the_first_screen_of_an_outcome_in_chinese() {
    with_language("zh-CN", || {
        for (w, h) in SIZES {
            let t = draw(&outcome(w, h), w, h);
            assert_whole_cells(&t);
            insta::assert_snapshot!(format!("zh_outcome_top_{w}x{h}"), t.backend());
            let s = screen(&t);
            assert!(s.contains("上报给"), "the kind in Chinese: {s}");
            assert!(s.contains("结果"), "{s}");
        }
        let t = draw(&outcome(80, 24), 80, 24);
        let s = screen(&t);
        assert!(s.contains("要说的话（第 1 步），开头是："), "{s}");
        assert!(s.contains("步骤"), "{s}");
    });
}

#[test]
fn the_help_overlay_in_chinese() {
    with_language("zh-CN", || {
        for (w, h) in SIZES {
            let mut app = question(w, h);
            app.apply(Action::Help);
            let t = draw(&app, w, h);
            assert_whole_cells(&t);
            insta::assert_snapshot!(format!("zh_help_{w}x{h}"), t.backend());
            let s = screen(&t);
            assert!(s.contains("帮助"), "{s}");
            assert!(s.contains("关闭"), "Esc close: {s}");
        }
        // The whole help, scrolled through: keys with their Chinese descriptions, then why
        // we ask (from the translation), then about.
        let app = question(80, 24);
        let help = view::help::document(&app.model(), 60);
        let text: Vec<String> = help.lines.iter().map(breakglass_line).collect();
        let all = text.join("\n");
        for want in [
            "按键",
            "选择上一个选项",
            "退出（会先确认",
            "我们为何询问",
            "关于",
        ] {
            assert!(all.contains(want), "{want} in the help:\n{all}");
        }
        assert!(
            text.iter().all(|l| l.width() <= 60),
            "the help fits its width:\n{all}"
        );
    });
}

fn breakglass_line(l: &ratatui::text::Line<'_>) -> String {
    breakglass::tui::doc::plain_line(l)
}

/// The script for Microsoft Support, in Chinese and, under it, in English: on the page, and
/// in the presenter view a helper reads from.
#[test]
fn the_outcome_page_sets_the_english_script_under_the_chinese_one() {
    with_language("zh-CN", || {
        for present in [false, true] {
            let mut app = outcome(80, 24);
            if present {
                app.apply(Action::Present);
            }
            let doc = view::document(&app.model(), Size::new(80, 24));
            let lines: Vec<String> = doc.lines.iter().map(breakglass_line).collect();
            let find = |want: &str| {
                lines
                    .iter()
                    .position(|l| l.contains(want))
                    .unwrap_or_else(|| panic!("{want} on the page:\n{}", lines.join("\n")))
            };
            // The step: the script in Chinese, then a label, then the script in English.
            let steps = find("步骤");
            let zh = steps + find_from(&lines[steps..], "我是唯一的全局管理员");
            let label = find("英文原文（对方读英文时使用）：");
            let en = label + find_from(&lines[label..], "I am the only Global Administrator");
            assert!(
                zh < label && label < en,
                "Chinese, then English:\n{lines:#?}"
            );
            assert!(!lines.iter().any(|l| l.contains("Say this")), "{lines:#?}");
            // The start of the script near the top does the same, Chinese first.
            let top = &lines[..steps];
            let zh = find_from(top, "│ 我是唯一的全局管理员");
            let en = find_from(top, "│ I am the only Global Administrator");
            assert!(zh < en, "{top:#?}");
        }
    });
}

fn find_from(lines: &[String], want: &str) -> usize {
    lines
        .iter()
        .position(|l| l.contains(want))
        .unwrap_or_else(|| panic!("{want} in {lines:#?}"))
}

/// The footer's messages, the confirmations, the section index and the small-window
/// message in Chinese, whole at both sizes and in a window too small to draw in.
#[test]
fn messages_and_overlays_in_chinese_keep_whole_cells() {
    with_language("zh-CN", || {
        for (w, h) in SIZES {
            let mut app = outcome(w, h);
            app.apply(Action::Copy);
            let s = screen(&draw(&app, w, h));
            assert!(s.contains("已通过 OSC 52 复制此结果"), "{s}");
        }
        for (w, h) in [(80, 24), (40, 12), (30, 8)] {
            for action in [
                Action::Sections,
                Action::Sources,
                Action::Quit,
                Action::Restart,
                Action::Facts,
                Action::Present,
            ] {
                let mut app = outcome(w, h);
                app.apply(action);
                let t = draw(&app, w, h);
                assert_whole_cells(&t);
                let s = screen(&t);
                let want = match action {
                    Action::Sections => "章节",
                    Action::Sources => "来源",
                    Action::Quit => "退出？",
                    Action::Restart => "重新开始？",
                    Action::Facts => "切勿在此输入密码",
                    _ => "演示视图",
                };
                assert!(s.contains(want), "{want}: {s}");
                if action == Action::Quit {
                    // The question is wrapped as it is measured: the keys stay in the
                    // panel, not only in the footer.
                    assert_eq!(s.matches("n 否").count(), 2, "{s}");
                }
            }
        }
        for (w, h) in SIZES {
            let mut app = question(w, h);
            app.apply(Action::Restart);
            app.apply(Action::Back);
            let t = draw(&app, w, h);
            assert_whole_cells(&t);
            assert!(screen(&t).contains("第一个问题"), "{}", screen(&t));
        }
        // The offer to resume an unfinished session, and its answer.
        let old = breakglass::transcript::Transcript::new(
            &chinese(),
            &breakglass::transcript::FixedClock("2026-11-28T14:00:00Z".parse().unwrap()),
        );
        for (w, h) in [(80, 24), (40, 12), (30, 8)] {
            let mut app = question(w, h).with_offer(old.clone());
            let t = draw(&app, w, h);
            assert_whole_cells(&t);
            let s = screen(&t);
            assert!(s.contains("继续？"), "{s}");
            if w == 80 {
                assert!(s.contains("未完成会话") && s.contains("（）。继续"), "{s}");
            }
            app.apply(Action::No);
            let s = screen(&draw(&app, w, h));
            assert!(s.contains("重新开始。"), "{s}");
        }
        let t = draw(&question(29, 12), 29, 12);
        assert_whole_cells(&t);
        let s = screen(&t);
        assert!(s.contains("请把窗口调大"), "{s}");
    });
}

/// English is untouched: the same screens without `with_language` say it in English.
#[test]
fn the_same_screens_in_english_stay_english() {
    with_language("en", || {
        let s = screen(&draw(&outcome(80, 24), 80, 24));
        assert!(s.contains("ESCALATE TO MICROSOFT SUPPORT"), "{s}");
        assert!(s.contains("Outcome"), "{s}");
        assert!(!s.contains("英文版本"), "{s}");
    });
}

/// The built-in playbook with its embedded zh-CN translation, at the founding outcome.
fn founding(w: u16, h: u16) -> App {
    let builtin = breakglass::playbook::builtin::builtin("entra-mfa-lockout").unwrap();
    let mut pb = builtin.playbook().unwrap();
    let zh = breakglass::playbook::builtin::translations("entra-mfa-lockout")
        .find(|tr| tr.lang == "zh-CN")
        .unwrap();
    let checked = translation::check(&pb, zh.text, Some("zh-CN"));
    translation::apply(&mut pb, &checked);
    let mut session = Session::new(pb);
    for answer in crate::common::FOUNDING {
        let (_, option) = answer.split_once('=').unwrap();
        session.choose_id(option).unwrap();
    }
    App::new(session, Theme::mono(), Size::new(w, h))
}

#[test]
fn the_founding_outcome_of_the_builtin_in_chinese() {
    with_language("zh-CN", || {
        for (w, h) in SIZES {
            let t = draw(&founding(w, h), w, h);
            assert_whole_cells(&t);
            let shown = screen(&t);
            assert!(shown.contains("数据保护团队"), "{shown}");
            insta::assert_snapshot!(format!("zh_founding_outcome_{w}x{h}"), shown);
        }
    });
}
