# Sourced by scripts/leak-check and scripts/bench: a free loopback port, and opentracker on
# loopback with a whitelist (Debian builds it with one; see tests/support/opentracker.rs for why
# the list is written twice: its reader races the chroot).

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_opentracker DIR WHITELIST PORT: runs opentracker (HTTP and UDP on PORT) in the background,
# sets OT_PID, and waits until it answers.
start_opentracker() {
  local dir=$1 list=$2 port=$3
  chmod 755 "$dir"
  cp "$list" "$dir/whitelist.txt"
  mkdir -p "$dir/$dir" && cp "$list" "$dir/$dir/whitelist.txt"
  local d="$dir/$dir"; while [ "$d" != "$dir" ]; do chmod 755 "$d"; d=$(dirname "$d"); done
  printf 'listen.tcp_udp 127.0.0.1:%s\naccess.whitelist %s\ntracker.rootdir %s\ntracker.user nobody\naccess.stats 127.0.0.1\n' \
    "$port" "$dir/whitelist.txt" "$dir" > "$dir/opentracker.conf"
  opentracker -f "$dir/opentracker.conf" >"$dir/opentracker.log" 2>&1 & OT_PID=$!
  for _ in $(seq 50); do
    python3 - "$port" <<'PY' && return 0
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1)
s.sendall(b"GET /stats?mode=torr HTTP/1.0\r\n\r\n"); sys.exit(0 if s.recv(100).startswith(b"HTTP/1") else 1)
PY
    sleep 0.1
  done
  echo "opentracker did not start on port $port" >&2; return 1
}

# opentracker_torrents PORT: how many torrents opentracker knows (it has seen an announce of).
opentracker_torrents() {
  python3 - "$1" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"GET /stats?mode=torr HTTP/1.0\r\n\r\n")
data = b""
while True:
    b = s.recv(4096)
    if not b: break
    data += b
print(data.split(b"\r\n\r\n", 1)[-1].split(b"\n")[0].decode().strip())
PY
}
