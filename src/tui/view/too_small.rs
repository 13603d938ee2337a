//! Shown instead of everything else when the terminal is below the minimum size.
//!
//! ```text
//!  Make the window larger
//!  (needs 30×8, now 20×5)
//! ```

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::super::theme::Theme;
use super::{MIN_HEIGHT, MIN_WIDTH};

/// Draws the message, wrapped and centred, into whatever space there is.
pub fn render(frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let lines = vec![
        Line::styled("Make the window larger", theme.heading),
        Line::styled(
            format!(
                "(needs {MIN_WIDTH}×{MIN_HEIGHT}, now {}×{})",
                area.width, area.height
            ),
            theme.dim,
        ),
    ];
    let top = area.height.saturating_sub(2) / 2;
    let inner = Rect {
        y: area.y.saturating_add(top),
        height: area.height.saturating_sub(top),
        ..area
    };
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        inner,
    );
}
