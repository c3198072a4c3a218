use sea_orm::entity::prelude::*;

/// A module completed: lessons read and quiz passed. Written once; its code verifies the
/// certificate.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "completions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub module_id: i32,
    pub version_id: i32,
    pub attempt_id: i32,
    pub percent: f64,
    pub completed_at: DateTimeUtc,
    pub certificate_code: String,
    /// What the certificate says, as it was when earned (a later rename changes nothing).
    pub holder_name: String,
    pub agency_name: Option<String>,
    pub module_title: String,
    pub version_number: i32,
    /// Revoked by an admin (found to be obtained by cheating, say): the code and the credential
    /// then say so.
    pub revoked_at: Option<DateTimeUtc>,
    pub revoked_by: Option<i32>,
    pub revocation_reason: Option<String>,
    /// The Open Badges credential, signed on first download (VC-JOSE compact JWS).
    pub credential_jwt: Option<String>,
    /// Its revocation bit: list (from 1) and index, drawn at random when it was signed.
    pub status_list: Option<i32>,
    pub status_index: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
