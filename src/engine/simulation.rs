//! The download-then-seed model, as a pure function of elapsed time.
//!
//! Each step, a running torrent moves at its set speed times a random factor (the seeding
//! profile's range, 0.2..0.8 by default, as in the old app), capped by its own limits; then the
//! global (or alternative) limits scale every torrent down in proportion when the sum exceeds
//! them. Accounting uses the elapsed time of the step, never a tick count.

use crate::state::{TorrentStatus, TorrentView};
use rand::Rng;
use std::time::Duration;

/// What the step needs beyond the torrents.
#[derive(Clone, Copy, Debug)]
pub struct SimParams {
    /// Bounds of the per-step random factor applied to the set speeds.
    pub factor_range: (f64, f64),
    /// Global caps in KiB/s, 0 = none.
    pub upload_limit_kib: u32,
    pub download_limit_kib: u32,
}

/// What a step did, for the global figures and the events it triggers.
#[derive(Debug, Default, PartialEq)]
pub struct StepOutcome {
    pub uploaded: u64,
    pub downloaded: u64,
    /// Indices of the torrents that reached 100 % in this step.
    pub completed: Vec<usize>,
}

const KIB: f64 = 1024.0;

/// Advances every running torrent by `dt`.
pub fn step(
    torrents: &mut [TorrentView],
    dt: Duration,
    now_ms: u64,
    params: &SimParams,
    rng: &mut impl Rng,
) -> StepOutcome {
    let secs = dt.as_secs_f64();
    let mut up_want = vec![0.0; torrents.len()];
    let mut down_want = vec![0.0; torrents.len()];
    for (i, t) in torrents.iter_mut().enumerate() {
        if !is_running(t) {
            t.upload_rate = 0.0;
            t.download_rate = 0.0;
            continue;
        }
        if !t.uploading && t.progress * 100.0 >= f64::from(t.threshold) {
            t.uploading = true;
        }
        if t.uploading {
            up_want[i] = wanted(t.upload_speed_kib, t.upload_limit_kib, secs, params, rng);
        }
        if t.progress < 1.0 {
            let left = bytes_left(t) as f64;
            down_want[i] = wanted(
                t.download_speed_kib,
                t.download_limit_kib,
                secs,
                params,
                rng,
            )
            .min(left);
        }
    }
    scale_to_limit(&mut up_want, params.upload_limit_kib, secs);
    scale_to_limit(&mut down_want, params.download_limit_kib, secs);

    let mut outcome = StepOutcome::default();
    for (i, t) in torrents.iter_mut().enumerate() {
        if !is_running(t) {
            continue;
        }
        // Floor, so the sum never exceeds a cap; less than a byte per torrent per step.
        let up = up_want[i].floor() as u64;
        let down = down_want[i].floor() as u64;
        apply(t, up, down, secs, now_ms, i, &mut outcome);
    }
    outcome
}

fn is_running(t: &TorrentView) -> bool {
    matches!(
        t.status,
        TorrentStatus::Downloading | TorrentStatus::Seeding
    )
}

/// Bytes still missing, from the progress.
pub fn bytes_left(t: &TorrentView) -> u64 {
    let have = (t.progress.clamp(0.0, 1.0) * t.total_size as f64).round() as u64;
    t.total_size.saturating_sub(have)
}

/// Bytes a torrent would move in `secs` at its speed, random factor and own cap.
fn wanted(
    speed_kib: u32,
    limit_kib: u32,
    secs: f64,
    params: &SimParams,
    rng: &mut impl Rng,
) -> f64 {
    let (lo, hi) = params.factor_range;
    let factor = if hi > lo {
        rng.random_range(lo..hi)
    } else {
        lo
    };
    let mut bytes = f64::from(speed_kib) * KIB * factor * secs;
    if limit_kib > 0 {
        bytes = bytes.min(f64::from(limit_kib) * KIB * secs);
    }
    bytes
}

/// Scales all wants down in proportion when their sum exceeds the global cap.
fn scale_to_limit(wants: &mut [f64], limit_kib: u32, secs: f64) {
    if limit_kib == 0 {
        return;
    }
    let cap = f64::from(limit_kib) * KIB * secs;
    let sum: f64 = wants.iter().sum();
    if sum > cap {
        let k = cap / sum;
        wants.iter_mut().for_each(|w| *w *= k);
    }
}

fn apply(
    t: &mut TorrentView,
    up: u64,
    down: u64,
    secs: f64,
    now_ms: u64,
    index: usize,
    outcome: &mut StepOutcome,
) {
    let was_complete = t.progress >= 1.0;
    t.session_uploaded += up;
    t.total_uploaded += up;
    t.session_downloaded += down;
    t.total_downloaded += down;
    t.upload_rate = if secs > 0.0 { up as f64 / secs } else { 0.0 };
    t.download_rate = if secs > 0.0 { down as f64 / secs } else { 0.0 };
    if down > 0 {
        let left = bytes_left(t).saturating_sub(down);
        t.progress = if left == 0 || t.total_size == 0 {
            1.0
        } else {
            1.0 - left as f64 / t.total_size as f64
        };
    }
    if was_complete {
        t.seed_time_secs += secs.round() as u64;
    } else if t.progress >= 1.0 {
        t.completed_at_ms = Some(now_ms);
        outcome.completed.push(index);
    }
    t.status = if t.progress >= 1.0 {
        TorrentStatus::Seeding
    } else {
        TorrentStatus::Downloading
    };
    outcome.uploaded += up;
    outcome.downloaded += down;
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::SmallRng;

    fn torrent(size: u64, up: u32, down: u32, threshold: u8) -> TorrentView {
        TorrentView {
            total_size: size,
            upload_speed_kib: up,
            download_speed_kib: down,
            threshold,
            ..Default::default()
        }
    }

    const PARAMS: SimParams = SimParams {
        factor_range: (0.2, 0.8),
        upload_limit_kib: 0,
        download_limit_kib: 0,
    };

    #[test]
    fn downloads_to_completion_then_seeds() {
        let mut rng = SmallRng::seed_from_u64(1);
        let mut ts = vec![torrent(10 * 1024 * 1024, 100, 1000, 30)];
        let mut completed_at = None;
        for s in 0..200u64 {
            let out = step(&mut ts, Duration::from_secs(1), s * 1000, &PARAMS, &mut rng);
            if !out.completed.is_empty() {
                completed_at = Some(s);
            }
        }
        let t = &ts[0];
        assert_eq!(t.progress, 1.0);
        assert_eq!(
            t.total_downloaded,
            10 * 1024 * 1024,
            "never downloads past the size"
        );
        assert_eq!(t.status, TorrentStatus::Seeding);
        assert!(t.uploading);
        let done = completed_at.expect("completes");
        assert_eq!(t.completed_at_ms, Some(done * 1000));
        assert!(t.seed_time_secs > 0 && t.seed_time_secs < 200);
    }

    #[test]
    fn no_upload_below_threshold() {
        let mut rng = SmallRng::seed_from_u64(2);
        let mut ts = vec![torrent(u64::MAX / 2, 100, 1, 50)];
        step(&mut ts, Duration::from_secs(10), 0, &PARAMS, &mut rng);
        assert_eq!(ts[0].total_uploaded, 0);
        assert!(!ts[0].uploading);
    }

    #[test]
    fn paused_torrents_do_not_move() {
        let mut rng = SmallRng::seed_from_u64(3);
        let mut t = torrent(1 << 30, 100, 100, 0);
        t.status = TorrentStatus::Paused;
        let mut ts = vec![t];
        let out = step(&mut ts, Duration::from_secs(10), 0, &PARAMS, &mut rng);
        assert_eq!(out, StepOutcome::default());
        assert_eq!(ts[0].total_uploaded, 0);
    }

    #[test]
    fn per_torrent_and_global_caps_hold() {
        let mut rng = SmallRng::seed_from_u64(4);
        let mut ts: Vec<_> = (0..10).map(|_| torrent(1 << 40, 1000, 1000, 0)).collect();
        ts[0].upload_limit_kib = 10;
        let params = SimParams {
            upload_limit_kib: 100,
            ..PARAMS
        };
        let out = step(&mut ts, Duration::from_secs(2), 0, &params, &mut rng);
        assert!(
            out.uploaded <= 100 * 1024 * 2 + 10,
            "global cap: {}",
            out.uploaded
        );
        assert!(
            out.uploaded >= 100 * 1024 * 2 - 10,
            "cap is used fully when demand exceeds it"
        );
        assert!(ts[0].total_uploaded <= 10 * 1024 * 2);
    }

    #[test]
    fn elapsed_time_not_tick_count_drives_accounting() {
        let fixed = SimParams {
            factor_range: (0.5, 0.5),
            ..PARAMS
        };
        let mut rng = SmallRng::seed_from_u64(5);
        let mut a = vec![torrent(1 << 40, 100, 0, 0)];
        let mut b = a.clone();
        for _ in 0..60 {
            step(&mut a, Duration::from_secs(1), 0, &fixed, &mut rng);
        }
        step(&mut b, Duration::from_secs(60), 0, &fixed, &mut rng);
        assert_eq!(a[0].total_uploaded, b[0].total_uploaded);
        assert_eq!(a[0].total_uploaded, 100 * 1024 * 60 / 2);
    }
}
