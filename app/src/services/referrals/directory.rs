//! Reading the directory: a country's entries in the reader's language, filtered as the
//! officer asked. A country holds tens of entries, not thousands, so they are read whole and
//! filtered here, the same on SQLite and PostgreSQL, and case-insensitively in every script.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::entities::{country, referral_service, referral_service_text, user};
use crate::model::{
    error::AppError,
    locale::Locale,
    referrals::{
        DirectoryAdmin, EntryTexts, ReferralDirectory, ReferralEntry, ReferralFilter, Served,
        ServiceKind, Spoken, is_stale, parse_languages, parse_phones,
    },
    reports::country_name,
};

/// A country's code and its name in the reader's language; `NotFound` for no such country.
pub async fn country_named(
    db: &impl ConnectionTrait,
    code: &str,
    locale: Locale,
) -> Result<(String, String), AppError> {
    let c = country::Entity::find_by_id(code.trim().to_uppercase())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let name = country_name(locale, &c.name_en, &c.name_ar).to_owned();
    Ok((c.code, name))
}

/// The entries of `country_code` with every language's texts, in the order of city, then kind,
/// then id.
pub async fn stored(
    db: &impl ConnectionTrait,
    country_code: &str,
) -> Result<Vec<(referral_service::Model, Vec<referral_service_text::Model>)>, AppError> {
    let services = referral_service::Entity::find()
        .filter(referral_service::Column::CountryCode.eq(country_code))
        .order_by_asc(referral_service::Column::City)
        .order_by_asc(referral_service::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = services.iter().map(|s| s.id).collect();
    let mut texts: HashMap<i32, Vec<referral_service_text::Model>> = HashMap::new();
    for t in referral_service_text::Entity::find()
        .filter(referral_service_text::Column::ServiceId.is_in(ids))
        .all(db)
        .await?
    {
        texts.entry(t.service_id).or_default().push(t);
    }
    Ok(services
        .into_iter()
        .map(|s| {
            let t = texts.remove(&s.id).unwrap_or_default();
            (s, t)
        })
        .collect())
}

/// The languages an entry's texts are looked for in: the reader's, then English, Arabic,
/// French and Turkish.
fn preference(reader: Locale) -> impl Iterator<Item = Locale> {
    std::iter::once(reader).chain(Locale::ALL)
}

/// One text of an entry in the first language it was written in.
fn pick(
    texts: &[referral_service_text::Model],
    reader: Locale,
    field: impl Fn(&referral_service_text::Model) -> &str,
) -> (String, Locale) {
    for locale in preference(reader) {
        if let Some(t) = texts.iter().find(|t| t.locale == locale.code()) {
            let text = field(t).trim();
            if !text.is_empty() {
                return (text.to_owned(), locale);
            }
        }
    }
    (String::new(), reader)
}

/// Every language's texts, by language.
pub fn texts_by_locale(texts: &[referral_service_text::Model]) -> Vec<(Locale, EntryTexts)> {
    Locale::ALL
        .into_iter()
        .map(|locale| {
            let t = texts.iter().find(|t| t.locale == locale.code());
            let texts = t.map_or_else(EntryTexts::default, |t| EntryTexts {
                name: t.name.clone(),
                address: t.address.clone(),
                hours: t.hours.clone(),
                nationalities: t.nationalities.clone(),
                how_to_refer: t.how_to_refer.clone(),
            });
            (locale, texts)
        })
        .collect()
}

/// An entry as `reader` reads it.
pub fn shown(
    s: &referral_service::Model,
    texts: &[referral_service_text::Model],
    reader: Locale,
    verifiers: &HashMap<i32, String>,
    today: NaiveDate,
) -> ReferralEntry {
    let (name, name_language) = pick(texts, reader, |t| &t.name);
    let serves = [
        (s.serves_women, Served::Women),
        (s.serves_men, Served::Men),
        (s.serves_children, Served::Children),
    ]
    .into_iter()
    .filter_map(|(yes, group)| yes.then_some(group))
    .collect();
    ReferralEntry {
        id: s.id,
        country_code: s.country_code.clone(),
        city: s.city.clone(),
        kind: s.kind,
        name,
        name_language,
        address: pick(texts, reader, |t| &t.address).0,
        hours: pick(texts, reader, |t| &t.hours).0,
        nationalities: pick(texts, reader, |t| &t.nationalities).0,
        how_to_refer: pick(texts, reader, |t| &t.how_to_refer).0,
        serves,
        // Stored rows were checked when written; a code unknown to this build is left out.
        languages: s.languages.split(',').filter_map(Spoken::from_code).collect(),
        phones: parse_phones(&s.phones).unwrap_or_default(),
        email: s.email.clone(),
        consent_required: s.consent_required,
        demo: s.demo,
        verified_on: s.verified_on.map(|d| d.format("%Y-%m-%d").to_string()),
        verified_by: s.verified_by.and_then(|id| verifiers.get(&id).cloned()),
        stale: is_stale(s.verified_on, today),
    }
}

/// The names of the people who verified `services`.
pub async fn verifiers(
    db: &impl ConnectionTrait,
    services: &[&referral_service::Model],
) -> Result<HashMap<i32, String>, AppError> {
    let ids: Vec<i32> = services.iter().filter_map(|s| s.verified_by).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::DisplayName])
        .filter(user::Column::Id.is_in(ids))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// A country's entries as `reader` reads them.
pub async fn entries(
    db: &impl ConnectionTrait,
    country_code: &str,
    reader: Locale,
    today: NaiveDate,
) -> Result<Vec<ReferralEntry>, AppError> {
    let rows = stored(db, country_code).await?;
    let names = verifiers(db, &rows.iter().map(|(s, _)| s).collect::<Vec<_>>()).await?;
    Ok(rows.iter().map(|(s, t)| shown(s, t, reader, &names, today)).collect())
}

/// Whether `entry` is what `filter` asks for (its country aside). The words of `q` must each
/// appear in the entry's name, city, kind, address, who it serves or how to refer — in any
/// language it was written in, which `haystack` holds.
pub fn matches(entry: &ReferralEntry, haystack: &str, filter: &ReferralFilter) -> bool {
    let get = ReferralFilter::get;
    get(&filter.city).is_none_or(|c| entry.city.eq_ignore_ascii_case(c))
        && get(&filter.kind).is_none_or(|k| ServiceKind::from_code(k) == Some(entry.kind))
        && get(&filter.serves)
            .is_none_or(|g| Served::from_code(g).is_some_and(|g| entry.serves.contains(&g)))
        && get(&filter.language).is_none_or(|l| {
            parse_languages(l)
                .is_ok_and(|wanted| wanted.iter().all(|w| entry.languages.contains(w)))
        })
        && get(&filter.q).is_none_or(|q| {
            let q = q.to_lowercase();
            q.split_whitespace().all(|word| haystack.contains(word))
        })
}

/// Everything an entry can be found by, lower-cased, in every language it was written in.
pub fn haystack(s: &referral_service::Model, texts: &[referral_service_text::Model]) -> String {
    let mut all = vec![s.city.clone(), s.kind.code().replace('_', " "), s.email.clone()];
    for t in texts {
        all.extend([
            t.name.clone(),
            t.address.clone(),
            t.nationalities.clone(),
            t.how_to_refer.clone(),
        ]);
    }
    all.join("\n").to_lowercase()
}

/// The officer's page: `country_code`'s entries that match `filter`.
pub async fn directory(
    db: &impl ConnectionTrait,
    country_code: &str,
    filter: &ReferralFilter,
    reader: Locale,
    today: NaiveDate,
) -> Result<ReferralDirectory, AppError> {
    let (country_code, country_name) = country_named(db, country_code, reader).await?;
    let rows = stored(db, &country_code).await?;
    let names = verifiers(db, &rows.iter().map(|(s, _)| s).collect::<Vec<_>>()).await?;
    let mut cities: Vec<String> = rows.iter().map(|(s, _)| s.city.clone()).collect();
    cities.sort_by_key(|c| c.to_lowercase());
    cities.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    let total = rows.len();
    let mut entries: Vec<ReferralEntry> = rows
        .iter()
        .filter_map(|(s, t)| {
            let entry = shown(s, t, reader, &names, today);
            matches(&entry, &haystack(s, t), filter).then_some(entry)
        })
        .collect();
    // By city, then kind in the order officers reach for them, then name.
    entries.sort_by(|a, b| {
        (a.city.to_lowercase(), a.kind, a.name.to_lowercase()).cmp(&(
            b.city.to_lowercase(),
            b.kind,
            b.name.to_lowercase(),
        ))
    });
    let countries = countries_with_entries(db, reader).await?;
    let today = today.to_string();
    Ok(ReferralDirectory { country_code, country_name, countries, cities, entries, total, today })
}

/// The countries whose directory has an entry, with their names: the page's country choice.
pub async fn countries_with_entries(
    db: &impl ConnectionTrait,
    reader: Locale,
) -> Result<Vec<(String, String)>, AppError> {
    let codes: Vec<String> = referral_service::Entity::find()
        .select_only()
        .column(referral_service::Column::CountryCode)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    let mut countries: Vec<(String, String)> = country::Entity::find()
        .filter(country::Column::Code.is_in(codes))
        .all(db)
        .await?
        .into_iter()
        .map(|c| {
            let name = country_name(reader, &c.name_en, &c.name_ar).to_owned();
            (c.code, name)
        })
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(countries)
}

/// The coordinator's list: every entry of the country, the stale ones first.
pub async fn admin_list(
    db: &impl ConnectionTrait,
    country_code: &str,
    reader: Locale,
    today: NaiveDate,
) -> Result<DirectoryAdmin, AppError> {
    let (country_code, country_name) = country_named(db, country_code, reader).await?;
    let mut entries = entries(db, &country_code, reader, today).await?;
    entries.sort_by_key(|e| !e.stale);
    let stale = entries.iter().filter(|e| e.stale).count();
    Ok(DirectoryAdmin { country_code, country_name, entries, stale })
}

/// How many of a country's entries are stale, for the coordinator's home page.
pub async fn stale_count(
    db: &impl ConnectionTrait,
    country_code: &str,
    today: NaiveDate,
) -> Result<(usize, usize), AppError> {
    let dates: Vec<Option<NaiveDate>> = referral_service::Entity::find()
        .select_only()
        .column(referral_service::Column::VerifiedOn)
        .filter(referral_service::Column::CountryCode.eq(country_code))
        .into_tuple()
        .all(db)
        .await?;
    Ok((dates.iter().filter(|d| is_stale(**d, today)).count(), dates.len()))
}
