//! Portable records: checking a credential file (`/verify`), revoking a certificate (on its
//! check page), and the admins' xAPI learning records (`/admin/records`).

pub mod check;
pub mod learning_records;
pub mod revoke;
