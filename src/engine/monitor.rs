//! Samples this process's own figures (CPU, memory, threads, descriptors) and the machine's
//! network traffic for the Monitoring view, through `sysinfo`.

use crate::state::MonitorSample;
use sysinfo::{Networks, Pid, ProcessRefreshKind, ProcessesToUpdate, System};

pub struct ProcessMonitor {
    system: System,
    networks: Networks,
    pid: Option<Pid>,
}

impl ProcessMonitor {
    pub fn new() -> ProcessMonitor {
        let mut monitor = ProcessMonitor {
            system: System::new(),
            networks: Networks::new_with_refreshed_list(),
            pid: sysinfo::get_current_pid().ok(),
        };
        // CPU use is measured between two refreshes: take the first one now.
        monitor.refresh();
        monitor
    }

    fn refresh(&mut self) {
        if let Some(pid) = self.pid {
            let what = ProcessRefreshKind::nothing()
                .with_cpu()
                .with_memory()
                .with_tasks();
            self.system
                .refresh_processes_specifics(ProcessesToUpdate::Some(&[pid]), true, what);
        }
    }

    /// A reading now; `torrents` and `connections` come from the engine.
    pub fn sample(&mut self, at_ms: u64, torrents: u32, connections: u32) -> MonitorSample {
        self.refresh();
        self.networks.refresh(true);
        let (rx, tx) = self.networks.values().fold((0, 0), |(rx, tx), n| {
            (rx + n.received(), tx + n.transmitted())
        });
        let process = self.pid.and_then(|pid| self.system.process(pid));
        MonitorSample {
            at_ms,
            cpu_percent: process.map_or(0.0, |p| p.cpu_usage()),
            rss_bytes: process.map_or(0, |p| p.memory()),
            // The main thread is the process itself; `tasks` lists the others too.
            threads: process
                .and_then(|p| p.tasks())
                .map_or(1, |t| t.len().max(1) as u32),
            fds: process.and_then(|p| p.open_files()).unwrap_or(0) as u32,
            net_rx_bytes: rx,
            net_tx_bytes: tx,
            torrents,
            connections,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_this_process() {
        let mut m = ProcessMonitor::new();
        let s = m.sample(1, 2, 3);
        assert!(s.rss_bytes > 1024 * 1024, "rss {}", s.rss_bytes);
        assert!(s.threads >= 1);
        // stdin/stdout/stderr at least.
        assert!(s.fds >= 3, "fds {}", s.fds);
        assert_eq!((s.torrents, s.connections), (2, 3));
    }
}
