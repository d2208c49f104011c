import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { openBrowser } from './helpers.mjs'

// Authors work on copies of the stories in .tmp, so the real ones are never touched.
const copyStories = (dir) => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync('stories', dir, { recursive: true })
}

describe('a malformed story fails the build', () => {
  test('with file:line: reason, and a non-zero exit', () => {
    const dir = '.tmp/bad-stories'
    copyStories(dir)
    const spike = readFileSync(`${dir}/spike.md`, 'utf8').replace('rating: PG', 'rating: PG\nauthor: Somebody')
    writeFileSync(`${dir}/spike.md`, spike)
    const line = spike.split('\n').findIndex((l) => l.startsWith('author:')) + 1
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, STORIES_DIR: dir, OUT_DIR: '.tmp/bad-dist' },
      encoding: 'utf8',
    })
    assert.notEqual(result.status, 0)
    assert.match(result.stderr, new RegExp(`\\.tmp/bad-stories/spike\\.md:${line}: unknown field "author"`))
  })
})

describe('npm run dev', () => {
  const dir = '.tmp/dev-stories'
  let server
  let origin
  let browser
  before(async () => {
    copyStories(dir)
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', '0', '--strictPort', 'false'], {
      env: { ...process.env, STORIES_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    origin = await new Promise((resolve, reject) => {
      let out = ''
      server.stdout.on('data', (d) => {
        out += d
        const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), ''))
        if (m) resolve(`http://127.0.0.1:${m[1]}`)
      })
      setTimeout(() => reject(new Error(`dev server did not start: ${out}`)), 20000)
    })
    browser = await openBrowser()
  })
  after(async () => {
    await browser.close()
    server.kill()
  })

  test('editing a story updates the open page, and a broken one shows where', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${origin}/read/spike`, { waitUntil: 'networkidle' })
    await page.getByText('Sweet temptation', { exact: false }).waitFor()
    const file = `${dir}/spike.md`
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text.replace('Sweet temptation…', 'Sweet, sweet temptation…'))
    await page.getByText('Sweet, sweet temptation', { exact: false }).waitFor({ timeout: 15000 })
    writeFileSync(file, text.replace('*So that', 'So that'))
    // The overlay may appear, then be replaced when the page reloads: read it until it holds.
    let message = ''
    for (let i = 0; i < 60 && !/unclosed emphasis/.test(message); i++) {
      await page.waitForTimeout(250)
      message = await page
        .evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '')
        .catch(() => '')
    }
    assert.match(message, /dev-stories\/spike\.md:\d+: unclosed emphasis/)
    writeFileSync(file, text)
    browser.problems.length = 0
  })
})

describe('a site built for a sub-path', () => {
  test('serves every view under it, with links and assets under it too', async () => {
    const env = { ...process.env, BASE_PATH: '/chosen/', OUT_DIR: '.tmp/sub-dist' }
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' })
    assert.equal(built.status, 0, built.stderr)
    const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', '.tmp/sub-dist', '--host', '127.0.0.1', '--port', '4399', '--strictPort'], {
      env,
      stdio: 'ignore',
    })
    const browser = await openBrowser()
    try {
      const origin = 'http://127.0.0.1:4399'
      for (let i = 0; i < 100; i++) {
        if (await fetch(`${origin}/chosen/`).then((r) => r.ok).catch(() => false)) break
        await new Promise((r) => setTimeout(r, 100))
      }
      for (const path of ['/chosen/', '/chosen/read/spike/i-love-you', '/chosen/side-by-side/chosen/the-end']) {
        assert.equal((await fetch(origin + path)).status, 200, path)
      }
      assert.equal((await fetch(`${origin}/chosen/read/nobody`)).status, 404)
      const page = await browser.context.newPage()
      await page.goto(`${origin}/chosen/`, { waitUntil: 'networkidle' })
      assert.equal(await page.getByRole('link', { name: 'Read Spike’s side' }).getAttribute('href'), '/chosen/read/spike')
      await page.goto(`${origin}/chosen/read/spike/i-love-you`, { waitUntil: 'networkidle' })
      await page.waitForTimeout(300)
      assert.ok(await page.$eval('#i-love-you-there-she-said', (el) => el.classList.contains('is-target')), 'the moment lands (scripts ran)')
      const html = await (await fetch(`${origin}/chosen/read/spike`)).text()
      assert.match(html, /<meta property="og:image" content="http:\/\/localhost:4173\/chosen\/cards\/read-spike\.png"/)
      assert.deepEqual(browser.problems, [])
    } finally {
      await browser.close()
      server.kill()
    }
  })
})
