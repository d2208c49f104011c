import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { AT_REST, LIVE, followScrolled } from './scrolled'

// A page 3,000 px tall in a window 1,000 px high: 2,000 px of scrolling.
let y = 0
const stops: (() => void)[] = []
/** Follows with `el`, stopped after the test whatever happens in it. */
const follow = (...args: Parameters<typeof followScrolled>) => {
  const stop = followScrolled(...args)
  stops.push(stop)
  return stop
}
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] })
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => 3000 })
  Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => 1000 })
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y })
  y = 0
})
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  vi.useRealTimers()
})

/** The next frame, and the pass just after it is drawn. */
const nextFrame = () => {
  vi.advanceTimersToNextFrame()
  vi.advanceTimersByTime(1)
}
const scrollTo = (to: number) => {
  y = to
  window.dispatchEvent(new Event('scroll'))
}
const scrolled = (el: HTMLElement) => el.style.getPropertyValue('--scrolled')

test('writes how far the page is scrolled in the frame pass after it starts following, not before', () => {
  y = 500
  const el = document.createElement('div')
  const stop = follow(el, LIVE)
  expect(scrolled(el), 'nothing is read during the effects of a commit').toBe('')
  nextFrame()
  expect(scrolled(el)).toBe('0.25')
  stop()
})

test('live: while the page moves, at most one change every 100 ms, and always the last position', () => {
  const el = document.createElement('div')
  const stop = follow(el, LIVE)
  nextFrame()
  vi.advanceTimersByTime(100)
  const seen: string[] = []
  // A flick: 300 px every 40 ms, down to 1,800 px.
  for (let to = 300; to <= 1800; to += 300) {
    scrollTo(to)
    nextFrame()
    seen.push(scrolled(el))
    vi.advanceTimersByTime(40 - 17)
  }
  expect(new Set(seen).size, `${seen.join(', ')}: one change per 100 ms or so`).toBeLessThanOrEqual(3)
  expect(seen[0], 'the first move shows at once').toBe('0.15')
  vi.advanceTimersByTime(100)
  nextFrame()
  expect(scrolled(el), 'the flick ends where it stopped').toBe('0.9')
  stop()
})

test('at rest: nothing changes while the page moves; the position is written once it has been still 200 ms', () => {
  const fire = document.createElement('div')
  const bar = document.createElement('div')
  const stopFire = follow(fire, AT_REST)
  const stopBar = follow(bar, LIVE)
  nextFrame()
  expect(scrolled(fire)).toBe('0')
  for (let to = 200; to <= 1000; to += 200) {
    scrollTo(to)
    nextFrame()
    vi.advanceTimersByTime(40 - 17)
    expect(scrolled(fire), `at ${to} px, moving`).toBe('0')
  }
  expect(scrolled(bar), 'the live one has moved meanwhile').not.toBe('0')
  vi.advanceTimersByTime(150)
  nextFrame()
  expect(scrolled(fire), 'still for 170 ms').toBe('0')
  vi.advanceTimersByTime(50)
  nextFrame()
  expect(scrolled(fire)).toBe('0.5')
  expect(scrolled(bar)).toBe('0.5')
  stopFire()
  stopBar()
})

test('once stopped, scrolling writes nothing more, and stopping twice is harmless', () => {
  const el = document.createElement('div')
  const stop = follow(el, LIVE)
  nextFrame()
  stop()
  stop()
  scrollTo(2000)
  vi.advanceTimersByTime(500)
  nextFrame()
  expect(scrolled(el)).toBe('0')
})
