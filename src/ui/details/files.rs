//! The Files tab: the torrent's files as a folder tree with sizes.

use crate::format;
use crate::state::FileEntry;
use egui::Ui;
use std::collections::BTreeMap;

/// A folder: its subfolders and files, and the size of everything below it.
#[derive(Default)]
struct Folder<'a> {
    folders: BTreeMap<&'a str, Folder<'a>>,
    files: Vec<(&'a str, u64)>,
    size: u64,
}

fn tree(files: &[FileEntry]) -> Folder<'_> {
    let mut root = Folder::default();
    for f in files {
        let mut parts: Vec<&str> = f.path.split('/').collect();
        let name = parts.pop().unwrap_or_default();
        let mut folder = &mut root;
        folder.size += f.length;
        for part in parts {
            folder = folder.folders.entry(part).or_default();
            folder.size += f.length;
        }
        folder.files.push((name, f.length));
    }
    root
}

pub fn show(ui: &mut Ui, files: &[FileEntry]) {
    let root = tree(files);
    egui::ScrollArea::vertical()
        .id_salt("files")
        .show(ui, |ui| draw(ui, &root, "files"));
}

fn draw(ui: &mut Ui, folder: &Folder<'_>, path: &str) {
    for (name, sub) in &folder.folders {
        let id = format!("{path}/{name}");
        egui::CollapsingHeader::new(format!("{name}  ({})", format::bytes(sub.size)))
            .id_salt(&id)
            .default_open(true)
            .show(ui, |ui| draw(ui, sub, &id));
    }
    for (name, size) in &folder.files {
        ui.label(format!("{name}  ({})", format::bytes(*size)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_sum_their_files() {
        let files = [
            FileEntry {
                path: "a/b/x.bin".into(),
                length: 10,
            },
            FileEntry {
                path: "a/y.bin".into(),
                length: 5,
            },
            FileEntry {
                path: "z.txt".into(),
                length: 1,
            },
        ];
        let root = tree(&files);
        assert_eq!(root.size, 16);
        assert_eq!(root.folders["a"].size, 15);
        assert_eq!(root.folders["a"].folders["b"].files, [("x.bin", 10)]);
        assert_eq!(root.files, [("z.txt", 1)]);
    }
}
