//! The old app's leak scenarios (memory-leak report, "Test Scenarios") against this one, with a
//! counting global allocator: live heap bytes and allocations, threads and descriptors from /proc.
//! Every scenario runs its cycles, measures after each, and fails when the last cycle holds more
//! than the reference cycle after warm-up (a fixed allowance, so any growth per cycle fails).
//!
//! Its own test binary without the libtest harness (`harness = false`): scenarios run one after
//! the other on the main thread, so no other test's allocations blur the figures.
//! `cargo test --test leaks [NAME...]` runs all, or those whose name contains a NAME.

#[path = "../support/mod.rs"]
mod support;

mod add_remove;
mod counting;
mod day;
mod measure;
mod peers;
mod window;

#[global_allocator]
static ALLOC: counting::Counting = counting::Counting;

type Scenario = fn() -> Result<String, String>;

const SCENARIOS: [(&str, Scenario); 5] = [
    ("settings_window_open_close", window::settings_open_close),
    ("details_tab_switching", window::details_tabs),
    ("add_remove_cycles", add_remove::cycles),
    ("simulated_day", day::simulated_day),
    ("peer_connections", peers::connections),
];

fn main() -> std::process::ExitCode {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let mut failed = Vec::new();
    for (name, run) in SCENARIOS {
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let started = std::time::Instant::now();
        let outcome = run();
        let secs = started.elapsed().as_secs_f64();
        match outcome {
            Ok(report) => println!("ok    {name} ({secs:.1} s)\n  {report}"),
            Err(report) => {
                println!("FAIL  {name} ({secs:.1} s)\n  {report}");
                failed.push(name);
            }
        }
    }
    if failed.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        println!("failed: {}", failed.join(", "));
        std::process::ExitCode::FAILURE
    }
}
