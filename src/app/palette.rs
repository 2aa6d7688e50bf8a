//! The command palette (Ctrl+K or Ctrl+Shift+P): every command that applies here, with its
//! shortcut, found by typing a few letters of it (fuzzy, like an editor's palette). "timer 12"
//! offers a 12-minute timer.

use super::CatchballApp;
use super::timer::{MAX_MINUTES, MIN_MINUTES};
use crate::ui::PanelKind;
use crate::ui::commands::{Command, Context, Menu};
use egui::{Key, RichText};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};
use strum::IntoEnumIterator;

/// What a palette entry does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Command(Command),
    /// Start a timer of this many minutes.
    Timer(u32),
}

#[derive(Debug, Default)]
pub struct PaletteState {
    open: bool,
    query: String,
    selected: usize,
    /// The keys it took this frame: down, up, Enter, Escape.
    keys: (bool, bool, bool, bool),
}

/// Most entries shown at once.
const SHOWN: usize = 12;

impl PaletteState {
    pub fn toggle(&mut self) {
        self.open = !self.open;
        self.query.clear();
        self.selected = 0;
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Takes the palette's keys before the panels see them (the panel under it would move its
    /// cursor on the arrows, or clear its highlight on Escape).
    pub fn take_keys(&mut self, ctx: &egui::Context) {
        self.keys = if self.open {
            ctx.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                    i.consume_key(egui::Modifiers::NONE, Key::Enter),
                    i.consume_key(egui::Modifiers::NONE, Key::Escape),
                )
            })
        } else {
            (false, false, false, false)
        };
    }
}

/// The entries that match `query`, best first: (item, text, keys).
pub fn matches(entries: &[(Item, String, String)], query: &str) -> Vec<usize> {
    if query.trim().is_empty() {
        return (0..entries.len()).collect();
    }
    let mut matcher = Matcher::new(Config::DEFAULT);
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let texts: Vec<&str> = entries.iter().map(|(_, t, _)| t.as_str()).collect();
    let mut scored: Vec<(usize, u32)> = pattern
        .match_list(
            texts.iter().enumerate().map(|(i, t)| (i, *t)).map(Indexed),
            &mut matcher,
        )
        .into_iter()
        .map(|(Indexed((i, _)), score)| (i, score))
        .collect();
    scored.sort_by_key(|&(i, score)| (std::cmp::Reverse(score), i));
    scored.into_iter().map(|(i, _)| i).collect()
}

/// A text with its index, matched by its text.
struct Indexed<'a>((usize, &'a str));

impl AsRef<str> for Indexed<'_> {
    fn as_ref(&self) -> &str {
        self.0.1
    }
}

/// A command as the palette names it: where it works or which menu it is in, when that helps.
fn text(c: Command) -> String {
    match (c.context(), c.menu()) {
        (Context::Global, Menu::Export) => crate::tr!("palette-export", command = c.label()),
        (Context::Global, _) => c.label(),
        (other, _) => crate::tr!("palette-in", place = other.label(), command = c.label()),
    }
}

/// A number of minutes in the query ("timer 12", "12 min").
fn minutes_in(query: &str) -> Option<u32> {
    query
        .split(|c: char| !c.is_ascii_digit())
        .find_map(|w| w.parse::<u32>().ok())
        .filter(|m| (MIN_MINUTES..=MAX_MINUTES).contains(m))
}

impl CatchballApp {
    /// The commands that can run now: those that work everywhere, and those of the place the
    /// facilitator is (presenting, or the X-matrix).
    fn palette_entries(&self) -> Vec<(Item, String, String)> {
        let here = if self.presenting {
            Some(Context::Room)
        } else if self.panel == PanelKind::XMatrix && self.doc.is_some() {
            Some(Context::XMatrix)
        } else {
            None
        };
        let mut out: Vec<(Item, String, String)> = Command::iter()
            .filter(|&c| c != Command::Palette)
            .filter(|&c| match c.context() {
                Context::Global => self.enabled(c),
                other => Some(other) == here,
            })
            .map(|c| (Item::Command(c), text(c), c.keys_text()))
            .collect();
        if let Some(m) = minutes_in(&self.palette.query) {
            out.insert(
                0,
                (
                    Item::Timer(m),
                    crate::tr!("palette-timer", minutes = m),
                    String::new(),
                ),
            );
        }
        out
    }

    fn run_item(&mut self, item: Item) {
        match item {
            Item::Timer(minutes) => self.timer.start(minutes, self.config.clock.now()),
            Item::Command(c) => match c.context() {
                Context::Global => self.queued.push(c),
                Context::Room => self.views.room.run(c),
                Context::XMatrix => self.views.xmatrix.run(c),
                Context::CheckInRound | Context::Priorities => {}
            },
        }
    }

    pub(super) fn palette_ui(&mut self, ctx: &egui::Context) {
        if !self.palette.open {
            return;
        }
        let entries = self.palette_entries();
        let (down, up, enter, escape) = std::mem::take(&mut self.palette.keys);
        let mut chosen = None;
        let modal = egui::Modal::new(egui::Id::unique("command-palette")).show(ctx, |ui| {
            ui.set_width(640.0);
            ui.label(
                RichText::new(crate::tr!("palette-title"))
                    .size(20.0)
                    .strong(),
            );
            let r = ui.add(
                egui::TextEdit::singleline(&mut self.palette.query)
                    .hint_text(crate::tr!("palette-hint"))
                    .desired_width(f32::INFINITY),
            );
            let r = r.accessible_name(crate::tr!("palette-find"));
            r.request_focus();
            if r.changed() {
                self.palette.selected = 0;
            }
            let found = matches(&entries, &self.palette.query);
            if found.is_empty() {
                ui.label(RichText::new(crate::tr!("palette-none")).weak());
            }
            let last = found.len().min(SHOWN).saturating_sub(1);
            if down {
                self.palette.selected = (self.palette.selected + 1).min(last);
            }
            if up {
                self.palette.selected = self.palette.selected.saturating_sub(1);
            }
            for (row, &i) in found.iter().take(SHOWN).enumerate() {
                let (item, text, keys) = &entries[i];
                let selected = row == self.palette.selected;
                let response = ui
                    .horizontal(|ui| {
                        let b = ui.add(egui::Button::selectable(selected, text.as_str()));
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.label(RichText::new(keys).weak());
                        });
                        b
                    })
                    .inner;
                if response.clicked() || (enter && selected) {
                    chosen = Some(*item);
                }
            }
        });
        if let Some(item) = chosen {
            self.palette.open = false;
            self.run_item(item);
        } else if escape || modal.should_close() {
            self.palette.open = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_search_puts_the_best_match_first() {
        let entries: Vec<(Item, String, String)> = Command::iter()
            .filter(|c| c.context() == Context::Global)
            .map(|c| (Item::Command(c), text(c), c.keys_text()))
            .collect();
        let text = |q: &str| entries[matches(&entries, q)[0]].1.clone();
        assert_eq!(text("export pdf"), "Export: PDF document…");
        assert_eq!(text("save as"), "Save As…");
        assert_eq!(text("prsnt"), "Present");
        assert_eq!(matches(&entries, "").len(), entries.len());
        assert!(matches(&entries, "qqqzzz").is_empty());
    }

    #[test]
    fn a_number_in_the_query_offers_a_timer() {
        assert_eq!(minutes_in("timer 12"), Some(12));
        assert_eq!(minutes_in("10 min"), Some(10));
        assert_eq!(minutes_in("timer 90"), None);
        assert_eq!(minutes_in("timer"), None);
    }
}
