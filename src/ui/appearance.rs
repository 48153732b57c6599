//! Colours (system / light / dark) and density (compact / comfortable) from the settings,
//! applied when they change.

use crate::settings::{ColorScheme, Density, UiSettings};
use egui::Context;

#[derive(Default)]
pub struct Appearance {
    applied: Option<(ColorScheme, Density)>,
    /// The `language` setting last applied; "auto" is resolved once at start-up (by the
    /// program), so the first frame leaves it alone.
    language: Option<String>,
}

impl Appearance {
    /// Switches the UI language when the setting changes.
    pub fn apply_language(&mut self, ctx: &Context, language: &str) {
        if self.language.as_deref() == Some(language) {
            return;
        }
        let first = self.language.is_none();
        self.language = Some(language.to_string());
        if !(first && language == "auto") {
            crate::i18n::set_language(language);
            ctx.request_repaint();
        }
    }

    pub fn apply(&mut self, ctx: &Context, settings: &UiSettings) {
        let wanted = (settings.color_scheme, settings.density);
        if self.applied == Some(wanted) {
            return;
        }
        self.applied = Some(wanted);
        ctx.set_theme(match settings.color_scheme {
            ColorScheme::Auto => egui::ThemePreference::System,
            ColorScheme::Light => egui::ThemePreference::Light,
            ColorScheme::Dark => egui::ThemePreference::Dark,
        });
        let spacing = spacing(settings.density);
        ctx.all_styles_mut(|style| style.spacing = spacing.clone());
    }
}

/// egui's spacing, tightened for the compact density.
fn spacing(density: Density) -> egui::style::Spacing {
    let mut s = egui::style::Spacing::default();
    if density == Density::Compact {
        s.item_spacing = egui::vec2(6.0, 2.0);
        s.button_padding = egui::vec2(3.0, 0.0);
        s.interact_size.y = 16.0;
        s.menu_margin = egui::Margin::same(3);
        s.window_margin = egui::Margin::same(4);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn density_and_scheme_change_the_style() {
        let ctx = Context::default();
        let mut a = Appearance::default();
        let mut s = crate::settings::Settings::default().ui_settings;
        s.color_scheme = ColorScheme::Light;
        a.apply(&ctx, &s);
        assert_eq!(
            ctx.options(|o| o.theme_preference),
            egui::ThemePreference::Light
        );
        let normal = ctx.style_of(egui::Theme::Dark).spacing.interact_size.y;
        s.density = Density::Compact;
        a.apply(&ctx, &s);
        assert!(ctx.style_of(egui::Theme::Dark).spacing.interact_size.y < normal);
    }
}
