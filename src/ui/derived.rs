//! Data derived from the plan (findings, linked ids, scenes) kept between frames for as long as
//! the plan's revision stays the same, so a frame does not recompute what did not change.
//!
//! The app names the revision once per frame ([`set_revision`]); panels ask [`cached`] for what
//! they derive. Without a revision (a panel drawn on its own, e.g. in a test) nothing is kept.

use egui::{Context, Id};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

const REVISION: &str = "catchball-plan-revision";

/// Names the plan drawn in this frame: `(session, history state)`.
pub fn set_revision(ctx: &Context, revision: (u64, u64)) {
    ctx.data_mut(|d| d.insert_temp(Id::unique(REVISION), revision));
}

fn revision(ctx: &Context) -> Option<(u64, u64)> {
    ctx.data(|d| d.get_temp::<(u64, u64)>(Id::unique(REVISION)))
}

/// What `compute` derives from the plan of this revision and `inputs` (anything else it depends
/// on: a size, a selection), computed once and then shared until either changes. `what` keeps
/// different kinds of derived data apart.
pub fn cached<T: Send + Sync + 'static>(
    ctx: &Context,
    what: &'static str,
    inputs: impl Hash,
    compute: impl FnOnce() -> T,
) -> Arc<T> {
    let Some(revision) = revision(ctx) else {
        return Arc::new(compute());
    };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    revision.hash(&mut hasher);
    // Words in the cached value follow the language; switching it recomputes them.
    crate::i18n::language().hash(&mut hasher);
    inputs.hash(&mut hasher);
    let key = hasher.finish();
    let id = Id::unique(("catchball-derived", what));
    if let Some((k, value)) = ctx.data(|d| d.get_temp::<(u64, Arc<T>)>(id))
        && k == key
    {
        return value;
    }
    let value = Arc::new(compute());
    ctx.data_mut(|d| d.insert_temp(id, (key, Arc::clone(&value))));
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn kept_while_the_revision_and_inputs_stay_the_same() {
        let ctx = Context::default();
        let runs = Cell::new(0);
        let get = |input: u32| {
            cached(&ctx, "test", input, || {
                runs.set(runs.get() + 1);
                input * 2
            })
        };
        assert_eq!(*get(1), 2);
        assert_eq!(runs.get(), 1, "no revision: computed every time");
        set_revision(&ctx, (1, 0));
        get(1);
        get(1);
        assert_eq!(runs.get(), 2, "computed once for the revision");
        get(2);
        assert_eq!(runs.get(), 3, "other inputs: computed again");
        set_revision(&ctx, (1, 1));
        assert_eq!(*get(2), 4);
        assert_eq!(runs.get(), 4, "a new revision: computed again");
    }
}
