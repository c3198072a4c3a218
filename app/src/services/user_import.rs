//! Bulk import of people from CSV: a preview that names every row's problem, then an import
//! that writes all rows or only the good ones — in one transaction, never half a row.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::entities::{agency, country, user};
use crate::i18n::Locale;
use crate::model::{
    accounts::{CurrentUser, Role, email_key, valid_email},
    audit::AuditAction,
    error::AppError,
    import::{COLUMNS, ImportPreview, ImportRow, IssuedPassword, MAX_ROWS},
};
use crate::services::{audit, passwords, users};

/// Parses and checks a file against the database; writes nothing.
pub async fn preview(db: &impl ConnectionTrait, csv_text: &str) -> Result<ImportPreview, AppError> {
    let mut preview = match parse(csv_text) {
        Ok(rows) => ImportPreview { rows, file_problem: None },
        Err(problem) => return Ok(ImportPreview { rows: vec![], file_problem: Some(problem) }),
    };
    check_against_database(db, &mut preview.rows).await?;
    Ok(preview)
}

/// Imports the file. With problems in it, writes nothing unless `only_valid`, then writes the
/// good rows only. Returns the first password of every account created.
pub async fn import(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    csv_text: &str,
    only_valid: bool,
    address: &str,
) -> Result<Vec<IssuedPassword>, AppError> {
    let txn = crate::services::transactions::write(db).await?;
    // Checked again inside the transaction: the preview may be stale.
    let checked = preview(&txn, csv_text).await?;
    if let Some(problem) = checked.file_problem {
        return Err(AppError::invalid("file", problem));
    }
    if checked.invalid() > 0 && !only_valid {
        return Err(AppError::invalid(
            "file",
            format!(
                "{} row(s) have problems. Fix them, or import only the valid rows.",
                checked.invalid()
            ),
        ));
    }
    let agencies = agency_ids(&txn).await?;
    let mut issued = Vec::new();
    for row in checked.rows.into_iter().filter(|r| r.problems.is_empty()) {
        let role = Role::from_code(&row.role).expect("checked");
        let agency_id = agencies.get(&agency_key(&row.country, &row.agency)).copied();
        let password = passwords::temporary_password();
        let hash = passwords::hash(password.clone()).await?;
        users::insert(&txn, &row.email, &row.name, role, agency_id, Locale::En, hash).await?;
        issued.push(IssuedPassword { email: row.email, name: row.name, password });
    }
    let detail = format!("{} account(s) created", issued.len());
    audit::record(&txn, Some(actor.id), AuditAction::UsersImported, None, detail, Some(address))
        .await?;
    txn.commit().await?;
    Ok(issued)
}

/// Largest upload read, in bytes (2,000 rows are far smaller).
const MAX_UPLOAD: usize = 1024 * 1024;

/// The CSV text of an upload form: the file if one was chosen, else the pasted text.
pub async fn read_upload(
    data: leptos::server_fn::codec::MultipartData,
) -> Result<String, AppError> {
    let unreadable = |e: multer::Error| {
        AppError::invalid("file", format!("The upload did not arrive whole ({e}). Try again."))
    };
    let mut multipart =
        data.into_inner().ok_or_else(|| AppError::internal("multipart body missing"))?;
    let (mut file, mut pasted) = (String::new(), String::new());
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(unreadable)?;
        if bytes.len() > MAX_UPLOAD {
            return Err(AppError::invalid("file", "The file is larger than 1 MB."));
        }
        let text = String::from_utf8(bytes.to_vec()).map_err(|_| {
            AppError::invalid(
                "file",
                "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8\".",
            )
        })?;
        match name.as_str() {
            "file" => file = text,
            "text" => pasted = text,
            _ => {}
        }
    }
    let csv = if file.trim().is_empty() { pasted } else { file };
    if csv.trim().is_empty() {
        return Err(AppError::invalid("file", "Choose a CSV file, or paste its contents."));
    }
    Ok(csv)
}

/// Reads rows and checks what needs no database: columns, email syntax, names, roles,
/// duplicates within the file.
fn parse(csv_text: &str) -> Result<Vec<ImportRow>, String> {
    let text = csv_text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or_default();
    // Spreadsheets in many locales save with semicolons; a copied range pastes with tabs.
    let delimiter = [b'\t', b';']
        .into_iter()
        .find(|d| first_line.contains(*d as char) && !first_line.contains(','))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| format!("The file cannot be read as CSV: {e}"))?;
    let position: HashMap<String, usize> =
        headers.iter().enumerate().map(|(i, h)| (h.to_lowercase(), i)).collect();
    let missing: Vec<&str> =
        COLUMNS.iter().copied().filter(|c| !position.contains_key(*c)).collect();
    if !missing.is_empty() {
        return Err(format!(
            "The first line must name the columns {}; missing: {}.",
            COLUMNS.join(", "),
            missing.join(", ")
        ));
    }
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        if rows.len() == MAX_ROWS {
            return Err(format!(
                "At most {MAX_ROWS} people per file; split it into several files."
            ));
        }
        let record = record.map_err(|e| format!("Line {line} cannot be read: {e}"))?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |name: &str| record.get(position[name]).unwrap_or_default().to_owned();
        let mut row = ImportRow {
            line,
            email: cell("email"),
            name: cell("name"),
            role: cell("role").to_lowercase(),
            agency: cell("agency"),
            country: cell("country").to_uppercase(),
            problems: vec![],
        };
        if !valid_email(&row.email) {
            row.problems.push("The email is not valid.".into());
        } else if !seen.insert(email_key(&row.email)) {
            row.problems.push("This email appears earlier in the file.".into());
        }
        if let Err(e) = users::check_display_name(&row.name) {
            row.problems.push(e.to_string());
        }
        match Role::from_code(&row.role) {
            None => row.problems.push(format!(
                "Unknown role \"{}\": use trainee, supervisor, trainer or admin.",
                row.role
            )),
            Some(role) if role.needs_agency() && row.agency.is_empty() => {
                row.problems.push("Trainees and supervisors need an agency.".into());
            }
            Some(_) => {}
        }
        for (what, value) in [("agency", &row.agency), ("country", &row.country)] {
            if users::looks_like_formula(value) {
                row.problems.push(format!("The {what} cannot begin with = + - or @."));
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Flags emails already registered and agencies or countries that do not exist.
async fn check_against_database(
    db: &impl ConnectionTrait,
    rows: &mut [ImportRow],
) -> Result<(), AppError> {
    let keys: Vec<String> = rows.iter().map(|r| email_key(&r.email)).collect();
    let mut registered = HashSet::new();
    for chunk in keys.chunks(500) {
        let found: Vec<String> = user::Entity::find()
            .filter(user::Column::EmailKey.is_in(chunk.iter().cloned()))
            .all(db)
            .await?
            .into_iter()
            .map(|u| u.email_key)
            .collect();
        registered.extend(found);
    }
    let countries: HashSet<String> =
        country::Entity::find().all(db).await?.into_iter().map(|c| c.code).collect();
    let agencies = agency_ids(db).await?;
    for row in rows.iter_mut() {
        if registered.contains(&email_key(&row.email)) {
            row.problems.push("This email is already registered.".into());
        }
        if !row.country.is_empty() && !countries.contains(&row.country) {
            row.problems.push(format!("Unknown country \"{}\".", row.country));
        } else if !row.agency.is_empty()
            && !agencies.contains_key(&agency_key(&row.country, &row.agency))
        {
            row.problems.push(format!("No agency \"{}\" in {}.", row.agency, row.country));
        }
        if row.country.is_empty() && !row.agency.is_empty() {
            row.problems.push("Give the agency's country.".into());
        }
    }
    Ok(())
}

fn agency_key(country: &str, name: &str) -> (String, String) {
    (country.to_uppercase(), name.trim().to_lowercase())
}

async fn agency_ids(db: &impl ConnectionTrait) -> Result<HashMap<(String, String), i32>, AppError> {
    Ok(agency::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (agency_key(&a.country_code, &a.name), a.id))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn needs_the_columns_in_any_order() {
        let rows = parse("Country,Email,NAME,role,agency\nJO,a@b.org,Amal,trainee,PSD\n").unwrap();
        assert_eq!(rows[0].email, "a@b.org");
        assert_eq!(rows[0].country, "JO");
        assert!(rows[0].problems.is_empty());
        let err = parse("email,name\nx@y.org,X\n").unwrap_err();
        assert!(err.contains("missing: role, agency, country"), "{err}");
    }

    #[test]
    fn flags_each_problem_of_a_row() {
        let csv = "\u{feff}email;name;role;agency;country\n\
                   bad-email;=HYPERLINK(\"x\");boss;;JO\n\
                   a@b.org;Amal;trainee;PSD;JO\n\
                   A@B.org;Amal again;trainee;PSD;JO\n\
                   ;;;;\n";
        let rows = parse(csv).unwrap();
        assert_eq!(rows.len(), 3, "the blank line is skipped");
        let first = &rows[0].problems;
        assert!(first.iter().any(|p| p.contains("email is not valid")));
        assert!(first.iter().any(|p| p.contains("= + - or @")));
        assert!(first.iter().any(|p| p.contains("Unknown role")));
        assert!(rows[1].problems.is_empty());
        assert_eq!(rows[2].problems, ["This email appears earlier in the file."]);
        assert_eq!(rows[2].line, 4);
    }

    #[test]
    fn keeps_arabic_names() {
        let rows =
            parse("email,name,role,agency,country\nm@x.org,مريم الحسن,trainee,PSD,JO\n").unwrap();
        assert_eq!(rows[0].name, "مريم الحسن");
        assert!(rows[0].problems.is_empty());
    }
}
