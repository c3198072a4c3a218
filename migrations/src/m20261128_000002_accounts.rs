//! Who someone is: agencies in countries, users with roles, server-side sessions, login
//! throttling state and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Agencies::Table)
                .col(pk_auto(Agencies::Id))
                .col(string_len(Agencies::CountryCode, 2))
                .col(string_len(Agencies::Name, 200))
                .col(string_len(Agencies::Kind, 32))
                .col(timestamp_with_time_zone(Agencies::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Agencies::Table, Agencies::CountryCode)
                        .to(Countries::Table, Countries::Code)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("agencies_country_name")
                .table(Agencies::Table)
                .col(Agencies::CountryCode)
                .col(Agencies::Name)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_auto(Users::Id))
                .col(string_len(Users::Email, 254))
                // Lower-cased email: the unique key, so "A@x.org" and "a@x.org" are one account.
                .col(string_len_uniq(Users::EmailKey, 254))
                .col(string_len(Users::DisplayName, 200))
                .col(string_len(Users::PasswordHash, 255))
                .col(string_len(Users::Role, 16))
                .col(integer_null(Users::AgencyId))
                .col(string_len(Users::Locale, 8).default("en"))
                .col(boolean(Users::Active).default(true))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .col(timestamp_with_time_zone_null(Users::LastLoginAt))
                .col(timestamp_with_time_zone(Users::PasswordChangedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Users::Table, Users::AgencyId)
                        .to(Agencies::Table, Agencies::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("users_agency")
                .table(Users::Table)
                .col(Users::AgencyId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                // SHA-256 of the cookie's token: a copy of the database does not sign anyone in.
                .col(string_len(Sessions::TokenHash, 64).primary_key())
                .col(integer(Sessions::UserId))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                // A form's error and values kept for the next page (post/redirect/get without JS).
                .col(text_null(Sessions::Flash))
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("sessions_user")
                .table(Sessions::Table)
                .col(Sessions::UserId)
                .to_owned(),
        )
        .await?;

        // One row per failed sign-in; counted over a sliding hour per account and per address.
        m.create_table(
            Table::create()
                .table(LoginFailures::Table)
                .col(big_pk_auto(LoginFailures::Id))
                .col(string_len(LoginFailures::AccountKey, 254))
                .col(string_len(LoginFailures::Address, 64))
                .col(timestamp_with_time_zone(LoginFailures::At))
                .to_owned(),
        )
        .await?;
        for (name, column) in [
            ("login_failures_account", LoginFailures::AccountKey),
            ("login_failures_address", LoginFailures::Address),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(LoginFailures::Table)
                    .col(column)
                    .col(LoginFailures::At)
                    .to_owned(),
            )
            .await?;
        }

        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(big_pk_auto(AuditLog::Id))
                .col(timestamp_with_time_zone(AuditLog::At))
                .col(integer_null(AuditLog::ActorId))
                .col(string_len(AuditLog::Action, 48))
                .col(integer_null(AuditLog::SubjectId))
                .col(text(AuditLog::Detail))
                .col(string_len_null(AuditLog::Address, 64))
                .foreign_key(
                    ForeignKey::create()
                        .from(AuditLog::Table, AuditLog::ActorId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AuditLog::Table, AuditLog::SubjectId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        for (name, column) in
            [("audit_log_at", AuditLog::At), ("audit_log_action", AuditLog::Action)]
        {
            m.create_index(
                Index::create().name(name).table(AuditLog::Table).col(column).to_owned(),
            )
            .await?;
        }

        // Demo mode only: the generated sign-ins of the demo accounts, shown on the sign-in page.
        m.create_table(
            Table::create()
                .table(DemoCredentials::Table)
                .col(string_len(DemoCredentials::Email, 254).primary_key())
                .col(string_len(DemoCredentials::Role, 16))
                .col(string_len(DemoCredentials::Password, 64))
                .col(string_len(DemoCredentials::Note, 200))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DemoCredentials::Table.into_iden(),
            AuditLog::Table.into_iden(),
            LoginFailures::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
            Agencies::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Countries {
    Table,
    Code,
}

#[derive(DeriveIden)]
enum Agencies {
    Table,
    Id,
    CountryCode,
    Name,
    Kind,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    EmailKey,
    DisplayName,
    PasswordHash,
    Role,
    AgencyId,
    Locale,
    Active,
    CreatedAt,
    LastLoginAt,
    PasswordChangedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    Flash,
}

#[derive(DeriveIden)]
enum LoginFailures {
    Table,
    Id,
    AccountKey,
    Address,
    At,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    Action,
    SubjectId,
    Detail,
    Address,
}

#[derive(DeriveIden)]
enum DemoCredentials {
    Table,
    Email,
    Role,
    Password,
    Note,
}
