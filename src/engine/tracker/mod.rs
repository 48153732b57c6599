//! The tracker engine: BEP 12 announce groups per torrent, their tasks, and the client that
//! talks to trackers.

mod announcer;
pub mod client;
pub mod group;
pub mod live;
pub mod signals;
mod view;

pub use announcer::{AnnounceCtx, STOPPED_BUDGET, run_group};
pub use client::{
    AnnounceError, AnnounceEvent, AnnounceFuture, AnnounceReply, AnnounceRequest, ScrapeFuture,
    ScrapeReply, TrackerClient, TrackerPeer,
};
pub use signals::{Controls, RunState};
pub use view::ViewWriter;
