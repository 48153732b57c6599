//! Table columns and the order of rows under a sort; pure so it can be unit tested.

use crate::state::TorrentView;
use std::cmp::Ordering;

pub use super::columns::Column as SortColumn;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SortDir {
    Ascending,
    Descending,
}

/// The active sort; `None` in [`crate::ui::App`] means queue order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sort {
    pub column: SortColumn,
    pub dir: SortDir,
}

impl Sort {
    /// The sort after a click on `column`'s header: the same column flips direction,
    /// another column starts ascending.
    pub fn clicked(current: Option<Sort>, column: SortColumn) -> Sort {
        match current {
            Some(s) if s.column == column => Sort {
                column,
                dir: match s.dir {
                    SortDir::Ascending => SortDir::Descending,
                    SortDir::Descending => SortDir::Ascending,
                },
            },
            _ => Sort {
                column,
                dir: SortDir::Ascending,
            },
        }
    }
}

/// Fills `order` with indices into `torrents` in display order. Ties (and `sort == None`)
/// keep queue order, in both directions, so rows do not jump between frames.
pub fn sort_order_into(torrents: &[TorrentView], sort: Option<Sort>, order: &mut Vec<usize>) {
    order.clear();
    order.extend(0..torrents.len());
    let Some(sort) = sort else { return };
    order.sort_by(|&a, &b| {
        let o = compare(&torrents[a], &torrents[b], sort.column);
        match sort.dir {
            SortDir::Ascending => o,
            SortDir::Descending => o.reverse(),
        }
    });
}

/// Display order as a new vector (see [`sort_order_into`]).
pub fn sort_order(torrents: &[TorrentView], sort: Option<Sort>) -> Vec<usize> {
    let mut order = Vec::with_capacity(torrents.len());
    sort_order_into(torrents, sort, &mut order);
    order
}

fn compare(a: &TorrentView, b: &TorrentView, column: SortColumn) -> Ordering {
    column.compare(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::TorrentStatus;

    fn torrent(name: &str, size: u64) -> TorrentView {
        TorrentView {
            info_hash: name.to_lowercase(),
            name: name.into(),
            total_size: size,
            ..Default::default()
        }
    }

    fn names(torrents: &[TorrentView], sort: Option<Sort>) -> Vec<&str> {
        sort_order(torrents, sort)
            .into_iter()
            .map(|i| torrents[i].name.as_str())
            .collect()
    }

    const SIZE_ASC: Sort = Sort {
        column: SortColumn::Size,
        dir: SortDir::Ascending,
    };

    #[test]
    fn no_sort_keeps_queue_order() {
        let t = [torrent("b", 2), torrent("a", 1)];
        assert_eq!(names(&t, None), ["b", "a"]);
    }

    #[test]
    fn size_sorts_both_ways_with_stable_ties() {
        let t = [
            torrent("big", 30),
            torrent("tie1", 10),
            torrent("small", 5),
            torrent("tie2", 10),
        ];
        assert_eq!(names(&t, Some(SIZE_ASC)), ["small", "tie1", "tie2", "big"]);
        let desc = Sort {
            dir: SortDir::Descending,
            ..SIZE_ASC
        };
        assert_eq!(names(&t, Some(desc)), ["big", "tie1", "tie2", "small"]);
    }

    #[test]
    fn names_sort_ignoring_case() {
        let t = [
            torrent("beta", 0),
            torrent("Alpha", 0),
            torrent("alpha", 0),
            torrent("Gamma", 0),
        ];
        let sort = Sort {
            column: SortColumn::Name,
            dir: SortDir::Ascending,
        };
        assert_eq!(names(&t, Some(sort)), ["Alpha", "alpha", "beta", "Gamma"]);
    }

    #[test]
    fn unscheduled_announce_sorts_last_and_unknown_seeds_first() {
        let mut t = [torrent("none", 0), torrent("later", 0), torrent("soon", 0)];
        t[1].next_announce_ms = Some(2_000);
        t[2].next_announce_ms = Some(1_000);
        t[1].seeders = Some(3);
        t[2].seeders = Some(0);
        let next = Sort {
            column: SortColumn::NextAnnounce,
            dir: SortDir::Ascending,
        };
        assert_eq!(names(&t, Some(next)), ["soon", "later", "none"]);
        let seeds = Sort {
            column: SortColumn::Seeds,
            dir: SortDir::Ascending,
        };
        assert_eq!(names(&t, Some(seeds)), ["none", "soon", "later"]);
    }

    #[test]
    fn status_and_ratio_sort() {
        let mut t = [torrent("err", 10), torrent("seed", 10), torrent("dl", 10)];
        t[0].status = TorrentStatus::Error("unregistered".into());
        t[1].status = TorrentStatus::Seeding;
        t[1].total_uploaded = 20;
        t[2].total_uploaded = 5;
        let status = Sort {
            column: SortColumn::Status,
            dir: SortDir::Ascending,
        };
        assert_eq!(names(&t, Some(status)), ["dl", "seed", "err"]);
        let ratio = Sort {
            column: SortColumn::Ratio,
            dir: SortDir::Descending,
        };
        assert_eq!(names(&t, Some(ratio)), ["seed", "dl", "err"]);
    }

    #[test]
    fn header_clicks_flip_then_switch() {
        let first = Sort::clicked(None, SortColumn::Size);
        assert_eq!(first, SIZE_ASC);
        let second = Sort::clicked(Some(first), SortColumn::Size);
        assert_eq!(second.dir, SortDir::Descending);
        let other = Sort::clicked(Some(second), SortColumn::Name);
        assert_eq!(
            other,
            Sort {
                column: SortColumn::Name,
                dir: SortDir::Ascending
            }
        );
    }
}
