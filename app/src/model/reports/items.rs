//! Item analysis: how each question of a version performs.

use serde::{Deserialize, Serialize};

/// How each question of a published version performs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemAnalysis {
    pub version_id: i32,
    pub module_id: i32,
    pub title: String,
    pub number: i32,
    /// Submitted attempts analysed, in every language.
    pub attempts: u64,
    /// Submitted attempts per language they were taken in (code, count), most first.
    pub attempts_by_language: Vec<(String, u64)>,
    pub questions: Vec<ItemStat>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemStat {
    pub question_id: i32,
    pub prompt: String,
    /// Attempts that were asked this question.
    pub answered: u64,
    /// Share answering fully correctly, 0–1.
    pub correct_share: f64,
    /// Point-biserial correlation of answering correctly with the attempt's score, −1…1
    /// (needs at least 4 answers, some right and some wrong).
    pub discrimination: Option<f64>,
    /// (option text, times chosen, correct) — choice questions only.
    pub options: Vec<(String, u64, bool)>,
    pub flags: Vec<ItemFlag>,
    /// The same question in each language it was answered in, when there are several: a
    /// question hard in one language only points at its translation.
    pub by_language: Vec<LanguageStat>,
}

/// One question's figures among the attempts taken in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageStat {
    pub language: String,
    pub answered: u64,
    pub correct_share: f64,
    pub discrimination: Option<f64>,
    pub flags: Vec<ItemFlag>,
}

/// Running sums over the submitted attempts that were asked one question.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ItemSums {
    pub answered: u64,
    pub correct: u64,
    /// Sum of the attempts' scores (percent), and of their squares.
    pub score_sum: f64,
    pub score_sq_sum: f64,
    /// Sum of the scores of the attempts that answered it correctly.
    pub correct_score_sum: f64,
}

impl ItemSums {
    /// The sums of two groups of attempts together (pooling languages).
    pub fn plus(self, o: ItemSums) -> ItemSums {
        ItemSums {
            answered: self.answered + o.answered,
            correct: self.correct + o.correct,
            score_sum: self.score_sum + o.score_sum,
            score_sq_sum: self.score_sq_sum + o.score_sq_sum,
            correct_score_sum: self.correct_score_sum + o.correct_score_sum,
        }
    }

    /// The share answering fully correctly, 0–1, to two places.
    pub fn correct_share(&self) -> f64 {
        if self.answered == 0 {
            return 0.0;
        }
        (self.correct as f64 / self.answered as f64 * 100.0).round() / 100.0
    }

    /// Adds one attempt that was asked the question: its score, and whether it got it right.
    pub fn record(&mut self, score: f64, right: bool) {
        self.answered += 1;
        self.score_sum += score;
        self.score_sq_sum += score * score;
        if right {
            self.correct += 1;
            self.correct_score_sum += score;
        }
    }

    /// The point-biserial correlation between answering correctly (0/1) and the score (pure):
    /// `(n·Σxy − Σx·Σy) / √((n·Σx − (Σx)²)(n·Σy² − (Σy)²))`, from sums that can be kept up to
    /// date one attempt at a time. None when it is undefined or too thin to mean anything.
    pub fn point_biserial(&self) -> Option<f64> {
        let n = self.answered as f64;
        let c = self.correct as f64;
        let x_spread = n * c - c * c;
        let y_spread = n * self.score_sq_sum - self.score_sum * self.score_sum;
        // Sums of squares of percents are exact in f64; a spread under rounding noise is none.
        if self.answered < 4 || x_spread <= 0.0 || y_spread <= 1e-6 {
            return None;
        }
        let r = (n * self.correct_score_sum - c * self.score_sum) / (x_spread * y_spread).sqrt();
        Some(r.clamp(-1.0, 1.0))
    }
}

/// Something about a question a trainer should look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemFlag {
    TooEasy,
    TooHard,
    DiscriminatesNegatively,
}

impl ItemFlag {
    /// English, for CSV files; pages name it in the reader's language.
    pub fn label(self) -> &'static str {
        match self {
            ItemFlag::TooEasy => "too easy",
            ItemFlag::TooHard => "too hard",
            ItemFlag::DiscriminatesNegatively => "discriminates negatively",
        }
    }
}

/// What a question's figures suggest a trainer should look at (pure).
pub fn item_flags(correct_share: f64, discrimination: Option<f64>, answered: u64) -> Vec<ItemFlag> {
    let mut flags = vec![];
    if answered == 0 {
        return flags;
    }
    if correct_share > 0.9 {
        flags.push(ItemFlag::TooEasy);
    }
    if correct_share < 0.2 {
        flags.push(ItemFlag::TooHard);
    }
    if discrimination.is_some_and(|d| d < 0.0) {
        flags.push(ItemFlag::DiscriminatesNegatively);
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_easy_hard_and_misleading_questions() {
        assert_eq!(item_flags(0.95, Some(0.1), 40), [ItemFlag::TooEasy]);
        assert_eq!(item_flags(0.1, Some(0.3), 40), [ItemFlag::TooHard]);
        assert_eq!(item_flags(0.5, Some(-0.2), 40), [ItemFlag::DiscriminatesNegatively]);
        assert_eq!(ItemFlag::DiscriminatesNegatively.label(), "discriminates negatively");
        assert!(item_flags(0.5, Some(0.4), 40).is_empty());
        assert!(item_flags(0.0, None, 0).is_empty(), "nothing to say without answers");
    }

    fn sums(scores_and_right: &[(f64, bool)]) -> ItemSums {
        let mut s = ItemSums::default();
        scores_and_right.iter().for_each(|(score, right)| s.record(*score, *right));
        s
    }

    #[test]
    fn point_biserial_matches_a_hand_computation() {
        // Scores 90, 80, 40, 30; the two strong attempts right. Mean 60, population sd √650,
        // p = q = ½, M1 = 85, M0 = 35: r = (85 − 35)/√650 · ½ ≈ 0.9806.
        let s = sums(&[(90.0, true), (80.0, true), (40.0, false), (30.0, false)]);
        assert!((s.point_biserial().unwrap() - 0.9806).abs() < 1e-4, "{:?}", s.point_biserial());
        let reversed = sums(&[(90.0, false), (80.0, false), (40.0, true), (30.0, true)]);
        assert!(reversed.point_biserial().unwrap() < -0.98, "the weak get it right");
        let unrelated = sums(&[(90.0, true), (80.0, false), (40.0, false), (30.0, true)]);
        assert!(unrelated.point_biserial().unwrap().abs() < 0.2);
    }

    #[test]
    fn point_biserial_is_undefined_without_spread_or_answers() {
        assert_eq!(
            sums(&[(50.0, true), (70.0, true), (20.0, true), (90.0, true)]).point_biserial(),
            None
        );
        assert_eq!(
            sums(&[(50.0, true), (50.0, false), (50.0, true), (50.0, false)]).point_biserial(),
            None
        );
        assert_eq!(sums(&[(90.0, true), (10.0, false)]).point_biserial(), None, "too few");
        assert_eq!(ItemSums::default().point_biserial(), None);
    }
}
