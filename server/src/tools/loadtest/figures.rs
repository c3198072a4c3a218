//! Latencies per step, errors and server load: what a load test prints.

use std::collections::BTreeMap;

/// The latencies (ms) and failures of each step, in the order the steps first happened.
#[derive(Default)]
pub struct Figures {
    steps: Vec<(&'static str, Step)>,
}

#[derive(Default)]
struct Step {
    ms: Vec<u32>,
    errors: BTreeMap<String, usize>,
    retried: usize,
}

impl Figures {
    fn step(&mut self, name: &'static str) -> &mut Step {
        if let Some(i) = self.steps.iter().position(|(n, _)| *n == name) {
            return &mut self.steps[i].1;
        }
        self.steps.push((name, Step::default()));
        &mut self.steps.last_mut().expect("just pushed").1
    }

    pub fn ok(&mut self, name: &'static str, ms: u32, retried: u32) {
        let step = self.step(name);
        step.ms.push(ms);
        step.retried += retried as usize;
    }

    pub fn error(&mut self, name: &'static str, what: String) {
        *self.step(name).errors.entry(what).or_default() += 1;
    }

    pub fn merge(&mut self, other: Figures) {
        for (name, theirs) in other.steps {
            let mine = self.step(name);
            mine.ms.extend(theirs.ms);
            mine.retried += theirs.retried;
            for (what, n) in theirs.errors {
                *mine.errors.entry(what).or_default() += n;
            }
        }
    }

    pub fn errors(&self) -> usize {
        self.steps.iter().map(|(_, s)| s.errors.values().sum::<usize>()).sum()
    }

    /// The worst step's 95th percentile, in ms.
    pub fn worst_p95(&self) -> u32 {
        self.steps.iter().map(|(_, s)| percentile(&s.ms, 95.0)).max().unwrap_or(0)
    }

    pub fn print(&mut self) {
        println!(
            "{:<14} {:>7} {:>8} {:>8} {:>8} {:>8} {:>8}  errors",
            "step", "ok", "p50 ms", "p95 ms", "p99 ms", "max ms", "retried"
        );
        for (name, step) in &mut self.steps {
            step.ms.sort_unstable();
            let errors: usize = step.errors.values().sum();
            println!(
                "{name:<14} {:>7} {:>8} {:>8} {:>8} {:>8} {:>8}  {errors}",
                step.ms.len(),
                percentile(&step.ms, 50.0),
                percentile(&step.ms, 95.0),
                percentile(&step.ms, 99.0),
                step.ms.last().copied().unwrap_or(0),
                step.retried,
            );
            for (what, n) in &step.errors {
                println!("{:<14}   {n} × {what}", "");
            }
        }
    }
}

/// The `p`th percentile of sorted-or-not `ms` (nearest rank).
pub fn percentile(ms: &[u32], p: f64) -> u32 {
    if ms.is_empty() {
        return 0;
    }
    let mut sorted = ms.to_vec();
    sorted.sort_unstable();
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// CPU time and peak memory of a server process, from `/proc` (Linux).
pub struct ProcessUse {
    pub cpu_seconds: f64,
    pub peak_rss_mb: f64,
}

pub fn process_use(pid: u32) -> Option<ProcessUse> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) start at ')'.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let peak_kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    // Linux counts CPU time in ticks of 1/100 s (USER_HZ) on every platform it runs on.
    Some(ProcessUse { cpu_seconds: ticks / 100.0, peak_rss_mb: peak_kb / 1024.0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let ms: Vec<u32> = (1..=100).collect();
        assert_eq!(percentile(&ms, 50.0), 50);
        assert_eq!(percentile(&ms, 95.0), 95);
        assert_eq!(percentile(&ms, 100.0), 100);
        assert_eq!(percentile(&[7], 95.0), 7);
        assert_eq!(percentile(&[], 95.0), 0);
    }

    #[test]
    fn figures_merge_and_find_the_worst_step() {
        let mut a = Figures::default();
        a.ok("quiz", 10, 0);
        let mut b = Figures::default();
        b.ok("quiz", 30, 1);
        b.ok("submit", 500, 0);
        b.error("submit", "500".into());
        a.merge(b);
        assert_eq!(a.worst_p95(), 500);
        assert_eq!(a.errors(), 1);
    }
}
