import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { closePages, expect, test as base } from './fixtures.ts'
import { PORTS, startServer, type Server } from './servers.ts'

const VITE = 'node_modules/vite/bin/vite.js'

/** A copy of the stories in .tmp for an author to edit, so the real ones are never touched. */
function copyStories(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync('stories', dir, { recursive: true })
}

const test = base.extend<{ devServer: Server & { stories: string }; subPathSite: Server }>({
  // `npm run dev` over a copy of the stories; stopped when the test ends, however it ends.
  devServer: async ({ context }, use) => {
    const stories = '.tmp/dev-stories'
    copyStories(stories)
    const origin = `http://127.0.0.1:${PORTS.dev}`
    const server = await startServer([VITE, '--host', '127.0.0.1', '--port', String(PORTS.dev), '--strictPort'], { origin, readyPath: '/', env: { STORIES_DIR: stories } })
    await use({ ...server, stories })
    // Teardown runs however the test ended.
    await closePages(context)
    await server.stop()
  },
  // The site built for `/chosen/` into its own folder and served from it; stopped when the test ends.
  subPathSite: [
    async ({ context }, use) => {
      const env = { BASE_PATH: '/chosen/', OUT_DIR: '.tmp/sub-dist' }
      const built = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, ...env }, encoding: 'utf8' })
      expect(built.status, built.stderr).toBe(0)
      const origin = `http://127.0.0.1:${PORTS.subPath}`
      const server = await startServer([VITE, 'preview', '--outDir', '.tmp/sub-dist', '--host', '127.0.0.1', '--port', String(PORTS.subPath), '--strictPort'], {
        origin,
        readyPath: '/chosen/',
        env,
      })
      await use(server)
      await closePages(context)
      await server.stop()
    },
    // A whole build: slow on a busy machine.
    { timeout: 180_000 },
  ],
})

test('a malformed story fails the build with file:line: reason, and a non-zero exit', () => {
  test.slow()
  const dir = '.tmp/bad-stories'
  copyStories(dir)
  const spike = readFileSync(`${dir}/spike.md`, 'utf8').replace('rating: PG', 'rating: PG\nauthor: Somebody')
  writeFileSync(`${dir}/spike.md`, spike)
  const line = spike.split('\n').findIndex((l) => l.startsWith('author:')) + 1
  expect(line, 'the bad field is in the file').toBeGreaterThan(1)
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, STORIES_DIR: dir, OUT_DIR: '.tmp/bad-dist' }, encoding: 'utf8' })
  expect(result.status).not.toBe(0)
  expect(result.stderr).toMatch(new RegExp(`\\.tmp/bad-stories/spike\\.md:${line}: unknown field "author"`))
})

test('in npm run dev, editing a story updates the open page, and a broken one shows where', async ({ page, devServer, problems }) => {
  test.slow()
  await page.goto(`${devServer.origin}/read/spike`)
  await expect(page.getByText('Sweet temptation', { exact: false })).toBeVisible()
  const file = `${devServer.stories}/spike.md`
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace('Sweet temptation…', 'Sweet, sweet temptation…'))
  await expect(page.getByText('Sweet, sweet temptation', { exact: false })).toBeVisible({ timeout: 20_000 })
  writeFileSync(file, text.replace('*So that', 'So that'))
  // Vite shows the error in its overlay and logs it; the page may reload under the overlay, so
  // what was logged (kept by the problems fixture) counts as well as what is on screen.
  const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').catch(() => '')
  const shown = async () => `${await overlay()}\n${problems.console.join('\n')}`
  await expect.poll(shown, { timeout: 30_000 }).toMatch(/dev-stories\/spike\.md:\d+: unclosed emphasis/)
  // Dev-server pages log what the built site never does (a hydration mismatch between the dev
  // server's HTML and the first client render; under load a 500 for a module re-read mid-edit:
  // both reported), and while the story is broken the console says so, which is the point. The
  // console is not checked here (the built site's tests check it everywhere); the page is
  // closed first, so nothing it logs later goes unseen by the fixture.
  await page.close()
  writeFileSync(file, text)
  problems.console.length = 0
})

test('a site built for a sub-path serves every view under it, with links and assets under it too', async ({ page, subPathSite, request }) => {
  test.slow()
  const { origin } = subPathSite
  for (const path of ['/chosen/', '/chosen/read/spike/i-love-you', '/chosen/side-by-side/chosen/the-end', '/chosen/present/chosen']) {
    expect((await request.get(origin + path)).status(), path).toBe(200)
  }
  expect((await request.get(`${origin}/chosen/read/nobody`)).status()).toBe(404)
  expect((await request.get(`${origin}/read/spike`)).status(), 'nothing outside the sub-path').toBe(404)
  await page.goto(`${origin}/chosen/`)
  await expect(page.getByRole('link', { name: 'Read Spike’s side' })).toHaveAttribute('href', '/chosen/read/spike')
  await page.goto(`${origin}/chosen/read/spike/i-love-you`)
  await expect(page.locator('#i-love-you-there-she-said'), 'the moment lands (scripts ran)').toHaveClass(/\bis-target\b/)
  const assets = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname))
  expect(
    assets.filter((p) => !p.startsWith('/chosen/')),
    'every asset is under the sub-path',
  ).toEqual([])
  const html = await (await request.get(`${origin}/chosen/read/spike`)).text()
  expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost:4173\/chosen\/cards\/read-spike\.png"/)
})
