// Builds the static site: the browser bundle, a server bundle of the same app, and then
// a prerendered HTML page for every address (see prerender.mjs).
import { rmSync } from 'node:fs'
import { build, createLogger } from 'vite'
import { prerender } from './prerender.mjs'
import { warnWithoutSiteUrl } from './site-url.mjs'
import { storyErrorLine } from './story-error-line.mjs'

// Vite's own report of a failed build comes with the bundler's stack; this script reports
// the failure itself, once, below.
const logger = createLogger(process.env.CI ? 'warn' : 'info')
/** @type {import('vite').InlineConfig} */
const quiet = { logLevel: process.env.CI ? 'warn' : 'info', customLogger: { ...logger, error: () => {} } }
const outDir = process.env.OUT_DIR ?? 'dist'
const ssrDir = `${outDir}-ssr`
try {
  await build({ ...quiet, build: { outDir, emptyOutDir: true } })
  await build({ ...quiet, build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } })
} catch (error) {
  // A story error is one line, `stories/<file>:<line>: <reason>`, with no stack under it.
  const story = storyErrorLine(error)
  console.error(story ? `\n${story}` : `\nBuild failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
await prerender({ outDir, ssrDir })
rmSync(ssrDir, { recursive: true, force: true })
// Last, where it is not scrolled away by the build's own output.
warnWithoutSiteUrl()
