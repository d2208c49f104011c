import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { expect, test } from './fixtures.ts'

// Authors work on a copy of the stories, so the real ones are never touched.
function brokenStories(dir: string): { line: number; reason: string } {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync('stories', dir, { recursive: true })
  const spike = readFileSync(`${dir}/spike.md`, 'utf8').replace('rating: PG', 'rating: PG\nauthor: Somebody')
  writeFileSync(`${dir}/spike.md`, spike)
  return { line: spike.split('\n').findIndex((l) => l.startsWith('author:')) + 1, reason: 'unknown field "author"' }
}

test('a malformed story fails `npm run build` with one file:line line and no bundler stack', () => {
  const dir = '.tmp/one-line-stories'
  const { line, reason } = brokenStories(dir)
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, STORIES_DIR: dir, OUT_DIR: '.tmp/one-line-dist', SITE_URL: 'https://example.org' },
    encoding: 'utf8',
  })
  expect(result.status).not.toBe(0)
  const lines = result.stderr.split('\n').filter((l) => l.trim())
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`^${dir.replace(/\./g, '\\.')}/spike\\.md:${line}: ${reason}`))
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |Build failed with/)
})

test('`npm run dev` on a malformed story shows the same one line in the overlay, with no stack', async ({ page, problems }) => {
  test.setTimeout(90_000)
  const dir = '.tmp/dev-one-line-stories'
  const { line, reason } = brokenStories(dir)
  const port = 4522
  const server: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: { ...process.env, STORIES_DIR: dir },
    stdio: 'ignore',
  })
  try {
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0)
    await page.goto(`http://127.0.0.1:${port}/read/spike`)
    const overlay = page.locator('vite-error-overlay')
    const message = new RegExp(`^${dir.replace(/\./g, '\\.')}/spike\\.md:${line}: ${reason} \\(known: [^\\n]*\\)$`)
    await expect(overlay.locator('.message-body')).toHaveText(message, { timeout: 30_000 })
    await expect(overlay.locator('.stack')).toHaveText('')
    // The page's own request for the broken module fails with 500: that is the point.
    expect(problems.console.every((m) => /status of 500/.test(m))).toBe(true)
    problems.console.length = 0
  } finally {
    server.kill()
  }
})
