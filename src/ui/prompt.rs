//! A small modal asking for one value: rename, label, a speed limit, a tracker URL.
//! The value is checked when OK is pressed; a bad one is explained beside the field.

use crate::state::{Command, TorrentView};
use egui::{Context, Id, Modal};

/// What the answer is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    Rename(String),
    Label(Vec<String>),
    UpLimit(Vec<String>),
    DownLimit(Vec<String>),
    /// Add a tracker to this torrent (in a new tier, as qBittorrent does).
    AddTracker(String),
    /// Replace this URL of this torrent.
    EditTracker(String, String),
}

#[derive(Debug)]
pub struct Prompt {
    pub ask: Ask,
    pub text: String,
    error: Option<String>,
}

pub enum PromptOutcome {
    StillOpen,
    Cancelled,
    Done(Command),
}

impl Prompt {
    pub fn new(ask: Ask, text: String) -> Prompt {
        Prompt {
            ask,
            text,
            error: None,
        }
    }

    fn title(&self) -> String {
        match self.ask {
            Ask::Rename(_) => t!("prompt-rename"),
            Ask::Label(_) => t!("prompt-label"),
            Ask::UpLimit(_) => t!("prompt-up-limit"),
            Ask::DownLimit(_) => t!("prompt-down-limit"),
            Ask::AddTracker(_) => t!("prompt-add-tracker"),
            Ask::EditTracker(..) => t!("prompt-edit-tracker"),
        }
    }

    /// `torrent` is the torrent the question is about (for tracker lists).
    pub fn show(&mut self, ctx: &Context, torrent: Option<&TorrentView>) -> PromptOutcome {
        let mut outcome = PromptOutcome::StillOpen;
        let modal = Modal::new(Id::unique("value_prompt")).show(ctx, |ui| {
            ui.set_min_width(360.0);
            let heading = ui.heading(self.title());
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.text)
                        .desired_width(340.0)
                        .id(Id::unique("value_prompt_field")),
                )
                .labelled_by(heading.id);
            field.request_focus();
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.horizontal(|ui| {
                if ui.button(t!("common-ok")).clicked() || enter {
                    match self.command(torrent) {
                        Ok(command) => outcome = PromptOutcome::Done(command),
                        Err(why) => self.error = Some(why),
                    }
                }
                if ui.button(t!("common-cancel")).clicked() {
                    outcome = PromptOutcome::Cancelled;
                }
            });
        });
        if matches!(outcome, PromptOutcome::StillOpen) && modal.should_close() {
            outcome = PromptOutcome::Cancelled;
        }
        outcome
    }

    fn command(&self, torrent: Option<&TorrentView>) -> Result<Command, String> {
        let text = self.text.trim();
        let limit = || {
            text.parse::<u32>()
                .map_err(|_| t!("prompt-not-a-number", text = format!("{text:?}")))
        };
        Ok(match &self.ask {
            Ask::Rename(hash) if !text.is_empty() => Command::Rename {
                info_hash: hash.clone(),
                name: text.to_string(),
            },
            Ask::Rename(_) => return Err(t!("prompt-empty-name")),
            Ask::Label(hashes) => Command::SetLabel {
                info_hashes: hashes.clone(),
                label: text.to_string(),
            },
            Ask::UpLimit(hashes) => Command::SetLimits {
                info_hashes: hashes.clone(),
                upload_kib: Some(limit()?),
                download_kib: None,
            },
            Ask::DownLimit(hashes) => Command::SetLimits {
                info_hashes: hashes.clone(),
                upload_kib: None,
                download_kib: Some(limit()?),
            },
            Ask::AddTracker(hash) | Ask::EditTracker(hash, _) => {
                check_url(text)?;
                let current = torrent.map(trackers_of).unwrap_or_default();
                Command::SetTrackers {
                    info_hash: hash.clone(),
                    trackers: self.new_trackers(current, text),
                }
            }
        })
    }

    fn new_trackers(&self, mut list: Vec<(u32, String)>, url: &str) -> Vec<(u32, String)> {
        match &self.ask {
            Ask::EditTracker(_, old) => {
                for (_, u) in list.iter_mut().filter(|(_, u)| u == old) {
                    *u = url.to_string();
                }
            }
            _ => {
                let tier = list.iter().map(|(t, _)| t + 1).max().unwrap_or(0);
                list.push((tier, url.to_string()));
            }
        }
        list
    }
}

/// A torrent's trackers as (tier, URL).
pub fn trackers_of(t: &TorrentView) -> Vec<(u32, String)> {
    t.trackers.iter().map(|v| (v.tier, v.url.clone())).collect()
}

fn check_url(url: &str) -> Result<(), String> {
    let ok = ["http://", "https://", "udp://"]
        .iter()
        .any(|s| url.strip_prefix(s).is_some_and(|rest| !rest.is_empty()));
    if ok && !url.contains(char::is_whitespace) {
        Ok(())
    } else {
        Err(t!("prompt-bad-url"))
    }
}
