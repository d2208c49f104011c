import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { cancelFrame, requestFrame } from './frame'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
})
afterEach(() => {
  vi.useRealTimers()
})

test('every job reads before any job writes, once per frame however often it was asked for', () => {
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
  vi.advanceTimersToNextFrame()
  expect(log).toEqual(['read a', 'read b', 'write a', 'write b'])
  vi.advanceTimersToNextFrame()
  expect(log).toHaveLength(4)
})

test('a job that only reads is fine, and a cancelled job does not run', () => {
  const reader = vi.fn()
  const cancelled = vi.fn()
  requestFrame(reader)
  requestFrame(cancelled)
  cancelFrame(cancelled)
  cancelFrame(cancelled)
  vi.advanceTimersToNextFrame()
  expect(reader).toHaveBeenCalledTimes(1)
  expect(cancelled).not.toHaveBeenCalled()
})
