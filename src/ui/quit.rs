//! What closing the window does (`close_action`): quit, ask first while torrents are running,
//! or minimise and keep seeding. Ctrl+Q and a confirmed dialog quit for real; so does a signal
//! (the window's owner sets the forced flag first), which never waits for an answer.

use crate::settings::CloseAction;
use egui::{Context, Id, Modal, ViewportCommand};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by whoever must close the window without a question (SIGINT / SIGTERM).
pub type ForceQuit = Arc<AtomicBool>;

#[derive(Default)]
pub struct Quit {
    /// The question is on screen.
    asking: bool,
    /// The user chose to quit: the next close request goes through.
    confirmed: bool,
    forced: ForceQuit,
}

/// The dialog's answer.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Open,
    Quit,
    Minimize,
    Cancel,
}

impl Quit {
    pub fn with_forced(forced: ForceQuit) -> Quit {
        Quit {
            forced,
            ..Quit::default()
        }
    }

    /// Ctrl+Q: quit as closing would, but never only minimise.
    pub fn request(&mut self, ctx: &Context, action: CloseAction, running: usize) {
        if action == CloseAction::Quit || running == 0 {
            self.quit_now(ctx);
        } else {
            self.asking = true;
            ctx.request_repaint();
        }
    }

    /// Called every pass (also while minimised): turns a close request into the chosen action.
    pub fn on_close_request(
        &mut self,
        ctx: &Context,
        action: CloseAction,
        running: impl FnOnce() -> usize,
    ) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.confirmed || self.forced.load(Ordering::Relaxed) {
            return;
        }
        match action {
            CloseAction::Quit => {}
            CloseAction::Ask if running() == 0 => {}
            CloseAction::Ask => {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.asking = true;
                ctx.request_repaint();
            }
            CloseAction::Minimize => {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                ctx.send_viewport_cmd(ViewportCommand::Minimized(true));
            }
        }
    }

    /// Draws the question while it is open; once quitting, asks for the close every pass (a
    /// pass egui discards and runs again drops what it sent).
    pub fn show(&mut self, ctx: &Context, running: impl FnOnce() -> usize) {
        if self.confirmed {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        if !self.asking {
            return;
        }
        match dialog(ctx, running()) {
            Answer::Open => {}
            Answer::Quit => {
                self.asking = false;
                self.quit_now(ctx);
            }
            Answer::Minimize => {
                self.asking = false;
                ctx.send_viewport_cmd(ViewportCommand::Minimized(true));
            }
            Answer::Cancel => self.asking = false,
        }
    }

    pub fn is_asking(&self) -> bool {
        self.asking
    }

    fn quit_now(&mut self, ctx: &Context) {
        self.confirmed = true;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }
}

fn dialog(ctx: &Context, running: usize) -> Answer {
    let mut answer = Answer::Open;
    let modal = Modal::new(Id::unique("quit_confirmation")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(t!("quit-title"));
        ui.label(t!("quit-body", count = running));
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(t!("quit-quit")).clicked() {
                answer = Answer::Quit;
            }
            if ui.button(t!("quit-minimize")).clicked() {
                answer = Answer::Minimize;
            }
            if ui.button(t!("common-cancel")).clicked() {
                answer = Answer::Cancel;
            }
        });
    });
    if answer == Answer::Open && modal.should_close() {
        answer = Answer::Cancel;
    }
    answer
}
