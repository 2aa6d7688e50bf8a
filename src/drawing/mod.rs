//! Drawings shared by the screen and the exports: geometry, font metrics, scenes, and the
//! scenes of the X-matrix and the strategy map. Nothing here imports egui; the panels paint a
//! scene with egui, the exports write it as SVG, PNG or PDF.

pub mod fonts;
pub mod geom;
pub mod scene;
pub mod strategy_map;
pub mod xmatrix;

pub use geom::{Point, Rect, Size, pt, size};
pub use scene::{Align, Color, Palette, Rotation, Scene, Shape, Stroke, Text};
