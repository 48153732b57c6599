//! An in-process engine posing as a client profile, listening for peers on a free loopback
//! port and seeding one test torrent.

use super::engine::snapshot;
use super::ports::free_port;
use super::torrent::TestTorrent;
use dfakeseeder::engine::persona::Persona;
use dfakeseeder::engine::{self, EngineHandle, EngineOptions};
use dfakeseeder::profile::Profiles;
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{Command, TorrentSource, TorrentStatus};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Running {
    pub runtime: tokio::runtime::Runtime,
    pub handle: EngineHandle,
    pub port: u16,
    _dir: tempfile::TempDir,
}

/// An engine posing as `profile`, listening on a free loopback port, seeding `torrent`.
pub fn seeding(profile: &str, torrent: &TestTorrent) -> Running {
    seeding_with(profile, torrent, Settings::default())
}

/// Like [`seeding`], with these settings (the profile is set on them).
pub fn seeding_with(profile: &str, torrent: &TestTorrent, settings: Settings) -> Running {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port().expect("port");
    let profiles = Profiles::embedded().expect("profiles");
    let default = profiles.get(profile).expect("profile").clone();
    let settings = Settings {
        client_profile: profile.into(),
        ..settings
    };
    let mut options = EngineOptions::new(dir.path().to_path_buf(), settings);
    options.persona = Some(Arc::new(Persona::new(profiles, default)));
    options.listen_addr = Some(([127, 0, 0, 1], port).into());
    let handle = {
        let _enter = runtime.enter();
        engine::spawn(options)
    };
    let data = torrent.to_bytes(&[]).expect("bytes");
    handle.send(Command::AddTorrent(TorrentSource::Bytes {
        name: "t".into(),
        data,
    }));
    let deadline = Instant::now() + Duration::from_secs(10);
    while snapshot(&handle).torrents.is_empty() {
        assert!(Instant::now() < deadline, "not added");
        std::thread::sleep(Duration::from_millis(20));
    }
    let hash = snapshot(&handle).torrents[0].info_hash.clone();
    handle.send(Command::ForceComplete(vec![hash]));
    while snapshot(&handle).torrents[0].status != TorrentStatus::Seeding {
        std::thread::sleep(Duration::from_millis(20));
    }
    Running {
        runtime,
        handle,
        port,
        _dir: dir,
    }
}

impl Running {
    pub fn stop(self) {
        self.runtime.block_on(self.handle.shutdown());
    }
}
