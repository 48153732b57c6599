//! Drag and drop of files onto the window: which paths count, what the user is told.

use egui::{Align2, Color32, Context, FontId, Id, LayerId, Order};
use std::path::{Path, PathBuf};

/// At most this many ignored file names are listed in the message.
const LISTED: usize = 5;

/// The paths of the files dropped this frame.
pub fn dropped_paths(ctx: &Context) -> Vec<PathBuf> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    })
}

pub fn is_torrent_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("torrent"))
}

/// The message shown for files that were not added because they are not `.torrent`s.
pub fn ignored_message(ignored: &[PathBuf]) -> String {
    let names: Vec<String> = ignored
        .iter()
        .take(LISTED)
        .map(|p| {
            p.file_name()
                .unwrap_or(p.as_os_str())
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let more = ignored.len().saturating_sub(LISTED);
    let mut names = names.join(", ");
    if more > 0 {
        names = t!("drop-ignored-more", names = names, more = more);
    }
    t!("drop-ignored", count = ignored.len(), names = names)
}

/// While files are dragged over the window, dims it and says what a drop will do.
pub fn hover_overlay(ctx: &Context) {
    let count = ctx.input(|i| i.raw.hovered_files.len());
    if count == 0 {
        return;
    }
    let painter = ctx.layer_painter(LayerId::new(Order::Foreground, Id::unique("drop_overlay")));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        t!("drop-hint"),
        FontId::proportional(24.0),
        Color32::WHITE,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn torrent_extension_any_case() {
        assert!(is_torrent_path(Path::new("/x/a.torrent")));
        assert!(is_torrent_path(Path::new("B.TORRENT")));
        assert!(!is_torrent_path(Path::new("a.torrent.txt")));
        assert!(!is_torrent_path(Path::new("torrent")));
        assert!(!is_torrent_path(Path::new("/x/.torrent/readme")));
    }

    #[test]
    fn message_names_a_few_and_counts_the_rest() {
        let one = [PathBuf::from("/tmp/notes.txt")];
        assert_eq!(
            ignored_message(&one),
            "Ignored 1 file (not .torrent): notes.txt"
        );
        let many: Vec<PathBuf> = (0..7).map(|i| PathBuf::from(format!("f{i}.zip"))).collect();
        assert_eq!(
            ignored_message(&many),
            "Ignored 7 files (not .torrent): f0.zip, f1.zip, f2.zip, f3.zip, f4.zip and 2 more"
        );
    }
}
