//! Moving about a long page: the section index and the jump keys, and `/` search with `n`
//! and `N`, on the outcome and info pages and in the help. The lines a search can find are
//! the document's own, so a match is always on screen after a jump.

use super::{App, Overlay, scrolled_max};
use crate::tui::keymap::Action;
use crate::tui::view;

/// A search of the page (or of the help, when it is open).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    /// What is searched for.
    pub query: String,
    /// Whether it is still being typed.
    pub typing: bool,
}

impl App {
    /// The outcome or info page's actions for sections, sources and search.
    pub(super) fn apply_page(&mut self, action: Action) {
        let doc = view::document(&self.model(), self.size);
        match action {
            Action::Sections if doc.sections.is_empty() => {
                self.status = Some(crate::tr!("wizard-status-no-sections"));
            }
            Action::Sections => {
                let selected = doc
                    .sections
                    .iter()
                    .rposition(|(_, line)| *line <= self.scroll)
                    .unwrap_or(0);
                self.overlay = Some(Overlay::Sections { selected });
            }
            Action::NextSection => match doc.sections.iter().find(|(_, l)| *l > self.scroll) {
                Some((_, line)) => self.scroll_to(*line),
                None => self.status = Some(crate::tr!("wizard-status-last-section")),
            },
            Action::PrevSection => {
                match doc.sections.iter().rev().find(|(_, l)| *l < self.scroll) {
                    Some((_, line)) => self.scroll_to(*line),
                    None => self.status = Some(crate::tr!("wizard-status-first-section")),
                }
            }
            Action::Sources => {
                if view::source_pane::document(&self.model(), self.size)
                    .lines
                    .is_empty()
                {
                    self.status = Some(crate::tr!("wizard-status-no-sources"));
                } else {
                    self.overlay = Some(Overlay::Sources { scroll: 0 });
                }
            }
            Action::Search => self.start_search(),
            Action::NextMatch | Action::PrevMatch => {
                let lines = doc.matches(self.query());
                if let Some(line) = self.next_match(&lines, self.scroll, action) {
                    self.scroll_to(line);
                }
            }
            _ => {}
        }
    }

    /// The section index: choose a section to jump to.
    pub(super) fn apply_sections(&mut self, action: Action) {
        let Some(Overlay::Sections { selected }) = self.overlay else {
            return;
        };
        let doc = view::document(&self.model(), self.size);
        let count = doc.sections.len();
        let go = |n: usize| doc.sections.get(n).map(|(_, line)| *line);
        match action {
            Action::Up => {
                self.overlay = Some(Overlay::Sections {
                    selected: selected.saturating_sub(1),
                });
            }
            Action::Down => {
                self.overlay = Some(Overlay::Sections {
                    selected: selected.saturating_add(1).min(count.saturating_sub(1)),
                });
            }
            Action::Choose | Action::Pick(_) => {
                let n = if let Action::Pick(n) = action {
                    n
                } else {
                    selected
                };
                match go(n) {
                    Some(line) => {
                        self.overlay = None;
                        self.scroll_to(line);
                    }
                    None => {
                        self.status = Some(crate::tr!(
                            "wizard-status-no-section",
                            number = n.saturating_add(1)
                        ));
                    }
                }
            }
            Action::Close => self.overlay = None,
            Action::ForceQuit => self.quit = true,
            _ => {}
        }
    }

    /// The sources pane: scroll it, or close it.
    pub(super) fn apply_sources(&mut self, action: Action) {
        let Some(Overlay::Sources { scroll }) = self.overlay else {
            return;
        };
        let max = view::source_pane::max_scroll(&self.model(), self.size);
        let page = view::source_pane::page(self.size);
        match action {
            Action::Close => self.overlay = None,
            Action::ForceQuit => self.quit = true,
            _ => {
                self.overlay = Some(Overlay::Sources {
                    scroll: super::scrolled(action, scroll, page, max),
                });
            }
        }
    }

    /// Typing what to search for: each key refines it; Enter finds, Esc stops.
    pub(super) fn apply_search_edit(&mut self, action: Action) {
        let Some(search) = self.search.as_mut() else {
            return;
        };
        match action {
            Action::Type(c) => search.query.push(c),
            Action::DeleteChar => {
                search.query.pop();
            }
            Action::Cancel => {
                self.search = None;
                self.status = Some(crate::tr!("wizard-status-search-stopped"));
                return;
            }
            Action::Save => {
                search.typing = false;
                if search.query.is_empty() {
                    self.search = None;
                    return;
                }
                let from = self.current_scroll();
                let lines = self.search_lines();
                // From the line on top of the screen, that one included.
                let found = lines
                    .iter()
                    .find(|&&l| l >= from)
                    .or(lines.first())
                    .copied();
                match found {
                    Some(line) => {
                        self.status = Some(self.match_status(&lines, line));
                        self.set_current_scroll(line);
                    }
                    None => {
                        self.status =
                            Some(crate::tr!("wizard-status-no-match", query = self.query()));
                    }
                }
                return;
            }
            Action::ForceQuit => {
                self.quit = true;
                return;
            }
            _ => {}
        }
        self.status = Some(crate::tr!("wizard-status-search", query = self.query()));
    }

    /// `/`: start typing a search (of the help when it is open).
    pub(super) fn start_search(&mut self) {
        self.search = Some(Search {
            query: String::new(),
            typing: true,
        });
        self.status = Some(crate::tr!("wizard-status-search", query = ""));
    }

    /// `n`/`N` in the help.
    pub(super) fn help_match(&mut self, action: Action) {
        let lines = self.search_lines();
        let from = self.current_scroll();
        if let Some(line) = self.next_match(&lines, from, action) {
            self.set_current_scroll(line);
        }
    }

    /// `]`/`[` in the help: the next or previous part (keys, why we ask, sources, about).
    pub(super) fn help_section(&mut self, forward: bool) {
        let from = self.current_scroll();
        let width = view::help::text_width(self.size);
        let doc = view::help::document(&self.model(), width);
        let max = view::help::max_scroll(&self.model(), self.size);
        let found = if forward {
            // A part already on screen at the end still counts as the next one.
            doc.sections.iter().find(|(_, l)| *l > from && from < max)
        } else {
            doc.sections.iter().rev().find(|(_, l)| *l < from)
        };
        match found {
            Some((_, line)) => self.set_current_scroll(*line),
            None => {
                self.status = Some(if forward {
                    crate::tr!("wizard-status-last-part")
                } else {
                    crate::tr!("wizard-status-first-part")
                });
            }
        }
    }

    fn query(&self) -> &str {
        self.search.as_ref().map_or("", |s| s.query.as_str())
    }

    /// The match after (or before) `from`, wrapping round, with a status saying which.
    fn next_match(&mut self, lines: &[usize], from: usize, action: Action) -> Option<usize> {
        if self.query().is_empty() {
            self.status = Some(crate::tr!("wizard-status-search-first"));
            return None;
        }
        let found = if action == Action::PrevMatch {
            lines.iter().rev().find(|&&l| l < from).or(lines.last())
        } else {
            lines.iter().find(|&&l| l > from).or(lines.first())
        }
        .copied();
        match found {
            Some(line) => self.status = Some(self.match_status(lines, line)),
            None => {
                self.status = Some(crate::tr!("wizard-status-no-match", query = self.query()));
            }
        }
        found
    }

    fn match_status(&self, lines: &[usize], line: usize) -> String {
        let k = lines.iter().position(|&l| l == line).unwrap_or(0);
        crate::tr!(
            "wizard-status-match",
            query = self.query(),
            number = k.saturating_add(1),
            count = lines.len()
        )
    }

    /// The matching lines of what is searched: the help when it is open, else the page.
    fn search_lines(&self) -> Vec<usize> {
        let model = self.model();
        if let Some(Overlay::Help { .. }) = self.overlay {
            let width = view::help::text_width(self.size);
            view::help::document(&model, width).matches(self.query())
        } else {
            view::document(&model, self.size).matches(self.query())
        }
    }

    fn current_scroll(&self) -> usize {
        match self.overlay {
            Some(Overlay::Help { scroll }) => scroll,
            _ => self.scroll,
        }
    }

    fn set_current_scroll(&mut self, line: usize) {
        if let Some(Overlay::Help { .. }) = self.overlay {
            let max = view::help::max_scroll(&self.model(), self.size);
            self.overlay = Some(Overlay::Help {
                scroll: line.min(max),
            });
        } else {
            self.scroll_to(line);
        }
    }

    /// Puts `line` at the top of the page (or as near as the end allows).
    fn scroll_to(&mut self, line: usize) {
        self.scroll = scrolled_max(line, self.max_scroll());
    }
}
