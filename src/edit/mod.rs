//! Edits: every change to a plan is an [`Edit`], applied in one place, and undone by the edit
//! that applying it returns. The [`Session`] keeps the history and knows whether the plan is saved.

mod apply;
mod cascade;
mod history;
mod list;
mod okrs;
mod people;
mod priorities;
mod scorecard;
mod session;
mod steps;
mod votes;
mod xmatrix;

pub use apply::{Edit, EditError, EditKind, TextField};
pub use history::{History, MergeKey};
pub use people::is_linked;
pub use session::Session;
pub use steps::{Closing, close_period, record_check_in, record_reading};
pub use votes::{apply_vote, record_round};
