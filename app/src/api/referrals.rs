//! The referral directory. Everyone signed in reads it (their own country by default); a
//! country's coordinator and admins keep it. An entry of another country is "not found", as is
//! a country the caller does not administer.

use leptos::prelude::*;

use crate::model::{
    error::AppError,
    referrals::{
        CountryWatch, DirectoryAdmin, DirectoryImportPreview, EntryEditor, EntryForm,
        ReferralDirectory, ReferralFilter,
    },
};

#[cfg(feature = "ssr")]
use crate::{
    api::{
        guard::{administrator_of, signed_in},
        respond::{Done, form, query},
    },
    model::problem::Notice,
    services::{organisations, referrals, reports::today},
    state::{client_address, db},
};

/// The directory of `filter.country`, or of the caller's own country, or (for someone outside
/// a country) of the first country that has one.
#[server(endpoint = "referrals/directory")]
pub async fn directory(filter: Option<ReferralFilter>) -> Result<ReferralDirectory, AppError> {
    query(async {
        let me = signed_in()?;
        let db = db()?;
        let filter = filter.unwrap_or_default();
        let country = match ReferralFilter::get(&filter.country) {
            Some(code) => code.to_uppercase(),
            None => match organisations::country_of(&db, me.user.agency_id).await? {
                Some(code) => code,
                None => referrals::directory::countries_with_entries(&db, me.user.locale)
                    .await?
                    .into_iter()
                    .next()
                    .map(|(code, _)| code)
                    .ok_or(AppError::NotFound)?,
            },
        };
        referrals::directory::directory(&db, &country, &filter, me.user.locale, today()).await
    })
    .await
}

/// The coordinator's list of a country's entries, stale first; `None` is the caller's own.
#[server(endpoint = "referrals/manage")]
pub async fn manage(country: Option<String>) -> Result<DirectoryAdmin, AppError> {
    query(async {
        let me = signed_in()?;
        let db = db()?;
        let code = match country.filter(|c| !c.trim().is_empty()) {
            Some(code) => code,
            None => organisations::country_of(&db, me.user.agency_id)
                .await?
                .ok_or(AppError::NotFound)?,
        };
        administrator_of(&code).await?;
        referrals::directory::admin_list(&db, &code.to_uppercase(), me.user.locale, today()).await
    })
    .await
}

/// The coordinator's home: `None` for anyone who coordinates no country.
#[server(endpoint = "referrals/coordination")]
pub async fn coordination() -> Result<Option<CountryWatch>, AppError> {
    query(async {
        let me = signed_in()?;
        let db = db()?;
        let Some(reach) = organisations::reach(&db, &me.user).await? else { return Ok(None) };
        let Some(code) = reach.country() else { return Ok(None) };
        let (country_code, country_name) =
            referrals::directory::country_named(&db, code, me.user.locale).await?;
        let (stale, entries) = referrals::directory::stale_count(&db, code, today()).await?;
        Ok(Some(CountryWatch { country_code, country_name, stale, entries }))
    })
    .await
}

#[server(endpoint = "referrals/editor")]
pub async fn editor(country: String, id: i32) -> Result<EntryEditor, AppError> {
    query(async {
        let (me, _) = administrator_of(&country).await?;
        referrals::entries::editor(&db()?, &country, id, me.user.locale).await
    })
    .await
}

/// Adds an entry (no `id`) or changes one; either way it is verified today by the caller.
#[server(endpoint = "referrals/save_entry")]
pub async fn save_entry(
    country: String,
    id: Option<i32>,
    entry: EntryForm,
) -> Result<(), AppError> {
    form::<SaveEntry>(entry.typed(), async {
        let (me, _) = administrator_of(&country).await?;
        let code = country.trim().to_uppercase();
        let address = client_address();
        referrals::entries::save(&db()?, &me.user, &code, id, &entry, &address).await?;
        let notice = if id.is_some() { Notice::EntrySaved } else { Notice::EntryAdded };
        Ok(Done::to(format!("/directory/{code}")).notice(notice))
    })
    .await
}

#[server(endpoint = "referrals/verify_entry")]
pub async fn verify_entry(country: String, id: i32) -> Result<(), AppError> {
    form::<VerifyEntry>(Default::default(), async {
        let (me, _) = administrator_of(&country).await?;
        let code = country.trim().to_uppercase();
        referrals::entries::verify(&db()?, &me.user, &code, id, &client_address()).await?;
        Ok(Done::to(format!("/directory/{code}")).notice(Notice::EntryVerified))
    })
    .await
}

#[server(endpoint = "referrals/remove_entry")]
pub async fn remove_entry(country: String, id: i32) -> Result<(), AppError> {
    form::<RemoveEntry>(Default::default(), async {
        let (me, _) = administrator_of(&country).await?;
        let code = country.trim().to_uppercase();
        referrals::entries::remove(&db()?, &me.user, &code, id, &client_address()).await?;
        Ok(Done::to(format!("/directory/{code}")).notice(Notice::EntryRemoved))
    })
    .await
}

/// Receives a CSV file (or pasted text) of directory entries for the import page's preview.
/// Multipart, so a plain form can upload a file; the country is in the action's query string
/// (`?country=JO`), as a multipart body carries only the file.
#[server(endpoint = "referrals/upload_directory", input = leptos::server_fn::codec::MultipartFormData)]
pub async fn upload_directory(
    data: leptos::server_fn::codec::MultipartData,
) -> Result<(), AppError> {
    form::<UploadDirectory>(Default::default(), async {
        let country = use_context::<http::request::Parts>()
            .and_then(|p| {
                p.uri.query().and_then(|q| {
                    q.split('&').find_map(|kv| kv.strip_prefix("country=").map(str::to_owned))
                })
            })
            .unwrap_or_default();
        administrator_of(&country).await?;
        let csv = crate::services::user_import::read_upload(data).await?;
        let code = country.trim().to_uppercase();
        Ok(Done::to(format!("/directory/{code}/import")).keep("csv", csv))
    })
    .await
}

/// Every row of a directory file and its problems. Writes nothing.
#[server(endpoint = "referrals/preview_directory")]
pub async fn preview_directory(
    country: String,
    csv: String,
) -> Result<DirectoryImportPreview, AppError> {
    query(async {
        administrator_of(&country).await?;
        referrals::csv::preview(&db()?, &country.trim().to_uppercase(), &csv).await
    })
    .await
}

/// Imports a directory file: every row, or with `only_valid` the rows without a problem.
#[server(endpoint = "referrals/import_directory")]
pub async fn import_directory(
    country: String,
    csv: String,
    only_valid: Option<String>,
) -> Result<(), AppError> {
    let values = [("csv".to_owned(), csv.clone())].into_iter().collect();
    form::<ImportDirectory>(values, async {
        let (me, _) = administrator_of(&country).await?;
        let code = country.trim().to_uppercase();
        let address = client_address();
        let (added, changed) =
            referrals::csv::import(&db()?, &me.user, &code, &csv, only_valid.is_some(), &address)
                .await?;
        Ok(Done::to(format!("/directory/{code}"))
            .notice(Notice::EntriesImported { added, changed }))
    })
    .await
}
