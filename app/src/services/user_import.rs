//! Bulk import of people from CSV: a preview that names every row's problem, then an import
//! that writes all rows or only the good ones — in one short transaction, never half a row.
//!
//! An import runs under its form's one-time key (made when the file is uploaded): the same key
//! twice — a double click, a retry — answers with the first import's outcome and never imports
//! again. First passwords are stored nowhere: each follows from the key, which only the admin's
//! browser keeps (the database has its SHA-256), and a random secret kept with the import until
//! the import page has shown them once.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, SqlErr, sea_query::Expr,
};
use sha2::{Digest, Sha256};

use crate::entities::{agency, country, user, user_import};
use crate::model::locale::Locale;
use crate::model::{
    accounts::{CurrentUser, Role, email_key, valid_email},
    audit::AuditAction,
    error::AppError,
    import::{COLUMNS, ImportPreview, ImportProgress, ImportRow, IssuedPassword, MAX_ROWS},
    problem::Problem,
};
use crate::services::{audit, passwords, sessions, transactions, users};

/// First passwords hashed between two progress updates.
const PROGRESS_EVERY: usize = 20;
/// How long a request waits for another one with the same key to finish (2,000 hashes).
const SAME_KEY_WAIT: std::time::Duration = std::time::Duration::from_secs(300);
/// An import not finished after this long is no longer shown as under way (the server stopped).
const RUNNING_AT_MOST: Duration = Duration::minutes(30);
/// Imports are forgotten after this (they hold emails and names, never a password).
const KEEP_IMPORTS: Duration = Duration::days(1);

/// Parses and checks a file against the database; writes nothing.
pub async fn preview(db: &impl ConnectionTrait, csv_text: &str) -> Result<ImportPreview, AppError> {
    let mut preview = match parse(csv_text) {
        Ok(rows) => ImportPreview { rows, file_problem: None },
        Err(problem) => return Ok(ImportPreview { rows: vec![], file_problem: Some(problem) }),
    };
    check_against_database(db, &mut preview.rows).await?;
    Ok(preview)
}

/// A key from an import form, if it can be one (as [`sessions::new_token`] makes them).
pub fn checked_key(key: &str) -> Result<String, AppError> {
    let key = key.trim();
    let well_formed = (16..=64).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if well_formed { Ok(key.to_owned()) } else { Err(Problem::ImportFormOutOfDate.at("file")) }
}

/// Imports the file under `key`. With problems in it, writes nothing unless `only_valid`, then
/// writes the good rows only. Returns how many accounts were created; the same key again returns
/// that count (waiting while the first import runs) and imports nothing.
pub async fn import(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    csv_text: &str,
    only_valid: bool,
    key: &str,
    address: &str,
) -> Result<usize, AppError> {
    let key_hash = sessions::token_hash(key);
    if let Some(created) = outcome_under(db, actor, &key_hash).await? {
        return Ok(created);
    }
    let rows = importable(db, csv_text, only_valid).await?;
    let secret = sessions::new_token();
    if !claim(db, actor, &key_hash, &secret, rows.len()).await? {
        // A request with the same key got there between our look and our claim.
        return outcome_under(db, actor, &key_hash).await?.ok_or_else(interrupted);
    }
    let job = Job {
        db: db.clone(),
        actor_id: actor.id,
        csv: csv_text.to_owned(),
        only_valid,
        key: key.to_owned(),
        key_hash,
        secret,
        address: address.to_owned(),
    };
    // On a task of its own: a browser that stops waiting (a double click drops the first
    // request) must not stop an import halfway, with its key claimed and nothing written.
    tokio::spawn(job.run(rows)).await.map_err(AppError::internal)?
}

/// How long an import's first passwords can be shown: the life of the key's cookie.
const SHOWABLE_FOR: chrono::Duration = chrono::Duration::minutes(30);

/// Drops the secret of every import older than [`SHOWABLE_FOR`]: its key's cookie has expired,
/// so nobody can be shown its passwords any more, and the secret need not be kept.
async fn forget_stale_secrets(db: &DatabaseConnection) -> Result<(), DbErr> {
    user_import::Entity::update_many()
        .col_expr(user_import::Column::Secret, Expr::value(Option::<String>::None))
        .filter(user_import::Column::Secret.is_not_null())
        .filter(user_import::Column::StartedAt.lt(Utc::now() - SHOWABLE_FOR))
        .exec(db)
        .await?;
    Ok(())
}

/// What the import page shows: the import under `key` (or else the actor's import under way),
/// with the first passwords on the first view after it finished — which drops the secret they
/// follow from, so that no later view, and no copy of the database, can show them again.
pub async fn status(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    key: Option<&str>,
) -> Result<ImportProgress, AppError> {
    forget_stale_secrets(db).await?;
    let found = match key {
        Some(key) => user_import::Entity::find_by_id(sessions::token_hash(key)).one(db).await?,
        None => None,
    };
    let (Some(key), Some(record)) = (key, found.filter(|r| r.actor_id == actor.id)) else {
        return Ok(running(db, actor).await?.map_or(ImportProgress::Nothing, |r| under_way(&r)));
    };
    if record.finished_at.is_none() {
        return Ok(under_way(&record));
    }
    let people = people_of(&record);
    let Some(secret) = record.secret else {
        return Ok(ImportProgress::Shown { created: people.len() });
    };
    // Taken by exactly one view, even when two load at once.
    let taken = user_import::Entity::update_many()
        .col_expr(user_import::Column::Secret, Expr::value(Option::<String>::None))
        .col_expr(user_import::Column::ShownAt, Expr::value(Utc::now()))
        .filter(user_import::Column::KeyHash.eq(&record.key_hash))
        .filter(user_import::Column::Secret.is_not_null())
        .exec(db)
        .await?
        .rows_affected
        == 1;
    if !taken {
        return Ok(ImportProgress::Shown { created: people.len() });
    }
    let issued = people
        .into_iter()
        .map(|(email, name)| {
            let password = first_password(key, &secret, &email);
            IssuedPassword { email, name, password }
        })
        .collect();
    Ok(ImportProgress::Done { issued })
}

/// The rows to import, checked: the whole file is refused when it has problems, unless
/// `only_valid`.
async fn importable(
    db: &impl ConnectionTrait,
    csv_text: &str,
    only_valid: bool,
) -> Result<Vec<ImportRow>, AppError> {
    let checked = preview(db, csv_text).await?;
    if let Some(problem) = checked.file_problem {
        return Err(problem.at("file"));
    }
    if checked.invalid() > 0 && !only_valid {
        return Err(Problem::ImportRowsHaveProblems { rows: checked.invalid() }.at("file"));
    }
    Ok(checked.rows.into_iter().filter(|r| r.problems.is_empty()).collect())
}

/// Records the import under its key, before any work: false when a request with the same key
/// did so first (the key is the primary key, so two at once cannot both claim it).
async fn claim(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    key_hash: &str,
    secret: &str,
    total: usize,
) -> Result<bool, AppError> {
    let now = Utc::now();
    user_import::Entity::delete_many()
        .filter(user_import::Column::StartedAt.lt(now - KEEP_IMPORTS))
        .exec(db)
        .await?;
    let record = user_import::ActiveModel {
        key_hash: Set(key_hash.to_owned()),
        actor_id: Set(actor.id),
        started_at: Set(now),
        total: Set(total as i32),
        hashed: Set(0),
        finished_at: Set(None),
        people: Set(None),
        secret: Set(Some(secret.to_owned())),
        shown_at: Set(None),
    };
    match user_import::Entity::insert(record).exec_without_returning(db).await {
        Ok(_) => Ok(true),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// How many accounts the import under `key_hash` created, once it has finished — waiting while
/// it runs. None when there is none (or it failed and gave its key back).
async fn outcome_under(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    key_hash: &str,
) -> Result<Option<usize>, AppError> {
    let give_up = tokio::time::Instant::now() + SAME_KEY_WAIT;
    loop {
        let found = user_import::Entity::find_by_id(key_hash.to_owned()).one(db).await?;
        let Some(record) = found else { return Ok(None) };
        if record.actor_id != actor.id {
            return Err(AppError::NotFound);
        }
        if record.finished_at.is_some() {
            return Ok(Some(people_of(&record).len()));
        }
        if tokio::time::Instant::now() >= give_up {
            return Err(Problem::ImportStillRunning.at("file"));
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
}

fn interrupted() -> AppError {
    Problem::ImportIncomplete.at("file")
}

/// The actor's latest import still under way.
async fn running(
    db: &DatabaseConnection,
    actor: &CurrentUser,
) -> Result<Option<user_import::Model>, AppError> {
    Ok(user_import::Entity::find()
        .filter(user_import::Column::ActorId.eq(actor.id))
        .filter(user_import::Column::FinishedAt.is_null())
        .filter(user_import::Column::StartedAt.gt(Utc::now() - RUNNING_AT_MOST))
        .order_by_desc(user_import::Column::StartedAt)
        .one(db)
        .await?)
}

fn under_way(record: &user_import::Model) -> ImportProgress {
    ImportProgress::Running { hashed: record.hashed as usize, total: record.total as usize }
}

/// The emails and names of the accounts an import created.
fn people_of(record: &user_import::Model) -> Vec<(String, String)> {
    record.people.as_deref().and_then(|json| serde_json::from_str(json).ok()).unwrap_or_default()
}

/// The first password of `email` in the import under `key` with `secret`: the same each time it
/// is worked out, so it is never stored. 15 characters in three groups, without look-alike
/// letters, like [`passwords::temporary_password`].
fn first_password(key: &str, secret: &str, email: &str) -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let digest = Sha256::new()
        .chain_update(b"frontline first password\0")
        .chain_update(secret)
        .chain_update(b"\0")
        .chain_update(key)
        .chain_update(b"\0")
        .chain_update(email_key(email))
        .finalize();
    let chars: Vec<char> =
        digest[..15].iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    chars.chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// One import's work, owned, so that it can run on a task of its own.
struct Job {
    db: DatabaseConnection,
    actor_id: i32,
    csv: String,
    only_valid: bool,
    key: String,
    key_hash: String,
    secret: String,
    address: String,
}

impl Job {
    async fn run(self, rows: Vec<ImportRow>) -> Result<usize, AppError> {
        let outcome = self.hash_then_write(rows).await;
        if outcome.is_err() {
            // Nothing was written: the key is free again, for the same form sent once more.
            let freed =
                user_import::Entity::delete_by_id(self.key_hash.clone()).exec(&self.db).await;
            if let Err(e) = freed {
                tracing::warn!("could not free a failed import's key: {e}");
            }
        }
        outcome
    }

    async fn hash_then_write(&self, rows: Vec<ImportRow>) -> Result<usize, AppError> {
        // Hashing first, outside any transaction: at tens of milliseconds a person, a write
        // transaction held meanwhile would stall every sign-in, autosave and submit (SQLite has
        // one writer). One hash at a time leaves the other cores to sign-ins.
        let mut hashes = HashMap::new();
        for (done, row) in rows.iter().enumerate() {
            let password = first_password(&self.key, &self.secret, &row.email);
            hashes.insert(email_key(&row.email), passwords::hash_in_turn(password).await?);
            if (done + 1) % PROGRESS_EVERY == 0 {
                self.progress(done + 1).await?;
            }
        }
        // Then one short transaction, checking the file again: the database may have changed.
        let (txn, _turn) = transactions::write(&self.db).await?;
        let agencies = agency_ids(&txn).await?;
        let (mut people, mut ids) = (Vec::new(), Vec::new());
        for row in importable(&txn, &self.csv, self.only_valid).await? {
            // A row that became valid only now was not counted as ready: left out.
            let Some(hash) = hashes.remove(&email_key(&row.email)) else { continue };
            let role = Role::from_code(&row.role).expect("checked");
            let agency_id = agencies.get(&agency_key(&row.country, &row.agency)).copied();
            let id = users::insert(&txn, &row.email, &row.name, role, agency_id, Locale::En, hash)
                .await?;
            ids.push(id);
            people.push((row.email, row.name));
        }
        // A first password is for the first sign-in only.
        if !ids.is_empty() {
            user::Entity::update_many()
                .col_expr(user::Column::MustChangePassword, Expr::value(true))
                .filter(user::Column::Id.is_in(ids))
                .exec(&txn)
                .await?;
        }
        let detail = format!("{} account(s) created", people.len());
        let (actor, address) = (Some(self.actor_id), Some(self.address.as_str()));
        audit::record(&txn, actor, AuditAction::UsersImported, None, detail, address).await?;
        let people_json = serde_json::to_string(&people).map_err(AppError::internal)?;
        user_import::Entity::update_many()
            .col_expr(user_import::Column::FinishedAt, Expr::value(Utc::now()))
            .col_expr(user_import::Column::Hashed, Expr::value(rows.len() as i32))
            .col_expr(user_import::Column::People, Expr::value(people_json))
            .filter(user_import::Column::KeyHash.eq(&self.key_hash))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(people.len())
    }

    /// How far the hashing got, for the import page (a write of its own, not a transaction).
    async fn progress(&self, hashed: usize) -> Result<(), AppError> {
        user_import::Entity::update_many()
            .col_expr(user_import::Column::Hashed, Expr::value(hashed as i32))
            .filter(user_import::Column::KeyHash.eq(&self.key_hash))
            .exec(&self.db)
            .await?;
        Ok(())
    }
}

/// Largest upload read, in bytes (2,000 rows are far smaller). The router's body limits
/// (`server/src/middleware/body_limit.rs`) are sized from it.
pub const MAX_UPLOAD: usize = 1024 * 1024;

/// Whether a `Content-Type` names a multipart form with its boundary — without one, server_fn's
/// multipart decoder panics before the server function runs, so the router checks first.
pub fn has_multipart_boundary(content_type: &str) -> bool {
    multer::parse_boundary(content_type).is_ok()
}

/// The CSV text of an upload form: the file if one was chosen, else the pasted text.
pub async fn read_upload(
    data: leptos::server_fn::codec::MultipartData,
) -> Result<String, AppError> {
    let unreadable = |e: multer::Error| {
        tracing::info!("an upload did not arrive whole: {e}");
        Problem::UploadIncomplete.at("file")
    };
    let mut multipart =
        data.into_inner().ok_or_else(|| AppError::internal("multipart body missing"))?;
    let (mut file, mut pasted) = (String::new(), String::new());
    while let Some(mut field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        // Read piece by piece and stopped at the limit, not taken whole and measured after.
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
            if bytes.len() + chunk.len() > MAX_UPLOAD {
                return Err(Problem::FileTooLarge { max_mb: MAX_UPLOAD >> 20 }.at("file"));
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = String::from_utf8(bytes).map_err(|_| Problem::FileNotUtf8.at("file"))?;
        match name.as_str() {
            "file" => file = text,
            "text" => pasted = text,
            _ => {}
        }
    }
    let csv = if file.trim().is_empty() { pasted } else { file };
    if csv.trim().is_empty() {
        return Err(Problem::FileMissing.at("file"));
    }
    Ok(csv)
}

/// Reads rows and checks what needs no database: columns, email syntax, names, roles,
/// duplicates within the file.
fn parse(csv_text: &str) -> Result<Vec<ImportRow>, Problem> {
    let mut reader = crate::services::csv_import::reader(csv_text);
    let headers = reader.headers().map_err(|_| Problem::CsvUnreadable)?;
    let position = crate::services::csv_import::positions(headers);
    let missing: Vec<&str> =
        COLUMNS.iter().copied().filter(|c| !position.contains_key(*c)).collect();
    if !missing.is_empty() {
        let names = |list: &[&str]| list.iter().map(|c| c.to_string()).collect();
        return Err(Problem::CsvColumnsMissing {
            expected: names(&COLUMNS),
            missing: names(&missing),
        });
    }
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        if rows.len() == MAX_ROWS {
            return Err(Problem::CsvTooManyRows { max: MAX_ROWS });
        }
        let record = record.map_err(|_| Problem::CsvLineUnreadable { line })?;
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
            row.problems.push(Problem::EmailNotValid);
        } else if !seen.insert(email_key(&row.email)) {
            row.problems.push(Problem::EmailEarlierInFile);
        }
        if let Err(AppError::Invalid { problem, .. }) = users::check_display_name(&row.name) {
            row.problems.push(problem);
        }
        match Role::from_code(&row.role) {
            None => row.problems.push(Problem::UnknownRole { role: row.role.clone() }),
            Some(role) if role.needs_agency() && row.agency.is_empty() => {
                row.problems.push(Problem::AgencyMissing);
            }
            Some(_) => {}
        }
        for (what, value) in [("agency", &row.agency), ("country", &row.country)] {
            if users::looks_like_formula(value) {
                row.problems.push(Problem::CellLooksLikeFormula { column: what.into() });
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
            row.problems.push(Problem::EmailTaken);
        }
        if !row.country.is_empty() && !countries.contains(&row.country) {
            row.problems.push(Problem::UnknownCountry { code: row.country.clone() });
        } else if !row.agency.is_empty()
            && !agencies.contains_key(&agency_key(&row.country, &row.agency))
        {
            row.problems.push(Problem::NoAgencyInCountry {
                agency: row.agency.clone(),
                country: row.country.clone(),
            });
        }
        if row.country.is_empty() && !row.agency.is_empty() {
            row.problems.push(Problem::AgencyNeedsCountry);
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
    use super::{checked_key, first_password, has_multipart_boundary, parse};
    use crate::model::problem::Problem;
    use crate::services::passwords::check_new_password;

    #[test]
    fn first_passwords_follow_from_key_secret_and_email_only() {
        let (key, secret) = ("k".repeat(43), "s".repeat(43));
        let amal = first_password(&key, &secret, "amal@psd.example");
        assert_eq!(amal, first_password(&key, &secret, " AMAL@psd.example"), "by email key");
        assert_eq!(amal.len(), 17);
        assert!(check_new_password(&amal).is_ok());
        assert_ne!(amal, first_password(&key, &secret, "tariq@psd.example"));
        assert_ne!(amal, first_password(&"x".repeat(43), &secret, "amal@psd.example"));
        assert_ne!(amal, first_password(&key, &"x".repeat(43), "amal@psd.example"));
    }

    #[test]
    fn import_keys_are_what_the_upload_makes() {
        assert!(checked_key(&crate::services::sessions::new_token()).is_ok());
        assert!(checked_key("short").is_err());
        assert!(checked_key("with spaces and ; cookies=1").is_err());
        assert!(checked_key(&"a".repeat(65)).is_err());
    }

    #[test]
    fn a_multipart_form_needs_its_boundary() {
        assert!(has_multipart_boundary("multipart/form-data; boundary=XyZ"));
        assert!(!has_multipart_boundary("multipart/form-data"));
        assert!(!has_multipart_boundary("multipart/form-data; charset=utf-8"));
        assert!(!has_multipart_boundary("application/x-www-form-urlencoded"));
        assert!(!has_multipart_boundary(""));
    }

    #[test]
    fn needs_the_columns_in_any_order() {
        let rows = parse("Country,Email,NAME,role,agency\nJO,a@b.org,Amal,trainee,PSD\n").unwrap();
        assert_eq!(rows[0].email, "a@b.org");
        assert_eq!(rows[0].country, "JO");
        assert!(rows[0].problems.is_empty());
        let err = parse("email,name\nx@y.org,X\n").unwrap_err();
        let Problem::CsvColumnsMissing { missing, .. } = err else { panic!("{err:?}") };
        assert_eq!(missing, ["role", "agency", "country"]);
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
        assert!(first.contains(&Problem::EmailNotValid));
        assert!(first.contains(&Problem::NameLooksLikeFormula));
        assert!(first.contains(&Problem::UnknownRole { role: "boss".into() }));
        assert!(rows[1].problems.is_empty());
        assert_eq!(rows[2].problems, [Problem::EmailEarlierInFile]);
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
