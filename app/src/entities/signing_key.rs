use sea_orm::entity::prelude::*;

/// A key that signs credentials: RSA (RS256), or Ed25519 if made before RS256. The newest one
/// not retired signs; every one stays published so that what it signed still verifies.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "signing_keys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kid: String,
    /// PKCS#8, base64. Never leaves the server.
    pub private_key: String,
    /// The public key as its canonical JWK (RFC 7638), whose hash is `kid`.
    pub public_key: String,
    pub created_at: DateTimeUtc,
    pub retired_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
