//! A torrent's owner: its identity, its `.torrent` copy and the tasks that work for it.
//!
//! Every task a torrent starts is kept here; dropping the owner aborts them all, so nothing
//! outlives a removed torrent. Plain join handles: a task costs its cell and nothing more
//! (a cancellation token and a join set per torrent were ~500 bytes, times 10 000).

use super::tracker::{Controls, RunState};
use std::time::Duration;
use tokio::task::JoinHandle;

pub struct TorrentOwner {
    /// The metainfo itself lives on only as the torrent's state row (not kept twice).
    pub info_hash: [u8; 20],
    /// File name of the copy in `<config dir>/torrents/`.
    pub torrent_file: String,
    /// Steers the announce tasks (none when the torrent has no tracker).
    pub announcer: Option<Controls>,
    tasks: Vec<JoinHandle<()>>,
}

impl TorrentOwner {
    pub fn new(info_hash: [u8; 20], torrent_file: String) -> TorrentOwner {
        TorrentOwner {
            info_hash,
            torrent_file,
            announcer: None,
            tasks: Vec::new(),
        }
    }

    /// Asks the tasks to finish (trackers get `stopped`), waits for them at most `budget`,
    /// then drops the owner, which aborts whatever is left.
    pub async fn retire(mut self, budget: Duration) {
        if let Some(controls) = &self.announcer {
            controls.set(RunState::Stopping);
        }
        let tasks = &mut self.tasks;
        let all_done = async {
            for task in tasks.iter_mut() {
                let _ = task.await;
            }
        };
        let _ = tokio::time::timeout(budget, all_done).await;
    }

    /// Runs a task for this torrent until it ends or the torrent goes away.
    pub fn spawn<F>(&mut self, task: F)
    where
        F: std::future::Future<Output = ()> + Send + 'static,
    {
        // Tasks of an earlier tracker list end on their own; forget them.
        self.tasks.retain(|t| !t.is_finished());
        self.tasks.push(tokio::spawn(task));
    }

    /// Number of tasks still running.
    #[cfg(test)]
    pub fn running_tasks(&mut self) -> usize {
        self.tasks.retain(|t| !t.is_finished());
        self.tasks.len()
    }
}

impl Drop for TorrentOwner {
    fn drop(&mut self) {
        self.tasks.iter().for_each(JoinHandle::abort);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn dropping_the_owner_cancels_its_tasks() {
        let mut owner = TorrentOwner::new([7; 20], "x.torrent".into());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        owner.spawn(async move {
            let _keep = tx; // dropped when the task ends
            std::future::pending::<()>().await;
        });
        assert_eq!(owner.running_tasks(), 1);
        drop(owner);
        // The sender is dropped only if the task was cancelled and freed.
        assert!(rx.await.is_err());
    }
}
