import { afterEach, beforeEach, expect, test, vi } from 'vitest'

// jsdom has no requestIdleCallback: `otherwise` stands for the idle moment, as in Safari.
let whenIdle: (typeof import('./when-idle'))['whenIdle']
// A fresh module each test: it remembers when the page last scrolled, and each test's clock starts anew.
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  vi.resetModules()
  ;({ whenIdle } = await import('./when-idle'))
})
afterEach(() => {
  vi.useRealTimers()
})
const scroll = () => window.dispatchEvent(new Event('scroll'))

test('runs the job once the page is idle', () => {
  const job = vi.fn()
  whenIdle(job, { timeout: 1000, otherwise: 200 })
  vi.advanceTimersByTime(199)
  expect(job).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(job).toHaveBeenCalledTimes(1)
})

test('with stillMs, waits until the page has not scrolled for that long since it was asked', () => {
  const job = vi.fn()
  whenIdle(job, { timeout: 1000, otherwise: 0, stillMs: 1500 })
  vi.advanceTimersByTime(1000)
  scroll()
  vi.advanceTimersByTime(1000)
  scroll()
  vi.advanceTimersByTime(1499)
  expect(job, 'the reader kept scrolling').not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(job).toHaveBeenCalledTimes(1)
  vi.advanceTimersByTime(10_000)
  expect(job).toHaveBeenCalledTimes(1)
})

test('a page that never scrolls waits stillMs from the ask, no more', () => {
  const job = vi.fn()
  whenIdle(job, { timeout: 1000, otherwise: 100, stillMs: 500 })
  vi.advanceTimersByTime(499)
  expect(job).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(job).toHaveBeenCalledTimes(1)
})

test('cancelled, before or while it waits for stillness, the job never runs; cancelling twice is safe', () => {
  const early = vi.fn()
  const cancelEarly = whenIdle(early, { timeout: 1000, otherwise: 100, stillMs: 500 })
  cancelEarly()
  const waiting = vi.fn()
  const cancelWaiting = whenIdle(waiting, { timeout: 1000, otherwise: 100, stillMs: 500 })
  vi.advanceTimersByTime(200)
  cancelWaiting()
  cancelWaiting()
  vi.advanceTimersByTime(5000)
  expect(early).not.toHaveBeenCalled()
  expect(waiting).not.toHaveBeenCalled()
})
