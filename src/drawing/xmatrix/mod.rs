//! The X-matrix as a drawing: its geometry ([`Layout`]), the codes of its items ([`Labels`]) and
//! the scene of its cells, marks, labels and centre. The panel, the room view and the exports
//! all draw this one scene.

mod fit;
mod labels;
mod layout;
mod legend;
mod scene;

pub use fit::{FitCache, Fitted, Quadrant, fit, fit_cached};
pub use labels::Labels;
pub use layout::{Cell, CellKind, Layout};
pub use legend::legend;
pub use scene::{Emphasis, GridStyle, Symbol, grid_shapes, symbol_shape};
