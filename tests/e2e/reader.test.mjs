import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { DESKTOP, PHONE, lineStates, lineVisibility, openBrowser, readByWheel, revealsSettled, repairedSeed, visit, wordsOf } from './helpers.mjs'

describe('the immersive reader', () => {
  let browser
  before(async () => {
    browser = await openBrowser()
  })
  after(async () => {
    assert.deepEqual(browser.problems, [], 'no console errors, hydration warnings or CSP violations')
    assert.deepEqual(browser.foreign, [], 'no request to any other host')
    await browser.close()
  })

  test('lines below the reading zone wait, arrive as the reader scrolls, and stay shown', async () => {
    const { page } = await visit(browser.context, '/read/buffy')
    await page.waitForSelector('[data-reveal="paced"]')
    const before = await lineVisibility(page)
    assert.equal(before.length, 68)
    const below = (await lineStates(page)).filter((l) => l.belowScreen).slice(0, 3)
    assert.deepEqual(below.map((l) => l.visible), [0, 0, 0], 'the lines below the screen wait for the reader')
    // Read down gently: the first paragraphs reach the zone and fade in, one line after another.
    await page.waitForTimeout(800)
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 120)
      await page.waitForTimeout(180)
    }
    const mid = await page.$$eval('.story [data-para]', (ps) => ps.map((p) => p.dataset.shown ?? null))
    assert.ok(mid.includes('paced'), 'a paragraph is revealed at a reading pace')
    // Reading on at a reading speed, the paragraphs keep arriving paced to the very end.
    await readByWheel(page, { step: 120, pause: 200 })
    await revealsSettled(page)
    const afterRead = await lineVisibility(page)
    assert.deepEqual(afterRead.filter((o) => o < 1), [], 'every line is shown once read')
    const last = await page.$$eval('.story [data-para]', (ps) => ps.at(-1)?.dataset.shown)
    assert.equal(last, 'paced', 'the last paragraph too arrives at a reading pace')
  })

  test('the words on screen are exactly the authors’ words', async () => {
    const { page } = await visit(browser.context, '/read/spike')
    const linesText = (p) => p.$$eval('[data-line]', (els) => els.map((e) => e.textContent).join(' '))
    const text = await linesText(page)
    const seed = repairedSeed('002_5cad11de45ed7575.txt', 'stories/spike.md')
    const body = seed.slice(seed.indexOf('The day of the confrontation'), seed.indexOf('avatar credit'))
    assert.deepEqual(wordsOf(text), wordsOf(body))
    const buffy = (await visit(browser.context, '/read/buffy')).page
    const buffyText = await linesText(buffy)
    const raw = repairedSeed('000_fa815808c0735282.txt', 'stories/buffy.md')
    assert.deepEqual(wordsOf(buffyText), wordsOf(raw.split('Thankyou!')[1]))
  })

  test('jumping to the end shows everything above at once', async () => {
    const { page } = await visit(browser.context, '/read/buffy')
    await page.keyboard.press('End')
    await page.waitForTimeout(1200)
    const ops = await lineVisibility(page)
    const last = await page.$$eval('.story [data-para]', (ps) => ps.at(-1)?.dataset.shown)
    assert.ok(last !== undefined, 'the last paragraph is shown')
    assert.equal(ops.slice(0, -3).filter((o) => o < 1).length, 0, 'nothing above it waits')
  })

  test('resizing and rotating never hides a line already shown', async () => {
    const { page } = await visit(browser.context, '/read/spike')
    await readByWheel(page, { until: async () => (await page.evaluate(() => window.scrollY)) > 2000 })
    await page.waitForTimeout(5000)
    const shown = await page.$$eval('[data-para][data-shown]', (ps) => ps.length)
    assert.ok(shown > 3)
    const seen = (await lineStates(page)).filter((l) => l.visible === 1 && !l.belowScreen).map((l) => l.id)
    await page.setViewportSize(PHONE)
    await page.waitForTimeout(400)
    await page.setViewportSize({ width: 844, height: 390 })
    await page.waitForTimeout(400)
    await page.setViewportSize(DESKTOP)
    await page.waitForTimeout(400)
    assert.ok((await page.$$eval('[data-para][data-shown]', (ps) => ps.length)) >= shown)
    const hidden = (await lineStates(page)).filter((l) => seen.includes(l.id) && l.visible !== 1).map((l) => l.id)
    assert.deepEqual(hidden, [], 'every line the reader had seen is still shown')
  })

  test('every line stays in the accessibility tree before it is revealed', async () => {
    const { page } = await visit(browser.context, '/read/buffy')
    await page.waitForSelector('[data-reveal="paced"]')
    const waiting = (await lineStates(page)).filter((l) => l.visible === 0).map((l) => l.text)
    assert.ok(waiting.length > 0, 'some lines are waiting')
    const snapshot = wordsOf(await page.locator('.story').ariaSnapshot()).join(' ')
    for (const line of waiting) assert.ok(snapshot.includes(wordsOf(line).join(' ')), line)
    assert.ok(snapshot.includes(wordsOf('They were consumed by the flames.').join(' ')), 'and so are the lines far ahead')
  })

  test('a moment address lands on its line, shown and highlighted, with everything before it', async () => {
    const { page } = await visit(browser.context, '/read/spike/i-love-you')
    const line = page.locator('#i-love-you-there-she-said')
    await page.waitForTimeout(300)
    assert.ok(await line.evaluate((el) => el.classList.contains('is-target')))
    const box = await line.boundingBox()
    assert.ok(box && box.y > 0 && box.y < 900, 'the line is in view')
    const lines = await lineStates(page)
    const before = lines.slice(0, lines.findIndex((l) => l.id === 'i-love-you-there-she-said') + 1)
    assert.ok(before.length > 1 && before.every((l) => l.visible === 1), 'the line and all before it are shown, not replayed')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'i-love-you-there-she-said')
  })

  test('the place is remembered and offered on return', async () => {
    const { page } = await visit(browser.context, '/read/buffy')
    await readByWheel(page, { until: async () => (await page.evaluate(() => window.scrollY)) > 2600 })
    await page.waitForTimeout(1500)
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('chosen:place:buffy') ?? 'null')?.value)
    assert.ok(saved, 'a line is remembered')
    await page.evaluate(() => window.scrollTo(0, 0))
    await visit(browser.context, '/read/buffy', { page })
    await page.getByRole('button', { name: 'Continue where you left off' }).click()
    await page.waitForURL(new RegExp(`/read/buffy/${saved}$`))
    await page.waitForTimeout(300)
    const box = await page.locator(`[data-line="${saved}"]`).boundingBox()
    assert.ok(box && box.y > 0 && box.y < 900)
  })

  test('keyboard alone: skip link, settings, theme', async () => {
    const { page } = await visit(browser.context, '/read/spike')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the story')
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    assert.equal(await page.getByRole('button', { name: /settings/i }).getAttribute('aria-expanded'), 'true')
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowRight')
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'sepia')
    await page.keyboard.press('Escape')
    await visit(browser.context, '/read/spike', { page })
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'sepia', 'the theme is remembered, before first paint')
    await page.evaluate(() => localStorage.clear())
  })

  test('reflows at 320 px wide with no horizontal scrolling', async () => {
    const { page } = await visit(browser.context, '/read/spike')
    await page.setViewportSize({ width: 320, height: 700 })
    await page.waitForTimeout(200)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 0, `overflow ${overflow}px`)
    await page.setViewportSize(DESKTOP)
  })
})

describe('reduced motion', () => {
  test('shows every line at once', async () => {
    const browser = await openBrowser({ reducedMotion: 'reduce' })
    const { page } = await visit(browser.context, '/read/buffy')
    await page.waitForSelector('[data-reveal="all"]')
    assert.deepEqual((await lineVisibility(page)).filter((o) => o < 1), [])
    await browser.close()
  })
})

describe('with JavaScript off', () => {
  test('the whole text is there and readable', async () => {
    const browser = await openBrowser({ javaScriptEnabled: false })
    const { page, response } = await visit(browser.context, '/read/spike')
    assert.equal(response.status(), 200)
    assert.equal(await page.evaluate(() => document.documentElement.className), 'no-js')
    assert.deepEqual((await lineVisibility(page)).filter((o) => o < 1), [])
    assert.ok(await page.getByText("for him, that's enough.", { exact: false }).isVisible())
    const hash = await visit(browser.context, '/read/spike#no-you-dont', { page })
    const top = await hash.page.locator('#no-you-dont').boundingBox()
    assert.ok(top && top.y >= 0 && top.y < 400, 'a #anchor lands on its moment without scripts')
    await browser.close()
  })
})

describe('the first paint', () => {
  test('comes before any script is fetched, with no font to wait for; the next page is set in Literata', async () => {
    const browser = await openBrowser()
    const { page } = await visit(browser.context, '/read/spike')
    await page.waitForSelector('[data-reveal]')
    const first = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => r.startTime),
      fonts: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')).map((r) => r.startTime),
      marked: document.documentElement.hasAttribute('data-fonts'),
      manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
    }))
    assert.ok(first.fcp > 0, 'the page painted')
    assert.ok(first.scripts.length > 0 && first.scripts.every((t) => t >= first.fcp), `scripts start after the first paint (${first.fcp} ms): ${first.scripts}`)
    assert.ok(first.fonts.every((t) => t >= first.fcp), 'no font is fetched before the first paint')
    assert.equal(first.marked, false, 'a first visit is set in the fallback face')
    assert.equal(first.manifest, '/manifest.webmanifest', 'the app manifest is linked once the page is up')
    // Once idle, the page fetches Literata and remembers it; the next page uses it from the start.
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('chosen:fonts') ?? 'null')?.value === true, null, { timeout: 10000 })
    await visit(browser.context, '/read/buffy', { page })
    const next = await page.evaluate(async () => {
      await document.fonts.ready
      return {
        marked: document.documentElement.hasAttribute('data-fonts'),
        family: getComputedStyle(document.querySelector('.para')).fontFamily,
        loaded: [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Literata' && f.status === 'loaded').length,
      }
    })
    assert.equal(next.marked, true)
    assert.match(next.family, /^"?Literata"?,/)
    assert.ok(next.loaded >= 1, 'Literata is loaded and used')
    assert.deepEqual(browser.problems, [])
    await browser.close()
  })
})
