//! Scoring: one pure function per question kind. The rules, as the README documents them:
//!
//! - single choice, true/false: all the points for the one correct option, else none;
//! - multiple choice: points × (share of correct options ticked − share of wrong options ticked),
//!   never below zero — ticking everything earns nothing, and guessing is not rewarded;
//! - ordering: points × share of items in their right place;
//! - matching: points × share of items given their right match;
//! - in ordering and matching, a place or match given to more than one item counts as wrong
//!   for every item it was given to, so "everything in place 1" earns nothing.
//!
//! Results are rounded to hundredths of a point.

use crate::model::{authoring::QuestionKind, quiz::Answer};

/// A question with its key, as only the server holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyedQuestion {
    pub kind: QuestionKind,
    pub points: i32,
    pub options: Vec<KeyedOption>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyedOption {
    pub id: i32,
    pub correct: bool,
    pub position: Option<i32>,
    pub match_key: Option<String>,
}

/// The points an answer earns.
pub fn score(question: &KeyedQuestion, answer: &Answer) -> f64 {
    let share = match (question.kind, answer) {
        (QuestionKind::Single | QuestionKind::TrueFalse, Answer::Choice(chosen)) => {
            let right = question.options.iter().find(|o| o.correct).map(|o| o.id);
            f64::from(u8::from(chosen.len() == 1 && Some(chosen[0]) == right))
        }
        (QuestionKind::Multiple, Answer::Choice(chosen)) => multiple_share(question, chosen),
        (QuestionKind::Ordering, Answer::Order(places)) => share_right(question, |o| {
            unrepeated(places, o.id)
                && places.iter().any(|(id, place)| *id == o.id && Some(*place) == o.position)
        }),
        (QuestionKind::Matching, Answer::Match(matches)) => share_right(question, |o| {
            unrepeated(matches, o.id)
                && matches.iter().any(|(id, m)| {
                    *id == o.id && Some(m.trim()) == o.match_key.as_deref().map(str::trim)
                })
        }),
        // An answer of the wrong shape (tampered or stale form) earns nothing.
        _ => 0.0,
    };
    (f64::from(question.points) * share * 100.0).round() / 100.0
}

/// Whether the value given to option `id` was given to no other option.
pub fn unrepeated<T: PartialEq>(given: &[(i32, T)], id: i32) -> bool {
    let Some((_, value)) = given.iter().find(|(o, _)| *o == id) else { return true };
    given.iter().filter(|(_, v)| v == value).count() == 1
}

fn multiple_share(question: &KeyedQuestion, chosen: &[i32]) -> f64 {
    let ticked = |o: &&KeyedOption| chosen.contains(&o.id);
    let correct = question.options.iter().filter(|o| o.correct).count();
    let wrong = question.options.len() - correct;
    let right_ticked = question.options.iter().filter(|o| o.correct).filter(ticked).count();
    let wrong_ticked = question.options.iter().filter(|o| !o.correct).filter(ticked).count();
    let gained = if correct == 0 { 0.0 } else { right_ticked as f64 / correct as f64 };
    let lost = if wrong == 0 { 0.0 } else { wrong_ticked as f64 / wrong as f64 };
    (gained - lost).max(0.0)
}

fn share_right(question: &KeyedQuestion, right: impl Fn(&KeyedOption) -> bool) -> f64 {
    if question.options.is_empty() {
        return 0.0;
    }
    question.options.iter().filter(|o| right(o)).count() as f64 / question.options.len() as f64
}

/// Percent of the possible points, and whether it reaches the pass mark.
pub fn percent_and_pass(earned: f64, possible: f64, pass_mark_percent: i32) -> (f64, bool) {
    let percent = if possible > 0.0 { (earned / possible * 10000.0).round() / 100.0 } else { 0.0 };
    (percent, percent >= f64::from(pass_mark_percent))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(kind: QuestionKind, points: i32, correct: &[bool]) -> KeyedQuestion {
        KeyedQuestion {
            kind,
            points,
            options: correct
                .iter()
                .enumerate()
                .map(|(i, &c)| KeyedOption {
                    id: i as i32 + 1,
                    correct: c,
                    position: None,
                    match_key: None,
                })
                .collect(),
        }
    }

    #[test]
    fn single_choice_and_true_false_are_all_or_nothing() {
        let q = choice(QuestionKind::Single, 1, &[false, true, false]);
        assert_eq!(score(&q, &Answer::Choice(vec![2])), 1.0);
        assert_eq!(score(&q, &Answer::Choice(vec![1])), 0.0);
        assert_eq!(score(&q, &Answer::Choice(vec![])), 0.0, "no answer");
        assert_eq!(score(&q, &Answer::Choice(vec![1, 2, 3])), 0.0, "everything ticked");
        let tf = choice(QuestionKind::TrueFalse, 1, &[true, false]);
        assert_eq!(score(&tf, &Answer::Choice(vec![1])), 1.0);
        assert_eq!(score(&tf, &Answer::Order(vec![(1, 1)])), 0.0, "wrong shape");
    }

    #[test]
    fn multiple_choice_gives_partial_credit_but_nothing_for_ticking_all() {
        // Two correct (1, 2) and two wrong (3, 4), worth 2 points.
        let q = choice(QuestionKind::Multiple, 2, &[true, true, false, false]);
        assert_eq!(score(&q, &Answer::Choice(vec![1, 2])), 2.0);
        assert_eq!(score(&q, &Answer::Choice(vec![1])), 1.0, "half the correct ones");
        assert_eq!(score(&q, &Answer::Choice(vec![1, 2, 3])), 1.0, "one wrong tick costs half");
        assert_eq!(score(&q, &Answer::Choice(vec![1, 3])), 0.0);
        assert_eq!(score(&q, &Answer::Choice(vec![1, 2, 3, 4])), 0.0, "all ticked");
        assert_eq!(score(&q, &Answer::Choice(vec![3, 4])), 0.0, "never negative");
        assert_eq!(score(&q, &Answer::Choice(vec![])), 0.0);
        // Three options, one correct: thirds round to hundredths.
        let q = choice(QuestionKind::Multiple, 1, &[true, true, true, false]);
        assert_eq!(score(&q, &Answer::Choice(vec![1])), 0.33);
    }

    #[test]
    fn ordering_counts_items_in_their_place() {
        let q = KeyedQuestion {
            kind: QuestionKind::Ordering,
            points: 2,
            options: (1..=4)
                .map(|i| KeyedOption { id: i, correct: false, position: Some(i), match_key: None })
                .collect(),
        };
        assert_eq!(score(&q, &Answer::Order(vec![(1, 1), (2, 2), (3, 3), (4, 4)])), 2.0);
        assert_eq!(
            score(&q, &Answer::Order(vec![(1, 1), (2, 2), (3, 4), (4, 3)])),
            1.0,
            "half in place"
        );
        assert_eq!(score(&q, &Answer::Order(vec![(1, 1)])), 0.5, "a partial order");
        assert_eq!(score(&q, &Answer::Order(vec![])), 0.0);
    }

    #[test]
    fn repeated_places_and_matches_never_score() {
        let q = KeyedQuestion {
            kind: QuestionKind::Ordering,
            points: 4,
            options: (1..=4)
                .map(|i| KeyedOption { id: i, correct: false, position: Some(i), match_key: None })
                .collect(),
        };
        let all_first = Answer::Order((1..=4).map(|i| (i, 1)).collect());
        assert_eq!(score(&q, &all_first), 0.0, "everything in place 1");
        let two_first = Answer::Order(vec![(1, 1), (2, 1), (3, 3), (4, 4)]);
        assert_eq!(score(&q, &two_first), 2.0, "the two items sharing place 1 both count wrong");
        let m = KeyedQuestion {
            kind: QuestionKind::Matching,
            points: 3,
            options: ["a", "b", "c"]
                .iter()
                .enumerate()
                .map(|(i, k)| KeyedOption {
                    id: i as i32,
                    correct: false,
                    position: None,
                    match_key: Some((*k).into()),
                })
                .collect(),
        };
        let all_a = Answer::Match((0..3).map(|i| (i, "a".to_owned())).collect());
        assert_eq!(score(&m, &all_a), 0.0, "one match for everything");
    }

    #[test]
    fn matching_counts_right_pairs() {
        let q = KeyedQuestion {
            kind: QuestionKind::Matching,
            points: 3,
            options: ["act", "means", "purpose"]
                .iter()
                .enumerate()
                .map(|(i, m)| KeyedOption {
                    id: i as i32,
                    correct: false,
                    position: None,
                    match_key: Some((*m).into()),
                })
                .collect(),
        };
        let all = vec![(0, "act".into()), (1, "means".into()), (2, "purpose".into())];
        assert_eq!(score(&q, &Answer::Match(all)), 3.0);
        assert_eq!(score(&q, &Answer::Match(vec![(0, "act".into()), (1, "purpose".into())])), 1.0);
        assert_eq!(
            score(&q, &Answer::Match(vec![(0, " act ".into())])),
            1.0,
            "spacing does not matter"
        );
    }

    #[test]
    fn percent_is_compared_with_the_pass_mark() {
        assert_eq!(percent_and_pass(7.5, 10.0, 75), (75.0, true));
        assert_eq!(percent_and_pass(7.4, 10.0, 75), (74.0, false));
        assert_eq!(percent_and_pass(0.0, 0.0, 75), (0.0, false));
    }
}
