//! Monitoring and evaluation on the server: pre- and post-test scores and their running sums
//! (`scores`), the gain reports read from those sums (`reports`), and the survey and follow-up
//! (`feedback`).

pub mod feedback;
pub mod reports;
pub mod scores;
