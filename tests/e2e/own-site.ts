import { spawnSync } from 'node:child_process'
import { startServer } from './servers.ts'

/** A site a spec builds for itself (another stories folder or settings) and serves on its own port. */
export interface OwnSite {
  readonly origin: string
  /** Stops the server and waits for it to exit; safe to call twice. */
  close(): Promise<void>
}

/** Builds the site into `outDir` with `env` added (e.g. STORIES_DIR); throws with the build's output when it fails. */
export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, CI: '1', ...env, OUT_DIR: outDir }, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`build of ${outDir} failed:\n${built.stdout}\n${built.stderr}`)
}

/**
 * Serves `outDir` with `vite preview` (as a static host would) on 127.0.0.1:`port`, once its
 * home page answers 200; fails if the server exits first (the port taken by another).
 */
export async function serveSite(outDir: string, port: number, env: Record<string, string> = {}): Promise<OwnSite> {
  const origin = `http://127.0.0.1:${port}`
  const server = await startServer(['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    origin,
    readyPath: env.BASE_PATH ?? '/',
    env,
  })
  return { origin, close: () => server.stop() }
}
