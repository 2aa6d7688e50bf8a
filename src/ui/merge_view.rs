//! The windows for another copy of the plan: what Compare found, and the merge — their changes
//! that will be taken, each conflict decided by taking one side, then one Apply.

use crate::merge::{Merge, Side, What, describe_change, describe_conflict};
use crate::model::Plan;
use egui::{RichText, ScrollArea, Ui};
use std::path::PathBuf;

/// Changes found by File ▸ Compare with…, named.
pub struct CompareView {
    pub file: PathBuf,
    /// Which copy is newer, or that they are different plans.
    pub note: String,
    pub lines: Vec<String>,
}

impl CompareView {
    pub fn new(
        file: PathBuf,
        ours: &Plan,
        theirs: &Plan,
    ) -> Result<Self, crate::merge::MergeError> {
        let names = crate::merge::Names::of(&[theirs, ours]);
        let lines = crate::merge::diff(ours, theirs)?
            .iter()
            .map(|c| {
                let mark = match c.what {
                    What::Added(_) => "+",
                    What::Removed(_) => "−",
                    What::Changed { .. } => "~",
                    What::Reordered => "↕",
                };
                format!("{mark} {}", describe_change(c, &names))
            })
            .collect();
        let note = crate::merge::lineage_note(&ours.lineage, &theirs.lineage)
            .unwrap_or_else(|| crate::tr!("compare-different-plans"));
        Ok(Self { file, note, lines })
    }
}

/// A merge waiting for its conflicts to be decided.
pub struct MergeView {
    pub file: PathBuf,
    pub heading: String,
    /// Which version the merge compares with, in a sentence.
    pub base_note: String,
    /// Their changes that are taken without a question.
    pub incoming: Vec<String>,
    pub merge: Merge,
    /// Each conflict's title and both sides' values, in words.
    pub conflicts: Vec<(String, String, String)>,
    pub choices: Vec<Option<Side>>,
}

impl MergeView {
    pub fn new(
        file: PathBuf,
        heading: String,
        base_note: String,
        ours: &Plan,
        merge: Merge,
    ) -> Result<Self, crate::merge::MergeError> {
        let names = merge.names();
        // What merging changes in our plan if every conflict kept ours: their changes, named
        // as they will be.
        let taken = merge.take(Side::Ours)?;
        let new_names = crate::merge::Names::of(&[&taken, ours]);
        let incoming = crate::merge::diff(ours, &taken)?
            .iter()
            .map(|c| describe_change(c, &new_names))
            .collect();
        let conflicts = merge
            .conflicts
            .iter()
            .map(|c| describe_conflict(c, &names))
            .collect();
        let choices = vec![None; merge.conflicts.len()];
        Ok(Self {
            file,
            heading,
            base_note,
            incoming,
            merge,
            conflicts,
            choices,
        })
    }

    /// How many conflicts are still undecided.
    pub fn undecided(&self) -> usize {
        self.choices.iter().filter(|c| c.is_none()).count()
    }

    /// The decided sides, once every conflict is decided.
    pub fn decided(&self) -> Option<Vec<Side>> {
        self.choices.iter().copied().collect()
    }
}

pub enum MergeAction {
    Apply,
    Cancel,
}

fn window<R>(ctx: &egui::Context, title: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    egui::Modal::new(egui::Id::unique(("exchange", title)))
        .show(ctx, |ui| {
            let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 1000.0);
            ui.set_width(width);
            ui.label(RichText::new(title).size(24.0).strong());
            ui.add_space(6.0);
            add(ui)
        })
        .inner
}

fn list(ui: &mut Ui, id: &str, lines: &[String], max_height: f32) {
    ScrollArea::vertical()
        .id_salt(id)
        .max_height(max_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for line in lines {
                ui.add(egui::Label::new(RichText::new(line).size(18.0)).wrap());
            }
        });
}

/// The Compare window; `true` when it is closed.
pub fn compare_window(ctx: &egui::Context, view: &CompareView) -> bool {
    let title = crate::tr!("compare-title", file = file_name(&view.file));
    window(ctx, &title, |ui| {
        ui.label(&view.note);
        ui.label(
            RichText::new(match view.lines.len() {
                0 => crate::tr!("compare-none"),
                n => crate::tr!("compare-count", count = n, file = file_name(&view.file)),
            })
            .strong(),
        );
        let h = ctx.content_rect().height() * 0.6;
        list(ui, "compare-lines", &view.lines, h);
        ui.add_space(10.0);
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        ui.button(RichText::new(crate::tr!("btn-close")).size(19.0))
            .clicked()
            || escape
    })
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The Merge window: what is taken, the conflicts with a choice each, Apply and Cancel.
pub fn merge_window(ctx: &egui::Context, view: &mut MergeView) -> Option<MergeAction> {
    let title = view.heading.clone();
    window(ctx, &title, |ui| {
        ui.label(&view.base_note);
        let h = ctx.content_rect().height();
        ui.add_space(4.0);
        ui.label(
            RichText::new(match view.incoming.len() {
                0 => crate::tr!("merge-taken-none"),
                n => crate::tr!("merge-taken", count = n),
            })
            .strong(),
        );
        list(ui, "merge-incoming", &view.incoming, h * 0.25);
        if !view.conflicts.is_empty() {
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(crate::tr!(
                        "merge-conflicts",
                        count = view.conflicts.len(),
                        open = view.undecided()
                    ))
                    .strong(),
                );
                if ui.button(crate::tr!("merge-all-ours")).clicked() {
                    view.choices.fill(Some(Side::Ours));
                }
                if ui.button(crate::tr!("merge-all-theirs")).clicked() {
                    view.choices.fill(Some(Side::Theirs));
                }
            });
            ScrollArea::vertical()
                .id_salt("merge-conflicts")
                .max_height(h * 0.35)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for (i, ((title, ours, theirs), choice)) in
                        view.conflicts.iter().zip(&mut view.choices).enumerate()
                    {
                        ui.add(
                            egui::Label::new(
                                RichText::new(crate::tr!(
                                    "merge-conflict-n",
                                    n = i + 1,
                                    title = title
                                ))
                                .size(18.0),
                            )
                            .wrap(),
                        );
                        ui.horizontal_wrapped(|ui| {
                            ui.radio_value(
                                choice,
                                Some(Side::Ours),
                                crate::tr!("merge-keep-ours", value = ours),
                            );
                            ui.radio_value(
                                choice,
                                Some(Side::Theirs),
                                crate::tr!("merge-take-theirs", value = theirs),
                            );
                        });
                        ui.separator();
                    }
                });
        }
        ui.add_space(10.0);
        let mut action = None;
        ui.horizontal(|ui| {
            let open = view.undecided();
            let apply = ui.add_enabled(
                open == 0,
                egui::Button::new(RichText::new(crate::tr!("merge-apply")).size(19.0)),
            );
            let apply = if open > 0 {
                apply.on_disabled_hover_text(crate::tr!("merge-decide-first", count = open))
            } else {
                apply
            };
            if apply.clicked() {
                action = Some(MergeAction::Apply);
            }
            if ui
                .button(RichText::new(crate::tr!("btn-cancel")).size(19.0))
                .clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                action = Some(MergeAction::Cancel);
            }
            if open > 0 {
                ui.label(RichText::new(crate::tr!("merge-decide-more", count = open)).weak());
            }
        });
        action
    })
}
