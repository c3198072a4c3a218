//! The schema's history, one file per change. Runs at server start-up (unless switched off) and
//! with `frontline migrate`.

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_countries;
mod m20261128_000002_accounts;
mod m20261128_000003_modules;
mod m20261128_000004_learning;
mod m20261128_000005_assignments;
mod m20261128_000006_attempt_choices;
mod m20261128_000007_item_statistics;
mod m20261128_000008_completion_rollups;
mod m20261128_000009_attempts_by_person;
mod m20261201_000010_assessment_integrity;
mod m20261201_000011_first_password;
mod m20261201_000012_throttle;
mod m20261201_000013_unique_positions;
mod m20261202_000014_translations;
mod m20261202_000015_save_sequence;
mod m20261203_000016_one_per_screen;
mod m20261203_000017_evaluation;
mod m20261204_000018_referrals;
mod m20261205_000019_portable_records;
mod m20261206_000020_rsa_signing_keys;
mod m20261206_000021_outbox_pruning;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_countries::Migration),
            Box::new(m20261128_000002_accounts::Migration),
            Box::new(m20261128_000003_modules::Migration),
            Box::new(m20261128_000004_learning::Migration),
            Box::new(m20261128_000005_assignments::Migration),
            Box::new(m20261128_000006_attempt_choices::Migration),
            Box::new(m20261128_000007_item_statistics::Migration),
            Box::new(m20261128_000008_completion_rollups::Migration),
            Box::new(m20261128_000009_attempts_by_person::Migration),
            Box::new(m20261201_000010_assessment_integrity::Migration),
            Box::new(m20261201_000011_first_password::Migration),
            Box::new(m20261201_000012_throttle::Migration),
            Box::new(m20261201_000013_unique_positions::Migration),
            Box::new(m20261202_000014_translations::Migration),
            Box::new(m20261202_000015_save_sequence::Migration),
            Box::new(m20261203_000016_one_per_screen::Migration),
            Box::new(m20261203_000017_evaluation::Migration),
            Box::new(m20261204_000018_referrals::Migration),
            Box::new(m20261205_000019_portable_records::Migration),
            Box::new(m20261206_000020_rsa_signing_keys::Migration),
            Box::new(m20261206_000021_outbox_pruning::Migration),
        ]
    }
}
