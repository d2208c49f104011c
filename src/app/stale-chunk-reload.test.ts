import { expect, test, vi } from 'vitest'
import { createStore } from '../storage/storage'
import { installStaleChunkReload, shouldReloadForChunk } from './stale-chunk-reload'

test('a missing chunk reloads once per address; a second failure within the guard does not loop', () => {
  const session = createStore(() => sessionStorage, '/')
  expect(shouldReloadForChunk(session, 'http://x/read/spike/fire', 1000)).toBe(true)
  expect(shouldReloadForChunk(session, 'http://x/read/spike/fire', 5000)).toBe(false)
  expect(shouldReloadForChunk(session, 'http://x/present/spike', 6000)).toBe(true)
  expect(shouldReloadForChunk(session, 'http://x/present/spike', 6000 + 31_000)).toBe(true)
})

test('without session storage it never reloads (no guard, no loop)', () => {
  const blocked = createStore(() => {
    throw new DOMException('blocked', 'SecurityError')
  }, '/')
  expect(shouldReloadForChunk(blocked, 'http://x/', 1)).toBe(false)
})

test('vite:preloadError reloads the page and stops the error, once', () => {
  const reload = vi.fn()
  const win = {
    location: { href: 'http://x/read/buffy', reload },
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
  } as unknown as Window
  const stop = installStaleChunkReload(
    win,
    createStore(() => sessionStorage, '/'),
  )
  const first = new Event('vite:preloadError', { cancelable: true })
  window.dispatchEvent(first)
  const second = new Event('vite:preloadError', { cancelable: true })
  window.dispatchEvent(second)
  stop()
  stop()
  window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }))
  expect([first.defaultPrevented, second.defaultPrevented, reload.mock.calls.length]).toEqual([true, false, 1])
})
