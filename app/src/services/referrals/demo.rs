//! The demonstration directory (app/data/referrals.json): a few entries per country, each
//! marked as demonstration data, with numbers no telephone network assigns (`+961 0 000 0101`:
//! a national number never starts with 0).

use chrono::NaiveDate;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
use serde::Deserialize;

use crate::entities::referral_service;
use crate::model::{
    accounts::CurrentUser, error::AppError, referrals::EntryForm, referrals::EntryTexts,
};
use crate::services::referrals::entries;

pub const DIRECTORY: &str = include_str!("../../../data/referrals.json");

#[derive(Deserialize)]
struct DemoEntry {
    country: String,
    city: String,
    kind: String,
    serves: Vec<String>,
    languages: Vec<String>,
    phones: Vec<String>,
    #[serde(default)]
    email: String,
    consent_required: bool,
    verified_on: Option<NaiveDate>,
    texts: std::collections::BTreeMap<String, EntryTexts>,
}

/// Adds the demonstration directory if the directory is empty, verified by `by` (the demo
/// coordinator or admin). Returns how many entries it added.
pub async fn seed_if_empty(db: &DatabaseConnection, by: &CurrentUser) -> Result<usize, AppError> {
    if referral_service::Entity::find().count(db).await? > 0 {
        return Ok(0);
    }
    let demo: Vec<DemoEntry> = serde_json::from_str(DIRECTORY).map_err(AppError::internal)?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    for d in &demo {
        let on = |list: &[String]| list.iter().map(|c| (c.clone(), "on".to_owned())).collect();
        let form = EntryForm {
            city: d.city.clone(),
            kind: d.kind.clone(),
            serves: on(&d.serves),
            languages: on(&d.languages),
            phones: d.phones.join("\n"),
            email: d.email.clone(),
            consent_required: d.consent_required.then(|| "on".to_owned()),
            texts: d.texts.clone(),
        };
        let checked = entries::check(&form)
            .map_err(|p| AppError::internal(format!("demo directory entry {}: {p:?}", d.city)))?;
        entries::write(&txn, by, &d.country, None, &checked, true, d.verified_on).await?;
    }
    txn.commit().await?;
    Ok(demo.len())
}
