//! The wizard in Simplified Chinese in a real terminal (tmux, 80×24 and 40×12): the
//! founding case's outcome page in Chinese, its script in Chinese with the English under
//! it, no double-width character cut at the window's edge, and `LANG=zh_CN.UTF-8` alone
//! choosing Chinese.

use crate::common::{exe, founding_code, tempdir};
use crate::tmux::Tmux;
use unicode_width::UnicodeWidthStr;

/// The wizard at the founding outcome in a `width`×`height` pane, with `env` added.
fn founding(size: (u16, u16), env: &[&str]) -> Tmux {
    let base = tempdir();
    let config = format!("BREAKGLASS_CONFIG_DIR={}", base.join("config").display());
    let data = format!("BREAKGLASS_DATA_DIR={}", base.join("data").display());
    let t = Tmux::new("bg-zh");
    let mut vars = vec![config.as_str(), data.as_str()];
    vars.extend(env);
    let code = founding_code();
    t.start(
        size,
        &vars,
        &[exe().to_str().unwrap(), "--no-links", "--at", &code],
    );
    t
}

/// Every line of the pane fits its width (tmux pads a cut wide character with a space;
/// a line wider than the pane would be wrapped into the next one).
fn assert_fits(t: &Tmux, width: usize) {
    let raw = String::from_utf8_lossy(&t.tmux(&["capture-pane", "-p"]).stdout).into_owned();
    for line in raw.lines() {
        assert!(
            line.width() <= width,
            "{line:?} is wider than {width}\n{raw}"
        );
        assert!(!line.contains('\u{fffd}'), "a broken character in {line:?}");
    }
}

#[test]
fn the_founding_outcome_page_in_chinese_at_80x24_and_40x12() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let t = founding((80, 24), &["BREAKGLASS_LANG=zh-CN"]);
    let screen = t.wait_for("租户锁定");
    assert!(screen.contains("数据保护团队"), "{screen}");
    assert_fits(&t, 80);
    // The script, in Chinese and then in English for Microsoft Support: search for it.
    t.keys(&["/"]);
    t.keys(&[
        "D", "a", "t", "a", " ", "P", "r", "o", "t", "e", "c", "t", "i", "o", "n",
    ]);
    t.keys(&["Enter"]);
    let screen = t.wait_for("Data Protection");
    assert_fits(&t, 80);
    drop(screen);
    drop(t);

    let t = founding((40, 12), &["BREAKGLASS_LANG=zh-CN"]);
    t.wait_for("租户锁定");
    assert_fits(&t, 40);
}

#[test]
fn the_locale_alone_chooses_chinese() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let t = founding((80, 24), &["LANG=zh_CN.UTF-8", "LC_ALL="]);
    let screen = t.wait_for("租户锁定");
    assert!(screen.contains("数据保护团队"), "{screen}");
}
