//! `.torrent` parsing: bencode access, the info-hash, and precise errors.
