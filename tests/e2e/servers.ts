import { spawn, type ChildProcess } from 'node:child_process'

/** A server this test started: its origin, and `stop()`, which waits for it to exit (safe to call twice). */
export interface Server {
  readonly origin: string
  stop(): Promise<void>
}

/**
 * The ports of the servers the tests start themselves, next to the preview's (E2E_PORT, 4310
 * by default): E2E_PORT + 1 for `vite` (dev) on a story folder being edited, + 2 for a
 * sub-path build, + 3 for the library of several scenes, + 4 for the hostile-text site, + 5
 * for `vite` (dev) on a malformed story. One each, so specs running at once in different
 * workers never share one; fixed, so two runs collide loudly (`--strictPort`, and
 * `startServer` fails when its server exits) rather than testing each other's server.
 */
export const PORTS = (() => {
  const base = Number(process.env.E2E_PORT ?? 4310)
  return { dev: base + 1, subPath: base + 2, library: base + 3, hostile: base + 4, devBroken: base + 5 }
})()

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()))
}

/**
 * Starts `node <args>` and resolves once `readyUrl` answers 200, or rejects (and stops the
 * process) when it exits first or does not answer within `timeout` ms.
 */
export async function startServer(
  args: readonly string[],
  { origin, readyPath, env = {}, timeout = 60_000 }: { origin: string; readyPath: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<Server> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited(child)
      clearTimeout(killer)
    }
  }
  const deadline = Date.now() + timeout
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${args.join(' ')} exited (${child.exitCode ?? child.signalCode}): ${stderr}`)
    try {
      const res = await fetch(origin + readyPath)
      if (res.ok) return { origin, stop }
      last = `status ${res.status}`
    } catch (e) {
      last = String(e)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  throw new Error(`${args.join(' ')} did not answer ${origin}${readyPath} within ${timeout} ms (${last}): ${stderr}`)
}
