// Runs the browser tests: builds the site, serves it with `vite preview` on a free local
// port, and runs tests/e2e/*.test.mjs with node's test runner in Debian's Chromium.
// Fails (never skips) when Chromium is missing.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { CHROMIUM } from '../tests/e2e/browser.mjs'

if (!existsSync(CHROMIUM)) {
  console.error(`e2e: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1
if (!process.env.E2E_SKIP_BUILD && run('node', ['scripts/build.mjs']) !== 0) process.exit(1)

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  })
})
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const origin = `http://127.0.0.1:${port}`
for (let i = 0; ; i++) {
  try {
    if ((await fetch(origin + '/')).ok) break
  } catch {
    if (i > 100) {
      console.error('e2e: preview server did not start')
      server.kill()
      process.exit(1)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}
const only = process.argv.slice(2)
const files = only.length ? only : readdirSync('tests/e2e').filter((f) => f.endsWith('.test.mjs')).map((f) => `tests/e2e/${f}`)
const status = run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { E2E_ORIGIN: origin })
server.kill()
process.exit(status)
