//! Edits: every change to a plan is an [`Edit`], applied in one place, and undone by the edit
//! that applying it returns. The [`Session`] keeps the history and knows whether the plan is saved.

mod apply;
mod cascade;
mod history;
mod okrs;
mod people;
mod scorecard;
mod session;
mod xmatrix;

pub use apply::{Edit, EditError, TextField};
pub use history::{History, MergeKey};
pub use people::is_linked;
pub use session::Session;
