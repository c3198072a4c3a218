//! Assigning modules: supervisors within their agency, admins anywhere; trainees see due dates.

use crate::helpers;

use app::model::{accounts::Role, learning::ModuleCard};
use axum::http::StatusCode;
use helpers::{Session, TestApp, body_text, spawn_app};
use sea_orm::{ActiveModelTrait, ActiveValue::Set};

async fn cards(app: &TestApp, who: &Session) -> Vec<ModuleCard> {
    let response = app.post_form("/api/learning/catalogue", Some(&who.cookie), &[]).await;
    serde_json::from_str(&body_text(response).await).unwrap()
}

fn in_days(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(days)).to_string()
}

#[tokio::test]
async fn supervisors_assign_within_their_agency_and_trainees_see_the_due_date() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", "PSD").await;
    let lebanon = app.agency("LB", "General Security").await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    let sup = app.signed_in("sup@psd.example", Role::Supervisor, Some(jordan)).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(jordan)).await;
    let maya = app.signed_in("maya@gs.example", Role::Trainee, Some(lebanon)).await;
    let module = app.publish_curriculum(2, |_| {}).await.to_string();
    let due = in_days(14);
    let (jo, lb) = (jordan.to_string(), lebanon.to_string());
    let assign = |agency: &str, scope: &'static str, extra: Option<(String, &'static str)>| {
        let mut fields = vec![
            ("agency_id".to_owned(), agency.to_owned()),
            ("module_id".to_owned(), module.clone()),
            ("scope".to_owned(), scope.to_owned()),
            ("due_on".to_owned(), due.clone()),
        ];
        if let Some((k, v)) = extra {
            fields.push((k, v.to_owned()));
        }
        fields
    };
    let post = |who: &Session, fields: Vec<(String, String)>| {
        let cookie = who.cookie.clone();
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> =
                fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            app.post_form("/api/learning/assign", Some(&cookie), &pairs).await.status()
        }
    };

    // Out of scope: another agency, another agency's person, a trainee — all "not found".
    assert_eq!(post(&sup, assign(&lb, "agency", None)).await, StatusCode::NOT_FOUND);
    let maya_field = (format!("people[{}]", maya.user_id), "on");
    assert_eq!(post(&sup, assign(&jo, "people", Some(maya_field))).await, StatusCode::NOT_FOUND);
    assert_eq!(post(&amal, assign(&jo, "agency", None)).await, StatusCode::NOT_FOUND);
    assert!(cards(&app, &amal).await.iter().all(|c| !c.assigned));

    // In scope.
    assert!(post(&sup, assign(&jo, "agency", None)).await.is_success());
    let amal_cards = cards(&app, &amal).await;
    let card = amal_cards.iter().find(|c| c.assigned).expect("assigned");
    assert_eq!(card.due_on.as_deref(), Some(due.as_str()));
    assert!(!card.overdue);
    assert!(cards(&app, &maya).await.iter().all(|c| !c.assigned), "another agency sees nothing");
    let home = body_text(app.get_as("/", &amal.cookie).await).await;
    let written = app::i18n::Locale::En.date_of(&due);
    assert!(written.contains(' ') && home.contains(&format!("due {written}")), "{home}");

    // Admins assign anywhere; a past due date is refused.
    assert!(post(&admin, assign(&lb, "agency", None)).await.is_success());
    assert!(cards(&app, &maya).await.iter().any(|c| c.assigned));
    let mut past = assign(&jo, "agency", None);
    past[3].1 = in_days(-1);
    assert_eq!(post(&sup, past).await, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn an_assignment_past_its_due_date_shows_as_overdue() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", "PSD").await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(jordan)).await;
    let module = app.publish_curriculum(2, |_| {}).await;
    app::entities::assignment::ActiveModel {
        module_id: Set(module),
        user_id: Set(Some(amal.user_id)),
        due_on: Set(Some(chrono::Utc::now().date_naive() - chrono::Duration::days(3))),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let card = cards(&app, &amal).await.into_iter().find(|c| c.assigned).unwrap();
    assert!(card.overdue);
    let home = body_text(app.get_as("/", &amal.cookie).await).await;
    assert!(home.contains("overdue since"), "{home}");
}
