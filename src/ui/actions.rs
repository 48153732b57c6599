//! What toolbar buttons and keyboard shortcuts ask for; [`super::App`] carries them out.

use crate::state::QueueMove;
use egui::{Key, KeyboardShortcut, Modifiers, Ui};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Open the file dialog.
    Add,
    /// Open the remove confirmation for the selection.
    Remove,
    Pause,
    Resume,
    /// Pause the selection if any of it runs, else resume it.
    TogglePause,
    SelectAll,
    /// Announce the selection now (asking first when a tracker's min interval is not over).
    Announce,
    PauseAll,
    ResumeAll,
    /// Multiply the selection's (upload, download) speeds.
    Scale(f64, f64),
    /// Show or hide the search field.
    ToggleSearch,
    /// Move the selection in the queue.
    Queue(QueueMove),
    /// Open the settings window.
    Settings,
    /// Quit (asking first while torrents run, when `close_action` says so).
    Quit,
}

const SHORTCUTS: [(KeyboardShortcut, Action); 10] = [
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Q),
        Action::Quit,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Comma),
        Action::Settings,
    ),
    (
        KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp),
        Action::Queue(QueueMove::Up),
    ),
    (
        KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown),
        Action::Queue(QueueMove::Down),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
        Action::ToggleSearch,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::R),
        Action::Announce,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
        Action::Add,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::A),
        Action::SelectAll,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
        Action::Remove,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Space),
        Action::TogglePause,
    ),
];

/// Consumes this frame's shortcut key presses. Called before any widget is drawn, so a
/// focused button does not also react to the same Space press.
pub fn shortcuts(ui: &mut Ui) -> Vec<Action> {
    ui.input_mut(|input| {
        SHORTCUTS
            .iter()
            .filter(|(shortcut, _)| input.consume_shortcut(shortcut))
            .map(|&(_, action)| action)
            .collect()
    })
}
