//! What a scenario measures after each cycle, and the check that it does not grow.
//! Scenarios reserve their `Vec<Sample>` up front: a vector of samples growing by 32 B a cycle
//! is itself a per-cycle growth of the heap (it was the first "leak" these tests found).

use super::counting;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    pub bytes: usize,
    pub allocations: usize,
    pub threads: usize,
    pub fds: usize,
}

/// Entries in a /proc/self directory (threads, descriptors); 0 if it cannot be read.
fn entries(dir: &str) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| d.count())
}

/// The heap, threads and descriptors now: each the lowest of readings over 100 ms, so a
/// transient buffer of a running task (a ledger write, a step) or a file it has open for a
/// moment is not taken for a leak (the ledger's temp file stays open through its fsync, which
/// took more than the 20 ms this once spanned on a CI machine); a leak stays in every reading.
pub fn sample() -> Sample {
    let mut best = read();
    for _ in 0..5 {
        std::thread::sleep(Duration::from_millis(20));
        let s = read();
        if s.bytes < best.bytes {
            best.bytes = s.bytes;
            best.allocations = s.allocations;
        }
        best.threads = best.threads.min(s.threads);
        best.fds = best.fds.min(s.fds);
    }
    best
}

fn read() -> Sample {
    Sample {
        bytes: counting::live_bytes(),
        allocations: counting::live_count(),
        threads: entries("/proc/self/task"),
        fds: entries("/proc/self/fd"),
    }
}

/// How much the heap may differ between the reference cycle and the last, whatever the number
/// of cycles in between: a fixed allowance for noise, never a growth per cycle.
#[derive(Clone, Copy, Debug)]
pub struct Tolerance {
    pub bytes: usize,
    pub allocations: usize,
}

/// Fails when the last sample holds more heap than `samples[reference]` beyond `tol`, or more
/// threads or descriptors than `samples[os_reference]`.
pub fn check_flat(
    what: &str,
    samples: &[Sample],
    reference: usize,
    os_reference: usize,
    tol: Tolerance,
) -> Result<String, String> {
    let (Some(first), Some(os), Some(last)) = (
        samples.get(reference),
        samples.get(os_reference),
        samples.last(),
    ) else {
        return Err(format!("{what}: too few samples ({})", samples.len()));
    };
    let cycles = samples.len() - 1 - reference;
    let grew = last.bytes as i64 - first.bytes as i64;
    let grew_count = last.allocations as i64 - first.allocations as i64;
    let line = format!(
        "{what}: heap {} B / {} allocations at cycle {} -> {} B / {} at cycle {} ({grew:+} B, \
         {grew_count:+} allocations over {cycles} cycles); threads {} -> {}, fds {} -> {}",
        first.bytes,
        first.allocations,
        reference + 1,
        last.bytes,
        last.allocations,
        samples.len(),
        os.threads,
        last.threads,
        os.fds,
        last.fds
    );
    let mut wrong = Vec::new();
    if grew > tol.bytes as i64 {
        wrong.push(format!("the heap grew by {grew} B (allowed {})", tol.bytes));
    }
    if grew_count > tol.allocations as i64 {
        wrong.push(format!(
            "live allocations grew by {grew_count} (allowed {})",
            tol.allocations
        ));
    }
    if let Some(s) = samples[os_reference..]
        .iter()
        .find(|s| s.threads > os.threads)
    {
        wrong.push(format!("threads went from {} to {}", os.threads, s.threads));
    }
    if let Some(s) = samples[os_reference..].iter().find(|s| s.fds > os.fds) {
        wrong.push(format!("descriptors went from {} to {}", os.fds, s.fds));
    }
    if wrong.is_empty() {
        Ok(line)
    } else {
        Err(format!("{line}\n  LEAK: {}", wrong.join("; ")))
    }
}

/// Heap bytes of every sample, for the report line.
pub fn series(samples: &[Sample]) -> String {
    samples
        .iter()
        .map(|s| s.bytes.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}
