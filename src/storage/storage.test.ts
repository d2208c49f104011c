import { expect, test, vi } from 'vitest'
import { createStore, namespaceOf } from './storage'

const isString = (raw: unknown) => (typeof raw === 'string' ? raw : undefined)

test('values round-trip under a namespace of the base path, in a versioned envelope', () => {
  const store = createStore(() => localStorage, '/chosen/')
  expect(store.set('place:spike', 'i-love-you')).toBe(true)
  expect(store.get('place:spike', isString)).toBe('i-love-you')
  expect(localStorage.getItem('chosen:/chosen/:place:spike')).toBe('{"v":1,"value":"i-love-you"}')
  expect(createStore(() => localStorage, '/').get('place:spike', isString)).toBeUndefined()
  expect(namespaceOf('/')).toBe('chosen:')
})

test('a storage that throws on every access is survived: nothing stored, nothing thrown', () => {
  const hostile = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  const store = createStore(hostile, '/')
  expect(store.set('prefs', { theme: 'night' })).toBe(false)
  expect(store.get('prefs', (v) => v)).toBeUndefined()
  expect(() => store.remove('prefs')).not.toThrow()
  const full = createStore(() => ({ ...localStorage, getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError') } }) as Storage, '/')
  expect(full.set('prefs', 1)).toBe(false)
})

test('corrupt JSON, another version and values the parser rejects read as absent', () => {
  const store = createStore(() => localStorage, '/')
  localStorage.setItem('chosen:a', 'not json')
  localStorage.setItem('chosen:b', '{"v":99,"value":"x"}')
  localStorage.setItem('chosen:c', '{"v":1,"value":42}')
  expect(['a', 'b', 'c'].map((k) => store.get(k, isString))).toEqual([undefined, undefined, undefined])
})

test('another tab’s change of the key is reported, and unsubscribing twice is safe', () => {
  const store = createStore(() => localStorage, '/')
  const onChange = vi.fn()
  const stop = store.subscribe('prefs', onChange)
  window.dispatchEvent(new StorageEvent('storage', { key: 'chosen:prefs' }))
  window.dispatchEvent(new StorageEvent('storage', { key: 'chosen:other' }))
  expect(onChange).toHaveBeenCalledTimes(1)
  stop()
  stop()
  window.dispatchEvent(new StorageEvent('storage', { key: 'chosen:prefs' }))
  expect(onChange).toHaveBeenCalledTimes(1)
})
