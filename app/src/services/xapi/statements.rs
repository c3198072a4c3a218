//! xAPI 1.0.3 statements from the facts of stored rows. Pure: the same facts always give the
//! same statement, with the same id (a name-based UUID of the event), so a replay into an LRS
//! that already holds it changes nothing.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::model::authoring::QuestionKind;
use crate::model::evaluation::AttemptPurpose;
use crate::model::xapi::{Verb, activity_type};
use crate::services::credentials::Issuer;

/// The person, by their account on this installation: its number only. No name and no e-mail
/// address leaves Frontline (an officer's name in a partner's store can endanger them), and a
/// rename would change a statement already sent.
#[derive(Debug, Clone, Copy)]
pub struct Person {
    pub user_id: i32,
}

/// A quiz or pre-test attempt, as stored.
#[derive(Debug, Clone)]
pub struct AttemptFacts {
    pub id: i32,
    pub person: Person,
    pub module_id: i32,
    pub version: i32,
    /// In the attempt's language.
    pub module_title: String,
    pub purpose: AttemptPurpose,
    /// The language the attempt was taken in (BCP 47).
    pub language: String,
    pub number: i32,
    pub started_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub earned: Option<f64>,
    pub possible: Option<f64>,
    pub passed: Option<bool>,
}

/// One question of a submitted attempt.
#[derive(Debug, Clone)]
pub struct AnswerFacts {
    pub question_id: i32,
    pub position: i32,
    pub kind: QuestionKind,
    pub prompt: String,
    /// The language the prompt was written in.
    pub prompt_language: String,
    pub earned: f64,
    pub points: i32,
}

/// A completion, as stored.
#[derive(Debug, Clone)]
pub struct CompletionFacts {
    pub id: i32,
    pub person: Person,
    pub module_id: i32,
    pub version: i32,
    pub module_title: String,
    pub language: String,
    pub percent: f64,
    pub completed_at: DateTime<Utc>,
}

/// A statement with what the outbox and the export sort and show it by.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: Uuid,
    pub verb: Verb,
    pub occurred_at: DateTime<Utc>,
    pub json: Value,
}

/// The id of the event named `key` on this installation. The namespace is the installation's
/// address: two installations never share ids, one always gives the same.
pub fn statement_id(issuer: &Issuer, key: &str) -> Uuid {
    issuer.uuid(key)
}

pub fn attempted(issuer: &Issuer, a: &AttemptFacts) -> Statement {
    let key = format!("attempt/{}/attempted", a.id);
    build(
        issuer,
        &key,
        Verb::Attempted,
        a.person,
        a.started_at,
        assessment(issuer, a),
        None,
        attempt_context(issuer, a),
    )
}

/// Passed or failed (a quiz) or scored (a pre-test); nothing before it is submitted.
pub fn scored(issuer: &Issuer, a: &AttemptFacts) -> Option<Statement> {
    let at = a.submitted_at?;
    let verb = match (a.purpose, a.passed) {
        (AttemptPurpose::Pretest, _) => Verb::Scored,
        (AttemptPurpose::Quiz, Some(true)) => Verb::Passed,
        (AttemptPurpose::Quiz, _) => Verb::Failed,
    };
    let mut result = score(a.earned.unwrap_or(0.0), a.possible.unwrap_or(0.0));
    if a.purpose == AttemptPurpose::Quiz {
        result.insert("success".into(), (verb == Verb::Passed).into());
    }
    result.insert("completion".into(), true.into());
    let key = format!("attempt/{}/scored", a.id);
    Some(build(
        issuer,
        &key,
        verb,
        a.person,
        at,
        assessment(issuer, a),
        Some(result),
        attempt_context(issuer, a),
    ))
}

pub fn answered(issuer: &Issuer, a: &AttemptFacts, q: &AnswerFacts) -> Option<Statement> {
    let at = a.submitted_at?;
    let object = json!({
        "objectType": "Activity",
        "id": issuer.at(&format!("/xapi/questions/{}", q.question_id)),
        "definition": {
            "type": activity_type::INTERACTION,
            "name": { &q.prompt_language: format!("Question {}", q.position + 1) },
            "description": { &q.prompt_language: q.prompt },
            "interactionType": interaction_type(q.kind),
        },
    });
    let mut result = score(q.earned, q.points as f64);
    result.insert("success".into(), (q.earned >= q.points as f64).into());
    let mut context = attempt_context(issuer, a);
    context["contextActivities"]["parent"] = json!([assessment(issuer, a)]);
    let key = format!("attempt/{}/answered/{}", a.id, q.question_id);
    Some(build(issuer, &key, Verb::Answered, a.person, at, object, Some(result), context))
}

pub fn completed(issuer: &Issuer, c: &CompletionFacts) -> Statement {
    let mut result = Map::new();
    let scaled = (c.percent / 100.0).clamp(0.0, 1.0);
    result.insert("score".into(), json!({ "scaled": scaled }));
    result.insert("success".into(), true.into());
    result.insert("completion".into(), true.into());
    let context = json!({
        "language": c.language,
        "platform": "Frontline",
        "extensions": { version_extension(issuer): c.version },
    });
    let key = format!("completion/{}/completed", c.id);
    let object = module(issuer, c.module_id, &c.language, &c.module_title);
    build(issuer, &key, Verb::Completed, c.person, c.completed_at, object, Some(result), context)
}

#[allow(clippy::too_many_arguments)]
fn build(
    issuer: &Issuer,
    key: &str,
    verb: Verb,
    person: Person,
    at: DateTime<Utc>,
    object: Value,
    result: Option<Map<String, Value>>,
    context: Value,
) -> Statement {
    let id = statement_id(issuer, key);
    let mut json = json!({
        "id": id.to_string(),
        "actor": {
            "objectType": "Agent",
            "account": { "homePage": issuer.id(), "name": person.user_id.to_string() },
        },
        "verb": { "id": verb.iri(), "display": { "en-US": verb.word() } },
        "object": object,
        "context": context,
        // Milliseconds and `Z`, always: an LRS compares a replayed statement with the one it
        // holds, and the same instant written another way would look like another statement.
        "timestamp": at.to_rfc3339_opts(SecondsFormat::Millis, true),
    });
    if let Some(result) = result {
        json["result"] = Value::Object(result);
    }
    Statement { id, verb, occurred_at: at, json }
}

fn module(issuer: &Issuer, module_id: i32, language: &str, title: &str) -> Value {
    json!({
        "objectType": "Activity",
        "id": issuer.at(&format!("/xapi/modules/{module_id}")),
        "definition": { "type": activity_type::COURSE, "name": { language: title } },
    })
}

fn assessment(issuer: &Issuer, a: &AttemptFacts) -> Value {
    let (part, word) = match a.purpose {
        AttemptPurpose::Quiz => ("quiz", "Quiz"),
        AttemptPurpose::Pretest => ("pretest", "Pre-test"),
    };
    json!({
        "objectType": "Activity",
        "id": issuer.at(&format!("/xapi/modules/{}/{part}", a.module_id)),
        "definition": {
            "type": activity_type::ASSESSMENT,
            "name": { &a.language: format!("{word}: {}", a.module_title) },
        },
    })
}

/// The attempt's statements share a registration; the module is their parent.
fn attempt_context(issuer: &Issuer, a: &AttemptFacts) -> Value {
    json!({
        "registration": statement_id(issuer, &format!("attempt/{}", a.id)).to_string(),
        "language": a.language,
        "platform": "Frontline",
        "contextActivities": {
            "parent": [module(issuer, a.module_id, &a.language, &a.module_title)],
        },
        "extensions": {
            version_extension(issuer): a.version,
            issuer.at("/xapi/extensions/attempt-number"): a.number,
        },
    })
}

fn version_extension(issuer: &Issuer) -> String {
    issuer.at("/xapi/extensions/module-version")
}

/// `raw` of `max`, never outside what xAPI allows (0 ≤ raw ≤ max, scaled in [0, 1]).
fn score(earned: f64, possible: f64) -> Map<String, Value> {
    let max = possible.max(0.0);
    let raw = earned.clamp(0.0, max);
    let scaled = if max > 0.0 { raw / max } else { 0.0 };
    let mut result = Map::new();
    result.insert("score".into(), json!({ "scaled": scaled, "raw": raw, "min": 0.0, "max": max }));
    result
}

fn interaction_type(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Single | QuestionKind::Multiple => "choice",
        QuestionKind::TrueFalse => "true-false",
        QuestionKind::Ordering => "sequencing",
        QuestionKind::Matching => "matching",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issuer() -> Issuer {
        Issuer::new("https://training.example.org", "Frontline")
    }

    fn attempt(passed: bool) -> AttemptFacts {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        AttemptFacts {
            id: 12,
            person: Person { user_id: 3 },
            module_id: 4,
            version: 2,
            module_title: "التعرف على ضحايا الاتجار".into(),
            purpose: AttemptPurpose::Quiz,
            language: "ar".into(),
            number: 1,
            started_at: at("2026-12-01T09:00:00Z"),
            submitted_at: Some(at("2026-12-01T09:20:00.5Z")),
            earned: Some(if passed { 9.0 } else { 3.0 }),
            possible: Some(10.0),
            passed: Some(passed),
        }
    }

    #[test]
    fn the_same_event_has_the_same_id_and_another_event_another() {
        let (i, a) = (issuer(), attempt(true));
        assert_eq!(attempted(&i, &a), attempted(&i, &a));
        assert_ne!(attempted(&i, &a).id, scored(&i, &a).unwrap().id);
        let elsewhere = Issuer::new("https://other.example.org", "Frontline");
        assert_ne!(attempted(&i, &a).id, attempted(&elsewhere, &a).id);
        assert_eq!(attempted(&i, &a).id.get_version_num(), 5);
    }

    #[test]
    fn a_quiz_is_passed_or_failed_with_its_score_in_the_attempts_language() {
        let i = issuer();
        let passed = scored(&i, &attempt(true)).unwrap();
        assert_eq!(passed.verb, Verb::Passed);
        assert_eq!(passed.json["result"]["score"]["scaled"], 0.9);
        assert_eq!(passed.json["result"]["success"], true);
        assert_eq!(passed.json["context"]["language"], "ar");
        assert_eq!(
            passed.json["object"]["definition"]["name"]["ar"],
            "Quiz: التعرف على ضحايا الاتجار"
        );
        assert_eq!(passed.json["timestamp"], "2026-12-01T09:20:00.500Z");
        let failed = scored(&i, &attempt(false)).unwrap();
        assert_eq!(failed.verb, Verb::Failed);
        assert_eq!(failed.json["result"]["success"], false);
        let mut open = attempt(true);
        open.submitted_at = None;
        assert!(scored(&i, &open).is_none());
    }

    #[test]
    fn scores_stay_within_what_xapi_allows() {
        let s = score(12.0, 10.0);
        assert_eq!(s["score"]["raw"], 10.0);
        assert_eq!(s["score"]["scaled"], 1.0);
        let s = score(-1.0, 0.0);
        assert_eq!(s["score"]["raw"], 0.0);
        assert_eq!(s["score"]["scaled"], 0.0);
    }

    #[test]
    fn the_actor_is_an_account_number_never_a_name_or_an_email() {
        let s = attempted(&issuer(), &attempt(true));
        assert_eq!(s.json["actor"]["account"]["name"], "3");
        assert!(s.json["actor"].get("mbox").is_none() && s.json["actor"].get("name").is_none());
    }
}
