//! Issue 12, item 1: the outcome page a person under stress can use. Its first screen, the
//! section index and jump keys, the sources pane, `/` search with `n`/`N` on the page and
//! in the help, addresses never split (cut with "…" on screen, whole in copies), OSC 8
//! hyperlinks and `--no-links`, and bugs B12 (a listed source never cited on the page) and
//! B13 (Markdown backticks in `walk` text and `y` copies).
//!
//! Mostly on the fixture `long-page.yaml`, so no test here depends on the built-in
//! playbook's wording; the founding-outcome tests reach it by its answers and check only
//! the page's shape (kind, "Who acts:", step 1, the script's label).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::{FOUNDING, builtin_playbook, exe, fixture, fixture_path, tempdir};
use breakglass::engine::Session;
use breakglass::tui::app::App;
use breakglass::tui::keymap::Action;
use breakglass::tui::theme::Theme;
use breakglass::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

/// The fixture's long address (wider than 80 columns).
const LONG_URL: &str = "https://support.example.com/en-us/topic/global-customer-service-phone-numbers-c0389ade-5640-e588-8b0e-28de8afeb3f2-and-some-more-path";

/// The wizard on the fixture, at its outcome, drawn at w×h.
fn at_outcome(w: u16, h: u16) -> App {
    let mut a = App::new(
        Session::new(fixture("long-page.yaml")),
        Theme::mono(),
        Size::new(w, h),
    );
    a.apply(Action::Pick(0));
    assert_eq!(a.session().node().id, "call");
    a
}

/// The wizard on the built-in playbook at the founding outcome, reached by its answers.
fn founding(w: u16, h: u16) -> App {
    let mut a = App::new(
        Session::new(builtin_playbook()),
        Theme::mono(),
        Size::new(w, h),
    );
    for ans in FOUNDING {
        let (_, option) = ans.split_once('=').unwrap();
        let i = a
            .session()
            .question()
            .unwrap()
            .option_index(option)
            .unwrap();
        a.apply(Action::Pick(i));
    }
    assert!(a.session().outcome().is_some());
    a
}

fn draw(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(f, &app.model())).unwrap();
    format!("{}", t.backend())
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\u{1b}' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
    }
}

/// The page's lines as text, as wrapped for a terminal of w×h.
fn page(app: &App, w: u16, h: u16) -> Vec<String> {
    view::document(&app.model(), Size::new(w, h))
        .lines
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

/// Snapshots a state at 80×24, 40×12 and 30×8.
macro_rules! snap_three_sizes {
    ($name:ident, $make:expr) => {
        #[test]
        fn $name() {
            for (w, h) in [(80u16, 24u16), (40, 12), (30, 8)] {
                let app: App = $make(w, h);
                insta::assert_snapshot!(format!("{}_{w}x{h}", stringify!($name)), draw(&app, w, h));
            }
        }
    };
}

snap_three_sizes!(page_top, at_outcome);
snap_three_sizes!(section_index, |w, h| {
    let mut a = at_outcome(w, h);
    press(&mut a, "s");
    a
});
snap_three_sizes!(search_on_the_page, |w, h| {
    let mut a = at_outcome(w, h);
    press(&mut a, "/contact\n");
    a
});
snap_three_sizes!(sources_pane, |w, h| {
    let mut a = at_outcome(w, h);
    press(&mut a, "o");
    a
});
snap_three_sizes!(help_keys_first_then_why_we_ask, |w, h| {
    let mut a = App::new(
        Session::new(fixture("long-page.yaml")),
        Theme::mono(),
        Size::new(w, h),
    );
    press(&mut a, "?");
    a
});

#[test]
fn the_first_screen_of_the_founding_outcome_holds_kind_who_summary_script_and_step_1() {
    let a = founding(80, 24);
    let screen = draw(&a, 80, 24);
    for shown in ["ESCALATE", "Who acts:", "Say this (step", "STEPS", "   1. "] {
        assert!(
            screen.contains(shown),
            "{shown:?} not on the first screen:\n{screen}"
        );
    }
}

#[test]
fn have_ready_is_two_keys_away_and_the_jump_keys_walk_the_sections() {
    let mut a = founding(80, 24);
    let doc = view::document(&a.model(), Size::new(80, 24));
    let n = doc
        .sections
        .iter()
        .position(|(name, _)| name == "Have ready")
        .expect("a Have ready section");
    assert!(n < 9, "Have ready is within the digits of the index");
    let digit = char::from_digit(u32::try_from(n + 1).unwrap(), 10).unwrap();
    press(&mut a, &format!("s{digit}"));
    let screen = draw(&a, 80, 24);
    let body: Vec<&str> = screen.lines().skip(3).collect();
    assert!(body[0].contains("HAVE READY"), "{screen}");
    // ] and [ go section by section; g goes back to the top.
    let mut b = at_outcome(80, 24);
    let sections = view::document(&b.model(), Size::new(80, 24)).sections;
    let max = view::document(&b.model(), Size::new(80, 24)).height()
        - view::body_height(Size::new(80, 24));
    press(&mut b, "]");
    assert_eq!(b.model().scroll, sections[1].1.min(max));
    press(&mut b, "]");
    assert_eq!(b.model().scroll, sections[2].1.min(max));
    press(&mut b, "[");
    assert_eq!(b.model().scroll, sections[1].1.min(max));
}

#[test]
fn search_finds_n_and_shift_n_cycle_and_esc_stops() {
    let mut a = at_outcome(80, 24);
    let lines = page(&a, 80, 24);
    let hits: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.to_lowercase().contains("contact"))
        .map(|(k, _)| k)
        .collect();
    assert!(hits.len() >= 2, "{lines:#?}");
    press(&mut a, "/contact\n");
    let max = lines.len() - view::body_height(Size::new(80, 24));
    assert_eq!(a.model().scroll, hits[0].min(max));
    assert!(
        draw(&a, 80, 24).contains("match 1 of"),
        "the footer says which match"
    );
    press(&mut a, "n");
    assert_eq!(a.model().scroll, hits[1].min(max));
    press(&mut a, "N");
    assert_eq!(a.model().scroll, hits[0].min(max));
    // Esc first clears a finished search; only the next one goes back a step.
    press(&mut a, "\u{1b}");
    assert!(a.model().search.is_none());
    assert_eq!(a.session().node().id, "call", "still on the outcome");
    press(&mut a, "/zzzz\n");
    assert!(draw(&a, 80, 24).contains("No match for \"zzzz\""));
    press(&mut a, "/ab\u{1b}");
    assert!(a.model().search.is_none(), "Esc stops the search");
    // While typing, q and y are letters, not quit and copy.
    press(&mut a, "/qy");
    assert!(!a.should_quit());
    assert_eq!(a.take_clipboard(), None);
}

#[test]
fn the_help_can_be_searched_too() {
    let mut a = App::new(
        Session::new(fixture("long-page.yaml")),
        Theme::mono(),
        Size::new(40, 12),
    );
    press(&mut a, "?/minutes\n");
    let screen = draw(&a, 40, 12);
    assert!(screen.contains("minutes"), "{screen}");
    assert!(screen.contains("match 1 of 1"), "{screen}");
    // Keys come first; ] jumps to why we ask, its own part.
    let mut b = App::new(
        Session::new(fixture("long-page.yaml")),
        Theme::mono(),
        Size::new(40, 12),
    );
    press(&mut b, "?");
    let keys_first = draw(&b, 40, 12);
    assert!(keys_first.contains("KEYS"), "{keys_first}");
    assert!(!keys_first.contains("WHY WE ASK"), "{keys_first}");
    press(&mut b, "]");
    let screen = draw(&b, 40, 12);
    let top = screen.lines().nth(2).unwrap();
    assert!(top.contains("WHY WE ASK"), "{screen}");
}

#[test]
fn an_address_is_never_split_and_is_cut_with_an_ellipsis_when_wider_than_the_window() {
    let mut a = at_outcome(40, 12);
    press(&mut a, "o");
    let d = view::source_pane::document(&a.model(), Size::new(40, 12));
    let text: Vec<String> = d
        .lines
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let line = text
        .iter()
        .find(|l| l.contains("https://support.example.com"))
        .unwrap();
    assert!(line.ends_with('…'), "{line:?}");
    assert!(LONG_URL.starts_with(line.trim().trim_end_matches('…')));
    // No other line carries a piece of it.
    assert_eq!(text.iter().filter(|l| l.contains("c0389ade")).count(), 0);
    // The link keeps the whole address.
    assert!(d.links.iter().any(|l| l.url == LONG_URL), "{:?}", d.links);
    // In a wider window a shorter one fits, whole, on its own line.
    let a = at_outcome(80, 24);
    let wide = view::source_pane::document(&a.model(), Size::new(80, 24));
    assert!(wide.lines.iter().any(|l| {
        let t: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
        t.trim() == "https://learn.example.com/whole"
    }));
}

#[test]
fn text_wraps_at_no_more_than_100_columns_and_wide_windows_get_a_sources_panel() {
    let a = at_outcome(200, 50);
    assert!(page(&a, 200, 50).iter().all(|l| l.chars().count() <= 100));
    let screen = draw(&a, 200, 50);
    assert!(screen.contains("Sources (o)"), "{screen}");
    assert!(
        screen.contains("https://learn.example.com/whole"),
        "{screen}"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn the_page_index_search_and_sources_draw_at_any_size(w in 0u16..260, h in 0u16..80) {
        for keys in ["", "s", "/contact\n", "o", "]]]", "G", "/ab"] {
            let mut a = at_outcome(w, h);
            press(&mut a, keys);
            // Drawn, not printed: the test backend cannot print a zero-width screen.
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| view::render(f, &a.model())).unwrap();
        }
    }
}

#[test]
fn b12_every_source_listed_for_an_outcome_is_cited_on_its_page() {
    for a in [at_outcome(80, 24), founding(80, 24)] {
        let lines = page(&a, 80, 24).join("\n");
        let o = a.session().outcome().unwrap();
        let count = a.session().playbook().outcome_sources(o).len();
        for n in 1..=count {
            assert!(
                lines.contains(&format!("[{n}]")),
                "[{n}] is never cited:\n{lines}"
            );
        }
        assert!(
            lines.contains("For this outcome as a whole, see ["),
            "{lines}"
        );
    }
}

#[test]
fn b13_walk_text_and_y_copies_carry_no_markdown_backticks() {
    let mut a = at_outcome(80, 24);
    press(&mut a, "y");
    let copied = a.take_clipboard().unwrap();
    assert!(copied.contains("the Data Protection team"), "{copied}");
    assert!(!copied.contains('`'), "{copied}");
    let r = crate::common::run(&[
        "walk",
        fixture_path("long-page.yaml").to_str().unwrap(),
        "--answer",
        "start=nobody",
    ]);
    r.code(0);
    assert!(
        r.stdout.contains("ask for the Data Protection team"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains('`'), "{}", r.stdout);
    // The question's help at a question, too.
    let r = crate::common::run(&["walk", fixture_path("long-page.yaml").to_str().unwrap()]);
    assert!(
        r.stdout.contains("support cannot be faster"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains('`'), "{}", r.stdout);
}

/// Decodes standard base64 (the OSC 52 payload).
fn base64(text: &str) -> Vec<u8> {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in text.bytes().filter(|&b| b != b'=') {
        acc = (acc << 6) | u32::try_from(ABC.iter().position(|&c| c == b).unwrap()).unwrap();
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from(acc >> bits).unwrap());
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Runs the wizard on the fixture in a real pty (`script`) of 40×12, types `keys` (a pause
/// before each) and returns every byte it wrote.
fn wizard_bytes(dir: &Path, flags: &str, keys: &[&str]) -> String {
    use std::io::Write as _;
    let cmd = format!(
        "stty cols 40 rows 12; {} --config-dir cfg --data-dir data {flags} run {}",
        exe().display(),
        fixture_path("long-page.yaml").display()
    );
    let mut child = Command::new("script")
        .args(["-qefc", &cmd, "/dev/null"])
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for k in keys {
        std::thread::sleep(Duration::from_millis(700));
        let _ = stdin.write_all(k.as_bytes());
        let _ = stdin.flush();
    }
    std::thread::sleep(Duration::from_millis(700));
    drop(stdin);
    let pid = child.id();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(15));
        let _ = Command::new("kill").arg(pid.to_string()).status();
    });
    let out = child.wait_with_output().unwrap();
    drop(watchdog);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn scratch() -> std::path::PathBuf {
    let dir = tempdir();
    for d in ["cfg/playbooks", "data"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    dir
}

#[test]
fn addresses_are_osc_8_links_in_the_raw_output_and_plain_with_no_links() {
    // 1 reaches the outcome, o opens the sources, Esc closes them, q y quits.
    let keys = ["1", "o", "\u{1b}", "q", "y"];
    let raw = wizard_bytes(&scratch(), "", &keys);
    assert!(raw.contains("Long outcome page"), "{}", raw.escape_debug());
    // The long address links whole, though the window shows it cut, and the link closes.
    let link = format!("\u{1b}]8;;{LONG_URL}\u{1b}\\https://support.example.com\u{1b}]8;;\u{1b}\\");
    assert!(
        raw.contains(&link),
        "no OSC 8 link:\n{}",
        raw.escape_debug()
    );
    let plain = wizard_bytes(&scratch(), "--no-links", &keys);
    assert!(
        plain.contains("Long outcome page"),
        "{}",
        plain.escape_debug()
    );
    assert!(plain.contains("https://support.example.com"));
    assert!(!plain.contains("\u{1b}]8;"), "{}", plain.escape_debug());
}

#[test]
fn an_address_wider_than_the_window_arrives_whole_in_the_y_copy() {
    let raw = wizard_bytes(&scratch(), "", &["1", "y", "q", "y"]);
    let start = raw.find("\u{1b}]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + raw[start..].find("\u{1b}\\").unwrap();
    let copied = String::from_utf8(base64(&raw[start..end])).unwrap();
    assert!(LONG_URL.len() > 40);
    assert!(
        copied.lines().any(|l| l.trim() == LONG_URL),
        "not whole on a line of its own:\n{copied}"
    );
}

#[test]
fn in_tmux_the_first_screen_of_the_founding_outcome_holds_step_1() {
    let t = super::tmux::Tmux::new("bg-outcome-page");
    let data = tempdir();
    let code = crate::common::founding_code();
    let bin = exe();
    t.start(
        (80, 24),
        &[],
        &[
            bin.to_str().unwrap(),
            "--data-dir",
            data.to_str().unwrap(),
            "--at",
            &code,
        ],
    );
    // Each waited for: under load a capture can fall between two writes of one frame.
    for shown in ["ESCALATE", "Who acts:", "Say this (step", "   1. "] {
        t.wait_for(shown);
    }
    let screen = t.screen();
    assert!(
        screen.contains("ESCALATE") && screen.contains("   1. "),
        "{screen}"
    );
    t.keys(&["q", "y"]);
}
