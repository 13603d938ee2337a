//! The outcome page's reading flow, below its top: the numbered steps (each script set
//! apart and a jump target), the ways on ("That didn't work"), and the checklists (Space
//! ticks the focused item). Source markers stay inline as `[n]`; the list is elsewhere.

use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use super::super::app::ScreenModel;
use super::super::doc::{self, Doc};
use super::outcome::section;
use crate::export::text::cite;
use crate::playbook::{Outcome, SourceId};

/// The prompt and the numbered ways on from an outcome ("That didn't work"): digits take
/// them.
pub fn ways_on(d: &mut Doc, model: &ScreenModel<'_>, o: &Outcome, width: usize) {
    if o.options.is_empty() {
        return;
    }
    let theme = model.theme;
    let then = o
        .then
        .clone()
        .unwrap_or_else(|| crate::tr!("wizard-outcome-next"));
    section(d, &then, theme.heading);
    for (i, c) in o.options.iter().enumerate() {
        let first = format!(" {}. ", i.saturating_add(1));
        let rest = " ".repeat(first.width());
        d.extend(doc::hang(
            &doc::inline(&c.label, Style::new(), theme),
            width,
            &first,
            &rest,
            Style::new(),
        ));
    }
    d.extend(doc::text(
        &match o.options.len() {
            1 => crate::tr!("wizard-outcome-ways-one"),
            n => crate::tr!("wizard-outcome-ways", count = n),
        },
        width,
        " ",
        theme.dim,
        theme,
    ));
}

/// The numbered steps: text and markers, detail, the script to read aloud, cautions.
pub fn steps(d: &mut Doc, model: &ScreenModel<'_>, o: &Outcome, order: &[SourceId], width: usize) {
    let theme = model.theme;
    section(d, &crate::tr!("wizard-outcome-steps"), theme.heading);
    let indent = "     ";
    for (i, step) in o.steps.iter().enumerate() {
        if i > 0 {
            d.gap();
        }
        let first = format!(" {:>2}. ", i.saturating_add(1));
        let mut runs = doc::inline(&step.text, theme.heading, theme);
        let refs = cite(order, &step.sources);
        if !refs.is_empty() {
            runs.push(crate::wrap::Piece {
                text: format!(" {refs}"),
                tag: theme.dim,
            });
        }
        d.extend(doc::hang(&runs, width, &first, indent, theme.heading));
        if let (true, Some(say)) = (model.present, &step.say) {
            // The helper reads this out: first, and loud.
            let strong = theme.say.add_modifier(Modifier::BOLD);
            d.section(crate::tr!("wizard-section-say", step = i.saturating_add(1)));
            label(d, &crate::tr!("wizard-outcome-say-aloud"), width, strong);
            d.extend(doc::text(say, width, &format!("{indent}│ "), strong, theme));
        }
        if let (true, Some(en)) = (model.present, &step.say_english) {
            label(
                d,
                &crate::tr!("wizard-outcome-say-english"),
                width,
                theme.say,
            );
            d.extend(doc::text(
                en,
                width,
                &format!("{indent}│ "),
                theme.say,
                theme,
            ));
        }
        if let Some(detail) = &step.detail {
            d.extend(doc::text(detail, width, indent, Style::new(), theme));
        }
        // A script to read aloud: its label, then the text behind a bar.
        let script = |d: &mut Doc, title: &str, text: &str| {
            label(d, title, width, theme.say.add_modifier(Modifier::BOLD));
            d.extend(doc::text(
                text,
                width,
                &format!("{indent}│ "),
                theme.say,
                theme,
            ));
        };
        if let (false, Some(say)) = (model.present, &step.say) {
            d.section(crate::tr!("wizard-section-say", step = i.saturating_add(1)));
            script(d, &crate::tr!("wizard-outcome-say"), say);
        }
        if let (false, Some(en)) = (model.present, &step.say_english) {
            script(d, &crate::tr!("wizard-outcome-say-english"), en);
        }
        if let Some(caution) = &step.caution {
            let mut runs = vec![crate::wrap::Piece {
                text: format!("⚠ {}", super::lead(&crate::tr!("wizard-outcome-caution"))),
                tag: theme.caution,
            }];
            runs.extend(doc::inline(caution, Style::new(), theme));
            d.extend(doc::hang(&runs, width, indent, indent, Style::new()));
        }
    }
}

/// The label over a script, under the step's indent: wrapped, never cut (a translated
/// label may be wider than a narrow window).
fn label(d: &mut Doc, text: &str, width: usize, style: Style) {
    let indent = "     ";
    d.extend(doc::hang(
        &doc::run(text, style),
        width,
        indent,
        indent,
        style,
    ));
}

/// The checklists, each item with its tick box and markers; checklist items are anchors.
pub fn checklists(
    d: &mut Doc,
    model: &ScreenModel<'_>,
    o: &Outcome,
    order: &[SourceId],
    width: usize,
) {
    let theme = model.theme;
    let session = model.session;
    let pb = session.playbook();
    let mut index = 0usize;
    for r in &o.checklists {
        let Some(list) = pb.checklist(r.checklist) else {
            continue;
        };
        section(d, &list.title, theme.heading);
        for item in r.items.iter().filter_map(|&i| list.items.get(i)) {
            let focused = index == model.focus;
            index = index.saturating_add(1);
            let ticked = session.is_ticked(&list.id, &item.id);
            let mark = if ticked { "[x]" } else { "[ ]" };
            let pointer = if focused { "▶" } else { " " };
            let first = format!("{pointer}{mark} ");
            let style = if focused {
                theme.selected
            } else {
                Style::new()
            };
            let mut runs = doc::inline(&item.text, style, theme);
            let refs = cite(order, &item.sources);
            if !refs.is_empty() {
                runs.push(crate::wrap::Piece {
                    text: format!(" {refs}"),
                    tag: theme.dim,
                });
            }
            d.anchors.push(d.lines.len());
            d.extend(doc::hang(&runs, width, &first, "     ", style));
            if let Some(why) = &item.why {
                d.extend(doc::text(
                    &crate::tr!("wizard-outcome-why", why = why.as_str()),
                    width,
                    "     ",
                    theme.dim,
                    theme,
                ));
            }
        }
    }
}
