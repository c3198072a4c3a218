//! Two transactions at once, as PostgreSQL runs them side by side (SQLite queues writers, so
//! there these pass by construction): each pair must end as if it had run one after the other.

use crate::helpers;

use app::model::{accounts::Role, authoring::validate_publishable};
use app::services::authoring::{self, Arrangement};
use app::services::{learning, positions::Ordered, rollups};
use helpers::{TestApp, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

const ROUNDS: usize = 8;

async fn admin(app: &TestApp) -> app::model::accounts::CurrentUser {
    let id = app.user("admin@x.example", Role::Admin, None).await;
    let u = app::entities::user::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
    app::services::auth::current_user(&u)
}

/// An admin moves a person to another agency while the person completes a module: the
/// completion is counted in the agency the person ends up in, and the running sums equal a
/// rebuild.
#[tokio::test]
async fn moving_a_person_while_they_complete_keeps_the_sums_exact() {
    let app = spawn_app().await;
    let admin = admin(&app).await;
    let (from, to) = (app.agency("JO", "PSD").await, app.agency("JO", "Border").await);
    let module = app.publish_curriculum(0, |_| {}).await;
    for round in 0..ROUNDS {
        let email = format!("p{round}@x.example");
        let id = app.user(&email, Role::Trainee, Some(from)).await;
        let u = app::entities::user::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        let me = app::services::auth::current_user(&u);
        let over = learning::overview(&app.db, &me, module, None).await.unwrap();
        for l in &over.lessons {
            learning::mark_read(&app.db, &me, module, l.id, None).await.unwrap();
        }
        let attempt = app::services::attempts::start(
            &app.db,
            &me,
            module,
            None,
            &format!("race-key-{round}-padding"),
        )
        .await
        .unwrap();
        let form = app.key_answers(attempt, true).await.into_iter().collect();
        let changes = app::model::users::UserChanges {
            display_name: u.display_name.clone(),
            role: "trainee".into(),
            agency_id: Some(to),
        };
        let (moved, passed) = tokio::join!(
            app::services::users::update(
                &app.db,
                &admin,
                &app::model::permissions::Reach::Everywhere,
                id,
                &changes,
                "127.0.0.1"
            ),
            app::services::attempts::submit(&app.db, &me, attempt, Some(&form)),
        );
        moved.unwrap();
        assert!(passed.unwrap().result().passed);
    }
    let kept = rollups::snapshot(&app.db).await.unwrap();
    rollups::rebuild(&app.db).await.unwrap();
    assert_eq!(kept, rollups::snapshot(&app.db).await.unwrap(), "sums drifted");
}

/// A question deleted while the draft is published: either the delete comes first (and the
/// publish is refused, "questions per attempt" no longer fits) or the publish does (and the
/// delete is refused: published versions are frozen). A published version is always valid.
#[tokio::test]
async fn an_edit_racing_a_publish_never_changes_a_published_version() {
    let app = spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    for round in 0..ROUNDS {
        let module = app
            .publish_curriculum(0, |d| {
                d.slug = format!("race-{round}");
                d.settings.questions_per_attempt = Some(d.questions.len() as i32);
            })
            .await;
        let draft = authoring::new_draft(&app.db, module).await.unwrap();
        let question = app::entities::question::Entity::find()
            .filter(app::entities::question::Column::VersionId.eq(draft))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let (deleted, published) = tokio::join!(
            authoring::arrange(&app.db, Ordered::Questions, question.id, Arrangement::Delete),
            authoring::publish(&app.db, draft),
        );
        assert!(
            deleted.is_ok() != published.is_ok(),
            "exactly one wins: {deleted:?} {published:?}"
        );
        let v = authoring::find_version(&app.db, draft).await.unwrap();
        if published.is_ok() {
            let doc = authoring::document(&app.db, &v).await.unwrap();
            assert_eq!(validate_publishable(&doc), vec![], "a published version is valid");
        }
    }
}

/// The places of a version's questions, in order.
async fn places(app: &TestApp, version: i32) -> Vec<i32> {
    let questions = app::entities::question::Entity::find()
        .filter(app::entities::question::Column::VersionId.eq(version))
        .order_by_asc(app::entities::question::Column::Position)
        .all(&app.db)
        .await
        .unwrap();
    questions.iter().map(|q| q.position).collect()
}

/// Questions added at once to one draft take distinct places 1…n, so the order a page is
/// drawn in is the order it is scored in.
#[tokio::test]
async fn questions_added_at_once_take_distinct_places() {
    let app = spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let draft = authoring::new_draft(&app.db, module).await.unwrap();
    let adds = (0..10).map(|_| {
        authoring::add_question(&app.db, draft, app::model::authoring::QuestionKind::Single)
    });
    for added in futures_util::future::join_all(adds).await {
        added.unwrap();
    }
    let before = places(&app, draft).await;
    assert_eq!(before, (1..=before.len() as i32).collect::<Vec<_>>());
    // Moving and deleting keep them distinct and without gaps.
    let first = app::entities::question::Entity::find()
        .filter(app::entities::question::Column::VersionId.eq(draft))
        .filter(app::entities::question::Column::Position.eq(1))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    authoring::arrange(&app.db, Ordered::Questions, first.id, Arrangement::Down).await.unwrap();
    authoring::arrange(&app.db, Ordered::Questions, first.id, Arrangement::Delete).await.unwrap();
    let after = places(&app, draft).await;
    assert_eq!(after, (1..before.len() as i32).collect::<Vec<_>>());
}
