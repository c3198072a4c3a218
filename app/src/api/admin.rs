//! Administration: countries, agencies, people, imports, the audit log. Admins everywhere; a
//! country coordinator their country's agencies and people (not imports, new countries or the
//! audit log); supervisors the people list of their own agency.

use leptos::prelude::*;

use crate::model::{
    accounts::{AgencyDto, CountryDto, UserDto},
    audit::{AuditEntry, AuditFilter},
    error::AppError,
    import::{ImportPreview, ImportStatus},
    users::{NewUser, UserChanges, UserFilter},
};

#[cfg(feature = "ssr")]
use crate::{
    api::{
        guard::{administrator, administrator_of, require, signed_in},
        respond::{Done, form, query},
    },
    model::forms::text_fields,
    model::permissions::Permission,
    model::problem::Notice,
    state::{client_address, db},
};

/// Field values to refill a form with after a failure.
#[cfg(feature = "ssr")]
fn kept<const N: usize>(fields: [(&str, &str); N]) -> std::collections::BTreeMap<String, String> {
    fields.into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}

#[server(endpoint = "admin/countries")]
pub async fn countries() -> Result<Vec<CountryDto>, AppError> {
    query(async {
        let (_, reach) = administrator().await?;
        let all = crate::services::organisations::countries(&db()?).await?;
        Ok(all.into_iter().filter(|c| reach.covers(&c.code)).collect())
    })
    .await
}

#[server(endpoint = "admin/create_country")]
pub async fn create_country(
    code: String,
    name_en: String,
    name_ar: String,
) -> Result<(), AppError> {
    let values = kept([("code", &code), ("name_en", &name_en), ("name_ar", &name_ar)]);
    form::<CreateCountry>(values, async {
        let me = require(Permission::ManageAccounts)?;
        let code = crate::services::organisations::create_country(
            &db()?,
            &me.user,
            &code,
            &name_en,
            &name_ar,
            &client_address(),
        )
        .await?;
        Ok(Done::to(format!("/admin/countries/{code}")).notice(Notice::CountryAdded))
    })
    .await
}

/// Agencies of a country (admins: any; coordinators: their country's; supervisors: the list
/// holds their own agency only).
#[server(endpoint = "admin/agencies")]
pub async fn agencies(country: Option<String>) -> Result<Vec<AgencyDto>, AppError> {
    query(async {
        let me = signed_in()?;
        let db = db()?;
        let all = crate::services::organisations::agencies(&db, country.as_deref()).await?;
        match crate::services::organisations::reach(&db, &me.user).await? {
            Some(reach) => Ok(all.into_iter().filter(|a| reach.covers(&a.country_code)).collect()),
            None => Ok(all.into_iter().filter(|a| Some(a.id) == me.user.agency_id).collect()),
        }
    })
    .await
}

#[server(endpoint = "admin/create_agency")]
pub async fn create_agency(country: String, name: String, kind: String) -> Result<(), AppError> {
    let values = kept([("name", &name), ("kind", &kind)]);
    form::<CreateAgency>(values, async {
        let (me, _) = administrator_of(&country).await?;
        crate::services::organisations::create_agency(
            &db()?,
            &me.user,
            &country,
            &name,
            &kind,
            &client_address(),
        )
        .await?;
        Ok(Done::to(format!("/admin/countries/{}", country.trim().to_uppercase()))
            .notice(Notice::AgencyAdded))
    })
    .await
}

/// People the caller may see: everyone for admins, their agency for supervisors.
#[server(endpoint = "admin/users")]
pub async fn users(filter: Option<UserFilter>) -> Result<(Vec<UserDto>, bool), AppError> {
    query(async {
        let me = signed_in()?;
        crate::services::users::list(&db()?, &me.user, &filter.unwrap_or_default()).await
    })
    .await
}

#[server(endpoint = "admin/user")]
pub async fn user(id: i32) -> Result<UserDto, AppError> {
    query(async {
        let me = signed_in()?;
        crate::services::users::get(&db()?, &me.user, id).await
    })
    .await
}

#[server(endpoint = "admin/create_user")]
pub async fn create_user(user: NewUser) -> Result<(), AppError> {
    let mut values = text_fields(&user);
    values.remove("password");
    form::<CreateUser>(values, async {
        let (me, reach) = administrator().await?;
        let id = crate::services::users::create(&db()?, &me.user, &reach, &user, &client_address())
            .await?;
        Ok(Done::to(format!("/admin/users/{id}")).notice(Notice::AccountCreated))
    })
    .await
}

#[server(endpoint = "admin/update_user")]
pub async fn update_user(id: i32, changes: UserChanges) -> Result<(), AppError> {
    form::<UpdateUser>(text_fields(&changes), async {
        let (me, reach) = administrator().await?;
        let address = client_address();
        crate::services::users::update(&db()?, &me.user, &reach, id, &changes, &address).await?;
        Ok(Done::to(format!("/admin/users/{id}")).notice(Notice::ChangesSaved))
    })
    .await
}

#[server(endpoint = "admin/set_user_active")]
pub async fn set_user_active(id: i32, active: bool) -> Result<(), AppError> {
    form::<SetUserActive>(Default::default(), async {
        let (me, reach) = administrator().await?;
        let address = client_address();
        crate::services::users::set_active(&db()?, &me.user, &reach, id, active, &address).await?;
        let notice = if active { Notice::AccountReactivated } else { Notice::AccountDeactivated };
        Ok(Done::to(format!("/admin/users/{id}")).notice(notice))
    })
    .await
}

#[server(endpoint = "admin/reset_password")]
pub async fn reset_password(id: i32, new_password: String) -> Result<(), AppError> {
    form::<ResetPassword>(Default::default(), async {
        let (me, reach) = administrator().await?;
        crate::services::users::reset_password(
            &db()?,
            &me.user,
            &reach,
            id,
            &new_password,
            &client_address(),
        )
        .await?;
        Ok(Done::to(format!("/admin/users/{id}")).notice(Notice::PasswordReset))
    })
    .await
}

/// Receives a CSV file (or pasted text) of people and shows the import page its preview.
/// Multipart, so that a plain HTML form can upload a file without JavaScript.
#[server(endpoint = "admin/upload_import", input = leptos::server_fn::codec::MultipartFormData)]
pub async fn upload_import(data: leptos::server_fn::codec::MultipartData) -> Result<(), AppError> {
    form::<ImportUsers>(Default::default(), async {
        require(Permission::ManageAccounts)?;
        let csv = crate::services::user_import::read_upload(data).await?;
        // The import form's one-time key, kept by this browser for the import page.
        keep_import_key(&crate::services::sessions::new_token())?;
        Ok(Done::to("/admin/import").keep("csv", csv))
    })
    .await
}

/// Checks a CSV file of people and says what is wrong with each row. Writes nothing.
#[server(endpoint = "admin/preview_import")]
pub async fn preview_import(csv: String) -> Result<ImportPreview, AppError> {
    query(async {
        require(Permission::ManageAccounts)?;
        crate::services::user_import::preview(&db()?, &csv).await
    })
    .await
}

/// Imports a CSV file of people: all rows, or only the valid ones when asked. `key` is the
/// form's one-time key: sent twice (a double click, a retry), it imports once and answers the
/// same. The first passwords are shown once, on the import page, and kept nowhere — not in the
/// session either: the page works them out again from the key this browser keeps.
#[server(endpoint = "admin/import_users")]
pub async fn import_users(
    csv: String,
    only_valid: Option<String>,
    key: Option<String>,
) -> Result<(), AppError> {
    let values = kept([("csv", &csv)]);
    form::<ImportUsers>(values, async {
        let me = require(Permission::ManageAccounts)?;
        // Programs may leave the key out: then this call is its own import.
        let key = match key.filter(|k| !k.trim().is_empty()) {
            Some(key) => crate::services::user_import::checked_key(&key)?,
            None => crate::services::sessions::new_token(),
        };
        let created = crate::services::user_import::import(
            &db()?,
            &me.user,
            &csv,
            only_valid.is_some(),
            &key,
            &client_address(),
        )
        .await?;
        keep_import_key(&key)?;
        Ok(Done::to("/admin/import").notice(Notice::AccountsCreated { count: created }))
    })
    .await
}

/// What the import page shows about this browser's import: the form's key, how far the import
/// got, and — on the first view after it finished — the first passwords.
#[server(endpoint = "admin/import_outcome")]
pub async fn import_outcome() -> Result<ImportStatus, AppError> {
    query(async {
        let me = require(Permission::ManageAccounts)?;
        let key = use_context::<http::request::Parts>()
            .and_then(|parts| crate::state::cookie(&parts.headers, IMPORT_COOKIE));
        let progress =
            crate::services::user_import::status(&db()?, &me.user, key.as_deref()).await?;
        Ok(ImportStatus { key, progress })
    })
    .await
}

/// The cookie that keeps an import's key in the admin's browser, for the import page only.
#[cfg(feature = "ssr")]
const IMPORT_COOKIE: &str = "frontline_import";

/// Sends the import key back to the browser: HttpOnly, only for `/admin/import`, 30 minutes.
#[cfg(feature = "ssr")]
fn keep_import_key(key: &str) -> Result<(), AppError> {
    let secure = if crate::state::settings()?.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{IMPORT_COOKIE}={key}; Path=/admin/import; HttpOnly; SameSite=Strict; Max-Age=1800{secure}"
    );
    let value = http::HeaderValue::from_str(&cookie).map_err(AppError::internal)?;
    let response = use_context::<leptos_axum::ResponseOptions>()
        .ok_or_else(|| AppError::internal("ResponseOptions missing"))?;
    response.append_header(http::header::SET_COOKIE, value);
    Ok(())
}

#[server(endpoint = "admin/audit")]
pub async fn audit(filter: Option<AuditFilter>) -> Result<(Vec<AuditEntry>, bool), AppError> {
    query(async {
        require(Permission::ReadAuditLog)?;
        Ok(crate::services::audit::list(&db()?, &filter.unwrap_or_default()).await?)
    })
    .await
}
