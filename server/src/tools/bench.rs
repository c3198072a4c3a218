//! `frontline bench`: the latency of every dashboard and report query on the current database.

use std::time::{Duration, Instant};

use app::{
    entities::{agency, module_version, user},
    model::{accounts::Role, authoring::VersionStatus},
    services::{auth::current_user, evaluation, item_analysis, learning, reports},
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

const RUNS: usize = 5;

async fn time<F, Fut, T>(name: &str, mut run: F) -> anyhow::Result<()>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, app::model::error::AppError>>,
{
    let mut times: Vec<Duration> = vec![];
    for _ in 0..RUNS {
        let started = Instant::now();
        run().await.map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        times.push(started.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<40} median {:>8.1} ms   max {:>8.1} ms",
        ms(times[RUNS / 2]),
        ms(times[RUNS - 1])
    );
    Ok(())
}

pub async fn run(db: &DatabaseConnection) -> anyhow::Result<()> {
    let users = user::Entity::find().count(db).await?;
    let attempts = app::entities::attempt::Entity::find().count(db).await?;
    println!(
        "{} on {users} people and {attempts} attempts, {RUNS} runs each:",
        db.get_database_backend_name()
    );
    let busiest = agency::Entity::find().order_by_desc(agency::Column::Id).one(db).await?;
    if let Some(a) = busiest {
        time(
            &format!(
                "agency dashboard ({} people)",
                user::Entity::find().filter(user::Column::AgencyId.eq(a.id)).count(db).await?
            ),
            || reports::agency_dashboard(db, a.id, reports::today()),
        )
        .await?;
        time("an agency's knowledge gain", || evaluation::reports::agency_evaluation(db, a.id))
            .await?;
    }
    time("country report", || reports::country_report(db)).await?;
    time("knowledge gain per country", || evaluation::reports::evaluation(db, None, true)).await?;
    time("knowledge gain in one country (JO)", || {
        evaluation::reports::evaluation_detail(db, "JO", None, true)
    })
    .await?;
    let year = evaluation::reports::last_months(12);
    time("programme summary (JO, 12 months)", || {
        evaluation::reports::programme(db, "JO", year.clone(), true)
    })
    .await?;
    time("one country, per agency and kind (JO)", || reports::country_detail(db, "JO")).await?;
    if let Some(v) = module_version::Entity::find()
        .filter(module_version::Column::Status.eq(VersionStatus::Published))
        .one(db)
        .await?
    {
        time("item analysis (one module)", || item_analysis::item_analysis(db, v.id)).await?;
    }
    if let Some(u) = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Trainee))
        .order_by_desc(user::Column::Id)
        .one(db)
        .await?
    {
        let me = current_user(&u);
        let admin = app::model::accounts::CurrentUser {
            role: app::model::accounts::Role::Admin,
            ..me.clone()
        };
        time("one trainee's progress page", || {
            reports::person_progress(db, &admin, u.id, reports::today())
        })
        .await?;
        time("trainee home (catalogue)", || async { Ok(learning::catalogue(db, &me).await?) })
            .await?;
    }
    Ok(())
}

trait BackendName {
    fn get_database_backend_name(&self) -> &'static str;
}

impl BackendName for DatabaseConnection {
    fn get_database_backend_name(&self) -> &'static str {
        match sea_orm::ConnectionTrait::get_database_backend(self) {
            sea_orm::DbBackend::Postgres => "PostgreSQL",
            sea_orm::DbBackend::Sqlite => "SQLite",
            _ => "database",
        }
    }
}
