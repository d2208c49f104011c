import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

/** A site a spec builds for itself (another stories folder or settings) and serves on its own port. */
export interface OwnSite {
  readonly origin: string
  /** Stops the server; safe to call twice. */
  close(): void
}

/** Builds the site into `outDir` with `env` added (e.g. STORIES_DIR); throws with the build's output when it fails. */
export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, CI: '1', ...env, OUT_DIR: outDir }, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`build of ${outDir} failed:\n${built.stdout}\n${built.stderr}`)
}

/** Serves `outDir` with `vite preview` (as a static host would) on 127.0.0.1:`port`, once it answers. */
export async function serveSite(outDir: string, port: number, env: Record<string, string> = {}): Promise<OwnSite> {
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { env: { ...process.env, ...env }, stdio: 'ignore' },
  )
  const origin = `http://127.0.0.1:${port}`
  const close = () => {
    if (server.exitCode === null && !server.killed) server.kill()
  }
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(origin + (env.BASE_PATH ?? '/')).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return { origin, close }
    await new Promise((r) => setTimeout(r, 100))
  }
  close()
  throw new Error(`preview of ${outDir} did not answer on ${origin}`)
}
