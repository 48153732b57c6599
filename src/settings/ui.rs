//! Settings the window reads: columns, toasts, the Monitoring view.

use serde::{Deserialize, Serialize};

/// Where toasts appear (the old app's `notification_settings.position` values).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ToastPosition {
    TopLeft,
    TopCenter,
    TopRight,
    BottomLeft,
    BottomCenter,
    BottomRight,
}

impl ToastPosition {
    pub const ALL: [ToastPosition; 6] = [
        ToastPosition::TopLeft,
        ToastPosition::TopCenter,
        ToastPosition::TopRight,
        ToastPosition::BottomLeft,
        ToastPosition::BottomCenter,
        ToastPosition::BottomRight,
    ];
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NotificationSettings {
    /// Toasts on or off (events are still logged).
    pub enabled: bool,
    pub position: ToastPosition,
    /// Toasts on screen at once; more wait their turn (1..=10).
    pub max_visible: u32,
    /// How long each kind stays, ms (0 = until dismissed; at most 30 000).
    pub info_timeout_ms: u32,
    pub success_timeout_ms: u32,
    pub warning_timeout_ms: u32,
    pub error_timeout_ms: u32,
    /// The newest event also appears in the status bar.
    pub show_in_statusbar: bool,
    /// Completed torrents and tracker errors also go to the desktop's notifications.
    pub desktop_notifications: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UiSettings {
    /// Seconds between Monitoring samples (1..=10).
    pub monitoring_refresh_interval: u32,
    pub color_scheme: ColorScheme,
    pub density: Density,
}

/// Light or dark, or as the system says (the old app's `ui_settings.color_scheme`).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ColorScheme {
    Auto,
    Light,
    Dark,
}

/// Spacing of the whole window.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Density {
    Compact,
    Comfortable,
}

/// What closing the window does (qBittorrent's "confirm on exit", or keep seeding out of
/// sight). The old app's `close_to_tray` needed a tray icon, which we do not have.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum CloseAction {
    /// Quit at once (trackers get `stopped`).
    Quit,
    /// Ask first while torrents are running; quit at once when none is.
    Ask,
    /// Minimise the window and keep seeding; Ctrl+Q quits.
    Minimize,
}

impl NotificationSettings {
    pub fn validate(&self) -> Result<(), String> {
        super::in_range("notification_settings.max_visible", self.max_visible, 1, 10)?;
        let timeouts = [
            (
                "notification_settings.info_timeout_ms",
                self.info_timeout_ms,
            ),
            (
                "notification_settings.success_timeout_ms",
                self.success_timeout_ms,
            ),
            (
                "notification_settings.warning_timeout_ms",
                self.warning_timeout_ms,
            ),
            (
                "notification_settings.error_timeout_ms",
                self.error_timeout_ms,
            ),
        ];
        for (key, ms) in timeouts {
            super::in_range(key, ms, 0, 30_000)?;
        }
        Ok(())
    }
}
