import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { ORIGIN, lineStates, openBrowser, visit } from './helpers.mjs'

const metaOf = (html, key) => {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)
  return m ? m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null
}
const pathOf = (url) => new URL(url).pathname

describe('prerendered pages and previews', () => {
  test('every address in the sitemap exists in the build and is served', async () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8')
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]))
    assert.ok(paths.length > 200, `${paths.length} addresses`)
    for (const path of ['/', '/read/buffy', '/read/spike', '/side-by-side/chosen', '/read/spike/i-love-you', '/side-by-side/chosen/the-end']) {
      assert.ok(paths.includes(path), path)
    }
    for (const path of paths) {
      const res = await fetch(ORIGIN + path)
      assert.equal(res.status, 200, path)
      const html = await res.text()
      assert.match(html, /<div id="root"[^>]*>(<!--\$-->)?<div (data-view="present" )?class="(page|present)/, `${path} has its content prerendered`)
    }
  })

  test('a moment page quotes its moment in its preview, with a card image that exists', async () => {
    const html = await (await fetch(`${ORIGIN}/read/spike/i-love-you-there-she-said`)).text()
    assert.equal(metaOf(html, 'og:type'), 'article')
    assert.match(metaOf(html, 'og:title'), /“I love you” · For Her · Spike’s side/)
    assert.match(metaOf(html, 'og:description'), /I love you" — There, she said them/)
    assert.match(metaOf(html, 'description'), /There, she said them/)
    assert.equal(metaOf(html, 'og:url'), 'http://localhost:4173/read/spike/i-love-you-there-she-said')
    assert.equal(metaOf(html, 'twitter:card'), 'summary_large_image')
    const image = metaOf(html, 'og:image')
    assert.match(image, /^http:\/\/localhost:4173\/cards\/read-spike-i-love-you\.png$/)
    const png = await fetch(ORIGIN + pathOf(image))
    assert.equal(png.headers.get('content-type'), 'image/png')
    const bytes = Buffer.from(await png.arrayBuffer())
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630])
  })

  test('each piece, the pair and each beat have their own title, description and card', async () => {
    const seen = new Set()
    for (const path of ['/', '/read/buffy', '/read/spike', '/side-by-side/chosen', '/read/buffy/fire', '/side-by-side/chosen/the-end']) {
      const html = await (await fetch(ORIGIN + path)).text()
      const title = /<title>([^<]*)<\/title>/.exec(html)[1]
      assert.ok(!seen.has(title), `${path}: unique title ${title}`)
      seen.add(title)
      for (const key of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'twitter:card', 'twitter:image']) assert.ok(metaOf(html, key), `${path} ${key}`)
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/)
      assert.equal((await fetch(ORIGIN + pathOf(metaOf(html, 'og:image')))).status, 200)
    }
    const sbs = await (await fetch(`${ORIGIN}/side-by-side/chosen/the-end`)).text()
    assert.match(metaOf(sbs, 'og:description'), /she stays.*she leaves/)
  })
})

describe('moment links and sharing', () => {
  let browser
  before(async () => {
    browser = await openBrowser()
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN })
  })
  after(async () => {
    assert.deepEqual(browser.problems, [])
    assert.deepEqual(browser.foreign, [])
    await browser.close()
  })

  const inView = (page, selector) =>
    page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })

  test('side-by-side moment addresses open there, cold', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen/the-end')
    await page.waitForTimeout(300)
    assert.ok(await inView(page, '#the-end-label'))
    const line = await visit(browser.context, '/side-by-side/chosen/and-finally-she-leaves-maybe-she', { page })
    await page.waitForTimeout(300)
    assert.ok(await inView(line.page, '#and-finally-she-leaves-maybe-she'))
    assert.ok(await page.$eval('#and-finally-she-leaves-maybe-she', (el) => el.classList.contains('is-target')))
    const right = await lineStates(page, '.cell-right [data-line]')
    const earlier = right.slice(0, right.findIndex((l) => l.id === 'and-finally-she-leaves-maybe-she'))
    assert.ok(earlier.length > 1 && earlier.every((l) => l.visible === 1), 'everything before the moment is shown')
  })

  test('#anchor within a page, and back and forward, land on their moments', async () => {
    const { page } = await visit(browser.context, '/read/buffy')
    await page.evaluate(() => (window.location.hash = 'fire'))
    await page.waitForTimeout(400)
    assert.ok(await inView(page, '[data-line="the-fire-didnt-burn-in-the"]'))
    await page.evaluate(() => (window.location.hash = 'they-were-consumed-by-the-flames'))
    await page.waitForTimeout(400)
    assert.ok(await inView(page, '#they-were-consumed-by-the-flames'))
    await page.goBack()
    await page.waitForTimeout(400)
    assert.ok(await inView(page, '[data-line="the-fire-didnt-burn-in-the"]'), 'back returns to the earlier moment')
    await page.goForward()
    await page.waitForTimeout(400)
    assert.ok(await inView(page, '#they-were-consumed-by-the-flames'))
  })

  test('Share copies the link of the current moment, and says so', async () => {
    const { page } = await visit(browser.context, '/read/spike/the-end')
    await page.waitForTimeout(400)
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }))
    await page.getByRole('button', { name: 'Share' }).click()
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    assert.equal(copied, `${ORIGIN}/read/spike/and-finally-she-leaves-maybe-she`)
    const opened = await visit(browser.context, pathOf(copied))
    await opened.page.waitForTimeout(300)
    assert.ok(await inView(opened.page, '#and-finally-she-leaves-maybe-she'))
  })

  test('Share uses the device share sheet where there is one', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen/fire')
    await page.waitForTimeout(400)
    await page.evaluate(() => {
      window.__shared = []
      navigator.share = async (data) => void window.__shared.push(data)
      navigator.canShare = () => true
    })
    await page.getByRole('button', { name: 'Share' }).click()
    await page.getByRole('status').filter({ hasText: 'Shared.' }).waitFor()
    const [shared] = await page.evaluate(() => window.__shared)
    assert.match(shared.url, /\/side-by-side\/chosen\/(fire|the-fire-didnt-burn-in-the)$/)
  })

  test('selecting text offers “Share this line”, which links to that line', async () => {
    const { page } = await visit(browser.context, '/read/buffy/seeing')
    await page.waitForTimeout(400)
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }))
    await page.evaluate(() => {
      const line = document.getElementById('they-were-kindred-spirits')
      line.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.selectNodeContents(line)
      document.getSelection().removeAllRanges()
      document.getSelection().addRange(range)
    })
    await page.getByRole('button', { name: 'Share this line' }).click()
    await page.getByRole('status').filter({ hasText: 'Link copied' }).first().waitFor()
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${ORIGIN}/read/buffy/they-were-kindred-spirits`)
  })
})

describe('bad addresses', () => {
  let browser
  before(async () => {
    browser = await openBrowser()
  })
  after(async () => {
    // The 404 status itself is logged by the browser; anything else (a hydration error) is a fault.
    assert.deepEqual(browser.problems.filter((p) => !/status of 404/.test(p)), [])
    await browser.close()
  })

  test('an unknown piece, pair or moment gets a helpful page with status 404', async () => {
    for (const path of ['/read/angel', '/side-by-side/nope', '/read/spike/not-a-moment', '/nonsense', '/read/spike/a/b/c']) {
      const { page, response } = await visit(browser.context, path)
      assert.equal(response.status(), 404, path)
      assert.ok(await page.getByRole('heading', { name: 'This moment isn’t here' }).isVisible(), path)
      assert.ok(await page.getByRole('link', { name: 'Read “For Her”, Spike’s side' }).isVisible(), path)
      assert.match(await page.locator('.not-found-what').textContent(), /^We couldn’t find .+\.$/, 'it says what it couldn’t find')
    }
  })

  test('an unknown #anchor keeps the page and says so', async () => {
    const { page } = await visit(browser.context, '/read/spike#not-a-moment')
    await page.getByText('There’s no moment called “not-a-moment” here', { exact: false }).waitFor()
    assert.ok(await page.getByRole('heading', { name: 'For Her', level: 1 }).isVisible())
  })

  test('hostile input in an address is shown as text at most, never run', async () => {
    const { page } = await visit(browser.context, '/read/%3Cimg%20src=x%20onerror=window.__pwned=1%3E')
    await page.waitForTimeout(300)
    assert.equal(await page.evaluate(() => window.__pwned), undefined)
    assert.equal(await page.$$eval('main img', (els) => els.length), 0)
    const hash = await visit(browser.context, '/read/spike#%3Cimg%20src=x%20onerror=window.__pwned=1%3E', { page })
    await hash.page.waitForTimeout(300)
    assert.equal(await page.evaluate(() => window.__pwned), undefined)
  })
})
