import type { Page } from '@playwright/test'
import { DESKTOP, PHONE, expect, test } from './fixtures.ts'
import { hiddenLines, hydrated, open, overflowX, readByWheel, scrollSettled, topOf } from './pages.ts'
import { library } from './story-data.ts'

/** For each beat row: the top of the first paragraph (or note) on each side, and of each echo line. */
function alignment(page: Page) {
  return page.locator('.pbeat').evaluateAll((beats) =>
    beats.map((beat) => {
      const top = (sel: string) => beat.querySelector(sel)?.getBoundingClientRect().top ?? null
      const echoes = [...new Set([...beat.querySelectorAll<HTMLElement>('.line.echo')].map((l) => l.dataset.echo))].map((echo) =>
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

const pair = library.pairs[0]
if (!pair) throw new Error('no pair in stories/')

/** Every row's two sides within 3 px of each other, and every echo's two lines too. */
function expectAligned(rows: Awaited<ReturnType<typeof alignment>>) {
  for (const row of rows) {
    expect(row.left, `${row.id} has a left side`).not.toBeNull()
    expect(row.right, `${row.id} has a right side`).not.toBeNull()
    expect(Math.abs((row.left ?? 0) - (row.right ?? 0)), `${row.id}: ${row.left} vs ${row.right}`).toBeLessThanOrEqual(3)
    for (const tops of row.echoes) {
      expect(tops, `echo in ${row.id} is on both sides`).toHaveLength(2)
      expect(Math.abs((tops[0] ?? 0) - (tops[1] ?? 0)), `echo in ${row.id}: ${tops.join(' vs ')}`).toBeLessThanOrEqual(3)
    }
  }
}

test.describe('side by side', () => {
  test('on a wide screen every beat and every echo starts at the same height in both columns', async ({ page }) => {
    await open(page, '/side-by-side/chosen')
    const rows = await alignment(page)
    expect(rows.map((r) => r.id)).toEqual(pair.beats.map((b) => b.id))
    expect(rows.map((r) => r.id)).toEqual(['crumbling', 'hands', 'fire', 'seeing', 'i-love-you', 'no-you-dont', 'the-end'])
    expectAligned(rows)
    expect(rows.flatMap((r) => r.echoes).length, 'one row of lines for each echo of the pair').toBe(pair.echoes.length)
    const left = await page
      .locator('.cell-left')
      .first()
      .evaluate((el) => el.getBoundingClientRect().left)
    const right = await page
      .locator('.cell-right')
      .first()
      .evaluate((el) => el.getBoundingClientRect().left)
    expect(left, 'Buffy left, Spike right').toBeLessThan(right)
    expect(await overflowX(page)).toBe(0)
  })

  test('a beat one piece does not tell says so', async ({ page }) => {
    await open(page, '/side-by-side/chosen')
    await expect(page.locator('#crumbling .cell-left')).toContainText('Buffy’s telling has no passage for this moment')
  })

  test('the divergence is marked where it happens', async ({ page }) => {
    await open(page, '/side-by-side/chosen')
    await expect(page.locator('#the-end .pbeat-diverges')).toHaveText(/The tellings diverge\..*she stays.*she leaves/)
    await expect(page.locator('.pbeat-diverges'), 'and only there').toHaveCount(pair.beats.filter((b) => b.diverges).length)
  })

  test('hovering or focusing one echo lights its twin', async ({ page }) => {
    await open(page, '/side-by-side/chosen/i-love-you')
    await expect(page.locator('.echo-lit')).toHaveCount(0)
    await page.hover('.cell-left .line.echo')
    const lit = page.locator('.echo-lit')
    await expect(lit).toHaveCount(2)
    expect(await lit.evaluateAll((els) => els.map((e) => e.closest('.cell')?.classList.contains('cell-left')))).toEqual([true, false])
    await page.mouse.move(5, 5)
    await expect(lit).toHaveCount(0)
    await page.focus('.cell-right .echo-link')
    await expect(lit).toHaveCount(2)
  })

  test('screen readers hear each side as a labelled region, in reading order', async ({ page }) => {
    await open(page, '/side-by-side/chosen')
    const names = await page.locator('section.cell').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
    expect(names.slice(0, 4)).toEqual([
      'Buffy’s side: The Hellmouth falls',
      'Spike’s side: The Hellmouth falls',
      'Buffy’s side: Their hands join',
      'Spike’s side: Their hands join',
    ])
    expect(names, 'two regions a beat, Buffy’s then Spike’s').toEqual(pair.beats.flatMap((b) => [`Buffy’s side: ${b.label}`, `Spike’s side: ${b.label}`]))
  })

  test('J and K move from beat to beat; the buttons do the same', async ({ page }) => {
    await open(page, '/side-by-side/chosen')
    // Each jump scrolls smoothly; the next one counts from where the page arrives (a key pressed
    // mid-scroll goes to the same beat again: see the report), so each step waits for the arrival.
    const step = async (key: string, beat: string) => {
      await page.keyboard.press(key)
      await expect(page.locator(`#${beat}-label`)).toBeFocused()
      await scrollSettled(page)
    }
    await step('j', 'crumbling')
    await step('j', 'hands')
    await step('k', 'crumbling')
    await page.getByRole('button', { name: /next beat/i }).click()
    await expect(page.locator('#hands-label')).toBeFocused()
    await scrollSettled(page)
    const top = await topOf(page, '#hands')
    expect(top, 'the beat is at the top').toBeGreaterThanOrEqual(0)
    expect(top, 'the beat is at the top').toBeLessThan(200)
    const notShown = () => page.locator('#hands [data-para]').evaluateAll((ps) => ps.filter((p) => (p as HTMLElement).dataset.shown === undefined).length)
    await expect.poll(notShown, 'a beat jumped to is shown at once').toBe(0)
  })

  test('paced reveals unfold a beat on both sides', async ({ page }) => {
    await open(page, '/side-by-side/chosen')
    const paced = (side: string) => page.locator(`.cell-${side} [data-shown="paced"]`)
    await readByWheel(page, { step: 150, pause: 200, until: async () => (await paced('left').count()) > 0 && (await paced('right').count()) > 0 })
    await expect(paced('left')).not.toHaveCount(0)
    await expect(paced('right')).not.toHaveCount(0)
  })

  test('switching views keeps the moment: reader to side by side and back', async ({ page }) => {
    await open(page, '/read/buffy/no-you-dont')
    await page.getByRole('link', { name: /side by side \(both tellings/i }).click()
    await expect(page).toHaveURL(/\/side-by-side\/chosen\/no-you-dont$/)
    await hydrated(page)
    await expect.poll(() => topOf(page, '#no-you-dont'), 'the beat is in view').toBeGreaterThan(-50)
    await expect.poll(() => topOf(page, '#no-you-dont'), 'the beat is in view').toBeLessThan(450)
    // The landing scrolls to the moment; a click during that scroll can land on whatever passes under it.
    await scrollSettled(page)
    // By keyboard, as a keyboard user would: a pointer click far up the page can land on a
    // line that moves under it while the skipped runs above are laid out (seen under load).
    await page.getByRole('link', { name: 'Read Spike’s side alone' }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/read\/spike\/no-you-dont$/)
    await hydrated(page)
    await expect(page.locator('[data-line="no-you-dont-but-thanks-for"]')).toBeInViewport()
    await scrollSettled(page)
    // The moment's own beat offers the other telling of the same moment.
    await page.locator('section[data-beat="no-you-dont"]').getByRole('link', { name: 'See this moment from Buffy’s side' }).click()
    await expect(page).toHaveURL(/\/read\/buffy\/no-you-dont$/)
    await expect(page.locator('#no-you-dont')).toBeInViewport()
  })

  test('on a phone the beats interleave, Buffy then Spike, with no horizontal scrolling', async ({ page }) => {
    await open(page, '/side-by-side/chosen')
    await page.setViewportSize(PHONE)
    await expect.poll(() => overflowX(page)).toBe(0)
    const cells = await page
      .locator('#hands section.cell')
      .evaluateAll((els) => els.map((e) => ({ left: e.classList.contains('cell-left'), top: Math.round(e.getBoundingClientRect().top) })))
    expect(
      cells.map((c) => c.left),
      'Buffy’s passage first',
    ).toEqual([true, false])
    expect(cells[0]?.top ?? Infinity, 'above Spike’s').toBeLessThan(cells[1]?.top ?? -Infinity)
    await expect(page.locator('#hands .cell-left .cell-who'), 'each passage says whose it is').toBeVisible()
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 700 })
      await expect.poll(() => overflowX(page), `no horizontal scroll at ${width}px`).toBe(0)
    }
    await page.setViewportSize(DESKTOP)
  })
})

test.describe('side by side without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the beats are aligned in plain HTML and CSS, every line shown', async ({ page }) => {
    await page.goto('/side-by-side/chosen')
    const rows = await alignment(page)
    expect(rows.map((r) => r.id)).toEqual(pair.beats.map((b) => b.id))
    expectAligned(rows)
    expect(await hiddenLines(page)).toEqual([])
  })

  test('a moment’s page holds its own beat on both sides, and links to the whole view at the moment', async ({ page }) => {
    await page.goto('/side-by-side/chosen/no-you-dont')
    expect((await alignment(page)).map((r) => r.id)).toEqual(['no-you-dont'])
    expect(await hiddenLines(page)).toEqual([])
    await page.getByRole('link', { name: 'Read the whole piece from here' }).click()
    await expect(page).toHaveURL(/\/side-by-side\/chosen#no-you-dont-label$/)
    expect((await alignment(page)).map((r) => r.id)).toEqual(pair.beats.map((b) => b.id))
    await expect(page.locator('#no-you-dont-label')).toBeInViewport()
  })
})
