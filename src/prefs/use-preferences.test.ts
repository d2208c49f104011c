import { act, renderHook } from '@testing-library/react'
import { expect, test } from 'vitest'
import { usePreferences } from './use-preferences'

const stored = () => JSON.parse(localStorage.getItem('chosen:prefs') ?? 'null')?.value
const otherTabWrites = (value: unknown) => {
  localStorage.setItem('chosen:prefs', JSON.stringify({ v: 1, value }))
  window.dispatchEvent(new StorageEvent('storage', { key: 'chosen:prefs' }))
}

test('a change made in another tab shows here, and a change here keeps it', () => {
  const { result } = renderHook(() => usePreferences())
  act(() => otherTabWrites({ theme: 'light', size: 'm', pace: 'natural', shortcuts: true }))
  expect(result.current[0].theme).toBe('light')
  act(() => result.current[1]({ size: 'xl' }))
  expect(stored()).toEqual({ theme: 'light', size: 'xl', pace: 'natural', shortcuts: true })
})

test('two tabs changing different settings do not overwrite each other, even before the event arrives', () => {
  const { result } = renderHook(() => usePreferences())
  // The other tab writes, and this tab changes something else before hearing of it.
  localStorage.setItem('chosen:prefs', JSON.stringify({ v: 1, value: { theme: 'sepia', size: 'm', pace: 'natural', shortcuts: true } }))
  act(() => result.current[1]({ pace: 'off' }))
  expect(stored()).toMatchObject({ theme: 'sepia', pace: 'off' })
})

test('settings stored before versions are kept after the upgrade', () => {
  localStorage.setItem('chosen:prefs', '{"theme":"sepia","size":"xl","pace":"off","shortcuts":false}')
  const { result } = renderHook(() => usePreferences())
  expect(result.current[0]).toEqual({ theme: 'sepia', size: 'xl', pace: 'off', shortcuts: false })
})

test('storage that throws leaves the defaults and the choices made on this page', () => {
  const getItem = Storage.prototype.getItem
  const setItem = Storage.prototype.setItem
  Storage.prototype.getItem = () => {
    throw new DOMException('blocked', 'SecurityError')
  }
  Storage.prototype.setItem = () => {
    throw new DOMException('blocked', 'SecurityError')
  }
  try {
    const { result } = renderHook(() => usePreferences())
    act(() => result.current[1]({ theme: 'light' }))
    expect(result.current[0].theme).toBe('light')
  } finally {
    Storage.prototype.getItem = getItem
    Storage.prototype.setItem = setItem
  }
})
