//! The wizard's last line of defence: no cell leaves for the terminal holding a character
//! that could drive it or reorder what is shown.
//!
//! Text from files is made visible where it enters the views; this pass runs on every frame
//! just before it is drawn, so a view that forgot still cannot emit one.

use ratatui::buffer::Buffer;

use crate::sanitize;

/// Replaces every cell whose symbol holds a control, invisible or reordering character with
/// U+FFFD (the replacement character), which keeps the layout's cell widths.
pub fn buffer(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        if cell.symbol().chars().any(sanitize::is_unsafe) {
            cell.set_symbol("\u{FFFD}");
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;

    #[test]
    fn unsafe_cells_are_replaced() {
        let mut b = Buffer::empty(Rect::new(0, 0, 4, 1));
        b[(0, 0)].set_symbol("a");
        b[(1, 0)].set_symbol("\u{202E}");
        b[(2, 0)].set_symbol("\u{1b}");
        buffer(&mut b);
        let shown: String = b
            .content
            .iter()
            .map(ratatui::buffer::Cell::symbol)
            .collect();
        assert_eq!(shown, "a\u{FFFD}\u{FFFD} ");
    }
}
