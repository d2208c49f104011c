// Builds the static site: the browser bundle, a server bundle of the same app, and then
// a prerendered HTML page for every address (see prerender.mjs).
import { rmSync } from 'node:fs'
import { build } from 'vite'
import { prerender } from './prerender.mjs'

const quiet = { logLevel: process.env.CI ? 'warn' : 'info' }
const outDir = process.env.OUT_DIR ?? 'dist'
const ssrDir = `${outDir}-ssr`
try {
  await build({ ...quiet, build: { outDir, emptyOutDir: true } })
  await build({ ...quiet, build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } })
} catch (error) {
  // A story error reads `stories/<file>:<line>: <reason>`: print it alone, not a stack.
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
await prerender({ outDir, ssrDir })
rmSync(ssrDir, { recursive: true, force: true })
