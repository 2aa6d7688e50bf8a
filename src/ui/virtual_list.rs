//! A scrolling list of rows of varying height (cards, headings) that lays out only the rows in
//! view, so a frame costs the same for 20 objectives or 2,000. Each row's height is measured
//! when it is drawn and remembered (per width); rows never drawn count with the mean of those
//! measured. Space stands in for the rows above and below the view.

use egui::{Rect, Ui, vec2};
use std::collections::HashMap;

/// Lists up to this many rows are laid out whole (every row reachable by Tab and by screen
/// readers); longer ones only where they are in view. Either way a frame's cost is bounded.
pub const ALL_UP_TO: usize = 40;

/// Heights measured at one width, by row key.
#[derive(Clone, Debug, Default)]
struct Heights {
    width: f32,
    rows: HashMap<u64, f32>,
}

/// Shows `keys.len()` rows in a vertical scroll area; `draw` lays out row `i`. `keys` identify
/// rows between frames (an item's id, a heading's team). `estimate` is the height assumed for
/// a row before any was measured. `reveal`: a row to scroll into view (e.g. after "Go to").
pub fn show(
    ui: &mut Ui,
    id_salt: &str,
    keys: &[u64],
    estimate: f32,
    reveal: Option<usize>,
    mut draw: impl FnMut(&mut Ui, usize),
) {
    let id = ui.scope_id().with(("virtual-list", id_salt));
    // Taken out of the memory (and put back at the end) rather than copied every frame.
    let mut heights: Heights =
        ui.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<Heights>(id)));
    let width = ui.available_width();
    if (heights.width - width).abs() > 0.5 {
        // Text wraps differently at another width: measure again.
        heights = Heights {
            width,
            rows: HashMap::new(),
        };
    }
    let mean = if heights.rows.is_empty() {
        estimate
    } else {
        heights.rows.values().sum::<f32>() / heights.rows.len() as f32
    };
    let height_of = |h: &Heights, key: u64| h.rows.get(&key).copied().unwrap_or(mean);
    // Where each row starts, from the top of the list.
    let mut tops = Vec::with_capacity(keys.len() + 1);
    let mut y = 0.0;
    for &key in keys {
        tops.push(y);
        y += height_of(&heights, key);
    }
    tops.push(y);
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let spacing = ui.spacing().item_spacing.y;
            ui.spacing_mut().item_spacing.y = 0.0;
            let top = ui.max_rect().top();
            if let Some(i) = reveal.filter(|&i| i < keys.len()) {
                let rect = Rect::from_min_size(
                    egui::pos2(ui.max_rect().left(), top + tops[i]),
                    vec2(width, height_of(&heights, keys[i])),
                );
                if !viewport.translate(vec2(0.0, top)).intersects(rect) {
                    ui.scroll_to_rect(rect, Some(egui::Align::TOP));
                }
            }
            // Half a screen more above and below, so keyboard focus and small scrolls find
            // their rows already laid out; a short list whole.
            let margin = viewport.height() * 0.5;
            let (first, end) = if keys.len() <= ALL_UP_TO {
                (0, keys.len())
            } else {
                (
                    tops.partition_point(|&t| t < viewport.top() - margin)
                        .saturating_sub(1),
                    tops[..keys.len()].partition_point(|&t| t < viewport.bottom() + margin),
                )
            };
            if first > 0 {
                ui.allocate_space(vec2(width, tops[first]));
            }
            for (i, &key) in keys.iter().enumerate().take(end).skip(first) {
                let before = ui.cursor().top();
                ui.scope(|ui| {
                    ui.spacing_mut().item_spacing.y = spacing;
                    draw(ui, i);
                });
                ui.add_space(spacing);
                heights
                    .rows
                    .insert(key, (ui.cursor().top() - before).max(1.0));
            }
            let drawn_to = tops[end.max(first)];
            let rest = y - drawn_to;
            if rest > 0.0 {
                ui.allocate_space(vec2(width, rest));
            }
        });
    ui.data_mut(|d| d.insert_temp(id, heights));
}

/// A row key for a list item or heading: the same input gives the same key.
pub fn key(of: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    of.hash(&mut h);
    h.finish()
}
