import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { DESKTOP, PHONE, lineVisibility, openBrowser, readByWheel, visit } from './helpers.mjs'

/** For each beat row: the top of the first paragraph (or note) on each side, and of each echo line. */
async function alignment(page) {
  return page.$$eval('.pbeat', (beats) =>
    beats.map((beat) => {
      const top = (sel) => beat.querySelector(sel)?.getBoundingClientRect().top ?? null
      const echoes = [...new Set([...beat.querySelectorAll('.line.echo')].map((l) => l.dataset.echo))].map((echo) =>
        [...beat.querySelectorAll(`.line[data-echo="${echo}"]`)].map((l) => l.getBoundingClientRect().top),
      )
      return {
        id: beat.id,
        left: top('.cell-left [data-para], .cell-left .cell-missing'),
        right: top('.cell-right [data-para], .cell-right .cell-missing'),
        echoes,
      }
    }),
  )
}

const overflowX = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('side by side', () => {
  let browser
  before(async () => {
    browser = await openBrowser()
  })
  after(async () => {
    assert.deepEqual(browser.problems, [])
    assert.deepEqual(browser.foreign, [])
    await browser.close()
  })

  test('on a wide screen every beat and every echo starts at the same height in both columns', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    const rows = await alignment(page)
    assert.deepEqual(rows.map((r) => r.id), ['crumbling', 'hands', 'fire', 'seeing', 'i-love-you', 'no-you-dont', 'the-end'])
    for (const row of rows) {
      assert.ok(Math.abs(row.left - row.right) <= 3, `${row.id}: ${row.left} vs ${row.right}`)
      for (const [a, b] of row.echoes) assert.ok(Math.abs(a - b) <= 3, `echo in ${row.id}: ${a} vs ${b}`)
    }
    assert.equal(rows.flatMap((r) => r.echoes).length, 2)
    const left = await page.$eval('.cell-left', (el) => el.getBoundingClientRect().left)
    const right = await page.$eval('.cell-right', (el) => el.getBoundingClientRect().left)
    assert.ok(left < right, 'Buffy left, Spike right')
    assert.equal(await overflowX(page), 0)
  })

  test('a beat one piece does not tell says so', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    const text = await page.$eval('#crumbling .cell-left', (el) => el.textContent)
    assert.match(text, /Buffy’s telling has no passage for this moment/)
  })

  test('the divergence is marked where it happens', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    const note = await page.$eval('#the-end .pbeat-diverges', (el) => el.textContent)
    assert.match(note, /The tellings diverge\..*she stays.*she leaves/)
  })

  test('hovering or focusing one echo lights its twin', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen/i-love-you')
    await page.hover('.cell-left .line.echo')
    assert.deepEqual(await page.$$eval('.echo-lit', (els) => els.map((e) => e.closest('.cell').classList.contains('cell-left'))), [true, false])
    await page.mouse.move(5, 5)
    await page.focus('.cell-right .echo-link')
    assert.equal(await page.$$eval('.echo-lit', (els) => els.length), 2)
  })

  test('screen readers hear each side as a labelled region, in reading order', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    const names = await page.$$eval('section.cell', (els) => els.map((e) => e.getAttribute('aria-label')))
    assert.equal(names[0], 'Buffy’s side: The Hellmouth falls')
    assert.equal(names[1], 'Spike’s side: The Hellmouth falls')
    assert.equal(names[2], 'Buffy’s side: Their hands join')
    assert.equal(names[3], 'Spike’s side: Their hands join')
  })

  test('J and K move from beat to beat; the buttons do the same', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    await page.waitForTimeout(700)
    await page.keyboard.press('j')
    await page.waitForTimeout(900)
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'crumbling-label')
    await page.keyboard.press('j')
    await page.waitForTimeout(900)
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'hands-label')
    await page.keyboard.press('k')
    await page.waitForTimeout(900)
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'crumbling-label')
    await page.getByRole('button', { name: /next beat/i }).click()
    await page.waitForTimeout(900)
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'hands-label')
    const top = await page.$eval('#hands', (el) => el.getBoundingClientRect().top)
    assert.ok(top >= 0 && top < 200, `the beat is at the top (${top})`)
    const shown = await page.$$eval('#hands [data-para]', (ps) => ps.every((p) => p.dataset.shown !== undefined))
    assert.ok(shown, 'a beat jumped to is shown at once')
  })

  test('paced reveals unfold a beat on both sides', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    await page.waitForTimeout(800)
    await readByWheel(page, { step: 150, pause: 200, until: async () => (await page.$$eval('.cell-right [data-shown="paced"]', (p) => p.length)) > 0 && (await page.$$eval('.cell-left [data-shown="paced"]', (p) => p.length)) > 0 })
    assert.ok((await page.$$eval('.cell-left [data-shown="paced"]', (p) => p.length)) > 0)
    assert.ok((await page.$$eval('.cell-right [data-shown="paced"]', (p) => p.length)) > 0)
  })

  test('switching views keeps the moment: reader to side by side and back', async () => {
    const { page } = await visit(browser.context, '/read/buffy/no-you-dont')
    await page.waitForTimeout(400)
    await page.getByRole('link', { name: /side by side \(both tellings/i }).click()
    await page.waitForURL(/\/side-by-side\/chosen\/no-you-dont$/)
    await page.waitForTimeout(400)
    const top = await page.$eval('#no-you-dont', (el) => el.getBoundingClientRect().top)
    assert.ok(top > -50 && top < 450, `the beat is in view (${top})`)
    await page.getByRole('link', { name: 'Read Spike’s side alone' }).click()
    await page.waitForURL(/\/read\/spike\/no-you-dont$/)
    await page.waitForTimeout(400)
    const line = await page.locator('[data-line="no-you-dont-but-thanks-for"]').boundingBox()
    assert.ok(line && line.y > 0 && line.y < 900)
    await page.getByRole('link', { name: 'See this moment from Buffy’s side' }).first().click()
    await page.waitForURL(/\/read\/buffy\/crumbling$|\/read\/buffy\/hands$/)
  })

  test('on a phone the beats interleave, Buffy then Spike, with no horizontal scrolling', async () => {
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    await page.setViewportSize(PHONE)
    await page.waitForTimeout(300)
    assert.equal(await overflowX(page), 0)
    const cells = await page.$$eval('#hands section.cell', (els) => els.map((e) => [e.classList.contains('cell-left'), Math.round(e.getBoundingClientRect().top)]))
    assert.equal(cells.length, 2)
    assert.ok(cells[0][0] && cells[0][1] < cells[1][1], 'Buffy’s passage comes first, above Spike’s')
    assert.ok(await page.locator('#hands .cell-left .cell-who').isVisible(), 'each passage says whose it is')
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 700 })
      await page.waitForTimeout(200)
      assert.equal(await overflowX(page), 0, `no horizontal scroll at ${width}px`)
    }
    await page.setViewportSize(DESKTOP)
  })
})

describe('side by side without JavaScript', () => {
  test('the beats are aligned in plain HTML and CSS, every line shown', async () => {
    const browser = await openBrowser({ javaScriptEnabled: false })
    const { page } = await visit(browser.context, '/side-by-side/chosen')
    for (const row of await alignment(page)) assert.ok(Math.abs(row.left - row.right) <= 3, row.id)
    assert.deepEqual((await lineVisibility(page)).filter((o) => o < 1), [])
    await browser.close()
  })
})
