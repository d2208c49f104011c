import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { commitsIn, countCommits } from '../../scripts/react-commits.mjs'
import { DESKTOP, PHONE, expect, test } from './fixtures.ts'
import { frames, hiddenLines, highlighted, lineStates, open, readByWheel, recordHighlights, revealsSettled, scrollSettled, scrolledSettled } from './pages.ts'
import { stored } from './storage.ts'
import { repairedSeed, storyLines, storyOf, wordsOf } from './story-data.ts'

// Each test has its own context and shares nothing: spread them over the workers.
test.describe.configure({ mode: 'parallel' })

const lastPara = '.story [data-para] >> nth=-1'

/**
 * Opens Buffy's side as a returning reader would: a place saved in it, and the first-visit
 * hint seen (it goes after a few seconds, by a render of its own).
 */
async function returnToBuffy(page: Page): Promise<void> {
  await page.goto('/404.html')
  await page.evaluate(() => {
    localStorage.setItem('chosen:place:buffy', JSON.stringify({ v: 1, value: 'she-could-see-the-anguish-in' }))
    localStorage.setItem('chosen:hinted', JSON.stringify({ v: 1, value: true }))
  })
  await open(page, '/read/buffy')
}

test.describe('the immersive reader', () => {
  test('lines below the reading zone wait, arrive as the reader scrolls, and stay shown', async ({ page }) => {
    await open(page, '/read/buffy')
    await expect(page.locator('[data-reveal="paced"]')).toBeAttached()
    const before = await lineStates(page)
    expect(
      before.map((l) => l.text),
      'every line of the story, in order',
    ).toEqual(storyLines('buffy').map((l) => l.text))
    // The next lines below the screen wait (paragraphs far off screen are not armed until they come near).
    const below = before.filter((l) => l.belowScreen).slice(0, 3)
    expect(
      below.map((l) => l.visible),
      'the lines just below the screen wait for the reader',
    ).toEqual([0, 0, 0])
    // Read down gently: the first paragraphs reach the zone and fade in, one line after another.
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 120)
      // The reader's pace (180 ms a step), not a wait for the page: scrolling faster skips the show.
      await page.waitForTimeout(180)
    }
    await expect(page.locator('.story [data-para][data-shown="paced"]'), 'a paragraph is revealed at a reading pace').not.toHaveCount(0)
    // Reading on at a reading speed, the paragraphs keep arriving paced to the very end.
    await readByWheel(page, { step: 120, pause: 200 })
    await revealsSettled(page)
    await expect.poll(() => hiddenLines(page), 'every line is shown once read').toEqual([])
    await expect(page.locator(lastPara), 'the last paragraph too arrives at a reading pace').toHaveAttribute('data-shown', 'paced')
  })

  test('the words on screen are exactly the authors’ words', async ({ page }) => {
    const linesText = async () => (await page.locator('[data-line]').allTextContents()).join(' ')
    await open(page, '/read/spike')
    const seed = repairedSeed('002_5cad11de45ed7575.txt', 'stories/spike.md')
    const body = seed.slice(seed.indexOf('The day of the confrontation'), seed.indexOf('avatar credit'))
    expect(wordsOf(await linesText())).toEqual(wordsOf(body))
    await open(page, '/read/buffy')
    const raw = repairedSeed('000_fa815808c0735282.txt', 'stories/buffy.md')
    expect(wordsOf(await linesText())).toEqual(wordsOf(raw.split('Thankyou!')[1] ?? ''))
  })

  test('jumping to the end shows everything above at once', async ({ page }) => {
    await open(page, '/read/buffy')
    await page.keyboard.press('End')
    await expect(page.locator(lastPara), 'the last paragraph is shown').toHaveAttribute('data-shown', /./)
    // The last paragraph may still be fading in, line by line; nothing above it waits.
    const waitingAbove = () =>
      page.locator('.story [data-para]').evaluateAll((paras) => {
        const last = paras.at(-1)
        return paras
          .filter((p) => p !== last)
          .flatMap((p) => [...p.querySelectorAll('[data-line]')])
          .filter((l) => Number(getComputedStyle(l).opacity) < 1 || /rgba\(.*,\s*0?\.\d+\)$/.test(getComputedStyle(l).color))
          .map((l) => l.id)
      })
    await expect.poll(waitingAbove, 'nothing above the last paragraph waits').toEqual([])
  })

  test('resizing and rotating never hides a line already shown', async ({ page }) => {
    await open(page, '/read/spike')
    await readByWheel(page, { until: async () => (await page.evaluate(() => window.scrollY)) > 2000 })
    await revealsSettled(page)
    const shownParas = page.locator('[data-para][data-shown]')
    await expect.poll(() => shownParas.count()).toBeGreaterThan(3)
    const shown = await shownParas.count()
    const seen = (await lineStates(page)).filter((l) => l.visible === 1 && !l.belowScreen).map((l) => l.id)
    expect(seen.length).toBeGreaterThan(3)
    for (const size of [PHONE, { width: 844, height: 390 }, DESKTOP]) {
      await page.setViewportSize(size)
      // The reveal hears of a resize through its observers, which deliver in the next frames.
      await frames(page, 3)
      expect(await shownParas.count(), `${size.width}×${size.height}`).toBeGreaterThanOrEqual(shown)
      const hidden = (await lineStates(page)).filter((l) => seen.includes(l.id) && l.visible !== 1).map((l) => l.id)
      expect(hidden, `every line the reader had seen is still shown at ${size.width}×${size.height}`).toEqual([])
    }
  })

  test('every line stays in the accessibility tree before it is revealed', async ({ page }) => {
    await open(page, '/read/buffy')
    await expect(page.locator('[data-reveal="paced"]')).toBeAttached()
    const waiting = (await lineStates(page)).filter((l) => l.visible === 0).map((l) => l.text)
    expect(waiting.length, 'some lines are waiting').toBeGreaterThan(0)
    const snapshot = wordsOf(await page.locator('.story').ariaSnapshot()).join(' ')
    for (const line of waiting) expect(snapshot, line).toContain(wordsOf(line).join(' '))
    const last = storyLines('buffy').at(-1)?.text ?? ''
    expect(last).toBe('They were consumed by the flames.')
    expect(snapshot, 'and so are the lines far ahead').toContain(wordsOf(last).join(' '))
  })

  test('a moment address lands on its line, shown and highlighted, with everything before it', async ({ page }) => {
    await recordHighlights(page)
    await open(page, '/read/spike/i-love-you')
    const line = page.locator('#i-love-you-there-she-said')
    await expect.poll(() => highlighted(page), 'the moment was highlighted').toContain('i-love-you-there-she-said')
    await expect(line).toBeInViewport()
    await expect(line).toBeFocused()
    const lines = await lineStates(page)
    const upTo = lines.slice(0, lines.findIndex((l) => l.id === 'i-love-you-there-she-said') + 1)
    expect(upTo.length).toBeGreaterThan(1)
    expect(
      upTo.filter((l) => l.visible !== 1).map((l) => l.id),
      'the line and all before it are shown, not replayed',
    ).toEqual([])
  })

  test('after landing on a moment the reader reads on: the page is never pulled back to it', async ({ page }) => {
    await open(page, '/read/spike/i-love-you')
    await expect(page.locator('#i-love-you-there-she-said')).toBeInViewport()
    const landed = await page.evaluate(() => window.scrollY)
    await page.mouse.move(720, 450)
    await readByWheel(page, { step: 150, pause: 150, until: async () => (await page.evaluate(() => window.scrollY)) > landed + 900 })
    // Every line read on from there re-renders the page's position; none may land on the moment again.
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(landed + 900)
    await expect(page.locator('#i-love-you-there-she-said')).not.toBeInViewport()
  })

  test('the place is remembered and offered on return', async ({ page }) => {
    await open(page, '/read/buffy')
    await readByWheel(page, { until: async () => (await page.evaluate(() => window.scrollY)) > 2600 })
    // The last wheel step may still be scrolling, and the place is written at most once a
    // second (with the line of that moment): let the page come to rest, then wait for the write.
    await scrollSettled(page)
    await expect.poll(() => stored(page, 'place:buffy'), 'a line is remembered').toEqual(expect.any(String))
    await expect
      .poll(async () => {
        const onScreen = (await lineStates(page)).filter((l) => l.onScreen).map((l) => l.id)
        return onScreen.includes(String(await stored(page, 'place:buffy')))
      }, 'the line remembered is one on screen where the reader stopped')
      .toBe(true)
    const whereItStopped = (await lineStates(page)).filter((l) => l.onScreen).map((l) => l.id)
    await open(page, '/read/buffy')
    // Read only now: until the page was left, a write in flight could still name the next line on screen.
    const saved = String(await stored(page, 'place:buffy'))
    expect(whereItStopped, 'the place offered is a line that was on screen where the reader stopped').toContain(saved)
    await page.getByRole('button', { name: 'Continue where you left off' }).click()
    await expect(page).toHaveURL(new RegExp(`/read/buffy/${saved}$`))
    await expect(page.locator(`[data-line="${saved}"]`)).toBeInViewport()
  })

  test('the offer to continue steps aside in the story and comes back above it, and scrolling renders nothing', async ({ page }) => {
    await page.addInitScript(countCommits)
    const commits = () => commitsIn(page)
    await returnToBuffy(page)
    const offer = page.getByRole('button', { name: 'Continue where you left off' })
    await expect(offer).toBeVisible()
    await scrollSettled(page)
    const before = await commits()
    expect(before, 'the hook saw the page render').toBeGreaterThan(0)
    await readByWheel(page, { until: async () => (await page.evaluate(() => window.scrollY)) > 1500 })
    await expect(offer, 'in the story, the offer is out of the way').toBeHidden()
    await page.keyboard.press('Home')
    await expect(offer, 'back above the story, it is offered again').toBeVisible()
    expect(await commits(), 'React commits while scrolling down and back').toBe(before)
  })

  for (const size of [PHONE, DESKTOP]) {
    test(`on return at ${size.width}×${size.height} the offer to continue is in the first screen, and never covers what has the focus`, async ({ page }) => {
      await page.setViewportSize(size)
      await returnToBuffy(page)
      const offer = page.getByRole('complementary', { name: 'Continue reading' })
      await expect(offer).toBeInViewport({ ratio: 1 })
      // Checked once it has faded in: axe measures contrast through the opacity of the moment.
      await offer.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)))
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
      const top = await page.evaluate(() => window.scrollY)
      // Tab on from the title card until the focus moves past it (the first beat's links, below the first screen).
      await page.locator('summary').first().focus()
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab')
        const covered = await page.evaluate(() => {
          const offer = document.querySelector('.continue:not([hidden])')
          if (offer?.contains(document.activeElement)) return false
          const focus = document.activeElement?.getBoundingClientRect()
          const card = offer?.getBoundingClientRect()
          return Boolean(focus && card && focus.bottom > card.top && focus.top < card.bottom && focus.right > card.left && focus.left < card.right)
        })
        expect(covered, `${await page.evaluate(() => document.activeElement?.textContent)} is not under the offer`).toBe(false)
      }
      expect(await page.evaluate(() => window.scrollY), 'the focus went below the first screen').toBeGreaterThan(top)
      // Browsers that scroll the focus to the nearest edge (and find in page) bring it to the
      // bottom of the screen: the page's scroll padding keeps that edge above the offer.
      await page.keyboard.press('Home')
      await expect(offer).toBeInViewport({ ratio: 1 })
      const link = page.getByRole('link', { name: 'See this moment from Spike’s side' }).first()
      await link.evaluate((a) => a.scrollIntoView({ block: 'end' }))
      const [a, card] = await Promise.all([link.boundingBox(), offer.boundingBox()])
      expect(a && card && a.y + a.height, 'the link, at the bottom edge, is above the offer').toBeLessThanOrEqual(card?.y ?? 0)
    })
  }

  test('the progress bar follows the page as it moves, and the fire rises as the story is read, to its height at the end', async ({ page }) => {
    await open(page, '/read/buffy')
    const fire = page.locator('.reader .atmosphere-fire')
    const glow = () => fire.evaluate((el) => [new DOMMatrix(getComputedStyle(el).transform).d, Number(getComputedStyle(el).opacity)])
    const bar = () => page.locator('.progress-bar').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)
    await scrolledSettled(page)
    expect(await glow(), 'low at the start').toEqual([0.25, 0.18])
    expect(await bar()).toBe(0)
    await page.mouse.move(700, 450)
    await page.mouse.wheel(0, 1200)
    await expect.poll(bar, 'the bar has moved with the page').toBeGreaterThan(0)
    await scrolledSettled(page)
    const [midHeight, midOpacity] = await glow()
    expect(midHeight, 'risen part of the way').toBeGreaterThan(0.25)
    expect(midHeight).toBeLessThan(1)
    expect(midOpacity).toBeGreaterThan(0.18)
    // At the end: End again until the page stands there (runs of paragraphs laid out as End
    // passes them can grow the page under it, as a reader would find and press End again).
    await expect
      .poll(async () => {
        await page.keyboard.press('End')
        await scrollSettled(page)
        await scrolledSettled(page)
        return glow()
      }, 'at its height at the end')
      .toEqual([1, 1])
    expect(await page.locator('.reader .atmosphere-embers').evaluate((el) => Number(getComputedStyle(el).opacity)), 'the embers glow at the end').toBeCloseTo(0.9)
    expect(await bar()).toBe(1)
  })

  test('text scrolled under a still pointer sends the page no crossings while it moves, and once it is still the one to where the pointer is', async ({ page }) => {
    type Heard = typeof window & { sent: number; heard: { t: number; line: string | null }[]; scrolls: number[] }
    // First of all the page's listeners: what the browser sends, at the window, before the site sees it.
    await page.addInitScript(() => {
      const win = window as Heard
      win.sent = 0
      win.heard = []
      win.scrolls = []
      const line = (t: EventTarget | null) => (t instanceof Element ? (t.closest<HTMLElement>('[data-line]')?.dataset.line ?? t.tagName) : null)
      window.addEventListener('pointerover', () => win.sent++, { capture: true })
      window.addEventListener('scroll', () => win.scrolls.push(performance.now()), { capture: true, passive: true })
      // Where React listens (below the window): what the site's scripts hear.
      document.addEventListener('pointerover', (e) => win.heard.push({ t: performance.now(), line: line(e.target) }))
    })
    await open(page, '/read/buffy')
    await page.mouse.move(700, 450)
    await scrollSettled(page)
    await page.evaluate(() => {
      const win = window as Heard
      win.sent = 0
      win.heard = []
      win.scrolls = []
    })
    // Scrolled by the page, a little every frame for 40 frames: the browser's timing, not the test's.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          let left = 40
          const step = () => {
            window.scrollBy(0, 50)
            if (--left > 0) requestAnimationFrame(step)
            else done()
          }
          requestAnimationFrame(step)
        }),
    )
    await scrollSettled(page)
    const under = () =>
      page.evaluate(() => {
        const t = document.elementFromPoint(700, 450)
        return t?.closest<HTMLElement>('[data-line]')?.dataset.line ?? t?.tagName ?? null
      })
    // Once the page has been still for a moment, it hears where the pointer now is.
    const lastHeard = () => page.evaluate(() => (window as Heard).heard.at(-1)?.line ?? 'nothing yet')
    await expect
      .poll(async () => {
        const [last, now] = [await lastHeard(), await under()]
        return last === now ? 'where the pointer is' : `${last}, with the pointer over ${now}`
      })
      .toBe('where the pointer is')
    const { sent, heard, scrolls } = await page.evaluate(() => ({ sent: (window as Heard).sent, heard: (window as Heard).heard, scrolls: (window as Heard).scrolls }))
    expect(sent, 'crossings the browser sent while the text moved').toBeGreaterThan(4)
    // Without the hold the site hears every one; with it, the last. (Not only that one on a
    // very busy machine, whose frames can come further apart than the hold.)
    expect(heard.length, `heard ${heard.map((h) => h.line).join(', ')} after ${scrolls.length} scroll events`).toBeLessThanOrEqual(sent / 2)
  })

  test('keyboard alone: skip link, settings, theme', async ({ page }) => {
    await open(page, '/read/spike')
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveText('Skip to the story')
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: /settings/i })).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
    await page.keyboard.press('Escape')
    // The theme is set before the first paint: read it in the page's first animation frame.
    await page.addInitScript(() => requestAnimationFrame(() => ((window as unknown as { firstFrameTheme?: string }).firstFrameTheme = document.documentElement.dataset.theme)))
    await open(page, '/read/spike')
    expect(await page.evaluate(() => (window as unknown as { firstFrameTheme?: string }).firstFrameTheme), 'the theme is remembered, before first paint').toBe('sepia')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  })

  test('reflows at 320 px wide with no horizontal scrolling', async ({ page }) => {
    await open(page, '/read/spike')
    await page.setViewportSize({ width: 320, height: 700 })
    await frames(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'px wider than the window').toBeLessThanOrEqual(0)
  })
})

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('shows every line at once', async ({ page }) => {
    await open(page, '/read/buffy')
    await expect(page.locator('[data-reveal="all"]')).toBeAttached()
    expect(await hiddenLines(page)).toEqual([])
  })
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the whole text is there and readable', async ({ page }) => {
    const response = await page.goto('/read/spike')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveClass('no-js')
    expect(await hiddenLines(page)).toEqual([])
    await expect(page.getByText("for him, that's enough.", { exact: false })).toBeVisible()
    await page.goto('/read/spike#no-you-dont')
    const top = await page.locator('#no-you-dont').evaluate((el) => el.getBoundingClientRect().top)
    expect(top, 'a #anchor lands on its moment without scripts').toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(400)
  })

  test('the progress bar and the fire follow the scroll by a scroll timeline', async ({ page }) => {
    await page.goto('/read/spike')
    const height = () => page.locator('.reader .atmosphere-fire').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).d)
    const bar = () => page.locator('.progress-bar').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)
    expect(await height()).toBeCloseTo(0.25)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect.poll(height).toBeCloseTo(1)
    await expect.poll(bar).toBeCloseTo(1)
  })

  test('a moment’s page holds its own beat, in the first screen, and links to the whole piece at the moment', async ({ page }) => {
    const story = storyOf('spike')
    const moment = story.beats.flatMap((beat) => beat.paragraphs.flatMap((p) => p.lines.map((line) => ({ beat, line })))).find((m) => m.line.id === 'i-love-you-there-she-said')
    if (!moment) throw new Error('the moment is gone from stories/spike.md')
    const beatLines = moment.beat.paragraphs.flatMap((p) => p.lines.map((l) => l.id))
    await page.goto(`/read/spike/${moment.line.id}`)
    // Its beat alone: a page per moment, each with the whole story, would grow with the square of the text.
    expect(await page.locator('[data-line]').evaluateAll((els) => els.map((el) => el.id))).toEqual(beatLines)
    expect(await hiddenLines(page)).toEqual([])
    await expect(page.locator(`#${moment.line.id}`)).toBeInViewport()
    await page.getByRole('link', { name: 'Read the whole piece from here' }).click()
    await expect(page).toHaveURL(new RegExp(`/read/spike#${moment.line.id}$`))
    expect(await page.locator('[data-line]').count(), 'the piece’s page holds all of it').toBe(storyLines('spike').length)
    await expect(page.locator(`#${moment.line.id}`)).toBeInViewport()
  })
})

test.describe('the first paint', () => {
  test('comes before any script is fetched, with no font to wait for; the next page is set in Literata', async ({ page }) => {
    await open(page, '/read/spike')
    const first = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => r.startTime),
      fonts: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.woff2'))
        .map((r) => r.startTime),
      marked: document.documentElement.hasAttribute('data-fonts'),
      manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
    }))
    expect(first.fcp, 'the page painted').toBeGreaterThan(0)
    expect(first.scripts.length).toBeGreaterThan(0)
    expect(
      first.scripts.filter((t) => t < first.fcp),
      `scripts start after the first paint (${first.fcp} ms)`,
    ).toEqual([])
    expect(
      first.fonts.filter((t) => t < first.fcp),
      'no font is fetched before the first paint',
    ).toEqual([])
    expect(first.marked, 'a first visit is set in the fallback face').toBe(false)
    expect(first.manifest, 'the app manifest is linked once the page is up').toBe('/manifest.webmanifest')
    // Once idle, the page fetches Literata and remembers it; the next page uses it from the start.
    await expect.poll(() => stored(page, 'fonts'), { timeout: 15_000 }).toBeTruthy()
    await open(page, '/read/buffy')
    const next = await page.evaluate(async () => {
      await document.fonts.ready
      return {
        marked: document.documentElement.hasAttribute('data-fonts'),
        family: getComputedStyle(document.querySelector('.para') as Element).fontFamily,
        loaded: [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Literata' && f.status === 'loaded').length,
      }
    })
    expect(next.marked).toBe(true)
    expect(next.family).toMatch(/^"?Literata"?,/)
    expect(next.loaded, 'Literata is loaded and used').toBeGreaterThanOrEqual(1)
  })
})
