// Test harness: webtorrent's bittorrent-tracker server on 127.0.0.1, HTTP + UDP on one port, no WebSocket.
// usage: node bt_tracker.mjs PORT NODE_MODULES_DIR
// Besides the tracker's own /stats.json it answers GET /harness/swarm?info_hash=HEX with the swarm as the
// tracker recorded it (counts and every peer), so tests can check what an announce actually registered.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [portArg, modules] = process.argv.slice(2)
const port = Number(portArg)
if (!Number.isInteger(port) || port <= 0 || port > 65535 || !modules) {
  console.error('usage: node bt_tracker.mjs PORT NODE_MODULES_DIR')
  process.exit(2)
}
// Imported by file URL: the package lives in a cache dir, not in a node_modules next to this script.
const load = async rel => (await import(pathToFileURL(join(modules, rel)).href)).default
const Server = await load('bittorrent-tracker/server.js')
const peerid = await load('bittorrent-peerid/index.js')

const server = new Server({ http: true, udp: true, ws: false, stats: true, trustProxy: false })
server.on('error', e => {
  console.error('ERROR', e.message)
  // A port taken between the harness picking it and this bind: exit, so the harness retries elsewhere.
  if (e.code === 'EADDRINUSE' && e.address === '127.0.0.1') process.exit(3)
})
server.on('warning', e => console.error('WARNING', e.message))

// Registered before the server's default handler (added on the next tick), which skips answered requests.
server.http.on('request', (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1')
  if (url.pathname !== '/harness/swarm') return
  const hash = (url.searchParams.get('info_hash') || '').toLowerCase()
  const swarm = server.torrents[hash]
  const peers = []
  if (swarm) {
    for (const id of swarm.peers.keys) {
      const p = swarm.peers.peek(id)
      if (!p) continue
      const c = peerid(p.peerId)
      peers.push({ peer_id: p.peerId, ip: p.ip, port: p.port, complete: p.complete, type: p.type,
        client: c.client, version: c.version || null })
    }
  }
  res.setHeader('Content-Type', 'application/json')
  res.end(JSON.stringify({
    info_hash: hash,
    known: !!swarm,
    complete: swarm ? swarm.complete : 0,
    incomplete: swarm ? swarm.incomplete : 0,
    peers
  }))
})

// The harness waits for this line (HTTP can answer before the UDP socket is bound). The server's own
// 'listening' event also waits for udp6, which fails on hosts without ::1: its error is only logged.
server.udp4.on('listening', () => console.log('UDP4 LISTENING', port))
server.listen(port, { http: '127.0.0.1', udp: '127.0.0.1', udp6: '::1' })
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)))
