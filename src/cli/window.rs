//! The native window (eframe, glow) over the engine running on the tokio runtime.

use crate::engine::Repaint;
use crate::engine::{self, EngineOptions};
use crate::ui::quit::ForceQuit;
use crate::ui::{App, CommandSink};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio::runtime::Runtime;

/// How long closing the window waits for the engine to save and say goodbye.
const SHUTDOWN_BUDGET: Duration = Duration::from_secs(10);

pub fn run(
    runtime: &Runtime,
    options: EngineOptions,
    torrents: Vec<PathBuf>,
) -> Result<(), String> {
    let repaint = options.repaint.clone();
    let settings = options.settings.clone();
    let (handle, web) = {
        let _enter = runtime.enter();
        let handle = engine::spawn(options);
        // The web server runs while `webui.enabled` is on, restarted as its settings change.
        let ctx = crate::web::WebContext::new(handle.state.clone(), handle.sender());
        let web = crate::web::supervise(ctx, handle.settings(), crate::web::Mode::Window, None);
        (handle, web)
    };
    super::add_all(&handle, torrents);
    let sender = handle.sender();
    let sink: CommandSink = Arc::new(move |command| {
        let _ = sender.send(command);
    });
    let state = handle.state.clone();
    let ctx_slot: Arc<OnceLock<egui::Context>> = Arc::default();
    let forced: ForceQuit = Arc::default();
    close_on_signal(runtime, ctx_slot.clone(), forced.clone());

    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("dfakeseeder")
            .with_app_id("dfakeseeder")
            .with_inner_size([1100.0, 700.0])
            .with_drag_and_drop(true),
        // Size and place are restored by eframe only when the user wants them kept.
        persist_window: settings.remember_window_size,
        ..Default::default()
    };
    let result = eframe::run_native(
        "dfakeseeder",
        native,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let _ = ctx_slot.set(ctx.clone());
            if settings.start_minimized {
                ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
            }
            let app = App::new(state, Some(sink))
                .with_storage(cc.storage)
                .with_forced_quit(forced);
            // Monitoring samples wake the window only while that view is on screen.
            let monitoring = app.monitoring_shown();
            let _ = repaint.set(Box::new(move |what| {
                if what == Repaint::State || monitoring.load(Ordering::Relaxed) {
                    ctx.request_repaint();
                }
            }));
            Ok(Box::new(FirstFrame { app, logged: false }))
        }),
    );
    runtime.block_on(async {
        if tokio::time::timeout(SHUTDOWN_BUDGET, handle.shutdown())
            .await
            .is_err()
        {
            tracing::error!("the engine did not stop within {SHUTDOWN_BUDGET:?}");
        }
        // With the engine gone the supervisor stops the server.
        let _ = tokio::time::timeout(SHUTDOWN_BUDGET, web).await;
    });
    result.map_err(|e| format!("the window could not run: {e}"))
}

/// The window's app, which says once how long the first frame took from the start of the
/// process (scripts/bench reads it).
struct FirstFrame {
    app: App,
    logged: bool,
}

impl eframe::App for FirstFrame {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        eframe::App::logic(&mut self.app, ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        eframe::App::ui(&mut self.app, ui, frame);
        if !std::mem::replace(&mut self.logged, true) {
            let torrents = self.app.torrent_count();
            let ms = super::since_start().as_secs_f64() * 1000.0;
            tracing::info!("first frame built {ms:.0} ms after start ({torrents} torrents)");
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::App::save(&mut self.app, storage);
    }
}

/// SIGINT / SIGTERM close the window, so the ledger is saved as on a normal quit; the close
/// is forced, so `close_action` never asks or minimises instead.
fn close_on_signal(runtime: &Runtime, ctx: Arc<OnceLock<egui::Context>>, forced: ForceQuit) {
    runtime.spawn(async move {
        super::headless::wait_for_stop_signal().await;
        forced.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(ctx) = ctx.get() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    });
}
