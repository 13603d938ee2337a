//! Small windows never hide meaning (issue 12, item 2): a long question is readable whole at
//! 80×24, 40×12 and 30×8 with its options under it, the footer keeps `? help` and `q quit`,
//! the path code stays in the header from 40 columns, and footer messages wrap (B1, B3).

use crate::common::fixture;
use breakglass::engine::Session;
use breakglass::tui::app::App;
use breakglass::tui::keymap::Action;
use breakglass::tui::theme::Theme;
use breakglass::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

fn long(w: u16, h: u16) -> App {
    App::new(
        Session::new(fixture("long-question.yaml")),
        Theme::mono(),
        Size::new(w, h),
    )
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(f, &app.model())).unwrap();
    t
}

/// The screen's rows as text.
fn rows(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect()
}

/// The words of the screen's body rows (between header and footer), joined.
fn body_words(t: &Terminal<TestBackend>, footer: usize) -> Vec<String> {
    let r = rows(t);
    r[3..r.len() - footer]
        .iter()
        .flat_map(|l| {
            l.replace(['█', '║'], " ")
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

const QUESTION_END: [&str; 3] = ["still", "works?", "readable."];

#[test]
fn the_long_question_at_80x24() {
    let t = draw(&long(80, 24), 80, 24);
    insta::assert_snapshot!("long_question_80x24", t.backend());
    let words = body_words(&t, 1).join(" ");
    for w in QUESTION_END {
        assert!(words.contains(w), "{w} missing:\n{words}");
    }
    assert!(words.contains("none of them works"), "options under it");
}

#[test]
fn the_long_question_at_40x12_is_whole_with_options_under_it() {
    let t = draw(&long(40, 12), 40, 12);
    insta::assert_snapshot!("long_question_40x12", t.backend());
    // B1: "still works?" was cut off with no "…" at 40×12.
    let mut a = long(40, 12);
    let mut seen = body_words(&t, 1).join(" ");
    for _ in 0..6 {
        a.apply(Action::PageDown);
        seen.push(' ');
        seen.push_str(&body_words(&draw(&a, 40, 12), 1).join(" "));
    }
    for w in QUESTION_END {
        assert!(seen.contains(w), "{w} never shown:\n{seen}");
    }
    assert!(seen.contains("which of them I set up"), "{seen}");
}

#[test]
fn the_long_question_at_30x8_reads_whole_by_paging() {
    let t = draw(&long(30, 8), 30, 8);
    insta::assert_snapshot!("long_question_30x8", t.backend());
    let mut a = long(30, 8);
    let mut seen: Vec<String> = body_words(&t, 1);
    for _ in 0..20 {
        a.apply(Action::PageDown);
        seen.extend(body_words(&draw(&a, 30, 8), 1));
    }
    let seen = seen.join(" ");
    for w in QUESTION_END {
        assert!(seen.contains(w), "{w} never shown:\n{seen}");
    }
    // Moving the selection brings the option into view.
    let mut a = long(30, 8);
    a.apply(Action::Bottom);
    let shown = rows(&draw(&a, 30, 8)).join("\n");
    assert!(shown.contains("▶ 3."), "{shown}");
}

#[test]
fn the_footer_keeps_help_and_quit_at_every_width() {
    for (w, h) in [(80u16, 24u16), (40, 12), (30, 8)] {
        let t = draw(&long(w, h), w, h);
        let r = rows(&t);
        let footer = r.last().unwrap();
        assert!(footer.contains("? help"), "{w}×{h}: {footer:?}");
        assert!(footer.contains("q quit"), "{w}×{h}: {footer:?}");
    }
}

#[test]
fn clipped_header_text_ends_with_an_ellipsis() {
    // B1/item 2: a playbook title too long for 40 columns is cut with "…".
    let t = draw(&long(40, 12), 40, 12);
    let top = &rows(&t)[0];
    assert!(
        top.contains("Long question test playbook") || top.contains('…') || !top.contains("Long"),
        "{top:?}"
    );
    let t = draw(&long(55, 12), 55, 12);
    let top = &rows(&t)[0];
    assert!(top.contains('…'), "title cut without an ellipsis: {top:?}");
}

#[test]
fn the_path_code_stays_in_the_header_from_40_columns() {
    let mut s = Session::new(crate::common::builtin_playbook());
    // Any answer: the code appears once there is one to share.
    let q = s.question().unwrap().clone();
    s.select(q.options.len() - 1);
    s.advance().unwrap();
    let code = breakglass::engine::pathcode::encode(&s).unwrap();
    for w in [40u16, 50, 80] {
        let a = App::new(s.clone(), Theme::mono(), Size::new(w, 12));
        let second = rows(&draw(&a, w, 12))[1].clone();
        assert!(
            second.contains(&code),
            "{w} columns: {second:?} lacks {code}"
        );
    }
}

#[test]
fn a_long_status_message_wraps_whole_in_the_footer() {
    // B3: the report path after `e` was cut at the screen's edge.
    let path =
        "/home/a-rather-long-user-name/.local/share/breakglass/reports/20261130-201500-abcdef.md";
    let message = format!("Report written to {path}");
    for (w, h) in [(80u16, 24u16), (40, 12), (30, 8)] {
        let mut a = long(w, h);
        a.set_status(message.clone());
        let r = rows(&draw(&a, w, h));
        let text: String = r.iter().map(|l| l.trim()).collect::<Vec<_>>().join("");
        assert!(
            text.replace(' ', "").contains(&message.replace(' ', "")),
            "{w}×{h}: the whole message is not on screen:\n{}",
            r.join("\n")
        );
    }
}
