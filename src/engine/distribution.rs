//! Sharing a total bandwidth among the running torrents (the old app's speed distribution,
//! inventory §4.3): some torrents get nothing, the rest get uneven shares (Pareto, power law or
//! log-normal). Pure functions over numbers and a random source; the engine applies the result
//! to the torrents' set speeds.

use crate::settings::{Algorithm, DistributionSettings};
use rand::Rng;
use rand::seq::SliceRandom;

/// Speeds in KiB/s for `n` torrents sharing about `base` KiB/s (0 = the sum of `current`).
pub fn distribute(
    s: &DistributionSettings,
    base: u32,
    current: &[u32],
    rng: &mut impl Rng,
) -> Vec<u32> {
    let n = current.len();
    if n == 0 || s.algorithm == Algorithm::Off {
        return current.to_vec();
    }
    let spread = f64::from(s.spread_percentage.min(100)) / 100.0;
    let total = if base > 0 {
        f64::from(base) * rng.random_range((1.0 - spread)..=(1.0 + spread))
    } else {
        current.iter().map(|&v| f64::from(v)).sum()
    };
    let (lo, hi) = (
        s.stopped_min_percentage,
        s.stopped_max_percentage.max(s.stopped_min_percentage),
    );
    let stopped_pct = f64::from(rng.random_range(lo..=hi).min(100));
    // With one torrent it gets everything.
    let stopped = if n > 1 {
        ((n as f64 * stopped_pct / 100.0).ceil() as usize).min(n - 1)
    } else {
        0
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(rng);
    let (off, on) = order.split_at(stopped);
    let weights = weights(s.algorithm, spread, on.len(), rng);
    let sum: f64 = weights.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    let mut out = vec![0u32; n];
    for (&i, w) in on.iter().zip(&weights) {
        out[i] = (total * w / sum).round().clamp(0.0, f64::from(u32::MAX)) as u32;
    }
    for &i in off {
        out[i] = 0;
    }
    out
}

/// Unnormalised shares for `n` torrents.
fn weights(algorithm: Algorithm, spread: f64, n: usize, rng: &mut impl Rng) -> Vec<f64> {
    match algorithm {
        Algorithm::Off => vec![1.0; n],
        Algorithm::Pareto => {
            // The bottom p% of torrents share p% of the bandwidth, the rest the remainder.
            let p = (spread * 100.0).clamp(1.0, 99.0);
            let bottom = ((n as f64 * p / 100.0).ceil() as usize).clamp(1, n);
            let top = n - bottom;
            let mut w: Vec<f64> = Vec::with_capacity(n);
            let tier = |count: usize, share: f64, rng: &mut dyn rand::RngCore| -> Vec<f64> {
                let raw: Vec<f64> = (0..count).map(|_| rng.random_range(0.5..1.5)).collect();
                let s: f64 = raw.iter().sum::<f64>().max(f64::MIN_POSITIVE);
                raw.into_iter().map(|r| r / s * share).collect()
            };
            if top > 0 {
                w.extend(tier(top, (100.0 - p) / 100.0, rng));
                w.extend(tier(bottom, p / 100.0, rng));
            } else {
                w.extend(tier(bottom, 1.0, rng));
            }
            w.shuffle(rng);
            w
        }
        Algorithm::PowerLaw => {
            let alpha = 0.5 + 2.5 * spread;
            let mut w: Vec<f64> = (1..=n)
                .map(|r| (r as f64).powf(-alpha) * rng.random_range(0.95..1.05))
                .collect();
            w.shuffle(rng);
            w
        }
        Algorithm::LogNormal => {
            let sigma = 0.1 + 1.9 * spread;
            (0..n)
                .map(|_| (sigma * standard_normal(rng)).exp().max(0.1))
                .collect()
        }
    }
}

/// Box–Muller.
fn standard_normal(rng: &mut impl Rng) -> f64 {
    let u1: f64 = rng.random_range(f64::EPSILON..1.0);
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::RedistributionMode;
    use rand::SeedableRng;
    use rand::rngs::SmallRng;

    fn settings(algorithm: Algorithm, spread: u32, stopped: (u32, u32)) -> DistributionSettings {
        DistributionSettings {
            algorithm,
            spread_percentage: spread,
            redistribution_mode: RedistributionMode::Tick,
            custom_interval_minutes: 5,
            stopped_min_percentage: stopped.0,
            stopped_max_percentage: stopped.1,
        }
    }

    #[test]
    fn off_changes_nothing() {
        let mut rng = SmallRng::seed_from_u64(1);
        let current = [10, 20, 30];
        assert_eq!(
            distribute(
                &settings(Algorithm::Off, 50, (20, 40)),
                1000,
                &current,
                &mut rng
            ),
            current
        );
    }

    #[test]
    fn every_algorithm_shares_the_total_and_stops_some() {
        for algorithm in [Algorithm::Pareto, Algorithm::PowerLaw, Algorithm::LogNormal] {
            let mut rng = SmallRng::seed_from_u64(7);
            let s = settings(algorithm, 0, (30, 30));
            let speeds = distribute(&s, 1000, &[50; 10], &mut rng);
            let total: u32 = speeds.iter().sum();
            // Spread 0: the total is exactly the base (within rounding).
            assert!((995..=1005).contains(&total), "{algorithm:?}: {total}");
            assert_eq!(
                speeds.iter().filter(|&&v| v == 0).count(),
                3,
                "{algorithm:?}: {speeds:?}"
            );
        }
    }

    #[test]
    fn a_wider_spread_makes_shares_more_unequal() {
        let unevenness = |spread| {
            let mut rng = SmallRng::seed_from_u64(3);
            let s = settings(Algorithm::PowerLaw, spread, (0, 0));
            let v = distribute(&s, 0, &[100; 50], &mut rng);
            let max = *v.iter().max().unwrap_or(&0) as f64;
            let min = *v.iter().min().unwrap_or(&0) as f64;
            max / min.max(1.0)
        };
        assert!(unevenness(90) > unevenness(10) * 2.0);
    }

    #[test]
    fn one_torrent_gets_everything() {
        let mut rng = SmallRng::seed_from_u64(5);
        let s = settings(Algorithm::Pareto, 0, (100, 100));
        assert_eq!(distribute(&s, 800, &[1], &mut rng), [800]);
    }
}
