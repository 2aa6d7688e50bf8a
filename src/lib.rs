//! Catchball: facilitated strategy workshops, from vision to execution, in one plan file.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod audit;
pub mod cli;
pub mod drawing;
pub mod edit;
pub mod export;
pub mod file;
pub mod i18n;
pub mod merge;
pub mod model;
pub mod sample;
pub mod ui;
