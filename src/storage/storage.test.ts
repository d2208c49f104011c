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
  const full = createStore(
    () =>
      ({
        ...localStorage,
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError')
        },
      }) as Storage,
    '/',
  )
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

test('what readers stored before versions (plain strings under chosen:<key>) is read and upgraded in place', async () => {
  const { readLegacy } = await import('./legacy')
  localStorage.setItem('chosen:prefs', '{"theme":"sepia","size":"xl"}')
  localStorage.setItem('chosen:place:buffy', 'she-could-see-the-anguish-in')
  localStorage.setItem('chosen:fonts', '1')
  localStorage.setItem('chosen:present:started:chosen', '1700000000000')
  const store = createStore(() => localStorage, '/', readLegacy)
  expect(store.get('prefs', (v) => v)).toEqual({ theme: 'sepia', size: 'xl' })
  expect(store.get('place:buffy', isString)).toBe('she-could-see-the-anguish-in')
  expect(store.get('fonts', (v) => v)).toBe(true)
  expect(store.get('present:started:chosen', (v) => v)).toBe(1700000000000)
  expect(localStorage.getItem('chosen:place:buffy')).toBe('{"v":1,"value":"she-could-see-the-anguish-in"}')
  // Under a sub-path the old, shared key is copied into the site's own namespace.
  localStorage.setItem('chosen:place:spike', 'i-love-you-there-she-said')
  const sub = createStore(() => localStorage, '/chosen/', readLegacy)
  expect(sub.get('place:spike', isString)).toBe('i-love-you-there-she-said')
  expect(localStorage.getItem('chosen:/chosen/:place:spike')).toBe('{"v":1,"value":"i-love-you-there-she-said"}')
})

test('legacy values that were never ours stay unread', async () => {
  const { readLegacy } = await import('./legacy')
  expect([
    readLegacy('prefs', 'not json'),
    readLegacy('prefs', '[1]'),
    readLegacy('fonts', 'yes'),
    readLegacy('place:x', '<script>'),
    readLegacy('present:started:x', 'NaN'),
    readLegacy('other', '1'),
  ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
})
