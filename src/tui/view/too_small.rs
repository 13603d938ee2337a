//! Shown instead of everything else when the terminal is below the minimum size. Keys are
//! paused meanwhile (the event loop lets only quitting through), and the message says so.
//!
//! ```text
//!  Make the window larger
//!  Keys paused; q quits
//!  (at least 30×8, now 20×5)
//! ```

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect, Size};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::super::theme::Theme;
use super::{MIN_HEIGHT, MIN_WIDTH};

/// Whether `size` is below the minimum: nothing but this message is drawn, and keys are
/// paused.
pub fn below_minimum(size: Size) -> bool {
    size.width < MIN_WIDTH || size.height < MIN_HEIGHT
}

/// Draws the message, wrapped and centred, into whatever space there is.
pub fn render(frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let texts = [
        crate::tr!("wizard-small-larger"),
        crate::tr!("wizard-small-paused"),
        crate::tr!(
            "wizard-small-size",
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT,
            width = area.width,
            height = area.height
        ),
    ];
    // Wrapped here, by display width (ratatui's wrapping breaks only at spaces, and a
    // Chinese line would run past the edge), then centred.
    let width = usize::from(area.width.max(1));
    let [heading, keys, size] = texts;
    let mut lines = Vec::new();
    for (text, style) in [
        (heading, theme.heading),
        (keys, theme.heading),
        (size, theme.dim),
    ] {
        for line in crate::wrap::wrap_plain(&text, width) {
            lines.push(Line::styled(line, style));
        }
    }
    let rows = lines.len();
    let top = usize::from(area.height).saturating_sub(rows) / 2;
    let top = u16::try_from(top).unwrap_or(0);
    let inner = Rect {
        y: area.y.saturating_add(top),
        height: area.height.saturating_sub(top),
        ..area
    };
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), inner);
}
