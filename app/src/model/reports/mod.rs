//! Dashboards and reports: what supervisors and coordinators read.

mod country;
mod items;
mod matrix;
mod person;

pub use country::*;
pub use items::*;
pub use matrix::*;
pub use person::*;
