import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { AxeBuilder } from '@axe-core/playwright'
import { DESKTOP, PHONE, lineVisibility, openBrowser, readByWheel, revealsSettled, visit } from './helpers.mjs'

const VIEWS = ['/', '/read/buffy', '/read/spike', '/side-by-side/chosen', '/present/buffy', '/present/spike/fire', '/present/chosen/i-love-you', '/present/chosen?presenter', '/read/nobody']
const THEMES = ['night', 'sepia', 'light']

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

describe('axe finds no violations', () => {
  let browser
  before(async () => {
    browser = await openBrowser()
  })
  after(async () => {
    await browser.close()
  })

  for (const size of [DESKTOP, PHONE]) {
    for (const theme of THEMES) {
      test(`every view at ${size.width}×${size.height}, ${theme} theme, before and after the reveals`, async () => {
        const page = browser.context.pages()[0]
        await page.setViewportSize(size)
        await visit(browser.context, '/')
        await page.evaluate((t) => localStorage.setItem('chosen:prefs', JSON.stringify({ theme: t })), theme)
        for (const path of VIEWS) {
          await visit(browser.context, path, { page })
          assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? 'night'), theme)
          assert.deepEqual(await violations(page), [], `${path} before reading`)
          if (path.startsWith('/read/') || path.startsWith('/side-by-side/')) {
            await readByWheel(page, { step: 900, pause: 60 })
            await revealsSettled(page)
            assert.deepEqual(await violations(page), [], `${path} after reading`)
          }
        }
        await page.evaluate(() => localStorage.clear())
      })
    }
  }
})

/** WCAG relative luminance of an [r, g, b] colour (0-255). */
function luminance([r, g, b]) {
  const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('body text contrast is at least 7:1 over every atmosphere effect', () => {
  test('in every theme, at the start and at the end (the fire at its highest)', async () => {
    const browser = await openBrowser()
    const page = browser.context.pages()[0]
    try {
      for (const theme of THEMES) {
        for (const path of ['/read/buffy', '/read/spike', '/side-by-side/chosen']) {
          await visit(browser.context, path, { page })
          await page.evaluate((t) => localStorage.setItem('chosen:prefs', JSON.stringify({ theme: t, pace: 'off' })), theme)
          await visit(browser.context, path, { page })
          for (const where of ['start', 'end']) {
            if (where === 'end') await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
            await page.waitForTimeout(300)
            // The actual text colour, and the actual pixels behind the text: the page is
            // photographed with the text made transparent, and the brightest (or darkest)
            // background pixel under the text column is the worst case.
            const ink = await page.$eval('[data-line]', (el) => getComputedStyle(el).color.match(/\d+/g).slice(0, 3).map(Number))
            // Photograph the paragraphs in view with all text made transparent: what is left is
            // exactly what the text stands on (tint, fire, embers, highlight).
            const boxes = await page.$$eval('main [data-para]', (els) =>
              els
                .map((el) => el.getBoundingClientRect())
                .filter((r) => r.bottom > 60 && r.top < window.innerHeight)
                .slice(0, 4)
                .map((r) => ({ x: Math.max(0, r.left), y: Math.max(60, r.top), width: Math.min(r.width, window.innerWidth - r.left), height: Math.min(r.bottom, window.innerHeight) - Math.max(60, r.top) })),
            )
            if (boxes.length === 0) continue
            await page.evaluate(() => {
              const sheet = new CSSStyleSheet()
              sheet.replaceSync('body * { color: transparent !important; text-decoration-color: transparent !important; border-color: transparent !important; box-shadow: none !important; outline: none !important; }')
              document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
            })
            let worst = null
            let ratio = Infinity
            for (const clip of boxes.filter((b) => b.height > 4)) {
              const bg = await worstBackground(page, await page.screenshot({ clip }), ink)
              const r = contrast(ink, bg)
              if (r < ratio) [ratio, worst] = [r, bg]
            }
            await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)))
            assert.ok(ratio >= 7, `${theme} ${path} ${where}: ${ratio.toFixed(2)}:1 (ink ${ink} on ${worst})`)
          }
        }
      }
    } finally {
      await browser.close()
    }
  })
})

/** The background pixel of a PNG screenshot with the lowest contrast against `ink` (decoded in the page). */
async function worstBackground(page, png, ink) {
  // Decoded in a blank page of the same browser: the site's CSP (rightly) refuses data: fetches.
  const blank = await page.context().newPage()
  try {
    return await decodeWorst(blank, png, ink)
  } finally {
    await blank.close()
  }
}

async function decodeWorst(page, png, ink) {
  return page.evaluate(
    async ({ b64, ink }) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
      const canvas = new OffscreenCanvas(img.width, img.height)
      const ctx = canvas.getContext('2d')
      ctx.drawImage(img, 0, 0)
      const data = ctx.getImageData(0, 0, img.width, img.height).data
      const lum = (r, g, b) => {
        const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
      }
      const inkL = lum(...ink)
      let worst = [0, 0, 0]
      let worstRatio = Infinity
      for (let i = 0; i < data.length; i += 4 * 7) {
        const l = lum(data[i], data[i + 1], data[i + 2])
        const ratio = (Math.max(l, inkL) + 0.05) / (Math.min(l, inkL) + 0.05)
        if (ratio < worstRatio) {
          worstRatio = ratio
          worst = [data[i], data[i + 1], data[i + 2]]
        }
      }
      return worst
    },
    { b64: png.toString('base64'), ink },
  )
}

describe('reflow', () => {
  test('at 320 px wide and at 200% text size nothing is cut off or needs horizontal scrolling', async () => {
    const browser = await openBrowser({ viewport: { width: 320, height: 640 } })
    const page = browser.context.pages()[0]
    try {
      for (const path of ['/', '/read/spike', '/side-by-side/chosen', '/read/nobody']) {
        await visit(browser.context, path, { page })
        for (const scale of ['100%', '200%']) {
          await page.evaluate((s) => {
            const sheet = new CSSStyleSheet()
            sheet.replaceSync(`html { font-size: ${s} !important; }`)
            document.adoptedStyleSheets = [sheet]
          }, scale)
          await page.waitForTimeout(150)
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          const culprit = overflow > 0 ? await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.className || el.tagName).slice(-3).join(', ')) : ''
          assert.ok(overflow <= 0, `${path} at ${scale}: ${overflow}px wider than the screen (${culprit})`)
          const clipped = await page.$$eval('main h1, main h2, main p, main a, main button', (els) =>
            els.filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflow === 'hidden').length,
          )
          assert.equal(clipped, 0, `${path} at ${scale}: text cut off`)
        }
      }
    } finally {
      await browser.close()
    }
  })
})

describe('keyboard-only journeys', () => {
  test('read a piece to the end, switch to side by side and back, share a moment, present and step with PageDown', async () => {
    const browser = await openBrowser()
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const page = browser.context.pages()[0]
    try {
      await visit(browser.context, '/', { page })
      await page.keyboard.press('Tab')
      let guard = 0
      while (!(await page.evaluate(() => document.activeElement?.textContent === 'Read Spike’s side')) && guard++ < 20) await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/read\/spike$/)
      await page.waitForLoadState('networkidle')
      for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown')
      await page.waitForTimeout(800)
      assert.ok(await page.getByRole('link', { name: 'Read both side by side' }).isVisible(), 'reached the end')
      const hidden = (await lineVisibility(page)).filter((v) => v !== 1)
      assert.deepEqual(hidden, [], 'read to the end, every line is shown')
      await page.getByRole('link', { name: 'Read both side by side' }).focus()
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/side-by-side\/chosen$/)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(600)
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      await page.waitForTimeout(900)
      await page.getByRole('button', { name: 'Share' }).focus()
      await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }))
      await page.keyboard.press('Enter')
      await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /\/side-by-side\/chosen\/.+/)
      await page.getByRole('link', { name: 'Read Buffy’s side alone' }).focus()
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/read\/buffy(\/[a-z0-9-]+)?$/)
      await visit(browser.context, '/present/chosen', { page })
      await page.keyboard.press('PageDown')
      await page.keyboard.press('PageDown')
      await page.waitForTimeout(700)
      assert.match(await page.$eval('[aria-live="polite"]', (el) => el.textContent), /Spike: The whole place is crumbling down/)
    } finally {
      await browser.close()
    }
  })
})
