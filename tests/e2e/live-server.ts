// Starts `npm run live`'s server (one Node process, as the command does) on a free port
// for a test (each worker in its own ten, from 4450), and stops it whatever happens; `kill9` and `restart` are the
// faults the tests inflict.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Each Playwright worker probes its own ten ports: two workers probing one range at once can
// both find the same port free, and the second server then stops on "port already taken".
const WORKER_FROM = Number(process.env.LIVE_PORT_FROM ?? 4450) + 10 * Number(process.env.TEST_PARALLEL_INDEX ?? 0)

/** A free port on 127.0.0.1 in [from, to]: ten from `from`, by default this worker's own ten. */
export async function freePort(from = WORKER_FROM, to = from + 9): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`no free port in ${from}–${to}`)
}

export interface LiveServer {
  readonly origin: string
  readonly port: number
  readonly stateFile: string
  /** The show's secret, as the state file holds it. */
  secret(): string
  /** The server's output so far. */
  output(): string
  /** kill -9: no cleanup, no goodbye. */
  kill9(): Promise<void>
  /** Starts it again with the same command (same port, same state file). */
  start(extra?: string[]): Promise<void>
  stop(): Promise<void>
}

/** A live server for one test; call `stop` (the fixture does) even when the test fails. */
export async function startLiveServer(root = process.cwd(), dist = 'dist'): Promise<LiveServer> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'chosen-live-'))
  const stateFile = join(dir, 'show.json')
  const origin = `http://127.0.0.1:${port}`
  let child: ChildProcess | null = null
  let out = ''

  const exited = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())))
  const start = async (extra: string[] = []) => {
    const c = spawn(process.execPath, ['scripts/live.mjs', '--host', '127.0.0.1', '--port', String(port), '--state', stateFile, '--no-build', '--dist', dist, ...extra], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = c
    c.stdout?.on('data', (d: Buffer) => (out += d.toString()))
    c.stderr?.on('data', (d: Buffer) => (out += d.toString()))
    const deadline = Date.now() + 30_000
    for (;;) {
      if (c.exitCode !== null) throw new Error(`the live server stopped:\n${out}`)
      try {
        if ((await fetch(`${origin}/_live/info`)).ok) return
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`the live server did not start in 30 s:\n${out}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const halt = async (signal: NodeJS.Signals) => {
    const c = child
    child = null
    if (!c || c.exitCode !== null) return
    c.kill(signal)
    // A server that does not stop within 5 s is killed: a test never leaves one behind.
    const timer = setTimeout(() => c.kill('SIGKILL'), 5000)
    await exited(c)
    clearTimeout(timer)
  }
  await start()
  return {
    origin,
    port,
    stateFile,
    secret: () => (JSON.parse(readFileSync(stateFile, 'utf8')) as { secret: string }).secret,
    output: () => out,
    kill9: () => halt('SIGKILL'),
    start,
    stop: async () => {
      await halt('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
