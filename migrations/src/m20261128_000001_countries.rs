use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The five countries of the regional programme; more can be added by an admin.
const SEED: [(&str, &str, &str); 5] = [
    ("EG", "Egypt", "مصر"),
    ("IQ", "Iraq", "العراق"),
    ("JO", "Jordan", "الأردن"),
    ("LB", "Lebanon", "لبنان"),
    ("TR", "Turkey", "تركيا"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Countries::Table)
                    .col(string_len(Countries::Code, 2).primary_key())
                    .col(string_len(Countries::NameEn, 100))
                    .col(string_len(Countries::NameAr, 100))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(Countries::Table).columns([
            Countries::Code,
            Countries::NameEn,
            Countries::NameAr,
        ]);
        for (code, en, ar) in SEED {
            insert.values_panic([code.into(), en.into(), ar.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Countries::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Countries {
    Table,
    Code,
    NameEn,
    NameAr,
}
