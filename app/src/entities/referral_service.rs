use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral_services")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub country_code: String,
    pub city: String,
    pub kind: crate::model::referrals::ServiceKind,
    pub serves_women: bool,
    pub serves_men: bool,
    pub serves_children: bool,
    /// Two-letter language codes, comma-separated.
    pub languages: String,
    /// One number per line, each optionally followed by what it is for.
    pub phones: String,
    pub email: String,
    pub consent_required: bool,
    /// Demonstration data: never a real service.
    pub demo: bool,
    pub verified_on: Option<Date>,
    pub verified_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
