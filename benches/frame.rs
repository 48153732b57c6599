//! Frame cost of the window with 1 000 and 10 000 torrents: building the UI and tessellating it,
//! on the CPU (no GPU). Run: `cargo bench --bench frame`; figures go into docs/PERFORMANCE.md.

mod common;

use common::state;
use dfakeseeder::ui::{App, CommandSink};
use std::sync::{Arc, RwLock};
use std::time::Instant;

fn measure(n: usize) {
    let shared = Arc::new(RwLock::new(state(n)));
    let sink: CommandSink = Arc::new(|_| {});
    let mut app = App::new(shared.clone(), Some(sink));
    let ctx = egui::Context::default();
    // 60 frames a second (scrolling, hovering) while the state changes every frame.
    let input = |frame: usize| egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        time: Some(frame as f64 / 60.0),
        ..Default::default()
    };
    let frames = 60;
    let (mut build, mut tessellate) = (0.0, 0.0);
    for frame in 0..frames + 5 {
        if let Ok(mut s) = shared.write() {
            s.revision += 1; // a live engine changes the state every step
        }
        let t0 = Instant::now();
        let out = ctx.run_ui(input(frame), |ui| app.ui(ui));
        let t1 = Instant::now();
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        let t2 = Instant::now();
        if frame >= 5 {
            build += (t1 - t0).as_secs_f64();
            tessellate += (t2 - t1).as_secs_f64();
        }
    }
    let ms = |s: f64| s * 1000.0 / frames as f64;
    println!(
        "{n} torrents: build {:.2} ms, tessellate {:.2} ms per frame (mean of {frames})",
        ms(build),
        ms(tessellate)
    );
}

fn main() {
    for n in [1_000, 10_000] {
        measure(n);
    }
}
