//! The long lists lay out what is in view, not the whole plan: the OKR, scorecard and audit
//! panels build about as many widgets for the huge plan (4× large) as for the large one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::Command;
use common::*;
use egui_kittest::kittest::NodeT;

/// How many accessibility nodes (widgets and labels) the window holds on `panel`.
fn widgets_on(plan: &catchball::model::Plan, panel: Command) -> usize {
    let s = Setup::new();
    let path = s.dir.path().join("big.plan.ron");
    catchball::file::save(&path, plan).unwrap();
    let mut h = s.harness(Some(path));
    h.set_size(egui::vec2(1920.0, 1080.0));
    h.state_mut().queue(panel);
    settle(&mut h);
    h.run_steps(2);
    h.root().children_recursive().count()
}

#[test]
fn long_lists_lay_out_what_is_in_view_whatever_the_plan_size() {
    let large = catchball::sample::large_plan();
    let huge = catchball::sample::huge_plan();
    for panel in [
        Command::ShowOkrs,
        Command::ShowScorecard,
        Command::ShowAudit,
    ] {
        let (l, h) = (widgets_on(&large, panel), widgets_on(&huge, panel));
        eprintln!("{panel:?}: large {l}, huge {h}");
        // The huge plan has four times every list; the window shows one screenful of it.
        assert!(
            h <= l + l / 5 && h < 4000,
            "{panel:?}: {l} widgets on the large plan, {h} on the huge one"
        );
    }
}
