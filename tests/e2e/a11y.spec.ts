import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'
import { DESKTOP, PHONE, dropPage404s, expect, test, watch } from './fixtures.ts'
import { bodyTextContrast } from './contrast.ts'
import { choosePrefs, frames, hiddenLines, hydrated, readByWheel, revealsSettled, scrollSettled } from './pages.ts'

// Each test has its own context and shares nothing: spread them over the workers.
test.describe.configure({ mode: 'parallel' })

const VIEWS = [
  '/',
  '/read/buffy',
  '/read/spike',
  '/side-by-side/chosen',
  '/present/buffy',
  '/present/spike/fire',
  '/present/chosen/i-love-you',
  '/present/chosen?presenter',
  '/read/nobody',
]
const THEMES = ['Night', 'Sepia', 'Light']

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )
}

/** Opens `path` with its scripts live; the not-found page is one of the views. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path)
  // Its status (404, from the server, through the service worker once it is in control) is
  // tested in sharing.spec.ts and offline-views.spec.ts.
  if (path === '/read/nobody') await expect(page.getByRole('heading', { level: 1, name: 'This moment isn’t here' })).toBeVisible()
  await hydrated(page)
}

/** The theme the page is set in (no `data-theme` on a page without the settings means the default, night). */
const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? 'night')

test.describe('axe finds no violations', () => {
  test.afterEach(({ problems }) => {
    // The browser logs the not-found page's own 404; anything else (a chunk's) still fails the test.
    dropPage404s(problems)
  })

  for (const size of [DESKTOP, PHONE]) {
    for (const theme of THEMES) {
      test(`every view at ${size.width}×${size.height}, ${theme.toLowerCase()} theme, before and after the reveals`, async ({ page }) => {
        test.slow()
        await page.setViewportSize(size)
        await choosePrefs(page, { theme })
        for (const path of VIEWS) {
          await visit(page, path)
          await expect.poll(() => themeOf(page), path).toBe(theme.toLowerCase())
          expect(await violations(page), `${path} before reading`).toEqual([])
          if (path.startsWith('/read/buffy') || path.startsWith('/read/spike') || path.startsWith('/side-by-side/')) {
            await readByWheel(page, { step: 900, pause: 60 })
            await revealsSettled(page)
            expect(await violations(page), `${path} after reading`).toEqual([])
          }
        }
      })
    }
  }
})

test('every line is in the accessibility tree a screen reader reads, also those the browser skips while far off screen', async ({ playwright, baseURL, problems }) => {
  // Chromium builds the whole tree, what content-visibility skips included, when a screen
  // reader is running (as this flag makes it); over DevTools alone it leaves that out.
  const browser = await playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--force-renderer-accessibility'] })
  try {
    // On a phone the reader's later runs of paragraphs are skipped while far off (reader.css).
    for (const path of ['/read/spike', '/read/buffy']) {
      const page = await browser.newPage({ viewport: PHONE, baseURL })
      watch(page, problems)
      await page.goto(path)
      await hydrated(page)
      // Each line's words, text node by text node (a line with an emphasis has more than one).
      const lines = await page.locator('.line').evaluateAll((els) =>
        els.map((el) => {
          const texts: string[] = []
          const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
          for (let n = walk.nextNode(); n; n = walk.nextNode()) texts.push(n.textContent ?? '')
          return { texts, skipped: !el.checkVisibility({ contentVisibilityAuto: true }) }
        }),
      )
      expect(lines.filter((l) => l.skipped).length, `${path}: some lines are skipped (far below the screen)`).toBeGreaterThan(0)
      const cdp = await page.context().newCDPSession(page)
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string } }[] }
      // The tree's text nodes, compared without spaces (it trims each and collapses what is inside).
      const bare = (text: string) => text.replace(/\s+/g, '')
      const heard = new Set(nodes.filter((n) => !n.ignored && n.role?.value === 'StaticText').map((n) => bare(n.name?.value ?? '')))
      const missing = lines.flatMap((l) => l.texts).filter((t) => bare(t) && !heard.has(bare(t)))
      expect(missing, `${path}: words not in the accessibility tree`).toEqual([])
      await page.close()
    }
  } finally {
    await browser.close()
  }
})

test('body text contrast is at least 7:1 over every atmosphere effect, in every theme, at the start and at the end (the fire at its highest)', async ({ page }) => {
  test.slow()
  let measured = 0
  for (const theme of THEMES) {
    await choosePrefs(page, { theme, pace: 'Off: all at once' })
    for (const path of ['/read/buffy', '/read/spike', '/side-by-side/chosen']) {
      await visit(page, path)
      for (const where of ['start', 'end'] as const) {
        const { ratio, ink, background, paragraphs } = await bodyTextContrast(page, where)
        expect(paragraphs, `${theme} ${path} ${where}: paragraphs on screen`).toBeGreaterThan(0)
        expect(ratio, `${theme} ${path} ${where}: ${ratio.toFixed(2)}:1 (ink ${ink.join(',')} on ${background.join(',')})`).toBeGreaterThanOrEqual(7)
        measured++
      }
    }
  }
  expect(measured, 'three themes × three pages × start and end').toBe(18)
})

test.describe('reflow', () => {
  test.use({ viewport: { width: 320, height: 640 } })
  test.afterEach(({ problems }) => {
    dropPage404s(problems)
  })

  test('at 320 px wide and at 200% text size nothing is cut off or needs horizontal scrolling', async ({ page }) => {
    for (const path of ['/', '/read/spike', '/side-by-side/chosen', '/read/nobody']) {
      await visit(page, path)
      for (const scale of ['100%', '200%']) {
        await page.evaluate((s) => {
          const sheet = new CSSStyleSheet()
          sheet.replaceSync(`html { font-size: ${s} !important; }`)
          document.adoptedStyleSheets = [sheet]
        }, scale)
        await expect(page.locator('html')).toHaveCSS('font-size', scale === '100%' ? '16px' : '32px')
        await frames(page)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        const culprit =
          overflow > 0
            ? await page.evaluate(() =>
                [...document.querySelectorAll('body *')]
                  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
                  .map((el) => el.className || el.tagName)
                  .slice(-3)
                  .join(', '),
              )
            : ''
        expect(overflow, `${path} at ${scale}: px wider than the screen (${culprit})`).toBeLessThanOrEqual(0)
        const clipped = await page
          .locator('main h1, main h2, main p, main a, main button')
          .evaluateAll(
            (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null && el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflow === 'hidden').length,
          )
        expect(clipped, `${path} at ${scale}: text cut off`).toBe(0)
      }
    }
  })
})

test('keyboard only: read a piece to the end, switch to side by side and back, share a moment, present and step with PageDown', async ({ page, context }) => {
  test.slow()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await visit(page, '/')
  await page.keyboard.press('Tab')
  for (let guard = 0; !(await page.evaluate(() => document.activeElement?.textContent === 'Read Spike’s side')) && guard < 20; guard++) await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveText('Read Spike’s side')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/read\/spike$/)
  await hydrated(page)
  for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown')
  const end = page.getByRole('link', { name: 'Read both side by side' })
  await expect(end, 'reached the end').toBeInViewport()
  await revealsSettled(page)
  await expect.poll(() => hiddenLines(page), 'read to the end, every line is shown').toEqual([])
  await end.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/side-by-side\/chosen$/)
  await hydrated(page)
  for (const beat of ['crumbling', 'hands']) {
    await page.keyboard.press('j')
    await expect(page.locator(`#${beat}-label`)).toBeFocused()
    await scrollSettled(page)
  }
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }))
  await page.getByRole('button', { name: 'Share' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/side-by-side\/chosen\/.+/)
  await page.getByRole('link', { name: 'Read Buffy’s side alone' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/read\/buffy(\/[a-z0-9-]+)?$/)
  await visit(page, '/present/chosen')
  await page.keyboard.press('PageDown')
  await page.keyboard.press('PageDown')
  await expect(page.locator('[aria-live="polite"]')).toHaveText(/Spike: The whole place is crumbling down/)
})
