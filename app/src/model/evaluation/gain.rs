//! Knowledge gain from running sums: paired per person, so the mean gain is the mean of each
//! person's post − pre, and people with one test only are counted apart.

use serde::{Deserialize, Serialize};

/// What a group of people adds up to. One person's scores on one module contribute
/// [`GainSums::of`]; a group is the sum of its people, and moving a person out subtracts the
/// same amount — so the sums can be kept per agency, module and cohort and added up for any
/// larger group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct GainSums {
    /// People with both tests.
    pub paired: i64,
    pub sum_pre: f64,
    pub sum_post: f64,
    /// Σ (post − pre)², for the spread of the gain.
    pub sum_gain_sq: f64,
    /// Paired people whose post-test score is above their pre-test score.
    pub improved: i64,
    pub pre_only: i64,
    pub post_only: i64,
}

impl GainSums {
    /// One person's contribution, from their pre- and post-test percentages.
    pub fn of(pre: Option<f64>, post: Option<f64>) -> Self {
        match (pre, post) {
            (Some(pre), Some(post)) => GainSums {
                paired: 1,
                sum_pre: pre,
                sum_post: post,
                sum_gain_sq: (post - pre).powi(2),
                improved: i64::from(post > pre),
                ..Self::default()
            },
            (Some(_), None) => GainSums { pre_only: 1, ..Self::default() },
            (None, Some(_)) => GainSums { post_only: 1, ..Self::default() },
            (None, None) => Self::default(),
        }
    }

    /// These sums times `sign` (1 to add a person, −1 to take them out).
    pub fn times(self, sign: i64) -> Self {
        let s = sign as f64;
        GainSums {
            paired: self.paired * sign,
            sum_pre: self.sum_pre * s,
            sum_post: self.sum_post * s,
            sum_gain_sq: self.sum_gain_sq * s,
            improved: self.improved * sign,
            pre_only: self.pre_only * sign,
            post_only: self.post_only * sign,
        }
    }

    pub fn is_zero(&self) -> bool {
        *self == Self::default()
    }
}

impl std::ops::Add for GainSums {
    type Output = GainSums;
    fn add(self, o: GainSums) -> GainSums {
        GainSums {
            paired: self.paired + o.paired,
            sum_pre: self.sum_pre + o.sum_pre,
            sum_post: self.sum_post + o.sum_post,
            sum_gain_sq: self.sum_gain_sq + o.sum_gain_sq,
            improved: self.improved + o.improved,
            pre_only: self.pre_only + o.pre_only,
            post_only: self.post_only + o.post_only,
        }
    }
}

impl std::iter::Sum for GainSums {
    fn sum<I: Iterator<Item = GainSums>>(iter: I) -> GainSums {
        iter.fold(GainSums::default(), |a, b| a + b)
    }
}

/// What a report shows of a group. Percentages are 0–100; `None` where the group is too small
/// for the figure (no pairs; one pair has no interval).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct GainFigures {
    pub paired: u64,
    pub pre_only: u64,
    pub post_only: u64,
    pub mean_pre: Option<f64>,
    pub mean_post: Option<f64>,
    /// Mean of post − pre, in percentage points.
    pub mean_gain: Option<f64>,
    /// Half-width of the 95 % confidence interval of the mean gain (Student's t, paired).
    pub gain_ci: Option<f64>,
    /// Hake's normalised gain of the group: mean gain / (100 − mean pre): the share of what
    /// there was left to learn that was learned. `None` when everyone scored 100 % before.
    pub normalised_gain: Option<f64>,
    /// The interval above on the same scale (the pre-test mean taken as fixed).
    pub normalised_ci: Option<f64>,
    /// Share of paired people who improved, in percent.
    pub improved_percent: Option<f64>,
}

impl From<GainSums> for GainFigures {
    fn from(s: GainSums) -> Self {
        let mut f = GainFigures {
            paired: s.paired.max(0) as u64,
            pre_only: s.pre_only.max(0) as u64,
            post_only: s.post_only.max(0) as u64,
            ..Self::default()
        };
        if s.paired <= 0 {
            return f;
        }
        let n = s.paired as f64;
        let (pre, post) = (s.sum_pre / n, s.sum_post / n);
        let gain = post - pre;
        f.mean_pre = Some(pre);
        f.mean_post = Some(post);
        f.mean_gain = Some(gain);
        f.improved_percent = Some(s.improved as f64 * 100.0 / n);
        if s.paired >= 2 {
            // Σd² − n·d̄², never below zero (rounding in long running sums).
            let variance = ((s.sum_gain_sq - n * gain * gain) / (n - 1.0)).max(0.0);
            f.gain_ci = Some(t_975((s.paired - 1) as u64) * (variance / n).sqrt());
        }
        let room = 100.0 - pre;
        if room > 1e-9 {
            f.normalised_gain = Some(gain / room);
            f.normalised_ci = f.gain_ci.map(|ci| ci / room);
        }
        f
    }
}

/// The 97.5th percentile of Student's t with `df` degrees of freedom: the factor of a two-sided
/// 95 % interval. Tabled to 30; beyond, the Cornish–Fisher expansion about the normal (error
/// below 10⁻⁴).
pub fn t_975(df: u64) -> f64 {
    const TABLE: [f64; 30] = [
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010,
        2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739,
        2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    ];
    match df {
        0 => f64::NAN,
        1..=30 => TABLE[df as usize - 1],
        _ => {
            let z: f64 = 1.959_964;
            let v = df as f64;
            z + (z.powi(3) + z) / (4.0 * v)
                + (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / (96.0 * v * v)
                + (3.0 * z.powi(7) + 19.0 * z.powi(5) + 17.0 * z.powi(3) - 15.0 * z)
                    / (384.0 * v.powi(3))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(people: &[(Option<f64>, Option<f64>)]) -> GainFigures {
        people.iter().map(|(a, b)| GainSums::of(*a, *b)).sum::<GainSums>().into()
    }

    #[test]
    fn gain_is_paired_and_the_unpaired_are_counted_apart() {
        // Worked by hand: gains 30, 20, 10, 0 → mean 15, sd √(500/3) = 12.91, se 6.455,
        // t(3) = 3.1824 → ±20.54. Pre mean 50 → normalised 15 / 50 = 0.3, ±0.411.
        let f = group(&[
            (Some(40.0), Some(70.0)),
            (Some(50.0), Some(70.0)),
            (Some(60.0), Some(70.0)),
            (Some(50.0), Some(50.0)),
            (Some(90.0), None),
            (None, Some(10.0)),
            (None, None),
        ]);
        assert_eq!((f.paired, f.pre_only, f.post_only), (4, 1, 1));
        assert_eq!((f.mean_pre, f.mean_post, f.mean_gain), (Some(50.0), Some(65.0), Some(15.0)));
        let ci = f.gain_ci.unwrap();
        // Σd² = 1400, n·d̄² = 900, variance 500/3, se √(500/12) = 6.4550.
        assert!((ci - 3.1824 * (500.0_f64 / 12.0).sqrt()).abs() < 1e-9, "{ci}");
        assert!((ci - 20.5424).abs() < 1e-3, "{ci}");
        assert_eq!(f.normalised_gain, Some(0.3));
        assert!((f.normalised_ci.unwrap() - ci / 50.0).abs() < 1e-12);
        assert_eq!(f.improved_percent, Some(75.0));
    }

    #[test]
    fn a_perfect_pretest_neither_divides_by_zero_nor_counts_as_improved() {
        let all_perfect = group(&[(Some(100.0), Some(100.0)), (Some(100.0), Some(90.0))]);
        assert_eq!(all_perfect.normalised_gain, None);
        assert_eq!(all_perfect.improved_percent, Some(0.0));
        assert_eq!(all_perfect.mean_gain, Some(-5.0));
        let one = group(&[(Some(20.0), Some(60.0))]);
        assert_eq!((one.gain_ci, one.normalised_gain), (None, Some(0.5)));
        assert_eq!(group(&[]).mean_pre, None);
    }

    #[test]
    fn taking_a_person_out_undoes_adding_them() {
        let a = GainSums::of(Some(30.0), Some(80.0));
        let b = GainSums::of(Some(55.0), None);
        assert_eq!(a + b + a.times(-1), b);
        assert!((b + b.times(-1)).is_zero());
    }

    #[test]
    fn t_matches_the_tables() {
        assert_eq!(t_975(1), 12.7062);
        assert_eq!(t_975(30), 2.0423);
        // Published values: t(40) = 2.0211, t(60) = 2.0003, t(120) = 1.9799, t(1000) = 1.9623.
        for (df, t) in [(31, 2.0395), (40, 2.0211), (60, 2.0003), (120, 1.9799), (1000, 1.9623)] {
            assert!((t_975(df) - t).abs() < 2e-4, "t({df}) = {}", t_975(df));
        }
    }
}
