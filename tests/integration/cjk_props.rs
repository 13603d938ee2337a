//! Property tests for wide text (issue 14): random Simplified Chinese and mixed-width text,
//! wrapped at random widths and drawn as a question and an outcome at random window sizes,
//! in the zh-CN interface. No line may be wider than its width, nothing may be lost, and
//! no double-width character may be cut at an edge or covered by something drawn over it.

use breakglass::engine::Session;
use breakglass::tui::app::App;
use breakglass::tui::theme::Theme;
use breakglass::tui::view;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use unicode_width::UnicodeWidthStr;

use crate::common::assert_whole_cells;

/// Text of Chinese characters and punctuation, Latin words, digits, spaces and a few wide
/// symbols, in runs as real sentences mix them.
fn mixed() -> impl Strategy<Value = String> {
    let run = prop_oneof![
        4 => "[\u{4e00}-\u{9fa5}]{1,12}",
        2 => "[，。：；？！（）“”、]",
        2 => "[A-Za-z]{1,12}",
        1 => "[0-9]{1,6}",
        2 => Just(" ".to_string()),
        1 => "[\u{ff21}-\u{ff3a}\u{3041}-\u{3093}\u{ac00}-\u{ac20}]{1,4}",
    ];
    prop::collection::vec(run, 1..40).prop_map(|v| v.concat())
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A one-question playbook whose question, options and outcome hold `texts`.
fn playbook(
    q: &str,
    a: &str,
    b: &str,
    summary: &str,
    step: &str,
) -> Option<breakglass::playbook::Playbook> {
    let j = |s: &str| serde_json::to_string(s).unwrap();
    let yaml = format!(
        "format: breakglass/v1\nid: props\ntitle: {t}\nversion: \"1\"\nreviewed: 2026-11-30\n\
         start: q\nsources:\n  s1:\n    title: S\n    url: https://example.com/s\n\
         nodes:\n  q:\n    question: {q}\n    help: {s}\n    options:\n      - id: a\n        label: {a}\n        next: done\n\
         \x20     - id: b\n        label: {b}\n        next: done\n\
         \x20 done:\n    outcome: {a}\n    kind: escalate\n    summary: {s}\n    steps:\n\
         \x20     - text: {st}\n        sources: [s1]\n        say: {st}\n        caution: {s}\n",
        t = j(q),
        q = j(q),
        a = j(a),
        b = j(b),
        s = j(summary),
        st = j(step),
    );
    breakglass::playbook::load_str(&yaml)
        .ok()
        .map(|l| l.playbook)
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(f, &app.model())).unwrap();
    t
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn wrapped_mixed_text_fits_its_width_and_loses_nothing(text in mixed(), width in 1usize..120) {
        let lines = breakglass::wrap::wrap_plain(&text, width);
        prop_assert_eq!(squash(&lines.concat()), squash(&text));
        for l in &lines {
            // A double-width character alone is wider than a one-column line.
            prop_assert!(l.width() <= width.max(2), "{:?} is wider than {}", l, width);
        }
    }

    #[test]
    fn chinese_screens_fit_every_window(
        q in mixed(), a in mixed(), b in mixed(), summary in mixed(), step in mixed(),
        w in 20u16..150, h in 8u16..50,
    ) {
        let pb = playbook(&q, &a, &b, &summary, &step);
        prop_assume!(pb.is_some());
        let pb = pb.unwrap();
        breakglass::i18n::with_language("zh-CN", || {
            let mut s = Session::new(pb);
            let app = App::new(s.clone(), Theme::mono(), Size::new(w, h));
            assert_whole_cells(&draw(&app, w, h));
            s.choose(0).unwrap();
            let app = App::new(s, Theme::mono(), Size::new(w, h));
            assert_whole_cells(&draw(&app, w, h));
        });
    }
}
