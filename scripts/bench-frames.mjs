// The wheel loop every scrolling measurement of `npm run bench` shares: wheel steps at a
// fixed pace while a requestAnimationFrame loop in the page records each frame's length.

/** What the frame loop keeps on the page's `window`. @typedef {typeof window & { __frames: number[], __stopFrames: boolean }} FramesWindow */

/**
 * Turns the wheel `steps` times by `step` px, pausing `every` ms after each (a fixed pause
 * on purpose: a way of reading is defined by its timing), and returns the length (ms) of
 * every frame drawn meanwhile, the first (partial) one left out.
 * @param {import('playwright-core').Page} page
 * @param {{ steps: number, step: number, every: number }} options
 * @returns {Promise<number[]>}
 */
export async function wheelFrames(page, { steps, step, every }) {
  await page.evaluate(() => {
    const win = /** @type {FramesWindow} */ (window)
    win.__frames = []
    win.__stopFrames = false
    let last = performance.now()
    /** @param {number} t */
    const loop = (t) => {
      win.__frames.push(t - last)
      last = t
      if (!win.__stopFrames) requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  })
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, step)
    await page.waitForTimeout(every)
  }
  // Let the last frames of the steps land before counting.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  return page.evaluate(() => {
    const win = /** @type {FramesWindow} */ (window)
    win.__stopFrames = true
    return win.__frames.slice(1)
  })
}

/** A frame longer than this (ms) took two refreshes or more at 60 Hz (one was missed). */
export const SLOW_FRAME_MS = 33

/** The share of `frames` that were slow. @param {number[]} frames */
export const slowShare = (frames) => frames.filter((d) => d > SLOW_FRAME_MS).length / Math.max(1, frames.length)
