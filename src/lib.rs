//! Catchball: facilitated strategy workshops, from vision to execution, in one plan file.

pub mod model;
pub mod file;
pub mod sample;
pub mod cli;
pub mod edit;
pub mod app;
pub mod ui;
