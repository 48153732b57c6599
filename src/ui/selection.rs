//! Which torrents are selected: click, Ctrl+click and Shift+click rules, kept pure for tests.

use std::collections::HashSet;

/// How a row click changes the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClickMode {
    /// Plain click: only this row.
    Replace,
    /// Ctrl (Cmd) + click: add or remove this row.
    Toggle,
    /// Shift + click: the rows from the last plainly clicked row to this one.
    Range,
}

impl ClickMode {
    pub fn from_modifiers(modifiers: egui::Modifiers) -> Self {
        if modifiers.shift {
            ClickMode::Range
        } else if modifiers.command {
            ClickMode::Toggle
        } else {
            ClickMode::Replace
        }
    }
}

/// Selected info-hashes in the order they were selected, with a set for fast lookups
/// (a Ctrl+A over 10 000 rows is checked for every visible row on every frame).
#[derive(Default, Debug)]
pub struct Selection {
    items: Vec<String>,
    set: HashSet<String>,
    /// The row a Shift+click range starts from.
    anchor: Option<String>,
}

impl Selection {
    pub fn as_slice(&self) -> &[String] {
        &self.items
    }

    pub fn contains(&self, info_hash: &str) -> bool {
        self.set.contains(info_hash)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Applies a click on the row at `pos` of the display order; `hash_at(i)` is the
    /// info-hash shown at display position `i` (there are `len` rows).
    pub fn click<'a>(
        &mut self,
        pos: usize,
        len: usize,
        hash_at: impl Fn(usize) -> &'a str,
        mode: ClickMode,
    ) {
        if pos >= len {
            return;
        }
        let clicked = hash_at(pos);
        match mode {
            ClickMode::Replace => {
                self.set_all([clicked]);
                self.anchor = Some(clicked.to_string());
            }
            ClickMode::Toggle => {
                if self.set.remove(clicked) {
                    self.items.retain(|h| h != clicked);
                } else {
                    self.push(clicked);
                }
                self.anchor = Some(clicked.to_string());
            }
            ClickMode::Range => {
                let anchor_pos = self
                    .anchor
                    .as_deref()
                    .and_then(|a| (0..len).find(|&i| hash_at(i) == a));
                match anchor_pos {
                    Some(a) => self.set_all((a.min(pos)..=a.max(pos)).map(&hash_at)),
                    // No anchor (or it is gone): behave like a plain click.
                    None => self.click(pos, len, hash_at, ClickMode::Replace),
                }
            }
        }
    }

    /// Selects exactly these hashes, in this order.
    pub fn set_all<'a>(&mut self, hashes: impl IntoIterator<Item = &'a str>) {
        self.items.clear();
        self.set.clear();
        for h in hashes {
            self.push(h);
        }
    }

    /// Keeps only the hashes for which `keep` is true (drops removed torrents).
    pub fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        self.items.retain(|h| keep(h));
        self.set.retain(|h| keep(h));
        if self.anchor.as_deref().is_some_and(|a| !keep(a)) {
            self.anchor = None;
        }
    }

    fn push(&mut self, hash: &str) {
        if self.set.insert(hash.to_string()) {
            self.items.push(hash.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROWS: [&str; 5] = ["a", "b", "c", "d", "e"];

    fn click(sel: &mut Selection, pos: usize, mode: ClickMode) {
        sel.click(pos, ROWS.len(), |i| ROWS[i], mode);
    }

    #[test]
    fn plain_click_selects_only_that_row() {
        let mut sel = Selection::default();
        click(&mut sel, 1, ClickMode::Replace);
        click(&mut sel, 3, ClickMode::Replace);
        assert_eq!(sel.as_slice(), ["d"]);
        assert!(sel.contains("d") && !sel.contains("b"));
    }

    #[test]
    fn ctrl_click_toggles() {
        let mut sel = Selection::default();
        click(&mut sel, 0, ClickMode::Replace);
        click(&mut sel, 2, ClickMode::Toggle);
        assert_eq!(sel.as_slice(), ["a", "c"]);
        click(&mut sel, 0, ClickMode::Toggle);
        assert_eq!(sel.as_slice(), ["c"]);
        assert!(!sel.contains("a"));
    }

    #[test]
    fn shift_click_selects_a_range_in_either_direction() {
        let mut sel = Selection::default();
        click(&mut sel, 3, ClickMode::Replace);
        click(&mut sel, 1, ClickMode::Range);
        assert_eq!(sel.as_slice(), ["b", "c", "d"]);
        // The anchor stays, so a second Shift+click re-spans from it.
        click(&mut sel, 4, ClickMode::Range);
        assert_eq!(sel.as_slice(), ["d", "e"]);
    }

    #[test]
    fn shift_click_without_anchor_is_a_plain_click() {
        let mut sel = Selection::default();
        click(&mut sel, 2, ClickMode::Range);
        assert_eq!(sel.as_slice(), ["c"]);
    }

    #[test]
    fn retain_drops_removed_rows_and_their_anchor() {
        let mut sel = Selection::default();
        click(&mut sel, 0, ClickMode::Replace);
        click(&mut sel, 1, ClickMode::Toggle);
        sel.retain(|h| h != "b");
        assert_eq!(sel.as_slice(), ["a"]);
        assert!(!sel.contains("b"));
        // Anchor "b" is gone: Shift+click falls back to a plain click.
        click(&mut sel, 4, ClickMode::Range);
        assert_eq!(sel.as_slice(), ["e"]);
    }

    #[test]
    fn out_of_range_click_is_ignored() {
        let mut sel = Selection::default();
        click(&mut sel, 0, ClickMode::Replace);
        click(&mut sel, 9, ClickMode::Replace);
        assert_eq!(sel.as_slice(), ["a"]);
    }

    #[test]
    fn modifiers_map_to_modes() {
        let shift = egui::Modifiers {
            shift: true,
            command: true,
            ..Default::default()
        };
        assert_eq!(ClickMode::from_modifiers(shift), ClickMode::Range);
        assert_eq!(
            ClickMode::from_modifiers(egui::Modifiers::COMMAND),
            ClickMode::Toggle
        );
        assert_eq!(
            ClickMode::from_modifiers(egui::Modifiers::NONE),
            ClickMode::Replace
        );
    }
}
