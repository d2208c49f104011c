import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { cancelFrame, requestFrame } from './frame'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] })
})
/** The next frame, and the pass just after it is drawn. */
const nextFrame = () => {
  vi.advanceTimersToNextFrame()
  // (A timeout of 0 is 1 ms to the fake clock.)
  vi.advanceTimersByTime(1)
}

afterEach(() => {
  vi.useRealTimers()
})

test('every job reads before any job writes, once per frame (after it is drawn) however often it was asked for', () => {
  const log: string[] = []
  const a = () => {
    log.push('read a')
    return () => log.push('write a')
  }
  const b = () => {
    log.push('read b')
    return () => log.push('write b')
  }
  requestFrame(a)
  requestFrame(b)
  requestFrame(a)
  expect(log).toEqual([])
  nextFrame()
  expect(log).toEqual(['read a', 'read b', 'write a', 'write b'])
  nextFrame()
  expect(log).toHaveLength(4)
})

test('a job that only reads is fine, and a cancelled job does not run', () => {
  const reader = vi.fn()
  const cancelled = vi.fn()
  requestFrame(reader)
  requestFrame(cancelled)
  cancelFrame(cancelled)
  cancelFrame(cancelled)
  nextFrame()
  expect(reader).toHaveBeenCalledTimes(1)
  expect(cancelled).not.toHaveBeenCalled()
})
