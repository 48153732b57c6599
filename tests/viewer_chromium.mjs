// The browser viewer end to end, driven by tests/viewer_chromium.rs: headless Debian Chromium
// (playwright-core) opens the viewer a running dfakeseeder serves, logs in with the token through
// the viewer's own form, checks that the torrents are shown, pauses one through the API and waits
// for the page to show it; a second page without the event stream falls back to polling.
// egui draws into a canvas; the test reads the page's ARIA mirror of the
// UI (#viewer_a11y, see wasm/src/aria.rs), the same text a screen reader gets.
//
// usage: node viewer_chromium.mjs URL TOKEN NODE_MODULES_DIR SCREENSHOT NAME...
// Prints one JSON line of timings; exits non-zero with a reason on the first failed step.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [url, token, modules, screenshot, ...names] = process.argv.slice(2)
if (!url || !token || !modules || !screenshot || names.length === 0) {
  console.error('usage: node viewer_chromium.mjs URL TOKEN NODE_MODULES_DIR SCREENSHOT NAME...')
  process.exit(2)
}
// Imported by file URL: the package lives in a cache dir, not in a node_modules next to this script.
const { chromium } = (await import(pathToFileURL(join(modules, 'playwright-core/index.js')).href)).default

const STEP_MS = 30_000
const profile = mkdtempSync(join(tmpdir(), 'dfs-viewer-chromium-'))
const started = Date.now()
const timings = {}
const since = t => Date.now() - t

const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 800 },
  args: [
    '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-dev-shm-usage',
  ],
})
const page = context.pages()[0] ?? await context.newPage()
const problems = []
page.on('console', m => { if (m.type() === 'error') problems.push(m.text()) })
page.on('pageerror', e => problems.push(String(e)))

// Texts the mirror shows as plain text (a label's own text, not its children's).
const ownTexts = () => page.evaluate(() => [...document.querySelectorAll('#viewer_a11y div')]
  .map(d => [...d.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join(''))
  .filter(t => t !== ''))
// The mirror element of a control: role and accessible name.
const control = (role, name) => page.locator(`#viewer_a11y [role="${role}"][aria-label="${name}"]`)

async function clickOn (locator) {
  await locator.waitFor({ state: 'attached', timeout: STEP_MS })
  const box = await locator.boundingBox()
  if (!box) throw new Error('no box for a mirrored control')
  // The mirror lets pointer events through: this click lands on the canvas, on the widget.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

async function waitFor (what, test) {
  const deadline = Date.now() + STEP_MS
  for (;;) {
    const texts = await ownTexts()
    if (test(texts)) return texts
    if (Date.now() > deadline) throw new Error(`${what}: not seen; the page shows ${JSON.stringify(texts.slice(0, 80))}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

async function api (path, method = 'GET') {
  const r = await fetch(new URL(path, url), { method, headers: { Authorization: `Bearer ${token}` } })
  if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${await r.text()}`)
  return r.json()
}

let code = 0
try {
  let t = Date.now()
  await page.goto(url)
  // The app wants a login: the form, in the page's own words.
  await clickOn(control('textbox', 'Token'))
  timings.form_ms = since(t)
  // egui focuses its text agent on the click; type once it has.
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'INPUT', null, { timeout: STEP_MS })
  await page.keyboard.type(token)
  await clickOn(control('button', 'Log in'))
  t = Date.now()
  await waitFor('the three torrents', texts => names.every(n => texts.includes(n)))
  timings.login_to_torrents_ms = since(t)
  const pausedCells = texts => texts.filter(x => x === 'Paused').length
  const before = pausedCells(await ownTexts())

  const torrents = await api('api/torrents')
  const target = torrents.find(x => x.name === names[0])
  if (!target) throw new Error(`the API has no ${names[0]}`)
  t = Date.now()
  await api(`api/torrents/${target.info_hash}/pause`, 'POST')
  await waitFor('the pause', texts => pausedCells(texts) === before + 1)
  timings.pause_to_page_ms = since(t)
  if (timings.pause_to_page_ms > 3000) throw new Error(`the pause took ${timings.pause_to_page_ms} ms to show (more than 3 s)`)
  // Nothing that changes the app is offered.
  for (const name of ['Pause', 'Remove', 'Add', 'Settings']) {
    if (await control('button', name).count() > 0) throw new Error(`a ${name} button is shown`)
  }
  const live = (await ownTexts()).find(x => x.startsWith('Live'))
  if (!live) throw new Error('the banner does not say the link is live')
  timings.link = live
  await page.screenshot({ path: screenshot })

  // Without the event stream (the server refuses it) the viewer polls /api/state, and says so.
  const polled = await context.newPage()
  await polled.route('**/api/events', route => route.fulfill({ status: 503, body: 'no events' }))
  t = Date.now()
  await polled.goto(url)
  const pollTexts = () => polled.evaluate(() => [...document.querySelectorAll('#viewer_a11y div')]
    .map(d => [...d.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('')))
  for (;;) {
    const texts = await pollTexts()
    if (texts.some(x => x.startsWith('Live (')) && names.every(n => texts.includes(n))) break
    if (since(t) > STEP_MS) throw new Error(`no polling fallback; the page shows ${JSON.stringify(texts.slice(0, 40))}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  timings.polling_fallback_ms = since(t)
  await polled.close()
  timings.total_ms = since(started)
  if (problems.length) throw new Error(`the page logged errors: ${problems.join(' | ')}`)
  console.log(JSON.stringify(timings))
} catch (e) {
  console.error(`FAILED: ${e.message}`)
  try { await page.screenshot({ path: screenshot }) } catch {}
  code = 1
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
process.exit(code)
