//! The wizard's last line of defence: no cell leaves for the terminal holding a character
//! that could drive it or reorder what is shown.
//!
//! Text from files is made visible where it enters the views; this pass runs on every frame
//! just before it is drawn, so a view that forgot still cannot emit one. The one escape
//! sequence that passes is our own hyperlink (OSC 8), and only in the exact shape
//! [`super::links`] builds, around a safe address and safe text, in a cell whose width the
//! view forced (text from a file can set neither).

use ratatui::buffer::{Buffer, CellDiffOption};

use crate::sanitize;

/// Replaces every cell whose symbol holds a control, invisible or reordering character with
/// U+FFFD (the replacement character), which keeps the layout's cell widths.
pub fn buffer(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        let link = matches!(cell.diff_option, CellDiffOption::ForcedWidth(_))
            && super::links::is_ours(cell.symbol());
        if !link && cell.symbol().chars().any(sanitize::is_unsafe) {
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

    #[test]
    fn our_hyperlinks_pass_and_look_alikes_do_not() {
        use super::super::doc::Link;
        let area = Rect::new(0, 0, 24, 2);
        let mut b = Buffer::empty(area);
        b.set_string(0, 0, "https://a.b/c", ratatui::style::Style::new());
        let link = Link {
            line: 0,
            column: 0,
            width: 13,
            url: "https://a.b/c".into(),
        };
        super::super::links::apply(&mut b, area, &[link], 0);
        // A file's text holding the same bytes, but not in a cell we linked.
        b[(0, 1)].set_symbol("\u{1b}]8;;https://a.b/c\u{1b}\\x\u{1b}]8;;\u{1b}\\");
        let ours = b[(0, 0)].symbol().to_string();
        buffer(&mut b);
        assert_eq!(b[(0, 0)].symbol(), ours, "our link kept");
        assert_eq!(
            b[(0, 1)].symbol(),
            "\u{FFFD}",
            "a look-alike without a forced width"
        );
    }
}
