//! One line of the bench table, and the statistics of repeated timings.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub figure: String,
    pub value: f64,
    pub unit: String,
    /// The best the platform does at the same task, where there is one.
    pub floor: Option<f64>,
    /// How many times the floor is better: `floor / value` for rates (above 1 is worse).
    pub ratio: Option<f64>,
    pub budget: Option<String>,
    /// Whether the budget is met (`None` without a budget).
    pub met: Option<bool>,
}

impl Figure {
    pub fn new(figure: impl Into<String>, value: f64, unit: &str) -> Figure {
        Figure {
            figure: figure.into(),
            value,
            unit: unit.into(),
            floor: None,
            ratio: None,
            budget: None,
            met: None,
        }
    }

    /// A rate (higher is better) next to its floor.
    pub fn floor_rate(mut self, floor: f64) -> Figure {
        self.floor = Some(floor);
        self.ratio = (self.value > 0.0).then(|| floor / self.value);
        self
    }

    pub fn budget(mut self, text: &str, met: bool) -> Figure {
        self.budget = Some(text.into());
        self.met = Some(met);
        self
    }
}

/// The `p`th percentile (0-100) of `samples`, nearest rank.
pub fn percentile(samples: &[f64], p: f64) -> f64 {
    if samples.is_empty() {
        return f64::NAN;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let s: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&s, 50.0), 50.0);
        assert_eq!(percentile(&s, 95.0), 95.0);
        assert_eq!(percentile(&[3.0, 1.0, 2.0], 50.0), 2.0);
        assert!(percentile(&[], 50.0).is_nan());
    }

    #[test]
    fn ratios_say_how_far_from_the_floor() {
        let r = Figure::new("r", 500.0, "/s").floor_rate(1000.0);
        assert_eq!(r.ratio, Some(2.0));
    }
}
