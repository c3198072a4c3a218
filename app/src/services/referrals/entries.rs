//! Writing the directory: an entry checked whole, then written with its texts and its audit
//! line in one transaction. Saving an entry confirms it as checked today by whoever saved it.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter,
};

use crate::entities::{referral_service, referral_service_text};
use crate::model::{
    accounts::{CurrentUser, valid_email},
    audit::{AuditAction, AuditFilter},
    error::AppError,
    locale::Locale,
    problem::{FieldProblem, Problem, first_problem},
    referrals::{
        EntryEditor, EntryForm, EntryTexts, PhoneProblem, Served, ServiceKind, Spoken,
        languages_code, parse_languages, parse_phones,
    },
};
use crate::services::{audit, referrals::directory, users::looks_like_formula};

/// An entry whose every field has been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub city: String,
    pub kind: ServiceKind,
    pub serves: Vec<Served>,
    pub languages: Vec<Spoken>,
    /// One number per line, as typed (trimmed).
    pub phones: String,
    pub email: String,
    pub consent_required: bool,
    pub texts: Vec<(Locale, EntryTexts)>,
}

const MAX_CITY: usize = 100;
const MAX_NAME: usize = 200;
const MAX_LINE: usize = 500;
const MAX_PROCEDURE: usize = 3000;

/// Checks an entry form: every problem, each at its field.
pub fn check(form: &EntryForm) -> Result<Checked, Vec<FieldProblem>> {
    let mut problems = vec![];
    let mut text = |field: String, value: &str, max: usize| -> String {
        let value = value.trim();
        if value.chars().count() > max {
            problems.push(Problem::TooLong { max }.of(field));
        } else if looks_like_formula(value) {
            problems.push(Problem::CellLooksLikeFormula { column: field.clone() }.of(field));
        }
        value.to_owned()
    };
    let city = text("city".into(), &form.city, MAX_CITY);
    let email = text("email".into(), &form.email, 254);
    let mut texts = vec![];
    for locale in Locale::ALL {
        let Some(t) = form.texts.get(locale.code()) else { continue };
        let at = |f: &str| format!("texts[{}][{f}]", locale.code());
        let t = EntryTexts {
            name: text(at("name"), &t.name, MAX_NAME),
            address: text(at("address"), &t.address, MAX_LINE),
            hours: text(at("hours"), &t.hours, MAX_LINE),
            nationalities: text(at("nationalities"), &t.nationalities, MAX_LINE),
            how_to_refer: text(at("how_to_refer"), &t.how_to_refer, MAX_PROCEDURE),
        };
        if !t.is_empty() {
            texts.push((locale, t));
        }
    }
    if city.is_empty() {
        problems.push(Problem::CityRequired.of("city"));
    }
    let kind = ServiceKind::from_code(&form.kind);
    if kind.is_none() {
        problems.push(Problem::ChooseServiceKind.of("kind"));
    }
    if !texts.iter().any(|(_, t)| !t.name.is_empty()) {
        problems.push(Problem::ServiceNameRequired.of("texts[en][name]"));
    }
    let phones = match parse_phones(&form.phones) {
        Ok(_) => form.phones.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>(),
        Err(PhoneProblem::Missing) => {
            problems.push(Problem::PhoneMissing.of("phones"));
            vec![]
        }
        Err(PhoneProblem::NotANumber { line }) => {
            problems.push(Problem::PhoneNotANumber { line }.of("phones"));
            vec![]
        }
    };
    if !email.is_empty() && !valid_email(&email) {
        problems.push(Problem::EmailInvalid.of("email"));
    }
    let codes: Vec<&str> = form.languages.keys().map(String::as_str).collect();
    let languages = parse_languages(&codes.join(",")).unwrap_or_else(|code| {
        problems.push(Problem::UnknownSpokenLanguage { code }.of("languages"));
        vec![]
    });
    let mut serves = vec![];
    for code in form.serves.keys() {
        match Served::from_code(code) {
            Some(group) => serves.push(group),
            None => problems.push(Problem::UnknownServed { value: code.clone() }.of("serves")),
        }
    }
    match (kind, problems.is_empty()) {
        (Some(kind), true) => Ok(Checked {
            city,
            kind,
            serves,
            languages,
            phones: phones.join("\n"),
            email,
            consent_required: form.consent_required.is_some(),
            texts,
        }),
        _ => Err(problems),
    }
}

/// Writes `checked` as entry `id` (or a new one) of `country_code`, verified today by `actor`.
/// Returns the entry's id and the names of the fields that changed.
pub async fn write(
    txn: &impl ConnectionTrait,
    actor: &CurrentUser,
    country_code: &str,
    existing: Option<referral_service::Model>,
    checked: &Checked,
    demo: bool,
    verified_on: Option<NaiveDate>,
) -> Result<(i32, Vec<&'static str>), AppError> {
    let now = Utc::now();
    let has = |g| checked.serves.contains(&g);
    let (mut active, before): (referral_service::ActiveModel, _) = match existing {
        Some(s) => (s.clone().into(), Some(s)),
        None => (
            referral_service::ActiveModel {
                country_code: Set(country_code.to_owned()),
                demo: Set(demo),
                created_at: Set(now),
                ..Default::default()
            },
            None,
        ),
    };
    active.city = Set(checked.city.clone());
    active.kind = Set(checked.kind);
    active.serves_women = Set(has(Served::Women));
    active.serves_men = Set(has(Served::Men));
    active.serves_children = Set(has(Served::Children));
    active.languages = Set(languages_code(&checked.languages));
    active.phones = Set(checked.phones.clone());
    active.email = Set(checked.email.clone());
    active.consent_required = Set(checked.consent_required);
    active.verified_on = Set(verified_on);
    active.verified_by = Set(verified_on.map(|_| actor.id));
    active.updated_at = Set(now);
    let saved = active.save(txn).await?;
    let id = saved.id.unwrap();
    let texts_before = referral_service_text::Entity::find()
        .filter(referral_service_text::Column::ServiceId.eq(id))
        .all(txn)
        .await?;
    let texts_now = directory::texts_by_locale(&texts_before);
    referral_service_text::Entity::delete_many()
        .filter(referral_service_text::Column::ServiceId.eq(id))
        .exec(txn)
        .await?;
    let rows: Vec<referral_service_text::ActiveModel> = checked
        .texts
        .iter()
        .map(|(locale, t)| referral_service_text::ActiveModel {
            service_id: Set(id),
            locale: Set(locale.code().to_owned()),
            name: Set(t.name.clone()),
            address: Set(t.address.clone()),
            hours: Set(t.hours.clone()),
            nationalities: Set(t.nationalities.clone()),
            how_to_refer: Set(t.how_to_refer.clone()),
        })
        .collect();
    if !rows.is_empty() {
        referral_service_text::Entity::insert_many(rows).exec_without_returning(txn).await?;
    }
    let changed = match before {
        None => vec![],
        Some(b) => changed_fields(&b, &texts_now, checked),
    };
    Ok((id, changed))
}

/// Which fields of `before` the new entry changes, by their CSV column names.
fn changed_fields(
    before: &referral_service::Model,
    texts_before: &[(Locale, EntryTexts)],
    now: &Checked,
) -> Vec<&'static str> {
    let serves_before: Vec<Served> = [
        (before.serves_women, Served::Women),
        (before.serves_men, Served::Men),
        (before.serves_children, Served::Children),
    ]
    .into_iter()
    .filter_map(|(y, g)| y.then_some(g))
    .collect();
    let mut serves_now = now.serves.clone();
    serves_now.sort_by_key(|g| Served::ALL.iter().position(|x| x == g));
    let texts_now: Vec<(Locale, EntryTexts)> = Locale::ALL
        .into_iter()
        .map(|l| {
            let t = now.texts.iter().find(|(x, _)| *x == l).map(|(_, t)| t.clone());
            (l, t.unwrap_or_default())
        })
        .collect();
    let text_changed = |f: fn(&EntryTexts) -> &String| {
        texts_before.iter().zip(&texts_now).any(|(a, b)| f(&a.1) != f(&b.1))
    };
    [
        ("city", before.city != now.city),
        ("kind", before.kind != now.kind),
        ("serves", serves_before != serves_now),
        ("languages", before.languages != languages_code(&now.languages)),
        ("phones", before.phones != now.phones),
        ("email", before.email != now.email),
        ("consent_required", before.consent_required != now.consent_required),
        ("name", text_changed(|t| &t.name)),
        ("address", text_changed(|t| &t.address)),
        ("hours", text_changed(|t| &t.hours)),
        ("nationalities", text_changed(|t| &t.nationalities)),
        ("how_to_refer", text_changed(|t| &t.how_to_refer)),
    ]
    .into_iter()
    .filter_map(|(name, changed)| changed.then_some(name))
    .collect()
}

/// An entry of `country_code`, locked for writing; `NotFound` for one of another country.
async fn entry_of(
    txn: &impl ConnectionTrait,
    country_code: &str,
    id: i32,
) -> Result<referral_service::Model, AppError> {
    crate::services::transactions::locked(referral_service::Entity::find_by_id(id), txn)
        .one(txn)
        .await?
        .filter(|s| s.country_code == country_code)
        .ok_or(AppError::NotFound)
}

/// Takes a country's directory for this transaction: its writes (a form sent twice, two imports
/// of one file) go one after the other, on PostgreSQL as on SQLite, and each sees the last.
pub async fn lock_directory(
    txn: &impl ConnectionTrait,
    country_code: &str,
) -> Result<(), AppError> {
    crate::services::transactions::locked(
        crate::entities::country::Entity::find_by_id(country_code),
        txn,
    )
    .one(txn)
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(())
}

/// The stored entry that is the same service as `checked`: the same city and kind, and a name
/// in common (in any language, case aside). Adding it again would be a duplicate.
pub fn same_service<'a>(
    stored: &'a [(referral_service::Model, Vec<referral_service_text::Model>)],
    checked: &Checked,
) -> Option<&'a referral_service::Model> {
    let names: Vec<String> = checked
        .texts
        .iter()
        .map(|(_, t)| t.name.to_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    stored.iter().find_map(|(s, texts)| {
        let same = s.city.to_lowercase() == checked.city.to_lowercase()
            && s.kind == checked.kind
            && texts.iter().any(|t| names.contains(&t.name.to_lowercase()));
        same.then_some(s)
    })
}

/// Adds an entry to a country's directory, or changes one of its entries.
pub async fn save(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    country_code: &str,
    id: Option<i32>,
    form: &EntryForm,
    address: &str,
) -> Result<i32, AppError> {
    let checked = check(form).or_else(first_problem_of)?;
    let (country_code, _) = directory::country_named(db, country_code, Locale::En).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    lock_directory(&txn, &country_code).await?;
    let existing = match id {
        Some(id) => Some(entry_of(&txn, &country_code, id).await?),
        None => None,
    };
    // An entry added twice (a double click) is one entry: the second is refused.
    let adding_again = id.is_none()
        && same_service(&directory::stored(&txn, &country_code).await?, &checked).is_some();
    if adding_again {
        return Err(Problem::EntryExists.at("texts[en][name]"));
    }
    let adding = existing.is_none();
    let today = Some(crate::services::reports::today());
    let (id, changed) = write(&txn, actor, &country_code, existing, &checked, false, today).await?;
    let name = checked.texts.iter().find(|(_, t)| !t.name.is_empty()).map(|(_, t)| t.name.clone());
    let name = name.unwrap_or_default();
    let (action, detail) = if adding {
        (AuditAction::ReferralAdded, format!("{country_code} · {} · {name}", checked.city))
    } else {
        (AuditAction::ReferralChanged, format!("{country_code} · {name}: {}", changed.join(", ")))
    };
    audit::record_referral(&txn, actor.id, action, id, detail, address).await?;
    txn.commit().await?;
    Ok(id)
}

fn first_problem_of<T>(problems: Vec<FieldProblem>) -> Result<T, AppError> {
    first_problem(problems)?;
    Err(AppError::internal("a check failed without a problem"))
}

/// Confirms an entry as still correct today.
pub async fn verify(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    country_code: &str,
    id: i32,
    address: &str,
) -> Result<(), AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let entry = entry_of(&txn, country_code, id).await?;
    let mut active: referral_service::ActiveModel = entry.into();
    active.verified_on = Set(Some(crate::services::reports::today()));
    active.verified_by = Set(Some(actor.id));
    active.update(&txn).await?;
    audit::record_referral(
        &txn,
        actor.id,
        AuditAction::ReferralVerified,
        id,
        country_code,
        address,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes an entry out of the directory; its history stays in the audit log.
pub async fn remove(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    country_code: &str,
    id: i32,
    address: &str,
) -> Result<(), AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let entry = entry_of(&txn, country_code, id).await?;
    let texts = referral_service_text::Entity::find()
        .filter(referral_service_text::Column::ServiceId.eq(id))
        .all(&txn)
        .await?;
    let name =
        directory::shown(&entry, &texts, Locale::En, &Default::default(), Utc::now().date_naive())
            .name;
    referral_service::Entity::delete_by_id(id).exec(&txn).await?;
    let detail = format!("{country_code} · {} · {name}", entry.city);
    audit::record_referral(&txn, actor.id, AuditAction::ReferralRemoved, id, detail, address)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// An entry of `country_code` with every language's texts and its history, for its editor.
pub async fn editor(
    db: &impl ConnectionTrait,
    country_code: &str,
    id: i32,
    reader: Locale,
) -> Result<EntryEditor, AppError> {
    let today = crate::services::reports::today();
    let entry = referral_service::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|s| s.country_code.eq_ignore_ascii_case(country_code))
        .ok_or(AppError::NotFound)?;
    let texts = referral_service_text::Entity::find()
        .filter(referral_service_text::Column::ServiceId.eq(id))
        .all(db)
        .await?;
    let names = directory::verifiers(db, &[&entry]).await?;
    let shown = directory::shown(&entry, &texts, reader, &names, today);
    let form = EntryForm {
        city: entry.city.clone(),
        kind: entry.kind.code().into(),
        serves: shown.serves.iter().map(|g| (g.code().to_owned(), "on".to_owned())).collect(),
        languages: shown.languages.iter().map(|l| (l.code().to_owned(), "on".to_owned())).collect(),
        phones: entry.phones.clone(),
        email: entry.email.clone(),
        consent_required: entry.consent_required.then(|| "on".to_owned()),
        texts: directory::texts_by_locale(&texts)
            .into_iter()
            .map(|(l, t)| (l.code().to_owned(), t))
            .collect(),
    };
    Ok(EntryEditor {
        entry: shown,
        form,
        history: audit::list(db, &AuditFilter { referral: Some(id), ..Default::default() })
            .await?
            .0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> EntryForm {
        let mut f = EntryForm {
            city: "Beirut".into(),
            kind: "shelter".into(),
            phones: "+961 0 000 0101 24-hour line".into(),
            ..Default::default()
        };
        f.serves.insert("women".into(), "on".into());
        f.languages.insert("ar".into(), "on".into());
        f.texts.insert("ar".into(), EntryTexts { name: "مأوى".into(), ..Default::default() });
        f
    }

    #[test]
    fn a_complete_entry_passes_with_its_name_in_one_language() {
        let c = check(&form()).unwrap();
        assert_eq!(c.kind, ServiceKind::Shelter);
        assert_eq!(c.serves, [Served::Women]);
        assert_eq!(c.languages, [Spoken::Ar]);
        assert_eq!(c.texts.len(), 1, "empty languages are not kept");
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let mut f = form();
        f.city = " ".into();
        f.kind = "spa".into();
        f.phones = "ask at the desk".into();
        f.email = "nobody".into();
        f.languages.insert("xx".into(), "on".into());
        f.texts
            .insert("ar".into(), EntryTexts { name: "=HYPERLINK(1)".into(), ..Default::default() });
        let fields: Vec<String> = check(&f).unwrap_err().into_iter().map(|p| p.field).collect();
        for field in ["city", "kind", "phones", "email", "languages", "texts[ar][name]"] {
            assert!(fields.iter().any(|f| f == field), "{field} in {fields:?}");
        }
    }
}
