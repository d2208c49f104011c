// `npm run bench:live`: the live channel under load, on this machine's loopback only.
// Starts the live server (its own process, as `npm run live` runs it), connects N
// followers (Server-Sent Events, as the pages use), steps through a show, and prints
// step → follower latency (p50/p95/max), followers lost, the server's memory (RSS) and
// CPU (% of one core), and what one follower downloads to join (gzip, measured in
// Chromium). Bounded: at most --followers connections, --steps steps, and a hard
// deadline (--deadline seconds); it stops by itself. Exits non-zero when a goal is missed.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts'
import { freePort } from '../tests/e2e/live-server.ts'
import { buildNeeded } from './live/freshness.ts'

const { values } = parseArgs({
  options: {
    followers: { type: 'string', default: '1000' },
    steps: { type: 'string', default: '40' },
    interval: { type: 'string', default: '250' },
    deadline: { type: 'string', default: '240' },
  },
})
const FOLLOWERS = Math.min(5000, Math.max(1, Number(values.followers)))
const STEPS = Math.min(500, Math.max(1, Number(values.steps)))
const INTERVAL = Math.max(50, Number(values.interval))
const GOALS = { p95: 100, lost: 0, rssMb: 150, downloadKb: 300 }

const deadline = setTimeout(
  () => {
    console.error(`bench:live: stopped at its deadline (${values.deadline} s)`)
    process.exit(2)
  },
  Number(values.deadline) * 1000,
)
deadline.unref()

if (buildNeeded(process.cwd())) {
  console.log('bench:live: building the site first…')
  const { spawnSync } = await import('node:child_process')
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(1)
}

const port = await freePort(Number(process.env.LIVE_BENCH_PORT ?? 4480))
const origin = `http://127.0.0.1:${port}`
const dir = mkdtempSync(join(tmpdir(), 'chosen-bench-live-'))
const stateFile = join(dir, 'show.json')
const server = spawn(process.execPath, ['scripts/live.mjs', '--host', '127.0.0.1', '--port', String(port), '--state', stateFile, '--no-build'], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
let serverOut = ''
server.stdout.on('data', (d: Buffer) => (serverOut += d.toString()))
const stopServer = () => {
  if (server.exitCode === null) server.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
process.on('exit', stopServer)

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${origin}/_live/info`)).ok) break
  } catch {
    // Not yet.
  }
  if (i > 300) throw new Error(`the live server did not start:\n${serverOut}`)
  await new Promise((r) => setTimeout(r, 100))
}
const secret = (JSON.parse(readFileSync(stateFile, 'utf8')) as { secret: string }).secret
const library = (await import('./stories-plugin.ts')).loadLibrary(process.cwd())
const deck = (await import('../src/present/slides.ts')).buildDeck(library, 'chosen')!

/** /proc figures of the server: CPU ticks used, RSS now and at its peak (kB). */
function serverStats() {
  const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8')
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { ticks: Number(stat[11]) + Number(stat[12]), rss: kb('VmRSS'), peak: kb('VmHWM') }
}

// ---- followers, in worker threads (as phones would, they parse their streams in parallel;
// one thread parsing a thousand streams would time its own queue, not the server)
const WORKERS = 2
const workers = Array.from(
  { length: WORKERS },
  (_, i) =>
    new Worker(new URL('./bench-live-followers.mjs', import.meta.url), { workerData: { port, count: Math.floor(FOLLOWERS / WORKERS) + (i < FOLLOWERS % WORKERS ? 1 : 0) } }),
)
const ask = <T>(worker: Worker, message: unknown): Promise<T> =>
  new Promise((resolve) => {
    worker.once('message', resolve)
    worker.postMessage(message)
  })
const started = performance.now()
const ready = await Promise.all(workers.map((w) => ask<{ connected: number }>(w, { type: 'connect' })))
const connectMs = performance.now() - started
const connectFailed = FOLLOWERS - ready.reduce((n, r) => n + r.connected, 0)

// ---- steps
const control = async (body: unknown) => {
  const response = await fetch(`${origin}/_live/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify(body),
  })
  return (await response.json()) as { seq: number }
}
await control({ v: 1, type: 'go', show: 'chosen', version: deck.version, slide: '', blackout: false })
await new Promise((r) => setTimeout(r, 500))
const before = serverStats()
const wallStart = performance.now()
const latencies: number[] = []
let missed = 0
const wallNow = () => performance.timeOrigin + performance.now()
for (let i = 0; i < STEPS; i++) {
  const sentAt = wallNow()
  const { seq } = await control({ v: 1, type: 'move', show: 'chosen', version: deck.version, move: i % 10 === 9 ? 'prev' : 'next' })
  const reports = await Promise.all(workers.map((w) => ask<{ times: number[]; missing: number }>(w, { type: 'report', seq })))
  for (const r of reports) {
    missed += r.missing
    for (const t of r.times) latencies.push(t - sentAt)
  }
  const rest = INTERVAL - (wallNow() - sentAt)
  if (rest > 0) await new Promise((r) => setTimeout(r, rest))
}
const after = serverStats()
const wallS = (performance.now() - wallStart) / 1000
const clock = 100 // USER_HZ on Linux
const cpu = ((after.ticks - before.ticks) / clock / wallS) * 100
const closed = await Promise.all(workers.map((w) => ask<{ lost: number }>(w, { type: 'close' })))
const lost = closed.reduce((n, r) => n + r.lost, 0) + connectFailed
await Promise.all(workers.map((w) => w.terminate()))

latencies.sort((a, b) => a - b)
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN

// ---- what one follower downloads to join (a first visit, in Chromium)
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
const sizes: { url: string; bytes: number }[] = []
page.on('requestfinished', (req) => {
  void req.sizes().then((s) => sizes.push({ url: req.url().replace(origin, ''), bytes: s.responseBodySize + s.responseHeadersSize }))
})
await page.goto(`${origin}/follow`)
await page.locator('.live-pill[data-status="live"]').waitFor({ timeout: 20_000 })
await page.waitForFunction(() => localStorage.getItem('chosen:fonts') === '1', null, { timeout: 20_000 }).catch(() => {})
await page.waitForLoadState('networkidle')
await browser.close()
const downloadKb = sizes.filter((s) => !s.url.startsWith('/_live/')).reduce((n, s) => n + s.bytes, 0) / 1024

clearTimeout(deadline)
stopServer()

const f1 = (n: number) => n.toFixed(1)
const result = {
  followers: FOLLOWERS,
  steps: STEPS,
  connectMs: Math.round(connectMs),
  latencyMs: { p50: +f1(pct(50)), p95: +f1(pct(95)), max: +f1(latencies.at(-1) ?? NaN) },
  lost,
  missedDeliveries: missed,
  serverRssMb: +f1(after.rss / 1024),
  serverPeakRssMb: +f1(after.peak / 1024),
  serverCpuPercentOfOneCore: +f1(cpu),
  followerDownloadKbGzip: +f1(downloadKb),
}
console.log(`
Live channel on 127.0.0.1, ${FOLLOWERS} followers (connected in ${result.connectMs} ms), ${STEPS} steps ${INTERVAL} ms apart

| step → follower latency p50 | p95 | max | followers lost | server RSS (peak) | server CPU (% of one core) | one follower downloads (gzip) |
| --- | --- | --- | --- | --- | --- | --- |
| ${f1(pct(50))} ms | ${f1(pct(95))} ms | ${f1(latencies.at(-1) ?? NaN)} ms | ${lost}${missed ? ` (${missed} deliveries missed)` : ''} | ${result.serverRssMb} MB (${result.serverPeakRssMb} MB) | ${f1(cpu)}% | ${f1(downloadKb)} KB |
`)
const failures = [
  result.latencyMs.p95 > GOALS.p95 && `p95 ${result.latencyMs.p95} ms > ${GOALS.p95} ms`,
  lost > GOALS.lost && `${lost} followers lost`,
  missed > 0 && `${missed} deliveries missed`,
  result.serverPeakRssMb > GOALS.rssMb && `server peak RSS ${result.serverPeakRssMb} MB > ${GOALS.rssMb} MB`,
  downloadKb > GOALS.downloadKb && `follower download ${f1(downloadKb)} KB > ${GOALS.downloadKb} KB`,
].filter(Boolean)
mkdirSync('bench-results', { recursive: true })
writeFileSync('bench-results/live.json', JSON.stringify({ ...result, goals: GOALS, failures }, null, 2) + '\n')
console.log(
  failures.length ? `Goals missed: ${failures.join('; ')}` : `Every goal met (p95 ≤ ${GOALS.p95} ms, none lost, RSS ≤ ${GOALS.rssMb} MB, follower ≤ ${GOALS.downloadKb} KB gzip).`,
)
process.exit(failures.length ? 1 : 0)
