#!/usr/bin/env python3
"""Helpers for scripts/leak-check and scripts/bench (loopback only).

  torrents.py make DIR N URL WHITELIST [FIRST]   write N synthetic single-file .torrent files (numbered
                                                 from FIRST, default 0) announcing to URL into DIR, and
                                                 append their hex info-hashes (one a line) to WHITELIST
  torrents.py peers PORT INFOHASH N SECONDS      open N peer connections to 127.0.0.1:PORT, handshake
                                                 for INFOHASH, keep them open SECONDS, then close
"""
import hashlib
import socket
import sys
import time


def bencode(v):
    if isinstance(v, int):
        return b"i%de" % v
    if isinstance(v, str):
        v = v.encode()
    if isinstance(v, bytes):
        return b"%d:%s" % (len(v), v)
    if isinstance(v, list):
        return b"l" + b"".join(bencode(x) for x in v) + b"e"
    if isinstance(v, dict):
        items = sorted((k.encode() if isinstance(k, str) else k, x) for k, x in v.items())
        return b"d" + b"".join(bencode(k) + bencode(x) for k, x in items) + b"e"
    raise TypeError(type(v))


def make(folder, count, url, whitelist, first=0):
    hashes = []
    for i in range(first, first + count):
        size = (1 << 30) - (i % 1000) * 4096  # about 1 GiB, in pieces of 1 MiB
        pieces = hashlib.sha1(b"%d" % i).digest() * -(-size // (1 << 20))
        info = {"length": size, "name": "bench-%05d.bin" % i, "piece length": 1 << 20, "pieces": pieces}
        raw = bencode(info)
        hashes.append(hashlib.sha1(raw).hexdigest())
        meta = b"d8:announce" + bencode(url) + b"4:info" + raw + b"e"
        with open("%s/%05d.torrent" % (folder, i), "wb") as f:
            f.write(meta)
    with open(whitelist, "a") as f:
        f.write("".join(h + "\n" for h in hashes))


def peers(port, info_hash, count, seconds):
    hello = b"\x13BitTorrent protocol" + bytes(8) + bytes.fromhex(info_hash)
    conns = []
    for i in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(hello + b"-qB4520-%012d" % i)
        conns.append(s)
    print("open: %d" % len(conns), flush=True)
    time.sleep(seconds)
    for s in conns:
        s.close()


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "make" and len(sys.argv) in (6, 7):
        first = int(sys.argv[6]) if len(sys.argv) == 7 else 0
        make(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], first)
    elif cmd == "peers" and len(sys.argv) == 6:
        peers(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
    else:
        sys.exit(__doc__)
