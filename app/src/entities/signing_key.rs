use sea_orm::entity::prelude::*;

/// An Ed25519 key that signs credentials. The newest one not retired signs; every one stays
/// published so that what it signed still verifies.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "signing_keys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kid: String,
    /// PKCS#8 v2, base64. Never leaves the server.
    pub private_key: String,
    /// The raw public key, base64url.
    pub public_key: String,
    pub created_at: DateTimeUtc,
    pub retired_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
