//! Short notices in a corner of the window (toasts): above the status bar, never over the menu,
//! wrapped to a readable width, and gone after a while. The last one is kept for tests.

use egui_notify::{Anchor, Toasts};
use std::time::Duration;

/// Characters per line of a notice; longer text wraps.
const LINE: usize = 60;

pub struct Notices {
    toasts: Toasts,
    last: Option<String>,
}

impl Default for Notices {
    fn default() -> Self {
        Self {
            toasts: Toasts::new()
                .with_anchor(Anchor::BottomRight)
                .with_margin(egui::vec2(12.0, 52.0)),
            last: None,
        }
    }
}

/// Breaks `text` between words into lines of about [`LINE`] characters.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        let n = word.chars().count();
        if line > 0 && line + 1 + n > LINE {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += n;
    }
    out
}

impl Notices {
    fn add(&mut self, toast: egui_notify::Toast, secs: u64) {
        self.toasts
            .add(toast)
            .duration(Some(Duration::from_secs(secs)));
    }

    fn text(&mut self, text: impl Into<String>) -> String {
        let text = text.into();
        let wrapped = wrap(&text);
        self.last = Some(text);
        wrapped
    }

    pub fn success(&mut self, text: impl Into<String>) {
        let text = self.text(text);
        self.add(egui_notify::Toast::success(text), 4);
    }

    pub fn info(&mut self, text: impl Into<String>) {
        let text = self.text(text);
        self.add(egui_notify::Toast::info(text), 6);
    }

    pub fn warning(&mut self, text: impl Into<String>) {
        let text = self.text(text);
        self.add(egui_notify::Toast::warning(text), 12);
    }

    pub fn error(&mut self, text: impl Into<String>) {
        let text = self.text(text);
        self.add(egui_notify::Toast::error(text), 15);
    }

    pub fn show(&mut self, ctx: &egui::Context) {
        self.toasts.show(ctx);
    }

    /// The text of the last notice, for tests.
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_notices_wrap_between_words() {
        let text = "workshop.plan.ron was changed on disk by someone else. Your changes are \
            kept here; saving will ask before writing over theirs.";
        let wrapped = wrap(text);
        assert!(wrapped.lines().count() >= 2);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 60),
            "{wrapped}"
        );
        assert_eq!(wrapped.replace('\n', " "), text);
    }
}
