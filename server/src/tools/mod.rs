//! Command-line tools beside the server: a synthetic dataset, a benchmark of the reports and a
//! load test.

pub mod backup;
pub mod bench;
pub mod loadtest;
pub mod synthetic;
