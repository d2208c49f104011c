import { act, renderHook } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { useSavedPlace } from './use-saved-place'

const saved = () => JSON.parse(localStorage.getItem('chosen:place:spike') ?? 'null')?.value

afterEach(() => {
  vi.useRealTimers()
})

test('landing on a moment from a link moves the reading line but not the saved place', () => {
  vi.useFakeTimers()
  localStorage.setItem('chosen:place:spike', JSON.stringify({ v: 1, value: 'sweet-temptation-thats-what-she' }))
  const { rerender } = renderHook(({ line }) => useSavedPlace('spike', line), { initialProps: { line: null as string | null } })
  rerender({ line: 'i-love-you-there-she-said' })
  act(() => void vi.advanceTimersByTime(5000))
  expect(saved()).toBe('sweet-temptation-thats-what-she')
})

test('the reader’s own scrolling saves the line they reach', () => {
  vi.useFakeTimers()
  const { rerender, result } = renderHook(({ line }) => useSavedPlace('spike', line), { initialProps: { line: 'i-love-you-there-she-said' as string | null } })
  expect(result.current).toBeNull()
  act(() => void window.dispatchEvent(new WheelEvent('wheel', { deltaY: 300 })))
  rerender({ line: 'no-you-dont-but-thanks-for' })
  act(() => void vi.advanceTimersByTime(1500))
  expect(saved()).toBe('no-you-dont-but-thanks-for')
})

test('a key that does not scroll (Tab, a letter) is not the reader moving', () => {
  vi.useFakeTimers()
  const { rerender } = renderHook(({ line }) => useSavedPlace('spike', line), { initialProps: { line: null as string | null } })
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' })))
  rerender({ line: 'i-love-you-there-she-said' })
  act(() => void vi.advanceTimersByTime(1500))
  expect(saved()).toBeUndefined()
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' })))
  rerender({ line: 'no-you-dont-but-thanks-for' })
  act(() => void vi.advanceTimersByTime(1500))
  expect(saved()).toBe('no-you-dont-but-thanks-for')
})
