#!/usr/bin/python3
"""Test harness: a real BitTorrent leecher (Debian's python3-libtorrent) that dials one peer and reports
what libtorrent saw of it, as one JSON object on stdout.

    /usr/bin/python3 leecher.py (FILE.torrent | magnet:?...) PORT [--secs S] [--until COND] [--save-path DIR]

The peer is always 127.0.0.1:PORT. The torrent is added with no data and without its trackers; DHT, LSD, UPnP,
NAT-PMP, PEX and uTP are off and the session listens on 127.0.0.1 only, so nothing leaves loopback.
COND ends the run early: "handshake", "metadata" (magnet) or "seed" (the peer announced all pieces).
Exit status: 0 if a BitTorrent handshake with the peer completed, 3 if not, 2 on bad arguments or setup.
"""
import argparse
import json
import shutil
import sys
import tempfile
import time

import libtorrent as lt

PEER_HOST = "127.0.0.1"


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("source", help=".torrent file or magnet link")
    ap.add_argument("port", type=int)
    ap.add_argument("--secs", type=float, default=10.0)
    ap.add_argument("--until", choices=["handshake", "metadata", "seed"], default=None)
    ap.add_argument("--save-path", default=None)
    a = ap.parse_args()
    if not 0 < a.port < 65536 or a.secs <= 0:
        ap.error("port must be 1..65535 and secs positive")
    return a


def make_session():
    cats = lt.alert.category_t
    settings = {
        "listen_interfaces": "127.0.0.1:0",
        "outgoing_interfaces": "127.0.0.1",
        "enable_dht": False,
        "enable_lsd": False,
        "enable_upnp": False,
        "enable_natpmp": False,
        "dht_bootstrap_nodes": "",
        "enable_outgoing_utp": False,
        "enable_incoming_utp": False,
        # Plain BitTorrent only: an encrypted first attempt would hide the handshake from a simple peer.
        "out_enc_policy": int(lt.enc_policy.disabled),
        "in_enc_policy": int(lt.enc_policy.disabled),
        "alert_mask": int(cats.error_notification | cats.peer_notification | cats.status_notification
                          | cats.connect_notification | cats.peer_log_notification),
    }
    # Without the default plugins there is no ut_pex; ut_metadata is needed for magnet links.
    ses = lt.session(settings, flags=0)
    ses.add_extension("ut_metadata")
    return ses


def add_torrent(ses, source, save_path):
    if source.startswith("magnet:"):
        atp = lt.parse_magnet_uri(source)
    else:
        atp = lt.add_torrent_params()
        atp.ti = lt.torrent_info(source)
    atp.save_path = save_path
    atp.trackers = []
    atp.flags = (atp.flags & ~lt.torrent_flags.auto_managed & ~lt.torrent_flags.paused) \
        | lt.torrent_flags.override_trackers
    return ses.add_torrent(atp)


def text(v):
    return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)


class Observation:
    """What was seen of the peer over the whole run (a peer may connect, disconnect and be redialled)."""

    def __init__(self):
        self.handshake = False
        self.client = None
        self.peer_id_hex = None
        self.is_seed = False
        self.pieces = 0
        self.supports_extensions = False
        self.reserved_hex = None
        self.extended_handshake = None
        self.metadata_received = False
        self.errors = []
        self.events = []

    def on_alert(self, al, t):
        name = type(al).__name__
        if name == "peer_log_alert":
            self.on_peer_log(al.message())
            return
        if name == "metadata_received_alert":
            self.metadata_received = True
        if name in ("peer_error_alert", "peer_disconnected_alert", "torrent_error_alert",
                    "metadata_failed_alert", "listen_failed_alert"):
            self.errors.append(al.message())
        self.events.append({"t": round(t, 2), "alert": name, "msg": al.message()})

    def on_peer_log(self, line):
        # libtorrent's peer log is the only place that shows a handshake even when the peer hangs up at
        # once, and what it parsed from the peer's reserved bits and extension handshake.
        if "<<< HANDSHAKE [ received peer_id: " in line:
            self.handshake = True
            self.peer_id_hex = line.split("received peer_id: ", 1)[1].split(" ", 1)[0]
        elif "<== EXTENSIONS [ " in line:
            bits = line.split("<== EXTENSIONS [ ", 1)[1].split(" ", 1)[0]
            if len(bits) == 64 and set(bits) <= {"0", "1"}:
                self.reserved_hex = "%016x" % int(bits, 2)
        elif "<== EXTENDED_HANDSHAKE [ " in line:
            self.extended_handshake = line.split("<== EXTENDED_HANDSHAKE [ ", 1)[1].rstrip(" ]")

    def on_peer(self, p):
        fl = p.flags
        if fl & lt.peer_info.handshake or fl & lt.peer_info.connecting:
            return
        self.handshake = True
        self.client = text(p.client) or self.client
        self.peer_id_hex = str(p.pid) or self.peer_id_hex
        self.is_seed = self.is_seed or bool(fl & lt.peer_info.seed)
        self.pieces = max(self.pieces, p.num_pieces)
        self.supports_extensions = self.supports_extensions or bool(fl & lt.peer_info.supports_extensions)


def condition_met(until, obs):
    return {"handshake": obs.handshake, "metadata": obs.metadata_received, "seed": obs.is_seed}.get(until, False)


def main():
    a = parse_args()
    if a.save_path:
        return run(a, a.save_path)
    save = tempfile.mkdtemp(prefix="dfs-leecher-")
    try:
        return run(a, save)
    finally:
        shutil.rmtree(save, ignore_errors=True)


def run(a, save):
    try:
        ses = make_session()
        h = add_torrent(ses, a.source, save)
    except (RuntimeError, ValueError) as e:
        print(json.dumps({"setup_error": str(e)}))
        return 2
    obs = Observation()
    t0 = time.monotonic()
    h.connect_peer((PEER_HOST, a.port))
    last_dial = t0
    met = False
    while time.monotonic() - t0 < a.secs and not met:
        now = time.monotonic()
        for al in ses.pop_alerts():
            obs.on_alert(al, now - t0)
        peers = h.get_peer_info()
        for p in peers:
            obs.on_peer(p)
        if not peers and now - last_dial > 2:
            h.connect_peer((PEER_HOST, a.port))
            last_dial = now
        met = a.until is not None and condition_met(a.until, obs)
        time.sleep(0.05)

    st = h.status()
    report = {
        "libtorrent": lt.__version__,
        "info_hash": str(st.info_hashes.v1),
        "peer": "%s:%d" % (PEER_HOST, a.port),
        "elapsed_s": round(time.monotonic() - t0, 2),
        "handshake": obs.handshake,
        "client": obs.client,
        "peer_id_hex": obs.peer_id_hex,
        "is_seed": obs.is_seed,
        "pieces": obs.pieces,
        "torrent_pieces": h.torrent_file().num_pieces() if st.has_metadata else None,
        "supports_extensions": obs.supports_extensions,
        "reserved_hex": obs.reserved_hex,
        "extended_handshake": obs.extended_handshake,
        "metadata_received": obs.metadata_received,
        "until": a.until,
        "until_met": met,
        "errors": obs.errors[-20:],
        "events": obs.events[-40:],
    }
    print(json.dumps(report))
    ses.remove_torrent(h)
    return 0 if obs.handshake else 3


if __name__ == "__main__":
    sys.exit(main())
