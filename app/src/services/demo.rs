//! Demo data: agencies in the five countries, a supervisor and trainees in each, a trainer and an
//! admin — so a newcomer can sign in as every role on first start. Only in demo mode, and only
//! into a database without people.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use crate::entities::{agency, demo_credential, user};
use crate::model::locale::Locale;
use crate::model::{
    accounts::{AgencyKind, DemoSignIn, Role},
    audit::AuditAction,
    error::AppError,
};
use crate::services::{audit, authoring, passwords, sessions, users};

/// (country, agency, kind, email domain, supervisor, two trainees)
type DemoAgency =
    (&'static str, &'static str, AgencyKind, &'static str, &'static str, [&'static str; 2]);

const AGENCIES: &[DemoAgency] = &[
    (
        "EG",
        "Cairo Airport Passport Police",
        AgencyKind::BorderImmigration,
        "cairo-passports.demo",
        "Mona Farouk",
        ["Karim Mansour", "Hoda Samir"],
    ),
    (
        "EG",
        "Alexandria Child Protection Committee",
        AgencyKind::SocialWork,
        "alex-childprotection.demo",
        "Yasser Naguib",
        ["Dina Fathy", "Omar Zaki"],
    ),
    (
        "IQ",
        "Erbil Community Police",
        AgencyKind::LawEnforcement,
        "erbil-police.demo",
        "Shwan Aziz",
        ["Rezan Kareem", "Layla Hamid"],
    ),
    (
        "IQ",
        "Duhok Camp Health Services",
        AgencyKind::Health,
        "duhok-health.demo",
        "Nasreen Ali",
        ["Ahmed Saleh", "Zainab Hussein"],
    ),
    (
        "JO",
        "Public Security Directorate, Amman",
        AgencyKind::LawEnforcement,
        "psd-amman.demo",
        "Amal Haddad",
        ["Tariq Odeh", "Rania Khalil"],
    ),
    (
        "JO",
        "Zarqa Family Support Centre",
        AgencyKind::SocialWork,
        "zarqa-family.demo",
        "Basma Qasem",
        ["Faris Nassar", "Huda Shami"],
    ),
    (
        "JO",
        "Mafraq Refugee Aid Network",
        AgencyKind::CivilSociety,
        "mafraq-aid.demo",
        "Sami Daher",
        ["Noor Saad", "Walid Rafe"],
    ),
    (
        "LB",
        "General Security, Beirut",
        AgencyKind::BorderImmigration,
        "gs-beirut.demo",
        "Georges Khoury",
        ["Maya Haddad", "Ali Hamdan"],
    ),
    (
        "LB",
        "Bekaa Primary Health Network",
        AgencyKind::Health,
        "bekaa-health.demo",
        "Rima Saab",
        ["Hassan Moussa", "Nadine Karam"],
    ),
    (
        "TR",
        "Gaziantep Provincial Migration Office",
        AgencyKind::BorderImmigration,
        "gaziantep-migration.demo",
        "Ayse Demir",
        ["Mehmet Kaya", "Elif Sahin"],
    ),
    (
        "TR",
        "Hatay Social Services Centre",
        AgencyKind::SocialWork,
        "hatay-social.demo",
        "Emre Yildiz",
        ["Zeynep Arslan", "Mustafa Celik"],
    ),
    (
        "TR",
        "IOM Field Office, Sanliurfa",
        AgencyKind::InternationalOrg,
        "iom-sanliurfa.demo",
        "Selin Aydin",
        ["Omar Haj", "Fatma Koc"],
    ),
];

/// The demo country coordinator's sign-in (of Jordan).
pub const COORDINATOR: &str = "coordinator.jo@frontline.demo";

/// Seeds the demo accounts if the database has no people yet. Returns whether it seeded.
pub async fn seed_if_empty(db: &DatabaseConnection) -> Result<bool, AppError> {
    if user::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    // One generated password for every demo account (hashed once): never a password in the code.
    let password = passwords::temporary_password();
    let hash = passwords::hash(password.clone()).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let now = Utc::now();
    let mut shown = Vec::new();
    let mut jordan = None;
    for (i, (country, name, kind, domain, supervisor, trainees)) in AGENCIES.iter().enumerate() {
        let agency = agency::ActiveModel {
            country_code: Set((*country).into()),
            name: Set((*name).into()),
            kind: Set(*kind),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let email = |person: &str| format!("{}@{domain}", person.to_lowercase().replace(' ', "."));
        let sup_email = email(supervisor);
        users::insert(
            &txn,
            &sup_email,
            supervisor,
            Role::Supervisor,
            Some(agency.id),
            Locale::En,
            hash.clone(),
        )
        .await?;
        for trainee in trainees {
            let locale = if *country == "TR" { Locale::En } else { Locale::Ar };
            users::insert(
                &txn,
                &email(trainee),
                trainee,
                Role::Trainee,
                Some(agency.id),
                locale,
                hash.clone(),
            )
            .await?;
        }
        if i == 4 {
            jordan = Some(agency.id);
        }
        // Jordan and Lebanon side by side: the pair the country report compares.
        if matches!(i, 4 | 7) {
            shown.push((Role::Supervisor, sup_email, format!("Supervisor, {name}")));
            shown.push((Role::Trainee, email(trainees[0]), format!("Trainee, {name}")));
        }
    }
    for (role, email, note) in [
        (Role::Admin, "admin@frontline.demo", "Admin, all countries"),
        (Role::Trainer, "trainer@frontline.demo", "Trainer, writes the modules"),
    ] {
        let name = if role == Role::Admin { "Demo Admin" } else { "Layla Trainer" };
        users::insert(&txn, email, name, role, None, Locale::En, hash.clone()).await?;
        shown.insert(0, (role, email.to_owned(), note.to_owned()));
    }
    // Jordan's coordinator keeps its directory, agencies and people, and nothing elsewhere.
    let (email, name) = (COORDINATOR, "Hala Mansour");
    users::insert(&txn, email, name, Role::Coordinator, jordan, Locale::En, hash.clone()).await?;
    shown
        .insert(2, (Role::Coordinator, email.to_owned(), "Country coordinator, Jordan".to_owned()));
    for (role, email, note) in shown {
        demo_credential::ActiveModel {
            email: Set(email),
            role: Set(role.code().into()),
            password: Set(password.clone()),
            note: Set(note),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(true)
}

/// What a retired demo account keeps instead of a password hash: not a PHC string, so no
/// password matches it until an admin sets a new one.
pub const NO_PASSWORD: &str = "!";

/// The demo accounts: every email at a demo agency's domain or at `frontline.demo`.
fn demo_accounts() -> Condition {
    AGENCIES.iter().map(|a| a.3).chain(["frontline.demo"]).fold(Condition::any(), |any, domain| {
        any.add(user::Column::EmailKey.ends_with(format!("@{domain}")))
    })
}

/// Outside demo mode no demo account may sign in: their one password was printed at start-up
/// and shown on the sign-in page. At start-up they are deactivated, their sessions ended and
/// their stored passwords (the shown ones and the hashes) deleted. Returns how many accounts
/// it deactivated.
pub async fn retire(db: &DatabaseConnection) -> Result<usize, AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let usable = Condition::any()
        .add(user::Column::Active.eq(true))
        .add(user::Column::PasswordHash.ne(NO_PASSWORD));
    let accounts = user::Entity::find().filter(demo_accounts()).filter(usable).all(&txn).await?;
    if accounts.is_empty() {
        return Ok(0);
    }
    user::Entity::update_many()
        .col_expr(user::Column::Active, Expr::value(false))
        .col_expr(user::Column::PasswordHash, Expr::value(NO_PASSWORD))
        .filter(demo_accounts())
        .exec(&txn)
        .await?;
    let mut deactivated = 0;
    for account in accounts {
        // Out of the completion and gain counts, as any deactivation takes them.
        let retired = user::Model { active: false, ..account.clone() };
        crate::services::rollups::person_changed(&txn, Some(&account), &retired).await?;
        crate::services::evaluation::scores::person_changed(&txn, Some(&account), &retired).await?;
        sessions::revoke_all(&txn, account.id, None).await?;
        if account.active {
            deactivated += 1;
            let detail = "demo account, demo mode is off";
            audit::record(&txn, None, AuditAction::Deactivated, Some(account.id), detail, None)
                .await?;
        }
    }
    demo_credential::Entity::delete_many().exec(&txn).await?;
    txn.commit().await?;
    Ok(deactivated)
}

/// The demo curriculum (app/data/curriculum), written for front-line officers: each module in
/// English, with its translations (`NN-slug.LANG.json`, texts only, item for item).
pub const CURRICULUM: [(&str, &[&str]); 4] = [
    (
        include_str!("../../data/curriculum/01-what-is-trafficking.json"),
        &[
            include_str!("../../data/curriculum/01-what-is-trafficking.ar.json"),
            include_str!("../../data/curriculum/01-what-is-trafficking.fr.json"),
            include_str!("../../data/curriculum/01-what-is-trafficking.tr.json"),
        ],
    ),
    (
        include_str!("../../data/curriculum/02-recognising-indicators.json"),
        &[include_str!("../../data/curriculum/02-recognising-indicators.ar.json")],
    ),
    (
        include_str!("../../data/curriculum/03-first-contact.json"),
        &[include_str!("../../data/curriculum/03-first-contact.ar.json")],
    ),
    (
        include_str!("../../data/curriculum/04-referral-and-protection.json"),
        &[include_str!("../../data/curriculum/04-referral-and-protection.ar.json")],
    ),
];

/// A demo module as one document, its translations in it.
pub fn curriculum_document(
    (module, translations): (&str, &[&str]),
) -> Result<crate::model::authoring::ModuleDoc, serde_json::Error> {
    let mut doc: crate::model::authoring::ModuleDoc = serde_json::from_str(module)?;
    for t in translations {
        doc.translations.push(serde_json::from_str(t)?);
    }
    Ok(doc)
}

/// Imports and publishes the demo curriculum if there is no module yet, as the demo trainer (or
/// the first admin). Returns how many modules it added.
pub async fn seed_curriculum_if_empty(db: &DatabaseConnection) -> Result<usize, AppError> {
    if crate::entities::module::Entity::find().count(db).await? > 0 {
        return Ok(0);
    }
    let author = user::Entity::find()
        .filter(user::Column::Role.is_in([Role::Trainer, Role::Admin]))
        .order_by_desc(user::Column::Role)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("demo curriculum: no trainer or admin to author it"))?;
    let author = crate::services::auth::current_user(&author);
    for files in CURRICULUM {
        let doc = curriculum_document(files).map_err(AppError::internal)?;
        let json = serde_json::to_string(&doc).map_err(AppError::internal)?;
        let module_id = authoring::import(db, &author, &json).await?;
        let version = authoring::current_version(db, module_id).await?;
        authoring::publish(db, version.id).await.map_err(|problems| {
            AppError::internal(format!("demo curriculum does not publish: {problems:?}"))
        })?;
        for t in &doc.translations {
            let language = crate::model::locale::Locale::from_code(&t.language)
                .ok_or_else(|| AppError::internal("demo curriculum: unknown language"))?;
            crate::services::translations::publish(db, version.id, language).await?;
        }
    }
    crate::services::demo_activity::seed(db).await?;
    crate::services::demo_evaluation::seed(db).await?;
    Ok(CURRICULUM.len())
}

/// Adds the demonstration referral directory if it is empty, verified by the demo coordinator
/// (or the first admin). Returns how many entries it added.
pub async fn seed_directory_if_empty(db: &DatabaseConnection) -> Result<usize, AppError> {
    let by = user::Entity::find()
        .filter(user::Column::Role.is_in([Role::Coordinator, Role::Admin]))
        .order_by_desc(user::Column::Role)
        .one(db)
        .await?;
    let Some(by) = by else { return Ok(0) };
    crate::services::referrals::demo::seed_if_empty(db, &crate::services::auth::current_user(&by))
        .await
}

/// The demo sign-ins, in the order they are shown.
pub async fn sign_ins(db: &impl ConnectionTrait) -> Result<Vec<DemoSignIn>, AppError> {
    let rows = demo_credential::Entity::find()
        .order_by_asc(demo_credential::Column::Role)
        .order_by_asc(demo_credential::Column::Email)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| DemoSignIn {
            role: Role::from_code(&r.role).unwrap_or(Role::Trainee),
            email: r.email,
            password: r.password,
            note: r.note,
        })
        .collect())
}
