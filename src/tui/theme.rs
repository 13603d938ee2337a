//! Styles for the wizard: a colour theme (indexed colours only) and a monochrome one for
//! `NO_COLOR`, which uses modifiers alone so nothing depends on colour.

use ratatui::style::{Color, Modifier, Style};

use crate::playbook::OutcomeKind;

/// Every style the views use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether colours are used at all.
    pub color: bool,
    /// The app name in the header.
    pub brand: Style,
    /// Headings and questions.
    pub heading: Style,
    /// Less important text: hints, ids, breadcrumbs.
    pub dim: Style,
    /// The selected option or focused item.
    pub selected: Style,
    /// `**bold**` text.
    pub bold: Style,
    /// `` `code` `` text.
    pub code: Style,
    /// "Say this" scripts.
    pub say: Style,
    /// Cautions.
    pub caution: Style,
    /// Status messages in the footer.
    pub status: Style,
    /// Footer key names.
    pub key: Style,
    /// Whether web addresses are OSC 8 hyperlinks (off with `--no-links`, and by default).
    pub links: bool,
}

impl Theme {
    /// The theme for this environment: monochrome when `no_color` is set.
    pub fn new(no_color: bool) -> Self {
        if no_color {
            Self::mono()
        } else {
            Self::colored()
        }
    }

    /// Chooses by the `NO_COLOR` convention (set and not empty).
    pub fn from_env() -> Self {
        Self::new(std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()))
    }

    /// Colours from the 16-colour palette, which every terminal has.
    pub fn colored() -> Self {
        Self {
            color: true,
            brand: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            heading: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            bold: Style::new().add_modifier(Modifier::BOLD),
            code: Style::new().fg(Color::Cyan),
            say: Style::new().fg(Color::Green),
            caution: Style::new().fg(Color::Yellow),
            status: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            key: Style::new().add_modifier(Modifier::BOLD),
            links: false,
        }
    }

    /// No colour at all: bold, underline and reverse only.
    pub fn mono() -> Self {
        Self {
            color: false,
            brand: Style::new().add_modifier(Modifier::BOLD),
            heading: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            bold: Style::new().add_modifier(Modifier::BOLD),
            code: Style::new().add_modifier(Modifier::UNDERLINED),
            say: Style::new(),
            caution: Style::new().add_modifier(Modifier::BOLD),
            status: Style::new().add_modifier(Modifier::BOLD),
            key: Style::new().add_modifier(Modifier::BOLD),
            links: false,
        }
    }

    /// The same theme, with web addresses as hyperlinks when `links` is set (never under
    /// `TERM=dumb`).
    #[must_use]
    pub fn with_links(mut self, links: bool) -> Self {
        self.links = links && std::env::var("TERM").is_ok_and(|t| t != "dumb");
        self
    }

    /// The style of an outcome kind's banner (its glyph and words carry the meaning).
    pub fn kind(&self, kind: OutcomeKind) -> Style {
        let base = Style::new().add_modifier(Modifier::BOLD);
        if !self.color {
            return base;
        }
        base.fg(match kind {
            OutcomeKind::SelfService => Color::Green,
            OutcomeKind::AskAdmin => Color::Cyan,
            OutcomeKind::Escalate => Color::Yellow,
            OutcomeKind::NotALockout => Color::Blue,
            OutcomeKind::Prevent => Color::Magenta,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_theme_has_no_colour_anywhere() {
        let t = Theme::mono();
        let styles = [
            t.brand, t.heading, t.dim, t.selected, t.bold, t.code, t.say, t.caution, t.status,
            t.key,
        ];
        for s in styles
            .into_iter()
            .chain(OutcomeKind::ALL.map(|k| t.kind(k)))
        {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
    }
}
