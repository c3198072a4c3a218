//! Domain logic over the database (server only). Pure rules are plain functions with unit tests.

pub mod health;
