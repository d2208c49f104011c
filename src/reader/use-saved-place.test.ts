import { act, renderHook } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { START, type PositionStore, type ReadingPosition } from '../reveal/reading-position'
import { useSavedPlace } from './use-saved-place'

const saved = () => JSON.parse(localStorage.getItem('chosen:place:spike') ?? 'null')?.value

/** A reading position moved by hand. */
function positionAt(line: string | null): PositionStore & { moveTo: (line: string | null) => void } {
  let position: ReadingPosition = { ...START, line }
  const listeners = new Set<(p: ReadingPosition) => void>()
  return {
    get: () => position,
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    follow: () => () => {},
    moveTo(next) {
      position = { ...position, line: next }
      act(() => listeners.forEach((l) => l(position)))
    },
  }
}

afterEach(() => {
  vi.useRealTimers()
})

test('landing on a moment from a link moves the reading line but not the saved place', () => {
  vi.useFakeTimers()
  localStorage.setItem('chosen:place:spike', JSON.stringify({ v: 1, value: 'sweet-temptation-thats-what-she' }))
  const position = positionAt(null)
  renderHook(() => useSavedPlace('spike', position))
  position.moveTo('i-love-you-there-she-said')
  act(() => void vi.advanceTimersByTime(5000))
  expect(saved()).toBe('sweet-temptation-thats-what-she')
})

test('the reader’s own scrolling saves the line they reach', () => {
  vi.useFakeTimers()
  const position = positionAt('i-love-you-there-she-said')
  const { result } = renderHook(() => useSavedPlace('spike', position))
  expect(result.current).toBeNull()
  act(() => void window.dispatchEvent(new WheelEvent('wheel', { deltaY: 300 })))
  position.moveTo('no-you-dont-but-thanks-for')
  act(() => void vi.advanceTimersByTime(1500))
  expect(saved()).toBe('no-you-dont-but-thanks-for')
})

test('a key that does not scroll (Tab, a letter) is not the reader moving', () => {
  vi.useFakeTimers()
  const position = positionAt(null)
  renderHook(() => useSavedPlace('spike', position))
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' })))
  position.moveTo('i-love-you-there-she-said')
  act(() => void vi.advanceTimersByTime(1500))
  expect(saved()).toBeUndefined()
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' })))
  position.moveTo('no-you-dont-but-thanks-for')
  act(() => void vi.advanceTimersByTime(1500))
  expect(saved()).toBe('no-you-dont-but-thanks-for')
})
