//! What each command does to the engine.

use super::core::{Engine, write};
use super::tracker::RunState;
use crate::settings::SeedingProfiles;
use crate::state::{Command, EventKind, LogLevel, TorrentStatus, TorrentView};

impl Engine {
    pub(super) fn handle(&mut self, command: Command) {
        match command {
            Command::AddTorrent(source) => {
                self.add(source);
            }
            Command::Remove {
                info_hashes,
                delete_file,
            } => self.remove(&info_hashes, delete_file),
            Command::Pause(hashes) => self.set_paused(Some(&hashes), true),
            Command::Resume(hashes) => self.set_paused(Some(&hashes), false),
            Command::PauseAll => self.set_paused(None, true),
            Command::ResumeAll => self.set_paused(None, false),
            Command::SetSpeeds {
                info_hashes,
                upload_kib,
                download_kib,
            } => {
                self.edit(&info_hashes, |t| {
                    t.upload_speed_kib = upload_kib.unwrap_or(t.upload_speed_kib);
                    t.download_speed_kib = download_kib.unwrap_or(t.download_speed_kib);
                });
            }
            Command::ScaleSpeeds {
                info_hashes,
                upload,
                download,
            } => {
                let scale = |kib: u32, f: f64| ((f64::from(kib) * f).round() as u32).max(1);
                self.edit(&info_hashes, |t| {
                    t.upload_speed_kib = scale(t.upload_speed_kib, upload);
                    t.download_speed_kib = scale(t.download_speed_kib, download);
                });
            }
            Command::SetLimits {
                info_hashes,
                upload_kib,
                download_kib,
            } => {
                self.edit(&info_hashes, |t| {
                    t.upload_limit_kib = upload_kib.unwrap_or(t.upload_limit_kib);
                    t.download_limit_kib = download_kib.unwrap_or(t.download_limit_kib);
                });
            }
            Command::SetThreshold {
                info_hashes,
                percent,
            } => {
                self.edit(&info_hashes, |t| t.threshold = percent.min(100));
            }
            Command::ForceComplete(hashes) => self.force_complete(&hashes),
            Command::ForceAnnounce {
                info_hashes,
                ignore_min_interval,
            } => {
                for hash in &info_hashes {
                    if let Some(controls) = self.owners.get(hash).and_then(|o| o.announcer.as_ref())
                    {
                        controls.force(ignore_min_interval);
                    }
                }
            }
            Command::SetClientProfile {
                info_hashes,
                profile,
            } => self.set_client_profile(&info_hashes, profile),
            Command::SetAnnounceInterval { info_hashes, secs } => {
                self.edit(&info_hashes, |t| t.announce_interval_secs = secs);
                for hash in &info_hashes {
                    if let Some(controls) = self.owners.get(hash).and_then(|o| o.announcer.as_ref())
                    {
                        controls.reschedule();
                    }
                }
            }
            Command::SetAltSpeed(on) => {
                self.settings.speed.enable_alternative_speeds = on;
                self.settings_changed();
                let text = if on {
                    t!("ev-alt-on")
                } else {
                    t!("ev-alt-off")
                };
                self.event(EventKind::Info, text);
            }
            Command::SetSeedingProfile {
                name,
                apply_to_existing,
            } => self.set_seeding_profile(name, apply_to_existing),
            Command::Recheck(hashes) => self.recheck(&hashes),
            Command::RandomProgress(hashes) => self.random_progress(&hashes),
            Command::Queue { info_hashes, to } => self.queue(&info_hashes, to),
            Command::Rename { info_hash, name } => self.rename(&info_hash, &name),
            Command::SetLabel { info_hashes, label } => self.set_label(&info_hashes, &label),
            Command::SetTrackers {
                info_hash,
                trackers,
            } => self.set_trackers(&info_hash, trackers),
            Command::UpdateSettings(settings) => {
                self.update_settings(*settings);
            }
            Command::ExportSettings(path) => self.export_settings(&path),
            Command::ImportSettings(path) => self.import_settings(&path),
            Command::WebServer(status) => self.web_server_status(status),
            Command::DismissNotice(index) => {
                let mut state = write(&self.state);
                if index < state.notices.len() {
                    state.notices.remove(index);
                }
            }
            // Handled by the loop itself.
            Command::Shutdown => {}
        }
    }

    /// Applies `f` to the named torrents.
    pub(super) fn edit(&mut self, hashes: &[String], mut f: impl FnMut(&mut TorrentView)) {
        let mut state = write(&self.state);
        for t in state
            .torrents
            .iter_mut()
            .filter(|t| hashes.contains(&t.info_hash))
        {
            f(t);
        }
    }

    /// Pauses or resumes the named torrents (`None` = all). Resuming also clears an error.
    fn set_paused(&mut self, hashes: Option<&[String]>, pause: bool) {
        let mut changed = Vec::new();
        {
            let mut state = write(&self.state);
            for t in state.torrents.iter_mut() {
                // Resuming also retries a torrent stopped by an error.
                let running = !t.is_paused() && !matches!(t.status, TorrentStatus::Error(_));
                if hashes.is_some_and(|h| !h.contains(&t.info_hash)) || running != pause {
                    continue;
                }
                t.status = t.run_status(pause);
                t.upload_rate = 0.0;
                t.download_rate = 0.0;
                changed.push((t.info_hash.clone(), t.name.clone()));
            }
        }
        let run = if pause {
            RunState::Paused
        } else {
            RunState::Running
        };
        for (hash, _) in &changed {
            if let Some(controls) = self.owners.get(hash).and_then(|o| o.announcer.as_ref()) {
                controls.set(run);
            }
        }
        for (hash, name) in changed {
            self.log(
                LogLevel::Info,
                Some(hash),
                if pause {
                    t!("log-paused", name = name)
                } else {
                    t!("log-resumed", name = name)
                },
            );
        }
    }

    /// Marks torrents complete without counting the missing bytes as downloaded.
    fn force_complete(&mut self, hashes: &[String]) {
        let now_ms = self.clock.now_ms();
        let mut done = Vec::new();
        self.edit(hashes, |t| {
            if t.progress >= 1.0 {
                return;
            }
            t.progress = 1.0;
            t.uploading = true;
            t.completed_at_ms = Some(now_ms);
            if !t.is_paused() {
                t.status = TorrentStatus::Seeding;
            }
            done.push((t.info_hash.clone(), t.name.clone()));
        });
        for (hash, name) in done {
            self.log(
                LogLevel::Info,
                Some(hash),
                t!("log-forced-complete", name = name.as_str()),
            );
            // Complete now, as a real completion would say.
            let now_ms = self.clock.now_ms();
            let event = t!("ev-completed", name = name);
            write(&self.state).push_event(now_ms, EventKind::Success, event);
        }
    }

    /// Re-announces the torrents as another client: the old announce tasks say `stopped` and
    /// end; new ones (grouped by the new client's tier policy) say `started`.
    fn set_client_profile(&mut self, hashes: &[String], profile: Option<String>) {
        self.edit(hashes, |t| t.client_profile = profile.clone());
        for hash in hashes {
            self.restart_announcing(hash);
        }
        let who = profile.as_deref().unwrap_or("the default client");
        self.log(
            LogLevel::Info,
            None,
            t!("log-pose-as", count = hashes.len(), who = who),
        );
    }

    fn set_seeding_profile(&mut self, name: String, apply_to_existing: bool) {
        if SeedingProfiles::embedded().get(&name).is_none() {
            self.notice(
                LogLevel::Error,
                t!("notice-unknown-profile", name = name.as_str()),
            );
            return;
        }
        self.settings.seeding_profile = name.clone();
        let profile = self.settings.active_profile();
        self.settings.upload_speed = profile.upload_speed;
        self.settings.download_speed = profile.download_speed;
        self.settings_changed();
        if apply_to_existing {
            let mut state = write(&self.state);
            for t in state.torrents.iter_mut() {
                t.upload_speed_kib = profile.upload_speed;
                t.download_speed_kib = profile.download_speed;
            }
        }
        self.log(
            LogLevel::Info,
            None,
            t!("log-seeding-profile", name = name.as_str()),
        );
    }
}

impl Engine {
    /// The web server's news: serving and stopping are events, a failure is a notice too.
    fn web_server_status(&mut self, status: crate::state::WebServerStatus) {
        use crate::state::WebServerStatus;
        match status {
            WebServerStatus::Serving(url) => {
                self.event(EventKind::Info, t!("ev-web-serving", url = url.as_str()))
            }
            WebServerStatus::Stopped => self.event(EventKind::Info, t!("ev-web-stopped")),
            WebServerStatus::Failed(why) => {
                self.notice(LogLevel::Error, t!("notice-web-failed", why = why.as_str()))
            }
        }
    }
}
