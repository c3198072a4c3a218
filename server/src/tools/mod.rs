//! Command-line tools beside the server: a synthetic dataset and a benchmark of the reports.

pub mod bench;
pub mod synthetic;
