//! The info screen: a heading, its text, why it matters, and "Enter to go on".
//!
//! ```text
//!  What a restored backup brings back
//!
//!  For work and school accounts a backup restores only the account name ...
//!
//!  Press Enter to go on.
//! ```

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::app::ScreenModel;
use super::super::doc::{self, Doc};
use crate::playbook::Info;

/// The info node as a scrollable document `width` columns wide.
pub fn document(model: &ScreenModel<'_>, info: &Info, width: usize) -> Doc {
    let theme = model.theme;
    let mut d = Doc::default();
    d.extend(doc::hang(
        &doc::inline(&info.title, theme.heading, theme),
        width,
        "",
        "",
        theme.heading,
    ));
    if let Some(text) = &info.text {
        d.gap();
        d.extend(doc::text(text, width, "", Style::new(), theme));
    }
    if let Some(help) = &info.help {
        d.gap();
        d.extend(doc::text(help, width, "", theme.dim, theme));
    }
    if !info.sources.is_empty() {
        d.gap();
        d.lines
            .push(Line::styled(crate::tr!("wizard-sources"), theme.dim));
        d.extend(super::outcome::source_lines(model, &info.sources, width));
    }
    d.gap();
    d.lines.push(Line::from(vec![
        Span::styled(format!("{} ", crate::tr!("wizard-info-press")), theme.dim),
        Span::styled("Enter", theme.key),
        Span::styled(
            format!(" {}", crate::tr!("wizard-info-to-go-on")),
            theme.dim,
        ),
    ]));
    d
}
