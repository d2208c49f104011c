import type { Page } from '@playwright/test'
import { animationsDone, scrollSettled, scrolledSettled } from './pages.ts'

/** WCAG relative luminance of an [r, g, b] colour (0-255). */
function luminance([r, g, b]: number[]): number {
  const lin = (c = 0) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** The WCAG contrast ratio of two [r, g, b] colours (0-255). */
export const contrast = (a: number[], b: number[]): number => {
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** What `bodyTextContrast` found: the lowest ratio, the text's colour and the pixel behind it that gave that ratio. */
export interface TextContrast {
  /** The worst ratio over the paragraphs measured (Infinity when there were none). */
  ratio: number
  ink: number[]
  background: number[]
  /** How many paragraphs on screen were measured: check it, or a page with none would pass. */
  paragraphs: number
}

/**
 * Measures the contrast of the body text over what it actually stands on (tint, fire,
 * embers, highlight) in the current page, already opened and hydrated: scrolls to the start
 * of the text (the first screen may hold only the title and preface) or the very end, waits
 * for the atmosphere to arrive, then photographs up to four paragraphs in view with all text
 * made transparent and returns the background pixel with the lowest contrast against the ink.
 */
export async function bodyTextContrast(page: Page, where: 'start' | 'end'): Promise<TextContrast> {
  if (where === 'start')
    await page
      .locator('main [data-para]')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }))
  else await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await scrollSettled(page)
  // The fire and the tint follow the reading position through transitions: measure once they have arrived.
  await animationsDone(page, 'main, [class*="atmosphere"]')
  // The fire rises once the page is still: measure it where it comes to rest (at the end, its highest).
  await scrolledSettled(page)
  // The actual text colour, and the actual pixels behind the text.
  const ink = await page
    .locator('[data-line]')
    .first()
    .evaluate((el) => (getComputedStyle(el).color.match(/\d+/g) ?? []).slice(0, 3).map(Number))
  const boxes = await page.locator('main [data-para]').evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.bottom > 60 && r.top < window.innerHeight)
      .slice(0, 4)
      .map((r) => ({
        x: Math.max(0, r.left),
        y: Math.max(60, r.top),
        width: Math.min(r.width, window.innerWidth - r.left),
        height: Math.min(r.bottom, window.innerHeight) - Math.max(60, r.top),
      }))
      .filter((b) => b.height > 4),
  )
  // With all text transparent, what is left in the photograph is exactly what the text stands on.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(
      'body * { color: transparent !important; text-decoration-color: transparent !important; border-color: transparent !important; box-shadow: none !important; outline: none !important; }',
    )
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  })
  let background: number[] = []
  let ratio = Infinity
  try {
    for (const clip of boxes) {
      const bg = await worstBackground(page, await page.screenshot({ clip }), ink)
      const r = contrast(ink, bg)
      if (r < ratio) [ratio, background] = [r, bg]
    }
  } finally {
    await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)))
  }
  return { ratio, ink, background, paragraphs: boxes.length }
}

/** The background pixel of a PNG screenshot with the lowest contrast against `ink`, decoded in a blank page (the site's CSP rightly refuses data: fetches). */
async function worstBackground(page: Page, png: Buffer, ink: number[]): Promise<number[]> {
  const blank = await page.context().newPage()
  try {
    return await blank.evaluate(
      async ({ b64, ink }) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
        const canvas = new OffscreenCanvas(img.width, img.height)
        const ctx = canvas.getContext('2d')
        if (!ctx) throw new Error('no 2d context')
        ctx.drawImage(img, 0, 0)
        const data = ctx.getImageData(0, 0, img.width, img.height).data
        const lum = (r = 0, g = 0, b = 0) => {
          const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
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
            worst = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]
          }
        }
        return worst
      },
      { b64: png.toString('base64'), ink },
    )
  } finally {
    await blank.close()
  }
}
