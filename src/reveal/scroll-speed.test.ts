import { expect, test } from 'vitest'
import { createSpeedometer } from './scroll-speed'

const WINDOW = 500

/** Samples once a frame (16 ms) from `from` ms for `ms`, the page at `at(t)`; the last speed. */
function run(speed: (t: number, y: number) => number, from: number, ms: number, at: (t: number) => number): number {
  let last = 0
  for (let t = from; t <= from + ms; t += 16) last = speed(t, at(t))
  return last
}

test('a flick (300 px wheel steps every 40 ms, still frames between them) reads as fast in every frame once under way', () => {
  const speed = createSpeedometer(WINDOW)
  const flick = (t: number) => 300 * Math.floor(t / 40)
  run(speed, 0, WINDOW, flick)
  const speeds: number[] = []
  for (let t = WINDOW + 16; t < 2000; t += 16) speeds.push(speed(t, flick(t)))
  // About 7,500 px/s, give or take the step that is due.
  expect(Math.min(...speeds)).toBeGreaterThan(6500)
  expect(Math.max(...speeds)).toBeLessThan(8500)
})

test('reading by wheel (120 px every 200 ms) reads as about 600 px/s', () => {
  const speed = createSpeedometer(WINDOW)
  const last = run(speed, 0, 3000, (t) => 120 * Math.floor(t / 200))
  expect(last).toBeGreaterThan(400)
  expect(last).toBeLessThan(800)
})

test('one step of 600 px after a pause reads as a slow move, even with a pass just before it', () => {
  const speed = createSpeedometer(WINDOW)
  speed(0, 1000)
  speed(4000, 1000)
  // A pass for another reason (a paragraph arriving) 20 ms before the step: the window still reaches back.
  speed(4980, 1000)
  // Measured from the last pass before the window began (at 4,000 ms): 600 px in a second.
  expect(speed(5000, 1600)).toBe(600)
  expect(speed(5016, 1600)).toBeLessThanOrEqual((600 * 1000) / WINDOW)
})

test('at rest the speed falls to 0 once the window has passed', () => {
  const speed = createSpeedometer(WINDOW)
  run(speed, 0, 1000, (t) => 300 * Math.floor(t / 40))
  expect(run(speed, 1016, WINDOW + 32, () => 7500)).toBe(0)
})
