//! Human-readable figures shared by the window and the viewer.

/// Bytes in 1024-based units, e.g. `12.5 MiB`, trailing zeros trimmed.
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text} {}", UNITS[unit])
}

/// A rate in bytes per second, e.g. `1.5 MiB/s`.
pub fn rate(bytes_per_sec: f64) -> String {
    format!("{}/s", bytes(bytes_per_sec.max(0.0).round() as u64))
}

/// A duration like `1h 2m 3s`, `2d 4h`, `45s`.
pub fn duration(secs: u64) -> String {
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    match (d, h, m) {
        (0, 0, 0) => format!("{s}s"),
        (0, 0, _) => format!("{m}m {s}s"),
        (0, _, _) => format!("{h}h {m}m {s}s"),
        _ => format!("{d}d {h}h"),
    }
}

/// A ratio with two decimals; `∞` is never shown because ratio() never divides by zero.
pub fn ratio(r: f64) -> String {
    format!("{r:.2}")
}

/// A moment as local date and time, `2026-11-24 05:10` (UTC in the browser viewer, where the
/// time zone is not known to chrono without extra features).
pub fn datetime(unix_secs: i64) -> String {
    let Some(utc) = chrono::DateTime::from_timestamp(unix_secs, 0) else {
        return "—".into();
    };
    #[cfg(not(target_arch = "wasm32"))]
    let shown = utc.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M");
    #[cfg(target_arch = "wasm32")]
    let shown = utc.format("%Y-%m-%d %H:%M UTC");
    shown.to_string()
}

/// A speed set in KiB/s, e.g. `50 KiB/s`; 0 means no cap where `zero` says so.
pub fn kib(kib: u32, zero: &str) -> String {
    if kib == 0 {
        zero.to_string()
    } else {
        format!("{kib} KiB/s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_1024_based_and_trimmed() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1023), "1023 B");
        assert_eq!(bytes(1024), "1 KiB");
        assert_eq!(bytes(1536), "1.5 KiB");
        assert_eq!(bytes(4 * 1024 * 1024), "4 MiB");
        assert_eq!(bytes(u64::MAX), "16384 PiB");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(45), "45s");
        assert_eq!(duration(125), "2m 5s");
        assert_eq!(duration(3723), "1h 2m 3s");
        assert_eq!(duration(2 * 86_400 + 4 * 3600 + 5), "2d 4h");
    }
}
