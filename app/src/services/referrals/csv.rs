//! A country's directory as a spreadsheet: exported with every language's texts, and imported
//! with a preview that says every problem of every row before anything is written.
//!
//! A row with an `id` changes that entry of the country; a row without one adds an entry,
//! unless the country has one of the same city, kind and name already, which it changes — so
//! a file sent twice (a double click, a retry) adds nothing the second time.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, DatabaseConnection};

use crate::entities::{referral_service, referral_service_text};

use crate::model::{
    accounts::CurrentUser,
    audit::AuditAction,
    error::AppError,
    locale::Locale,
    problem::Problem,
    referrals::{
        CSV_COLUMNS, CSV_REQUIRED, DirectoryImportPreview, DirectoryImportRow, EntryForm,
        EntryTexts, MAX_CSV_ROWS,
    },
};
use crate::services::{
    csv_export::to_csv,
    referrals::{
        directory::{self, stored, texts_by_locale},
        entries::{self, Checked},
    },
};

/// The country's directory as CSV, in the columns an import reads.
pub async fn export(db: &DatabaseConnection, country_code: &str) -> Result<Vec<u8>, AppError> {
    let rows = stored(db, country_code).await?;
    let lines = rows.iter().map(|(s, texts)| {
        let serves: Vec<&str> =
            [(s.serves_women, "women"), (s.serves_men, "men"), (s.serves_children, "children")]
                .into_iter()
                .filter_map(|(y, code)| y.then_some(code))
                .collect();
        let mut line = vec![
            s.id.to_string(),
            s.city.clone(),
            s.kind.code().to_owned(),
            serves.join(";"),
            s.languages.replace(',', ";"),
            s.phones.clone(),
            s.email.clone(),
            yes_no(s.consent_required).into(),
            s.verified_on.map(|d| d.to_string()).unwrap_or_default(),
            yes_no(s.demo).into(),
        ];
        let by_locale = texts_by_locale(texts);
        for field in [
            |t: &EntryTexts| t.name.clone(),
            |t: &EntryTexts| t.address.clone(),
            |t: &EntryTexts| t.hours.clone(),
            |t: &EntryTexts| t.nationalities.clone(),
            |t: &EntryTexts| t.how_to_refer.clone(),
        ] {
            line.extend(by_locale.iter().map(|(_, t)| field(t)));
        }
        line
    });
    Ok(to_csv(&CSV_COLUMNS, lines))
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// A row read from a file, checked as far as the file alone allows.
struct Read {
    row: DirectoryImportRow,
    checked: Option<Checked>,
    verified_on: Option<NaiveDate>,
}

/// The export marks a cell a spreadsheet would run with a leading apostrophe; reading it back,
/// the mark goes (and what is under it is checked like any cell).
fn unmarked(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// The CSV column a form field's problem is about: `entry[texts][ar][name]` → `name_ar`.
fn column_of(field: &str) -> String {
    let parts: Vec<&str> =
        field.split(['[', ']']).filter(|p| !p.is_empty() && *p != "entry").collect();
    match parts.as_slice() {
        ["texts", locale, name] => format!("{name}_{locale}"),
        [name] => (*name).to_owned(),
        _ => field.to_owned(),
    }
}

fn parse(csv_text: &str) -> Result<Vec<Read>, Problem> {
    let mut reader = crate::services::csv_import::reader(csv_text);
    let headers = reader.headers().map_err(|_| Problem::CsvUnreadable)?;
    let position = crate::services::csv_import::positions(headers);
    let mut missing: Vec<String> = CSV_REQUIRED
        .iter()
        .filter(|c| !position.contains_key(**c))
        .map(|c| c.to_string())
        .collect();
    if !Locale::ALL.iter().any(|l| position.contains_key(&format!("name_{}", l.code()))) {
        missing.push("name_en".into());
    }
    if !missing.is_empty() {
        let expected = CSV_REQUIRED.iter().map(|c| c.to_string()).chain(["name_en".into()]);
        return Err(Problem::CsvColumnsMissing { expected: expected.collect(), missing });
    }
    let mut rows = vec![];
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        if rows.len() == MAX_CSV_ROWS {
            return Err(Problem::CsvTooManyRows { max: MAX_CSV_ROWS });
        }
        let record = record.map_err(|_| Problem::CsvLineUnreadable { line })?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |name: &str| -> String {
            position
                .get(name)
                .and_then(|i| record.get(*i))
                .map(unmarked)
                .unwrap_or_default()
                .to_owned()
        };
        let mut problems = vec![];
        let id = match cell("id") {
            id if id.is_empty() => None,
            id => match id.parse::<i32>() {
                Ok(id) => Some(id),
                Err(_) => {
                    problems.push(Problem::NoSuchEntry { id });
                    None
                }
            },
        };
        let verified_on = match cell("verified_on") {
            d if d.is_empty() => None,
            d => match NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    problems.push(Problem::VerifiedOnFormat);
                    None
                }
            },
        };
        let list = |name: &str| -> BTreeMap<String, String> {
            cell(name)
                .split([';', ',', ' '])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(|c| (c.to_lowercase(), "on".to_owned()))
                .collect()
        };
        let form = EntryForm {
            city: cell("city"),
            kind: cell("kind"),
            serves: list("serves"),
            languages: list("languages"),
            // In one cell, numbers are on separate lines or separated by semicolons.
            phones: cell("phones").replace(';', "\n"),
            email: cell("email"),
            consent_required: matches!(
                cell("consent_required").to_lowercase().as_str(),
                "yes" | "true" | "1" | "y"
            )
            .then(|| "on".to_owned()),
            texts: Locale::ALL
                .into_iter()
                .map(|l| {
                    let c = |f: &str| cell(&format!("{f}_{}", l.code()));
                    let texts = EntryTexts {
                        name: c("name"),
                        address: c("address"),
                        hours: c("hours"),
                        nationalities: c("nationalities"),
                        how_to_refer: c("how_to_refer"),
                    };
                    (l.code().to_owned(), texts)
                })
                .collect(),
        };
        let checked = match entries::check(&form) {
            Ok(checked) => Some(checked),
            Err(found) => {
                problems.extend(found.into_iter().map(|p| match p.problem {
                    Problem::CellLooksLikeFormula { .. } => {
                        Problem::CellLooksLikeFormula { column: column_of(&p.field) }
                    }
                    other => other,
                }));
                None
            }
        };
        let name = Locale::ALL
            .iter()
            .filter_map(|l| form.texts.get(l.code()))
            .map(|t| t.name.clone())
            .find(|n| !n.is_empty());
        rows.push(Read {
            row: DirectoryImportRow {
                line,
                id,
                name: name.unwrap_or_default(),
                city: form.city,
                kind: form.kind,
                phones: form.phones.replace('\n', "; "),
                problems,
            },
            checked,
            verified_on,
        });
    }
    Ok(rows)
}

/// Rows of one file that are the same service: city, kind and first name, case aside.
fn same_key(city: &str, kind: &str, name: &str) -> (String, String, String) {
    (city.to_lowercase(), kind.to_owned(), name.to_lowercase())
}

/// The entries a country's directory holds, with their texts.
type Stored = Vec<(referral_service::Model, Vec<referral_service_text::Model>)>;

/// Reads the file and checks every row against the country's directory: ids of another
/// country's entries (or none) and rows that repeat an earlier one. Returns the directory too.
async fn checked_rows(
    db: &impl ConnectionTrait,
    country_code: &str,
    csv_text: &str,
) -> Result<Result<(Vec<Read>, Stored), Problem>, AppError> {
    let mut rows = match parse(csv_text) {
        Ok(rows) => rows,
        Err(problem) => return Ok(Err(problem)),
    };
    let existing = stored(db, country_code).await?;
    let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
    for r in &mut rows {
        if let Some(id) = r.row.id.filter(|id| !existing.iter().any(|(s, _)| s.id == *id)) {
            r.row.problems.push(Problem::NoSuchEntry { id: id.to_string() });
        }
        let key = same_key(&r.row.city, &r.row.kind.to_lowercase(), &r.row.name);
        if let Some(line) = seen.insert(key, r.row.line) {
            r.row.problems.push(Problem::SameAsLine { line });
        }
    }
    Ok(Ok((rows, existing)))
}

/// Every row of the file and its problems. Writes nothing.
pub async fn preview(
    db: &DatabaseConnection,
    country_code: &str,
    csv_text: &str,
) -> Result<DirectoryImportPreview, AppError> {
    Ok(match checked_rows(db, country_code, csv_text).await? {
        Ok((rows, _)) => DirectoryImportPreview {
            rows: rows.into_iter().map(|r| r.row).collect(),
            file_problem: None,
        },
        Err(problem) => DirectoryImportPreview { rows: vec![], file_problem: Some(problem) },
    })
}

/// Imports the rows, in one transaction: all of them, or with `only_valid` the rows without a
/// problem. Returns how many entries were added and how many changed.
pub async fn import(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    country_code: &str,
    csv_text: &str,
    only_valid: bool,
    address: &str,
) -> Result<(usize, usize), AppError> {
    let (country_code, _) = directory::country_named(db, country_code, Locale::En).await?;
    // Checked inside the write, the directory taken: two imports of one file at once are one
    // after the other, and the second finds the first's entries.
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    entries::lock_directory(&txn, &country_code).await?;
    let (rows, existing) =
        checked_rows(&txn, &country_code, csv_text).await?.map_err(|p| p.at("csv"))?;
    let invalid = rows.iter().filter(|r| !r.row.problems.is_empty()).count();
    if invalid > 0 && !only_valid {
        return Err(Problem::ImportRowsHaveProblems { rows: invalid }.at("csv"));
    }
    let (mut added, mut changed) = (0, 0);
    for r in rows.iter().filter(|r| r.row.problems.is_empty()) {
        let Some(checked) = &r.checked else { continue };
        let same = match r.row.id {
            Some(id) => existing.iter().map(|(s, _)| s).find(|s| s.id == id),
            None => entries::same_service(&existing, checked),
        };
        let adding = same.is_none();
        let (id, fields) = entries::write(
            &txn,
            actor,
            &country_code,
            same.cloned(),
            checked,
            false,
            r.verified_on,
        )
        .await?;
        let (action, detail) = if adding {
            added += 1;
            (
                AuditAction::ReferralAdded,
                format!("{country_code} · {} · {} (import)", checked.city, r.row.name),
            )
        } else if fields.is_empty() {
            continue;
        } else {
            changed += 1;
            (
                AuditAction::ReferralChanged,
                format!("{country_code} · {}: {} (import)", r.row.name, fields.join(", ")),
            )
        };
        crate::services::audit::record_referral(&txn, actor.id, action, id, detail, address)
            .await?;
    }
    txn.commit().await?;
    Ok((added, changed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_reads_with_every_problem_of_every_row() {
        let csv = "city,kind,phones,name_en,name_ar,serves,languages\n\
                   Beirut,shelter,+961 0 000 0101,Demo shelter,,women,ar\n\
                   Beirut,spa,,=HYPERLINK(\"http://x\"),,women,xx\n\
                   ,hotline,'+961 0 000 0102,Line,,,\n";
        let rows = parse(csv).unwrap();
        assert!(rows[0].row.problems.is_empty(), "{:?}", rows[0].row.problems);
        let second = &rows[1].row.problems;
        assert!(second.contains(&Problem::ChooseServiceKind), "{second:?}");
        assert!(second.contains(&Problem::PhoneMissing), "{second:?}");
        assert!(
            second.contains(&Problem::CellLooksLikeFormula { column: "name_en".into() }),
            "{second:?}"
        );
        assert!(
            second.contains(&Problem::UnknownSpokenLanguage { code: "xx".into() }),
            "{second:?}"
        );
        assert_eq!(rows[2].row.problems, [Problem::CityRequired], "the export's mark is read back");
    }

    #[test]
    fn a_file_without_the_needed_columns_is_refused_whole() {
        assert!(matches!(parse("name,phone\nx,1\n"), Err(Problem::CsvColumnsMissing { .. })));
        assert_eq!(column_of("entry[texts][fr][hours]"), "hours_fr");
        assert_eq!(column_of("entry[city]"), "city");
    }
}
