//! SeaORM entities, one file per table. The migrations crate owns the schema; these mirror it.

pub mod country;
