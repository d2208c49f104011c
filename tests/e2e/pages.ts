import { expect, type Page } from '@playwright/test'

/** One line of a story as the reader sees it. */
export interface LineState {
  id: string
  text: string
  /** 1 shown, 0 waiting, mid-fade values in between (opacity times the ink's alpha: reveals fade the ink in). */
  visible: number
  onScreen: boolean
  belowScreen: boolean
}

/** Every line matching `selector`, in document order, with how visible it is and where. */
export function lineStates(page: Page, selector = '[data-line]'): Promise<LineState[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el)
      const alpha = /^rgba\(.*,\s*([\d.]+)\)$/.exec(style.color)
      const rect = el.getBoundingClientRect()
      return {
        id: el.id,
        text: el.textContent ?? '',
        visible: Math.round(Number(style.opacity) * (alpha ? Number(alpha[1]) : 1) * 1000) / 1000,
        onScreen: rect.top < innerHeight && rect.bottom > 0,
        belowScreen: rect.top >= innerHeight,
      }
    }),
  )
}

/** How visible each line is, in order (see lineStates). */
export async function lineVisibility(page: Page, selector = '[data-line]'): Promise<number[]> {
  return (await lineStates(page, selector)).map((l) => l.visible)
}

/** The lines (by id) matching `selector` that are not fully shown: poll it with `expect.poll(...).toEqual([])`. */
export async function hiddenLines(page: Page, selector = '[data-line]'): Promise<string[]> {
  return (await lineStates(page, selector)).filter((l) => l.visible !== 1).map((l) => l.id || l.text.slice(0, 40))
}

/**
 * Waits until the page's view has hydrated and its effects have run, so its key, scroll and
 * click handlers are live: every element the server rendered is claimed by React (it keys
 * each with its fiber), and an effect-only mark is there: the reveal's `data-reveal` in a
 * reading view, the stage's `--progress` in a presentation. React runs all the effects of a
 * commit together, so when one is there, every listener of that commit is too.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root')
    const claimed = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactFiber'))
    if (!root || !root.firstElementChild || ![...root.querySelectorAll('*')].every(claimed)) return false
    if (document.querySelector('[data-flow-root]')) return document.querySelector('[data-reveal]') !== null
    const stage = document.querySelector<HTMLElement>('.present[data-view="present"]')
    if (stage) return stage.style.getPropertyValue('--progress') !== ''
    return true
  })
  // The presenter window renders only after its first effects (the server can't see `?presenter`);
  // its own effects follow in the next frames.
  if (await page.locator('.presenter').count()) await frames(page, 2)
}

/** Opens `path` in `page` and waits for its view to be live (see hydrated). */
export async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  await hydrated(page)
}

/** Whether the page is scrolled to the bottom. */
const atEnd = (page: Page) => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)

/**
 * Scrolls like a reader: wheel steps of `step` px with `pause` ms after each, until the end
 * of the page, `until()` or `max` steps. The pause is not a wait for the page but the
 * reader's own speed: the reveals pace lines for a reader and skip the show for a fast
 * scroll, so how fast the test scrolls is part of what it tests.
 */
export async function readByWheel(
  page: Page,
  { step = 300, pause = 120, until = async () => false, max = 400 }: { step?: number; pause?: number; until?: () => Promise<boolean>; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.mouse.wheel(0, step)
    await page.waitForTimeout(pause)
    if ((await atEnd(page)) || (await until())) return
  }
  throw new Error(`readByWheel: neither the end nor the goal after ${max} steps`)
}

/** Waits until no line is mid-reveal (a long paragraph's last line may wait a few seconds at reading pace). */
export async function revealsSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || !((a.effect as KeyframeEffect | null)?.target as Element | null)?.matches?.('.line')),
    null,
    { timeout },
  )
}

/** Whether the element is wholly inside the window (poll it: scrolling to a moment may be smooth). */
export function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.top >= 0 && r.bottom <= window.innerHeight
  })
}

/** The element's top edge in the window, in px. */
export function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => el.getBoundingClientRect().top)
}

/**
 * How many px the page reaches past the window sideways (0 when nothing scrolls sideways).
 * Never below 0: the room kept for a scrollbar (`scrollbar-gutter`) makes the page narrower
 * than the window, and that is no overflow.
 */
export function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth))
}

/**
 * Sets the reader's preferences the way a reader does (the settings panel of `/read/buffy`)
 * and checks they took: each value is a radio's visible label, e.g. `{ Theme: 'Sepia' }`.
 * Preferences are kept per origin: a test of another site (the fixture library) passes its
 * `origin`, which must have a `/read/buffy` too.
 */
export async function choosePrefs(page: Page, labels: { theme?: string; pace?: string }, origin = ''): Promise<void> {
  await open(page, origin + '/read/buffy')
  const settings = page.getByRole('button', { name: /settings/i })
  await settings.click()
  await expect(settings).toHaveAttribute('aria-expanded', 'true')
  for (const label of [labels.theme, labels.pace]) {
    if (!label) continue
    const radio = page.getByRole('radio', { name: label, exact: true })
    await radio.check()
    await expect(radio).toBeChecked()
  }
  await page.keyboard.press('Escape')
  await expect(settings).toHaveAttribute('aria-expanded', 'false')
  if (labels.theme) await expect(page.locator('html')).toHaveAttribute('data-theme', labels.theme.toLowerCase())
}

/** Resolves after the browser has rendered `n` more frames (observers deliver in a frame's rendering steps). */
export function frames(page: Page, n = 2): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)))
        next(n)
      }),
    n,
  )
}

/** Resolves once the page has stopped scrolling (scrollY unchanged over 3 frames), e.g. after a smooth scroll to a beat. */
export function scrollSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY
        let still = 0
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0
          last = window.scrollY
          if (still >= 3) resolve()
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
  )
}

/**
 * Waits until what follows the scroll (the fire, the progress bar: `--scrolled`, written by
 * src/ui/scrolled.ts, the fire only once the page is still) shows where the page now is.
 */
export async function scrolledSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const room = document.documentElement.scrollHeight - window.innerHeight
    const share = room > 0 ? window.scrollY / room : 0
    const followers = [...document.querySelectorAll<HTMLElement>('.atmosphere, .progress-bar')].map((el) => el.style.getPropertyValue('--scrolled'))
    // Within a thousandth of where the page is (a share, not a pixel count).
    return followers.length > 0 && followers.every((v) => v !== '' && Math.abs(Number(v) - share) <= 0.001)
  })
}

/**
 * Waits until every time-based animation or transition on an element matching `selector`
 * (or inside one) has finished. Endless ones and scroll-driven ones (the fire follows the
 * scroll position, so it is always "running") are left out: they are where they will be.
 */
export async function animationsDone(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      document.getAnimations().every((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target
        const end = a.effect?.getComputedTiming().endTime
        return a.playState !== 'running' || !(a.timeline instanceof DocumentTimeline) || typeof end !== 'number' || end === Infinity || !target?.closest(selector)
      }),
    selector,
  )
}

/**
 * Records, from the page's start, every element the moment landing highlights (`is-target`):
 * the highlight lasts a few seconds, and a busy machine can take longer than that to get
 * from landing to the test's question. Call before `open`; read with `highlighted`.
 */
export async function recordHighlights(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { highlighted: string[] }).highlighted = [])
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element
        if (el.classList?.contains('is-target') && el.id && !seen.includes(el.id)) seen.push(el.id)
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] })
  })
}

/** The ids of the elements highlighted as landed moments since the page started (see recordHighlights). */
export function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { highlighted?: string[] }).highlighted ?? [])
}
