//! STUB
use crate::state::SharedState;
pub type CommandSink = std::sync::Arc<dyn Fn(crate::state::Command) + Send + Sync>;
pub struct App;
impl App {
    pub fn new(_s: SharedState, _k: Option<CommandSink>) -> App {
        App
    }
}
impl eframe::App for App {
    fn ui(&mut self, _ui: &mut egui::Ui, _f: &mut eframe::Frame) {}
}
