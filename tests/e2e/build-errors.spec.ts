import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { closePages, expect, test } from './fixtures.ts'
import { PORTS, startServer } from './servers.ts'

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

test('`npm run dev` on a malformed story shows the same one line in the overlay, with no stack', async ({ context, page, problems }) => {
  test.setTimeout(90_000)
  const dir = '.tmp/dev-one-line-stories'
  const { line, reason } = brokenStories(dir)
  const origin = `http://127.0.0.1:${PORTS.devBroken}`
  // Ready once its own client script answers: the pages themselves fail on the broken story.
  const server = await startServer(['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(PORTS.devBroken), '--strictPort'], {
    origin,
    readyPath: '/@vite/client',
    env: { STORIES_DIR: dir },
  })
  try {
    await page.goto(`${origin}/read/spike`)
    const overlay = page.locator('vite-error-overlay')
    const message = new RegExp(`^${dir.replace(/\./g, '\\.')}/spike\\.md:${line}: ${reason} \\(known: [^\\n]*\\)$`)
    await expect(overlay.locator('.message-body')).toHaveText(message, { timeout: 30_000 })
    await expect(overlay.locator('.stack')).toHaveText('')
    // The page's own request for the broken module fails with 500: that is the point.
    expect(problems.console.length).toBeGreaterThan(0)
    expect(problems.console.filter((m) => !/status of 500/.test(m))).toEqual([])
    problems.console.length = 0
  } finally {
    // The page first: left open, it goes on asking the dev server for modules.
    await closePages(context)
    await server.stop()
  }
})
